"""Events: where and when an event happened (its ``location`` and ``date``).

Each sentence is written for the test; the expected place and day are worked out by hand from
FORMAT.md (``location`` is the place the event happened, the most specific one named; ``date``
is when it happened, a day resolved against the publication date) and the sentence.
"""

from __future__ import annotations

import pytest

from dateline import extract

PUB = "2024-03-13"  # a Wednesday: "Monday" is 2024-03-11, "Sunday" 2024-03-10, "Thursday" 2024-03-07


def one(text: str, etype: str):
    found = [e for e in extract(text, published=PUB).events if e.type == etype]
    assert found, f"no {etype} event in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        # a site named like an organisation is a place when one goes there or meets at it
        ("President Ruto visited the White House on Monday.", "CONSULT", "White House"),
        ("The Kenyan president will visit Capitol Hill on Thursday.", "CONSULT", "Capitol Hill"),
        # the town beside the state: the most specific place named
        (
            "Iranian forces captured several Iraqi border posts east of Iraq's second city, Basra.",
            "ASSAULT",
            "Basra",
        ),
        (
            "Iranian troops attacked Iraqi positions in the mountains of Kurdistan in northern Iraq.",
            "ASSAULT",
            "Kurdistan",
        ),
        # a town naming a site ("the Brussels airport"), reached through a noun the parser hung the PP on
        (
            "Islamic State gunmen killed 12 people in a shooting at the Brussels airport.",
            "ASSAULT",
            "Brussels",
        ),
        # the head of an "of" phrase carries the place: "a summit of NATO leaders in Vilnius"
        ("Biden met Erdogan during a Group of 20 summit in India on Saturday.", "CONSULT", "India"),
        # a relative "where" clause happens at its antecedent
        ("The talks moved to Geneva, where Blinken met Lavrov for three hours.", "CONSULT", "Geneva"),
        # the place of a participle's object: "missiles sited at the strait"
        (
            "Iran attacked two tankers with missiles based at the Strait of Hormuz.",
            "ASSAULT",
            "Strait of Hormuz",
        ),
        # a trip's destination is where the meeting it leads to happened
        ("Blinken arrived in Tel Aviv on Sunday and met Netanyahu.", "CONSULT", "Tel Aviv"),
    ],
)
def test_location(text: str, etype: str, place: str) -> None:
    assert one(text, etype).location == place


def test_free_participle_takes_the_place_of_its_clause() -> None:
    # ", killing 40 people": the killing happened where the ramming did
    e = one(
        "A truck rammed into a crowd watching fireworks in the port city of Marseille on Friday night, "
        "killing 40 people.",
        "ASSAULT",
    )
    assert e.location == "Marseille"
    assert e.date == "2024-03-08"


def test_state_only_when_nothing_finer() -> None:
    # a state as the only place named stays the location
    e = one("Russian forces shelled towns in Ukraine on Monday.", "ASSAULT")
    assert e.location == "Ukraine"
    assert e.date == "2024-03-11"


def test_attack_subject_carries_its_verbs_date() -> None:
    # "the attack on Monday killed": the parser hangs the date on the subject noun
    e = one("The Russian missile attack on Monday killed 12 people in Odesa.", "ASSAULT")
    assert e.date == "2024-03-11"
    assert e.location == "Odesa"


def test_quoted_condemnation_is_dated_by_its_speech_verb() -> None:
    # the blame is in the quote; the statement carrying it was released on Thursday night
    text = (
        "President Macron released a statement Thursday night condemning "
        '"what appears to be a barbaric Russian attack on Odesa."'
    )
    accusations = [e for e in extract(text, published=PUB).events if e.type == "ACCUSE"]
    assert accusations
    assert all(e.date == "2024-03-07" for e in accusations)


def test_not_a_place_when_the_object_is_a_person() -> None:
    # "met the mayor": no place named at all
    e = one("Scholz met Zelensky on Monday.", "CONSULT")
    assert e.location is None
    assert e.date == "2024-03-11"


@pytest.mark.parametrize(
    ("later", "place"),
    [
        # the body names the one town inside the state where the same day's strikes hit
        ("The strikes on Monday hit weapons depots near Tyre, Hezbollah said.", "Tyre"),
        # two towns: no single place, the state stays
        ("The strikes on Monday hit weapons depots near Tyre and Sidon, Hezbollah said.", "Lebanon"),
    ],
)
def test_state_narrowed_by_a_later_mention(later: str, place: str) -> None:
    text = "Israeli jets struck Hezbollah positions in southern Lebanon on Monday. " + later
    e = one(text, "ASSAULT")
    assert e.date == "2024-03-11"
    assert e.location == place


def test_attacks_on_two_towns_are_two_events():
    # one attacker, one day, one state hit, but two places below the state: two attacks
    text = (
        "Russian forces attacked Kherson Oblast on Monday, killing two people, the governor said.\n\n"
        "A Russian missile strike on Kharkiv killed a man on Monday, the mayor said."
    )
    events = extract(text, published="2024-02-06").events
    places = sorted(e.location for e in events if e.type == "ASSAULT" and e.location)
    assert places == ["Kharkiv", "Kherson Oblast"]


def test_a_charge_is_dated_by_the_report_that_makes_it():
    # the governor's report (Feb. 4) both dates the attack it gives no other date and is the
    # moment the charge against the attacker is made
    text = (
        "Russian forces attacked Kherson 40 times over the past day, killing two people, "
        "Governor Oleksandr Prokudin said on Feb. 4."
    )
    events = extract(text, published="2024-02-06").events
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse and all(e.date == "2024-02-04" for e in accuse)


def test_a_since_date_does_not_hide_the_acts_own_date():
    # "on March 12" hangs on the package, "since December" on the verb; the start of a stretch
    # dates nothing, so the package's date is the announcement's
    text = (
        "Meanwhile, the U.S. announced a $300 million military aid package for Ukraine on March 12, "
        "the first since December."
    )
    aid = [e for e in extract(text, published="2024-03-14").events if e.type == "AID"]
    assert aid and aid[0].date == "2024-03-12"
