"""The orchestrator: one bad document never costs the others; ingest records every input."""

from __future__ import annotations

import pytest

from dateline import parse, pipeline, query
from dateline.records import Reject
from dateline.store import Store
from store.articles import BODY, sample_article


def test_an_over_long_article_is_rejected_alone(tmp_path, monkeypatch):
    for name in ("a", "b", "c"):
        body = "Japan will provide five generators to Ukraine. " * (40 if name == "b" else 1)
        (tmp_path / f"{name}.txt").write_text(f" date 2024-01-07 {body}")
    monkeypatch.setattr(parse.load(), "max_length", 500)
    out = list(pipeline.process([tmp_path]))
    kinds = [(type(x).__name__, (x.source if isinstance(x, Reject) else x.document.source)) for x in out]
    assert [k for k, _ in kinds] == ["Article", "Reject", "Article"]
    assert "b.txt" in kinds[1][1] and "limit" in out[1].reason


def test_a_cleaner_crash_rejects_only_that_input(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(" date 2024-01-07 Japan will provide five generators to Ukraine.")
    (tmp_path / "b.txt").write_text(" date 2024-01-07 Russia shelled Kharkiv on Monday.")
    real = pipeline.clean_stage.clean

    def flaky(raw):
        if raw.source.endswith("a.txt"):
            raise RuntimeError("cleaner bug")
        return real(raw)

    monkeypatch.setattr(pipeline.clean_stage, "clean", flaky)
    out = list(pipeline.process([tmp_path]))
    assert isinstance(out[0], Reject) and "cleaner bug" in out[0].reason
    assert not isinstance(out[1], Reject)


# --------------------------------------------------------------------------- ingest


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "t.db")  # the bare store: ingest needs nothing but Store.record
    yield s
    s.close()


def _fake_process(script):
    """A stand-in for pipeline.process: yields the scripted items for each path, raising for exceptions."""

    def process(paths, **options):
        for path in paths:
            for item in script[str(path)]:
                if isinstance(item, BaseException):
                    raise item
                yield item

    return process


def test_ingest_counts_stored_duplicate_and_rejected(store, monkeypatch):
    a = sample_article()
    b = sample_article(BODY + " More text.", source="b.txt")
    script = {"a.txt": [a], "b.txt": [b], "dup.txt": [a], "bad.txt": [Reject("bad.txt", "file is empty")]}
    monkeypatch.setattr(pipeline, "process", _fake_process(script))
    seen = []
    summary = pipeline.ingest(
        store, ["a.txt", "b.txt", "dup.txt", "bad.txt"], progress=lambda kind, src: seen.append(kind)
    )
    assert (summary.read, summary.stored, summary.duplicates, summary.updated, summary.rejected) == (
        4,
        2,
        1,
        0,
        1,
    )
    assert summary.rejects == [("bad.txt", "file is empty")]
    assert seen == ["stored", "stored", "duplicate", "rejected"]
    assert [r["source"] for r in query.rejects(store.conn)] == ["bad.txt"]
    assert store.count("documents") == 2
    assert not summary.ok


def test_ingest_passes_date_and_fields_to_the_pipeline(store, monkeypatch):
    calls = []

    def process(paths, **options):
        calls.append((list(paths), options))
        return iter(())

    monkeypatch.setattr(pipeline, "process", process)
    coder = object()
    pipeline.ingest(
        store, ["x.jsonl"], date="2024-01-08", fields={"text": "body"}, batch_size=4, event_extractor=coder
    )
    expected = {"date": "2024-01-08", "fields": {"text": "body"}, "batch_size": 4, "event_extractor": coder}
    assert calls == [(["x.jsonl"], expected)]


def test_a_crash_in_extraction_becomes_a_reject_and_the_batch_goes_on(store, monkeypatch):
    a = sample_article()
    b = sample_article(BODY + " Later.", source="later.txt")
    script = {"first.txt": [a], "boom.txt": [RuntimeError("parser exploded")], "later.txt": [b]}
    monkeypatch.setattr(pipeline, "process", _fake_process(script))
    summary = pipeline.ingest(store, ["first.txt", "boom.txt", "later.txt"])
    assert summary.stored == 2
    assert summary.rejected == 1
    source, reason = summary.rejects[0]
    assert source == "boom.txt"
    assert "parser exploded" in reason and "RuntimeError" in reason
    assert query.rejects(store.conn)[0]["reason"] == reason


def test_reingest_after_an_interruption_resumes(store, monkeypatch):
    a = sample_article()
    b = sample_article(BODY + " Second.", source="b.txt")
    monkeypatch.setattr(pipeline, "process", _fake_process({"a.txt": [a], "b.txt": [KeyboardInterrupt()]}))
    with pytest.raises(KeyboardInterrupt):
        pipeline.ingest(store, ["a.txt", "b.txt"])
    assert store.count("documents") == 1  # a.txt survived the interruption
    monkeypatch.setattr(pipeline, "process", _fake_process({"a.txt": [a], "b.txt": [b]}))
    summary = pipeline.ingest(store, ["a.txt", "b.txt"])
    assert (summary.stored, summary.duplicates) == (1, 1)
