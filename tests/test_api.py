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
