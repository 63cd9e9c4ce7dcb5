"""One holder per state office at a time in ``leaders.tsv``, and bare office titles read by it.

"The defence minister" is resolved to the one person the dated rows put in that office of the
article's state on its publication day; a row that lists two successive offices over one date range
puts its person in both for the whole range, and the title then has two holders (and no answer).
Expected holders below are from the public record (terms of office), checked by hand.
"""

from __future__ import annotations

from collections import defaultdict
from importlib import resources

import pytest

from dateline.parse import parse
from dateline.records import Document
from dateline.resolve.actors import resolve_actors
from dateline.resolve.gazetteer import _day, load

# offices that several people hold at once (members of a chamber, deputies, commissioners, leaders of
# different parties or armed groups): not checked for overlaps
_SHARED_OFFICES = {
    "senator",
    "representative",
    "minister",
    "deputy prime minister",
    "deputy president",
    "european commissioner",
    "leader",
    "party leader",
    "rebel leader",
    "opposition leader",
    "army commander",
    "crown prince",
}

# two people in one office at once on the public record, each with the reason
_EXCEPTIONS = {
    # Rousseff was suspended on 2016-05-12 and removed on 2016-08-31; Temer was acting president meanwhile
    ("BRA", "president", "Dilma Rousseff", "Michel Temer"),
    # after the 2010 election both Gbagbo and Ouattara claimed the presidency until Gbagbo's arrest
    ("CIV", "president", "Alassane Ouattara", "Laurent Gbagbo"),
    # the AfD is led by two co-leaders
    ("DEU", "afd co-leader", "Alice Weidel", "Tino Chrupalla"),
}


def _office(title: str) -> str:
    return " ".join(title.strip().lower().replace("defence", "defense").split())


def _state_offices() -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    text = resources.files("dateline").joinpath("data", "gazetteer", "leaders.tsv").read_text("utf-8")
    states = load().states
    offices = defaultdict(list)
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, _, where, start, end, titles, _ = line.split("\t")
        if where not in states:
            continue  # an organisation's office
        for title in titles.split(","):
            if _office(title) not in _SHARED_OFFICES:
                offices[(where, _office(title))].append((name, start, end))
    return offices


def test_no_two_people_hold_one_state_office_at_the_same_time():
    # a date is as precise as written ("2016-07" is any day of July 2016): two terms overlap when the
    # later possible start of both comes before the earliest possible end of either, so that terms that
    # meet within one imprecise month do not count
    overlaps = []
    for (where, office), terms in sorted(_state_offices().items()):
        for i, (name_a, start_a, end_a) in enumerate(terms):
            for name_b, start_b, end_b in terms[i + 1 :]:
                if name_a == name_b or {(where, office, name_a, name_b), (where, office, name_b, name_a)} & (
                    _EXCEPTIONS
                ):
                    continue
                latest_start = max(_day(start_a, first=False), _day(start_b, first=False))
                earliest_end = min(
                    _day(end_a, first=True) if end_a else "9999", _day(end_b, first=True) if end_b else "9999"
                )
                if latest_start < earliest_end:
                    overlaps.append((where, office, name_a, start_a, end_a, name_b, start_b, end_b))
    assert overlaps == []


def test_the_exceptions_are_still_overlaps():
    # an exception that no longer overlaps should be removed from the list
    offices = _state_offices()
    for where, office, name_a, name_b in _EXCEPTIONS:
        names = {name for name, *_ in offices[(where, office)]}
        assert {name_a, name_b} <= names, (where, office)


@pytest.mark.parametrize(
    ("state", "office", "day", "holder"),
    [
        ("RUS", "defence minister", "2005-06-01", "Sergei Ivanov"),
        ("RUS", "defence minister", "2015-06-01", "Sergei Shoigu"),
        ("RUS", "defence minister", "2025-06-01", "Andrei Belousov"),
        ("RUS", "security council secretary", "2020-06-01", "Nikolai Patrushev"),
        ("UKR", "prime minister", "2022-03-01", "Denys Shmyhal"),
        ("UKR", "defence minister", "2024-03-01", "Rustem Umerov"),
        ("GBR", "defence secretary", "2013-01-01", "Philip Hammond"),
        ("GBR", "chancellor", "2017-01-01", "Philip Hammond"),
        ("GBR", "chancellor", "2014-01-01", "George Osborne"),
        ("GBR", "foreign secretary", "1999-01-01", "Robin Cook"),
        ("GBR", "foreign secretary", "2003-03-15", "Jack Straw"),
        ("GBR", "home secretary", "2019-01-01", "Sajid Javid"),
        ("DEU", "foreign minister", "2015-01-01", "Frank-Walter Steinmeier"),
        ("DEU", "defence minister", "2010-03-01", "Karl-Theodor zu Guttenberg"),
        ("TUR", "foreign minister", "2016-03-01", "Mevlüt Çavuşoğlu"),
        ("CHN", "foreign minister", "2010-03-01", "Yang Jiechi"),
        ("CHN", "president", "2000-01-01", "Jiang Zemin"),
        ("IND", "defence minister", "2021-03-01", "Rajnath Singh"),
        ("ISR", "defence minister", "2014-03-01", "Moshe Ya'alon"),
        ("ISR", "defence minister", "2017-03-01", "Avigdor Lieberman"),
        ("IRN", "foreign minister", "2015-07-14", "Mohammad Javad Zarif"),
        ("SAU", "foreign minister", "2010-01-01", "Saud al-Faisal"),
        ("LKA", "president", "2010-01-01", "Mahinda Rajapaksa"),
        ("USA", "House speaker", "2016-06-01", "Paul Ryan"),
        ("USA", "House speaker", "2020-06-01", "Nancy Pelosi"),
        ("USA", "Senate Republican leader", "2020-06-01", "Mitch McConnell"),
        ("USA", "Armed Services Committee chairman", "2016-06-01", "John McCain"),
        ("USA", "Foreign Relations Committee chairman", "2016-06-01", "Bob Corker"),
    ],
)
def test_one_holder_of_a_state_office_on_a_day(state, office, day, holder):
    assert [p.name for p in load().office_holders(state, office, day)] == [holder]


def _resolve(text: str, published: str, phrase: str):
    parsed = parse(Document(id="t", source="<test>", body=text, published=published))
    start = text.index(phrase)
    span = parsed.doc.char_span(start, start + len(phrase), alignment_mode="expand")
    return resolve_actors(parsed).resolve(span)


_RUSSIA = "Russia moved more troops to the border, and the defence minister said in Moscow that the drills would go on."
_TURKEY = "Turkey will not close its airspace, the foreign minister told reporters in Ankara."
_CHINA = "China will defend its claims in the sea, the foreign minister told reporters in Beijing."
_BRITAIN = "Britain will keep its sanctions, the foreign secretary told MPs in London."


@pytest.mark.parametrize(
    ("text", "published", "phrase", "holder"),
    [
        (_RUSSIA, "2015-06-01", "the defence minister", "Sergei Shoigu"),
        (_RUSSIA, "2023-06-01", "the defence minister", "Sergei Shoigu"),
        (_TURKEY, "2024-03-01", "the foreign minister", "Hakan Fidan"),
        (_CHINA, "2016-03-01", "the foreign minister", "Wang Yi"),
        (_BRITAIN, "2016-08-15", "the foreign secretary", "Boris Johnson"),
        (_BRITAIN, "2019-08-15", "the foreign secretary", "Dominic Raab"),
        (_BRITAIN, "2015-03-15", "the foreign secretary", "Philip Hammond"),
        ("Ukraine will buy more drones, the defence minister said in Kyiv.", "2022-03-01", "the defence minister",
         "Oleksii Reznikov"),
    ],
)  # fmt: skip
def test_a_bare_office_title_is_its_single_holder_on_the_day(text, published, phrase, holder):
    found = _resolve(text, published, phrase)
    assert found is not None and found.name == holder
    assert found.type == "PERSON" and found.sector == "GOV"
