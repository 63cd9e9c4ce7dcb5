"""The learned event typer: package data, probabilities, a few unambiguous sentences, combine().

The sentences are written for this test; their labels come from reading them against
the PLOVER guide (shared/gold/PLOVER.md), not from the model's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.extract.typer import (
    LABELS,
    MODEL_NAME,
    MODEL_VERSION,
    NONE,
    TYPES,
    classify,
    combine,
    load_model,
    model_dir,
)

REPO = Path(__file__).resolve().parents[2]


def test_model_loads_from_package_data():
    folder = model_dir()
    assert folder.joinpath("meta.json").is_file()
    assert folder.joinpath("weights.npz").is_file()
    meta = json.loads(folder.joinpath("meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == MODEL_NAME
    assert meta["version"] == MODEL_VERSION
    model = load_model()
    assert model.labels == LABELS
    assert model.weights.shape == (len(model.index), len(LABELS))
    assert load_model() is model  # cached: read once per process


def test_model_files_are_small():
    size = sum(p.stat().st_size for p in Path(str(model_dir())).iterdir())
    assert size < 5_000_000


def test_every_type_gets_a_probability_and_they_sum_to_one():
    results = classify(["The two leaders met in Geneva.", "Shares rose two percent."])
    assert len(results) == 2
    for probs in results:
        assert set(probs) == set(TYPES) | {NONE}
        assert len(probs) == 17
        assert sum(probs.values()) == pytest.approx(1.0, abs=1e-4)
        assert all(0.0 <= p <= 1.0 for p in probs.values())


def test_empty_input():
    assert classify([]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels shelled the city overnight.", "ASSAULT"),
        ("Police arrested twelve opposition activists in the capital.", "COERCE"),
        ("Thousands of workers marched through the capital to protest against the new tax.", "PROTEST"),
        ("Washington imposed sanctions on Iran.", "SANCTION"),
        ("The rebels rejected the peace proposal.", "REJECT"),
        ("The company reported higher quarterly earnings.", NONE),
    ],
)
def test_unambiguous_sentences(text, expected):
    probs = classify([text])[0]
    assert max(probs, key=probs.get) == expected, sorted(probs.items(), key=lambda kv: -kv[1])[:3]


def probs(**kw: float) -> dict[str, float]:
    """A full distribution: the given values, the rest spread evenly."""
    rest = (1.0 - sum(kw.values())) / (len(LABELS) - len(kw))
    return {lab: kw.get(lab, rest) for lab in LABELS}


def test_combine_no_trigger_uses_classifier():
    assert combine(None, probs(ASSAULT=0.5)) == "ASSAULT"
    assert combine(None, probs(NONE=0.5)) is None


def test_combine_keeps_rule_when_classifier_is_unsure_or_agrees():
    assert combine("ACCUSE", probs(REJECT=0.5, ACCUSE=0.2)) == "ACCUSE"
    assert combine("ACCUSE", probs(ACCUSE=0.9)) == "ACCUSE"
    # sure of another type, but still gives the rule's type some weight
    assert combine("ACCUSE", probs(REJECT=0.8, ACCUSE=0.1)) == "ACCUSE"


def test_combine_type_veto():
    assert combine("AID", probs(ASSAULT=0.9, AID=0.01)) == "ASSAULT"
    # below the 0.6 confidence needed to overrule a trigger
    assert combine("AID", probs(ASSAULT=0.55, AID=0.01)) == "AID"


def test_combine_none_veto():
    assert combine("AID", probs(NONE=0.8, AID=0.1)) is None
    assert combine("AID", probs(NONE=0.65, AID=0.2)) == "AID"
    # switched off where every sentence is known to hold an event
    assert combine("AID", probs(NONE=0.8, AID=0.1), none_veto=1.0) == "AID"


def test_silver_data_is_well_formed():
    path = REPO / "training" / "event_types" / "silver.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 800
    assert {r["label"] for r in rows} == set(LABELS)
    assert all(r["source"].startswith(("reuters:", "polnear:")) for r in rows)
    assert len({r["text"] for r in rows}) == len(rows)
