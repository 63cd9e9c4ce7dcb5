"""Sentences where a rule of the same session once asserted something the text does not say.

Each case was found by reading the rules against own sentences (a review of session 6's
changes); the expected readings are worked out by hand from the PLOVER guide.
"""

from __future__ import annotations

import pytest
from helpers import events_of, no_event

PUB = "2024-03-05"


def _seen(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return [(e.type, e.source, e.target, e.status) for e in events_of(text, PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian ammunition depot exploded near Kyiv on Monday.",
        "Israeli air raid sirens went off in Tel Aviv on Monday.",
        "A coal mine in eastern Ukraine exploded on Monday after a methane leak.",
    ],
)
def test_what_explodes_by_accident_is_no_attack(text):
    no_event(events_of(text, PUB), "ASSAULT")


def test_two_sides_killing_in_one_sentence_are_two_attacks():
    text = (
        "Russian troops killed 12 civilians in Bucha in March, and Ukrainian forces killed five "
        "Russian soldiers in Kursk in August."
    )
    sources = [e.source for e in events_of(text, PUB) if e.type == "ASSAULT"]
    assert ("Russia",) in sources and ("Ukraine",) in sources, _seen(text)


@pytest.mark.parametrize(
    "second",
    [
        "Ukraine's economy was hit hard last year.",
        "A Ukrainian diplomat was killed in a car crash in Kyiv on Tuesday.",
        "Ukrainian exporters were hit with new tariffs on Tuesday.",
    ],
)
def test_a_passive_blow_that_is_no_attack_takes_no_attacker(second):
    text = "Russian troops attacked Ukraine in 2022. " + second
    assert len([e for e in events_of(text, PUB) if e.type == "ASSAULT"]) == 1, _seen(text)


def test_a_possible_attack_lends_no_attacker():
    text = (
        "Russia could strike Ukrainian ports next, analysts said. A Ukrainian grain ship was hit on Tuesday."
    )
    assert not [e for e in events_of(text, PUB) if e.type == "ASSAULT" and e.status == "occurred"], _seen(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russia fired three missiles into the Black Sea port of Odesa on Monday.",
        "Houthi rebels fired missiles toward commercial ships in the Red Sea on Tuesday.",
    ],
)
def test_missiles_fired_at_a_port_or_ships_are_no_test(text):
    no_event(events_of(text, PUB), "MOBILIZE")


@pytest.mark.parametrize(
    "text",
    [
        "Germany considers Russia's strikes on Kharkiv a war crime.",
        "Britain regards the bombing of the consulate as terrorism.",
    ],
)
def test_considering_an_act_a_crime_does_not_make_it_hypothetical(text):
    assert "hypothetical" not in [s for *_, s in _seen(text)], _seen(text)


def test_a_conditional_first_person_act_stays_conditional():
    text = '"If we reject Moscow\'s demands, Russia attacks," Zelensky said.'
    assert [s for t, _, _, s in _seen(text) if t == "REJECT"] in ([], ["hypothetical"]), _seen(text)


def test_a_fronted_participle_is_no_negated_object():
    text = "Condemning Russia's attack on Kharkiv, France stopped gas imports."
    assert ("ACCUSE", ("France",), ("Russia",), "occurred") in _seen(text), _seen(text)


def test_a_foiled_attack_was_still_made():
    text = "Ukrainian air defences foiled a Russian drone attack on Kyiv overnight."
    assert [s for t, _, _, s in _seen(text) if t == "ASSAULT"] == ["occurred"], _seen(text)


def test_an_offensive_that_did_not_take_a_city_took_place():
    text = "The Russian offensive on Kharkiv did not take the city."
    assert [s for t, _, _, s in _seen(text) if t == "ASSAULT"] == ["occurred"], _seen(text)


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ('"We will not tolerate Russian aggression," Biden said.', "Russia"),
        ('"The sanctions are a response to Russian aggression," Blinken said.', "Russia"),
        ('"Nobody should forget the crimes of the Assad regime," Macron said.', "Syria"),
        ('"The soldiers whom Russia sent to Bucha committed atrocities," Zelensky said.', "Russia"),
    ],
)
def test_blame_rules_keep_the_one_blamed(text, blamed):
    assert any(t == "ACCUSE" and blamed in tgt for t, _, tgt, _ in _seen(text)), _seen(text)


def test_a_progressive_shooting_of_refugees_is_an_attack():
    text = "Israeli forces are shooting refugees at the border, Egypt said."
    assert "ASSAULT" in [t for t, *_ in _seen(text)], _seen(text)


def test_agreeing_that_a_ceasefire_begins_on_a_day_is_an_agreement():
    assert "AGREE" in [t for t, *_ in _seen("Israel and Hamas agreed that the ceasefire begins on Sunday.")]


def test_history_of_apartheid_blames_no_one():
    text = '"The end of apartheid in South Africa inspired us," Palestinian President Mahmoud Abbas said.'
    no_event(events_of(text, PUB), "ACCUSE")


def test_a_first_person_act_under_a_condition_stays_open():
    text = (
        "\"If in fact, the boy's mother is permitted by the government of Daniel Ortega to come to the "
        'United States, then, as a Nicaraguan American, I welcome her," said Maria Lopez.'
    )
    assert [s for t, _, _, s in _seen(text) if t == "SUPPORT"] in ([], ["ongoing"], ["hypothetical"]), _seen(
        text
    )
