"""Throughput of money and item extraction on Reuters-21578 bodies.

Run: ``python bench/amounts.py [N]`` (default 2000 stories; needs shared/data/reuters).
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from pathlib import Path

from dateline.extract.amounts import find_amounts, find_items

REUTERS = Path(__file__).resolve().parents[2] / "shared" / "data" / "reuters" / "reuters21578.jsonl"


def main(n: int = 2000) -> None:
    """Print amounts and items found per second of CPU on ``n`` stories."""
    with REUTERS.open(encoding="utf-8") as f:
        bodies = [json.loads(line).get("body") or "" for line in itertools.islice(f, n)]
    size = sum(map(len, bodies)) / 1e6
    find_amounts("warm-up $5")  # load the lexicon and compile the patterns outside the timing
    for name, fn in (("amounts", find_amounts), ("items (regex)", find_items)):
        t = time.perf_counter()
        found = sum(len(fn(b)) for b in bodies)
        dt = time.perf_counter() - t
        print(f"{name}: {found} in {len(bodies)} stories, {dt:.2f} s, {size / dt:.2f} MB/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
