"""Throughput of the whole pipeline (read is skipped: documents come from Reuters-21578).

Usage: python bench/pipeline.py [PATH_TO_reuters21578.jsonl] [--docs N] [--batch-size B]

Prints documents and words per second for parse alone and for parse + every extractor,
and the share of time each stage takes. Figures only: nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from dateline import clean, parse
from dateline.extract.amounts import find_amounts, find_items
from dateline.extract.dates import find_dates
from dateline.extract.events import find_events
from dateline.extract.quotes import find_quotes
from dateline.records import RawDocument
from dateline.resolve.actors import resolve_actors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default="../shared/data/reuters/reuters21578.jsonl")
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()

    docs = []
    with Path(args.path).open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if not (rec.get("body") or "").strip():
                continue
            raw = RawDocument(f"reuters:{rec['newid']}", rec["body"], (rec.get("date") or "1987-01-01")[:10])
            try:
                docs.append(clean.clean(raw))
            except Exception:  # noqa: BLE001 - tables and empty stories are skipped
                continue
            if len(docs) >= args.docs:
                break
    words = sum(len(d.text.split()) for d in docs)
    parse.load()  # model loading is not throughput

    t0 = time.perf_counter()
    parsed = list(parse.parse_many(docs, batch_size=args.batch_size))
    t_parse = time.perf_counter() - t0

    stage = defaultdict(float)
    for p in parsed:
        text, pub = p.document.text, p.document.published
        t = time.perf_counter()
        actors = resolve_actors(p)
        stage["actors"] += time.perf_counter() - t
        t = time.perf_counter()
        dates = find_dates(text, pub, doc=p.doc)
        stage["dates"] += time.perf_counter() - t
        t = time.perf_counter()
        amounts, items = find_amounts(text, pub, doc=p.doc), find_items(text, doc=p.doc)
        stage["amounts"] += time.perf_counter() - t
        t = time.perf_counter()
        quotes = find_quotes(p, actors)
        stage["quotes"] += time.perf_counter() - t
        t = time.perf_counter()
        find_events(p, actors, dates, amounts, items, quotes)
        stage["events"] += time.perf_counter() - t
    t_extract = sum(stage.values())
    total = t_parse + t_extract
    print(f"documents: {len(docs)}  words: {words}")
    print(f"parse only:        {len(docs) / t_parse:8.1f} docs/s  {words / t_parse:9.0f} words/s")
    print(f"parse + extract:   {len(docs) / total:8.1f} docs/s  {words / total:9.0f} words/s")
    print(f"  parse            {t_parse:7.2f} s  {100 * t_parse / total:5.1f}%")
    for name, secs in stage.items():
        print(f"  {name:16} {secs:7.2f} s  {100 * secs / total:5.1f}%")


if __name__ == "__main__":
    main()
