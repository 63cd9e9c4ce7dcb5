"""The TempEval-3 reader and scorer, on tiny hand-made fixtures (and the real data when present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluate.tempeval3 import _norm_value, evaluate, load, read_tml

FIX = Path(__file__).parent / "fixtures" / "tempeval3"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "tempeval3"


def test_jsonl_scores_worked_out_by_hand():
    # mini1: "Friday" (2024-01-05) and "three days" (P3D) both found exactly, right values.
    # mini2: gold "yesterday" DATE 2024-03-09; the system marks "yesterday morning" TIME
    # 2024-03-09TMO: a relaxed but not strict match, wrong value, wrong type.
    res = evaluate(FIX / "mini.jsonl")
    s = res["overall"]
    assert (s["docs"], s["gold"], s["system"]) == (2, 3, 3)
    assert s["strict"]["f1"] == pytest.approx(2 / 3)
    assert s["relaxed"]["precision"] == pytest.approx(1.0)
    assert s["relaxed"]["recall"] == pytest.approx(1.0)
    assert s["value_accuracy"] == pytest.approx(2 / 3)
    assert s["value_f1"] == pytest.approx(2 / 3)
    assert s["type_accuracy"] == pytest.approx(2 / 3)
    assert s["ms_per_sentence"] >= 0
    assert list(res["files"]) == ["mini.jsonl"]


@pytest.mark.parametrize(
    "a, b",
    [
        ("1949-XX", "1949"),
        ("1994-XX-XX", "1994"),
        ("1998-10-XX", "1998-10"),
        ("196X", "196"),
        ("19XX", "19"),
        ("2000-W7", "2000-W07"),
        ("2024-01-07T00:00", "2024-01-07"),
        ("P1E", "P10Y"),
        ("P2C", "P200Y"),
        ("1989-11-06T17", "1989-11-06T17:00"),
        ("1989-10-27T24", "1989-10-27T24:00"),
    ],
)
def test_timex3_notation_equivalences(a, b):
    assert _norm_value(a) == _norm_value(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("1989-WXX", "1989-W43"),
        ("1988-QX", "1988-Q3"),
        ("1989-WXX", "1989"),
        ("XXXX-XX-XX", ""),
        ("PXE", "PXY"),
        ("1989-11-06T17", "1989-11-06T18:00"),
    ],
)
def test_underspecified_inner_fields_stay_different(a, b):
    # "some week of 1989" is not week 43 (nor the year); only *trailing* placeholders drop
    assert _norm_value(a) != _norm_value(b)


def test_limit_keeps_first_documents():
    res = evaluate(FIX / "mini.jsonl", limit=1)
    assert res["overall"]["docs"] == 1
    assert res["overall"]["value_accuracy"] == pytest.approx(1.0)


def test_read_tml_strips_tags_and_finds_creation_time():
    doc = read_tml(FIX / "nairobi.tml")
    assert doc["dct"] == "1998-08-07"
    assert doc["text"] == "Bombs exploded Friday in Nairobi & Dar."
    (tx,) = doc["timexes"]
    assert (tx["start"], tx["end"], tx["text"], tx["value"]) == (15, 21, "Friday", "1998-08-07")


def test_folder_scores_each_file_and_the_union():
    res = evaluate(FIX)
    assert set(res["files"]) == {"mini.jsonl", "tml"}
    assert res["files"]["tml"]["value_accuracy"] == pytest.approx(1.0)
    assert res["overall"]["docs"] == 3
    assert res["overall"]["gold"] == 4


def test_missing_path_is_a_helpful_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="TempEval-3"):
        load(tmp_path / "nope")
    with pytest.raises(FileNotFoundError, match="no .jsonl"):
        load(tmp_path)


def test_bad_line_names_file_and_line(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"text": "x", "dct": "2024-01-01", "timexes": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        load(f)


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.exists(), reason="shared TempEval-3 data absent")
def test_real_data_floors():
    res = evaluate(SHARED, limit=40)
    for name in ("timebank.jsonl", "aquaint.jsonl"):
        s = res["files"][name]
        assert s["relaxed"]["f1"] >= 0.85, name
        assert s["value_f1"] >= 0.70, name
