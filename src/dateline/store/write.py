"""Writing an Article: one transaction per document, facts replaced per extractor."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from typing import Any

from ..extract import EXTRACTORS
from ..records import Article
from .schema import now

STORED = "stored"
DUPLICATE = "duplicate"
UPDATED = "updated"

# fact tables and the Article attribute each is filled from
FACT_TABLES = ("entities", "dates", "amounts", "items", "quotes", "events")


def split_extractor(extractor: str) -> tuple[str, str]:
    """``"dateline.quotes.v2"`` -> ``("dateline.quotes", "v2")``."""
    name, _, version = extractor.rpartition(".")
    return (name, version) if name else (extractor, "")


def _version_number(version: str) -> int | None:
    return int(version[1:]) if version[:1] == "v" and version[1:].isdigit() else None


def is_older(stored: str, current: str) -> bool:
    """True when ``stored`` is an older version than ``current`` (``v2`` < ``v10``)."""
    a, b = _version_number(stored), _version_number(current)
    if a is not None and b is not None:
        return a < b
    return stored != current  # unknown scheme: any change counts as newer


def article_versions(article: Article) -> dict[str, str]:
    """The extractor versions an article was made with.

    The registry ``EXTRACTORS`` gives the versions of this run; the extractor
    ids on the facts themselves win, so an Article built elsewhere (or by an
    extractor not in the registry) is recorded truthfully.
    """
    versions = dict(EXTRACTORS)
    for table in FACT_TABLES:
        for fact in getattr(article, table):
            name, version = split_extractor(fact.extractor)
            versions[name] = version
    return versions


def write_article(conn: sqlite3.Connection, article: Article) -> str:
    """Store one article in its own transaction.

    Returns:
        ``"stored"`` for a new document; ``"duplicate"`` when it is already
        stored with the same (or newer) extractor versions, in which case
        nothing changes; ``"updated"`` when some stored facts came from an older
        extractor version: only that extractor's facts are replaced.
    """
    doc = article.document
    versions = article_versions(article)
    conn.execute("BEGIN IMMEDIATE")
    try:
        exists = conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if not exists:
            conn.execute(
                "INSERT INTO documents (id, source, url, title, published, author, outlet, format, body, segments, "
                "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id,
                    doc.source,
                    doc.url,
                    doc.title,
                    doc.published,
                    doc.author,
                    doc.outlet,
                    doc.format,
                    doc.body,
                    json.dumps([asdict(s) for s in doc.segments]),
                    now(),
                ),
            )
            stale = set(versions)
            outcome = STORED
        else:
            stored = dict(
                conn.execute(
                    "SELECT name, version FROM document_extractors WHERE doc_id = ?", (doc.id,)
                ).fetchall()
            )
            stale = {name for name, v in versions.items() if name not in stored or is_older(stored[name], v)}
            outcome = UPDATED if stale else DUPLICATE
            for name in stale:
                _delete_facts(conn, doc.id, name)
        for name in stale:
            conn.execute(
                "INSERT OR REPLACE INTO document_extractors (doc_id, name, version) VALUES (?, ?, ?)",
                (doc.id, name, versions[name]),
            )
        if stale:
            _insert_facts(conn, article, stale)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return outcome


def _delete_facts(conn: sqlite3.Connection, doc_id: str, name: str) -> None:
    pattern = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%"
    for table in FACT_TABLES:
        # mentions go with their entity (ON DELETE CASCADE)
        conn.execute(
            f"DELETE FROM {table} WHERE doc_id = ? AND extractor LIKE ? ESCAPE '\\'", (doc_id, pattern)
        )


def _insert_facts(conn: sqlite3.Connection, article: Article, names: set[str]) -> None:
    doc_id = article.document.id

    def wanted(fact: Any) -> bool:
        return split_extractor(fact.extractor)[0] in names

    for e in filter(wanted, article.entities):
        cur = conn.execute(
            'INSERT INTO entities (doc_id, name, type, country, sector, aliases, start, "end", extractor) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc_id,
                e.name,
                e.type,
                e.country,
                e.sector,
                json.dumps(list(e.aliases)),
                e.start,
                e.end,
                e.extractor,
            ),
        )
        conn.executemany(
            'INSERT INTO mentions (entity_id, text, start, "end") VALUES (?, ?, ?, ?)',
            [(cur.lastrowid, m.text, m.start, m.end) for m in e.mentions],
        )
    conn.executemany(
        'INSERT INTO dates (doc_id, text, value, type, mod, start, "end", extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [
            (doc_id, d.text, d.value, d.type, d.mod, d.start, d.end, d.extractor)
            for d in filter(wanted, article.dates)
        ],
    )
    conn.executemany(
        'INSERT INTO amounts (doc_id, value, currency, text, start, "end", bound, high, usd, usd_rate, rate_date, '
        "rate_source, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                doc_id,
                a.value,
                a.currency,
                a.text,
                a.start,
                a.end,
                a.bound,
                a.high,
                a.usd,
                a.usd_rate,
                a.rate_date,
            )
            + (a.rate_source, a.extractor)
            for a in filter(wanted, article.amounts)
        ],
    )
    conn.executemany(
        'INSERT INTO items (doc_id, what, count, text, start, "end", unit, approx, extractor) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (doc_id, i.what, i.count, i.text, i.start, i.end, i.unit, int(i.approx), i.extractor)
            for i in filter(wanted, article.items)
        ],
    )
    conn.executemany(
        'INSERT INTO quotes (doc_id, text, start, "end", direct, speaker, speaker_start, speaker_end, speaker_desc, '
        "cue, cue_class, cue_start, cue_end, channel, parts, extractor) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (doc_id, q.text, q.start, q.end, int(q.direct), q.speaker, q.speaker_start, q.speaker_end)
            + (q.speaker_desc, q.cue, q.cue_class, q.cue_start, q.cue_end, q.channel)
            + (json.dumps([list(p) for p in q.parts]), q.extractor)
            for q in filter(wanted, article.quotes)
        ],
    )
    conn.executemany(
        "INSERT INTO events (doc_id, type, mode, source, source_first, target, target_first, date, location, status, "
        'amount_value, amount_currency, amount_usd, amount_bound, amount, items, evidence, start, "end", spans, '
        "channel, trigger, confidence, extractor) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_event_row(doc_id, ev) for ev in filter(wanted, article.events)],
    )


def _event_row(doc_id: str, ev: Any) -> tuple:
    amount = ev.amount
    return (
        doc_id,
        ev.type,
        ev.mode,
        json.dumps(list(ev.source)),
        ev.source[0] if ev.source else None,
        json.dumps(list(ev.target)),
        ev.target[0] if ev.target else None,
        ev.date,
        ev.location,
        ev.status,
        amount.value if amount else None,
        amount.currency if amount else None,
        amount.usd if amount else None,
        amount.bound if amount else None,
        json.dumps(asdict(amount)) if amount else None,
        json.dumps([asdict(i) for i in ev.items]),
        ev.evidence,
        ev.start,
        ev.end,
        json.dumps([list(s) for s in ev.spans]),
        ev.channel,
        ev.trigger,
        ev.confidence,
        ev.extractor,
    )


def write_reject(conn: sqlite3.Connection, source: str, reason: str) -> None:
    """Record an input that could not become a document."""
    with conn:
        conn.execute("INSERT INTO rejects (source, reason, at) VALUES (?, ?, ?)", (source, reason, now()))
