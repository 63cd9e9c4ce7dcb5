"""The orchestrator: one bad document never costs the others."""

from __future__ import annotations

from dateline import parse, pipeline
from dateline.records import Reject


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
