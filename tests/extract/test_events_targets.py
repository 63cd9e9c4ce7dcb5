"""Events: targets the coder used to miss, one class of wording per test group.

Every sentence is written for the test. The expected target is worked out by hand from
shared/gold/PLOVER.md (the target is who the act is aimed at; a place stands for the people or
state it belongs to) and FORMAT.md (canonical entity names). The sentence-level reading
(``plover_gsr.predict``, one main event per sentence with ISO-3 codes) is tested where the class
only matters there: a commitment verb that is the sentence's main event.
"""

from __future__ import annotations

import pytest
from helpers import events_of, found_event

from dateline import extract
from dateline.evaluate.plover_gsr import predict

PUB = "2024-03-13"


def targets(text: str, etype: str) -> list[tuple[str, ...]]:
    found = [e.target for e in extract(text, published=PUB).events if e.type == etype]
    assert found, f"no {etype} event in {text!r}"
    return found


def has_target(text: str, etype: str, name: str) -> bool:
    return any(name in t for t in targets(text, etype))


# --- a commitment verb takes the target of the act it commits to (sentence reading)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chile has offered to negotiate with the government of Bolivia next month.", "BOL"),
        ("The Dutch cabinet agreed on Friday to send 40 million euros of aid to Ghana.", "GHA"),
        ("Norway offered to hand over to Sweden three suspects held in Oslo.", "SWE"),
    ],
)
def test_commitment_takes_the_target_of_the_act(text: str, code: str) -> None:
    assert code in predict(text)["target_codes"]


def test_refusing_a_hostile_act_rebuffs_no_one() -> None:
    # "declined to threaten Moscow": Moscow asked for nothing, so it is not the one rejected
    assert predict("The president declined to threaten Moscow with new sanctions.")["target_codes"] == []


def test_an_act_with_its_own_event_keeps_the_target() -> None:
    # "agreed to meet X": the meeting is the event with X as partner; the agreement adds no
    # second event with the same sides
    events = extract(
        "Prime Minister Mark Rutte has agreed to meet Kenyan President William Ruto.", published=PUB
    ).events
    assert [e.type for e in events if "William Ruto" in e.target] == ["CONSULT"]


# --- a concession or withdrawal aimed at a place's people: the place


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sudan lifted the state of emergency in South Darfur on Tuesday.", "SDN"),
        ("Russia eased travel restrictions in Crimea on Monday.", "UKR"),
        ("The United States completed the withdrawal of its troops from Afghanistan on Monday.", "AFG"),
        ("Israel will evacuate four settlements in the West Bank next year.", "PSE"),
    ],
)
def test_place_of_a_concession_or_withdrawal(text: str, code: str) -> None:
    assert code in predict(text)["target_codes"]


def test_a_fronted_place_sets_the_scene_only() -> None:
    # "In Ankara, ..." is where the speaker was, not what was withdrawn from
    assert predict("In Ankara, the Turkish president released a statement on Monday.")["target_codes"] == []


# --- a nominal act modifying another noun: the partners hang on the phrase's head


def test_mediation_mission_between_two_states() -> None:
    codes = predict("The Algerian foreign minister began a mediation mission between Mali and Niger.")[
        "target_codes"
    ]
    assert {"MLI", "NER"} <= set(codes)


# --- passive subject of a verb that puts someone under an act


def test_put_under_arrest() -> None:
    assert "TUR" in predict("A Turkish journalist was put under arrest by Iranian police.")["target_codes"]


def test_put_under_investigation_names_the_suspects_people() -> None:
    assert "DEU" in predict("Two German nationals were put under investigation in France.")["target_codes"]


# --- verbs coordinated before a shared object


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        ("Iranian commandos seized and searched a Greek tanker on Monday.", "COERCE", "Greece"),
        ("Turkey criticised and rejected the Cypriot proposal on Monday.", "ACCUSE", "Cyprus"),
    ],
)
def test_coordinated_verbs_share_the_object(text: str, etype: str, name: str) -> None:
    assert has_target(text, etype, name)


# --- the other side of a two-sided fight


def test_clashed_with_names_the_foe_not_the_place() -> None:
    assert has_target("Indian soldiers clashed with Chinese troops in Ladakh on Monday.", "ASSAULT", "China")


def test_fought_with_weapons_is_a_means() -> None:
    # "with US rifles": what they fought with, not whom
    assert "USA" not in predict("Kurdish fighters fought with US rifles near Mosul.")["target_codes"]


# --- a nominal attack with its patient and agent, as subject of a casualty verb


def test_attack_on_x_by_y_killed() -> None:
    pred = predict("The attack on the Ugandan embassy by al-Shabaab killed twelve people.")
    assert "UGA" in pred["target_codes"]
    assert "SOM" in pred["source_codes"]


# --- a place that stands for the people it houses


def test_camp_for_refugees_was_shelled() -> None:
    assert has_target(
        "A camp for Somali refugees was shelled by Ethiopian artillery.", "ASSAULT", "Somali refugees"
    )


# --- "allow X to do Y": the one allowed, parsed as the infinitive's subject, is the object


def test_allowed_someone_to_act() -> None:
    text = "The Kenyan interior minister allowed opposition leader Raila Odinga to hold a rally in Nairobi."
    assert has_target(text, "CONCEDE", "Raila Odinga")


def test_a_thing_that_allows_concedes_nothing() -> None:
    # the test enables Pyongyang; nobody grants it anything
    text = "Officials studied the test, which allows North Korea to build smaller warheads."
    assert not [e for e in extract(text, published=PUB).events if e.type == "CONCEDE"]


# --------------------------------------------------------------------------- the victims of a condemned attack
# Condemning an attack aims at the attacker; the place or people hit are its victims.


@pytest.mark.parametrize(
    "text",
    [
        "Spain condemned the bombing of the Turkish consulate in Basra.",
        "Chile condemned the shelling of Armenian villages.",
    ],
)
def test_the_victim_of_a_condemned_attack_is_not_the_one_condemned(text):
    evs = events_of(text, "2024-03-05")
    assert not [e for e in evs if e.type == "ACCUSE" and set(e.target) & {"Turkey", "Armenia"}], [
        (e.type, e.source, e.target) for e in evs
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Spain condemned the Iranian attack on the Turkish consulate.",
        "Spain condemned Iran's attack on the Turkish consulate.",
        "Spain condemned the attack on the Turkish consulate by Iranian forces.",
    ],
)
def test_the_attacker_named_with_the_attack_is_the_one_condemned(text):
    found_event(events_of(text, "2024-03-05"), text, "ACCUSE", "Spain", "Iran")


def test_an_inquiry_into_an_attack_is_not_aimed_at_its_victims():
    text = "Peru opened an inquiry into the bombing of the Chilean consulate."
    evs = events_of(text, "2024-03-05")
    assert not [e for e in evs if e.type == "ACCUSE" and "Chile" in e.target], [
        (e.type, e.source, e.target) for e in evs
    ]
