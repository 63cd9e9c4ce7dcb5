"""Speed of the quote stage (``find_quotes``) on top of a finished spaCy parse and actor index.

Usage:
    python bench/quotes.py [TEXT_DIR] [--limit N]
    python bench/quotes.py --gold ../shared/gold/dev --out /tmp/quotes_sys

TEXT_DIR defaults to ``../shared/data/polnear/dev/text``. Parsing and actor resolution
are done first and not timed; the figure is words per second of ``find_quotes`` alone,
on one core.

With ``--gold``, each ``<id>.txt`` of a gold folder is run through parse, actors and
quotes (the body is the text after the `` date YYYY-MM-DD `` header; for the seed
article it starts at "President Volodymyr Zelensky thanked", as the cleaner would
give it) and ``Article.to_json()`` is written to ``OUT/<id>.json`` for
``python3 ../shared/tools/score_gold.py GOLD_DIR OUT``.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from dateline.clean import document_id
from dateline.extract.quotes import find_quotes
from dateline.parse import parse_many
from dateline.records import Article, Document
from dateline.resolve.actors import resolve_actors

_WORD = re.compile(r"\w+")


_HEADER = re.compile(r"\s*date (\d{4}-\d{2}-\d{2}) ")
_SEED_START = "President Volodymyr Zelensky thanked"


def dump_gold(gold_dir: Path, out: Path) -> int:
    """Write one quotes-only record per gold article; returns the number written."""
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for txt in sorted(gold_dir.glob("*.txt")):
        raw = txt.read_text(encoding="utf-8")
        m = _HEADER.match(raw)
        published, body = (m.group(1), raw[m.end() :]) if m else (None, raw)
        if _SEED_START in body:
            body = body[body.index(_SEED_START) :]
        document = Document(document_id(body, published), str(txt), body, published)
        parsed = next(parse_many([document]))
        actors = resolve_actors(parsed)
        article = Article(
            document=document, entities=tuple(actors.entities), quotes=tuple(find_quotes(parsed, actors))
        )
        (out / f"{txt.stem}.json").write_text(
            json.dumps(article.to_json(), ensure_ascii=False), encoding="utf-8"
        )
        n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("text_dir", nargs="?", default="../shared/data/polnear/dev/text")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3, help="time the stage this many times, keep the best")
    ap.add_argument("--gold", type=Path, help="a gold folder: dump quote records instead of timing")
    ap.add_argument("--out", type=Path, default=Path("/tmp/quotes_sys"), help="where --gold writes records")
    args = ap.parse_args()
    if args.gold is not None:
        n = dump_gold(args.gold, args.out)
        print(f"{n} records in {args.out}")
        return
    paths = sorted(Path(args.text_dir).glob("*.txt"))[: args.limit]
    if not paths:
        raise SystemExit(f"{args.text_dir}: no *.txt files")
    docs = []
    for p in paths:
        body = p.read_text(encoding="utf-8")
        docs.append(Document(document_id(body, None), str(p), body, None))
    parsed = list(parse_many(docs))
    actors = [resolve_actors(p) for p in parsed]
    words = sum(len(_WORD.findall(d.body)) for d in docs)
    best = float("inf")
    nquotes = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        nquotes = sum(len(find_quotes(p, a)) for p, a in zip(parsed, actors, strict=True))
        best = min(best, time.perf_counter() - t0)
    print(f"{len(docs)} documents, {words} words, {nquotes} quotes")
    print(f"quote stage: {best:.3f} s, {words / best:,.0f} words/s (one core, parse and actors excluded)")


if __name__ == "__main__":
    main()
