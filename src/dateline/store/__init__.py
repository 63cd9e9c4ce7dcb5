"""Stage 6: the SQLite store (WAL mode, foreign keys, migrations recorded in a table).

    store = dateline.open("dateline.db")        # == Store("dateline.db")
    summary = store.ingest(["articles/"], date="2024-01-08")
    store.add(article)                          # "stored" | "duplicate" | "updated"
    store.events(type="AID", source="Japan")    # and quotes, entities, dates, pledges...

Documents are keyed by their content hash, so re-running an ingest is safe: a
document already stored with the same extractor versions is skipped, and one
whose facts came from an older extractor version gets that extractor's facts
replaced. Each document is written in its own transaction, so an interrupted
ingest keeps everything stored before the interruption.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import query
from ..errors import DatelineError, StoreError
from ..records import Article, Reject
from .read import load_article, resolve_doc_id
from .schema import MIGRATIONS, migrate
from .write import DUPLICATE, STORED, UPDATED, write_article, write_reject

__all__ = ["IngestSummary", "Store", "MIGRATIONS"]


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
    """A dateline database.

    Args:
        path: the SQLite file (created if missing), or ``":memory:"``.

    Raises:
        StoreError: the file is not a SQLite database or cannot be migrated.

    Example:
        >>> store = Store(":memory:")
        >>> store.events(type="AID")
        []
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

    def __enter__(self) -> Store:
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

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        date: str | None = None,
        fields: dict[str, str] | None = None,
        batch_size: int = 16,
        progress: Progress | None = None,
        event_extractor: Callable[..., list] | None = None,
    ) -> IngestSummary:
        """Read, extract and store articles from files and folders.

        A bad input, or a document whose extraction crashes, is recorded in the
        ``rejects`` table with its reason and the batch goes on.

        Args:
            paths: files, folders (walked recursively) or ``"-"`` for stdin.
            date: publication date for inputs that carry none (plain ``.txt``).
            fields: JSON Lines field names, e.g. ``{"text": "body"}``.
            batch_size: documents parsed together by spaCy.
            progress: called with ``(outcome, source)`` after each input.
            event_extractor: replaces the rule-based event coder (see ``pipeline.analyse``).

        Returns:
            The counts and rejects of this run.
        """
        summary = IngestSummary()
        options = {
            "date": date,
            "fields": fields,
            "batch_size": batch_size,
            "event_extractor": event_extractor,
        }
        for item in self._stream(paths, **options):
            outcome, source = self.record(item, summary)
            if progress is not None:
                progress(outcome, source)
        return summary

    def record(
        self, item: Article | Reject, summary: IngestSummary, *, keep_articles: bool = True
    ) -> tuple[str, str]:
        """Store one pipeline result and count it in ``summary``: the writer of every ingest.

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

    @staticmethod
    def _stream(paths: Iterable[str | Path], **options: Any) -> Iterator[Article | Reject]:
        """``pipeline.process`` over each path in turn.

        Each top-level path gets its own pipeline run so that an unexpected
        crash inside one (a bug in an extractor on some odd article) becomes a
        Reject of that path and the remaining paths are still processed.
        """
        from .. import pipeline  # late import: the store must not need spaCy to open

        for path in paths:
            try:
                yield from pipeline.process([path], **options)
            except DatelineError as exc:
                yield Reject(str(path), str(exc))
            except Exception as exc:  # noqa: BLE001 - one bad input must not end the batch
                yield Reject(str(path), f"extraction failed: {type(exc).__name__}: {exc}")

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

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events; see ``dateline.query.events`` for the filters."""
        return query.events(self.conn, **filters)

    def quotes(self, **filters: Any) -> list[dict[str, Any]]:
        """Quotes; see ``dateline.query.quotes``."""
        return query.quotes(self.conn, **filters)

    def entities(self, **filters: Any) -> list[dict[str, Any]]:
        """Entities; see ``dateline.query.entities``."""
        return query.entities(self.conn, **filters)

    def dates(self, **filters: Any) -> list[dict[str, Any]]:
        """Time expressions; see ``dateline.query.dates``."""
        return query.dates(self.conn, **filters)

    def document(self, doc_id: str) -> dict[str, Any]:
        """One article with its facts; see ``dateline.query.document``."""
        return query.document(self.conn, doc_id)

    def documents(self, **filters: Any) -> list[dict[str, Any]]:
        """Stored documents without bodies; see ``dateline.query.documents``."""
        return query.documents(self.conn, **filters)

    def rejects(self, **filters: Any) -> list[dict[str, Any]]:
        """Recorded rejects; see ``dateline.query.rejects``."""
        return query.rejects(self.conn, **filters)

    def pledges(self, **filters: Any) -> list[dict[str, Any]]:
        """Pledges of money or goods; see ``dateline.query.pledges``."""
        return query.pledges(self.conn, **filters)

    def pledge_totals(self) -> list[dict[str, Any]]:
        """Pledged USD by donor; see ``dateline.query.pledge_totals``."""
        return query.pledge_totals(self.conn)
