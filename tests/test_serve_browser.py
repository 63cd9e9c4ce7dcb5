"""The web app in a real browser: uvicorn on a free port, Debian's Chromium driven by Playwright.

The database is built in a temporary folder from a hand-written article
(tests/fixtures/web/ottawa_aid.txt) through the real pipeline. Playwright
never downloads a browser here: it drives /usr/bin/chromium, and the tests
skip when that is absent (``apt-get install chromium``).
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

import dateline

CHROMIUM = Path("/usr/bin/chromium")
FIXTURE = Path(__file__).parent / "fixtures" / "web" / "ottawa_aid.txt"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
HIGHLIGHT = "rgb(255, 224, 102)"  # --hl in dateline.css

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's Chromium at /usr/bin/chromium"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app over a freshly ingested database, served by uvicorn in a thread; yields its base URL."""
    uvicorn = pytest.importorskip("uvicorn")
    from dateline.serve import create_app

    folder = tmp_path_factory.mktemp("web")
    shutil.copy(FIXTURE, folder / FIXTURE.name)
    db = folder / "web.db"
    with dateline.open(db) as store:
        summary = store.ingest([folder / FIXTURE.name])
    assert summary.stored == 1, summary.rejects
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records script errors and console errors (a CSP violation is one)."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
    yield page
    page.close()


def _highlighted(page) -> str:
    return page.evaluate(
        "Array.from(document.querySelectorAll('.text .s.hl')).map(e => e.textContent).join('')"
    )


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_filter_events_then_trace_one_to_its_evidence(server, page, tmp_path):
    from playwright.sync_api import expect

    page.goto(f"{server}/events")
    all_rows = page.locator("tr.event").count()
    page.select_option("select[name=type]", "AID")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"/events\?.*type=AID"))
    rows = page.locator("tr.event")
    assert 1 <= rows.count() < all_rows  # the article has an AID pledge and a SUPPORT event
    assert set(rows.locator("a.type").all_inner_texts()) == {"AID"}

    link = rows.first.locator("a.evidence")
    evidence = link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/documents/[0-9a-f]+\?fact=event"))

    marked = page.locator(".text .s.hl")
    expect(marked.first).to_be_in_viewport()
    assert _squash(_highlighted(page)) == _squash(evidence)
    assert marked.first.evaluate("e => getComputedStyle(e).backgroundColor") == HIGHLIGHT
    active = page.locator("li.fact.active")
    expect(active).to_have_count(1)
    assert active.locator(".type").inner_text() == "AID"
    page.screenshot(path=str(tmp_path / "document.png"))
    assert page.errors == []


def test_clicking_a_fact_highlights_it_and_updates_the_permalink(server, page):
    from playwright.sync_api import expect

    page.goto(f"{server}/documents")
    page.click("table.rows tbody a")  # the one document
    page.wait_for_url(re.compile(r"/documents/[0-9a-f]+$"))
    assert _highlighted(page) == ""
    doc = page.url.rsplit("/", 1)[1]
    record = page.request.get(f"{server}/api/documents/{doc}").json()
    direct = next(q for q in record["quotes"] if q["direct"])

    page.click(f'li.fact[data-ref="quote:{direct["start"]}-{direct["end"]}"]')
    assert _highlighted(page) == direct["text"]
    expect(page.locator(".text .s.hl2").first).to_be_visible()  # the speaker and cue, lighter
    assert f"fact=quote%3A{direct['start']}-{direct['end']}" in page.url

    page.reload()  # the permalink shows the same highlight, drawn by the server
    assert _highlighted(page) == direct["text"]
    assert page.errors == []


def test_clicking_marked_text_selects_its_narrowest_fact(server, page):
    doc = page.request.get(f"{server}/api/documents").json()[0]["id"]
    page.goto(f"{server}/documents/{doc}")
    # an entity mention inside an event's sentence: the entity, not the event, is chosen
    mention = page.locator('.text .s.k-en.k-ev[data-f*="en-"]').first
    name = mention.inner_text()
    mention.click()
    active = page.locator("li.fact.active")
    assert active.get_attribute("id").startswith("f-en-")
    assert name in active.inner_text()
    assert page.errors == []


def test_kind_toggles_hide_and_show_marks(server, page):
    doc = page.request.get(f"{server}/api/documents").json()[0]["id"]
    page.goto(f"{server}/documents/{doc}")
    mention = page.locator(".text .s.k-en").first
    blue = mention.evaluate("e => getComputedStyle(e).borderBottomStyle")
    assert blue == "solid"
    page.uncheck('.toggles input[data-kind="en"]')
    assert mention.evaluate("e => getComputedStyle(e).borderBottomStyle") == "none"
    page.check('.toggles input[data-kind="en"]')
    assert mention.evaluate("e => getComputedStyle(e).borderBottomStyle") == "solid"
