"""States of the past (``historic_states.tsv``) read by the article's date.

Before 1992 the Soviet Union is the entity "Soviet Union" (coded RUS, as the project's gold files code
it); after its end "Soviet" is history and the entity stays Russia. Czechoslovakia, East Germany and
Yugoslavia are states of their own (withdrawn ISO 3166-3 codes CSK, DDR, YUG) in their time; later
"East Germany" and "Yugoslavia" name parts of their successors. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from dateline.parse import parse
from dateline.records import Document
from dateline.resolve.actors import resolve_actors
from dateline.resolve.gazetteer import load


def run(text: str, published: str):
    return resolve_actors(parse(Document(id="t", source="<test>", body=text, published=published)))


def named(index, name: str):
    found = [e for e in index.entities if e.name == name]
    assert found, f"{name!r} not in {[e.name for e in index.entities]}"
    return found[0]


def test_the_soviet_union_in_its_time():
    index = run("Moscow said Soviet advisers would leave Angola. The USSR denied sending arms.", "1986-07-01")
    union = named(index, "Soviet Union")
    assert union.country == "RUS"
    assert {m.text for m in union.mentions} >= {"Soviet", "USSR"}
    assert not any(e.name == "Russia" for e in index.entities)
    # its people act for it, and it acts for itself as a state
    gorbachev = run("Gorbachev said the Soviet Union wanted arms cuts.", "1988-02-01")
    leader = named(gorbachev, "Mikhail Gorbachev")
    assert gorbachev.state_of(leader).name == "Soviet Union"
    assert gorbachev.state_of(named(gorbachev, "Soviet Union")).name == "Soviet Union"


def test_after_1991_soviet_is_history_and_the_state_is_russia():
    index = run("Russia marked the Soviet victory over Germany. Putin laid a wreath.", "2015-05-09")
    assert named(index, "Russia").country == "RUS"
    assert not any(e.name == "Soviet Union" for e in index.entities)


def test_a_1980s_article_that_says_russia_keeps_russia():
    index = run("Russia is the largest republic, and Russian farmers had a poor harvest.", "1987-09-01")
    assert not any(e.name == "Soviet Union" for e in index.entities)


@pytest.mark.parametrize(
    ("text", "published", "name", "country"),
    [
        ("Czechoslovak officials met envoys from Prague and Vienna.", "1985-04-01", "Czechoslovakia", "CSK"),
        ("East German guards opened the border crossing.", "1989-11-10", "East Germany", "DDR"),
        ("Towns in the former East Germany voted for the party.", "2017-09-25", "East Germany", "DEU"),
        ("Yugoslavia signed a trade deal with Italy.", "1985-04-01", "Yugoslavia", "YUG"),
        ("NATO jets struck Yugoslavia for a third night.", "1999-03-27", "Yugoslavia", "SRB"),
        ("West Germany and France agreed on farm prices.", "1987-03-01", "West Germany", "DEU"),
    ],
)
def test_past_states_by_date(text, published, name, country):
    assert named(run(text, published), name).country == country


def test_west_germany_after_reunification_is_germany():
    index = run("Germany said on Monday it would send troops; West Germany had never done so.", "2015-05-01")
    germany = named(index, "Germany")
    assert germany.country == "DEU"


def test_the_gazetteer_names_a_state_by_date():
    gaz = load()
    assert gaz.state_name("RUS", "1991-12-31") == "Soviet Union"
    assert gaz.state_name("RUS", "1992-01-01") == "Russia"
    assert gaz.successor("YUG", "1991-01-01") == "YUG"
    assert gaz.successor("YUG", "1995-01-01") == "SRB"
    assert gaz.successor("CSK", "2005-01-01") == "CSK"
    assert gaz.demonym("Czechoslovakian").country == "CSK"
    assert gaz.demonym("East Germans").country == "DDR"
