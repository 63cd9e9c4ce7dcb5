"""The dated people gazetteer (``leaders.tsv``): offices by date, former leaders, shared aliases.

Expected values are worked out by hand from the rows of ``leaders.tsv`` (public record).
"""

from __future__ import annotations

import pytest

from dateline.resolve.gazetteer import Gazetteer, Person, Role, load, person_key

_SECTORS = {"GOV", "MIL", "LEG", "OPP", "PTY", "REB", "IGO", "REL", "CVL", "CRM", "NGO"}


@pytest.fixture(scope="module")
def gaz():
    return load()


@pytest.mark.parametrize(
    ("name", "date", "country", "sector"),
    [
        ("Kofi Annan", "2001-06-01", None, "IGO"),  # UN secretary-general 1997-2006: no state
        ("Kofi Annan", "2013-01-01", "GHA", "ELI"),  # out of office: his nationality, a former official
        ("Tony Blair", "1999-01-01", "GBR", "GOV"),
        ("Tony Blair", "2016-01-01", "GBR", "ELI"),
        ("Barack Obama", "1995-01-01", "USA", None),  # before any office: nationality, no sector
        ("Barack Obama", "2006-01-01", "USA", "LEG"),  # a senator
        ("Jens Stoltenberg", "2018-01-01", None, "IGO"),  # NATO
        ("Jens Stoltenberg", "2010-01-01", "NOR", "GOV"),  # Norway's prime minister
        ("Ahmed al-Sharaa", "2020-01-01", "SYR", "REB"),  # an armed-group leader ...
        ("Ahmed al-Sharaa", "2025-06-01", "SYR", "GOV"),  # ... who became head of state
    ],
)
def test_office_on_the_articles_date(gaz, name, date, country, sector):
    entry = gaz.person(name, date)
    assert entry is not None
    assert (entry.country, entry.sector) == (country, sector)


def test_an_alias_shared_by_two_people_answers_for_the_one_in_office(gaz):
    assert gaz.person("Bush", "1991-06-01").name == "George H. W. Bush"
    assert gaz.person("Bush", "2005-06-01").name == "George W. Bush"
    # neither in office (1998): both are American, so the country is still known
    between = gaz.person("Bush", "1998-06-01")
    assert between is not None and between.country == "USA" and between.sector == "ELI"


def test_an_alias_of_people_of_two_states_out_of_office_is_not_guessed():
    gaz = Gazetteer()
    a = Person("Ann Example", "FRA", (Role("GOV", "FRA", "2000-01-01", "2004-12-31"),))
    b = Person("Bob Example", "DEU", (Role("GOV", "DEU", "2010-01-01", "2014-12-31"),))
    gaz._add_person("Example", a)
    gaz._add_person("Example", b)
    assert gaz.person("Example", "2002-05-05").country == "FRA"  # only Ann was in office
    assert gaz.person("Example", "2008-05-05") is None  # neither: French or German?


def test_without_a_date_the_longest_held_office_stands_for_the_person(gaz):
    # Guterres: UN refugee chief 2005-2015, secretary-general from 2017, prime minister 1995-2002
    assert gaz.person("Guterres").sector == "IGO"
    assert gaz.person("Merkel").country == "DEU"


@pytest.mark.parametrize(
    ("a", "b"),
    [("George H.W. Bush", "George H. W. Bush"), ("Kim Jong-un", "Kim Jong Un"), ("Erdoğan", "erdogan")],
)
def test_person_keys_ignore_dots_hyphens_case_and_accents(a, b):
    assert person_key(a) == person_key(b)


def test_every_row_is_well_formed(gaz):
    people = {p.name: p for bucket in gaz._people.values() for p in bucket if p.roles}
    assert len(people) >= 300
    for p in people.values():
        assert p.nationality in gaz.states, p.name
        for r in p.roles:
            assert r.sector in _SECTORS, (p.name, r)
            assert r.start <= r.end, (p.name, r)
            assert r.country is None or r.country in gaz.states, (p.name, r)


def test_a_dated_entry_replaces_the_timeless_one_of_the_same_name(gaz):
    # "Putin" is in people.tsv (timeless) and leaders.tsv (dated): only the dated one answers
    found = gaz.people("Putin")
    assert len(found) == 1 and found[0].roles
