"""Sort dateline's TempEval-3 value mismatches into annotation habits and real errors.

``dateline eval --dataset tempeval3`` counts a matched expression as a value error whenever
the system's TIMEX3 value differs from the gold one. This script asks, for every such
mismatch, whether the corpus itself would accept dateline's answer, with three tests that
use only the gold annotation and the document creation time (DCT):

``same words, our reading``
    the gold annotates the same words (case-insensitive) elsewhere in the corpus with a value
    of the shape dateline gave (digits ignored: "1988" and "1988-Q3" differ, "1989-W42" and
    "1989-W43" do not), e.g. "a year earlier" is 1988-Q3 in one earnings report and 1988 in
    the next.
``weekday off the DCT``
    a bare weekday ("on Tuesday") whose gold day lies a week or more from the DCT, that is the
    annotator resolved it against another date than the one the corpus gives as the DCT.
``part of day``
    the two values differ only by a part of day ("2000-04-16" vs "2000-04-16TNI") and the
    gold writes the part of day elsewhere for "<weekday> <part of day>" and leaves it out
    elsewhere.

The rest is printed, one line each, together with the hand verdict recorded for it in
``eval/tempeval3_value_audit.tsv`` (``system`` = dateline is wrong, ``gold`` = the gold
value contradicts the text or the DCT, ``open`` = both readings defensible). The last
lines print the value F1 that dateline would reach if every mismatch judged ``system`` were
fixed and nothing else changed: the ceiling of honest work on this corpus.

Usage:
    python scripts/tempeval3_value_audit.py [--shared ../shared] [--list]
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

from dateline.evaluate.tempeval3 import _norm_value, gold_timexes, load, matched_pairs
from dateline.extract.dates import find_dates

AUDIT = Path(__file__).resolve().parent.parent / "eval" / "tempeval3_value_audit.tsv"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PART = re.compile(r"T(?:MO|AF|EV|NI)$")
_DAY_AND_PART = re.compile(r"(?:" + "|".join(_WEEKDAYS) + r")\s+(?:morning|afternoon|evening|night)")


def shape(value: str) -> str:
    """A value with its digits blanked: the granularity and kind it names."""
    return re.sub(r"\d", "9", _norm_value(value))


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def audit(shared: Path) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Every value mismatch with its bucket, and the corpus totals value F1 is made of."""
    docs = [d for group in load(shared / "data" / "tempeval3").values() for d in group]
    shapes_of: dict[str, set[str]] = collections.defaultdict(set)
    part_of_day = collections.Counter()  # "<weekday> <part>" written with / without the part
    for d in docs:
        for g in gold_timexes(d):
            words = d["text"][g["start"] : g["end"]].lower()
            shapes_of[words].add(shape(g.get("value") or ""))
            if _DAY_AND_PART.fullmatch(words):
                part_of_day["with" if _PART.search(g.get("value") or "") else "without"] += 1
    rows: list[dict[str, Any]] = []
    totals = {"gold": 0, "system": 0, "matched": 0, "value_ok": 0}
    for d in docs:
        gold, system = gold_timexes(d), find_dates(d["text"], d.get("dct"))
        totals["gold"] += len(gold)
        totals["system"] += len(system)
        for g, s in matched_pairs(gold, system):
            totals["matched"] += 1
            gv, sv = g.get("value") or "", s.value or ""
            if _norm_value(gv) == _norm_value(sv):
                totals["value_ok"] += 1
                continue
            words = d["text"][g["start"] : g["end"]].lower()
            dct, gday = _day(d.get("dct") or ""), _day(gv)
            if shape(sv) != shape(gv) and shape(sv) in shapes_of[words]:
                bucket = "same words, our reading"
            elif words.strip(".,") in _WEEKDAYS and dct and gday and abs((gday - dct).days) >= 7:
                bucket = "weekday off the DCT"
            elif _PART.sub("", gv) == _PART.sub("", sv) and min(part_of_day.values(), default=0) > 0:
                bucket = "part of day"
            else:
                bucket = "judged by hand"
            rows.append(
                {
                    "doc": d["docid"],
                    "start": g["start"],
                    "words": d["text"][g["start"] : g["end"]],
                    "gold": gv,
                    "system": sv,
                    "bucket": bucket,
                }
            )
    return rows, totals


def _verdicts() -> dict[tuple[str, int], tuple[str, str]]:
    if not AUDIT.exists():
        return {}
    with AUDIT.open(encoding="utf-8") as f:
        return {
            (r["doc"], int(r["start"])): (r["verdict"], r["reason"])
            for r in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--list", action="store_true", help="print every mismatch left for hand judgement")
    args = ap.parse_args(argv)
    rows, t = audit(args.shared)
    verdicts = _verdicts()
    by_bucket = collections.Counter(r["bucket"] for r in rows)
    print(f"value mismatches: {len(rows)} of {t['matched']} matched expressions")
    for bucket, n in by_bucket.most_common():
        print(f"  {bucket:28s} {n}")
    judged = collections.Counter()
    for r in rows:
        if r["bucket"] != "judged by hand":
            continue
        verdict, reason = verdicts.get((r["doc"], r["start"]), ("unjudged", ""))
        judged[verdict] += 1
        if args.list:
            print(
                f"    {verdict:8s} {r['doc']} {r['words']!r}: gold {r['gold']} / ours {r['system']}  {reason}"
            )
    print("  hand verdicts: " + ", ".join(f"{k} {v}" for k, v in judged.most_common()))

    def f1(ok: int) -> float:
        p, rc = ok / t["system"], ok / t["gold"]
        return 2 * p * rc / (p + rc)

    print(f"value F1 now: {f1(t['value_ok']):.3f}")
    fixable = judged["system"] + judged["unjudged"]
    print(f"value F1 with every 'system' (and unjudged) mismatch fixed: {f1(t['value_ok'] + fixable):.3f}")
    print(f"  ... and every 'open' one too: {f1(t['value_ok'] + fixable + judged['open']):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
