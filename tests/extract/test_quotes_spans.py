"""Quote spans and speakers from a judging pass over TempEval-3 and PolNeAR train news.

Every sentence is written for these tests; expected values are worked out by hand from the rules
in ``dateline.extract.quotes`` and shared/gold/FORMAT.md (content without its marks, "that" or a
closing attribution; the speaker is the canonical name of the person who spoke).
"""

from __future__ import annotations

from helpers import by_text, quotes_of

from dateline.records import Quote


def quotes(body: str, published: str = "2019-03-02") -> list[Quote]:
    return quotes_of(body, published)


# --------------------------------------------------------------------------- quote marks


def test_grave_accents_open_a_direct_quote():
    # wire copy writes ``...'' for a double quote: the words are a direct quote, without the marks
    qs = quotes(
        "The bridge fell on Monday.\n\n``We will rebuild the bridge by winter,'' Mayor Anna Berg said."
    )
    q = by_text(qs, "We will rebuild the bridge")
    assert q.direct is True
    assert "`" not in q.text and "'" not in q.text
    assert q.speaker == "Anna Berg"


def test_short_whole_sentence_continues_the_quote_before():
    # "We are ready." is a sentence of its own after the speaker's quote, not a scare quote
    qs = quotes('The vote is on Friday.\n\n"We have the numbers," Mark Tolley said. "We are ready."')
    q = by_text(qs, "We are ready.")
    assert q.direct is True
    assert q.speaker == "Mark Tolley"


def test_programme_title_after_on_is_no_quote():
    # 'on CBS's "Face the Nation."' names a programme (American punctuation puts the stop inside)
    qs = quotes(
        "Mark Tolley took on the governor on Sunday.\n\n''It is nonsense,'' Mr. Tolley said by telephone "
        "on CBS's ''Face the Nation.'' ''The budget is a disaster and everybody knows that.''"
    )
    assert not any("Face the Nation" in q.text for q in qs)
    assert by_text(qs, "The budget is a disaster").speaker == "Mark Tolley"


# --------------------------------------------------------------------------- speakers


def test_conjoined_verb_takes_the_subject_of_the_clause_before_and():
    # the parser joins "said" to "rose" (whose subject, "tension", cannot speak); the clause right
    # before "and" has the speaker
    qs = quotes(
        "Tension rose on Friday when Senator Mark Tolley called the governor a liar and said "
        "the budget would collapse within a year."
    )
    q = by_text(qs, "the budget would collapse")
    assert q.speaker == "Mark Tolley"


def test_conjoined_verb_keeps_a_speaking_main_subject():
    # "The president" can speak: "met ... and said" stays his
    qs = quotes("The president met the envoy on Monday and said the talks had gone well.")
    q = by_text(qs, "the talks had gone well")
    assert q.speaker is None
    assert q.speaker_desc == "The president"


def test_name_closing_a_description_is_the_speaker():
    # the parser hangs "Anna Berg" on "Nairobi"; set off by commas at the end of the description,
    # the name is the head of the inquiry's
    qs = quotes(
        "The search went on.\n\nThe head of the inquiry in Nairobi, Anna Berg, said the report was almost done."
    )
    assert by_text(qs, "the report was almost done").speaker == "Anna Berg"


def test_name_of_a_titled_person_inside_the_description_is_not_the_speaker():
    # "the mayor of Lviv, Andriy Sadovyi": the name is the mayor's; his spokesman speaks, unnamed
    qs = quotes(
        "The siren sounded.\n\nA spokesman for the mayor of Lviv, Andriy Sadovyi, said the shelter was full."
    )
    q = by_text(qs, "the shelter was full")
    assert q.speaker is None
    assert q.speaker_desc == "A spokesman"


def test_leader_description_refers_to_the_person_of_that_country():
    qs = quotes(
        "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Friday.\n\n"
        "The Russian leader said the talks had been useful."
    )
    assert by_text(qs, "the talks had been useful").speaker == "Vladimir Putin"


def test_leader_description_of_another_country_stays_unnamed():
    # no Turkish person has been named: "the Turkish leader" is not Putin
    qs = quotes(
        "Vladimir Putin spoke in Sochi on Friday.\n\nThe Turkish leader said the talks had been useful."
    )
    q = by_text(qs, "the talks had been useful")
    assert q.speaker is None
    assert q.speaker_desc == "The Turkish leader"


def test_second_name_after_a_name_is_the_subject_for_a_later_he():
    # "Mr. Putin, Mr. Trump was pressed": two names are no apposition; "he" is Trump, the subject
    qs = quotes(
        "Donald Trump defended his praise of the Russian president, Vladimir Putin, on Sunday.\n\n"
        '"It is nonsense," Mr. Trump said.\n\nOn the topic of another tough guy, Mr. Putin, Mr. Trump was '
        "pressed on why he had said the sanctions were useless."
    )
    assert by_text(qs, "the sanctions were useless").speaker == "Donald Trump"


# --------------------------------------------------------------------------- content spans


def test_trailing_attribution_is_not_content():
    # ", Interfax reported" names who relayed the words; the president's quote is recorded once
    qs = quotes(
        "Fighting went on.\n\nThe president said the sanctions would stay in place, Interfax reported."
    )
    assert [q.text for q in qs] == ["the sanctions would stay in place"]
    assert qs[0].speaker_desc == "The president"


def test_fronted_attribution_is_not_the_content_of_a_second_cue():
    # "Officials said X, the ministry said": the ministry relays the officials' words
    qs = quotes("Fighting went on.\n\nOfficials said the talks had stalled, the ministry said on Monday.")
    assert [q.text for q in qs] == ["the talks had stalled"]
    assert qs[0].speaker_desc == "Officials"


def test_clause_before_a_semicolon_is_not_what_the_next_clause_denies():
    qs = quotes(
        "Fighting went on.\n\nThe army said the attack killed three soldiers; the rebels denied any role."
    )
    assert [q.text for q in qs] == ["the attack killed three soldiers"]
    assert qs[0].speaker_desc == "The army"


def test_content_stops_at_a_semicolon():
    qs = quotes(
        "Fighting went on.\n\nThe foreign minister said on Monday that the embassy would reopen; staff would "
        "return within weeks."
    )
    assert [q.text for q in qs] == ["the embassy would reopen"]


def test_state_radio_is_a_source():
    qs = quotes(
        "Fighting went on.\n\nThe militants had seized two villages near the border, state radio reported."
    )
    assert [q.text for q in qs] == ["The militants had seized two villages near the border"]
    assert qs[0].speaker is None and qs[0].speaker_desc == "state radio"


def test_reports_emerging_that_is_unattributed_reported_speech():
    # the "that" clause belongs to "reports" though the parser hangs it on "emerged"
    qs = quotes(
        "Fighting went on.\n\nReports emerged on Monday that government troops would enter the city soon."
    )
    q = by_text(qs, "government troops would enter the city soon")
    assert q.direct is False
    assert q.speaker is None


def test_programme_after_interview_with_is_no_quote():
    qs = quotes(
        "The vote is on Friday.\n\n“We know the budget is broken and we know who broke it,” Anna Berg said in "
        "an interview with “Good Morning Europe.”"
    )
    assert not any("Good Morning" in q.text for q in qs)
    assert by_text(qs, "We know the budget is broken").speaker == "Anna Berg"


def test_colon_ending_the_paragraph_before_a_grave_accent_quote_attributes_it():
    # 'a spokesman said:' closes the paragraph; the quote below is his, not the last speaker's
    qs = quotes(
        "``We will stay,'' Mayor Anna Berg said.\n\n"
        "Asked about the plan, a Justice Ministry spokesman said:\n\n"
        "``It changes things. How it changes them is hard to say at this point.''"
    )
    q = by_text(qs, "It changes things")
    assert q.direct is True
    assert q.speaker != "Anna Berg"
    assert q.cue == "said"


def test_second_source_coordinated_inside_a_complement_is_cut():
    # "... insisted that the bridge be rebuilt, and the council has said that ...": when the parser
    # hangs the council's "said" inside the mayor's complement, the mayor's content stops before it
    from spacy.tokens import Doc

    from dateline.extract.quotes import _without_trailing_cues, lexicon
    from dateline.parse import load

    words = "the mayor insisted that the bridge be rebuilt , and the council has said that money would come".split()
    heads = [1, 2, 2, 7, 5, 7, 7, 2, 7, 7, 11, 13, 13, 7, 17, 17, 17, 13]
    deps = [
        "det", "nsubj", "ROOT", "mark", "det", "nsubjpass", "auxpass", "ccomp", "punct", "cc",
        "det", "nsubj", "aux", "conj", "mark", "nsubj", "aux", "ccomp",
    ]  # fmt: skip
    pos = [
        "DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT", "CCONJ",
        "DET", "NOUN", "AUX", "VERB", "SCONJ", "NOUN", "AUX", "VERB",
    ]  # fmt: skip
    lemmas = [w if w != "said" else "say" for w in words]
    lemmas[2], lemmas[7] = "insist", "rebuild"
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    kept = [t.text for t in _without_trailing_cues(doc[7], lexicon())]
    assert kept == ["that", "the", "bridge", "be", "rebuilt"]
