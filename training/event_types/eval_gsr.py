"""Measure the event typer on the PLOVER gold-standard records (measurement only, never training).

    python training/event_types/eval_gsr.py [/work/shared/data/plover/plover_gsr_dev.json]

Prints type accuracy and macro F1 (over the 16 PLOVER types) of (a) the classifier
alone, (b) the lexicon rule typer ``dateline.extract.events.sentence_type`` and
(c) three ways of combining them, the shipped one being ``typer.combine``.
A sentence typed None / NONE counts as a miss.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dateline.extract.events import sentence_type
from dateline.extract.typer import NONE, TYPES, classify_sents, combine
from dateline.parse import load

DEFAULT = Path("/work/shared/data/plover/plover_gsr_dev.json")


def scores(gold: list[str], pred: list[str | None]) -> tuple[float, float]:
    """Accuracy, and macro F1 over the PLOVER types."""
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    f1s = []
    for lab in TYPES:
        tp = sum(g == p == lab for g, p in zip(gold, pred, strict=True))
        fp = sum(p == lab != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == lab != p for g, p in zip(gold, pred, strict=True))
        if tp + fp + fn:
            f1s.append(2 * tp / (2 * tp + fp + fn))
    return acc, sum(f1s) / len(f1s)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    records = json.loads(path.read_text(encoding="utf-8"))
    gold = [r["event"] for r in records]
    sents = [next(doc.sents) for doc in load().pipe(r["text"] for r in records)]
    probs = classify_sents(sents)
    rules = [(st[0] if (st := sentence_type(s)) else None) for s in sents]

    def top(p: dict[str, float], allow_none: bool = True) -> str:
        return max((k for k in p if allow_none or k != NONE), key=p.__getitem__)

    systems = {
        "(a) classifier alone (argmax, NONE = miss)": [top(p) for p in probs],
        "(a') classifier alone (argmax over the 16 types)": [top(p, False) for p in probs],
        "(b) rule typer (sentence_type)": rules,
        "(c1) rule, else classifier": [
            r or (None if top(p) == NONE else top(p)) for r, p in zip(rules, probs, strict=True)
        ],
        "(c2) rule unless the classifier strongly disagrees [typer.combine]": [
            combine(r, p) for r, p in zip(rules, probs, strict=True)
        ],
        "(c2') the same with the NONE veto off (none_veto=1.0)": [
            combine(r, p, none_veto=1.0) for r, p in zip(rules, probs, strict=True)
        ],
        "(c3) classifier when its top type has p > 0.5, else rule": [
            top(p) if top(p) != NONE and p[top(p)] > 0.5 else r for r, p in zip(rules, probs, strict=True)
        ],
    }
    print(f"{len(records)} records from {path}")
    for name, pred in systems.items():
        acc, f1 = scores(gold, pred)
        print(f"{name:70s} accuracy {acc:.3f}  macro F1 {f1:.3f}")


if __name__ == "__main__":
    main()
