"""Pinned floors: figures that must never get worse without somebody saying why.

``eval/floors.json`` records, per *suite* (a gold folder committed to the repo,
such as ``tests/evaluate/fixtures/gold``), a floor for each figure (``entities.f1``
must stay at or above it) and a ceiling for figures where lower is better
(``must_not``). A test runs the suite and fails when a figure crosses its
floor or ceiling, so a change that costs quality is caught in review.

    python -m dateline.evaluate.floors             # check every suite, exit 1 on a drop
    python -m dateline.evaluate.floors --update    # raise floors (lower ceilings) to today's figures
    python -m dateline.evaluate.floors --lower --reason "dates: stricter gold for 'last week'"

``--update`` only ever tightens. Loosening needs ``--lower --reason``; the
reason is appended to the file's ``log`` with the old and new values.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from ..errors import EvalError

#: The repository root (``src/dateline/evaluate/floors.py`` -> four levels up).
REPO_ROOT = Path(__file__).resolve().parents[3]
#: Where the floors live by default.
DEFAULT_FLOORS = REPO_ROOT / "eval" / "floors.json"
#: Figures where lower is better: they get a ceiling instead of a floor.
CEILING_FIGURES = frozenset({"must_not"})
#: Floors are kept to this many decimals, so float noise never fails a check.
PRECISION = 3


def gated(name: str) -> bool:
    """Whether a figure is worth a floor: ratios and ``must_not``, not raw counts (tp, sys, gold)."""
    return name in CEILING_FIGURES or name.rsplit(".", 1)[-1] not in {"tp", "sys", "gold"}


def load(path: Path = DEFAULT_FLOORS) -> dict[str, Any]:
    """Read a floors file.

    Raises:
        EvalError: the file is missing or is not a floors object.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvalError(f"{path}: cannot read floors file ({exc}); create it with --update") from exc
    if not isinstance(data, dict) or not isinstance(data.get("suites"), dict):
        raise EvalError(f"{path}: expected {{'suites': {{name: {{'target', 'floors', 'ceilings'}}}}}}")
    return data


def save(data: dict[str, Any], path: Path = DEFAULT_FLOORS) -> None:
    """Write a floors file (stable key order, so diffs stay small)."""
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def suite_target(suite: dict[str, Any]) -> Path:
    """The gold folder a suite runs on; a relative ``target`` is relative to the repository root."""
    target = Path(suite["target"])
    return target if target.is_absolute() else REPO_ROOT / target


def measure(suite: dict[str, Any]) -> dict[str, Any]:
    """Run extraction on a suite's gold folder and return its figures."""
    from . import run

    return run(suite_target(suite)).figures


def check(figures: dict[str, Any], suite: dict[str, Any]) -> list[str]:
    """The figures that crossed their floor or ceiling, as messages (empty when all hold).

    A figure with nothing to judge (None) passes a floor of 0 and fails any higher floor.
    """
    failures = []
    for name, floor in suite.get("floors", {}).items():
        value = figures.get(name)
        if value is None:
            if floor > 0:
                failures.append(f"{name}: nothing to judge (None), floor {floor}")
        elif round(value, PRECISION) < floor:
            failures.append(f"{name}: {round(value, PRECISION)} fell below its floor {floor}")
    for name, ceiling in suite.get("ceilings", {}).items():
        value = figures.get(name)
        if value is not None and value > ceiling:
            failures.append(f"{name}: {value} rose above its ceiling {ceiling}")
    return failures


def update(
    data: dict[str, Any],
    suite_name: str,
    figures: dict[str, Any],
    *,
    lower: bool = False,
    reason: str | None = None,
    today: str | None = None,
) -> list[str]:
    """Move a suite's floors and ceilings to ``figures``; returns what changed.

    Without ``lower`` only tightening moves are made (floors up, ceilings down).
    With ``lower`` every gated figure is set to its current value, and loosening
    moves are logged with ``reason``. New figures are added either way.

    Raises:
        EvalError: ``lower`` without a reason.
    """
    if lower and not (reason and reason.strip()):
        raise EvalError("lowering floors needs a reason: --lower --reason 'why the figure may drop'")
    suite = data["suites"][suite_name]
    floors = suite.setdefault("floors", {})
    ceilings = suite.setdefault("ceilings", {})
    changes: list[str] = []
    for name, value in sorted(figures.items()):
        if not gated(name) or value is None:
            continue
        value = round(value, PRECISION) if isinstance(value, float) else value
        if name in CEILING_FIGURES:
            bound, tighter = ceilings, value < ceilings.get(name, value)
        else:
            bound, tighter = floors, value > floors.get(name, value)
        old = bound.get(name)
        if old is None or tighter:
            bound[name] = value
            changes.append(f"{name}: {old} -> {value}")
        elif lower and value != old:
            bound[name] = value
            changes.append(f"{name}: {old} -> {value} (loosened)")
            data.setdefault("log", []).append(
                {
                    "date": today or dt.date.today().isoformat(),
                    "suite": suite_name,
                    "figure": name,
                    "from": old,
                    "to": value,
                    "reason": reason,
                }
            )
    return changes


def main(argv: list[str] | None = None) -> int:
    """Check, raise or (with a reason) lower the pinned floors. Returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m dateline.evaluate.floors", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--floors", type=Path, default=DEFAULT_FLOORS, help="floors file (default: eval/floors.json)"
    )
    parser.add_argument("--suite", action="append", help="only this suite (repeatable; default: all)")
    parser.add_argument(
        "--update", action="store_true", help="raise floors / lower ceilings to the current figures"
    )
    parser.add_argument(
        "--lower", action="store_true", help="also loosen floors that the current figures are below"
    )
    parser.add_argument(
        "--reason", help="why loosening is right (required with --lower; kept in the file's log)"
    )
    args = parser.parse_args(argv)
    try:
        data = load(args.floors)
        names = args.suite or sorted(data["suites"])
        unknown = [n for n in names if n not in data["suites"]]
        if unknown:
            raise EvalError(f"unknown suite(s) {unknown}; known: {', '.join(sorted(data['suites']))}")
        failed = False
        for name in names:
            figures = measure(data["suites"][name])
            if args.update or args.lower:
                changes = update(data, name, figures, lower=args.lower, reason=args.reason)
                print(f"{name}: " + ("; ".join(changes) if changes else "no change"))
            else:
                failures = check(figures, data["suites"][name])
                failed |= bool(failures)
                print(f"{name}: " + ("ok" if not failures else "\n  ".join(["FLOOR BROKEN", *failures])))
        if args.update or args.lower:
            save(data, args.floors)
    except EvalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
