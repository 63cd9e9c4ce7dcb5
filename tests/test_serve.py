"""The web app over a store of two hand-built articles: every page, API route and filter.

The articles are built by hand (no spaCy), so every expected value below is
worked out from the text, not copied from the extractors' output.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import warnings

import pytest
from click.testing import CliRunner

import dateline
from dateline import query
from dateline.cli import main
from dateline.errors import StoreError
from dateline.records import Amount, Article, DateRef, Document, Entity, Event, Mention, Quote
from dateline.serve import connect, create_app
from dateline.serve import evidence as ev

with warnings.catch_warnings():
    # Starlette 1.x suggests httpx2 for its test client; httpx still works and is what the venv has
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

XSS = "<script>alert('x')</script>"
OSLO_BODY = (
    "Norway pledged $10 million to Chile on Monday. "
    '"We stand with Chile," said Ola Berg. '
    f"Peru rejected the {XSS} plan."
)
LIMA_BODY = "Chile thanked Norway for the aid on April 2."
OSLO, LIMA = "a0a0a0a0a0a0a001", "b1b1b1b1b1b1b002"


def span(body: str, text: str, after: int = 0) -> tuple[int, int]:
    start = body.index(text, after)
    return start, start + len(text)


def entity(body: str, name: str, type_: str, country: str, *texts: str) -> Entity:
    mentions, after = [], 0
    for t in texts or (name,):
        s, e = span(body, t, after)
        mentions.append(Mention(t, s, e))
        after = e
    return Entity(name, type_, mentions[0].start, mentions[0].end, country=country, mentions=tuple(mentions))


def oslo() -> Article:
    body = OSLO_BODY
    doc = Document(
        id=OSLO,
        source="oslo.txt",
        body=body,
        published="2024-03-04",
        title=f"Norway aid {XSS}",
        outlet="Wire",
    )
    money = Amount(10e6, "USD", "$10 million", *span(body, "$10 million"), usd=10e6, usd_rate=1.0)
    aid_ev = "Norway pledged $10 million to Chile on Monday"
    reject_ev = f"Peru rejected the {XSS} plan"
    quote_s, quote_e = span(body, "We stand with Chile,")
    return Article(
        doc,
        entities=(
            entity(body, "Norway", "GPE", "NOR"),
            entity(body, "Chile", "GPE", "CHL", "Chile", "Chile"),
            entity(body, "Ola Berg", "PERSON", "NOR"),
            entity(body, "Peru", "GPE", "PER"),
        ),
        dates=(DateRef("Monday", "2024-03-04", "DATE", *span(body, "Monday")),),
        amounts=(money,),
        quotes=(
            Quote(
                "We stand with Chile,",
                quote_s,
                quote_e,
                direct=True,
                speaker="Ola Berg",
                speaker_start=span(body, "Ola Berg")[0],
                speaker_end=span(body, "Ola Berg")[1],
                cue="said",
                cue_class="say",
                cue_start=span(body, "said")[0],
                cue_end=span(body, "said")[1],
            ),
        ),
        events=(
            Event(
                "AID",
                ("Norway",),
                ("Chile",),
                "pledged",
                aid_ev,
                *span(body, aid_ev),
                date="2024-03-04",
                amount=money,
                trigger="pledged",
                confidence=0.9,
            ),
            Event("REJECT", ("Peru",), (), "occurred", reject_ev, *span(body, reject_ev), date="2024-03-04"),
        ),
    )


def lima() -> Article:
    body = LIMA_BODY
    doc = Document(id=LIMA, source="lima.txt", body=body, published="2024-04-02", title="Chile thanks Norway")
    evidence = "Chile thanked Norway for the aid"
    return Article(
        doc,
        entities=(entity(body, "Chile", "GPE", "CHL"), entity(body, "Norway", "GPE", "NOR")),
        events=(Event("SUPPORT", ("Chile",), ("Norway",), "occurred", evidence, *span(body, evidence)),),
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "web.db"
    with dateline.open(path) as store:
        store.add(oslo())
        store.add(lima())
        store.reject("broken.txt", f"no date header {XSS}")
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def api(client, url: str):
    r = client.get(url)
    assert r.status_code == 200, r.text
    return r.json()


def highlighted(html: str) -> str:
    """The text of the pieces the page shows highlighted (class ``hl``)."""
    pieces = re.findall(r'<span class="s [^"]*\bhl\b[^"]*" data-f="[^"]*"(?: id="hl")?>(.*?)</span>', html)
    return "".join(pieces)


# --------------------------------------------------------------------------- pages


@pytest.mark.parametrize(
    "url, expected",
    [
        ("/", ["Chile thanks Norway", "Norway aid"]),
        ("/documents", ["Chile thanks Norway", "oslo.txt"]),
        ("/events", ["AID", "REJECT", "SUPPORT", "Norway pledged $10 million to Chile on Monday"]),
        ("/quotes", ["Ola Berg", "We stand with Chile,"]),
        ("/entities", ["Ola Berg", "PERSON", "NOR", 'href="/events?source=Ola%20Berg"']),
        ("/dates", ["Monday", "2024-03-04"]),
        ("/pledges", ["10,000,000 USD", "Norway"]),
        ("/rejects", ["broken.txt", "no date header"]),
        (f"/documents/{OSLO}", ["We stand with Chile", "dateline.events.v1"]),
        (
            f"/documents/{LIMA[:6]}",
            ["Chile thanks Norway", "SUPPORT", " on April 2."],
        ),  # a unique prefix is enough
    ],
)
def test_every_page_renders(client, url, expected):
    r = client.get(url)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    for text in expected:
        assert text in r.text, text


def test_static_assets_are_bundled(client):
    for name in ("dateline.css", "dateline.js"):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200 and len(r.text) > 500
    page = client.get("/events").text
    # no asset from anywhere but this server
    assert not re.search(r'(src|href)="(https?:)?//', page)


def test_events_page_filters_like_the_cli(client):
    page = client.get("/events?type=AID&status=").text  # an empty field means "any"
    assert page.count('<tr class="event">') == 1
    assert 'href="/events?type=AID"' in page
    assert "<option selected>AID</option>" in page
    assert client.get("/events?source=chile").text.count('<tr class="event">') == 1
    assert client.get("/events?until=2024-03").text.count('<tr class="event">') == 2
    assert "No events match" in client.get("/events?type=ASSAULT").text


def test_events_link_to_their_evidence(client):
    page = client.get("/events?type=AID").text
    start, end = span(OSLO_BODY, "Norway pledged $10 million to Chile on Monday")
    assert f'href="/documents/{OSLO}?fact=event%3A{start}-{end}#hl"' in page


def test_pledge_rows_link_to_their_event(client):
    start, end = span(OSLO_BODY, "Norway pledged $10 million to Chile on Monday")
    assert f'href="/documents/{OSLO}?fact=event%3A{start}-{end}#hl"' in client.get("/pledges").text


def test_listing_page_says_when_rows_are_cut(client):
    page = client.get("/events?limit=2").text
    assert page.count('<tr class="event">') == 2
    assert "the first 2 only" in page
    assert "the first" not in client.get("/events?limit=3").text


# --------------------------------------------------------------------------- document page


def test_document_page_highlights_the_linked_fact(client):
    evidence = "Norway pledged $10 million to Chile on Monday"
    start, end = span(OSLO_BODY, evidence)
    page = client.get(f"/documents/{OSLO}?fact=event:{start}-{end}").text
    assert highlighted(page) == evidence
    assert page.count('id="hl"') == 1
    assert 'class="fact k-ev active" id="f-ev-0"' in page


def test_document_page_marks_a_quote_with_its_speaker_and_cue(client):
    start, end = span(OSLO_BODY, "We stand with Chile,")
    page = client.get(f"/documents/{OSLO}?fact=quote:{start}-{end}").text
    assert highlighted(page) == "We stand with Chile,"
    secondary = re.findall(r'<span class="s [^"]*\bhl2\b[^"]*" data-f="[^"]*">(.*?)</span>', page)
    assert secondary == ["said", "Ola Berg"]


def test_entity_link_highlights_every_mention(client):
    start, end = span(OSLO_BODY, "Chile")
    page = client.get(f"/documents/{OSLO}?fact=entity:{start}-{end}").text
    assert highlighted(page) == "ChileChile"


def test_without_a_fact_nothing_is_highlighted_and_every_fact_is_listed(client):
    page = client.get(f"/documents/{OSLO}").text
    assert highlighted(page) == "" and 'id="hl"' not in page
    # 2 events, 1 quote, 4 entities, 1 date, 1 amount
    for prefix, n in (("ev", 2), ("q", 1), ("en", 4), ("dt", 1), ("am", 1)):
        assert len(re.findall(rf'id="f-{prefix}-\d+"', page)) == n, prefix


def test_a_stale_fact_link_says_so(client):
    page = client.get(f"/documents/{OSLO}?fact=event:1-2").text
    assert "No fact of this document is at" in page
    assert highlighted(page) == ""


def test_unknown_document_is_404(client):
    r = client.get("/documents/ffffffff")
    assert r.status_code == 404
    assert "no document with id" in r.text
    assert client.get("/api/documents/ffffffff").status_code == 404
    assert client.get("/no/such/page").status_code == 404


# --------------------------------------------------------------------------- escaping


def test_article_text_is_escaped_everywhere(client):
    for url in (f"/documents/{OSLO}", "/events", "/events?type=REJECT", "/documents", "/rejects"):
        page = client.get(url).text
        assert "<script>alert" not in page, url
        assert "&lt;script&gt;alert(" in page, url


def test_pages_forbid_inline_scripts(client):
    r = client.get(f"/documents/{OSLO}")
    policy = r.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy
    assert r.headers["x-content-type-options"] == "nosniff"


def test_render_escapes_and_cuts_overlapping_spans():
    text = "a <b> c"
    facts = {
        "event": [ev.Fact("ev-0", "event", 0, 7, [(0, 7, "")])],
        "entity": [ev.Fact("en-0", "entity", 2, 5, [(2, 5, "")])],
    }
    html = ev.render(text, 0, facts)
    assert html == (
        '<span class="s k-ev" data-f="ev-0">a </span>'
        '<span class="s k-en k-ev" data-f="en-0 ev-0">&lt;b&gt;</span>'
        '<span class="s k-ev" data-f="ev-0"> c</span>'
    )
    # a block later in the analysed text: offsets are shifted, spans outside it ignored
    assert ev.render("xyz", 10, {"date": [ev.Fact("dt-0", "date", 11, 12, [(11, 12, "")])]}) == (
        'x<span class="s k-dt" data-f="dt-0">y</span>z'
    )


# --------------------------------------------------------------------------- API


def test_api_events_filters(client):
    assert [e["source"] for e in api(client, "/api/events?type=aid")] == [["Norway"]]
    assert [e["type"] for e in api(client, "/api/events?source=norw")] == ["AID"]
    assert [e["type"] for e in api(client, "/api/events?target=norway")] == ["SUPPORT"]
    assert sorted(e["type"] for e in api(client, "/api/events?status=occurred")) == ["REJECT", "SUPPORT"]
    assert [e["type"] for e in api(client, "/api/events?since=2024-04-01")] == ["SUPPORT"]
    assert sorted(e["type"] for e in api(client, "/api/events?until=2024-03-04")) == ["AID", "REJECT"]
    assert {e["doc"] for e in api(client, f"/api/events?doc={OSLO[:5]}")} == {OSLO}
    assert len(api(client, "/api/events?limit=1")) == 1


def test_api_answers_what_the_query_functions_answer(client, db):
    with sqlite3.connect(db) as conn:
        assert api(client, "/api/events?type=AID") == query.events(conn, type="AID")
        assert api(client, "/api/quotes") == query.quotes(conn)
        assert api(client, "/api/entities") == query.entities(conn)
        assert api(client, "/api/documents") == query.documents(conn)
        assert api(client, f"/api/documents/{OSLO}") == query.document(conn, OSLO)


def test_api_quotes_entities_dates_filters(client):
    assert [q["speaker"] for q in api(client, "/api/quotes?speaker=berg")] == ["Ola Berg"]
    assert api(client, "/api/quotes?contains=nothing") == []
    assert len(api(client, f"/api/quotes?doc={LIMA}")) == 0
    assert [e["name"] for e in api(client, "/api/entities?type=person")] == ["Ola Berg"]
    assert sorted(e["doc"] for e in api(client, "/api/entities?name=chile")) == [OSLO, LIMA]
    assert sorted(e["name"] for e in api(client, "/api/entities?country=nor")) == [
        "Norway",
        "Norway",
        "Ola Berg",
    ]
    assert [e["name"] for e in api(client, f"/api/entities?doc={LIMA}&name=nor")] == ["Norway"]
    assert [d["value"] for d in api(client, f"/api/dates?doc={OSLO}")] == ["2024-03-04"]
    assert api(client, f"/api/dates?doc={LIMA}") == []
    assert len(api(client, "/api/entities?limit=2")) == 2


def test_api_pledges_and_totals(client):
    body = api(client, "/api/pledges")
    assert [(p["donor"], p["recipient"], p["amount"], p["currency"]) for p in body["pledges"]] == [
        ("Norway", "Chile", 10e6, "USD")
    ]
    assert body["totals"] == [{"donor": "Norway", "usd": 10e6, "pledges": 1, "unconverted": 0}]
    assert api(client, "/api/pledges/totals") == body["totals"]
    assert len(api(client, "/api/pledges?donor=norway")["pledges"]) == 1
    assert api(client, "/api/pledges?recipient=peru")["pledges"] == []
    assert api(client, "/api/pledges?since=2024-03-05")["pledges"] == []
    assert api(client, f"/api/pledges?doc={LIMA}")["pledges"] == []


def test_api_documents_and_rejects(client):
    docs = api(client, "/api/documents")
    assert [d["id"] for d in docs] == [LIMA, OSLO]  # newest first
    assert (docs[1]["events"], docs[1]["quotes"]) == (2, 1)
    assert [d["id"] for d in api(client, "/api/documents?limit=1")] == [LIMA]
    assert [r["source"] for r in api(client, "/api/rejects")] == ["broken.txt"]
    assert api(client, f"/api/documents/{OSLO[:4]}")["title"] == f"Norway aid {XSS}"


def test_api_csv(client):
    r = client.get("/api/events?type=AID&format=csv")
    assert r.headers["content-type"].startswith("text/csv")
    header, row = r.text.splitlines()
    assert header.split(",")[:4] == ["id", "doc", "published", "type"]
    assert ",AID," in row and '"[""Norway""]"' in row


def test_api_index_lists_routes_and_filters(client):
    routes = api(client, "/api")["routes"]
    assert routes["/api/events"] == [
        "type",
        "source",
        "target",
        "since",
        "until",
        "status",
        "doc",
        "limit",
        "format",
    ]
    assert "/api/documents/{doc}" in routes


@pytest.mark.parametrize(
    "url, message",
    [
        ("/api/events?tpye=AID", "unknown filter 'tpye'"),
        ("/api/quotes?type=AID", "unknown filter 'type'"),
        ("/api/events?limit=0", "limit must be a whole number"),
        ("/api/events?limit=ten", "limit must be a whole number"),
        ("/api/events?since=03/04/2024", "since must be an ISO date"),
        ("/api/events?format=xml", "format must be json or csv"),
        ("/events?tpye=AID", "unknown filter"),
        (f"/documents/{OSLO}?hl=1", "unknown parameter"),
    ],
)
def test_bad_requests_say_what_is_wrong(client, url, message):
    r = client.get(url)
    assert r.status_code == 400
    assert message in r.text


def test_only_reading_is_allowed(client):
    assert client.post("/api/events").status_code == 405
    assert client.delete(f"/api/documents/{OSLO}").status_code == 405


# --------------------------------------------------------------------------- the database


def test_database_is_opened_read_only(db):
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    conn = connect(db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM documents")
    conn.close()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_missing_or_foreign_database_fails_at_start(tmp_path):
    with pytest.raises(StoreError, match="no database at"):
        create_app(tmp_path / "nope.db")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a dateline database"):
        create_app(other)
    text = tmp_path / "notes.db"
    text.write_text("not sqlite at all " * 100)
    with pytest.raises(StoreError, match="not a dateline database"):
        create_app(text)


def test_a_database_removed_while_serving_is_503(db, tmp_path):
    copy = tmp_path / "gone.db"
    copy.write_bytes(db.read_bytes())
    with TestClient(create_app(copy)) as c:
        copy.unlink()
        r = c.get("/api/events")
        assert r.status_code == 503 and "no database at" in r.json()["error"]
        assert c.get("/events").status_code == 503


def test_cli_serve_refuses_a_missing_database(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "no database at" in result.output
    assert not (tmp_path / "none.db").exists()  # and did not create one


def test_cli_serve_passes_its_options(db, monkeypatch):
    calls = []
    monkeypatch.setattr("dateline.serve.run", lambda *a, **kw: calls.append((a, kw)))
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--host", "127.0.0.2", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls == [((str(db),), {"host": "127.0.0.2", "port": 8123})]
