"""Attribution rules of ``find_attributions`` added for PolNeAR's recall and extent (second round).

Each test uses a sentence written for it; the expected spans follow from the rule the
test names. ``find_quotes`` (FORMAT.md quotes) is untouched by these rules.
"""

from __future__ import annotations

from dateline.extract.quotes import find_attributions, find_quotes, reported_clause
from dateline.parse import parse
from dateline.records import Document, Quote
from dateline.resolve.actors import resolve_actors


def _parse(body: str):
    return parse(Document(id="t", source="<test>", body=body, published="2024-01-08"))


def attributions(body: str) -> list[Quote]:
    parsed = _parse(body)
    return find_attributions(parsed, resolve_actors(parsed))


def by_cue(body: str, cue: str) -> Quote:
    return next(a for a in attributions(body) if a.cue == cue)


def mention(body: str, q: Quote) -> str | None:
    return None if q.speaker_start is None else body[q.speaker_start : q.speaker_end]


# ----------------------------------------------------------------------------- extent


def test_conjuncts_hung_on_the_cue_stay_in_the_content():
    # "grow"/"build" are parsed as conjuncts of "wants": the same infinitive form, not cues
    body = "Maria Lopez wants to widen the road, repave the square and build a new bridge."
    assert by_cue(body, "wants").text == "to widen the road, repave the square and build a new bridge"


def test_a_second_action_of_the_source_is_not_content():
    # "campaigned" has the cue's own form (past tense): the source's second action
    assert by_cue("Pavel Novak endorsed Lopez and campaigned in the north.", "endorsed").text == "Lopez"


def test_object_with_a_relative_clause_misparsed_as_the_cue_clause():
    body = "Novak cited angry letters farmers had written to him."
    assert by_cue(body, "cited").text == "angry letters farmers had written to him"


def test_addressee_before_a_clause_is_still_left_out():
    assert by_cue("He told reporters the plan would fail.", "told").text == "the plan would fail"


def test_according_to_inside_a_closing_relative_clause_attributes_that_clause():
    body = "She argued that the levy was unfair - which it often is, according to Berg."
    assert by_cue(body, "according to").text == "which it often is"


def test_leading_according_to_ends_the_source_at_its_comma():
    body = "According to the regional paper, 40 of the 60 councillors backed the levy."
    att = by_cue(body, "According to")
    assert att.text == "40 of the 60 councillors backed the levy"
    assert mention(body, att) == "the regional paper"


def test_according_to_a_source_the_parser_reads_as_a_verb():
    body = "Trump demeaned women with sexist language, according to show insiders."
    att = by_cue(body, "according to")
    assert att.text == "Trump demeaned women with sexist language"
    assert "insiders" in (mention(body, att) or "")


def test_reported_clause_of_a_quote_after_according_to_leaves_the_source_out():
    body = "According to farm union leader Anna Berg, the levy is “a tax on every honest hour of work” and spite."
    parsed = _parse(body)
    (q,) = [a for a in find_attributions(parsed, resolve_actors(parsed)) if a.direct]
    s, e = reported_clause(parsed.doc, q)
    assert body[s:e] == "the levy is “a tax on every honest hour of work” and spite"


def test_reported_clause_keeps_whether_of_a_reported_question():
    body = 'Berg questioned whether the count would be "fair" to farmers.'
    parsed = _parse(body)
    (q,) = [a for a in find_attributions(parsed, resolve_actors(parsed)) if a.direct]
    s, e = reported_clause(parsed.doc, q)
    assert body[s:e] == 'whether the count would be "fair" to farmers'


# ----------------------------------------------------------------------------- recall


def test_fronted_poll_is_the_source_of_its_clause():
    body = "In a survey released on Monday, most farmers opposed the levy."
    att = by_cue(body, "In")
    assert att.text == "most farmers opposed the levy"
    assert mention(body, att) == "a survey"


def test_fronted_report_with_a_speaker_of_its_own_is_not_the_source():
    body = "In a report released on Monday, the union said that the levy would hurt farmers."
    assert [a.cue for a in attributions(body)] == ["said"]


def test_fronted_participle_takes_the_main_subject_as_source():
    body = "Citing a leaked memo, Berg accused the mayor of lying."
    att = by_cue(body, "Citing")
    assert att.text == "a leaked memo"
    assert att.speaker == "Berg"


def test_relative_pronoun_of_a_borrowed_subject_stands_for_its_antecedent():
    body = "The vote is hard for Novak, who refused to endorse the levy."
    att = by_cue(body, "refused")
    assert att.text == "to endorse the levy"
    assert att.speaker == "Novak"


def test_it_as_an_organisation_taking_a_stance():
    body = "Farmers protested outside the paper after it backed the levy."
    att = by_cue(body, "backed")
    assert att.text == "the levy"
    assert mention(body, att) == "it"


def test_passive_stance_with_an_agent():
    body = "The levy has been endorsed by the farm union."
    att = by_cue(body, "has been endorsed")
    assert att.text == "The levy"
    assert mention(body, att) == "the farm union"


def test_stance_adjectives_after_a_copula():
    assert by_cue("Berg has been critical of the levy.", "critical").text == "the levy"
    eager = by_cue("The farmers were eager to meet the mayor.", "eager")
    assert eager.text == "to meet the mayor"
    assert eager.speaker_desc == "The farmers"


def test_adjective_in_another_sense_is_no_stance():
    # "critical to" is "essential to", and a thing is no source
    assert attributions("The levy was critical to the budget.") == []


def test_quoted_characterisation_after_as_whatever_the_verb():
    body = "The mayor has been pounding the council as a “club of cowards” for months."
    (att,) = attributions(body)
    assert att.direct
    assert body[att.start : att.end] == "the council as a “club of cowards”"
    assert mention(body, att) == "The mayor"
    # find_quotes still drops the two-word-ish scare quote no cue governs
    parsed = _parse(body)
    assert all(q.cue != att.cue for q in find_quotes(parsed, resolve_actors(parsed)))


def test_dropped_stance_nouns_give_no_attribution():
    # PolNeAR train: "his comments on X" is seldom an attribution of X
    assert attributions("His comments on the levy were brief.") == []


def test_coordinated_quoted_characterisations_stay_together():
    body = "The mayor has been pounding the council as a “club of cowards” and a “den of thieves” for months."
    (att,) = attributions(body)
    assert body[att.start : att.end] == "the council as a “club of cowards” and a “den of thieves”"


def test_possessor_of_a_noun_with_a_that_clause_after_a_copula():
    body = "Berg's view is that the levy is unfair."
    (att,) = attributions(body)
    assert att.text == "that the levy is unfair"
    assert att.speaker == "Berg"


def test_according_to_in_the_middle_leaves_the_connective_after_it_out():
    body = (
        "The levy raised 25 percent of all revenue in 2013, according to the council, "
        "and the tolls raised 10 percent."
    )
    att = by_cue(body, "according to")
    assert [body[s:e] for s, e in att.parts] == [
        "The levy raised 25 percent of all revenue in 2013",
        "the tolls raised 10 percent",
    ]


def test_closing_participle_gloss_is_no_content():
    body = "Berg said the council had signed a new trade deal, known as the Valley Pact."
    assert by_cue(body, "said").text == "the council had signed a new trade deal"
    parsed = _parse(body)
    (q,) = find_quotes(parsed, resolve_actors(parsed))
    assert q.text == "the council had signed a new trade deal"


def test_each_as_a_source():
    body = "The two candidates clashed on Monday, each touting their own record."
    att = by_cue(body, "touting")
    assert att.text == "their own record"
    assert mention(body, att) == "each"


def test_object_of_a_bare_clause_is_its_subject():
    body = "Berg is demanding the mayor drop the levy before the vote."
    assert by_cue(body, "is demanding").text == "the mayor drop the levy before the vote"


def test_closing_channel_is_no_content():
    assert by_cue("Berg criticized the levy on Twitter.", "criticized").text == "the levy"
