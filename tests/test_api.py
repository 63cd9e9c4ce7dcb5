"""The public API: ``dateline.extract()`` and ``dateline.open()``."""

from __future__ import annotations

import importlib

import dateline


def test_extract_stays_a_function_after_every_stage_is_imported() -> None:
    for mod in ("dateline.extract.dates", "dateline.extract.events", "dateline.pipeline", "dateline.cli"):
        importlib.import_module(mod)
    assert callable(dateline.extract)
    art = dateline.extract(" date 2024-01-07 Japan will provide five generators to Ukraine.")
    assert art.document.published == "2024-01-07"
    assert [(e.type, e.status) for e in art.events] == [("AID", "pledged")]


def test_open_creates_a_database(tmp_path) -> None:
    store = dateline.open(str(tmp_path / "x.db"))
    assert (tmp_path / "x.db").exists()
    assert store.events() == []


def test_news_segments_say_where_they_start_in_the_analysed_text() -> None:
    from pathlib import Path

    seed = Path(__file__).resolve().parents[1] / "examples" / "seed" / "000_65522404600919ad.txt"
    art = dateline.extract(seed.read_text(encoding="utf-8"))
    record = art.to_json()
    text = art.document.text
    news = [s for s in record["segments"] if s["text_start"] is not None]
    assert {s["kind"] for s in news} == {"related", "liveblog"}
    for s in news:
        assert text[s["text_start"] : s["text_start"] + len(s["text"])] == s["text"]
    # the Tajani quote lives in the live-blog item, and its offsets point into that item
    (tajani,) = [q for q in art.quotes if q.speaker == "Antonio Tajani" and q.direct]
    live = next(s for s in news if s["kind"] == "liveblog")
    assert live["text_start"] <= tajani.start < live["text_start"] + len(live["text"])
    assert art.document.segment_at(tajani.start).kind == "liveblog"


def test_open_returns_a_store_with_ingest_and_the_queries(tmp_path, monkeypatch) -> None:
    from dateline import pipeline
    from dateline.database import Database
    from dateline.store import IngestSummary, Store

    calls = []

    def fake_ingest(store, paths, **options):
        calls.append((store, list(paths), options))
        return IngestSummary(read=7)

    monkeypatch.setattr(pipeline, "ingest", fake_ingest)
    with dateline.open(tmp_path / "x.db") as db:
        assert isinstance(db, Database) and isinstance(db, Store)
        summary = db.ingest(["a.txt"], date="2024-01-08", batch_size=3)
        assert summary.read == 7
        (store, paths, options) = calls[0]
        assert store is db and paths == ["a.txt"]
        assert options == {
            "date": "2024-01-08",
            "fields": None,
            "batch_size": 3,
            "progress": None,
            "event_extractor": None,
        }
        assert db.pledges() == [] and db.pledge_totals() == [] and db.documents() == []
