"""Scale-out ingest: the CPU-heavy stages on Dask workers, the SQLite writes on the driver.

    summary = dateline.cluster.ingest(store, ["corpus/"], workers=4)                 # this machine
    summary = dateline.cluster.ingest(store, ["corpus/"], scheduler="tcp://host:8786")  # many machines

The driver walks the inputs in order and cuts them into chunks of about
``chunk_size`` documents: a ``.txt`` or HTML file travels as its bytes (the worker
reads it, so trafilatura's HTML extraction runs there too), a JSON Lines file is
split into its records on the driver so one big file still spreads over every
worker. Workers need the same dateline installed, not the input files: nothing is
read from a shared disk. Each chunk runs ``pipeline.process_raw`` (clean, parse,
extract) on one worker process, which loads the spaCy model once
(``parse.load`` is cached per process) and keeps it for every later chunk.

Results stream back with ``as_completed`` and the driver alone writes them through
``Store.record``, one transaction per document as in ``pipeline.ingest`` (SQLite has
one writer). Chunks are committed in input order, so the database, the rejects and
the summary are exactly those of a serial ingest whatever order workers finish in; at most
``window`` chunks are submitted or waiting to be written at any time, which
bounds the driver's memory on corpora of any size.

Failures cost only their own documents:

- a document that fails to read, clean, parse or extract is a Reject, as serially;
- a chunk whose task raises is split and each document retried alone, so the one
  that raised is rejected (naming its file and the error) and the others stored;
- a worker that dies (crash in native code, out of memory) has its chunk retried
  once on another worker by the scheduler (``allowed-failures``: 1 on the local
  cluster; an external scheduler uses its own setting), then split the same way.

Every document is written as soon as its chunk's turn comes, so an interrupted
run keeps what it stored, and re-running it skips those documents.
"""

from __future__ import annotations

import logging
import sys
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .errors import ConfigError, DatelineError
from .extract import EXTRACTORS
from .read import STDIN, TEXT_EXTENSIONS, read_file
from .read import _check_date as check_date  # private to read; the same validation as serial
from .read import _read_data as read_data
from .read import _sniff as sniff
from .read import _walk as walk
from .records import Article, RawDocument, Reject
from .store import IngestSummary, Progress, Store

__all__ = ["ingest", "connect", "plan", "warm_up", "Chunk", "FileInput"]

#: Documents per task: big enough that task overhead is noise, small enough to balance load.
CHUNK_SIZE = 32
#: Bytes per task at most, so a folder of large HTML pages does not ship megabytes per task.
CHUNK_BYTES = 4_000_000
#: Chunks in flight or waiting to be written, per worker thread.
WINDOW_PER_THREAD = 4

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- what a task carries


@dataclass(frozen=True)
class FileInput:
    """One input file's bytes, read by the worker with the reader its extension names."""

    source: str
    data: bytes
    kind: str


Item = FileInput | RawDocument | Reject


@dataclass
class Chunk:
    """A task's worth of inputs, in input order; ``index`` is its place in the run."""

    index: int
    items: list[Item] = field(default_factory=list)
    size: int = 0  # bytes of text, for the CHUNK_BYTES cap


@dataclass(frozen=True)
class _Options:
    date: str | None
    fields: dict[str, str] | None
    batch_size: int
    event_extractor: Callable[..., list] | None


def _item_bytes(item: Item) -> int:
    if isinstance(item, FileInput):
        return len(item.data)
    if isinstance(item, RawDocument):
        return len(item.text)
    return 0


def _items(paths: Iterable[str | Path], date: str | None, fields: dict[str, str] | None) -> Iterator[Item]:
    """The inputs of ``read.read_paths`` in the same order, as things a worker can read."""
    for p in paths:
        if str(p) == "-":
            data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
            yield from _file_items(STDIN, data, sniff(data), date, fields)
            continue
        path = Path(p)
        for f in walk(path) if path.is_dir() else [path]:
            try:
                data = f.read_bytes()
            except OSError:
                # the serial reader words the reject (missing file, permissions)
                yield from read_file(f, date=date, fields=fields)
                continue
            yield from _file_items(str(f), data, TEXT_EXTENSIONS.get(f.suffix.lower(), "txt"), date, fields)


def _file_items(
    source: str, data: bytes, kind: str, date: str | None, fields: dict[str, str] | None
) -> Iterator[Item]:
    if kind == "jsonl":
        # one file, many articles: split it here so its records spread over the workers
        yield from read_data(data, source, kind, date=date, fields=fields)
    else:
        yield FileInput(source, data, kind)


def plan(
    paths: Iterable[str | Path],
    *,
    date: str | None = None,
    fields: dict[str, str] | None = None,
    chunk_size: int = CHUNK_SIZE,
    chunk_bytes: int = CHUNK_BYTES,
) -> Iterator[Chunk]:
    """Cut the inputs into chunks of at most ``chunk_size`` documents (and about ``chunk_bytes``).

    Lazy: a file is read only when its chunk is about to be submitted.

    Example:
        >>> [len(c.items) for c in plan(["a.txt", "b.txt", "c.txt"], chunk_size=2)]  # doctest: +SKIP
        [2, 1]
    """
    check_date(date)
    chunk = Chunk(0)
    for item in _items(paths, date, fields):
        size = _item_bytes(item)
        if chunk.items and (len(chunk.items) >= chunk_size or chunk.size + size > chunk_bytes):
            yield chunk
            chunk = Chunk(chunk.index + 1)
        chunk.items.append(item)
        chunk.size += size
    if chunk.items:
        yield chunk


# --------------------------------------------------------------------------- on the worker


def run_chunk(items: list[Item], options: _Options) -> list[Article | Reject]:
    """Read, clean, parse and extract one chunk on a worker: one Article or Reject per input."""
    from . import pipeline  # late import: the driver module must not need spaCy to plan

    def raws() -> Iterator[RawDocument | Reject]:
        for item in items:
            if isinstance(item, FileInput):
                yield from read_data(
                    item.data, item.source, item.kind, date=options.date, fields=options.fields
                )
            else:
                yield item

    return list(
        pipeline.process_raw(raws(), batch_size=options.batch_size, event_extractor=options.event_extractor)
    )


def warm_up() -> None:
    """Load the spaCy model and every extractor's data in this process.

    Workers do this on their first chunk anyway; ``client.run(warm_up)`` does it on every
    worker at once, e.g. before timing a run.
    """
    from . import pipeline

    pipeline.extract(
        "Japan pledged $37 million to Ukraine on Monday, a minister said.", published="2024-01-08"
    )


def worker_versions() -> dict[str, Any]:
    """dateline's version and extractor versions in this process (compared across workers)."""
    return {"dateline": __version__, "extractors": dict(EXTRACTORS)}


# --------------------------------------------------------------------------- the driver


def connect(
    *, workers: int | None = None, scheduler: str | None = None, wait: float = 30.0
) -> tuple[Any, Any]:
    """A Dask client on a new local cluster (``workers`` processes) or an existing ``scheduler``.

    Returns:
        ``(client, cluster)``; ``cluster`` is None for an existing scheduler. Close both.

    Raises:
        ConfigError: neither or both given, no worker joined within ``wait`` seconds,
            or the workers run another dateline (their facts would carry other versions).
    """
    from distributed import Client, LocalCluster

    if (workers is None) == (scheduler is None):
        raise ConfigError("give either workers=N (a local cluster) or scheduler='tcp://host:8786', not both")
    cluster = None
    if workers is not None:
        if workers < 1:
            raise ConfigError(f"workers must be at least 1, got {workers}")
        # processes, one thread each: spaCy and the extractors hold the GIL, so threads would not scale
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: several runs may share a machine
            silence_logs=logging.ERROR,
            scheduler_kwargs={"allowed_failures": 1},  # a chunk that kills two workers is split
        )
        client = Client(cluster)
    else:
        try:
            client = Client(scheduler, timeout=wait)
        except (OSError, TimeoutError) as exc:
            raise ConfigError(
                f"cannot reach the Dask scheduler at {scheduler} ({exc}); start one with 'dask scheduler' "
                "and pass the address it prints"
            ) from exc
    try:
        _check_workers(client, scheduler or "the local cluster", wait)
    except BaseException:
        client.close()
        if cluster is not None:
            cluster.close()
        raise
    return client, cluster


def _check_workers(client: Any, where: str, wait: float) -> None:
    try:
        client.wait_for_workers(1, timeout=wait)
    except TimeoutError:
        raise ConfigError(
            f"no Dask worker joined {where} within {wait:.0f} s; start some with 'dask worker ADDRESS "
            "--nthreads 1' on each machine"
        ) from None
    try:
        seen = client.run(worker_versions)
    except Exception as exc:  # noqa: BLE001 - typically dateline missing on a worker machine
        raise ConfigError(
            f"a Dask worker of {where} cannot run dateline ({type(exc).__name__}: {exc}); install the same "
            f"dateline ({__version__}) in every worker's environment"
        ) from exc
    mine = worker_versions()
    other = {addr: v for addr, v in seen.items() if v != mine}
    if other:
        addr, v = next(iter(other.items()))
        raise ConfigError(
            f"Dask worker {addr} runs dateline {v['dateline']} with extractors {v['extractors']}, but this "
            f"machine runs {mine['dateline']} with {mine['extractors']}; install the same version everywhere"
        )


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    client: Any = None,
    date: str | None = None,
    fields: dict[str, str] | None = None,
    batch_size: int = 16,
    chunk_size: int = CHUNK_SIZE,
    window: int | None = None,
    progress: Progress | None = None,
    event_extractor: Callable[..., list] | None = None,
    keep_articles: bool = True,
) -> IngestSummary:
    """``pipeline.ingest`` with reading, cleaning, parsing and extraction on Dask workers.

    Stores exactly what ``pipeline.ingest(store, paths, ...)`` would (same documents, facts,
    rejects and summary, in input order); only the driver writes to SQLite.

    Args:
        store: the database to write to (this process is its only writer).
        paths: files, folders (walked recursively) or ``"-"`` for stdin.
        workers: start a local cluster of this many worker processes (one thread each).
        scheduler: or use the Dask scheduler at this address, e.g. ``"tcp://host:8786"``.
        client: or an existing ``distributed.Client`` (left open).
        date, fields, batch_size, progress, event_extractor: as for ``pipeline.ingest``
            (``event_extractor`` must pickle: a module-level function or a ``partial``).
        chunk_size: documents per task.
        window: chunks in flight or waiting to be written at most [default: 4 per worker thread].
        keep_articles: keep stored articles in ``summary.articles`` (turn off for huge runs).

    Returns:
        The counts and rejects of this run.

    Raises:
        ConfigError: no or several cluster choices, a bad ``date``, no workers, mismatched workers.
        DatelineError: the scheduler went away mid-run (what was stored stays; re-run to resume).

    Example:
        >>> with dateline.open("x.db") as db:  # doctest: +SKIP
        ...     summary = ingest(db, ["corpus/"], workers=2)
    """
    if sum(x is not None for x in (workers, scheduler, client)) != 1:
        raise ConfigError("give exactly one of workers=N, scheduler='tcp://host:8786' or client=")
    check_date(date)  # a flag error stops the run before a cluster is started
    cluster = None
    if client is None:
        client, cluster = connect(workers=workers, scheduler=scheduler)
        own_client = True
    else:
        own_client = False
        _check_workers(client, "the client's cluster", 30.0)
    try:
        options = _Options(date, fields, batch_size, event_extractor)
        run = _Run(client, store, options, window, progress, keep_articles)
        return run.go(plan(paths, date=date, fields=fields, chunk_size=chunk_size))
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()


class _Run:
    """One ingest's bookkeeping: futures in flight, results waiting their turn, the summary."""

    def __init__(
        self,
        client: Any,
        store: Store,
        options: _Options,
        window: int | None,
        progress: Progress | None,
        keep_articles: bool,
    ) -> None:
        from distributed import as_completed

        self.client, self.store, self.options = client, store, options
        self.window, self.progress, self.keep_articles = window, progress, keep_articles
        self.summary = IngestSummary()
        self.tag = uuid.uuid4().hex[:8]  # task keys readable on the dashboard, unique per run
        self.futures: dict[Any, tuple[int, int | None, list[Item]]] = {}  # future -> (chunk, part, items)
        self.parts: dict[int, list[list[Article | Reject] | None]] = {}  # chunk -> results per part
        self.next_write = 0
        self.done = as_completed()
        self.queue: deque[tuple[int, int | None, list[Item]]] = deque()  # tasks waiting for a free thread
        self.threads = (0.0, 1)  # (when counted, worker threads then)

    def go(self, chunks: Iterator[Chunk]) -> IngestSummary:
        """Submit, collect and write every chunk; return the summary."""
        self.chunks: Iterator[Chunk] | None = iter(chunks)
        try:
            self._fill()
            while self.futures:
                future = next(self.done)
                chunk_index, part, items = self.futures.pop(future)
                self._collect(future, chunk_index, part, items)
                self._fill()  # before writing: the freed worker should not wait for SQLite
                self._write_ready()
        finally:
            if self.futures:  # interrupted: stored documents stay, the rest is dropped
                self.client.cancel(list(self.futures))
        return self.summary

    def _fill(self) -> None:
        """Draw chunks up to the window, and give every worker thread one task."""
        # the window counts chunks queued, running, or finished but not yet written
        while self.chunks is not None and not self.queue and len(self.parts) < self._window():
            chunk = next(self.chunks, None)
            if chunk is None:
                self.chunks = None
                break
            self.parts[chunk.index] = [None]
            self.queue.append((chunk.index, None, chunk.items))
        # one task per worker thread: a worker that dies then takes down only the task it
        # was running, which the scheduler blames; a task queued behind it would be blamed too
        while self.queue and len(self.futures) < self._threads():
            self._submit(*self.queue.popleft())

    def _window(self) -> int:
        """Chunks queued, running or waiting to be written at most (grows as workers join)."""
        return self.window or max(2, WINDOW_PER_THREAD * self._threads())

    def _threads(self) -> int:
        """Worker threads of the cluster (recounted each second: workers come and go)."""
        when, count = self.threads
        if time.monotonic() - when > 1.0:
            count = max(1, sum(self.client.nthreads().values()))
            self.threads = (time.monotonic(), count)
        return count

    def _submit(self, chunk_index: int, part: int | None, items: list[Item]) -> None:
        """Submit a whole chunk (``part`` None) or one document of a split chunk."""
        key = f"dateline-{self.tag}-{chunk_index}" + ("" if part is None else f"-{part}")
        future = self.client.submit(run_chunk, items, self.options, key=key, pure=False)
        self.futures[future] = (chunk_index, part, items)
        self.done.add(future)

    def _collect(self, future: Any, chunk_index: int, part: int | None, items: list[Item]) -> None:
        """File a finished task's results; on failure split the chunk or reject its one document."""
        from distributed import KilledWorker

        status = future.status
        if status == "finished":
            results = future.result()
            future.release()
            self.parts[chunk_index][part or 0] = results
            return
        if status != "error":  # cancelled or lost: the scheduler went away
            raise DatelineError(
                f"lost the Dask cluster mid-run (task {status}); {self.summary.stored + self.summary.updated} "
                "documents of this run are stored, re-run the same command to resume"
            )
        exc = future.exception()
        future.release()
        if part is None and len(items) > 1:
            # retry each document alone: only the one that fails again is lost
            log.warning(
                "chunk %d failed (%s); retrying its %d inputs one by one",
                chunk_index,
                type(exc).__name__,
                len(items),
            )
            slots: list[list[Article | Reject] | None] = [None] * len(items)
            self.parts[chunk_index] = slots
            for i, item in enumerate(items):
                if isinstance(item, Reject):
                    slots[i] = [item]
                else:
                    self.queue.append((chunk_index, i, [item]))
            return
        if isinstance(exc, KilledWorker):
            tries = getattr(exc, "allowed_failures", 1) + 1
            reason = (
                f"the Dask worker processing it died, {tries} times in a row "
                "(a crash in native code, or out of memory)"
            )
        else:
            reason = f"failed on a cluster worker: {type(exc).__name__}: {exc}"
        results = [item if isinstance(item, Reject) else Reject(item.source, reason) for item in items]
        self.parts[chunk_index][part or 0] = results

    def _write_ready(self) -> None:
        """Write every finished chunk whose turn has come, in input order."""
        while self.next_write in self.parts and all(r is not None for r in self.parts[self.next_write]):
            for results in self.parts.pop(self.next_write):
                for item in results or ():
                    self._write(item)
            self.next_write += 1

    def _write(self, item: Article | Reject) -> None:
        outcome, source = self.store.record(item, self.summary, keep_articles=self.keep_articles)
        if self.progress is not None:
            self.progress(outcome, source)
