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
