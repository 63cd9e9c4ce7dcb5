"""Reading an Article back from the database (the inverse of ``write.write_article``)."""

from __future__ import annotations

import json
import sqlite3

from ..errors import StoreError
from ..records import Amount, Article, DateRef, Document, Entity, Event, Item, Mention, Quote, Segment


def resolve_doc_id(conn: sqlite3.Connection, prefix: str) -> str:
    """The full id of the one document whose id starts with ``prefix``.

    Raises:
        StoreError: no document, or several, match the prefix.
    """
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    ids = [
        r[0] for r in conn.execute("SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' LIMIT 6", (pattern,))
    ]
    if not ids:
        raise StoreError(f"no document with id {prefix!r}; list ids with `dateline events --format table`")
    if len(ids) > 1 and prefix not in ids:
        shown = ", ".join(ids[:5])
        raise StoreError(f"document id prefix {prefix!r} is ambiguous ({shown}...); give more characters")
    return prefix if prefix in ids else ids[0]


class _RowConnection:
    """A view of a connection whose ``execute`` returns ``sqlite3.Row`` rows, leaving the connection as it was."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        cursor = self._conn.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params)


def load_article(conn: sqlite3.Connection, doc_id: str) -> Article:
    """Rebuild the Article stored under ``doc_id`` (exact id), facts in stored order.

    Raises:
        StoreError: no such document.
    """
    db = _RowConnection(conn)
    row = db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise StoreError(f"no document with id {doc_id!r}")
    document = Document(
        id=row["id"],
        source=row["source"],
        body=row["body"],
        published=row["published"],
        title=row["title"],
        author=row["author"],
        outlet=row["outlet"],
        url=row["url"],
        format=row["format"],
        segments=tuple(Segment(**s) for s in json.loads(row["segments"])),
    )

    def rows(table: str) -> list[sqlite3.Row]:
        return db.execute(f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY id", (doc_id,)).fetchall()

    entities = []
    for e in rows("entities"):
        mentions = db.execute(
            'SELECT text, start, "end" FROM mentions WHERE entity_id = ? ORDER BY id', (e["id"],)
        ).fetchall()
        entities.append(
            Entity(
                name=e["name"],
                type=e["type"],
                start=e["start"],
                end=e["end"],
                country=e["country"],
                sector=e["sector"],
                aliases=tuple(json.loads(e["aliases"])),
                mentions=tuple(Mention(m["text"], m["start"], m["end"]) for m in mentions),
                extractor=e["extractor"],
            )
        )
    dates = [
        DateRef(
            text=d["text"],
            value=d["value"],
            type=d["type"],
            start=d["start"],
            end=d["end"],
            mod=d["mod"],
            extractor=d["extractor"],
        )
        for d in rows("dates")
    ]
    amounts = [
        Amount(
            **{
                k: a[k]
                for k in ("value", "currency", "text", "start", "end", "bound", "high", "usd", "usd_rate")
            },
            rate_date=a["rate_date"],
            rate_source=a["rate_source"],
            extractor=a["extractor"],
        )
        for a in rows("amounts")
    ]
    items = [
        Item(
            what=i["what"],
            count=i["count"],
            text=i["text"],
            start=i["start"],
            end=i["end"],
            unit=i["unit"],
            approx=bool(i["approx"]),
            extractor=i["extractor"],
        )
        for i in rows("items")
    ]
    quotes = [
        Quote(
            **{
                k: q[k]
                for k in (
                    "text",
                    "start",
                    "end",
                    "speaker",
                    "speaker_start",
                    "speaker_end",
                    "speaker_desc",
                    "cue",
                    "cue_class",
                    "cue_start",
                    "cue_end",
                    "channel",
                    "extractor",
                )
            },
            direct=bool(q["direct"]),
            parts=tuple(tuple(p) for p in json.loads(q["parts"])),
        )
        for q in rows("quotes")
    ]
    events = [event_from_row(ev) for ev in rows("events")]
    return Article(
        document=document,
        entities=tuple(entities),
        dates=tuple(dates),
        amounts=tuple(amounts),
        items=tuple(items),
        quotes=tuple(quotes),
        events=tuple(events),
    )


def event_from_row(ev: sqlite3.Row) -> Event:
    """An Event from a row of the ``events`` table."""
    amount = json.loads(ev["amount"]) if ev["amount"] else None
    return Event(
        type=ev["type"],
        source=tuple(json.loads(ev["source"])),
        target=tuple(json.loads(ev["target"])),
        status=ev["status"],
        evidence=ev["evidence"],
        start=ev["start"],
        end=ev["end"],
        mode=ev["mode"],
        date=ev["date"],
        location=ev["location"],
        amount=Amount(**amount) if amount else None,
        items=tuple(Item(**i) for i in json.loads(ev["items"])),
        channel=ev["channel"],
        trigger=ev["trigger"],
        confidence=ev["confidence"],
        spans=tuple(tuple(s) for s in json.loads(ev["spans"])),
        extractor=ev["extractor"],
    )
