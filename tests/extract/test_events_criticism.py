"""Events: criticism worded without an accusation verb (session 5).

Two classes of wording the gold counts as ACCUSE (shared/gold/PLOVER.md: criticism, name-calling,
likening):

- a comparison verb ("compare", "equate") that likens an actor to a villain accuses the actor;
  likening a thing, or likening to something harmless, is no event;
- a partial quote that condemns ('had "violated international law"') whose own subject stands
  outside the quotation marks ("Russia, Kuleba said, had ...") accuses that subject.

Every sentence is written for the test; the expected sides are worked out by hand.
"""

from __future__ import annotations

import pytest
from helpers import events_of, found_event, no_event

from dateline import extract

PUB = "2018-03-14"


def events(text: str):
    return events_of(text, PUB)


def absent(text: str, etype: str) -> None:
    no_event(events(text), etype)


# ------------------------------------------------------------ likening an actor to a villain


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Turkish president Recep Tayyip Erdogan compared Benjamin Netanyahu to Hitler during a rally.",
            "Recep Tayyip Erdogan",
            "Benjamin Netanyahu",
        ),
        (
            "Recep Tayyip Erdogan on Saturday compared the Dutch government to Nazi remnants.",
            "Recep Tayyip Erdogan",
            "Netherlands",
        ),
        (
            "Nicola Sturgeon compared the Home Office to the Stasi on Wednesday.",
            "Nicola Sturgeon",
            "Home Office",
        ),
        (
            "The Ukrainian foreign minister equated the Kremlin with a terrorist organisation.",
            "Ukraine",
            "Kremlin",
        ),
    ],
)
def test_likening_an_actor_to_a_villain_accuses_it(text: str, source: str, target: str) -> None:
    assert found_event(events(text), text, "ACCUSE", source, target).type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        # a thing compared to a date: no one is likened to anyone
        "Theresa May compared the situation to 2014.",
        # a thing compared to a neutral image
        "Theresa May compared the Brexit talks to a marathon.",
        # an actor likened to something kind is praise, not blame
        "Emmanuel Macron compared Angela Merkel to a trusted sister.",
        # an economy compared with another: a statistic
        "Vladimir Putin compared Ukraine's economy to that of Greece.",
    ],
)
def test_neutral_comparisons_are_no_accusation(text: str) -> None:
    absent(text, "ACCUSE")


# ------------------------------------------------------------ a condemning quote about its own subject


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            'Russia, Dmytro Kuleba said, had "again defied the norms of civilised nations".',
            "Dmytro Kuleba",
            "Russia",
        ),
        (
            'The Kremlin, Volodymyr Zelensky said on Tuesday, had "violated every agreement it ever signed".',
            "Volodymyr Zelensky",
            "Kremlin",
        ),
        (
            'The Assad regime, Boris Johnson said, had "again violated international law".',
            "Boris Johnson",
            "Bashar al-Assad",
        ),
    ],
)
def test_condemning_quote_accuses_the_subject_outside_the_marks(text: str, source: str, target: str) -> None:
    assert found_event(events(text), text, "ACCUSE", source, target).type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own denial blames no one
        'Theresa May said she "would never betray the voters".',
        # a label denied defends
        'Angela Merkel said the talks "were not a farce".',
        # a thing as subject, the culprit unnamed: no actor to accuse
        'The ceasefire, Boris Johnson said, had been "violated within hours".',
    ],
)
def test_quotes_without_a_blamed_actor_accuse_no_one(text: str) -> None:
    absent(text, "ACCUSE")


# ------------------------------------------------------------ a quoted accusation's date and status


def test_pronoun_speaker_goes_on_with_the_speech_dated_before() -> None:
    # 2018-03-14 is a Wednesday: "on Monday" is 2018-03-12
    text = (
        "Speaking to reporters in Kyiv on Monday, Petro Poroshenko looked tired. "
        'Russia, he said, had "again violated the ceasefire it signed".'
    )
    ev = found_event(events(text), text, "ACCUSE", "Petro Poroshenko", "Russia")
    assert ev.date == "2018-03-12"


def test_a_repeated_claim_is_an_ongoing_accusation() -> None:
    text = 'Turkey\'s oft-repeated claim is that the Kurdish PKK militants are "terrorists".'
    ev = found_event(events(text), text, "ACCUSE", "Turkey", "Kurdistan Workers' Party")
    assert ev.status == "ongoing"


# ------------------------------------------------------------ a relative pronoun the parser took for a subject


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The inquiry will hear from Anna Soubry, the Tory rebel who Boris Johnson calls a “traitor”.",
            "Boris Johnson",
            "Anna Soubry",
        ),
        (
            "Boris Johnson praised Sadiq Khan, the mayor who Theresa May criticised on Monday.",
            "Theresa May",
            "Sadiq Khan",
        ),
    ],
)
def test_who_before_the_real_subject_is_the_one_accused(text: str, source: str, target: str) -> None:
    assert found_event(events(text), text, "ACCUSE", source, target).type == "ACCUSE"


def test_who_before_the_real_subject_named_a_friend_is_no_accusation() -> None:
    absent(
        "The prime minister met Angela Merkel, the chancellor who Emmanuel Macron calls a close friend.",
        "ACCUSE",
    )


# --------------------------------------------------------------------------- whom reported blame falls on


def _accused(text: str) -> list[tuple[str, ...]]:
    return [e.target for e in extract(text, published="2024-03-05").events if e.type == "ACCUSE"]


def test_blame_in_a_clause_with_its_own_subject_falls_on_that_subject():
    text = (
        "In Lagos, police spokesman Musa Bello said the DSS arrested Okafor at the city's port as he "
        "was about to be deported for living in the country illegally."
    )
    assert not any("DSS" in t for t in _accused(text)), _accused(text)


def test_a_denied_deed_blames_no_one_named_near_it():
    text = (
        "Contrary to earlier reports, the FBI and Kenyan police said Tuesday that a suspect who was "
        "flown in from Yemen had not admitted any role in the crimes."
    )
    assert not any("Yemen" in t for t in _accused(text)), _accused(text)


def test_reported_blame_never_falls_on_the_places_hit():
    text = "Ruto said the terrorist camps were linked to the embassy bombings in Uganda and Rwanda."
    assert not any("Uganda" in t or "Rwanda" in t for t in _accused(text)), _accused(text)


def test_reported_blame_falls_on_the_attacker_named_with_the_attack():
    text = "Kuleba said the Russian missile attack on Kharkiv was a war crime."
    assert any("Russia" in t for t in _accused(text)), _accused(text)


def test_selling_out_an_ally_is_a_betrayal_not_a_sale():
    text = '"Armenia was sold out by Putin and Lukashenko," Pashinyan said in May.'
    evs = extract(text, published="2024-06-05").events
    assert "COOPERATE" not in [e.type for e in evs], [(e.type, e.source, e.target) for e in evs]
    accused = [t for e in evs if e.type == "ACCUSE" for t in e.target]
    assert "Vladimir Putin" in accused and "Armenia" not in accused, accused


def test_the_values_a_deed_offends_are_not_blamed():
    text = 'Jonathan Pryce, a rights campaigner, said the plan was "a disgrace and contrary to Dutch values."'
    assert not any("Netherlands" in t for t in _accused(text)), _accused(text)


def test_an_apartheid_label_accuses():
    text = "Lavrov has suggested that Latvia is in danger of becoming an apartheid state."
    assert any("Latvia" in t for t in _accused(text)), _accused(text)
