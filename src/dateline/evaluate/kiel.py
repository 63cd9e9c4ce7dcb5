"""Evaluate money, counted items and aid type on the Kiel Ukraine Support Tracker.

Each row of the tracker has a short ``Explanation`` text, the donor
(``Countries``), the ``Announcement Date``, the pledged value as the source
gave it (``Monetary Value as Given by Source``, ``Original Currency``), one
item (``Items``, ``No. of Units``) and the aid type (``Type of Aid General``).
Three measures, each over the rows where the text can answer it:

* **amount**: rows whose explanation states the recorded value as one number.
  Which rows those are is decided without the extractor: a plain scan for
  numbers with an optional scale word ("400 million", "1,000,000", "990 mil.")
  must find the value (within 0.5%). The other rows give sums ("the APCs are
  worth AUD 12 million, the PMVs AUD 48.9 million") or no figure and are not
  counted as misses; so are figures with no currency marker next to them
  ("part of 2.9 million reconstruction pledge"). A row is right when
  :func:`find_amounts` (told the donor as ``home``, so a Canadian "$" is CAD)
  returns an amount with that value (within 0.5%; either end of a range) and
  the recorded currency (``amount_found``);
  ``amount_first`` also asks that it is the first amount of the text. Rows are
  de-duplicated on (explanation, value, currency): the tracker repeats a text
  once per item of a package.
* **items**: rows with an item and a numeric ``No. of Units`` whose number is
  written in the text (digits, with or without thousands commas, or words) as a
  count: not part of money ("USD 800 million") or a percentage, and followed
  within 60 characters by a word of ``Items``.
  A row is right when :func:`find_items` (given the spaCy parse) returns an
  item with that count whose ``what`` shares a word with ``Items``
  (case-insensitive, plural ``s`` ignored).
* **aid type**: every row; :func:`dateline.extract.aidtype.aid_type` against
  ``Type of Aid General`` (military, the tracker's majority, when the classifier
  finds no cue). ``aidtype_unique_accuracy`` counts each distinct explanation once
  (the tracker repeats a package text once per item).

Run: ``python -m dateline.evaluate.kiel /path/to/kiel_dev.csv [--limit N] [--failures]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path
from typing import Any

from ..extract.aidtype import aid_type
from ..extract.amounts import find_amounts, find_items

_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "mil": 1e6,
    "mio": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
}
_NUMBER = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|mil\b\.?|mio\b|mn\b|bn\b|m\b|b\b)?", re.IGNORECASE
)
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip


# Any currency marker at all: a code, a symbol or a currency word. It only decides whether a figure is
# written as money, never which currency, so it is deliberately generic.
_MARKER = re.compile(
    r"(?<![A-Za-z])(?:[A-Z]{3}|(?:US |U\.S\. )?dollars?|euros?|pounds?|francs?|kron\w*|crowns?|korun\w*|lei|zloty|forints?|kunas?|leva?|yen|yuan|hryvn\w*|Kč|kr)(?![a-z])|[$€£¥₴]"
)


def _stated_values(text: str) -> list[float]:
    """Every sum of money written in ``text`` as one number, read without the extractor.

    A number (with its scale word applied) counts when a currency marker stands right before it
    ("USD 400 million", "$5m") or right after it ("2 million EUR", "52 EUR million").
    """
    out = []
    for m in _NUMBER.finditer(text):
        before, after = text[max(0, m.start() - 5) : m.start()], text[m.end() : m.end() + 12]
        if not (_MARKER.search(before) or _MARKER.match(after.lstrip()) or _MARKER.match(after.lstrip()[8:])):
            if not re.match(r"\s*(?:[A-Z]{3})\s+(?:million|billion)", after):
                continue
        digits = m.group(1).rstrip(",.")
        try:
            base = float(digits.replace(",", ""))
        except ValueError:
            continue
        out.append(base)
        if m.group(2):
            out.append(base * _SCALES[m.group(2).lower().rstrip(".")])
    return out


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(b), 1.0)


def _matches(a: Any, value: float, cur: str) -> bool:
    # A range "between 26 and 30 million USD" is right when either end is the recorded value.
    ends = [a.value] + ([a.high] if a.high is not None else [])
    return a.currency == cur and any(_close(e, value) for e in ends)


def _number(s: str) -> float | None:
    try:
        return float(s.replace(",", "").strip())
    except ValueError:
        return None


def _words(s: str) -> set[str]:
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z0-9]+", s) if len(w) > 1}


def _units_stated(text: str, units: float, item: str) -> bool:
    """Is the count written in ``text`` as a count of this item (a word of ``item`` soon after it)?"""
    n = int(units)
    forms = {str(n), f"{n:,}"}
    forms |= {w for w, v in _WORDS.items() if v == n}
    gold = _words(item)
    for f in forms:
        for m in re.finditer(
            rf"(?<![\w.,$€£]){re.escape(f)}(?![\w,%]|\.\d)(?!\s*(?:million|billion|percent))", text, re.I
        ):
            if _words(text[m.end() : m.end() + 60]) & gold:
                return True
    return False


def load_rows(path: Path, limit: int | None = None) -> list[dict[str, str]]:
    """The tracker rows of the CSV at ``path`` (the first ``limit`` when given)."""
    if not path.exists():
        raise FileNotFoundError(f"Kiel tracker CSV not found: {path}; expected shared/data/kiel/kiel_dev.csv")
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return rows[:limit] if limit else rows


def evaluate(path: Path, *, limit: int | None = None, failures: bool = False) -> dict[str, Any]:
    """Score amounts, items and aid type on the Kiel CSV at ``path``.

    Args:
        path: the tracker CSV (``kiel_dev.csv``).
        limit: score only the first ``limit`` rows (for quick iterations).
        failures: also return up to 50 failed rows of each kind under ``"failures"``.

    Returns:
        A dict of counts and accuracies: ``amount_rows``, ``amount_found``, ``amount_first``,
        ``items_rows``, ``items_accuracy``, ``aidtype_rows``, ``aidtype_accuracy`` and more.
    """
    from ..parse import load

    rows = load_rows(Path(path), limit)
    fails: dict[str, list[Any]] = {"amount": [], "items": [], "aidtype": []}

    # amounts -----------------------------------------------------------------
    seen: set[tuple[str, float, str]] = set()
    n_amount = found_ok = first_ok = not_single = no_value = 0
    for r in rows:
        text, cur = r["Explanation"], r["Original Currency"].strip()
        value = _number(r["Monetary Value as Given by Source"])
        if value is None or not value or len(cur) != 3:
            no_value += 1
            continue
        key = (text, value, cur)
        if key in seen:
            continue
        seen.add(key)
        if not any(_close(v, value) for v in _stated_values(text)):
            not_single += 1
            continue
        n_amount += 1
        amounts = find_amounts(text, home=r["Countries"].strip())
        hit = [a for a in amounts if _matches(a, value, cur)]
        found_ok += bool(hit)
        first_ok += bool(amounts) and _matches(amounts[0], value, cur)
        if not hit and len(fails["amount"]) < 50:
            fails["amount"].append(
                {
                    "id": r["ID"],
                    "gold": [value, cur],
                    "got": [(a.text, a.value, a.currency) for a in amounts],
                    "text": text,
                }
            )

    # items -------------------------------------------------------------------
    item_rows = [
        r
        for r in rows
        if r["Items"].strip() not in ("", ".")
        and (u := _number(r["No. of Units"])) is not None
        and u > 0
        and _units_stated(r["Explanation"], u, r["Items"])
    ]
    nlp = load()
    texts = sorted({r["Explanation"] for r in item_rows})
    parsed = dict(zip(texts, nlp.pipe(texts, batch_size=32), strict=True))
    cache: dict[str, list[Any]] = {}
    items_ok = 0
    for r in item_rows:
        text = r["Explanation"]
        if text not in cache:
            cache[text] = find_items(text, parsed[text])
        units = float(r["No. of Units"].replace(",", ""))
        gold_words = _words(r["Items"])
        ok = any(
            i.count is not None and _close(float(i.count), units) and _words(i.what) & gold_words
            for i in cache[text]
        )
        items_ok += ok
        if not ok and len(fails["items"]) < 50:
            fails["items"].append(
                {"id": r["ID"], "gold": [r["Items"], units], "got": [(i.what, i.count, i.unit) for i in cache[text]],
                 "text": text}
            )  # fmt: skip

    # aid type ----------------------------------------------------------------
    type_ok = 0
    confusion: dict[str, int] = {}
    unique: dict[tuple[str, str], bool] = {}
    for r in rows:
        gold = r["Type of Aid General"].strip().lower()
        got = aid_type(r["Explanation"]) or "military"
        type_ok += got == gold
        unique[(r["Explanation"], gold)] = got == gold
        confusion[f"{gold}->{got}"] = confusion.get(f"{gold}->{got}", 0) + 1
        if got != gold and len(fails["aidtype"]) < 50:
            fails["aidtype"].append({"id": r["ID"], "gold": gold, "got": got, "text": r["Explanation"][:300]})

    report: dict[str, Any] = {
        "rows": len(rows),
        "amount_rows": n_amount,
        "amount_rows_not_single": not_single,
        "amount_rows_no_value": no_value,
        "amount_found": found_ok / n_amount if n_amount else None,
        "amount_first": first_ok / n_amount if n_amount else None,
        "items_rows": len(item_rows),
        "items_accuracy": items_ok / len(item_rows) if item_rows else None,
        "aidtype_rows": len(rows),
        "aidtype_accuracy": type_ok / len(rows) if rows else None,
        "aidtype_unique_rows": len(unique),
        "aidtype_unique_accuracy": sum(unique.values()) / len(unique) if unique else None,
        "aidtype_confusion": dict(sorted(confusion.items())),
    }
    if failures:
        report["failures"] = fails
    return report


def main(argv: list[str] | None = None) -> None:
    """Command-line entry: print the report as JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, help="kiel_dev.csv")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N rows")
    ap.add_argument("--failures", action="store_true", help="include failed rows in the output")
    args = ap.parse_args(argv)
    print(
        json.dumps(
            evaluate(args.path, limit=args.limit, failures=args.failures), indent=1, ensure_ascii=False
        )
    )


if __name__ == "__main__":
    main()
