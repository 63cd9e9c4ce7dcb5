"""Dump actor-resolver records for the gold dev articles, for shared/tools/score_gold.py.

Usage:
    python scripts/eval_actors.py GOLD_DIR OUT_DIR
    python3 /work/shared/tools/score_gold.py GOLD_DIR OUT_DIR

The body is the text after the `` date YYYY-MM-DD `` header (a stand-in for the
real cleaner); for the seed article it starts at "President Volodymyr Zelensky
thanked" and stops at the "The Kyiv Independent" author line.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from dateline.parse import parse
from dateline.records import Document
from dateline.resolve.actors import resolve_actors


def body_of(text: str) -> tuple[str, str | None]:
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2}) ?", text)
    published = m.group(1) if m else None
    body = text[m.end() :] if m else text
    i = body.find("President Volodymyr Zelensky thanked")
    if i >= 0:
        body = body[i:]
        j = body.find("The Kyiv Independent")
        body = body[:j] if j > 0 else body
    return body.strip(), published


def main(gold_dir: str, out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for txt in sorted(Path(gold_dir).glob("*.txt")):
        body, published = body_of(txt.read_text("utf-8"))
        doc = Document(id=txt.stem, source=str(txt), body=body, published=published)
        index = resolve_actors(parse(doc))
        ents = [
            {
                "name": e.name,
                "type": e.type,
                "country": e.country,
                "sector": e.sector,
                "aliases": list(e.aliases),
            }
            for e in index.entities
        ]
        rec = {"doc": txt.stem, "published": published, "entities": ents}
        (out / f"{txt.stem}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
