"""The database schema as an ordered list of migrations.

Each migration is ``(name, sql)``; its position in ``MIGRATIONS`` (1-based) is
its id. Applied migrations are recorded in the ``migrations`` table
(id, name, applied_at), so opening an older database applies only the missing
ones. Never edit a released migration: append a new one.

Columns named ``end`` are quoted because END is an SQL keyword.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from ..errors import StoreError

_INITIAL = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,            -- content hash (dateline.clean.document_id)
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    published TEXT,
    author TEXT,
    outlet TEXT,
    format TEXT,
    body TEXT NOT NULL,
    segments TEXT NOT NULL DEFAULT '[]',   -- JSON list of Segment
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);

-- which version of each extractor produced the stored facts of a document;
-- kept apart from the facts because an extractor may find nothing.
CREATE TABLE document_extractors (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    version TEXT NOT NULL,
    PRIMARY KEY (doc_id, name)
);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    extractor TEXT NOT NULL
);
CREATE INDEX entities_doc ON entities(doc_id);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_type ON entities(type);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE dates (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    value TEXT,
    type TEXT NOT NULL,
    mod TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    extractor TEXT NOT NULL
);
CREATE INDEX dates_doc ON dates(doc_id);
CREATE INDEX dates_value ON dates(value);

CREATE TABLE amounts (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    value REAL NOT NULL,
    currency TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    bound TEXT,
    high REAL,
    usd REAL,
    usd_rate REAL,
    rate_date TEXT,
    rate_source TEXT,
    extractor TEXT NOT NULL
);
CREATE INDEX amounts_doc ON amounts(doc_id);

CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    what TEXT NOT NULL,
    count,                          -- no affinity: keeps 5 an int and 2.5 a float
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    unit TEXT,
    approx INTEGER NOT NULL DEFAULT 0,
    extractor TEXT NOT NULL
);
CREATE INDEX items_doc ON items(doc_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    speaker TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_desc TEXT,
    cue TEXT,
    cue_class TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    channel TEXT,
    parts TEXT NOT NULL DEFAULT '[]',
    extractor TEXT NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    mode TEXT,
    source TEXT NOT NULL DEFAULT '[]',   -- JSON list, most specific first
    source_first TEXT,                   -- source[0], indexed for filtering
    target TEXT NOT NULL DEFAULT '[]',
    target_first TEXT,
    date TEXT,
    location TEXT,
    status TEXT NOT NULL,
    amount_value REAL,
    amount_currency TEXT,
    amount_usd REAL,
    amount_bound TEXT,
    amount TEXT,                         -- the full Amount as JSON (offsets, rate), or NULL
    items TEXT NOT NULL DEFAULT '[]',
    evidence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    spans TEXT NOT NULL DEFAULT '[]',
    channel TEXT,
    trigger TEXT,
    confidence REAL NOT NULL,
    extractor TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_source ON events(source_first);
CREATE INDEX events_target ON events(target_first);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_status ON events(status);

CREATE TABLE rejects (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX rejects_source ON rejects(source);
"""

#: Ordered migrations; append only.
MIGRATIONS: list[tuple[str, str]] = [
    ("initial schema", _INITIAL),
]


def now() -> str:
    """The current UTC time as ISO 8601 with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def applied(conn: sqlite3.Connection) -> list[int]:
    """Ids of the migrations already applied to ``conn``."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    return [row[0] for row in conn.execute("SELECT id FROM migrations ORDER BY id")]


def migrate(conn: sqlite3.Connection, migrations: list[tuple[str, str]] | None = None) -> list[str]:
    """Apply the missing migrations in order, each in its own transaction.

    Args:
        conn: an open connection (autocommit mode, ``isolation_level=None``).
        migrations: the list to apply; ``MIGRATIONS`` by default (tests pass others).

    Returns:
        The names of the migrations applied now (empty when the database is current).

    Raises:
        StoreError: the database was made by a newer dateline, or a migration fails.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    done = set(applied(conn))
    if done and max(done) > len(migrations):
        raise StoreError(
            f"database has migration {max(done)} but this dateline knows only {len(migrations)}; "
            "upgrade dateline or use another --db"
        )
    names = []
    for number, (name, sql) in enumerate(migrations, start=1):
        if number in done:
            continue
        try:
            conn.execute("BEGIN")
            # executescript would COMMIT the open transaction first; run statements one by one
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)", (number, name, now())
            )
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"migration {number} ({name}) failed: {exc}") from exc
        names.append(name)
    return names


def _statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (comments and ``;`` inside them handled by sqlite)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return [s for s in out if s.strip(" ;\n")]
