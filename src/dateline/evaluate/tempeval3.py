"""TempEval-3 evaluation of the date tagger (``dateline.extract.dates.find_dates``).

Reads TempEval-3 documents either as JSON lines (``{docid, dct, title, text, timexes:[{tid,
type, value, mod, start, end, text}]}``, one document a line) or as TimeML ``.tml`` files
(TIMEX3 tags inline; the document creation time is the TIMEX3 with
``functionInDocument="CREATION_TIME"``, which is not itself scored), and scores like the
TempEval-3 scorer:

* strict extent: same start and end; relaxed extent: the spans overlap (each gold and each
  system expression matched at most once);
* value accuracy and type accuracy over the relaxed matches;
* value F1 = value accuracy x relaxed F1 (the TempEval-3 "value F1"), likewise type F1.

Values are compared case-insensitively after dropping a trailing ``T00:00``-style zero time and
after these TIMEX3 equivalences (each one a notation difference, not a different time):

* an unpadded ISO week is the padded one (``2000-W7`` = ``2000-W07``);
* a duration counted in decades, centuries or millennia is the same number of years
  (``P1E`` = ``P10Y``, ``P2C`` = ``P200Y``; TIMEX3 units E, C, L);
* trailing unspecified components are dropped: ``X`` placeholders stand for "not given", so a
  value whose last fields are all ``X`` names the same time at the coarser granularity
  (``1949-XX`` = ``1949``, ``1994-XX-XX`` = ``1994``, ``1998-10-XX`` = ``1998-10``), and a decade
  or century written with placeholder digits is the TIMEX3 decade/century (``196X`` = ``196``,
  ``19XX`` = ``19``; the TimeML guidelines write "the 1960s" as ``196``). Underspecified *inner*
  or named fields are not touched: ``1989-WXX`` (some week of 1989) is not ``1989-W43`` and
  ``1988-QX`` is not ``1988-Q3``.

The exact-string value accuracy of the official TempEval-3 scorer is reported alongside
(``value_accuracy_exact``, ``value_f1_exact``) so figures stay comparable with published ones.

Known error classes (2026-11-28; value mismatches among the relaxed matches, TimeBank /
AQUAINT; the scoring above is unchanged, these are left as they are):

* quarter vs year, 49 / 1: "a year ago/earlier" in earnings reports is the year-ago quarter in
  most of the WSJ files but the year, the DCT day (``1988-10-26``) or ``1988-QX`` in others,
  sometimes within one file; "the quarter" / "the latest period" is a fiscal quarter
  (``1989-Q1`` for the quarter ended Sept. 29) or ``1989-QX``;
* weeks, 24 / 19: the 1989 WSJ files write "last week", "this week" as ``1989-WXX``, AQUAINT
  often as a month or a day; we keep the ISO week the TIMEX3 guidelines give;
* days, 19 / 21: weekdays a week off the DCT (documents whose DCT is not the day of writing,
  or narrative anchoring on an earlier date, e.g. weekdays after "Aug. 6" in AP900815-0044);
* part of day, 0 / 18: AQUAINT mostly leaves "Friday night" as the day, or marks only "Friday";
  the guidelines (and TimeBank) put the part in the value (``TNI``); "night" is ``TEV`` in some;
* durations vs points, 14 / 14 ("about two years ago" as ``P2Y``, "the year-earlier period"
  as ``P9M``, "centuries" as ``PXC``/``PXE``, "about a decade" as ``P1E``), and ``PAST_REF``
  vs ``PXY`` for "recent years" (annotated both ways, 12 in TimeBank).
"""

from __future__ import annotations

import html
import json
import re
import time
from pathlib import Path
from typing import Any

from ..extract.dates import find_dates
from ..records import DateRef

_SENT = re.compile(r"[.!?]+[\"'’”]*\s+(?=[A-Z\"'`(])|\n\s*\n")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    docs = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not a JSON object ({exc.msg})") from exc
            for key in ("text", "dct", "timexes"):
                if key not in d:
                    raise ValueError(f"{path}:{lineno}: missing field {key!r}")
            docs.append(d)
    return docs


_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'([A-Za-z_]+)\s*=\s*"([^"]*)"')


def read_tml(path: Path) -> dict[str, Any]:
    """One TimeML file as a document dict (text of the TEXT element, or the whole body).

    Args:
        path: a ``.tml`` file with inline TIMEX3 tags.

    Returns:
        ``{docid, dct, title, text, timexes}`` like a JSON-lines record.
    """
    raw = path.read_text(encoding="utf-8")
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    dct = None
    for t in re.finditer(r"<TIMEX3([^>]*)>", raw):
        attrs = dict(_ATTR.findall(t.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = attrs.get("value", "")[:10]
            break
    body = m.group(1) if m else raw
    text_parts: list[str] = []
    timexes: list[dict[str, Any]] = []
    pos = 0
    open_timex: dict[str, Any] | None = None
    length = 0
    for t in _TAG.finditer(body):
        chunk = html.unescape(body[pos : t.start()])
        text_parts.append(chunk)
        length += len(chunk)
        pos = t.end()
        closing, name = t.group(1) == "/", t.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            attrs = dict(_ATTR.findall(t.group(3)))
            open_timex = {
                "tid": attrs.get("tid"),
                "type": attrs.get("type"),
                "value": attrs.get("value"),
                "mod": attrs.get("mod"),
                "start": length,
            }
        elif open_timex is not None:
            open_timex["end"] = length
            timexes.append(open_timex)
            open_timex = None
    text_parts.append(html.unescape(body[pos:]))
    text = "".join(text_parts)
    for tx in timexes:
        tx["text"] = text[tx["start"] : tx["end"]]
    if dct is None:
        raise ValueError(f'{path}: no TIMEX3 with functionInDocument="CREATION_TIME" (the document date)')
    return {"docid": path.stem, "dct": dct, "title": None, "text": text, "timexes": timexes}


def _norm_value(v: Any) -> str:
    s = str(v or "").strip().upper()
    s = re.sub(r"-W(\d)(?!\d)", r"-W0\1", s)  # gold writes some ISO weeks unpadded ("2000-W7")
    s = re.sub(r"(T\d\d)$", r"\1:00", s)  # an hour alone is that hour ("T17" = "T17:00")
    s = re.sub(r"T00:00(?::00)?$", "", s)
    while s.endswith("-XX"):  # an unspecified trailing field adds nothing ("1949-XX" is 1949)
        s = s[:-3]
    # a duration in decades, centuries or millennia is that many years ("P1E" = "P10Y")
    m = re.fullmatch(r"P(\d+)([ECL])", s)
    if m:
        s = f"P{int(m[1]) * {'E': 10, 'C': 100, 'L': 1000}[m[2]]}Y"
    return re.sub(r"^(\d{1,3})X+$", r"\1", s)  # "196X" / "19XX": decade / century


def count_sentences(text: str) -> int:
    """Sentences in ``text`` by a punctuation rule (the denominator of ms per sentence)."""
    return max(1, sum(1 for p in _SENT.split(text) if p.strip()))


def gold_timexes(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The gold TIMEX3s of one document that carry offsets."""
    return [g for g in doc["timexes"] if g.get("start") is not None and g.get("end") is not None]


def matched_pairs(gold: list[dict[str, Any]], system: list[DateRef]) -> list[tuple[dict[str, Any], DateRef]]:
    """Relaxed (overlap) matches, each gold timex paired with the unused system one it overlaps most."""
    pairs = []
    used: set[int] = set()
    for g in gold:
        best = None
        for i, s in enumerate(system):
            if i in used or not (s.start < g["end"] and g["start"] < s.end):
                continue
            overlap = min(s.end, g["end"]) - max(s.start, g["start"])
            if best is None or overlap > best[0]:
                best = (overlap, i)
        if best is not None:
            used.add(best[1])
            pairs.append((g, system[best[1]]))
    return pairs


def _score_docs(docs: list[dict[str, Any]]) -> dict[str, Any]:
    n_gold = n_sys = strict = relaxed = value_ok = value_exact = type_ok = 0
    sentences = 0
    elapsed = 0.0
    for d in docs:
        text = d["text"]
        gold = gold_timexes(d)
        sentences += count_sentences(text)
        t0 = time.perf_counter()
        system = find_dates(text, d.get("dct"))
        elapsed += time.perf_counter() - t0
        n_gold += len(gold)
        n_sys += len(system)
        strict += len({(g["start"], g["end"]) for g in gold} & {(s.start, s.end) for s in system})
        for g, s in matched_pairs(gold, system):
            relaxed += 1
            value_ok += _norm_value(s.value) == _norm_value(g.get("value"))
            value_exact += (s.value or "") == (g.get("value") or "")
            type_ok += (s.type or "").upper() == (g.get("type") or "").upper()

    def prf(tp: int) -> tuple[float, float, float]:
        p = tp / n_sys if n_sys else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    sp, sr, sf = prf(strict)
    rp, rr, rf = prf(relaxed)
    vacc = value_ok / relaxed if relaxed else 0.0
    tacc = type_ok / relaxed if relaxed else 0.0
    vexact = value_exact / relaxed if relaxed else 0.0
    return {
        "docs": len(docs),
        "sentences": sentences,
        "gold": n_gold,
        "system": n_sys,
        "strict": {"precision": sp, "recall": sr, "f1": sf},
        "relaxed": {"precision": rp, "recall": rr, "f1": rf},
        "value_accuracy": vacc,
        "value_f1": vacc * rf,
        "value_accuracy_exact": vexact,
        "value_f1_exact": vexact * rf,
        "type_accuracy": tacc,
        "type_f1": tacc * rf,
        "ms_per_sentence": 1000.0 * elapsed / sentences if sentences else 0.0,
        "seconds": elapsed,
    }


def load(path: Path, *, limit: int | None = None) -> dict[str, list[dict[str, Any]]]:
    """The documents of ``path`` grouped by file name.

    Args:
        path: a ``.jsonl`` file, a ``.tml`` file, or a folder holding either.
        limit: keep at most this many documents per file (for quick runs).

    Raises:
        FileNotFoundError: the path does not exist or holds no TempEval file.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file or folder (expected TempEval-3 .jsonl or .tml files)")
    groups: dict[str, list[dict[str, Any]]] = {}
    if path.is_dir():
        for f in sorted(path.glob("*.jsonl")):
            groups[f.name] = _read_jsonl(f)[:limit]
        tml = sorted(path.glob("*.tml"))
        if tml:
            groups["tml"] = [read_tml(f) for f in tml[:limit]]
    elif path.suffix == ".tml":
        groups[path.name] = [read_tml(path)]
    else:
        groups[path.name] = _read_jsonl(path)[:limit]
    if not groups:
        raise FileNotFoundError(f"{path}: no .jsonl or .tml files in this folder")
    return groups


def evaluate(path: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Score ``find_dates`` on TempEval-3 data, per file and overall.

    Args:
        path: a folder of ``.jsonl`` (and/or ``.tml``) files, or one such file.
        limit: at most this many documents per file.

    Returns:
        ``{"files": {name: scores}, "overall": scores}`` where scores hold strict and relaxed
        precision/recall/F1, value accuracy, value F1, type accuracy, ms per sentence.
    """
    groups = load(Path(path), limit=limit)
    files = {name: _score_docs(docs) for name, docs in groups.items()}
    overall = _score_docs([d for docs in groups.values() for d in docs])
    return {"files": files, "overall": overall}


def format_report(result: dict[str, Any]) -> str:
    """A fixed-width table of an ``evaluate`` result."""
    head = f"{'file':<18}{'docs':>5}{'gold':>6}{'strictF1':>9}{'relP':>7}{'relR':>7}{'relF1':>7}{'valAcc':>8}{'valF1':>7}{'exactF1':>8}{'typeAcc':>8}{'ms/sent':>8}"
    rows = [head]
    for name, s in [*result["files"].items(), ("overall", result["overall"])]:
        rows.append(
            f"{name:<18}{s['docs']:>5}{s['gold']:>6}{s['strict']['f1']:>9.3f}{s['relaxed']['precision']:>7.3f}"
            f"{s['relaxed']['recall']:>7.3f}{s['relaxed']['f1']:>7.3f}{s['value_accuracy']:>8.3f}"
            f"{s['value_f1']:>7.3f}{s['value_f1_exact']:>8.3f}{s['type_accuracy']:>8.3f}{s['ms_per_sentence']:>8.3f}"
        )
    return "\n".join(rows)


if __name__ == "__main__":  # pragma: no cover
    import sys

    print(format_report(evaluate(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/tempeval3"))))
