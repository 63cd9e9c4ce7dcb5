"""Events: actors described rather than named, and deeds taken up by a noun.

"Pro-Maduro militias", "the regime", "regime forces", "lawmakers", "the rebels" act for
the leader's state, the government, the legislature or the armed group the article named
before; "rejected the proposal" takes up the proposal an earlier sentence reported.
Each sentence is written for the test in news style; the expected events are worked out by
hand from shared/gold/FORMAT.md (the person or the state/body they act for), not copied from
dateline's output. The negative cases are descriptions that pin no side.
"""

from __future__ import annotations

import pytest
from helpers import events, found

from dateline import extract


def none_from(text: str, source: str) -> None:
    evs = events(text)
    bad = [(e.type, e.source, e.target) for e in evs if source in e.source and e.type == "ASSAULT"]
    assert not bad, f"{source} should attack in no event of {text!r}: {bad}"


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a force loyal to a named leader fights for his state
        (
            "President Nicolas Maduro addressed the army on Friday. Pro-Maduro militias attacked "
            "opposition marchers in Caracas on Saturday.",
            "ASSAULT",
            "Venezuela",
            None,
        ),
        # "the regime" after "the Assad regime": Syria
        (
            "The Assad regime has denied using chemical weapons. The regime bombed a hospital in "
            "Douma on Saturday, rescuers said.",
            "ASSAULT",
            "Syria",
            None,
        ),
        # "regime forces" after "the Syrian government"; the monitor only reports the shelling
        (
            "The Syrian government has vowed to retake Idlib. The Syrian Observatory said regime "
            "forces had shelled the town of Maarat al-Numan.",
            "ASSAULT",
            "Syria",
            None,
        ),
        # "lawmakers" after the one legislature named
        (
            "The US Congress debated the Iran deal for weeks. Lawmakers on Tuesday passed a bill to "
            "impose new sanctions on Iran.",
            "SANCTION",
            "Congress",
            "Iran",
        ),
        # "the rebels" takes up the rebels named before
        (
            "Washington has long backed Nicaraguan rebels. The rebels ambushed a government convoy "
            "near Esteli on Sunday.",
            "ASSAULT",
            "Nicaraguan rebels",
            None,
        ),
        # the proposal is Britain's: rejecting it rejects Britain
        (
            "Britain proposed a ceasefire on Monday. Moscow rejected the proposal on Tuesday.",
            "REJECT",
            "Russia",
            "United Kingdom",
        ),
        # "the offer" takes up what the Kremlin proposed
        (
            "The Kremlin proposed talks on Monday. Kyiv dismissed the offer as a stunt.",
            "REJECT",
            "Ukraine",
            "Russia",
        ),
        # accepting or welcoming an offer agrees with / supports whoever made it
        (
            "Britain proposed a ceasefire on Monday. Moscow accepted the proposal on Tuesday.",
            "AGREE",
            "Russia",
            "United Kingdom",
        ),
        ("The Kremlin offered a prisoner swap. Kyiv welcomed the offer.", "SUPPORT", "Ukraine", "Russia"),
        # a capital standing for its government authored the decision
        (
            "Washington imposed new sanctions on Tehran. Israel welcomed the decision.",
            "SUPPORT",
            "Israel",
            "United States",
        ),
        # the offensive is the one Turkey launched
        (
            "Turkey launched an offensive against Kurdish militias in January. The United States "
            "criticised the offensive.",
            "ACCUSE",
            "United States",
            "Turkey",
        ),
        # a weapon as subject strikes physically: an attack, not a verbal one
        (
            "Ukraine's military intelligence said on Friday that its drones hit an ammunition depot "
            "in Russia's Kursk Oblast.",
            "ASSAULT",
            "Ukraine",
            "Russia",
        ),
    ],
)
def test_described_actor(text: str, etype: str, source: str, target: str | None) -> None:
    found(text, etype, source, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a sympathy is not allegiance: the separatists are not Russia
        ("Pro-Russian separatists shelled the town of Avdiivka on Monday.", "Russia"),
        # the British government is not the government whose militias fight in Iraq
        (
            "The British government announced new sanctions on Iran. Pro-government militias in Iraq "
            "attacked a convoy near Basra.",
            "United Kingdom",
        ),
        # a monitor that reports the shelling did not shell
        (
            "Pro-government forces shelled the town of Maarat al-Numan, the Syrian Observatory said.",
            "Syrian Observatory for Human Rights",
        ),
        # rebels allied with Turkey are not the Syrian state
        ("Turkish troops and their Syrian rebel allies captured the town of Afrin on Sunday.", "Syria"),
    ],
)
def test_description_pins_no_attacker(text: str, source: str) -> None:
    none_from(text, source)


def test_bare_regime_without_antecedent_names_no_one() -> None:
    # no earlier "X regime": whose regime is not said, so no actor is guessed
    assert not [e for e in events("Residents said the regime shelled Idlib on Friday.") if e.source]


def test_lawmakers_without_a_named_legislature() -> None:
    evs = events("Lawmakers on Tuesday passed a bill to impose new sanctions on Iran.")
    assert not [e for e in evs if e.type == "SANCTION" and e.source]


def test_lawmakers_with_two_legislatures_are_ambiguous() -> None:
    evs = events(
        "The parliament and the senate met in Rome. Lawmakers on Tuesday passed a bill to impose "
        "new sanctions on Iran."
    )
    assert not [e for e in evs if e.type == "SANCTION" and e.source]


def test_the_militants_with_two_armed_groups_are_ambiguous() -> None:
    evs = events(
        "The Taliban and Islamic State both operate in the province. The militants attacked a "
        "checkpoint in Helmand on Sunday."
    )
    assert not [e for e in evs if e.type == "ASSAULT" and e.source]


def test_proposal_without_antecedent_has_no_target() -> None:
    evs = events("Moscow rejected the proposal on Tuesday.")
    assert not [e for e in evs if e.type == "REJECT" and e.target]


def test_turkish_rebel_allies_still_attack() -> None:
    # the Turkish troops act; the allied rebels are their own group, not Syria
    ev = found(
        "Turkish troops and their Syrian rebel allies captured the town of Afrin on Sunday.",
        "ASSAULT",
        "Turkey",
        None,
    )
    assert "Syria" not in ev.source


def test_an_announced_aid_package_is_pledged_aid() -> None:
    # the package carries the aid noun's arguments: its announcer gives, "for" names the receiver
    ev = found(
        "Germany announced a new 500 million euro military aid package for Ukraine on Friday.",
        "AID",
        "Germany",
        "Ukraine",
    )
    assert ev.status == "pledged"


def test_an_adopted_sanctions_package_sanctions_its_target() -> None:
    found(
        "The EU adopted its 12th sanctions package against Russia on Monday.",
        "SANCTION",
        "European Union",
        "Russia",
    )


def test_a_package_only_mentioned_states_no_aid() -> None:
    # a passing reference: no one is said to give anything here
    evs = events("Analysts said the aid package would be hard to sell to voters.")
    assert not [e for e in evs if e.type == "AID" and e.source]


def test_a_relative_acts_for_herself_not_for_the_one_she_is_related_to():
    # a private plea by an unnamed wife: no event for her husband (or anyone) as its source
    text = "Omar Haddad's wife was begging her husband to get out of his truck."
    assert not [e for e in extract(text, published="2016-09-20").events if "Omar Haddad" in e.source]


def test_its_never_takes_up_a_person():
    # "its" is Russia's, not the senator's who defended it
    text = "Russia annexed Crimea in 2014. Senator Jim Hale defended its annexation of Crimea."
    events = extract(text, published="2016-09-20").events
    assert not [e for e in events if e.type == "COERCE" and "Jim Hale" in e.source]
    assert [e for e in events if e.type == "COERCE" and e.source == ("Russia",)]
