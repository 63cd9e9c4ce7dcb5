"""A surname two people of one article share: the one named last before the mention.

News names a person in full, then shortens to the surname; when a father and son, or two
ministers of one family, share it, the bare surname is the one the text was just about.
Sentences are written for these tests.
"""

from __future__ import annotations

from actor_helpers import LEAD, run


def _speaker_of(text: str, mention: str, nth: int = 1) -> str:
    index = run(text)
    start = -1
    for _ in range(nth):
        start = (LEAD + text).index(mention, start + 1)
    entity = index.at(start, start + len(mention))
    assert entity is not None, [e.name for e in index.entities]
    return entity.name


TEXT = (
    "Karim Haddad, 9, has lived in Marseille since June. His father, Samir Haddad, flew in from "
    "Beirut on Monday. Haddad told reporters he would take the boy home. The boy's uncle, Fadi "
    "Haddad, refused. Haddad said the family would appeal."
)


def test_the_surname_after_the_father_is_named_is_the_father():
    assert _speaker_of(TEXT, "Haddad told") == "Samir Haddad"


def test_the_surname_after_the_uncle_is_named_is_the_uncle():
    assert _speaker_of(TEXT, "Haddad said") == "Fadi Haddad"


def test_a_given_name_alone_does_not_count_as_naming_by_surname():
    # "Omar" names the boy by his given name; the next bare "Haddad" is still the father
    text = (
        "Omar Haddad, 9, has lived in Marseille since June. His father, Samir Haddad, flew in from "
        "Beirut on Monday. Omar stayed at school. Haddad told reporters he would take the boy home."
    )
    assert _speaker_of(text, "Haddad told") == "Samir Haddad"
