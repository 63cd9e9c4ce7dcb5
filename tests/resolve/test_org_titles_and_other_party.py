"""Titles held of a body that is no state's, and bare office titles in talks with another state (session 5).

A president of a charity or pressure group is no state's president: the title gives no government
sector and does not answer for "the president". A bare "the foreign minister said talks with Hungary
had stalled" is not Hungary's foreign minister when the sentence names Hungary as the other party.

Sentences are written for these tests.
"""

from __future__ import annotations

from actor_helpers import LEAD, by_name, run

from dateline.parse import parse
from dateline.records import Document
from dateline.resolve.actors import resolve_actors


def resolve_phrase(text: str, phrase: str, published: str):
    """Resolve the first occurrence of ``phrase`` (after the lead sentence) in ``text``."""
    parsed = parse(Document(id="t", source="<test>", body=LEAD + text, published=published))
    index = resolve_actors(parsed)
    start = parsed.doc.text.index(phrase, len(LEAD))
    span = parsed.doc.char_span(start, start + len(phrase), alignment_mode="expand")
    return index, index.resolve(span)


# ------------------------------------------------------------------ titles of non-state bodies


def test_president_of_a_pressure_group_is_no_government_official():
    index = run(
        "Nora Blake, president of Citizens for Clean Water, criticised the permit on Monday.", "2018-05-02"
    )
    assert by_name(index, "Nora Blake").sector != "GOV"


def test_the_president_is_not_a_pressure_groups_president():
    _, found = resolve_phrase(
        "Nora Blake, president of Citizens for Clean Water, criticised the permit on Monday. "
        "The president said on Tuesday that the permit would stand.",
        "The president",
        "2018-05-02",
    )
    assert found is None or found.name != "Nora Blake"


def test_the_spokesman_may_still_be_a_groups_spokesman():
    _, found = resolve_phrase(
        "Omar Haddad, spokesman for Citizens for Clean Water, criticised the permit on Monday. "
        "The spokesman said the group would appeal.",
        "The spokesman",
        "2018-05-02",
    )
    assert found is not None and found.name == "Omar Haddad"


def test_president_of_a_state_body_keeps_the_office():
    _, found = resolve_phrase(
        "Ivan Petrov, president of the Senate, met reporters on Monday. The president said the vote was delayed.",
        "The president",
        "2018-05-02",
    )
    assert found is not None and found.name == "Ivan Petrov"


# ------------------------------------------------------------------ the other side of talks


PARIS = "President Emmanuel Macron of France toured a factory in Lyon on Monday.\n\n"


def test_bare_title_is_the_leading_states_office_holder_by_default():
    _, found = resolve_phrase(
        PARIS + "The foreign minister said wine exports would grow.", "The foreign minister", "2019-03-05"
    )
    assert found is not None and found.name == "Jean-Yves Le Drian"


def test_bare_title_is_not_of_the_state_named_as_the_other_side():
    for wording in (
        "talks with France had stalled",
        "sanctions against France were unjust",
        "pressure on France was rising",
    ):
        _, found = resolve_phrase(
            PARIS + f"The foreign minister said {wording}.", "The foreign minister", "2019-03-05"
        )
        assert found is None or found.country != "FRA", wording


def test_other_side_rule_holds_in_another_year_and_state():
    moscow = "Russian President Boris Yeltsin visited Novgorod, Russia, on Monday.\n\n"
    _, found = resolve_phrase(
        moscow + "The foreign minister said relations with Russia were cooling.",
        "The foreign minister",
        "1995-06-12",
    )
    assert found is None or found.country != "RUS"
    _, found = resolve_phrase(
        moscow + "The foreign minister said the harvest was late.", "The foreign minister", "1995-06-12"
    )
    assert found is not None and found.name == "Andrei Kozyrev"


# ------------------------------------------------------------------ a state's office named by the state

GENEVA = "Talks on grain exports opened in Geneva on Thursday. "
NAMED = (
    "Andrei Kozyrev, Sergei Lavrov, Angela Merkel, Helmut Kohl, Madeleine Albright, Warren Christopher, "
    "John Major and Theresa May sent greetings. "
)


def test_nationality_and_title_is_that_states_office_holder_in_several_years():
    # the article names several past and present holders: the publication day picks one
    for phrase, day, holder in (
        ("The Russian foreign minister", "1995-03-05", "Andrei Kozyrev"),
        ("The Russian foreign minister", "2010-03-05", "Sergei Lavrov"),
        ("The German chancellor", "1995-03-05", "Helmut Kohl"),
        ("The German chancellor", "2010-03-05", "Angela Merkel"),
        ("The U.S. secretary of state", "1995-03-05", "Warren Christopher"),
        ("The U.S. secretary of state", "1998-03-05", "Madeleine Albright"),
    ):
        _, found = resolve_phrase(GENEVA + NAMED + phrase + " said a deal was near.", phrase, day)
        assert found is not None and (found.name, found.type) == (holder, "PERSON"), (phrase, day)


def test_states_possessive_and_title_is_that_states_office_holder():
    for day, holder in (("1995-03-05", "John Major"), ("2019-03-05", "Theresa May")):
        _, found = resolve_phrase(
            GENEVA + NAMED + "Britain's prime minister said a deal was near.", "Britain's prime minister", day
        )
        assert found is not None and found.name == holder, day


def test_a_holder_the_article_does_not_name_leaves_the_state():
    # a person made from the list alone would hide the acting state from the event extractor
    _, found = resolve_phrase(
        GENEVA + "The Russian foreign minister said a deal was near.",
        "The Russian foreign minister",
        "2010-03-05",
    )
    assert found is not None and (found.type, found.country) == ("GPE", "RUS")


def test_a_former_or_deputy_holder_stays_the_state():
    for phrase in ("The former Russian foreign minister", "The Russian deputy foreign minister"):
        _, found = resolve_phrase(GENEVA + NAMED + phrase + " said a deal was near.", phrase, "2010-03-05")
        assert found is not None and (found.type, found.country) == ("GPE", "RUS"), phrase


def test_the_texts_own_holder_of_that_state_comes_first():
    _, found = resolve_phrase(
        GENEVA + "Foreign Minister Alain Roche of France arrived late. The French foreign minister said "
        "a deal was near.",
        "The French foreign minister",
        "2019-03-05",
    )
    assert found is not None and found.name == "Alain Roche"
