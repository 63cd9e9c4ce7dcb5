"""Reported speech and its speakers: the rules added in session 5 (classes of wording from eval/silver4).

Each test uses sentences written for it; the expected speakers and texts follow from the rule the
test names (FORMAT.md: a speaker is an entity the article names, or null when nobody is named).
"""

from __future__ import annotations

from dateline.extract.quotes import find_quotes
from dateline.parse import parse
from dateline.records import Document, Quote
from dateline.resolve.actors import resolve_actors


def quotes(body: str) -> list[Quote]:
    parsed = parse(Document(id="t", source="<test>", body=body, published="2024-01-08"))
    return find_quotes(parsed, resolve_actors(parsed))


def reported(body: str) -> list[Quote]:
    return [q for q in quotes(body) if not q.direct]


def direct(body: str) -> list[Quote]:
    return [q for q in quotes(body) if q.direct]


def having(qs: list[Quote], words: str) -> Quote:
    return next(q for q in qs if words in q.text)


# ----------------------------------------------------------------------------- mixed quotes


def test_a_phrase_quoted_inside_reported_speech_keeps_the_reported_speech():
    # "a 'fair deal'" sits between the writer's words: the clause is reported speech with a borrowed phrase
    body = "Maria Lopez said the council would offer farmers a “fair and lasting deal” before the harvest."
    assert [q.text for q in reported(body)] == [
        "the council would offer farmers a “fair and lasting deal” before the harvest"
    ]
    assert reported(body)[0].speaker == "Maria Lopez"
    assert [q.text for q in direct(body)] == ["fair and lasting deal"]


def test_a_quote_closing_the_clause_is_the_quote_alone():
    # the quoted words complete the statement: recorded as the direct quote only (a mixed quote)
    body = "Maria Lopez said the answer should be “more roads, more schools, more clinics.”"
    assert reported(body) == []
    assert [q.speaker for q in direct(body)] == ["Maria Lopez"]


def test_a_quote_opening_the_clause_is_the_quote_alone():
    body = "Maria Lopez warned that “the farmers have run out of patience” in the northern valleys."
    assert reported(body) == []


def test_a_closing_according_to_is_no_content():
    body = "Maria Lopez said that the visit to the valley was a sign of support, according to her office."
    assert [q.text for q in reported(body)] == ["the visit to the valley was a sign of support"]


# ----------------------------------------------------------------------------- pronouns and bodies


def test_it_after_a_plural_noun_is_still_the_body_that_spoke():
    # "it" is singular: never the unnamed "workers" of its own sentence
    body = (
        "The roof fell in at noon, the Northern Mining Board said.\n\n"
        "Twelve workers were hurt and three were missing, it said."
    )
    assert having(reported(body), "Twelve workers").speaker == "Northern Mining Board"


def test_a_spokesman_named_by_the_body_noun_speaks_for_that_body():
    # "a board spokesman" after "the Northern Mining Board": the board is speaking
    body = (
        "The roof fell in at noon, the Northern Mining Board said.\n\n"
        "A board spokesman said the cause of the collapse was not known."
    )
    assert having(reported(body), "cause of the collapse").speaker == "Northern Mining Board"


def test_a_spokesman_with_a_noun_no_body_is_named_by_stays_unnamed():
    body = (
        "The roof fell in at noon, the Northern Mining Board said.\n\n"
        "A union spokesman said the cause of the collapse was not known."
    )
    q = having(reported(body), "cause of the collapse")
    assert q.speaker is None
    assert q.speaker_desc == "A union spokesman"


def test_the_government_is_the_one_state_its_paragraph_names():
    body = "Two bridges were destroyed by floods in northern Portugal on Monday, the government said."
    assert reported(body)[0].speaker == "Portugal"


def test_the_government_of_a_paragraph_naming_two_states_stays_unnamed():
    body = "Portugal asked Spain to open its dams on Monday, the government said."
    q = having(reported(body), "open its dams")
    assert q.speaker is None
    assert q.speaker_desc == "the government"


def test_the_government_of_a_paragraph_with_a_place_in_another_state_stays_unnamed():
    # Seville is in Spain: the paragraph names two states, so "the government" is neither
    body = "Portuguese planes dropped water on fires near Seville on Monday, the government said."
    q = reported(body)[0]
    assert q.speaker is None
    assert q.speaker_desc == "the government"
    # a place inside the one state named leaves it the only one
    body = "Two bridges were destroyed by floods near Porto on Monday, the government said."
    assert reported(body)[0].speaker == "Portugal"


def test_members_of_a_named_body_are_unnamed_speakers():
    # "Hamas officials", like "Kurdish officials" and "Trump aides": some members, not the body
    body = "The Fisheries Union called a strike. Fisheries Union leaders said they closed every harbour."
    q = having(reported(body), "closed every harbour")
    assert q.speaker is None
    assert q.speaker_desc == "Fisheries Union leaders"


# ----------------------------------------------------------------------------- who speaks


def test_quoted_as_saying_gives_the_words_to_the_one_quoted():
    body = 'The agency quoted Defence Minister Anna Berg as saying, "The troops will stay in the north."'
    q = direct(body)[0]
    assert q.speaker == "Anna Berg"
    body = "The radio quoted Defence Minister Anna Berg as saying the troops would stay in the north."
    assert reported(body)[0].speaker == "Anna Berg"


def test_asked_which_is_a_question_not_reported_speech():
    assert reported("Anna Berg asked which of the two bridges should be rebuilt first.") == []
    assert reported("The reporters wondered why the two bridges had not been rebuilt.") == []
    # a request is still reported: "asked that ..." is no question
    assert [q.text for q in reported("Anna Berg asked that the bridge be rebuilt first.")] == [
        "the bridge be rebuilt first"
    ]


# ----------------------------------------------------------------------------- complements


def test_a_that_clause_misparsed_as_a_relative_clause_after_a_phrase():
    # "that" before a clause with its own subject is a complementiser, not a relative pronoun
    body = "Anna Berg told journalists after a long committee hearing that the treasury had frozen all new hiring."
    q = reported(body)[0]
    assert q.text == "the treasury had frozen all new hiring"
    assert q.speaker == "Anna Berg"


def test_a_relative_clause_of_the_phrase_stays_out():
    body = "Anna Berg spoke to reporters at a meeting that the mayor had called."
    assert reported(body) == []


def test_expressed_frustration_that_reports_an_attitude():
    # the parser hangs the noun's "that" clause on "rally": the support verb with its noun is the cue
    body = "Anna Berg expressed anger at a party rally that the river towns were treating the levy as a joke."
    q = reported(body)[0]
    assert q.speaker == "Anna Berg"
    assert q.text == "the river towns were treating the levy as a joke"
    # a feeling with no clause reports nothing
    assert reported("Anna Berg expressed anger at a party rally on Sunday.") == []


def test_a_parenthetical_cue_reports_the_clause_around_it():
    body = "Anna Berg met the miners on Monday. Reopening the mine, she promised, was her first task."
    q = reported(body)[0]
    assert q.speaker == "Anna Berg"
    assert q.text == "Reopening the mine was her first task"
    assert q.cue == "promised"


# ----------------------------------------------------------------------------- continuation


def test_a_quote_paragraph_after_reported_speech_goes_on_with_its_speaker():
    body = (
        "Anna Berg said the strike had cost the region dearly.\n\n"
        '"We will rebuild what was lost and we will not wait for help from anyone."'
    )
    assert [d.speaker for d in direct(body)] == ["Anna Berg"]


def test_a_quote_paragraph_after_other_sentences_is_not_continued():
    body = (
        "Anna Berg said the strike had cost the region dearly. Trains stopped for a week.\n\n"
        '"We will rebuild what was lost and we will not wait for help from anyone."'
    )
    assert [d.speaker for d in direct(body)] == [None]


def test_an_unclosed_last_quote_runs_past_a_title_abbreviation():
    body = (
        "Anna Berg said the strike had cost the region dearly.\n\n"
        '"The plan that Gov. Novak signed ignores the farmers and will hurt the valley for years...'
    )
    assert [d.text for d in direct(body)] == [
        "The plan that Gov. Novak signed ignores the farmers and will hurt the valley for years..."
    ]


def test_an_unclosed_quote_with_its_own_attribution_is_not_continued():
    body = (
        "Anna Berg said the strike had cost the region dearly.\n\n"
        '"I see no reason to change our estimates for the year, said Piotr Novak, an analyst.\n'
    )
    assert all(d.speaker != "Anna Berg" for d in direct(body))


# ----------------------------------------------------------------------------- "it", "they" and roles


def test_it_is_the_body_its_sentence_names():
    body = "Norland Steel said it would cut jobs. Norland Steel expects losses this year, it said."
    assert having(reported(body), "expects losses").speaker == "Norland Steel"


def test_it_of_a_sentence_about_an_unnamed_group_stays_unnamed():
    # "it" is "the group", which nobody names, not the last speaker (Portugal)
    body = (
        "Portugal said the road plan was sound.\n\n"
        "A new charity began work in Lisbon. The group seeks a safer road through what it calls "
        "“a charter of duties for every driver.”"
    )
    assert [d.speaker for d in direct(body)] == [None]


def test_they_after_an_unnamed_group_that_spoke_stays_unnamed():
    body = (
        "Ministry officials told Reuters the policy covered only imports. Exports were not included, "
        "they added.\n\nThey said the total bill would reach two billion dollars."
    )
    q = having(reported(body), "total bill")
    assert q.speaker is None


def test_a_role_is_named_by_the_person_introduced_speaking_next():
    body = (
        "The chief of the Norland mission said the blockade must end and said threats against Norland "
        "would backfire.\n\n"
        "“Pressure will not work on us,” Colonel Piotr Novak said at the briefing."
    )
    assert [q.speaker for q in reported(body)] == ["Piotr Novak", "Piotr Novak"]


def test_a_role_is_not_named_by_a_person_named_before():
    # Piotr Novak was named before the description: a different person
    body = (
        "Piotr Novak arrived on Monday.\n\n"
        "The chief of the Norland mission said the talks should resume.\n\n"
        "“Pressure will not work on us,” Piotr Novak told reporters."
    )
    assert having(reported(body), "talks should resume").speaker is None


def test_a_role_is_not_named_by_a_person_of_another_office():
    # the next speaker is described as holding another office: two people, the role stays unnamed
    opening = (
        "The interior minister told parliament that the vote would go ahead and said the police were "
        "ready.\n\n"
    )
    for attribution in (
        "“We will count every ballot,” said Tomas Varga, the prime minister.",
        "“This is a disgrace,” said opposition leader Tomas Varga.",
    ):
        qs = reported(opening + attribution)
        assert [(q.speaker, q.speaker_desc) for q in qs] == [(None, "The interior minister")] * 2
    # the same office is no conflict
    same = opening + "“We will count every ballot,” Interior Minister Tomas Varga told reporters."
    assert [q.speaker for q in reported(same)] == ["Tomas Varga", "Tomas Varga"]


def test_a_role_is_not_named_by_a_person_of_another_state():
    body = (
        "The head of the Chinese delegation said the talks had stalled and said Beijing would wait.\n\n"
        "“We can wait longer than anyone,” said Kenji Sato, a Japanese colonel."
    )
    assert [q.speaker for q in reported(body)] == [None, None]


def test_a_spokesman_is_not_named_by_the_next_speaker():
    body = (
        "The spokesman said the talks should resume.\n\n"
        "“Pressure will not work on us,” Foreign Minister Piotr Novak told reporters."
    )
    assert having(reported(body), "talks should resume").speaker is None


def test_a_report_by_unnamed_sources_inside_reported_speech_is_not_a_quote_of_its_own():
    body = "The Daily Courier said that local officials had estimated that dozens of homes were lost."
    assert [(q.speaker, q.text) for q in reported(body)] == [
        ("Daily Courier", "local officials had estimated that dozens of homes were lost")
    ]


def test_one_unnamed_member_of_a_named_body_is_an_unnamed_speaker():
    body = (
        "The Norland Finance Ministry said it would act. A Norland Finance Ministry official said "
        "the rules would change in May."
    )
    q = having(reported(body), "rules would change")
    assert q.speaker is None
    assert q.speaker_desc == "A Norland Finance Ministry official"


def test_a_source_the_parser_joined_to_the_content_still_speaks():
    # "bond managers and traders" is parsed as a conjunct of "currency", leaving "said" without a subject
    body = (
        "The new rules have failed to turn the yen into a truly international currency, bond managers "
        "and traders said."
    )
    q = reported(body)[0]
    assert q.text == "The new rules have failed to turn the yen into a truly international currency"
    assert q.speaker is None
    assert q.speaker_desc is not None and "traders" in q.speaker_desc
