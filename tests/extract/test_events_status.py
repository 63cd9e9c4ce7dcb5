"""Event status under negation, demand and presupposition, and literal verbs that are no political act.

Expected values are worked out by hand from the PLOVER guide (shared/gold/PLOVER.md):
- a verb of avoiding/refusing/failing/refraining negates the act it governs, but a definite act it
  judges ("Russia's annexation") still took place;
- asking that an act stop ("must stop", "urged X to stop"), or refusing to stop it, says it goes on;
- a "no one"/"nobody"/"none of"/"no X" subject denies the act;
- flares, fireworks and warning shots harm no one (no ASSAULT); a campaign rally is no PROTEST;
  inviting an audience is no political REQUEST.
"""

from __future__ import annotations

import pytest

from dateline import extract

PUB = "2024-03-05"


def found(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in extract(text, published=PUB).events]


def status_of(text: str, etype: str, source: str | None = None) -> str:
    """The status of the first ``etype`` event (whose first source is ``source``, when given)."""
    hits = [
        e.status
        for e in extract(text, published=PUB).events
        if e.type == etype and (source is None or (e.source and e.source[0] == source))
    ]
    assert hits, f"no {etype} event from {source} in {text!r}: {found(text)}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        # the judging verb is avoided/refused/denied/planned; the annexation itself took place
        (
            "President Trump avoided condemning Russia's annexation of Crimea on Tuesday.",
            "COERCE",
            "occurred",
        ),
        ("The senator refused to condemn Russia's annexation of Crimea.", "COERCE", "occurred"),
        ("The European Union did not condemn Russia's annexation of Crimea.", "COERCE", "occurred"),
        # the governing verb's own act is negated
        ("President Trump avoided condemning Russia's annexation of Crimea on Tuesday.", "ACCUSE", "negated"),
        ("The European Union did not condemn Russia's annexation of Crimea.", "ACCUSE", "negated"),
        ("Germany declined to impose sanctions on Iran.", "SANCTION", "negated"),
        ("The Republicans refrained from criticizing Israel.", "ACCUSE", "negated"),
        # guard: stopping by itself still ends the act
        ("Israel stopped shelling Gaza on Monday.", "ASSAULT", "negated"),
        ("Israel agreed to stop shelling Gaza.", "ASSAULT", "negated"),
        # a demand to stop, or a refusal to stop, says the act goes on
        ("Israel did not stop shelling Gaza.", "ASSAULT", "ongoing"),
        ("Russia will not stop its invasion of Ukraine.", "ASSAULT", "ongoing"),
        # a negative subject denies the act; guard: a named subject keeps it
        ("None of the NATO members sent troops to Ukraine.", "MOBILIZE", "negated"),
        ("Several NATO members sent troops to Ukraine.", "MOBILIZE", "occurred"),
        ("Neither France nor Germany sent troops to Ukraine.", "MOBILIZE", "negated"),
        ("Both France and Germany sent troops to Ukraine.", "MOBILIZE", "occurred"),
    ],
)
def test_status_scope(text: str, etype: str, status: str) -> None:
    assert status_of(text, etype) == status


def test_demand_to_stop_says_the_act_goes_on() -> None:
    text = "Mexico said the United States must stop portraying Latinos as gangsters."
    # Mexico's accusation was made; the portrayal it asks to end is going on, not denied
    assert status_of(text, "ACCUSE", "Mexico") == "occurred"
    assert status_of(text, "ACCUSE", "United States") == "ongoing"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Iranian boats shot flares at American planes.", "ASSAULT"),
        ("Chinese soldiers fired warning shots at Indian troops.", "ASSAULT"),
        ("Thousands of supporters gathered for a Trump campaign rally in Ohio.", "PROTEST"),
        ("Speaking at a campaign rally in Florida, Hillary Clinton criticized Donald Trump.", "PROTEST"),
        ("At a rally in Ohio, Donald Trump attacked Hillary Clinton.", "PROTEST"),
        ("Hillary Clinton invited members of the audience to share their stories.", "REQUEST"),
        ("The Kremlin invited members of the public to submit questions to Putin.", "REQUEST"),
    ],
)
def test_no_political_act(text: str, etype: str) -> None:
    assert etype not in [t for t, _ in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # guards: real attacks, the ACCUSE at the rally, a state's invitation stay events
        ("Chinese soldiers fired shots at Indian troops.", "ASSAULT"),
        ("Russian soldiers fired missiles at Ukrainian boats.", "ASSAULT"),
        ("At a rally in Ohio, Donald Trump attacked Hillary Clinton.", "ACCUSE"),
        ("Macron invited Putin to Paris for talks.", "REQUEST"),
    ],
)
def test_real_acts_stay(text: str, etype: str) -> None:
    assert etype in [t for t, _ in found(text)], found(text)


# --------------------------------------------------------------------------- blocked and weighed acts
# A verb that keeps its object from happening (block, veto, cancel, postpone) negates the act the
# object names; a verb of weighing whose subject would act (consider, weigh, mull) makes it
# hypothetical and lends the act its subject, as a light verb does.


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Austria blocked the EU's new aid package for Moldova on Tuesday.", "AID"),
        ("Hungary vetoed a joint statement condemning Belarus.", "ACCUSE"),
        ("The Kremlin cancelled Lavrov's visit to Ankara.", "CONSULT"),
    ],
)
def test_an_act_blocked_or_vetoed_did_not_happen(text, etype):
    assert status_of(text, etype) == "negated"


def test_an_aid_package_not_blocked_is_not_negated():
    assert status_of("Austria did not block the EU's new aid package for Moldova.", "AID") != "negated"


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        (
            "Canada is weighing new sanctions against Venezuela, officials said.",
            "SANCTION",
            "Canada",
            "Venezuela",
        ),
        (
            "The Italian government is considering a visit by Meloni to Tunis.",
            "CONSULT",
            "Giorgia Meloni",
            "Tunis",
        ),
        ("Washington is mulling a fresh military aid package for Taiwan.", "AID", "United States", "Taiwan"),
    ],
)
def test_an_act_under_consideration_is_hypothetical_with_its_subject(text, etype, source, target):
    hits = [
        e
        for e in extract(text, published=PUB).events
        if e.type == etype and source in e.source and any(target in t for t in e.target)
    ]
    assert hits, found(text)
    assert hits[0].status == "hypothetical"


def test_an_act_not_under_consideration_is_negated():
    assert status_of("Canada is not considering sanctions against Venezuela.", "SANCTION") == "negated"


def test_examining_an_attack_does_not_make_the_examiner_its_author():
    evs = extract("Forensic investigators examined the attack on the embassy.", published=PUB).events
    assert not [e for e in evs if e.type == "ASSAULT" and e.status == "hypothetical"], found(
        "Forensic investigators examined the attack on the embassy."
    )


@pytest.mark.parametrize(
    "text",
    ["Scholz cancelled his trip to Warsaw.", "The Kremlin cancelled Lavrov's visit to Ankara."],
)
def test_calling_off_ones_own_visit_sanctions_no_one(text):
    assert "SANCTION" not in [t for t, _ in found(text)]


def test_calling_off_a_foreign_ministers_visit_is_a_snub():
    assert status_of("Russia cancelled the visit of the Israeli foreign minister.", "SANCTION") == "occurred"


# --------------------------------------------------------------------------- what is denied of an act


def test_a_denial_said_of_an_attack_does_not_undo_it():
    text = "The Israeli air raid on Tyre was not linked to the earlier rocket fire, officials said."
    assert status_of(text, "ASSAULT") == "occurred"


def test_an_attack_that_killed_no_one_took_place_once():
    evs = extract("The Russian strike on Sumy did not kill anyone, the governor said.", published=PUB).events
    assert [e.status for e in evs if e.type == "ASSAULT"] == ["occurred"], found(
        "The Russian strike on Sumy did not kill anyone, the governor said."
    )


def test_a_meeting_that_did_not_take_place_is_negated():
    text = "The planned meeting between Macron and Tebboune did not take place."
    assert status_of(text, "CONSULT") == "negated"


def test_neither_nor_denies_both_acts():
    text = "Spain neither condemned nor praised the Moroccan decision."
    statuses = {e.type: e.status for e in extract(text, published=PUB).events}
    assert statuses and set(statuses.values()) == {"negated"}, statuses


@pytest.mark.parametrize(
    "text",
    [
        '"We urge Belgrade to withdraw its police," Borrell said.',
        '"I demand that Minsk free the journalists," Tsikhanouskaya said.',
    ],
)
def test_a_first_person_speech_act_in_the_present_is_done_by_saying_it(text):
    assert status_of(text, "REQUEST") == "occurred"


def test_a_third_person_present_demand_stays_a_standing_one():
    assert status_of("Poland demands that Germany pay war reparations.", "REQUEST") == "ongoing"
