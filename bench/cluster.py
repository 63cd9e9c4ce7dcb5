"""Ingest throughput: serial ``dateline.pipeline.ingest`` against ``dateline.cluster.ingest`` on Dask workers.

Usage: python bench/cluster.py [PATH_TO_reuters21578.jsonl] [--docs N] [--workers 1 2] [--repeat R]

Reads the first N Reuters-21578 stories with a body from ../shared (the data set is not
bundled: without it the script says so and exits), writes them to one temporary JSON
Lines file, and ingests that file into a fresh SQLite database serially and then on a
local cluster of each worker count. Prints documents and words per second:

- cold: the whole call, including starting the cluster and loading spaCy and the
  extractors' data in every worker (serial: loading them once in this process); what
  ``dateline ingest --workers N`` costs end to end;
- warm: everything already loaded and the caches filled by one untimed run (serial: by
  the cold run), the throughput a long run settles at; best of ``--repeat`` runs, since
  other jobs on a shared machine make single runs noisy;
- CPU s: processor time of the warm run summed over this process (the driver, which
  also hosts the local scheduler) and every worker, which other jobs do not inflate.

It also checks that every cluster database holds exactly the facts of the serial one
(workers import dateline afresh, so editing the source tree during the run also shows
up there). Figures only: nothing is asserted. The speed-up is bounded by the machine's
cores (``os.cpu_count()`` is printed) and by whatever else runs on them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import psutil  # a dependency of distributed

import dateline
from dateline import cluster

DEFAULT = Path(__file__).parents[1] / ".." / "shared" / "data" / "reuters" / "reuters21578.jsonl"
FIELDS = {"text": "body"}


def stories(path: Path, n: int) -> list[dict]:
    """The first ``n`` stories that have a body."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if (rec.get("body") or "").strip():
                out.append(rec)
                if len(out) >= n:
                    break
    return out


def cpu_seconds() -> float:
    """User + system CPU time of this process (run on workers too)."""
    t = psutil.Process().cpu_times()
    return t.user + t.system


def cluster_cpu(client: Any) -> float:
    """CPU seconds of this process (driver and local scheduler) and of every worker."""
    return cpu_seconds() + sum(client.run(cpu_seconds).values())


def ingest_on(client: Any, corpus: Path, chunk_size: int, db: Path) -> None:
    with dateline.open(db) as store:
        cluster.ingest(store, [corpus], client=client, fields=FIELDS, chunk_size=chunk_size)


def snapshot(db: Path) -> list[str]:
    with dateline.open(db) as store:
        return sorted(json.dumps(a.to_json(), sort_keys=True) for a in store.articles())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--chunk-size", type=int, default=cluster.CHUNK_SIZE)
    ap.add_argument("--repeat", type=int, default=3, help="warm runs per setting; the fastest is shown")
    args = ap.parse_args()
    if not args.path.exists():
        sys.exit(f"no Reuters-21578 at {args.path}: this benchmark reads ../shared/data (see its README)")

    recs = stories(args.path, args.docs)
    n, words = len(recs), sum(len(r["body"].split()) for r in recs)
    tmp = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    corpus = tmp / "reuters.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    print(
        f"{n} Reuters-21578 stories, {words} words; {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
    )
    print(
        f"{'run':22} {'cold docs/s':>11} {'words/s':>8} {'warm docs/s':>11} {'words/s':>8} {'CPU s':>6}  same facts"
    )

    def row(name: str, cold: float, warm: float, cpu: float, same: str) -> None:
        print(
            f"{name:22} {n / cold:11.1f} {words / cold:8.0f} {n / warm:11.1f} {words / warm:8.0f} {cpu:6.1f}  {same}"
        )

    def best(run: Callable[[Path], None], cpu: Callable[[], float]) -> tuple[float, float]:
        """Fastest of ``--repeat`` runs: (wall seconds, CPU seconds of that run)."""
        runs = []
        for r in range(args.repeat):
            c0, t0 = cpu(), time.perf_counter()
            run(tmp / f"{r}.db")
            runs.append((time.perf_counter() - t0, cpu() - c0))
            (tmp / f"{r}.db").unlink()
        return min(runs)

    # serial: cold includes loading spaCy and the extractors' data, as a fresh process would
    t0 = time.perf_counter()
    with dateline.open(tmp / "serial.db") as store:
        summary = store.ingest([corpus], fields=FIELDS)
    cold = time.perf_counter() - t0

    def serial(db: Path) -> None:
        with dateline.open(db) as store:
            store.ingest([corpus], fields=FIELDS)

    warm, cpu = best(serial, cpu_seconds)
    expected = snapshot(tmp / "serial.db")
    row("serial", cold, warm, cpu, f"(reference: {summary.stored} stored, {summary.rejected} rejected)")

    for w in args.workers:
        t0 = time.perf_counter()
        with dateline.open(tmp / f"cold-{w}.db") as store:
            cluster.ingest(store, [corpus], workers=w, fields=FIELDS, chunk_size=args.chunk_size)
        cold = time.perf_counter() - t0
        client, local = cluster.connect(workers=w)
        try:
            client.run(cluster.warm_up)  # the model and data in every worker before the clock starts

            on_cluster = partial(ingest_on, client, corpus, args.chunk_size)
            # one untimed run first, as the serial cold run warms the serial caches
            on_cluster(tmp / f"warm-{w}.db")
            warm, cpu = best(on_cluster, partial(cluster_cpu, client))
        finally:
            client.close()
            local.close()
        same = all(snapshot(tmp / f"{kind}-{w}.db") == expected for kind in ("cold", "warm"))
        row(
            f"cluster --workers {w}",
            cold,
            warm,
            cpu,
            "yes" if same else f"NO: compare the databases in {tmp}",
        )


if __name__ == "__main__":
    main()
