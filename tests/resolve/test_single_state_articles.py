"""A domestic office holder the text does not place, in an article that names one state only.

Sentences are written for these tests.
"""

from __future__ import annotations

from dateline.parse import parse
from dateline.records import Document
from dateline.resolve.actors import resolve_actors


def people(text: str) -> dict:
    index = resolve_actors(parse(Document(id="t", source="<test>", body=text, published="2001-03-01")))
    return {e.name: e for e in index.entities if e.type == "PERSON"}


def test_an_opposition_leader_is_of_the_one_state_named():
    found = people("Police allowed opposition leader Tamsin Orrery to hold a rally, Kenyan officials said.")
    assert (found["Tamsin Orrery"].country, found["Tamsin Orrery"].sector) == ("KEN", "OPP")


def test_not_when_the_article_names_two_states():
    found = people(
        "Police allowed opposition leader Tamsin Orrery to hold a rally, Kenyan and Ugandan officials said."
    )
    assert found["Tamsin Orrery"].country is None
