"""Quotes and reported speech: layouts, marks, speakers, cues and channels.

The sentences are written for these tests, except the bundled seed article
(examples/seed), whose six direct quotes are checked at the end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.extract.quotes import (
    find_attributions,
    find_quotes,
    lexicon,
    reported_clause,
    scan_quote_marks,
)
from dateline.parse import parse
from dateline.records import Document, Quote
from dateline.resolve.actors import resolve_actors

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "seed" / "000_65522404600919ad.txt"


def quotes(body: str) -> list[Quote]:
    parsed = parse(Document(id="t", source="<test>", body=body, published="2024-01-08"))
    return find_quotes(parsed, resolve_actors(parsed))


def direct(body: str) -> list[Quote]:
    return [q for q in quotes(body) if q.direct]


def indirect(body: str) -> list[Quote]:
    return [q for q in quotes(body) if not q.direct]


def speaker_has(q: Quote, surname: str) -> bool:
    return q.speaker is not None and surname in q.speaker


# --------------------------------------------------------------------------- layouts


def test_quote_then_speaker_and_cue():
    (q,) = direct("“The bridge will reopen next week,” Maria Lopez said.")
    assert q.text == "The bridge will reopen next week,"
    assert speaker_has(q, "Lopez")
    assert (q.cue, q.cue_class) == ("said", "say")


def test_quote_then_inverted_cue_and_speaker():
    body = "“We are ready,” said Pavel Novak, the mayor of the town."
    (q,) = direct(body)
    assert speaker_has(q, "Novak")
    assert body[q.speaker_start : q.speaker_end].startswith("Pavel Novak")


def test_speaker_colon_quote():
    (q,) = direct('Maria Lopez said: "The talks failed because nobody came."')
    assert q.text == "The talks failed because nobody came."
    assert speaker_has(q, "Lopez")


def test_speaker_cue_quote_without_colon():
    (q,) = direct("Maria Lopez warned “the river will flood the lower town by Friday.”")
    assert q.cue_class == "warn"
    assert speaker_has(q, "Lopez")


def test_split_quote_is_one_quote_with_two_parts():
    body = "“We will not sign,” Pavel Novak said, “unless the border is reopened first.”"
    (q,) = direct(body)
    assert len(q.parts) == 2
    assert [body[s:e] for s, e in q.parts] == ["We will not sign,", "unless the border is reopened first."]
    assert q.text == "We will not sign, unless the border is reopened first."
    assert (q.start, q.end) == (q.parts[0][0], q.parts[1][1])
    assert speaker_has(q, "Novak")


def test_second_quote_after_period_keeps_speaker_and_cue():
    body = "“The plan is dead,” said Pavel Novak. “Nobody in the council will vote for it now.”"
    first, second = direct(body)
    assert speaker_has(second, "Novak")
    assert (second.cue_start, second.cue_end) == (first.cue_start, first.cue_end)


def test_quote_running_over_paragraphs():
    body = (
        "Maria Lopez said:\n\n“The first paragraph of the statement ends here.\n\n"
        "“The second paragraph continues it and closes.”\n\nThe meeting then ended."
    )
    (q,) = direct(body)
    assert len(q.parts) == 2
    assert q.text.endswith("continues it and closes.")
    assert speaker_has(q, "Lopez")


def test_straight_and_single_marks_and_guillemets():
    assert direct('"We will win this case in court," Maria Lopez said.')[0].text.startswith("We will win")
    (g,) = direct("«Nous ne céderons pas sur ce point essentiel», Pavel Novak said.")
    assert g.text.startswith("Nous ne céderons")
    (n,) = direct("“He told me ‘leave now’ and then he left the room,” Maria Lopez said.")
    assert "‘leave now’" in n.text


def test_apostrophes_do_not_open_quotes():
    marked = scan_quote_marks("The minister’s plan isn’t ready, and the mayors’ council won’t vote.")
    assert marked == []


def test_mixed_quote_is_the_quoted_part_with_channel():
    body = (
        "Pavel Novak said that the new agreement “is a very important signal for our farmers,” "
        "according to the president’s office."
    )
    (q,) = quotes(body)
    assert q.direct
    assert q.text == "is a very important signal for our farmers,"
    assert speaker_has(q, "Novak")
    assert q.channel == "according to the president’s office"
    # attribution corpora take the whole complement as the content, with its "that"
    parsed = parse(Document(id="t", source="<test>", body=body, published=None))
    s, e = reported_clause(parsed.doc, q)
    assert body[s:e].startswith("that the new agreement “is a very important signal")


# --------------------------------------------------------------------------- marks that are not quotes


def test_scare_quotes_without_cue_are_dropped():
    assert direct("The council praised the “strongmen” of the region at its annual dinner.") == []


def test_short_quote_governed_by_a_cue_is_kept():
    body = "Maria Lopez criticised the mayor, adding that he had “behaved shamefully”."
    qs = direct(body)
    assert [q.text for q in qs] == ["behaved shamefully"]
    assert speaker_has(qs[0], "Lopez")
    assert qs[0].cue == "adding" and qs[0].cue_class == "add"


def test_unbalanced_mark_does_not_swallow_the_article():
    body = (
        "“The vote is lost, Maria Lopez said. The council met again on Tuesday. "
        "It approved the budget after a long debate. Pavel Novak said the roads would be repaired. "
        "The mayor left early."
    )
    for q in direct(body):
        assert q.end - q.start < 60
    assert any("roads would be repaired" in q.text for q in indirect(body))


# --------------------------------------------------------------------------- reported speech


def test_indirect_speech_with_that_excluded():
    (q,) = indirect("Maria Lopez said that the bridge would reopen in March.")
    assert q.text == "the bridge would reopen in March"
    assert not q.direct
    assert speaker_has(q, "Lopez")


def test_indirect_speech_without_that_and_cue_classes():
    (q,) = indirect("Pavel Novak denied the army had crossed the river.")
    assert (q.text, q.cue_class) == ("the army had crossed the river", "deny")
    (w,) = indirect("Maria Lopez warned the talks could collapse within days.")
    assert w.cue_class == "warn"


def test_participle_cue_is_cut_from_the_content():
    qs = indirect(
        "Maria Lopez said the mayor was responsible for the delay, adding that the budget was too small."
    )
    texts = {q.text for q in qs}
    assert "the mayor was responsible for the delay" in texts
    assert "the budget was too small" in texts
    assert all(speaker_has(q, "Lopez") for q in qs)


def test_according_to():
    (q,) = indirect("According to Pavel Novak, the factory will close in May.")
    assert q.text == "the factory will close in May"
    assert q.cue == "According to"
    assert speaker_has(q, "Novak")


def test_whether_clause_is_not_content():
    assert indirect("Maria Lopez asked whether the bridge would reopen.") == []


def test_negated_cue_attributes_nothing():
    assert indirect("Maria Lopez did not say that the bridge would reopen.") == []


# --------------------------------------------------------------------------- speakers and channels


def test_pronoun_speaker_is_the_previous_speaker_with_mention_span():
    body = (
        "“The harvest was poor this year,” Pavel Novak said on Monday. "
        "“We will need help from the government,” he wrote on Telegram."
    )
    first, second = direct(body)
    assert speaker_has(second, "Novak")
    assert body[second.speaker_start : second.speaker_end] == "he"
    assert second.channel == "on Telegram"
    assert second.cue == "wrote"


def test_unnamed_source_keeps_description():
    (q,) = indirect("Officials said the convoy had been delayed at the border.")
    assert q.speaker is None
    assert q.speaker_desc == "Officials"


def test_spokesman_is_unnamed():
    (q,) = direct("“No decision has been taken on the matter yet,” a spokesman said.")
    assert q.speaker is None
    assert q.speaker_desc == "a spokesman"


def test_channels_statement_and_told_reporters():
    (q,) = indirect("Maria Lopez said in a statement that the plant would stay open.")
    assert q.channel == "in a statement"
    (t,) = indirect("Pavel Novak told reporters that the plant would stay open.")
    assert t.channel == "told reporters"


def test_had_said_cue_is_verbatim():
    (q,) = direct("Maria Lopez had said: “Children should never pay for their parents’ mistakes.”")
    assert q.cue == "had said"


def test_lexicon_is_data():
    lex = lexicon()
    assert lex.speech["deny"] == "deny"
    assert lex.speech["pledge"] == "promise"
    assert "telegram" in lex.channels["on"]


# --------------------------------------------------------------------------- the seed article


@pytest.fixture(scope="module")
def seed_quotes() -> tuple[str, list[Quote]]:
    raw = SEED.read_text(encoding="utf-8")
    body = raw[raw.index("President Volodymyr Zelensky thanked") :]
    parsed = parse(Document(id="seed", source=str(SEED), body=body, published="2024-01-07"))
    return body, find_quotes(parsed, resolve_actors(parsed))


def test_seed_direct_quotes(seed_quotes):
    body, qs = seed_quotes
    ds = [q for q in qs if q.direct]
    by_tajani = [q for q in ds if speaker_has(q, "Tajani")]
    assert [q.text for q in by_tajani] == ["peacekeeping, monitoring, deterrence."]
    by_zelensky = [q for q in ds if speaker_has(q, "Zelensky")]
    starts = [q.text[:30] for q in by_zelensky]
    for expected in (
        "Japan is a very important and",
        "One of our best international",
        "is a very important signal of",
        "The initiation of negotiations",
        "This includes security assist",
    ):
        assert any(s.startswith(expected[:25]) for s in starts), (expected, starts)
    mixed = next(q for q in by_zelensky if q.text.startswith("is a very important signal"))
    assert mixed.channel == "according to the president’s office"
    for q in ds:
        assert body[q.start : q.end].startswith(q.text[:10])


def test_seed_reported_speech(seed_quotes):
    _, qs = seed_quotes
    tajani = [q for q in qs if not q.direct and speaker_has(q, "Tajani")]
    assert any(q.text.startswith("the proposed EU army could be involved") for q in tajani)


def test_random_mark_soup_gives_spans_inside_the_body():
    import random

    rng = random.Random(7)
    alphabet = list("“”‘’\"'«» \n.,:") + [
        "said ",
        "he ",
        "Maria Lopez ",
        "that ",
        "the plan ",
        "according to ",
    ]
    for _ in range(60):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 50)))
        for q in quotes(body):
            assert 0 <= q.start <= q.end <= len(body)
            assert all(0 <= s <= e <= len(body) for s, e in q.parts)


# --------------------------------------------------------------------------- two apostrophes, introductions


def test_two_apostrophes_are_a_double_mark():
    body = "''The dam will hold,'' Maria Lopez said. ''Nobody needs to leave.''"
    first, second = direct(body)
    assert first.text == "The dam will hold,"
    assert second.text == "Nobody needs to leave."
    assert speaker_has(first, "Lopez") and speaker_has(second, "Lopez")


def test_possessive_apostrophe_next_to_a_mark_is_not_a_pair():
    # a single apostrophe after a plural stays an apostrophe, the pair after it opens the quote
    body = "The Joneses' farm was sold. ''It was time,'' said Anna Berg."
    assert [body[s:e] for m in scan_quote_marks(body) for s, e in m.parts] == ["It was time,"]


def test_reported_clause_stops_at_comma_before_the_quote():
    body = "Pavel Novak told reporters, “The council has already voted on the budget.”"
    doc = parse(Document(id="t", source="<test>", body=body, published=None)).doc
    (q,) = direct(body)
    assert reported_clause(doc, q) == (q.start, q.end)


# --------------------------------------------------------------------------- find_attributions


def attributions(body: str) -> list[Quote]:
    parsed = parse(Document(id="t", source="<test>", body=body, published="2024-01-08"))
    return find_attributions(parsed, resolve_actors(parsed))


def test_find_attributions_keeps_quotes_and_adds_stance():
    body = "Maria Lopez said the bridge was safe. Pavel Novak wants to close the bridge for repairs."
    atts = attributions(body)
    assert [q.text for q in quotes(body)] == ["the bridge was safe"]
    said, wants = atts
    assert said.text == "the bridge was safe" and said.cue_class == "say"
    assert wants.text == "to close the bridge for repairs"
    assert (wants.cue, wants.cue_class) == ("wants", "want")
    assert body[wants.speaker_start : wants.speaker_end] == "Pavel Novak"


def test_stance_with_noun_object_and_its_complement():
    body = "Senator Anna Berg criticized the governor over the closure of the hospital."
    (att,) = attributions(body)
    assert att.text == "the governor over the closure of the hospital"
    assert att.cue_class == "accuse"
    assert quotes(body) == []


def test_stance_drops_circumstance_of_time_and_place():
    body = "Pavel Novak endorsed the mayor after a meeting on Friday."
    (att,) = attributions(body)
    assert att.text == "the mayor"
    assert att.cue_class == "support"


def test_bound_preposition_gives_its_object():
    (att,) = attributions("Most farmers in the valley voted for the new dam.")
    assert att.text == "the new dam"
    assert att.cue == "voted"


def test_belief_with_bare_clause_and_relative_source():
    body = "Voters who backed the mayor believe the tax is too high."
    atts = attributions(body)
    believe = next(a for a in atts if a.cue_class == "believe")
    assert believe.text == "the tax is too high"
    assert body[believe.speaker_start : believe.speaker_end] == "Voters"
    backed = next(a for a in atts if a.cue == "backed")
    assert backed.text == "the mayor"
    # PolNeAR marks the relative pronoun as the source mention; it still stands for "Voters"
    assert body[backed.speaker_start : backed.speaker_end] == "who"
    assert backed.speaker_desc == "Voters"


def test_no_stance_without_a_source_subject():
    # "it" holding up a roof is no source, and a passive without "by" has no holder of the stance
    assert attributions("It supports the roof. The plan was rejected last week.") == []


def test_passive_stance_takes_its_agent_as_source():
    # PolNeAR: "X has been endorsed by Y" is Y's stance on X
    (att,) = attributions("The plan was rejected by the council.")
    assert att.text == "The plan"
    assert att.speaker_desc == "the council"
    assert att.cue_class == "deny"  # cues.json: speech "reject" -> deny


def test_parenthetical_cue_splits_the_content():
    body = "The talks, Maria Lopez said, will resume in March."
    (att,) = [a for a in attributions(body) if a.cue == "said"]
    assert [body[s:e] for s, e in att.parts] == ["The talks", "will resume in March"]
    assert speaker_has(att, "Lopez")


def test_parenthetical_cue_after_a_connective_drops_it():
    body = "Still, he said, the council will meet again in March."
    (att,) = [a for a in attributions(body) if a.cue == "said"]
    assert att.text == "the council will meet again in March"


def test_trailing_aside_is_not_content():
    body = "Maria Lopez said the budget was approved by Pavel Novak, the mayor of the town."
    (q,) = indirect(body)
    assert q.text == "the budget was approved by Pavel Novak"


def test_according_to_in_the_middle_gives_two_parts():
    body = "Since May, according to the United Nations, 400 people have fled the town."
    (q,) = indirect(body)
    assert [body[s:e] for s, e in q.parts] == ["Since May", "400 people have fled the town"]
    assert q.channel is not None or q.speaker is not None


def test_stance_noun_with_possessor():
    body = "The mayor defended the budget despite Anna Berg's attacks on the new tax."
    att = next(a for a in attributions(body) if a.cue == "attacks")
    assert att.text == "the new tax"
    assert body[att.speaker_start : att.speaker_end] == "Anna Berg"
    assert att.cue_class == "accuse"


def test_passive_belief_has_no_source():
    body = "The council is expected to approve the new budget on Monday."
    (att,) = attributions(body)
    assert [body[s:e] for s, e in att.parts] == ["The council", "to approve the new budget on Monday"]
    assert att.speaker_start is None and att.cue == "is expected"


def test_quantifier_subject_and_condition_are_kept():
    body = "Most of the farmers want to sell the land if the price rises."
    (att,) = attributions(body)
    assert att.text == "to sell the land if the price rises"
    assert body[att.speaker_start : att.speaker_end].startswith("Most")


def test_question_after_addressee_is_the_content():
    body = "A reporter asked Pavel Novak if the bridge would reopen."
    atts = [a for a in attributions(body) if a.cue == "asked"]
    assert [a.text for a in atts] == ["if the bridge would reopen"]
    assert quotes(body) == []  # an open question is not reported speech


def test_according_to_beside_a_speech_cue_is_its_own_attribution():
    body = "Anna Berg said the dam was safe, according to a report by the ministry."
    atts = attributions(body)
    assert [a.text for a in quotes(body)] == ["the dam was safe"]
    acc = next(a for a in atts if a.cue == "according to")
    assert acc.text == "Anna Berg said the dam was safe"


def test_aside_after_a_dash_is_dropped():
    body = "Pavel Novak wants a new bridge — a project the town cannot afford."
    (att,) = attributions(body)
    assert att.text == "a new bridge"


def test_a_characterisation_inside_someones_reported_clause_is_theirs():
    from dateline import extract

    text = 'Boris Johnson, the foreign secretary, said the Kremlin\'s response had been "smug sarcasm and denial".'
    art = extract(text, published="2018-03-26")
    assert [(q.speaker, q.text) for q in art.quotes] == [("Boris Johnson", "smug sarcasm and denial")]


def test_a_stated_justification_is_its_owners():
    from dateline import extract

    text = 'Turkey\'s justification for its stance is that the Kurdish militias are "terrorists".'
    art = extract(text, published="2019-02-22")
    assert [q.speaker for q in art.quotes] == ["Turkey"]


def test_a_possessive_read_as_is_does_not_steal_the_subject():
    # the parser reads "BBC One’s" as "BBC One is", making "’s" the subject of "revealed"
    body = (
        "The foreign secretary, Jeremy Hunt, flew to Brussels on Sunday. The foreign secretary, speaking on "
        "BBC One’s The Andrew Marr Show, revealed he was talking to ministers about the children."
    )
    found = [q for q in indirect(body) if "talking to ministers" in q.text]
    assert len(found) == 1 and speaker_has(found[0], "Hunt")


@pytest.mark.parametrize(
    ("body", "surname"),
    [
        (
            "The Baltic Monitoring Network, a team of volunteer researchers, said it had found three "
            "Twitter posts about the raid. “The raid took place,” the group said in a post.",
            "Baltic Monitoring Network",
        ),
        (
            "In an editorial, the Daily Courier compared the mayor to a gambler. “He thrives on chaos,” "
            "the paper said.",
            "Daily Courier",
        ),
    ],
)
def test_the_group_or_the_paper_is_the_organisation_of_that_kind_last_named(body, surname):
    found = direct(body)
    assert len(found) == 1 and speaker_has(found[0], surname)


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Macron stressed the need for a political solution in Libya.",
            "the need for a political solution in Libya",
        ),
        (
            "The rebel leader called for an international force to protect the border towns.",
            "an international force to protect the border towns",
        ),
        (
            "Zelensky emphasised the importance of the security agreement with Japan.",
            "the importance of the security agreement with Japan",
        ),
        (
            "The ambassador complained to the Russians about the use of nerve agents in Salisbury.",
            "the use of nerve agents in Salisbury",
        ),
        (
            "Aid agencies warned of a humanitarian catastrophe in Idlib.",
            "a humanitarian catastrophe in Idlib",
        ),
    ],
)
def test_a_cue_can_report_its_content_as_a_noun_phrase(body, content):
    assert [q.text for q in indirect(body)] == [content]


@pytest.mark.parametrize("body", ["He stressed his hands on the table.", "She called for help."])
def test_other_objects_of_those_cues_are_no_content(body):
    assert indirect(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Moscow will use the UN to claim that the strikes broke international law.",
        "The president is expected to announce that the troops will come home.",
        "She will tell the council that the vote was rigged.",
    ],
)
def test_words_not_yet_said_are_no_quote(body):
    assert indirect(body) == []


def test_a_past_report_after_went_on_to_is_still_a_quote():
    assert [q.text for q in indirect("He went on to say that the deal was dead.")] == ["the deal was dead"]


# --------------------------------------------------------------------------- pronoun gender


def test_she_said_is_the_woman_not_the_man_named_as_subject():
    (q,) = indirect("Emmanuel Macron met Angela Merkel in Berlin. She said the talks went well.")
    assert q.speaker == "Angela Merkel"


def test_she_said_skips_a_later_man_to_reach_the_woman():
    body = 'Angela Merkel said the talks went well. Emmanuel Macron arrived later. "We are ready," she said.'
    (q,) = direct(body)
    assert q.speaker == "Angela Merkel"


def test_she_said_skips_the_previous_speaker_when_he_is_a_man():
    body = 'Maria Lopez arrived first. "We will wait," Peter Jones said. "So will we," she said.'
    first, second = direct(body)
    assert first.speaker == "Peter Jones"
    assert second.speaker == "Maria Lopez"


def test_he_said_is_the_man_the_writer_calls_mr_whatever_his_name():
    # "Joy" is a woman's name in the list; "Mr" is stronger
    (q,) = direct('Karen Hill met Mr Joy Brown on Tuesday. "It is done," he said.')
    assert q.speaker == "Joy Brown"


def test_a_speaker_of_unknown_gender_is_still_found():
    # neither "Robin" nor "Kim" has one gender: the subject is the antecedent, as before
    (q,) = direct('Robin Smith met Kim Jones on Tuesday. "It is done," she said.')
    assert q.speaker == "Robin Smith"


def test_she_is_no_party_when_only_men_were_named():
    body = (
        "Peter Jones met John Smith on Tuesday. The Republican Party said it would wait. "
        '"It is done," she said.'
    )
    q = [q for q in direct(body) if q.text.startswith("It is done")][0]
    assert q.speaker is None


def test_a_name_of_unknown_gender_takes_the_gender_of_the_pronoun_that_named_it():
    # "Robin" says nothing; once "she" is Robin Smith, "he" is the man named before her
    body = (
        "Peter Jones arrived on Monday. Robin Smith met the mayor. "
        '"It is done," she said. "We will see," he said.'
    )
    first, second = direct(body)
    assert first.speaker == "Robin Smith"
    assert second.speaker == "Peter Jones"


@pytest.mark.parametrize(
    "body",
    [
        "Dozens of fighters were killed in the strikes last week, according to US and Russian reports.",
        "At least 40 people died in the floods, according to official figures.",
    ],
)
def test_according_to_reports_or_figures_is_sourcing_not_a_quote(body):
    assert indirect(body) == []


@pytest.mark.parametrize(
    ("body", "surname"),
    [
        ("At least 40 people died in the floods, according to a Pentagon report.", "Pentagon"),
        ("The talks had failed, according to Foreign Minister Sergei Lavrov.", "Lavrov"),
    ],
)
def test_according_to_a_named_voice_is_still_a_quote(body, surname):
    found = indirect(body)
    assert len(found) == 1 and speaker_has(found[0], surname)


def test_they_after_an_unnamed_plural_subject_is_that_group_not_the_last_speaker():
    body = (
        "“We will not stop,” said the Turkish foreign minister, Mevlüt Çavuşoğlu. Kurdish officials had "
        "asked Damascus to intervene. But they denied on Monday that a deal had been reached with the regime."
    )
    found = [q for q in indirect(body) if "deal had been reached" in q.text]
    assert len(found) == 1 and found[0].speaker is None


def test_they_after_a_named_body_still_resolves():
    body = "The European Union met on Monday. They said that sanctions on Iran would stay in place."
    found = [q for q in indirect(body) if "sanctions" in q.text]
    assert len(found) == 1 and speaker_has(found[0], "European Union")


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Donald Trump told May in a phone call that the US would stand with its closest ally.",
            "the US would stand with its closest ally",
        ),
        ("He said that deal was dead.", "that deal was dead"),
        ("She said that was wrong.", "that was wrong"),
    ],
)
def test_the_complementiser_that_is_no_content_but_a_demonstrative_is(body, content):
    assert [q.text for q in indirect(body)] == [content]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The UK government said it fully supported the strikes.", "United Kingdom"),
        ("The Syrian army said six people had been killed at the base.", "Syria"),
        ("Russian officials said the talks would resume.", None),
    ],
)
def test_a_states_own_body_speaks_for_it_but_its_officials_stay_unnamed(body, speaker):
    assert [q.speaker for q in indirect(body)] == [speaker]
