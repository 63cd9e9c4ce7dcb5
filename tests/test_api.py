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
