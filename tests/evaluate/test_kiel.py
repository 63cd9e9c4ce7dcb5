"""The Kiel tracker evaluation: its row selection rules on a hand-made CSV, and the floors on the real one."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dateline.evaluate.kiel import evaluate

KIEL = Path(__file__).resolve().parents[3] / "shared" / "data" / "kiel" / "kiel_dev.csv"
COLUMNS = [
    "ID", "Countries", "Announcement Date", "Type of Aid General", "Type of Aid Specific", "Explanation",
    "Original Currency", "Monetary Value as Given by Source", "Items", "No. of Units",
]  # fmt: skip

ROWS = [
    # single value, currency code after the number
    ["X1", "Norway", "2023-01-05", "Military", "Weapons", "Norway donated 12 howitzers worth 300 million NOK.",
     "NOK", "300000000", "howitzer", "12"],
    # a sum of two stated parts: not a single-value row, so not a miss
    ["X2", "Australia", "2023-01-06", "Military", "Weapons",
     "The vans are worth AUD 12 million and the trucks AUD 48.9 million.", "AUD", "60900000", ".", "."],
    # a bare dollar sign from a Canadian donor
    ["X3", "Canada", "2023-01-07", "Humanitarian", "Assistance",
     "Ottawa will give $25 million in humanitarian aid for food and shelter.", "CAD", "25000000", ".", "."],
    # no figure at all
    ["X4", "Latvia", "2023-01-08", "Financial", "Loan", "A loan for budget support; the value was not given.",
     ".", "Not given", ".", "."],
    # units given in the row but only as part of money in the text: not counted as an items row
    ["X5", "United States", "2023-01-09", "Military", "Weapons", "Drawdown of USD 400 million for weapons.",
     "USD", "400000000", "Stinger missile", "400"],
]  # fmt: skip


def write_csv(tmp_path: Path) -> Path:
    path = tmp_path / "kiel.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        w.writerows(ROWS)
    return path


def test_row_selection_and_scores(tmp_path: Path) -> None:
    r = evaluate(write_csv(tmp_path))
    assert r["rows"] == 5
    assert r["amount_rows"] == 3  # X1, X3, X5: the value is written once with a currency
    assert r["amount_rows_not_single"] == 1  # X2
    assert r["amount_rows_no_value"] == 1  # X4
    assert r["amount_found"] == 1.0
    assert r["items_rows"] == 1  # X1 only: "400" in X5 is money
    assert r["items_accuracy"] == 1.0
    assert r["aidtype_accuracy"] == 1.0


def test_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="kiel_dev.csv"):
        evaluate(tmp_path / "nope.csv")


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not KIEL.exists(), reason="needs ../shared/data/kiel")
def test_floors_on_kiel_dev() -> None:
    r = evaluate(KIEL)
    assert r["amount_found"] >= 0.97
    assert r["items_accuracy"] >= 0.90
    assert r["aidtype_accuracy"] >= 0.85
