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

The floors file and the gold folders belong to a source checkout, not to the installed
package. The checkout is the one given with ``--root``, else the one this module runs
from (an editable install), else the current folder or the nearest one above it that
has ``eval/floors.json``; when there is none, the command stops with a message saying so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from ..errors import EvalError

#: Where a checkout keeps its floors, relative to its root.
FLOORS_FILE = Path("eval", "floors.json")


def _source_checkout() -> Path | None:
    """The checkout this module runs from (``src/dateline/evaluate/floors.py``), or None when installed."""
    parents = Path(__file__).resolve().parents
    root = parents[3] if len(parents) > 3 else None
    if root is None or not (root / FLOORS_FILE).is_file() or not (root / "pyproject.toml").is_file():
        return None  # e.g. site-packages/dateline/evaluate/floors.py: no eval/ folder beside it
    return root


#: The source checkout this module runs from, or None when dateline is installed elsewhere.
REPO_ROOT: Path | None = _source_checkout()
#: Where the floors live by default (None outside a checkout: see ``checkout_root``).
DEFAULT_FLOORS: Path | None = REPO_ROOT / FLOORS_FILE if REPO_ROOT else None
#: Figures where lower is better: they get a ceiling instead of a floor.
CEILING_FIGURES = frozenset({"must_not"})
#: Floors are kept to this many decimals, so float noise never fails a check.
PRECISION = 3


def gated(name: str) -> bool:
    """Whether a figure is worth a floor: ratios and ``must_not``, not raw counts (tp, sys, gold)."""
    return name in CEILING_FIGURES or name.rsplit(".", 1)[-1] not in {"tp", "sys", "gold"}


def find_root(start: Path) -> Path | None:
    """``start`` or the nearest folder above it that has ``eval/floors.json``, or None."""
    start = start.resolve()
    return next((d for d in (start, *start.parents) if (d / FLOORS_FILE).is_file()), None)


def checkout_root(root: str | Path | None = None) -> Path:
    """The source checkout whose floors file and gold folders to use.

    Args:
        root: the checkout to use; by default the one this module runs from, else the
            current folder or the nearest one above it with ``eval/floors.json``.

    Raises:
        EvalError: ``root`` is not a folder, or no checkout is found.
    """
    if root is not None:
        root = Path(root).resolve()
        if not root.is_dir():
            raise EvalError(f"--root {root}: not a folder; give the dateline source checkout")
        return root
    found = REPO_ROOT or find_root(Path.cwd())
    if found is None:
        package = Path(__file__).resolve().parents[1]
        raise EvalError(
            f"no dateline source checkout found: dateline runs from {package} (an installed copy) and "
            f"neither {Path.cwd()} nor a folder above it has {FLOORS_FILE}. The floors and their gold "
            "folders live in the repository: run from a checkout, or pass --root /path/to/checkout"
        )
    return found


def load(path: Path | None = None) -> dict[str, Any]:
    """Read a floors file (by default the checkout's ``eval/floors.json``).

    Raises:
        EvalError: the file is missing or is not a floors object, or no checkout is found.
    """
    path = checkout_root() / FLOORS_FILE if path is None else path
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvalError(f"{path}: cannot read floors file ({exc}); create it with --update") from exc
    if not isinstance(data, dict) or not isinstance(data.get("suites"), dict):
        raise EvalError(f"{path}: expected {{'suites': {{name: {{'target', 'floors', 'ceilings'}}}}}}")
    return data


def save(data: dict[str, Any], path: Path | None = None) -> None:
    """Write a floors file (stable key order, so diffs stay small); by default the checkout's."""
    path = checkout_root() / FLOORS_FILE if path is None else path
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def suite_target(suite: dict[str, Any], root: str | Path | None = None) -> Path:
    """The gold folder a suite runs on; a relative ``target`` is relative to the checkout root.

    Args:
        suite: one suite of a floors file.
        root: the checkout (default: see ``checkout_root``).

    Raises:
        EvalError: the target is relative and no checkout is found.
    """
    target = Path(suite["target"])
    return target if target.is_absolute() else checkout_root(root) / target


def measure(suite: dict[str, Any], root: str | Path | None = None) -> dict[str, Any]:
    """Run extraction on a suite's gold folder and return its figures."""
    from . import run

    return run(suite_target(suite, root)).figures


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
        "--root",
        type=Path,
        default=None,
        help="the dateline source checkout (default: the one dateline runs from, else the current folder)",
    )
    parser.add_argument(
        "--floors", type=Path, default=None, help="floors file (default: eval/floors.json in the checkout)"
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
        floors_path = args.floors or checkout_root(args.root) / FLOORS_FILE
        data = load(floors_path)
        names = args.suite or sorted(data["suites"])
        unknown = [n for n in names if n not in data["suites"]]
        if unknown:
            raise EvalError(f"unknown suite(s) {unknown}; known: {', '.join(sorted(data['suites']))}")
        failed = False
        for name in names:
            figures = measure(data["suites"][name], args.root)
            if args.update or args.lower:
                changes = update(data, name, figures, lower=args.lower, reason=args.reason)
                print(f"{name}: " + ("; ".join(changes) if changes else "no change"))
            else:
                failures = check(figures, data["suites"][name])
                failed |= bool(failures)
                print(f"{name}: " + ("ok" if not failures else "\n  ".join(["FLOOR BROKEN", *failures])))
        if args.update or args.lower:
            save(data, floors_path)
    except EvalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
