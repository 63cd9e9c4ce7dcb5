"""PolNeAR evaluation: reading the corpus layout, grouping quotes into attributions, scoring.

The small corpus here is written for the test in PolNeAR's layout (``dev.jsonl`` and
``dev/text/<doc>.txt``); the run on the real corpus is marked ``shared``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import EvalError
from dateline.evaluate.polnear import evaluate, load, quoted_gold, system_attributions
from dateline.records import Quote

ROOT = Path(__file__).resolve().parents[2]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"

TEXT = (
    "“The bridge will reopen next week,” Maria Lopez said.\n\n"
    "Pavel Novak said that the council had approved the budget.\n\n"
    "Voters like the new mayor, a poll showed.\n"
)


def _span(text: str, part: str) -> list[int]:
    i = text.index(part)
    return [i, i + len(part)]


def _row(doc: str, source: str, cue: str, content: str, quoted: bool) -> dict:
    return {
        "doc": doc,
        "publication_date": "2016-01-01",
        "source": source,
        "source_spans": [_span(TEXT, source)],
        "cue": cue,
        "cue_spans": [_span(TEXT, cue)],
        "content": content,
        "content_spans": [_span(TEXT, content)],
        "has_source": True,
        "content_has_quote_marks": quoted,
    }


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "text" / "doc1.txt").write_text(TEXT, encoding="utf-8")
    rows = [
        _row("doc1", "Maria Lopez", "said", "“The bridge will reopen next week,”", True),
        _row("doc1", "Pavel Novak", "said that", "that the council had approved the budget", False),
        # an attitude dateline does not report (a poll "showed" with a bare clause): a miss
        _row("doc1", "a poll", "showed", "Voters like the new mayor", False),
    ]
    # "said that": the second "said" in the text is Novak's
    i = TEXT.index("said", TEXT.index("Pavel Novak"))
    rows[1]["cue_spans"] = [[i, i + 4]]
    (tmp_path / "dev.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return tmp_path


def test_load_groups_rows_by_document(corpus: Path):
    gold = load(corpus)
    assert list(gold) == ["doc1"]
    assert len(gold["doc1"]) == 3


def test_evaluate_scores_by_hand(corpus: Path):
    r = evaluate(corpus)
    assert r["documents"] == 1
    # the system finds the direct quote and Novak's reported speech, not the poll
    assert r["all.n_gold"] == 3
    assert r["all.n_sys"] == 2
    assert r["all.content@50.p"] == 1.0
    assert r["all.content@50.r"] == round(2 / 3, 4)
    # exact: the quote (marks are not tokens) and the complement without "that"
    assert r["all.content_exact.r"] == round(2 / 3, 4)
    assert r["all.source.f1"] == 1.0
    assert r["all.cue.f1"] == 1.0
    assert r["quoted.n_gold"] == 1 and r["quoted.n_sys"] == 1
    assert r["quoted.content@50.f1"] == 1.0
    assert r["quote_stage_words_per_second"] > 0


def test_quotes_sharing_a_cue_are_one_attribution():
    a = Quote(
        text="A", start=0, end=5, direct=True, speaker_start=10, speaker_end=12, cue_start=13, cue_end=17
    )
    b = Quote(
        text="B", start=20, end=30, direct=True, speaker_start=10, speaker_end=12, cue_start=13, cue_end=17
    )
    c = Quote(text="C", start=40, end=50, direct=False)
    groups = system_attributions([a, b, c])
    assert len(groups) == 2
    assert groups[0]["content"] == [(0, 5), (20, 30)]
    assert groups[0]["cue"] == [(13, 17)]
    assert groups[1]["source"] == []


def test_missing_corpus_is_a_helpful_error(tmp_path: Path):
    with pytest.raises(EvalError, match="dev.jsonl"):
        evaluate(tmp_path)


@pytest.mark.shared
@pytest.mark.skipif(not POLNEAR.is_dir(), reason="needs ../shared/data/polnear")
def test_real_dev_subset_runs():
    r = evaluate(POLNEAR, limit=3)
    assert r["documents"] == 3
    assert 0.0 < r["quoted.content@50.f1"] <= 1.0


def test_two_apostrophes_count_as_quote_marks_in_gold():
    row = {"content_has_quote_marks": False, "content": "''We will build it,'' she said"}
    assert quoted_gold(row)
    assert not quoted_gold({"content_has_quote_marks": False, "content": "the farmers' union agreed"})
    assert quoted_gold({"content_has_quote_marks": True, "content": "“Yes”"})


def test_stance_attributions_are_scored(tmp_path: Path):
    text = "Pavel Novak wants to close the old bridge for repairs.\n"
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "text" / "doc2.txt").write_text(text, encoding="utf-8")
    row = {
        "doc": "doc2",
        "publication_date": "2016-01-01",
        "source_spans": [[0, 11]],
        "cue_spans": [[12, 17]],
        "content": "to close the old bridge for repairs",
        "content_spans": [[18, 53]],
        "has_source": True,
        "content_has_quote_marks": False,
    }
    assert text[18:53] == row["content"]
    (tmp_path / "dev.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    r = evaluate(tmp_path)
    assert r["all.content_exact.f1"] == 1.0
    assert r["all.source.f1"] == 1.0 and r["all.cue.f1"] == 1.0
