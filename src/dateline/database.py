"""The handle ``dateline.open()`` returns: a Store with ingest and the shared queries attached.

    db = dateline.open("dateline.db")               # a Database (a Store)
    summary = db.ingest(["articles/"], date="2024-01-08")
    db.events(type="AID", source="Japan")           # and quotes, entities, dates, pledges...

It lives in the API layer, above the stages it joins, so that the store itself needs
neither the pipeline (and spaCy) nor the queries: ``dateline.store`` writes and reads
articles, ``dateline.query`` filters the tables, ``dateline.pipeline`` reads and
extracts, and this class only forwards to them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from . import query
from .store import IngestSummary, Progress, Store

__all__ = ["Database"]


class Database(Store):
    """A dateline database with ingest and queries: what ``dateline.open()`` returns.

    Args:
        path: the SQLite file (created if missing), or ``":memory:"``.

    Raises:
        StoreError: the file is not a SQLite database or cannot be migrated.

    Example:
        >>> db = Database(":memory:")
        >>> db.events(type="AID")
        []
    """

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
        """Read, extract and store articles; see ``dateline.pipeline.ingest`` for the arguments."""
        # late import: opening a database must not load spaCy and the extractors
        from .pipeline import ingest

        return ingest(
            self,
            paths,
            date=date,
            fields=fields,
            batch_size=batch_size,
            progress=progress,
            event_extractor=event_extractor,
        )

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
