"""Stage 6: the SQLite store (WAL mode, foreign keys, migrations recorded in a table).

    store = Store("dateline.db")                # creates and migrates if needed
    store.add(article)                          # "stored" | "duplicate" | "updated"
    store.record(article_or_reject, summary)    # the writer of every ingest run
    store.article(doc_id)                       # the Article back, facts in stored order

Documents are keyed by their content hash, so re-running an ingest is safe: a
document already stored with the same extractor versions is skipped, and one
whose facts came from an older extractor version gets that extractor's facts
replaced. Each document is written in its own transaction, so an interrupted
ingest keeps everything stored before the interruption.

The store sits below the pipeline and the queries: it imports neither (a test pins
this). Reading files and running the pipeline is ``dateline.pipeline.ingest``, on
Dask workers ``dateline.cluster.ingest``; both hand every result to
:meth:`Store.record`. The filtered queries are ``dateline.query``; the handle
``dateline.open()`` returns (``dateline.database.Database``) is a Store with both
attached: ``db.ingest(paths)``, ``db.events(type="AID")``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from ..errors import DatelineError, StoreError
from ..records import Article, Reject
from .read import load_article, resolve_doc_id
from .schema import MIGRATIONS, migrate
from .write import DUPLICATE, STORED, UPDATED, write_article, write_reject

__all__ = ["IngestSummary", "MIGRATIONS", "Progress", "Store"]


@dataclass
class IngestSummary:
    """What one ingest run did.

    Attributes:
        read: inputs seen (documents and rejects).
        stored, duplicates, updated, rejected: how each input ended.
        rejects: ``(source, reason)`` for every rejected input, in input order.
        articles: the articles stored or updated in this run (for a run report).
    """

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    updated: int = 0
    rejected: int = 0
    rejects: list[tuple[str, str]] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        """True when no input was rejected."""
        return self.rejected == 0


# progress(kind, source) is called once per input: kind is stored/duplicate/updated/rejected
Progress = Callable[[str, str], None]


class Store:
    """A dateline database at the storage level: migrations, the one writer, articles read back.

    Args:
        path: the SQLite file (created if missing), or ``":memory:"``.

    Raises:
        StoreError: the file is not a SQLite database or cannot be migrated.

    Example:
        >>> store = Store(":memory:")
        >>> store.count("documents")
        0
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            # autocommit mode: write.py opens one explicit transaction per document
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=5000")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot open as a dateline database ({exc}); pass another --db"
            ) from exc

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrations(self) -> list[dict[str, Any]]:
        """The applied migrations: id, name, applied_at."""
        return [dict(r) for r in self.conn.execute("SELECT id, name, applied_at FROM migrations ORDER BY id")]

    # ------------------------------------------------------------------ writing

    def add(self, article: Article) -> str:
        """Store one article in one transaction.

        Returns:
            ``"stored"``, ``"duplicate"`` (already stored with the same extractor
            versions: nothing changes) or ``"updated"`` (some facts came from an
            older extractor version and were replaced).
        """
        return write_article(self.conn, article)

    def reject(self, source: str, reason: str) -> None:
        """Record an input that could not become a document."""
        write_reject(self.conn, source, reason)

    def record(
        self, item: Article | Reject, summary: IngestSummary, *, keep_articles: bool = True
    ) -> tuple[str, str]:
        """Store one pipeline result and count it in ``summary``: the writer of every ingest.

        ``dateline.pipeline.ingest`` and ``dateline.cluster.ingest`` call it once per input.

        A Reject, or an Article the database refuses, is recorded in ``rejects`` and the run
        goes on. Returns the outcome (``"stored"``, ``"updated"``, ``"duplicate"`` or
        ``"rejected"``) and the input's source, for a progress display.
        """
        summary.read += 1
        if isinstance(item, Reject):
            return self._record_reject(summary, item.source, item.reason), item.source
        source = item.document.source
        try:
            outcome = self.add(item)
        except (sqlite3.Error, DatelineError, ValueError, TypeError) as exc:
            return self._record_reject(summary, source, f"could not store: {exc}"), source
        if outcome == STORED:
            summary.stored += 1
        elif outcome == UPDATED:
            summary.updated += 1
        elif outcome == DUPLICATE:
            summary.duplicates += 1
        if outcome != DUPLICATE and keep_articles:
            summary.articles.append(item)
        return outcome, source

    def _record_reject(self, summary: IngestSummary, source: str, reason: str) -> str:
        self.reject(source, reason)
        summary.rejected += 1
        summary.rejects.append((source, reason))
        return "rejected"

    # ------------------------------------------------------------------ reading

    def article(self, doc_id: str) -> Article:
        """The stored Article whose id is ``doc_id`` or starts with it."""
        return load_article(self.conn, resolve_doc_id(self.conn, doc_id))

    def articles(self) -> Iterator[Article]:
        """Every stored Article, oldest publication first."""
        ids = [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY published, id")]
        for doc_id in ids:
            yield load_article(self.conn, doc_id)

    def count(self, table: str) -> int:
        """Number of rows in one of the store's tables."""
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if table not in tables:
            raise StoreError(f"no table {table!r}; expected one of {', '.join(sorted(tables))}")
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
