"""The SQLite store: schema and migrations, idempotent writes, per-extractor updates, the ingest writer."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from articles import BODY, bumped, sample_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dateline
from dateline.errors import StoreError
from dateline.records import (
    Amount,
    Article,
    DateRef,
    Document,
    Entity,
    Event,
    Item,
    Mention,
    Quote,
    Reject,
    Segment,
)
from dateline.store import IngestSummary, Store
from dateline.store.schema import MIGRATIONS, migrate


@pytest.fixture
def store(tmp_path):
    s = dateline.open(tmp_path / "t.db")
    yield s
    s.close()


# --------------------------------------------------------------------------- schema


def test_open_creates_wal_database_with_foreign_keys(tmp_path):
    s = Store(tmp_path / "new.db")
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {
        "documents",
        "entities",
        "mentions",
        "dates",
        "amounts",
        "quotes",
        "events",
        "rejects",
        "migrations",
    } <= tables
    assert [m["name"] for m in s.migrations()] == [name for name, _ in MIGRATIONS]


def test_reopening_applies_only_missing_migrations(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, MIGRATIONS[:1]) == ["initial schema"]
    extra = [*MIGRATIONS, ("add notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")]
    # the first migration is already recorded, so only the new one runs
    assert migrate(conn, extra) == ["add notes"]
    assert migrate(conn, extra) == []
    ids = [r[0] for r in conn.execute("SELECT id FROM migrations ORDER BY id")]
    assert ids == list(range(1, len(extra) + 1))
    conn.close()


def test_database_from_a_newer_dateline_is_refused(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, [*MIGRATIONS, ("future", "CREATE TABLE future (x)")])
    conn.close()
    with pytest.raises(StoreError, match="upgrade dateline"):
        Store(path)


def test_a_file_that_is_not_sqlite_gives_store_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("this is not a database " * 100)
    with pytest.raises(StoreError, match="notes.db"):
        Store(bad)


def test_filtered_columns_are_indexed(store):
    indexed = {
        (r["tbl_name"], r["name"])
        for r in store.conn.execute("SELECT tbl_name, name FROM sqlite_master WHERE type='index'")
    }
    for table, index in [
        ("events", "events_type"),
        ("events", "events_source"),
        ("quotes", "quotes_speaker"),
    ]:
        assert (table, index) in indexed


# --------------------------------------------------------------------------- add


def test_add_twice_keeps_one_document(store):
    art = sample_article()
    assert store.add(art) == "stored"
    assert store.add(art) == "duplicate"
    assert store.count("documents") == 1
    assert store.count("events") == 3
    assert store.count("mentions") == 5


def test_add_round_trips_the_sample_article(store):
    art = sample_article()
    store.add(art)
    assert store.article(art.document.id) == art


def test_newer_extractor_replaces_only_its_own_facts(store):
    art = sample_article()
    store.add(art)
    quote_ids = [r[0] for r in store.conn.execute("SELECT id FROM quotes")]
    newer = bumped(art, "dateline.events", "v2")
    # the v2 events extractor finds one event fewer
    newer = replace(newer, events=newer.events[:2])
    assert store.add(newer) == "updated"
    assert [r[0] for r in store.conn.execute("SELECT extractor FROM events")] == ["dateline.events.v2"] * 2
    # quotes were not touched: same rows, same ids
    assert [r[0] for r in store.conn.execute("SELECT id FROM quotes")] == quote_ids
    assert store.document(art.document.id)["extractors"]["dateline.events"] == "v2"
    # running v2 again changes nothing, and neither does the older v1
    assert store.add(newer) == "duplicate"
    assert store.add(art) == "duplicate"
    assert store.count("events") == 2


def test_version_ten_is_newer_than_version_two(store):
    art = bumped(sample_article(), "dateline.dates", "v2")
    store.add(art)
    assert store.add(bumped(art, "dateline.dates", "v10")) == "updated"


def test_failed_write_leaves_nothing_behind(store, monkeypatch):
    art = sample_article()
    bad_event = replace(art.events[0], evidence=None)  # NOT NULL column: the insert fails mid-document
    with pytest.raises(sqlite3.IntegrityError):
        store.add(replace(art, events=(bad_event,)))
    assert store.count("documents") == 0
    assert store.count("entities") == 0


def test_document_prefix_must_be_unique(store):
    a = sample_article()
    store.add(a)
    assert store.article(a.document.id[:4]).document.id == a.document.id
    with pytest.raises(StoreError, match="no document"):
        store.article("zzzz")


def test_deleting_a_document_cascades_to_its_facts(store):
    a = sample_article()
    store.add(a)
    store.conn.execute("DELETE FROM documents")
    for table in (
        "entities",
        "mentions",
        "dates",
        "amounts",
        "items",
        "quotes",
        "events",
        "document_extractors",
    ):
        assert store.count(table) == 0, table


# --------------------------------------------------------------------------- round trip (Hypothesis)

EXTRACTOR = {
    kind: st.sampled_from([f"dateline.{kind}.v1", f"dateline.{kind}.v3"])
    for kind in ("entities", "dates", "amounts", "quotes", "events")
}
text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
opt_text = st.none() | text
pos = st.integers(min_value=0, max_value=10_000)
real = st.floats(allow_nan=False, allow_infinity=False, width=64)
pairs = st.tuples(pos, pos).map(tuple)

amounts = st.builds(
    Amount,
    value=real,
    currency=st.sampled_from(["USD", "EUR", "JPY"]),
    text=text,
    start=pos,
    end=pos,
    bound=st.sampled_from([None, "at least", "up to", "about"]),
    high=st.none() | real,
    usd=st.none() | real,
    usd_rate=st.none() | real,
    rate_date=opt_text,
    rate_source=opt_text,
    extractor=EXTRACTOR["amounts"],
)
items = st.builds(
    Item,
    what=text,
    count=st.none() | st.integers(-(2**53), 2**53) | real,
    text=text,
    start=pos,
    end=pos,
    unit=opt_text,
    approx=st.booleans(),
    extractor=EXTRACTOR["amounts"],
)
entities = st.builds(
    Entity,
    name=text,
    type=st.sampled_from(["PERSON", "ORG", "GPE", "LOC"]),
    start=pos,
    end=pos,
    country=opt_text,
    sector=opt_text,
    aliases=st.lists(text, max_size=3).map(tuple),
    mentions=st.lists(st.builds(Mention, text=text, start=pos, end=pos), max_size=3).map(tuple),
    extractor=EXTRACTOR["entities"],
)
dates = st.builds(
    DateRef,
    text=text,
    value=opt_text,
    type=text,
    start=pos,
    end=pos,
    mod=opt_text,
    extractor=EXTRACTOR["dates"],
)
quotes = st.builds(
    Quote,
    text=text,
    start=pos,
    end=pos,
    direct=st.booleans(),
    speaker=opt_text,
    speaker_start=st.none() | pos,
    speaker_end=st.none() | pos,
    speaker_desc=opt_text,
    cue=opt_text,
    cue_class=opt_text,
    cue_start=st.none() | pos,
    cue_end=st.none() | pos,
    channel=opt_text,
    parts=st.lists(pairs, max_size=3).map(tuple),
    extractor=EXTRACTOR["quotes"],
)
events = st.builds(
    Event,
    type=st.sampled_from(["AID", "COOPERATE", "ASSAULT", "CONSULT"]),
    source=st.lists(text, max_size=3).map(tuple),
    target=st.lists(text, max_size=3).map(tuple),
    status=st.sampled_from(["occurred", "planned", "pledged", "negated"]),
    evidence=text,
    start=pos,
    end=pos,
    mode=opt_text,
    date=opt_text,
    location=opt_text,
    amount=st.none() | amounts,
    items=st.lists(items, max_size=2).map(tuple),
    channel=opt_text,
    trigger=opt_text,
    confidence=real,
    spans=st.lists(pairs, max_size=3).map(tuple),
    extractor=EXTRACTOR["events"],
)
segments = st.builds(Segment, kind=text, text=text, start=pos, end=pos, title=opt_text, time=opt_text)
documents = st.builds(
    Document,
    id=st.text(alphabet="0123456789abcdef", min_size=16, max_size=16),
    source=text,
    body=text,
    published=opt_text,
    title=opt_text,
    author=opt_text,
    outlet=opt_text,
    url=opt_text,
    format=st.sampled_from(["seed", "txt", "jsonl", "html"]),
    segments=st.lists(segments, max_size=2).map(tuple),
)
articles = st.builds(
    Article,
    document=documents,
    entities=st.lists(entities, max_size=3).map(tuple),
    dates=st.lists(dates, max_size=3).map(tuple),
    amounts=st.lists(amounts, max_size=3).map(tuple),
    items=st.lists(items, max_size=3).map(tuple),
    quotes=st.lists(quotes, max_size=3).map(tuple),
    events=st.lists(events, max_size=3).map(tuple),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles)
def test_any_article_round_trips(article):
    with Store(":memory:") as s:
        assert s.add(article) == "stored"
        assert s.article(article.document.id) == article
        assert s.add(article) == "duplicate"
        assert s.count("documents") == 1


# --------------------------------------------------------------------------- the writer of every ingest


def test_record_counts_each_outcome_and_keeps_rejects(store):
    a = sample_article()
    b = sample_article(BODY + " More text.", source="b.txt")
    summary = IngestSummary()
    outcomes = [
        store.record(a, summary),
        store.record(b, summary),
        store.record(a, summary),
        store.record(Reject("bad.txt", "file is empty"), summary),
    ]
    assert outcomes == [
        ("stored", "kyiv.txt"),
        ("stored", "b.txt"),
        ("duplicate", "kyiv.txt"),
        ("rejected", "bad.txt"),
    ]
    assert (summary.read, summary.stored, summary.duplicates, summary.updated, summary.rejected) == (
        4,
        2,
        1,
        0,
        1,
    )
    assert summary.rejects == [("bad.txt", "file is empty")]
    assert summary.articles == [a, b]  # the duplicate is not reported again
    assert not summary.ok
    assert store.count("documents") == 2
    assert [tuple(r) for r in store.conn.execute("SELECT source, reason FROM rejects")] == [
        ("bad.txt", "file is empty")
    ]


def test_record_turns_an_article_the_database_refuses_into_a_reject(store, monkeypatch):
    def refuse(conn, article):
        raise sqlite3.IntegrityError("CHECK constraint failed")

    monkeypatch.setattr("dateline.store.write_article", refuse)
    summary = IngestSummary()
    outcome = store.record(sample_article(), summary, keep_articles=False)
    assert outcome == ("rejected", "kyiv.txt")
    assert summary.rejects == [("kyiv.txt", "could not store: CHECK constraint failed")]
    assert store.count("documents") == 0 and store.count("rejects") == 1
