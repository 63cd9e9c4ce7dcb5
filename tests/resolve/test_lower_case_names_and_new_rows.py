"""Names the data lists in lower case, and gazetteer rows added in session 5 (public record).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from dateline.parse import parse
from dateline.records import Document
from dateline.resolve.actors import resolve_actors
from dateline.resolve.gazetteer import load


def entities(text: str, published: str):
    return resolve_actors(parse(Document(id="t", source="<test>", body=text, published=published))).entities


def test_a_name_listed_in_lower_case_is_found_in_running_text():
    found = {e.name: e for e in entities("Britain is arming the pesh merga near Mosul.", "2016-06-07")}
    assert (found["Peshmerga"].country, found["Peshmerga"].sector) == ("IRQ", "MIL")
    found = {e.name: e for e in entities("Officials said al-Qaida claimed the attack.", "2010-01-05")}
    assert found["al-Qaida"].sector == "REB"


def test_a_common_phrase_folding_to_a_listed_name_is_not_a_lower_case_mention():
    # "common market" in lower case is not matched on its own (only "the common market" or capitalised)
    names = {
        e.name for e in entities("Farmers want a common market for grain, the minister said.", "2010-01-05")
    }
    assert "European Community" not in names


def test_a_line_break_after_the_is_no_part_of_a_name():
    ents = entities("Ships sailing through the\nGulf met envoys of the\nU.S. in March.", "1987-06-01")
    assert all(not m.text[:1].isspace() for e in ents for m in e.mentions)


@pytest.mark.parametrize(
    ("name", "date", "country", "sector"),
    [
        ("Sitiveni Rabuka", "1987-10-01", "FJI", "MIL"),  # the 1987 coups
        ("Sitivene Rabuka", "1995-01-01", "FJI", "GOV"),  # a spelling wire copy used; prime minister
        ("Htin Kyaw", "2017-01-01", "MMR", "GOV"),  # president 2016-2018
        ("Frank Bainimarama", "2010-01-01", "FJI", "GOV"),
    ],
)
def test_new_leaders_rows(name, date, country, sector):
    entry = load().person(name, date)
    assert entry is not None and (entry.country, entry.sector) == (country, sector)


def test_new_organisations():
    gaz = load()
    assert (gaz.lookup("National League for Democracy").country, gaz.lookup("NLD").sector) == ("MMR", "PTY")
    assert gaz.lookup("SITE Intelligence Group").country == "USA"
    assert gaz.lookup("Tamil Tigers").country == "LKA"
    assert gaz.lookup("KNU").name == "Karen National Union"
