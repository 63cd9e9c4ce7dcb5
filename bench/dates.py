"""Benchmark the date tagger on TempEval-3: ms per sentence and documents per second.

Usage (from the repository root):

    .venv/bin/python bench/dates.py [PATH] [--repeat N]

PATH is a folder of TempEval-3 ``.jsonl`` files or one such file (default
``../shared/data/tempeval3``). Only ``find_dates`` is timed (no spaCy parse).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from dateline.evaluate.tempeval3 import count_sentences, load
from dateline.extract.dates import find_dates


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default="../shared/data/tempeval3", type=Path)
    ap.add_argument("--repeat", type=int, default=3, help="passes over the data (best one is reported)")
    args = ap.parse_args(argv)
    try:
        groups = load(args.path)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    docs = [d for ds in groups.values() for d in ds]
    sentences = sum(count_sentences(d["text"]) for d in docs)
    find_dates("warm up on Friday", "2024-01-07")  # compile the patterns outside the timing
    best = float("inf")
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        n = 0
        for d in docs:
            n += len(find_dates(d["text"], d.get("dct")))
        best = min(best, time.perf_counter() - t0)
    print(f"documents        {len(docs)}")
    print(f"sentences        {sentences}")
    print(f"expressions      {n}")
    print(f"ms per sentence  {1000 * best / sentences:.3f}")
    print(f"docs per second  {len(docs) / best:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
