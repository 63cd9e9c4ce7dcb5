"""The gold scorer: hand-made gold and system records whose figures are worked out by hand."""

from __future__ import annotations

import copy
import itertools
import json
import random
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from dateline.errors import EvalError
from dateline.evaluate import run, score_records
from dateline.evaluate.gold import Matcher, best_assignment, score_document, texts_overlap

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

# A small made-up article: a minister's visit, a pledge, a protest, two quotes.
GOLD: dict[str, Any] = {
    "doc": "t1",
    "published": "2025-05-06",
    "body": {"starts_with": "Finnish Defence Minister Aino Virta arrived", "must_not_contain": ["Subscribe"]},
    "entities": [
        {
            "name": "Aino Virta",
            "type": "PERSON",
            "country": "FIN",
            "aliases": ["Virta", "Defence Minister Aino Virta"],
        },
        {"name": "Finland", "type": "GPE", "country": "FIN", "aliases": ["Finnish"]},
        {"name": "Estonia", "type": "GPE", "country": "EST"},
        {"name": "Tallinn", "type": "GPE", "country": "EST"},
        {"name": "Karl Tamm", "type": "PERSON", "country": "EST", "aliases": ["Tamm"]},
        {"name": "Baltic Sea", "type": "LOC", "optional": True},
    ],
    "dates": [
        {"text": "on Monday", "value": "2025-05-05"},
        {"text": "next spring", "value": ["2026-SP", "FUTURE_REF"]},
        {"text": "May 2025", "value": "2025-05", "optional": True},
    ],
    "quotes": [
        {
            "speaker": "Aino Virta",
            "text": "Our support for Estonia will not waver",
            "direct": True,
            "cue": "said",
        },
        {
            "speaker": "Karl Tamm",
            "text": "the radars would arrive before winter",
            "direct": False,
            "cue": "said",
        },
        {"speaker": None, "text": "protesters blocked the harbour road", "direct": False, "optional": True},
    ],
    "events": [
        {
            "type": "CONSULT",
            "source": ["Aino Virta", "Finland"],
            "target": ["Karl Tamm", "Estonia"],
            "date": "2025-05-05",
            "location": "Tallinn",
            "status": "occurred",
            "evidence": "met Tamm in Tallinn",
        },
        {
            "type": ["AID", "COOPERATE"],
            "source": ["Finland", "Aino Virta"],
            "target": ["Estonia"],
            "date": None,
            "status": "pledged",
            "amount": {"value": 12_000_000, "currency": "EUR"},
            "items": [{"what": "coastal radars", "count": 4}],
            "evidence": "pledged four coastal radars worth 12 million euros",
        },
        {
            "type": "PROTEST",
            "source": [None],
            "target": None,
            "status": "occurred",
            "optional": True,
            "evidence": "protesters blocked the harbour road",
        },
    ],
    "must_not": [{"type": "AID", "source": "Estonia", "target": "Finland"}],
}


def perfect() -> dict[str, Any]:
    """The system record a perfect extractor would give for GOLD."""
    return {
        "published": "2025-05-06",
        "body": "Finnish Defence Minister Aino Virta arrived in Tallinn on Monday.",
        "entities": [
            {"name": "Aino Virta", "type": "PERSON", "country": "FIN"},
            {"name": "Finland", "type": "GPE", "country": "FIN"},
            {"name": "Estonia", "type": "GPE", "country": "EST"},
            {"name": "Tallinn", "type": "GPE", "country": "EST"},
            {"name": "Karl Tamm", "type": "PERSON", "country": "EST"},
        ],
        "dates": [{"text": "on Monday", "value": "2025-05-05"}, {"text": "next spring", "value": "2026-SP"}],
        "quotes": [
            {"speaker": "Aino Virta", "text": "Our support for Estonia will not waver", "direct": True},
            {"speaker": "Karl Tamm", "text": "the radars would arrive before winter", "direct": False},
        ],
        "events": [
            {
                "type": "CONSULT",
                "source": ["Aino Virta"],
                "target": ["Karl Tamm"],
                "date": "2025-05-05",
                "location": "Tallinn",
                "status": "occurred",
                "evidence": "met Tamm in Tallinn",
            },
            {
                "type": "AID",
                "source": ["Finland"],
                "target": ["Estonia"],
                "status": "pledged",
                "amount": {"value": 12_000_000, "currency": "EUR"},
                "items": [{"what": "coastal radars", "count": 4}],
                "evidence": "pledged four coastal radars",
            },
        ],
    }


def figures(system: dict[str, Any], gold: dict[str, Any] = GOLD) -> dict[str, Any]:
    return score_document(gold, system).figures()


def event_gold(**event: Any) -> dict[str, Any]:
    """GOLD with only one (required) event."""
    g = copy.deepcopy(GOLD)
    g["events"] = [event]
    return g


# --------------------------------------------------------------------------- whole systems


def test_perfect_system_scores_one_everywhere() -> None:
    f = figures(perfect())
    for name, value in f.items():
        if name.endswith((".tp", ".sys", ".gold")):
            continue
        expected = 0 if name == "must_not" else 1.0
        assert value == expected, name
    assert f["entities.tp"] == 5 and f["events.tp"] == 2 and f["dates.gold"] == 2


def test_empty_system_has_zero_recall_and_no_credit() -> None:
    f = figures({})
    for lst in ("entities", "dates", "quotes_direct", "quotes_indirect", "events"):
        assert f[f"{lst}.r"] == 0.0
        assert f[f"{lst}.p"] == 0.0  # nothing proposed against a non-empty gold
        assert f[f"{lst}.f1"] == 0.0
    assert f["entities.type_acc"] is None  # no matched pairs to judge
    assert f["body_ok"] == 0.0 and f["published_ok"] == 0.0 and f["must_not"] == 0


def test_empty_gold_and_empty_system_is_perfect() -> None:
    f = figures({}, {"doc": "x", "published": "2025-01-01"})
    assert f["events.p"] == 1.0 and f["events.r"] == 1.0


# --------------------------------------------------------------------------- entities


def test_entity_precision_ignores_other_types_and_counts_strangers() -> None:
    s = perfect()
    s["entities"] += [{"name": "Finnish", "type": "NORP"}, {"name": "Olli Nieminen", "type": "PERSON"}]
    f = figures(s)
    assert f["entities.sys"] == 6 and f["entities.p"] == pytest.approx(5 / 6)


def test_entity_matched_by_alias_or_whole_words_with_type_and_country_accuracy() -> None:
    s = perfect()
    s["entities"][0] = {"name": "Minister Virta", "type": "PERSON", "country": "FIN"}  # words of an alias
    s["entities"][4] = {"name": "Tamm", "type": "ORG", "country": None}  # alias; wrong type and country
    f = figures(s)
    assert f["entities.tp"] == 5
    assert f["entities.type_acc"] == pytest.approx(4 / 5)
    assert f["entities.country_acc"] == pytest.approx(4 / 5)


def test_optional_entity_is_neither_credit_nor_penalty() -> None:
    s = perfect()
    s["entities"].append({"name": "Baltic Sea", "type": "LOC"})
    f = figures(s)
    assert (f["entities.tp"], f["entities.sys"], f["entities.gold"]) == (5, 5, 5)


def test_matcher_whole_word_containment_only() -> None:
    m = Matcher(GOLD["entities"])
    assert m.refers_to("Defence Minister Aino Virta") == [0]
    assert m.refers_to("Finnish Defence Minister Aino Virta") == [0, 1]  # holds the alias "Finnish" too
    assert m.refers_to("Virt") == []  # part of a word is not a match
    assert m.same({"name": "Karl Tamm"}, "Karl Tamm")
    assert not m.same("Karl Tamm", None) and m.same(None, None)


# --------------------------------------------------------------------------- dates


def test_date_extent_by_containment_and_value_alternatives() -> None:
    s = perfect()
    s["dates"] = [
        {"text": "Monday", "value": "2025-05-12"},  # inside "on Monday", wrong value
        {"text": "next spring", "value": "FUTURE_REF"},  # one of the listed values
        {"text": "in May 2025", "value": "2025-05"},  # contains the optional gold date: no credit, no penalty
        {"text": "yesterday", "value": "2025-05-05"},  # matches nothing
    ]
    f = figures(s)
    assert (f["dates.tp"], f["dates.sys"], f["dates.gold"]) == (2, 3, 2)
    assert f["dates.value_acc"] == 0.5


# --------------------------------------------------------------------------- quotes


def test_swapped_speaker_is_caught_by_speaker_accuracy() -> None:
    s = perfect()
    s["quotes"][0]["speaker"] = "Karl Tamm"
    f = figures(s)
    assert f["quotes_direct.f1"] == 1.0
    assert f["quotes_direct.speaker_acc"] == 0.0
    assert f["quotes_indirect.speaker_acc"] == 1.0


def test_quote_overlap_half_of_shorter_and_direct_kept_apart() -> None:
    assert texts_overlap("support for Estonia", "Our support for Estonia will not waver")
    assert not texts_overlap("the ferry left at dawn", "Our support for Estonia will not waver")
    s = perfect()
    s["quotes"][1]["direct"] = True  # reported speech given as direct: wrong list on both counts
    f = figures(s)
    assert (f["quotes_direct.tp"], f["quotes_direct.sys"]) == (1, 2)
    assert (f["quotes_indirect.tp"], f["quotes_indirect.gold"]) == (0, 1)


# --------------------------------------------------------------------------- events


def test_event_alternatives_type_names_and_null_target() -> None:
    s = perfect()
    s["events"][1]["type"] = "COOPERATE"  # listed alternative type
    s["events"][1]["source"] = ["Aino Virta"]  # second acceptable source name
    s["events"].append({"type": "PROTEST", "source": [], "target": ["Finland"], "status": "occurred"})
    f = figures(s)
    # the PROTEST matches the optional gold event (null target accepts anything): not a false positive
    assert (f["events.tp"], f["events.sys"], f["events.gold"]) == (2, 2, 2)


def test_wrong_type_or_side_is_no_match() -> None:
    s = perfect()
    s["events"][1]["type"] = "SANCTION"
    s["events"][0]["target"] = ["Finland"]
    f = figures(s)
    assert (f["events.tp"], f["events.sys"]) == (0, 2)


def test_symmetric_types_may_swap_sides_others_may_not() -> None:
    consult = {"type": "CONSULT", "source": ["Karl Tamm"], "target": ["Aino Virta"], "status": "occurred"}
    g = event_gold(type="CONSULT", source=["Aino Virta"], target=["Karl Tamm"], status="occurred")
    assert figures({"events": [consult]}, g)["events.tp"] == 1
    g = event_gold(type="ACCUSE", source=["Aino Virta"], target=["Karl Tamm"], status="occurred")
    assert figures({"events": [dict(consult, type="ACCUSE")]}, g)["events.tp"] == 0


def test_status_planned_equals_pledged_and_missing_means_occurred() -> None:
    g = event_gold(type="AID", source=["Finland"], target=["Estonia"], status="pledged")
    planned = {"type": "AID", "source": ["Finland"], "target": ["Estonia"], "status": "planned"}
    assert figures({"events": [planned]}, g)["events.status_acc"] == 1.0
    assert figures({"events": [dict(planned, status="occurred")]}, g)["events.status_acc"] == 0.0
    g = event_gold(type="AID", source=["Finland"], target=["Estonia"], status=["occurred", "ongoing"])
    assert figures({"events": [dict(planned, status=None)]}, g)["events.status_acc"] == 1.0


@pytest.mark.parametrize(
    ("value", "currency", "ok"),
    [
        (12_059_000, "EUR", True),
        (11_941_000, "eur", True),
        (12_061_000, "EUR", False),
        (12_000_000, "USD", False),
    ],
)
def test_amount_within_half_a_percent_same_currency(value: float, currency: str, ok: bool) -> None:
    s = perfect()
    s["events"][1]["amount"] = {"value": value, "currency": currency}
    assert figures(s)["events.amount_acc"] == (1.0 if ok else 0.0)


def test_items_need_same_count_and_only_counted_gold_items_are_checked() -> None:
    s = perfect()
    s["events"][1]["items"] = [{"what": "radars", "count": 3}]
    assert figures(s)["events.items_acc"] == 0.0
    g = copy.deepcopy(GOLD)
    g["events"][1]["items"] = [{"what": "coastal radars", "count": None}]
    assert figures(s, g)["events.items_acc"] == 1.0


def test_field_accuracies_only_where_gold_gives_the_field() -> None:
    f = figures(perfect())
    # gold gives a date for the CONSULT only (AID has null date) and a location for the CONSULT only
    s = score_document(GOLD, perfect())
    assert s.lists["events"].fields["date"].n == 1 and s.lists["events"].fields["location"].n == 1
    assert f["events.amount_acc"] == 1.0


def test_event_order_does_not_change_the_score() -> None:
    # Two system CONSULTs: the first also fits the gold event but with the wrong date; a greedy
    # first-come pairing would take it, the assignment takes the better one.
    g = event_gold(
        type="CONSULT", source=["Finland"], target=["Estonia"], date="2025-05-05", status="occurred"
    )
    good = {"type": "CONSULT", "source": ["Finland"], "target": ["Estonia"], "date": "2025-05-05"}
    bad = dict(good, date="2025-04-01")
    for events in ([bad, good], [good, bad]):
        f = figures({"events": events}, g)
        assert (f["events.tp"], f["events.sys"], f["events.date_acc"]) == (1, 2, 1.0)


def test_must_not_hit_is_counted_once_per_pattern() -> None:
    s = perfect()
    forbidden = {"type": "AID", "source": ["Estonia"], "target": ["Finland"], "status": "occurred"}
    s["events"] += [forbidden, dict(forbidden)]
    assert figures(s)["must_not"] == 1
    g = copy.deepcopy(GOLD)
    g["must_not"] = [{"type": "AID", "source": "Finland", "items": "radar"}]
    assert figures(perfect(), g)["must_not"] == 1  # "radar" is in "coastal radars"


def test_body_and_published_checks() -> None:
    s = perfect()
    s["body"] = "Subscribe now! " + s["body"]
    s["published"] = "2025-05-06T10:00:00"
    f = figures(s)
    assert f["body_ok"] == 0.0 and f["published_ok"] == 1.0


# --------------------------------------------------------------------------- assignment


def _brute_force(weights: list[list[int]]) -> int:
    rows, cols = len(weights), len(weights[0]) if weights else 0
    best = 0
    for perm in itertools.permutations(range(cols + rows), rows):
        best = max(best, sum(weights[r][c] for r, c in enumerate(perm) if c < cols and weights[r][c] > 0))
    return best


def test_assignment_is_maximal_on_random_small_matrices() -> None:
    rng = random.Random(7)
    for _ in range(300):
        rows, cols = rng.randint(0, 4), rng.randint(1, 4)
        w = [[rng.choice([0, 0, 5, 7, 100, 103]) for _ in range(cols)] for _ in range(rows)]
        pairs = best_assignment(w)
        assert len(set(pairs.values())) == len(pairs)
        assert all(w[r][c] > 0 for r, c in pairs.items())
        assert sum(w[r][c] for r, c in pairs.items()) == _brute_force(w)


# --------------------------------------------------------------------------- files, run, report


def _write_gold(folder: Path) -> None:
    (folder / "t1.json").write_text(json.dumps(GOLD))
    (folder / "t1.txt").write_text(
        " date 2025-05-06 Finnish Defence Minister Aino Virta arrived in Tallinn.\n"
    )


def test_score_records_from_dict_and_folder_agree(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    system = tmp_path / "sys"
    gold.mkdir()
    system.mkdir()
    _write_gold(gold)
    (system / "t1.json").write_text(json.dumps([perfect()]))  # a one-element list, as some tools write
    a = score_records(gold, {"t1": perfect()})
    b = score_records(gold, system)
    assert a.figures == b.figures and a.figures["events.f1"] == 1.0
    assert score_records(gold, {}).figures["entities.r"] == 0.0


def test_explain_lists_false_positives_and_negatives_with_evidence(tmp_path: Path) -> None:
    _write_gold(tmp_path)
    s = perfect()
    s["events"][0]["type"] = "ACCUSE"  # the CONSULT becomes a false negative, the ACCUSE a false positive
    text = score_records(tmp_path, {"t1": s}, explain=True).render("table")
    assert "FN       events           CONSULT Aino Virta|Finland -> Karl Tamm|Estonia" in text
    assert "FP       events           ACCUSE Aino Virta -> Karl Tamm" in text
    assert "evidence: 'met Tamm in Tallinn'" in text
    data = json.loads(score_records(tmp_path, {"t1": s}, explain=True).render("json"))
    kinds = {(m["list"], m["kind"]) for m in data["documents"][0]["misses"]}
    assert kinds == {("events", "false_negative"), ("events", "false_positive")}


def test_render_rejects_unknown_format(tmp_path: Path) -> None:
    _write_gold(tmp_path)
    with pytest.raises(EvalError, match="table"):
        score_records(tmp_path, {}).render("xml")


def test_run_unknown_dataset_lists_known_ones(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="kiel, plover-gsr, polnear, tempeval3"):
        run(tmp_path, dataset="muc4")


def test_run_dataset_calls_the_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    fake = types.ModuleType("dateline.evaluate.plover_gsr")
    result = {"type": {"macro_f1": 0.5, "n": 3}, "failures": ["a row"]}
    fake.evaluate = lambda path, *, limit=None: calls.append((path, limit)) or result
    monkeypatch.setitem(sys.modules, "dateline.evaluate.plover_gsr", fake)
    report = run(tmp_path, dataset="plover-gsr", limit=3)
    assert calls == [(tmp_path, 3)] and report.figures == {"type.macro_f1": 0.5, "type.n": 3}
    assert "type.macro_f1  0.500" in report.render("table")
    assert json.loads(report.render("json"))["extra"] == {"failures": ["a row"]}


def test_run_dataset_turns_reader_errors_into_eval_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = types.ModuleType("dateline.evaluate.kiel")

    def broken(path: Path, *, limit: int | None = None) -> dict:
        raise ValueError("row 3: no Countries column")

    fake.evaluate = broken
    monkeypatch.setitem(sys.modules, "dateline.evaluate.kiel", fake)
    with pytest.raises(EvalError, match="'kiel'.*row 3"):
        run(tmp_path, dataset="kiel")


def test_run_needs_articles_beside_gold(tmp_path: Path) -> None:
    (tmp_path / "t1.json").write_text(json.dumps(GOLD))
    with pytest.raises(EvalError, match="t1.txt"):
        run(tmp_path)
    with pytest.raises(EvalError, match="not a folder"):
        run(tmp_path / "t1.json")
    (tmp_path / "empty").mkdir()
    with pytest.raises(EvalError, match="no <id>.json"):
        run(tmp_path / "empty")


# --------------------------------------------------------------------------- the reference scorer


def _as_system(gold: dict[str, Any]) -> dict[str, Any]:
    """A gold file turned into the record of a system that found everything (first alternatives)."""

    def first(v: Any) -> Any:
        return v[0] if isinstance(v, list) else v

    return {
        "published": gold["published"],
        "body": gold.get("body", {}).get("starts_with", ""),
        "entities": [{k: e.get(k) for k in ("name", "type", "country")} for e in gold["entities"]],
        "dates": [{"text": d["text"], "value": first(d["value"])} for d in gold.get("dates", [])],
        "quotes": [{k: q.get(k) for k in ("text", "speaker", "direct")} for q in gold.get("quotes", [])],
        "events": [
            {**e, "type": first(e["type"]), "status": first(e.get("status")), "date": first(e.get("date"))}
            for e in gold.get("events", [])
        ],
    }


def _perturbations(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """The perfect record, and versions with dropped items, swapped speakers, wrong fields and forbidden events."""
    perfect_record = _as_system(gold)
    dropped = copy.deepcopy(perfect_record)
    for key in ("entities", "dates", "quotes", "events"):
        dropped[key] = dropped[key][::2]
    swapped = copy.deepcopy(perfect_record)
    speakers = [q["speaker"] for q in swapped["quotes"]]
    for q, other in zip(swapped["quotes"], speakers[1:] + speakers[:1], strict=True):
        q["speaker"] = other
    for e in swapped["events"][::2]:
        e["source"], e["target"] = e.get("target"), e.get("source")
    wrong = copy.deepcopy(perfect_record)
    for d in wrong["dates"][::2]:
        d["value"] = "1999"
    for e in wrong["events"][1::2]:
        e["status"], e["date"], e["location"] = "negated", "1999-01-01", None
    for ent in wrong["entities"][::3]:
        ent["type"], ent["country"] = "LOC", None
    wrong["events"] += [
        {k: (v[0] if isinstance(v, list) else v) for k, v in p.items() if k != "items"}
        for p in gold.get("must_not", [])
    ]
    wrong["published"] = None
    return [perfect_record, dropped, swapped, wrong, {}]


@pytest.mark.shared
def test_same_totals_as_the_reference_scorer(tmp_path: Path) -> None:
    gold_dir = SHARED / "gold" / "dev"
    scorer = SHARED / "tools" / "score_gold.py"
    if not gold_dir.is_dir() or not scorer.is_file():
        pytest.skip("../shared gold files or reference scorer not available")
    golds = {p.stem: json.loads(p.read_text()) for p in sorted(gold_dir.glob("*.json"))}
    variants = {stem: _perturbations(g) for stem, g in golds.items()}
    for i in range(5):
        folder = tmp_path / f"sys{i}"
        folder.mkdir()
        for stem, records in variants.items():
            (folder / f"{stem}.json").write_text(json.dumps(records[i]))
        ours = score_records(gold_dir, folder).summary()
        out = subprocess.run(
            [sys.executable, str(scorer), str(gold_dir), str(folder), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert ours == json.loads(out.stdout), f"variant {i}"
