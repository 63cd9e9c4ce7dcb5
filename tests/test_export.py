"""Export to JSON Lines (the extract record) and CSV (one file per table)."""

from __future__ import annotations

import csv
import json

import pytest

import dateline
from dateline.errors import ConfigError
from dateline.export import CSV_TABLES, export
from store.articles import sample_article


@pytest.fixture
def store(tmp_path):
    s = dateline.open(tmp_path / "e.db")
    s.add(sample_article())
    s.reject("empty.txt", "file is empty")
    yield s
    s.close()


def test_jsonl_has_one_extract_record_per_article(store, tmp_path):
    paths = export(store, tmp_path / "out", "jsonl")
    assert [p.name for p in paths] == ["articles.jsonl"]
    lines = paths[0].read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == json.loads(json.dumps(sample_article().to_json()))


def test_csv_writes_one_file_per_table(store, tmp_path):
    paths = export(store, tmp_path / "out", "csv")
    assert sorted(p.stem for p in paths) == sorted(CSV_TABLES)
    with (tmp_path / "out" / "events.csv").open(encoding="utf-8") as fh:
        events = list(csv.DictReader(fh))
    assert [e["type"] for e in events] == ["AID", "AID", "AGREE"]
    assert json.loads(events[0]["source"]) == ["Japan", "Yoko Kamikawa"]
    assert events[0]["end"] == str(sample_article().events[0].end)
    with (tmp_path / "out" / "rejects.csv").open(encoding="utf-8") as fh:
        assert [r["reason"] for r in csv.DictReader(fh)] == ["file is empty"]


def test_bad_format_or_target(store, tmp_path):
    with pytest.raises(ConfigError, match="expected one of jsonl, csv"):
        export(store, tmp_path, "xml")
    target = tmp_path / "file.txt"
    target.write_text("x")
    with pytest.raises(ConfigError, match="is a file"):
        export(store, target, "csv")
