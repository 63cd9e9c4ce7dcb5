"""A town or region before a role noun describes the person; an international body's staff act for it.

Own sentences. "the Ohio senator" names where the senator is from: the phrase is an anaphor for the
person named before it (or for no one), never the place. "UN official X, a Canadian": the official
acts for the United Nations, whatever his nationality.
"""

from __future__ import annotations

from actor_helpers import by_name, run

from dateline.parse import parse
from dateline.records import Document
from dateline.resolve.actors import resolve_actors


def _resolve_phrase(text: str, phrase: str, published: str = "2016-03-01"):
    parsed = parse(Document(id="t", source="<test>", body=text, published=published))
    index = resolve_actors(parsed)
    start = text.index(phrase)
    span = parsed.doc.char_span(start, start + len(phrase))
    assert span is not None
    return index.resolve(span)


def test_city_before_a_person_noun_refers_to_the_person_named_before() -> None:
    text = (
        "Officials met on Tuesday. Donald Trump, a New York businessman, attacked his rivals. "
        "The New York businessman mocked Jeb Bush."
    )
    hit = _resolve_phrase(text, "The New York businessman")
    assert hit is not None and hit.name == "Donald Trump"


def test_place_description_never_given_names_no_one_and_not_the_place() -> None:
    text = "Officials met on Tuesday. Donald Trump attacked his rivals. The New York businessman mocked Jeb Bush."
    assert _resolve_phrase(text, "The New York businessman") is None


def test_region_before_a_title_refers_to_the_person_not_the_region() -> None:
    text = "Officials met on Tuesday. Senator Sherrod Brown spoke in Cleveland. The Ohio senator criticised the bill."
    hit = _resolve_phrase(text, "The Ohio senator")
    assert hit is not None and hit.name == "Sherrod Brown"


def test_indefinite_place_description_names_no_one() -> None:
    text = "Officials met on Tuesday. A Texas senator criticised the bill on Monday."
    hit = _resolve_phrase(text, "A Texas senator")
    assert hit is None or hit.type != "GPE"


def test_city_based_company_refers_to_the_company_named_before() -> None:
    text = "Officials met on Tuesday. Vexor Holdings sued the regulator. The London-based company accused it of bias."
    hit = _resolve_phrase(text, "The London-based company")
    assert hit is not None and hit.name == "Vexor Holdings"


def test_state_before_a_title_still_names_the_state_office() -> None:
    # a state (not a town) before a title is that state's office: its holder acts for the state
    text = "Officials met on Tuesday. The French foreign minister criticised the plan."
    hit = _resolve_phrase(text, "The French foreign minister")
    assert hit is not None and hit.country == "FRA"


def test_igo_official_keeps_no_nationality_as_state() -> None:
    index = run("IMF official John Finch, an Australian, criticised the Kenyan budget on Monday.")
    finch = by_name(index, "John Finch")
    assert finch.sector == "IGO"
    assert finch.country is None


def test_national_official_keeps_his_nationality() -> None:
    index = run("Finance official John Finch, an Australian, criticised the Kenyan budget on Monday.")
    assert by_name(index, "John Finch").country == "AUS"


def test_state_envoy_posted_to_an_igo_keeps_his_state() -> None:
    index = run("Tom Hale, the Irish ambassador to the UN, condemned the attack on Monday.")
    assert by_name(index, "Tom Hale").country == "IRL"


def test_minister_travelling_to_another_capital_keeps_no_state_of_it() -> None:
    # the only state word in the minister's sentence is where he travels: it is not his state
    index = run(
        "Jordanian officials said a trade deal with the Soviet Union was near. Jordan wants more wheat. "
        "Trade Minister Omar Haddad, who flies to Moscow on Friday, met the prime minister.",
        published="1987-03-10",
    )
    assert by_name(index, "Omar Haddad").country in (None, "JOR")


def test_minister_of_a_named_state_keeps_it() -> None:
    index = run("Trade Minister Omar Haddad of Jordan flew to Moscow on Friday.", published="1987-03-10")
    assert by_name(index, "Omar Haddad").country == "JOR"


def test_official_on_a_visit_to_another_state_is_not_of_it() -> None:
    # "on an official visit to Chile" is where the director went, not the state he serves
    index = run(
        "Interpol chief Marta Ruiz, on an official visit to Chile, asked police to join the search.",
        published="1999-01-22",
    )
    assert by_name(index, "Marta Ruiz").country != "CHL"


def test_official_of_a_state_on_a_visit_keeps_it() -> None:
    index = run(
        "Jordan's trade minister, Omar Haddad, on a visit to Moscow, met officials.", published="1987-03-10"
    )
    assert by_name(index, "Omar Haddad").country == "JOR"
