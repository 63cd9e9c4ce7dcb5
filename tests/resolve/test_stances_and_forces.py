"""People for or against a state, a people's fighters, and old names of bodies (rules from PLOVER GSR misses).

Sentences are written for these tests.
"""

from __future__ import annotations

from dateline.parse import parse
from dateline.records import Document
from dateline.resolve.actors import resolve_actors


def resolve(text: str, phrase: str, published: str = "1996-05-01"):
    parsed = parse(Document(id="t", source="<test>", body=text, published=published))
    index = resolve_actors(parsed)
    start = text.index(phrase)
    return index, index.resolve(parsed.doc.char_span(start, start + len(phrase), alignment_mode="expand"))


def test_a_person_against_a_state_is_not_the_state():
    _, found = resolve(
        "An anti-Iran cleric was shot dead outside a mosque in Karachi.", "An anti-Iran cleric"
    )
    assert found is None
    _, found = resolve(
        "Pro-Western students marched past pro-Syria activists in Beirut.", "pro-Syria activists"
    )
    assert found is None
    # the state itself, or its own people, still answer
    _, found = resolve("Syrian activists marched in Beirut.", "Syrian activists")
    assert found is not None and found.country == "SYR"


def test_a_peoples_fighters_are_its_armed_group_in_the_state_named():
    index, found = resolve(
        "Tamil guerrillas attacked an army camp, Sri Lankan officials said.", "Tamil guerrillas"
    )
    assert found is not None and (found.country, found.sector) == ("LKA", "REB")
    # a two-word nationality the parser tags as a person's name is its state
    assert any(e.type == "GPE" and e.country == "LKA" for e in index.entities)
    assert not any(e.type == "PERSON" for e in index.entities)
    text = "Burmese troops seized a Karen guerrilla base near the Thai border."
    index, found = resolve(text, "a Karen guerrilla base")
    assert found is not None and (found.country, found.sector) == ("MMR", "REB")
    # "Karen" before a fighters' noun is a people, not a woman's given name
    assert not any(e.type == "PERSON" and e.name == "Karen" for e in index.entities)


def test_the_common_market_is_the_european_community():
    _, found = resolve("Spain joined the Common Market after long talks.", "the Common Market", "1986-02-01")
    assert found is not None and (found.name, found.sector) == ("European Community", "IGO")
