"""Issue targets already met on the shared dev data, pinned so a change cannot silently undo them.

These need ``../shared`` (beside the repository) and skip without it. They assert quality
figures, never timings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not (SHARED / "gold" / "dev").is_dir(), reason="needs ../shared"),
]


@pytest.fixture(scope="module")
def dev_figures() -> dict:
    from dateline.evaluate import run

    return run(SHARED / "gold" / "dev").figures


def test_dev_gold_events_entities_quotes_and_must_not(dev_figures: dict) -> None:
    f = dev_figures
    assert f["events.f1"] >= 0.60 and f["events.p"] >= 0.75  # issue: event F1 >= 0.60 with P >= 0.75
    assert f["must_not"] == 0
    assert f["entities.f1"] >= 0.90 and f["entities.country_acc"] >= 0.95
    assert f["quotes_direct.f1"] >= 0.90 and f["quotes_direct.speaker_acc"] >= 0.90
    assert f["quotes_indirect.f1"] >= 0.70
    assert f["body_ok"] == 1.0 and f["published_ok"] == 1.0


def test_plover_gsr_type_accuracy() -> None:
    from dateline.evaluate.plover_gsr import evaluate

    figures = evaluate(SHARED / "data" / "plover" / "plover_gsr_dev.json")
    assert figures["type_accuracy"] >= 0.75
    assert figures["source_code_accuracy"] >= 0.80  # issue: source country-code accuracy >= 0.80


@pytest.mark.slow
def test_polnear_attribution_targets() -> None:
    from dateline.evaluate.polnear import evaluate

    figures = evaluate(SHARED / "data" / "polnear")
    assert figures["quoted.source.f1"] >= 0.92  # issue: quoted source F1 >= 0.92
    assert figures["quoted.content@50.f1"] >= 0.88  # issue: quoted content F1 >= 0.88
    assert figures["all.content@50.f1"] >= 0.70  # issue: all-attribution content F1 >= 0.70
    assert figures["all.content_exact.f1"] >= 0.60  # issue: exact-span content F1 >= 0.60 (met by 0.001)


def test_tempeval3_relaxed_extent() -> None:
    from dateline.evaluate.tempeval3 import evaluate

    figures = evaluate(SHARED / "data" / "tempeval3")
    assert figures["overall"]["relaxed"]["f1"] >= 0.90  # issue: relaxed extent F1 >= 0.90
