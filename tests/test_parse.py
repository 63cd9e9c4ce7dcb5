"""The spaCy stage: tokenisation choices dateline makes on top of the English model."""

from __future__ import annotations

from dateline.parse import load


def test_money_magnitude_stays_one_token():
    doc = load()("Britain pledged £100m and $37m; Japan gave 3.5bn yen.")
    words = [t.text for t in doc]
    assert "100m" in words and "37m" in words and "3.5bn" in words


def test_other_units_still_split_off_numbers():
    words = [t.text for t in load()("The convoy was 5km long and carried 10kg of food.")]
    assert words[3:5] == ["5", "km"]
    assert "kg" in words


def test_a_pledge_in_millions_keeps_its_verb_and_object():
    doc = load()("Saudi Arabia has pledged $100m to help Yemen.")
    pledged = next(t for t in doc if t.text == "pledged")
    assert pledged.dep_ == "ROOT"
    assert any(c.dep_ == "dobj" and c.text == "100m" for c in pledged.children)


def test_a_paragraph_break_ends_a_sentence_and_no_name_crosses_it():
    # "on X." reads like an initial ("Malcolm X."), so the model ran the two paragraphs into
    # one sentence and tagged "X.\n\nTusk" as one organisation
    doc = load()(
        '"We will meet in Warsaw," Zelensky wrote on X.\n\nTusk said last week that Poland would wait.'
    )
    tusk = next(t for t in doc if t.text == "Tusk")
    assert tusk.is_sent_start
    assert all("\n\n" not in ent.text for ent in doc.ents)
