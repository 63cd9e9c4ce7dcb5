"""The PLOVER gold-standard reader and scorer, on records written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import EvalError
from dateline.evaluate.plover_gsr import evaluate, load

RECORDS = [
    {
        "text": "Russian forces shelled the Ukrainian city of Kharkiv on Monday.",
        "event": "ASSAULT",
        "source": [{"actorText": "Russian forces", "code": "RUS", "sector": "MIL"}],
        "target": [{"actorText": "Kharkiv", "code": "UKR", "sector": "CVL"}],
    },
    {
        "text": "Egypt urged Ethiopia to stop filling the dam.",
        "event": "REQUEST",
        "source": [{"actorText": "Egypt", "code": "EGY", "sector": "GOV"}],
        "target": [{"actorText": "Ethiopia", "code": "ETH", "sector": "GOV"}],
    },
    {
        # typed as PROTEST by PLOVER; a sentence dateline reads as SUPPORT counts as a miss
        "text": "Brazil praised Argentina for its handling of the crisis.",
        "event": "PROTEST",
        "source": [{"actorText": "Brazil", "code": "BRA", "sector": "GOV"}],
    },
]


def test_scores_type_and_actor_codes(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(RECORDS))
    figures = evaluate(path)
    assert figures["records"] == 3
    assert figures["type_accuracy"] == pytest.approx(2 / 3, abs=0.001)
    assert figures["source_code_accuracy"] == 1.0  # RUS, EGY and BRA are all named as sources
    assert figures["target_code_accuracy"] == 1.0
    assert figures["f1_PROTEST"] == 0.0


def test_limit_and_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "gsr.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS))
    assert evaluate(path, limit=1)["records"] == 1


def test_malformed_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"not": "a list"}')
    with pytest.raises(EvalError, match="bad.json"):
        load(path)
