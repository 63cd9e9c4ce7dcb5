"""Query functions over a store holding two hand-built articles."""

from __future__ import annotations

import pytest

import dateline
from dateline import query
from dateline.errors import StoreError
from dateline.records import Amount, Article, Document, Entity, Event
from store.articles import sample_article, span

LATER = (
    "Japan repeated its pledge of $37 million to Ukraine. "
    "France could give 10 million euros to Moldova. "
    "Italy will not send 5 million euros to Ukraine."
)


def later_article() -> Article:
    """A February article: a restated pledge, a hypothetical one, a negated one."""
    body = LATER
    doc = Document(id="feb0000000000001", source="feb.txt", body=body, published="2024-02-01")

    def aid(src, tgt, status, value, currency, usd, evidence):
        amount = Amount(value, currency, "x", *span(body, evidence), usd=usd)
        return Event("AID", (src,), (tgt,), status, evidence, *span(body, evidence), amount=amount)

    events = (
        aid("Japan", "Ukraine", "pledged", 37e6, "USD", 37e6, "pledge of $37 million to Ukraine"),
        aid("France", "Moldova", "hypothetical", 10e6, "EUR", None, "France could give 10 million euros"),
        aid("Italy", "Ukraine", "negated", 5e6, "EUR", 5.4e6, "Italy will not send 5 million euros"),
    )
    ents = tuple(
        Entity(n, "GPE", *span(body, n), country=c)
        for n, c in [("Japan", "JPN"), ("France", "FRA"), ("Moldova", "MDA"), ("Italy", "ITA")]
    )
    return Article(doc, entities=ents, events=events)


@pytest.fixture
def conn(tmp_path):
    store = dateline.open(tmp_path / "q.db")
    store.add(sample_article())
    store.add(later_article())
    yield store.conn
    store.close()


JAN = sample_article().document.id


def test_events_newest_article_first(conn):
    rows = query.events(conn)
    assert [r["doc"] for r in rows] == ["feb0000000000001"] * 3 + [JAN] * 3
    first_jan = rows[3]
    assert first_jan["source"] == ["Japan", "Yoko Kamikawa"]
    assert first_jan["amount"] == {"value": 37e6, "currency": "USD", "usd": 37e6, "bound": None}


def test_event_filters(conn):
    assert [r["type"] for r in query.events(conn, type="agree")] == ["AGREE"]
    # substring of any source name, any case
    assert [r["evidence"][:5] for r in query.events(conn, source="kamikawa")] == ["Japan"]
    assert {r["source"][0] for r in query.events(conn, target="moldova")} == {"France"}
    assert len(query.events(conn, status="negated")) == 2
    assert {r["doc"] for r in query.events(conn, doc=JAN[:6])} == {JAN}
    assert len(query.events(conn, limit=2)) == 2


def test_event_date_filters_fall_back_to_publication_date(conn):
    # February events have no date of their own: their article's date (2024-02-01) is used
    assert {r["doc"] for r in query.events(conn, since="2024-01-15")} == {"feb0000000000001"}
    # "2024-W03" is not a calendar date either, so Germany's event counts as 2024-01-08
    january = query.events(conn, until="2024-01")
    assert len(january) == 3 and {r["doc"] for r in january} == {JAN}
    assert query.events(conn, since="2024-01-09", until="2024-01-31") == []


def test_quotes_by_speaker_description_and_text(conn):
    assert [q["speaker"] for q in query.quotes(conn, speaker="KAMIKAWA")] == ["Yoko Kamikawa"]
    officials = query.quotes(conn, speaker="officials")
    assert len(officials) == 1 and officials[0]["direct"] is False
    assert len(query.quotes(conn, contains="as long as")) == 1
    assert query.quotes(conn, contains="nothing like this") == []


def test_entities_by_alias_type_and_country(conn):
    assert [e["name"] for e in query.entities(conn, name="ukr.")] == ["Ukraine"]
    ukraine = query.entities(conn, country="ukr")[0]
    assert ukraine["mentions"] == 2 and ukraine["aliases"] == ["Ukr."]
    assert [e["name"] for e in query.entities(conn, type="person")] == ["Yoko Kamikawa"]
    assert [e["name"] for e in query.entities(conn, name="japan")] == ["Japan", "Japan"]


def test_dates_of_one_document(conn):
    assert [(d["text"], d["value"]) for d in query.dates(conn, doc=JAN)] == [
        ("Monday", "2024-01-08"),
        ("next week", "2024-W03"),
    ]


def test_document_accepts_a_unique_prefix_and_returns_its_facts(conn):
    record = query.document(conn, JAN[:5])
    assert record["doc"] == JAN
    assert len(record["events"]) == 3 and len(record["quotes"]) == 2
    assert record["extractors"]["dateline.quotes"] == "v1"
    assert record == {
        **sample_article().to_json(),
        "ingested_at": record["ingested_at"],
        "extractors": record["extractors"],
    }
    with pytest.raises(StoreError, match="no document"):
        query.document(conn, "nope")


def test_pledges_need_an_amount_or_items(conn):
    rows = query.pledges(conn)
    # the negated AGREE is not a pledge; both AID events of January are
    assert [(p["donor"], p["recipient"]) for p in rows][-2:] == [("Japan", "Ukraine"), ("Germany", "Ukraine")]
    germany = rows[-1]
    assert germany["amount"] is None and germany["items"] == [
        {"what": "generators", "count": 5, "unit": None}
    ]
    assert [p["donor"] for p in query.pledges(conn, donor="ital")] == ["Italy"]
    assert {p["recipient"] for p in query.pledges(conn, recipient="moldova")} == {"Moldova"}
    assert len(query.pledges(conn, since="2024-01-09")) == 3


def test_pledge_donor_is_the_state_not_the_minister(conn):
    jan = [p for p in query.pledges(conn, doc=JAN[:7])]
    assert jan[0]["source"] == ["Japan", "Yoko Kamikawa"] and jan[0]["donor"] == "Japan"


def test_pledge_totals_count_a_restated_pledge_once_and_skip_negated_and_hypothetical(conn):
    totals = query.pledge_totals(conn)
    # Japan: $37M reported twice = 37M once; France hypothetical and Italy negated are left out;
    # Germany pledged goods only, so it has no money total
    assert totals == [{"donor": "Japan", "usd": 37e6, "pledges": 1, "unconverted": 0}]


def test_store_methods_are_the_query_functions(tmp_path):
    with dateline.open(tmp_path / "s.db") as store:
        store.add(sample_article())
        assert store.events(type="AID") == query.events(store.conn, type="AID")
        assert store.pledge_totals() == query.pledge_totals(store.conn)
        assert [d["id"] for d in store.documents()] == [JAN]


def test_pledge_sides_prefer_the_state_over_its_ministry_and_a_fund(tmp_path):
    body = "The Foreign Ministry of Japan gave $5 million to a NATO fund for Ukraine."
    doc = Document(id="mar0000000000001", source="m.txt", body=body, published="2024-03-01")
    ev = Event(
        "AID",
        ("Foreign Ministry", "Japan"),
        ("NATO", "Ukraine"),
        "occurred",
        body[:-1],
        0,
        len(body) - 1,
        amount=Amount(5e6, "USD", "$5 million", *span(body, "$5 million")),
    )
    ents = (
        Entity("Foreign Ministry", "ORG", *span(body, "Foreign Ministry")),
        Entity("Japan", "GPE", *span(body, "Japan")),
        Entity("NATO", "ORG", *span(body, "NATO")),
        Entity("Ukraine", "GPE", *span(body, "Ukraine")),
    )
    with dateline.open(tmp_path / "p.db") as store:
        store.add(Article(doc, entities=ents, events=(ev,)))
        (p,) = store.pledges()
        assert (p["donor"], p["recipient"]) == ("Japan", "Ukraine")
        # USD amount with no conversion recorded counts at face value
        assert store.pledge_totals() == [{"donor": "Japan", "usd": 5e6, "pledges": 1, "unconverted": 0}]


def test_queries_work_on_a_plain_connection_and_leave_it_plain(tmp_path):
    import sqlite3

    path = tmp_path / "plain.db"
    with dateline.open(path) as store:
        store.add(sample_article())
    conn = sqlite3.connect(path)
    assert len(query.events(conn)) == 3
    assert query.document(conn, JAN)["doc"] == JAN
    assert conn.row_factory is None
    assert isinstance(conn.execute("SELECT 1").fetchone(), tuple)
