"""The pinned-floor gate: committed gold fixtures must not score below eval/floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import EvalError
from dateline.evaluate import floors, run

FIXTURES = Path(__file__).parent / "fixtures" / "gold"


def _data() -> dict:
    return {
        "suites": {
            "s": {
                "target": "x",
                "floors": {"events.f1": 0.5, "dates.value_acc": 0.0},
                "ceilings": {"must_not": 2},
            }
        },
        "log": [],
    }


def test_gold_fixtures_stay_above_their_floors() -> None:
    data = floors.load(floors.DEFAULT_FLOORS)
    suite = data["suites"]["fixtures"]
    assert floors.suite_target(suite) == FIXTURES.resolve()
    figures = run(FIXTURES).figures
    assert floors.check(figures, suite) == []


def test_every_gated_figure_has_a_floor() -> None:
    suite = floors.load(floors.DEFAULT_FLOORS)["suites"]["fixtures"]
    figures = run(FIXTURES).figures
    wanted = {name for name in figures if floors.gated(name)}
    assert wanted == set(suite["floors"]) | set(suite["ceilings"])


def test_fixtures_are_complete_pairs() -> None:
    stems = {p.stem for p in FIXTURES.glob("*.json")}
    assert len(stems) == 3 and stems == {p.stem for p in FIXTURES.glob("*.txt")}
    for p in FIXTURES.glob("*.json"):
        assert json.loads(p.read_text())["doc"] == p.stem


def test_check_reports_drops_and_rises() -> None:
    suite = _data()["suites"]["s"]
    assert floors.check({"events.f1": 0.5, "dates.value_acc": None, "must_not": 2}, suite) == []
    failures = floors.check({"events.f1": 0.4994, "dates.value_acc": 0.1, "must_not": 3}, suite)
    assert failures == ["events.f1: 0.499 fell below its floor 0.5", "must_not: 3 rose above its ceiling 2"]
    suite["floors"]["dates.value_acc"] = 0.2
    assert floors.check({"events.f1": 0.6, "dates.value_acc": None}, suite) == [
        "dates.value_acc: nothing to judge (None), floor 0.2"
    ]


def test_update_only_tightens() -> None:
    data = _data()
    changes = floors.update(
        data, "s", {"events.f1": 0.41, "dates.value_acc": 0.75, "must_not": 1, "events.tp": 9}
    )
    suite = data["suites"]["s"]
    assert suite["floors"] == {
        "events.f1": 0.5,
        "dates.value_acc": 0.75,
    }  # 0.41 does not lower; counts not gated
    assert suite["ceilings"] == {"must_not": 1}
    assert changes == ["dates.value_acc: 0.0 -> 0.75", "must_not: 2 -> 1"] and data["log"] == []


def test_lowering_needs_a_reason_which_is_logged() -> None:
    data = _data()
    with pytest.raises(EvalError, match="reason"):
        floors.update(data, "s", {"events.f1": 0.41}, lower=True)
    floors.update(
        data, "s", {"events.f1": 0.41, "must_not": 3}, lower=True, reason="new gold", today="2026-01-01"
    )
    assert data["suites"]["s"]["floors"]["events.f1"] == 0.41
    assert data["suites"]["s"]["ceilings"]["must_not"] == 3
    assert data["log"][0] == {
        "date": "2026-01-01",
        "suite": "s",
        "figure": "events.f1",
        "from": 0.5,
        "to": 0.41,
        "reason": "new gold",
    }


def test_command_line_update_and_lower(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "floors.json"
    floors.save(_data(), path)
    monkeypatch.setattr(floors, "measure", lambda suite, root=None: {"events.f1": 0.3, "must_not": 0})
    assert floors.main(["--floors", str(path)]) == 1  # 0.3 < 0.5
    assert floors.main(["--floors", str(path), "--update"]) == 0
    assert json.loads(path.read_text())["suites"]["s"]["floors"]["events.f1"] == 0.5
    assert floors.main(["--floors", str(path), "--lower"]) == 2  # no reason
    assert floors.main(["--floors", str(path), "--lower", "--reason", "harder gold"]) == 0
    saved = json.loads(path.read_text())
    assert saved["suites"]["s"]["floors"]["events.f1"] == 0.3 and saved["log"][-1]["reason"] == "harder gold"
    assert floors.main(["--floors", str(path)]) == 0


# --------------------------------------------------------------------------- outside a source checkout


def test_installed_elsewhere_the_gate_says_it_needs_a_checkout(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(floors, "REPO_ROOT", None)  # as in site-packages: no eval/ beside the package
    monkeypatch.chdir(tmp_path)  # and the current folder is no checkout either
    with pytest.raises(EvalError, match=r"no dateline source checkout found.*--root"):
        floors.load()
    with pytest.raises(EvalError, match="no dateline source checkout found"):
        floors.suite_target({"target": "tests/evaluate/fixtures/gold"})
    assert floors.main([]) == 2
    assert "pass --root" in capsys.readouterr().err


def test_a_checkout_is_found_from_the_current_folder_or_given_with_root(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(floors, "REPO_ROOT", None)
    checkout = tmp_path / "repo"
    (checkout / "eval").mkdir(parents=True)
    floors.save(_data(), checkout / "eval" / "floors.json")
    (checkout / "docs").mkdir()
    monkeypatch.chdir(checkout / "docs")  # a folder below the checkout's root
    assert floors.checkout_root() == checkout.resolve()
    assert floors.load()["suites"]["s"]["target"] == "x"
    assert floors.suite_target({"target": "x"}) == checkout.resolve() / "x"
    # --root wins over the current folder and resolves relative targets
    other = tmp_path / "other"
    other.mkdir()
    assert floors.suite_target({"target": "x"}, other) == other.resolve() / "x"
    assert floors.suite_target({"target": "/abs/gold"}, other) == Path("/abs/gold")
    with pytest.raises(EvalError, match="not a folder"):
        floors.checkout_root(tmp_path / "missing")
    seen = []
    monkeypatch.setattr(floors, "measure", lambda suite, root=None: seen.append(root) or {"events.f1": 0.6})
    assert floors.main(["--root", str(checkout)]) == 0
    assert seen == [checkout]


def test_this_checkout_is_the_default_root() -> None:
    assert floors.REPO_ROOT == Path(__file__).resolve().parents[2]
    assert floors.DEFAULT_FLOORS == floors.REPO_ROOT / "eval" / "floors.json"
