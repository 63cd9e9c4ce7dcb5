"""Headline verbs glued to names, and wire datelines: the place a story was filed from is no actor.

Own sentences. A headline's words are all capitalised, so the tagger runs a verb into the name next to
it ("Polls Link Reagan to Scandal"); a wire dateline's place ("MANILA - ") only says where the story
was filed, so "they" after it must find no antecedent there, and a dateline's dash ends the place.
"""

from __future__ import annotations

from dateline.parse import parse
from dateline.records import Document
from dateline.resolve.actors import ActorIndex, _dateline_place, resolve_actors


def _run(text: str, published: str = "1988-05-02") -> ActorIndex:
    """Resolve the actors of ``text`` as a whole article (no lead sentence: the headline comes first)."""
    return resolve_actors(parse(Document(id="t", source="<test>", body=text, published=published)))


def _names(index: ActorIndex) -> set[str]:
    return {e.name for e in index.entities}


def test_headline_verb_before_a_known_surname_is_cut() -> None:
    # the tagger reads "Link Reagan" as one name; "Link" is the headline's verb, "Reagan" the body's man
    names = _names(_run("Polls Link Reagan to Scandal\n\nVoters blamed President Reagan for the scandal."))
    assert "Ronald Reagan" in names
    assert "Link Reagan" not in names


def test_given_name_before_a_surname_in_a_headline_stays() -> None:
    # "Nancy" is a given name: "Nancy Reagan" is another person than "Reagan", not a glued verb
    text = "Nancy Reagan Visits School\n\nNancy Reagan toured a school in Ohio. President Reagan stayed home."
    assert "Nancy Reagan" in _names(_run(text))


def test_they_after_a_dateline_does_not_find_the_place() -> None:
    text = "KABUL - Gunmen stormed a police post on Sunday. They killed four officers, the ministry said."
    idx = _run(text)
    doc = parse(Document(id="t", source="<test>", body=text, published="1988-05-02")).doc
    they = next(t for t in doc if t.text == "They")
    hit = idx.resolve(doc[they.i : they.i + 1])
    assert hit is None or hit.name != "Kabul"


def test_place_named_in_the_body_is_still_an_antecedent() -> None:
    text = "Officials met on Tuesday.\nThe talks with Japan went well, and they agreed to meet again."
    idx = _run(text)
    doc = parse(Document(id="t", source="<test>", body=text, published="1988-05-02")).doc
    they = next(t for t in doc if t.text == "they")
    hit = idx.resolve(doc[they.i : they.i + 1])
    assert hit is not None and hit.name == "Japan"


def test_dateline_dash_ends_the_place_name() -> None:
    names = _names(_run("KABUL - Farmers marched on the state house on Monday, police said."))
    assert "Kabul" in names
    assert "Farmers" not in names
    assert not any("-" in n for n in names)


def test_dateline_place_shapes() -> None:
    text = "KABUL, Afghanistan, May 3 (Reuters) - Talks began.\nPARIS -- Strikes spread.\nIn Rome - no."
    assert _dateline_place(text, 0, 5)
    paris = text.index("PARIS")
    assert _dateline_place(text, paris, paris + 5)
    rome = text.index("Rome")
    assert not _dateline_place(text, rome, rome + 4)  # not first on its line
    assert not _dateline_place("Kabul is calm.", 0, 5)  # no dash after it
