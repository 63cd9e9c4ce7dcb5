"""Quote rules written from hand-judged TempEval-3 news (text no quote rule was tuned on).

Every sentence is written for these tests; expected values are worked out by hand from the rules
in ``dateline.extract.quotes`` and shared/gold/FORMAT.md.
"""

from __future__ import annotations

from helpers import by_text, quotes_of

from dateline.records import Quote


def quotes(body: str, published: str = "1998-03-02") -> list[Quote]:
    return quotes_of(body, published)


# --------------------------------------------------------------------------- non-speech senses


def test_call_up_troops_is_no_quote():
    # "call up" (summon) is no reporting verb: nothing is said
    qs = quotes("Governor Maria Olsen can call up 5,000 guardsmen for up to 90 days without a vote.")
    assert qs == []


def test_call_with_an_object_before_for_is_no_request():
    # "call 5,000 guardsmen for 90 days": "for" after an object is no "call for" (demand)
    qs = quotes("Governor Maria Olsen can call up to 5,000 guardsmen for up to 90 days without a vote.")
    assert qs == []


def test_ask_someone_for_something_is_still_a_request():
    # "asked" is a cue of its own; its "for" object stays the content
    qs = quotes("Maria Olsen asked the court for a delay of the trial.")
    assert by_text(qs, "a delay of the trial").speaker == "Maria Olsen"


def test_call_for_after_a_fronted_in_phrase_is_still_a_cue():
    # the "in" of "In a joint letter" is no particle of "called": the request stays a quote
    qs = quotes("In a joint letter, Maria Olsen called for the quickest possible vote on the budget.")
    assert by_text(qs, "vote on the budget").speaker == "Maria Olsen"


def test_charged_with_a_task_is_no_quote():
    # "charged the monitors with verifying that ..." assigns a task; the clause is nobody's words
    qs = quotes(
        "The Security Council has charged the monitors with verifying that the militia has destroyed "
        "its heavy weapons."
    )
    assert qs == []


# --------------------------------------------------------------------------- quoted words that nobody says


def test_a_word_mentioned_after_the_word_is_no_quote():
    # '"embargo"' after "the word" is a word mentioned; the reported clause stays
    qs = quotes('Mr. Ortega refused to use the word "embargo," but said the ships would be stopped.')
    assert [q.text for q in qs if q.direct] == []
    assert by_text(qs, "the ships would be stopped").speaker == "Ortega"


def test_a_show_title_after_a_possessive_is_no_quote():
    # 'on NBC News\' "Meet the Nation,"' names a programme; the marked words after "said" are a quote
    qs = quotes(
        'Speaking on NBC News\' "Meet the Nation," Senator Paul Hendry said the plan gives the state '
        '"a legal basis for new road tolls."'
    )
    direct = [q.text.rstrip(".,") for q in qs if q.direct]
    assert direct == ["a legal basis for new road tolls"]


def test_a_short_whole_utterance_still_counts():
    # a one-word answer after "said" is a quote: the title rule needs a possessive or a preposition
    qs = quotes('Asked whether talks would resume, the minister, Ana Ruiz, said "Yes." She left.')
    assert by_text(qs, "Yes").direct


# --------------------------------------------------------------------------- plural speakers


def test_officials_named_after_a_person_stay_unnamed():
    # "Ruiz administration officials" are several people, none of them Ruiz
    qs = quotes(
        "President Ana Ruiz spoke on Monday. Other Ruiz administration officials said the fleet "
        "could stop food shipments."
    )
    assert by_text(qs, "the fleet could stop").speaker is None


def test_a_single_title_named_person_still_speaks():
    # one person with a title before the name is that person
    qs = quotes("Foreign Minister Ana Ruiz said the fleet could stop food shipments.")
    assert by_text(qs, "the fleet could stop").speaker == "Ana Ruiz"
