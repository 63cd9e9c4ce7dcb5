"""The rows of ``leaders.tsv`` themselves: well-formed, consistent, and right on hand-checked facts.

``test_leaders.py`` tests how the gazetteer reads the rows; this module tests the data. Expected
dates below are from the public record (terms of office), checked by hand, not read from the file.
"""

from __future__ import annotations

import re
from collections import defaultdict
from importlib import resources

import pytest

from dateline.resolve.gazetteer import _day, load, person_key

_SECTORS = {"GOV", "MIL", "LEG", "OPP", "PTY", "REB", "IGO", "REL", "CVL", "CRM", "NGO"}
_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


def _rows() -> list[list[str]]:
    text = resources.files("dateline").joinpath("data", "gazetteer", "leaders.tsv").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def rows():
    return _rows()


@pytest.fixture(scope="module")
def gaz():
    return load()


def test_every_row_has_eight_columns_and_valid_dates(rows):
    assert len(rows) >= 1400
    for row in rows:
        assert len(row) == 8, row
        name, nationality, sector, where, start, end, title, _ = row
        assert name and name == name.strip(), row
        assert not any('"' in field for field in row), row  # the loader's csv reader would read a quote
        assert sector in _SECTORS, row
        assert _DATE.match(start), row  # every role has a start
        assert end == "" or _DATE.match(end), row
        assert _day(start, first=True) <= _day(end, first=False), row
        assert title, row


def test_codes_are_known_states_or_organisations(rows, gaz):
    for name, nationality, _, where, *_ in rows:
        assert nationality in gaz.states, (name, nationality)
        assert where in gaz.states or gaz.lookup(where) is not None, (name, where)


def test_a_person_keeps_one_nationality(rows):
    nationalities = defaultdict(set)
    for name, nationality, *_ in rows:
        nationalities[name].add(nationality)
    assert {n: v for n, v in nationalities.items() if len(v) > 1} == {}


def test_no_duplicate_or_overlapping_rows_for_the_same_office(rows):
    # an office is [first day of "from", first day of "to"): month-precise terms may touch, not overlap
    by_office = defaultdict(list)
    for name, _, sector, where, start, end, title, _ in rows:
        by_office[(name, sector, where, title)].append((_day(start, first=True), _day(end, first=True)))
    for office, spans in by_office.items():
        spans.sort()
        for (_, end_a), (start_b, _) in zip(spans, spans[1:], strict=False):
            assert start_b >= end_a, office


def test_no_alias_names_people_of_two_nationalities(rows):
    # a shared alias is only safe between compatriots ("Bush", "Trudeau"): out of office the
    # gazetteer still knows the country; across states it would have to guess
    owners = defaultdict(set)
    for name, nationality, *_, aliases in rows:
        for alias in [name, *filter(None, aliases.split("|"))]:
            owners[person_key(alias)].add(nationality)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


@pytest.mark.parametrize(
    ("name", "country", "sector", "start", "end"),
    [
        ("Margaret Thatcher", "GBR", "GOV", "1979-05-04", "1990-11-28"),
        ("Ronald Reagan", "USA", "GOV", "1981-01-20", "1989-01-20"),
        ("Jimmy Carter", "USA", "GOV", "1977-01-20", "1981-01-20"),
        ("George Shultz", "USA", "GOV", "1982-07-16", "1989-01-20"),
        ("Leonid Brezhnev", "RUS", "GOV", "1964-10-14", "1982-11-10"),  # Soviet offices: RUS
        ("Anwar Sadat", "EGY", "GOV", "1970-10-15", "1981-10-06"),
        ("Menachem Begin", "ISR", "GOV", "1977-06-20", "1983-10-10"),
        ("Indira Gandhi", "IND", "GOV", "1980-01-14", "1984-10-31"),
        ("Yasuhiro Nakasone", "JPN", "GOV", "1982-11-27", "1987-11-06"),
        ("Kurt Waldheim", None, "IGO", "1972-01-01", "1981-12-31"),
        ("John McCain", "USA", "LEG", "1987-01-03", "2018-08-25"),
    ],
)
def test_hand_checked_terms_of_office(gaz, name, country, sector, start, end):
    (person,) = gaz.people(name)
    assert any((r.country, r.sector, r.start, r.end) == (country, sector, start, end) for r in person.roles)


@pytest.mark.parametrize(
    ("name", "date", "country", "sector"),
    [
        ("Thatcher", "1977-06-01", "GBR", "OPP"),  # leader of the opposition before 1979
        ("Thatcher", "1987-06-01", "GBR", "GOV"),
        ("Thatcher", "1995-06-01", "GBR", "ELI"),
        ("Gromyko", "1983-03-01", "RUS", "GOV"),  # Soviet foreign minister
        ("Shevardnadze", "1987-03-01", "RUS", "GOV"),
        ("Pik Botha", "1987-03-01", "ZAF", "GOV"),
        ("Oliver Tambo", "1987-03-01", "ZAF", "OPP"),
        ("Daniel Ortega", "1982-03-01", "NIC", "GOV"),  # in the ruling junta before his presidency
        ("Habré", "1987-03-01", "TCD", "GOV"),
        ("Waldheim", "1988-01-01", "AUT", "GOV"),  # Austria's president after the UN
        ("Lindsey Graham", "2015-05-01", "USA", "LEG"),
        ("Schiff", "2019-05-01", "USA", "LEG"),
        ("Bercow", "2019-05-01", "GBR", "LEG"),
        ("Genscher", "1982-09-25", "DEU", "ELI"),  # the FDP left Schmidt's cabinet on 17 September 1982
        ("Genscher", "1983-09-25", "DEU", "GOV"),
    ],
)
def test_the_office_held_on_a_date(gaz, name, date, country, sector):
    entry = gaz.person(name, date)
    assert entry is not None
    assert (entry.country, entry.sector) == (country, sector)


def test_a_surname_shared_by_compatriots_answers_for_the_one_in_office(gaz):
    assert gaz.person("Trudeau", "1982-06-01").name == "Pierre Trudeau"
    assert gaz.person("Trudeau", "2020-06-01").name == "Justin Trudeau"


@pytest.mark.parametrize(
    "word", ["Graham", "Begin", "Carter", "Botha", "Gandhi", "Ford", "Warren", "Kennedy"]
)
def test_common_or_shared_surnames_are_not_aliases(gaz, word):
    # common words ("Begin", "Ford") or names of several listed people ("Gandhi", "Botha") name no one alone
    assert gaz.people(word) == []


def test_a_listed_alias_is_not_given_to_a_namesake(gaz):
    # "Vance" is JD Vance's alias; Cyrus Vance, secretary of state 1977-1980, is named in full
    assert [p.name for p in gaz.people("Vance")] == ["JD Vance"]
    assert gaz.person("Cyrus Vance", "1978-01-01").sector == "GOV"
