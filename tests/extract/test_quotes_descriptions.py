"""Speakers named by a description of a person the article introduced earlier.

Every sentence is written for these tests; the speaker is worked out by hand from the rule in
``dateline.extract.quotes._described_person``: a definite description ("the Republican presidential
nominee", "Turkey's president") names the one person named before it whom every word of it fits,
and nobody when two people fit or none does (FORMAT.md: null when the article never says who spoke).
"""

from __future__ import annotations

from helpers import by_text, quotes_of

from dateline.records import Quote


def quotes(body: str, published: str = "2016-10-02") -> list[Quote]:
    return quotes_of(body, published)


# --------------------------------------------------------------------------- one person fits


def test_apposition_introduces_the_description():
    qs = quotes(
        "Donald Trump, the Republican presidential nominee, spoke in Ohio on Monday. Hillary Clinton "
        "was in Florida.\n\nThe Republican presidential nominee said the election was rigged."
    )
    assert by_text(qs, "the election was rigged").speaker == "Donald Trump"


def test_occupation_described_before_the_name():
    qs = quotes(
        "Donald Trump, a New York businessman, entered the race in June.\n\n"
        "The New York businessman said the party needed new blood."
    )
    assert by_text(qs, "the party needed new blood").speaker == "Donald Trump"


def test_nationality_and_title_before_the_name():
    qs = quotes(
        "Ukrainian President Volodymyr Zelensky met Joe Biden in Washington on Tuesday.\n\n"
        "The Ukrainian president told reporters that more air defence was needed."
    )
    assert by_text(qs, "more air defence was needed").speaker == "Volodymyr Zelensky"


def test_hyphenated_description_in_a_coordinated_apposition():
    qs = quotes(
        "Hillary Clinton, the Democratic front-runner, and Bernie Sanders debated in Iowa.\n\n"
        "The Democratic front-runner said the plan was too costly."
    )
    assert by_text(qs, "the plan was too costly").speaker == "Hillary Clinton"


def test_state_possessive_names_the_office_holder_of_that_state():
    # "Turkey's president" is the president of Turkey the article named, not Russia's
    qs = quotes(
        "Recep Tayyip Erdogan met Vladimir Putin in Sochi on Monday.\n\n"
        "Turkey's president said the talks were useful.",
        published="2019-03-02",
    )
    assert by_text(qs, "the talks were useful").speaker == "Recep Tayyip Erdogan"


# --------------------------------------------------------------------------- guards


def test_description_of_another_state_names_nobody():
    # the only president named is Ukraine's: "the Russian president" is someone else, unnamed
    qs = quotes(
        "Ukrainian President Volodymyr Zelensky met Joe Biden on Tuesday.\n\n"
        "The Russian president said the talks were a provocation."
    )
    q = by_text(qs, "the talks were a provocation")
    assert q.speaker is None
    assert q.speaker_desc == "The Russian president"


def test_description_the_article_never_gave_names_nobody():
    # Trump is named, but never as a New York businessman
    qs = quotes(
        "Donald Trump met Joe Biden on Monday.\n\nThe New York businessman said the party needed new blood."
    )
    assert by_text(qs, "the party needed new blood").speaker is None


def test_two_people_fitting_the_description_name_nobody():
    qs = quotes(
        "Mark Tolley, a Texas businessman, and Anna Berg, another Texas businessman, bought the paper.\n\n"
        "The Texas businessman said the paper would survive."
    )
    assert by_text(qs, "the paper would survive").speaker is None


def test_phrase_inside_an_apposition_is_no_description():
    # "a friend of the singer" describes Anna Berg as a friend, not as the singer
    qs = quotes(
        "Anna Berg, a friend of the singer, spoke on Monday.\n\nThe singer said the police had failed him."
    )
    assert by_text(qs, "the police had failed him").speaker is None


def test_description_given_only_after_the_quote_does_not_count():
    qs = quotes(
        "Donald Trump arrived in Ohio on Monday.\n\nThe New York businessman said the party needed new "
        "blood.\n\nTrump, a New York businessman, has never held office."
    )
    assert by_text(qs, "the party needed new blood").speaker is None


def test_state_possessive_with_no_such_office_holder_named_names_nobody():
    # Lavrov is Russia's foreign minister; Turkey's is not named
    qs = quotes(
        "Sergei Lavrov arrived in Ankara on Monday.\n\nTurkey's foreign minister said the talks had failed.",
        published="2019-03-02",
    )
    assert by_text(qs, "the talks had failed").speaker is None


# --------------------------------------------------------------------------- a body's spokesman


def test_spokesman_for_a_body_is_the_body_speaking():
    # as "a Justice Department spokesman said" is the department's voice
    qs = quotes(
        "Amnesty International published a report on Monday. A spokeswoman for the group said the "
        "abuses were widespread."
    )
    assert by_text(qs, "the abuses were widespread").speaker == "Amnesty International"


def test_spokesman_for_a_person_stays_unnamed():
    qs = quotes("Mark Tolley arrived on Monday.\n\nA spokesman for the senator said he was tired.")
    q = by_text(qs, "he was tired")
    assert q.speaker is None
    assert q.speaker_desc == "A spokesman"
