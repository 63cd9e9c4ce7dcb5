"""Queries over a dateline database, shared by the CLI, ``Database`` and the web app.

Every function takes an open ``sqlite3.Connection`` and returns plain dicts
(JSON-ready: lists, not tuples), so a caller can print them as a table, dump
them as JSON or CSV, or render them as HTML without further conversion.

Text filters (``source``, ``speaker``, ``name``...) match case-insensitively
anywhere in the value; ``type``, ``status`` and ``country`` match exactly;
``doc`` accepts a prefix of a document id. ``since``/``until`` compare ISO
dates, using the event's own date when it is a calendar date and the article's
publication date otherwise; ``until`` is inclusive ("2024-01" includes all of
January).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .store.read import load_article, resolve_doc_id

# PLOVER types whose events carry material help: pledged money or goods
PLEDGE_TYPES = ("AID", "COOPERATE")
# a pledge that is denied or only imagined is not counted in the totals
NOT_COUNTED = ("negated", "hypothetical")
# a pledge's donor/recipient is the state if one is named, else the body, else the first name:
# "the Japanese Foreign Ministry" acts for Japan, and "a NATO fund for Ukraine" helps Ukraine
_SIDE_PREFERENCE = ("GPE", "ORG", "NORP", "LOC")


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _prefix(value: str) -> str:
    return _like(value)[1:]


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[sqlite3.Row]:
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row  # on the cursor: the caller's connection is left as it was
    return cursor.execute(sql, params).fetchall()


def _limit(sql: str, params: list[Any], limit: int | None) -> str:
    if limit is not None:
        params.append(int(limit))
        return sql + " LIMIT ?"
    return sql


# an event's own date when it is a calendar date, else the article's publication date
_WHEN = "CASE WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN e.date ELSE d.published END"


def _when_filters(where: list[str], params: list[Any], since: str | None, until: str | None) -> None:
    if since:
        where.append(f"({_WHEN}) >= ?")
        params.append(since)
    if until:
        # compare only as many characters as `until` has, so "2024-01" takes in 2024-01-31
        where.append(f"substr(({_WHEN}), 1, ?) <= ?")
        params.extend([len(until), until])


def _record(row: sqlite3.Row, columns: tuple[str, ...], **computed: Any) -> dict[str, Any]:
    """A result row as a dict: the named columns (``doc_id`` reported as ``doc``), then ``computed``."""
    out = {("doc" if c == "doc_id" else c): row[c] for c in columns}
    out.update(computed)
    return out


def _event_dict(row: sqlite3.Row) -> dict[str, Any]:
    items = json.loads(row["items"])
    return {
        "id": row["id"],
        "doc": row["doc_id"],
        "published": row["published"],
        "type": row["type"],
        "mode": row["mode"],
        "source": json.loads(row["source"]),
        "target": json.loads(row["target"]),
        "date": row["date"],
        "location": row["location"],
        "status": row["status"],
        "amount": (
            {
                "value": row["amount_value"],
                "currency": row["amount_currency"],
                "usd": row["amount_usd"],
                "bound": row["amount_bound"],
            }
            if row["amount_value"] is not None
            else None
        ),
        "items": [{"what": i["what"], "count": i["count"], "unit": i.get("unit")} for i in items],
        "channel": row["channel"],
        "trigger": row["trigger"],
        "evidence": row["evidence"],
        "start": row["start"],
        "end": row["end"],
        "confidence": row["confidence"],
        "extractor": row["extractor"],
    }


def events(
    conn: sqlite3.Connection,
    *,
    type: str | None = None,  # noqa: A002 - the CLI option and the record field are both "type"
    source: str | None = None,
    target: str | None = None,
    since: str | None = None,
    until: str | None = None,
    status: str | None = None,
    doc: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Events, newest article first, then in text order.

    Args:
        type: PLOVER type, e.g. ``"AID"`` (case-insensitive).
        source: matches any name in the event's source list.
        target: matches any name in the event's target list.
        since: earliest date (ISO), inclusive.
        until: latest date (ISO, any precision), inclusive.
        status: ``occurred``, ``planned``, ``pledged``...
        doc: document id or prefix.
        limit: at most this many rows.

    Example:
        >>> events(conn, type="AID", source="Japan")   # doctest: +SKIP
        [{'type': 'AID', 'source': ['Japan'], 'target': ['Ukraine'], ...}]
    """
    where, params = ["1"], []
    if type:
        where.append("e.type = ?")
        params.append(type.upper())
    if source:
        where.append("EXISTS (SELECT 1 FROM json_each(e.source) j WHERE j.value LIKE ? ESCAPE '\\')")
        params.append(_like(source))
    if target:
        where.append("EXISTS (SELECT 1 FROM json_each(e.target) j WHERE j.value LIKE ? ESCAPE '\\')")
        params.append(_like(target))
    if status:
        where.append("e.status = ?")
        params.append(status.lower())
    if doc:
        where.append("e.doc_id LIKE ? ESCAPE '\\'")
        params.append(_prefix(doc))
    _when_filters(where, params, since, until)
    sql = (
        "SELECT e.*, d.published FROM events e JOIN documents d ON d.id = e.doc_id "
        f"WHERE {' AND '.join(where)} ORDER BY d.published DESC, e.doc_id, e.start, e.id"
    )
    return [_event_dict(r) for r in _rows(conn, _limit(sql, params, limit), params)]


def quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    doc: str | None = None,
    contains: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Quotes, newest article first, then in text order.

    Args:
        speaker: matches the speaker's canonical name or, for unnamed speakers,
            the description ("officials").
        doc: document id or prefix.
        contains: text the quote must contain.
        limit: at most this many rows.
    """
    where, params = ["1"], []
    if speaker:
        where.append("(q.speaker LIKE ? ESCAPE '\\' OR q.speaker_desc LIKE ? ESCAPE '\\')")
        params.extend([_like(speaker)] * 2)
    if doc:
        where.append("q.doc_id LIKE ? ESCAPE '\\'")
        params.append(_prefix(doc))
    if contains:
        where.append("q.text LIKE ? ESCAPE '\\'")
        params.append(_like(contains))
    sql = (
        "SELECT q.*, d.published FROM quotes q JOIN documents d ON d.id = q.doc_id "
        f"WHERE {' AND '.join(where)} ORDER BY d.published DESC, q.doc_id, q.start, q.id"
    )
    columns = (
        "id",
        "doc_id",
        "published",
        "speaker",
        "speaker_desc",
        "cue",
        "cue_class",
        "channel",
        "direct",
    )
    return [
        _record(r, (*columns, "text", "start", "end", "extractor"), direct=bool(r["direct"]))
        for r in _rows(conn, _limit(sql, params, limit), params)
    ]


def entities(
    conn: sqlite3.Connection,
    *,
    name: str | None = None,
    type: str | None = None,  # noqa: A002
    country: str | None = None,
    doc: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Entities, one row per entity per article, with their number of mentions.

    Args:
        name: matches the canonical name or any alias.
        type: PERSON, ORG, GPE, LOC.
        country: ISO 3166-1 alpha-3 code.
        doc: document id or prefix.
        limit: at most this many rows.
    """
    where, params = ["1"], []
    if name:
        where.append("(en.name LIKE ? ESCAPE '\\' OR en.aliases LIKE ? ESCAPE '\\')")
        params.extend([_like(name)] * 2)
    if type:
        where.append("en.type = ?")
        params.append(type.upper())
    if country:
        where.append("en.country = ?")
        params.append(country.upper())
    if doc:
        where.append("en.doc_id LIKE ? ESCAPE '\\'")
        params.append(_prefix(doc))
    sql = (
        "SELECT en.*, (SELECT count(*) FROM mentions m WHERE m.entity_id = en.id) AS n_mentions "
        f"FROM entities en WHERE {' AND '.join(where)} ORDER BY en.name, en.doc_id, en.id"
    )
    columns = ("id", "doc_id", "name", "type", "country", "sector", "aliases", "start", "end", "extractor")
    return [
        _record(r, columns, aliases=json.loads(r["aliases"]), mentions=r["n_mentions"])
        for r in _rows(conn, _limit(sql, params, limit), params)
    ]


def dates(
    conn: sqlite3.Connection, *, doc: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Time expressions with their resolved TIMEX3 values, in text order.

    Args:
        doc: document id or prefix.
        limit: at most this many rows.
    """
    where, params = ["1"], []
    if doc:
        where.append("t.doc_id LIKE ? ESCAPE '\\'")
        params.append(_prefix(doc))
    sql = (
        "SELECT t.*, d.published FROM dates t JOIN documents d ON d.id = t.doc_id "
        f"WHERE {' AND '.join(where)} ORDER BY d.published DESC, t.doc_id, t.start, t.id"
    )
    columns = ("id", "doc_id", "published", "text", "value", "type", "mod", "start", "end", "extractor")
    return [_record(r, columns) for r in _rows(conn, _limit(sql, params, limit), params)]


def document(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    """One article with all its facts: the ``Article.to_json()`` record plus storage details.

    Args:
        doc_id: the document id or a unique prefix of it.

    Raises:
        StoreError: no document, or several, match ``doc_id``.
    """
    full = resolve_doc_id(conn, doc_id)
    record = load_article(conn, full).to_json()
    row = conn.execute("SELECT ingested_at FROM documents WHERE id = ?", (full,)).fetchone()
    record["ingested_at"] = row[0]
    record["extractors"] = {
        name: version
        for name, version in conn.execute(
            "SELECT name, version FROM document_extractors WHERE doc_id = ? ORDER BY name", (full,)
        )
    }
    return record


def documents(conn: sqlite3.Connection, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Stored documents (without bodies), newest first, with their fact counts."""
    params: list[Any] = []
    sql = (
        "SELECT d.id, d.source, d.published, d.title, d.outlet, d.url, d.ingested_at, "
        "(SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events, "
        "(SELECT count(*) FROM quotes q WHERE q.doc_id = d.id) AS quotes "
        "FROM documents d ORDER BY d.published DESC, d.id"
    )
    return [dict(r) for r in _rows(conn, _limit(sql, params, limit), params)]


def rejects(conn: sqlite3.Connection, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Inputs that could not be stored, most recent first."""
    params: list[Any] = []
    sql = "SELECT source, reason, at FROM rejects ORDER BY id DESC"
    return [dict(r) for r in _rows(conn, _limit(sql, params, limit), params)]


def _side(names: list[str | None], types: dict[str, str]) -> str | None:
    """The donor/recipient of a pledge: the first state named, else the first body, else the first name."""
    named = [n for n in names if n]
    for wanted in _SIDE_PREFERENCE:
        for n in named:
            if types.get(n) == wanted:
                return n
    return named[0] if named else None


def pledges(
    conn: sqlite3.Connection,
    *,
    donor: str | None = None,
    recipient: str | None = None,
    since: str | None = None,
    doc: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Pledges of material help: AID and COOPERATE events that carry an amount or items.

    ``donor``/``recipient`` are the first state (GPE) among the event's
    source/target names, else the first organisation, else the first name:
    a minister's or ministry's pledge is her country's.

    Args:
        donor: matches any source name.
        recipient: matches any target name.
        since: earliest date (ISO), inclusive.
        doc: document id or prefix.
        limit: at most this many rows.
    """
    where = [
        f"e.type IN ({', '.join('?' * len(PLEDGE_TYPES))})",
        "(e.amount_value IS NOT NULL OR e.items != '[]')",
    ]
    params: list[Any] = list(PLEDGE_TYPES)
    if donor:
        where.append("EXISTS (SELECT 1 FROM json_each(e.source) j WHERE j.value LIKE ? ESCAPE '\\')")
        params.append(_like(donor))
    if recipient:
        where.append("EXISTS (SELECT 1 FROM json_each(e.target) j WHERE j.value LIKE ? ESCAPE '\\')")
        params.append(_like(recipient))
    if doc:
        where.append("e.doc_id LIKE ? ESCAPE '\\'")
        params.append(_prefix(doc))
    _when_filters(where, params, since, None)
    sql = (
        "SELECT e.*, d.published FROM events e JOIN documents d ON d.id = e.doc_id "
        f"WHERE {' AND '.join(where)} ORDER BY d.published DESC, e.doc_id, e.start, e.id"
    )
    rows = _rows(conn, _limit(sql, params, limit), params)
    doc_ids = sorted({r["doc_id"] for r in rows})
    types: dict[str, dict[str, str]] = {}
    for i in range(0, len(doc_ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = doc_ids[i : i + 500]
        for d, n, t in conn.execute(
            f"SELECT doc_id, name, type FROM entities WHERE doc_id IN ({', '.join('?' * len(chunk))})", chunk
        ):
            types.setdefault(d, {})[n] = t
    out = []
    for r in rows:
        ev = _event_dict(r)
        doc_types = types.get(r["doc_id"], {})
        amount = ev["amount"] or {}
        out.append(
            {
                "id": ev["id"],
                "doc": ev["doc"],
                "published": ev["published"],
                "date": ev["date"],
                "type": ev["type"],
                "donor": _side(ev["source"], doc_types),
                "recipient": _side(ev["target"], doc_types),
                "source": ev["source"],
                "target": ev["target"],
                "channel": ev["channel"],
                "amount": amount.get("value"),
                "currency": amount.get("currency"),
                "usd": amount.get("usd"),
                "bound": amount.get("bound"),
                "items": ev["items"],
                "status": ev["status"],
                "evidence": ev["evidence"],
                # the evidence's offsets, so a pledge links to its place in the article
                "start": ev["start"],
                "end": ev["end"],
            }
        )
    return out


def pledge_totals(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Pledged money in USD by donor, largest first.

    Negated and hypothetical pledges are left out. The same pledge restated in
    several articles (same donor, recipient, value and currency) is counted
    once. Amounts without a USD conversion are counted in ``unconverted``.
    """
    seen: set[tuple] = set()
    totals: dict[str, dict[str, Any]] = {}
    for p in pledges(conn):
        if p["amount"] is None or p["status"] in NOT_COUNTED:
            continue
        key = (p["donor"], p["recipient"], round(p["amount"], 2), p["currency"])
        if key in seen:
            continue
        seen.add(key)
        t = totals.setdefault(p["donor"] or "(unnamed)", {"usd": 0.0, "pledges": 0, "unconverted": 0})
        t["pledges"] += 1
        usd = p["usd"] if p["usd"] is not None else (p["amount"] if p["currency"] == "USD" else None)
        if usd is None:
            t["unconverted"] += 1
        else:
            t["usd"] += usd
    return [
        {"donor": donor, **t} for donor, t in sorted(totals.items(), key=lambda kv: (-kv[1]["usd"], kv[0]))
    ]
