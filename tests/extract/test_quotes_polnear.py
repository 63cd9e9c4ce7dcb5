"""Quote rules added for attribution corpora (PolNeAR) and the layouts met there.

Each test uses a sentence written for it. ``find_quotes`` keeps the extent an analyst
records (FORMAT.md); ``find_attributions`` gives PolNeAR's extent (with "that", with
a closing relative clause, without a second cue of the reported clause).
"""

from __future__ import annotations

from dateline.extract.quotes import _content_span, find_attributions, find_quotes
from dateline.parse import parse
from dateline.records import Document, Quote
from dateline.resolve.actors import resolve_actors


def _run(body: str, wide: bool) -> list[Quote]:
    parsed = parse(Document(id="t", source="<test>", body=body, published="2024-01-08"))
    actors = resolve_actors(parsed)
    return find_attributions(parsed, actors) if wide else find_quotes(parsed, actors)


def quotes(body: str) -> list[Quote]:
    return _run(body, wide=False)


def attributions(body: str) -> list[Quote]:
    return _run(body, wide=True)


def spoken(body: str, q: Quote) -> str | None:
    if q.speaker_start is None or q.speaker_end is None:
        return None
    return body[q.speaker_start : q.speaker_end]


# --------------------------------------------------------------------------- extent


def test_attribution_content_keeps_that_and_a_closing_relative_clause():
    body = "Anna Berg said that the bridge was closed in May, which angered the farmers."
    (q,) = quotes(body)
    assert q.text == "the bridge was closed in May"
    (att,) = [a for a in attributions(body) if a.cue == "said"]
    assert att.text == "that the bridge was closed in May, which angered the farmers"


def test_attribution_content_stops_at_a_second_cue_of_the_clause():
    # PolNeAR makes the second cue an attribution of its own (train exact F1 0.548 -> 0.549)
    body = "Pavel Novak said he met the mayor and asked him to reopen the bridge."
    (q,) = quotes(body)
    assert q.text == "he met the mayor"
    att = next(a for a in attributions(body) if a.cue == "said")
    assert att.text == "he met the mayor"
    asked = next(a for a in attributions(body) if a.cue == "asked")
    assert asked.text == "him to reopen the bridge"


def test_content_span_leaves_out_line_breaks():
    parsed = parse(Document(id="t", source="<test>", body="The farmers left.\n\n", published=None))
    toks = list(parsed.doc)
    assert toks[-1].is_space
    assert _content_span(parsed.doc, toks) == (0, len("The farmers left"))


# --------------------------------------------------------------------------- sources


def test_subject_is_taken_from_the_verbs_own_paragraph():
    body = "10:15 a.m.\n\nAnna Berg says the talks will resume on Monday."
    (q,) = quotes(body)
    assert spoken(body, q) == "Anna Berg"


def test_weak_cue_inside_a_reported_clause_gives_way_to_the_outer_cue():
    body = 'Anna Berg said she admired the farmers for what she calls their "quiet courage".'
    (q,) = [q for q in quotes(body) if q.direct]
    assert q.text == "quiet courage"
    assert q.cue == "said"
    assert spoken(body, q) == "Anna Berg"


# --------------------------------------------------------------------------- layouts


def test_quoted_transcript_is_split_into_turns():
    body = (
        "The interview went as follows:\n\n"
        '"BERG: Will the bridge reopen this year?\n\n'
        '"NOVAK: It will reopen in May. The repairs are nearly done.\n\n'
        '"BERG: Thank you."'
    )
    turns = [q for q in quotes(body) if q.direct]
    assert [q.text for q in turns] == [
        "Will the bridge reopen this year?",
        "It will reopen in May. The repairs are nearly done.",
        "Thank you.",
    ]
    assert [spoken(body, q) for q in turns] == ["BERG", "NOVAK", "BERG"]
    assert {q.cue for q in turns} == {":"}


def test_transcript_turns_leave_out_stage_directions_and_a_closing_signature():
    body = (
        "The interview went as follows:\n\n"
        '"BERG: Will the bridge reopen this year?\n\n'
        '"(CROSSTALK.)\n\n'
        '"NOVAK: It will reopen in May.\n\n'
        '"Follow Ann Lee on Twitter @annlee."'
    )
    turns = [q for q in quotes(body) if q.direct]
    assert [q.text for q in turns] == ["Will the bridge reopen this year?", "It will reopen in May."]
    assert [spoken(body, q) for q in turns] == ["BERG", "NOVAK"]


def test_quote_signed_after_a_dash():
    body = (
        "“The new bridge is a gift to the valley.” ― Anna Berg\n“We waited ten years for it.” ― Pavel Novak"
    )
    first, second = [q for q in quotes(body) if q.direct]
    assert (spoken(body, first), spoken(body, second)) == ("Anna Berg", "Pavel Novak")
    assert first.cue == "―" and second.cue_start != first.cue_start  # the second is not a continuation


def test_paragraph_opening_with_a_closing_mark_is_a_quote():
    body = "”The road is closed until spring, and nobody told us.” ― Anna Berg"
    (q,) = [q for q in quotes(body) if q.direct]
    assert q.text == "The road is closed until spring, and nobody told us."
    assert spoken(body, q) == "Anna Berg"


def test_two_cues_between_quotes_keep_them_apart():
    body = "“We will rebuild,” Anna Berg said before adding, “The river will not stop us.”"
    qs = [q for q in quotes(body) if q.direct]
    assert [q.text for q in qs] == ["We will rebuild,", "The river will not stop us."]
    assert [q.cue for q in qs] == ["said", "adding"]


def test_quoted_headline_does_not_continue_a_quote():
    body = 'Anna Berg said: "The bridge will open in May."\n\n"Notes From the River Valley"'
    assert [q.text for q in quotes(body) if q.direct] == ["The bridge will open in May."]


# --------------------------------------------------------------------------- attitudes


def test_verb_of_seeming_has_no_source():
    body = "The mayor seems to favour the northern route."
    (att,) = attributions(body)
    assert [body[s:e] for s, e in att.parts] == ["The mayor", "to favour the northern route"]
    assert att.cue == "seems" and att.speaker_start is None
    assert quotes(body) == []


def test_as_clause_attributes_the_main_clause():
    body = "As the report shows, the river has risen by two metres."
    (att,) = attributions(body)
    assert att.text == "the river has risen by two metres"
    assert att.cue == "shows"
    assert spoken(body, att) == "the report"


def test_mined_verb_and_preposition_pair():
    (att,) = attributions("The senator hinted at a new tax on fuel.")
    assert att.text == "a new tax on fuel"
    assert att.cue == "hinted"


def test_called_on_takes_who_is_called_on_and_what_to_do():
    (att,) = [a for a in attributions("Anna Berg called on the council to rebuild the bridge.") if a.cue]
    assert att.text == "the council to rebuild the bridge"


def test_according_to_content_drops_a_leading_connective():
    body = "But the dam will hold through the winter, according to the ministry."
    (att,) = attributions(body)
    assert att.text == "the dam will hold through the winter"


def test_relative_pronoun_before_the_cue_is_not_content():
    body = "The mayor praised the grants, which Anna Berg said were spent on schools."
    att = next(a for a in attributions(body) if a.cue == "said")
    assert att.text == "were spent on schools"


# --------------------------------------------------------------------------- reported clause of a quote


def test_reported_clause_keeps_that_before_a_comma():
    from dateline.extract.quotes import reported_clause

    body = 'Anna Berg wrote that, "The bridge will open in May."'
    parsed = parse(Document(id="t", source="<test>", body=body, published=None))
    (q,) = [q for q in find_quotes(parsed, resolve_actors(parsed)) if q.direct]
    s, e = reported_clause(parsed.doc, q)
    assert body[s:].startswith("that,")
    assert e >= q.end - 1


def test_reported_clause_of_a_quote_after_according_to():
    from dateline.extract.quotes import reported_clause

    body = 'According to Anna Berg, the new road is "a waste of money" and a danger.'
    parsed = parse(Document(id="t", source="<test>", body=body, published=None))
    (q,) = [q for q in find_quotes(parsed, resolve_actors(parsed)) if q.direct]
    s, e = reported_clause(parsed.doc, q)
    assert body[s:e] == 'the new road is "a waste of money" and a danger'


def test_complement_broken_in_two_by_the_parser_is_joined():
    # the parser hangs "paid" on "claimed" as a second complement; it is the friend's report
    body = "Pavel Novak claimed that he had a friend who told him the mayor hadn't paid any taxes for years."
    (q,) = quotes(body)
    assert q.text == "he had a friend who told him the mayor hadn't paid any taxes for years"


def test_title_of_a_work_after_its_verb_is_not_a_quote():
    assert [q for q in quotes('Anna Berg wrote "Notes From the River Valley" in 2010.') if q.direct] == []
    # an utterance in headline casing before its cue is still one
    (q,) = [q for q in quotes('"Here Comes the Flood," Anna Berg said.') if q.direct]
    assert q.cue == "said"


def test_curly_quote_closed_by_a_straight_mark():
    body = '“We will rebuild the bridge by May," Anna Berg said.'
    (q,) = [q for q in quotes(body) if q.direct]
    assert q.text == "We will rebuild the bridge by May,"
    assert spoken(body, q) == "Anna Berg"
