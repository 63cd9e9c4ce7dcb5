"""Quotes and reported speech: layouts, marks, speakers, cues and channels.

The sentences are written for these tests, except the bundled seed article
(examples/seed), whose six direct quotes are checked at the end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.extract.quotes import find_quotes, lexicon, reported_clause, scan_quote_marks
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
    # attribution corpora take the whole complement as the content
    parsed = parse(Document(id="t", source="<test>", body=body, published=None))
    s, e = reported_clause(parsed.doc, q)
    assert body[s:e].startswith("the new agreement “is a very important signal")


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
