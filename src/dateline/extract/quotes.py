"""Quotes and reported speech: who said what, through which cue and channel.

Three passes over one parsed article:

1. Direct quotes. A character scanner pairs quote marks paragraph by paragraph
   (curly, straight, guillemets, two apostrophes ''as in ASCII newspaper text'' or
   ``grave accents'' opening them, as in wire copy;
   single marks only where a paragraph has no
   double ones, so apostrophes and nested quotes stay inside). An opening mark
   with no closing one continues into the next paragraph when that paragraph
   opens with a mark (the newspaper convention for long quotes, also when the
   paragraphs were flattened into one line); otherwise the quote is bounded at
   the end of its sentence so one stray mark cannot swallow the article. Mixed
   marks of scraped text ('“...," he said'; a paragraph opening with ”) pair too.
   ``"...," he said, "..."`` is joined into one quote with two ``parts`` (not when
   two cues stand between them). A quoted transcript ('"WALLACE: ...' / '"PENCE:
   ...') is split into its speakers' turns.
   Each quote is then attributed through the dependency parse, in this order:
   a cue between the parts of a split quote; the reporting verb governing the
   quoted clause (``data/quotes/cues.json``); a noun cue just above it
   ("accusations of '...'", "Turkey's justification is that ..."); a cue right
   after the closing mark ('"...," X said'), or a name signing it after a dash
   ('"..." ― Anna Berg'), or a cue before the opening one ('X said: "..."');
   "according to X"; a noun cue in the sentence before ('X issued a
   statement. "..."'); else the previous quote when this one continues it. A
   quote of a word or two that no cue governs as a clause (or as what a naming
   verb calls someone) is a scare quote and is dropped; so are unattributed
   titles and fragments, and titles of works after their verb ('wrote "Notes From
   the Valley"'). A weak cue ("calls") inside another cue's complement gives way to
   it ('said she admired what she calls a "war"').
2. Reported speech. A reporting verb with a clausal complement gives an
   indirect quote whose content is the complement without "that" (cut before a
   participle cue of the same speaker: ", adding that ...", before a closing attribution
   of its own: ", Interfax reported", and at a semicolon; a complement before its cue that is
   itself an attribution, "Officials said X, the ministry said", gives none); a cue noun with a
   "that" clause ("said in a statement that ...", "his claim that ...") and
   "according to X, ..." do the same ("Since May, according to X, ..." gives the
   two parts around it). A closing aside of the writer's (", a former senator",
   ", who ...", ", drawing ...") is not content. Open questions ("asked whether"), negated
   cues and cues whose complement is mostly quoted (recorded as the direct
   quote: a mixed quote) give none.
3. Headline and transcript lines ("Graham: Trump Is Destroying the Party").

``find_quotes`` is "who said what", what an ``Article`` reports. ``find_attributions``
adds, for attribution corpora such as PolNeAR only, what a source believes, wants,
supports or criticises ("X wants to ...", "X endorsed Y", "voters who backed Y",
"records show ...") and speech the quote passes leave out ("The plan, X said, will
fail"), as extra ``Quote`` records with cue classes from ``cues.json["attitude"]``;
source-less impressions ("The plan seems to work", ``cues.json["raising"]``) too.
Its reported speech has PolNeAR's extent: the complement with its "that", a
closing relative or participle clause kept (only an appositive is dropped), and a
relative pronoun as the source mention ("X, who said ..."). Also there: a fronted
"In a poll, ..." (``cues.json["in_sources"]``), stance adjectives after a copula
("X has been critical of Y", ``cues.json["attitude_adjectives"]``), passive stances
with an agent ("X was endorsed by Y": Y's), a fronted participle ("Citing X, Y
accused ...": Y's), "it" as an organisation taking a stance, and a quoted
characterisation after "as" whatever the verb ("pounding Trump as a 'con artist'").

Speakers are resolved through the actor index (``actors.resolve``). A pronoun
subject of a reporting verb goes to the previous speaker or the last person
named as a clause subject, whichever is later (the index decides only when
neither exists; a definite leader description, "the Cuban leader", likewise, if of that
country); "he" and "she" skip persons of the other gender
(``actors.agrees``: a gendered title or the given name; unknown agrees with
both, until a "she" or "he" of the article resolves to that person). Unnamed
sources ("officials", "a spokesman") keep ``speaker=None`` and their
description; a proper name the index does not know becomes a stand-in entity.
Channels ("on Telegram", "in a statement", "told reporters", "according to the
president's office") come from ``data/quotes/channels.json``.

Reported speech and its speakers also follow these wordings (``find_quotes``): a phrase quoted
between the writer's own words keeps its reported speech ('said he would welcome a "principled
network" for Asia'; a quote opening or closing the clause is the mixed quote, ``_mostly_quoted``);
"X quoted Y as saying" is Y's; "asked which/why ..." is a question, not content; a parenthetical
cue reports the clause around it ("Freeing her husband, he promised, was a priority"); "expressed
frustration that ..." is a cue; "told reporters after a meeting that ..." keeps its complement
however the parser hung it; a quote paragraph right after reported speech goes on with its speaker;
a report by unnamed sources nested in another's reported speech is part of it. "it" is never a
plural group but may be its sentence's named subject; "they" after an unnamed group stays unnamed;
"the government" is the one state its paragraph names; "a bureau spokesman" speaks for the body
whose name is headed by "bureau"; members of a named body ("Labour leaders", "a Pentagon official")
stay unnamed; a role ("The deputy head of the delegation said") is named by the person the next
paragraph introduces speaking (``_name_described``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..parse import Parsed, entity_of
from ..records import Entity, Quote
from ..resolve.actors import ActorIndex, headline_spans, name_gender, pronoun_gender, quoted_titles
from ..resolve.gazetteer import load as load_gazetteer
from . import extractor_id

EXTRACTOR = extractor_id("dateline.quotes")  # the version lives in the registry, extract.EXTRACTORS

# Longest stretch an unclosed quote may take before it is cut at a sentence end.
_MAX_UNCLOSED = 600
# A quote of at most this many words is a scare quote unless a cue governs it.
_SCARE_WORDS = 3
# A quote no cue governs is kept (speaker unknown) only if it is a full sentence at least this long.
_UNCUED_WORDS = 8
# A quote continues the previous one's attribution if at most this many words (its cue among them) lie between.
_CONTINUE_GAP = 40
# Reported speech that is at least this share quoted is a mixed quote, recorded as the direct quote.
_MIXED_SHARE = 0.3
# ... and so is reported speech of which at least this share is quoted, whatever opens it.
_MIXED_SHARE_ALL = 0.6

_DOUBLE_OPEN = {"“": "”", "«": "»", "„": "“"}
_SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
_CLAUSE_HOPS = {"conj", "advcl", "xcomp", "dep", "pcomp"}
_TEXT_KEY = "dateline.quotes.text"
# An ASCII double mark written as two apostrophes; a run of three is left alone (ambiguous).
_TWO_APOSTROPHES = re.compile(r"(?<!')''(?!')")
# Two grave accents open a double quote in the same ASCII renderings (``like this,'' he said: wire copy,
# Penn Treebank text).
_TWO_GRAVES = re.compile(r"(?<!`)``(?!`)")
_SENT_END = re.compile(r"[.!?][”’\"']?(?=\s|$)")
_WORD = re.compile(r"\w+")
# a full stop that ends a title or an initial, not a sentence ("Mr. Reagan", "Lt. Col.", "J. Smith")
_ABBREVIATED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|Jr|Sr|No|[A-Z])\.$"
)


@dataclass(frozen=True)
class _Lexicon:
    speech: dict[str, str]
    cognition: dict[str, str]
    nominal: dict[str, str]
    phrasal: dict[str, str]
    support_verbs: frozenset[str]
    naming: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    channels: dict[str, frozenset[str]]
    weak: frozenset[str]
    source_nouns: frozenset[str]
    not_speech: frozenset[str] = frozenset()  # "call up", "charge with": a cue verb's non-speech senses
    mention_nouns: frozenset[str] = frozenset()  # "the word": a quoted word after it is only mentioned


@lru_cache(maxsize=4)
def _data(name: str) -> dict[str, Any]:
    """A JSON file of ``dateline/data/quotes`` (``cues.json``, ``channels.json``), read once."""
    return json.loads((resources.files("dateline") / "data" / "quotes" / name).read_text(encoding="utf-8"))


@cache
def _cue_lemmas(key: str) -> frozenset[str]:
    """The ``lemmas`` list of one section of ``cues.json`` ("leader_descriptions", "raising", ...)."""
    return frozenset(_data("cues.json")[key]["lemmas"])


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The cue and channel lexicons shipped in ``dateline/data/quotes``."""
    cues = _data("cues.json")
    chans = _data("channels.json")

    def clean(d: dict[str, Any]) -> dict[str, str]:
        return {k: v for k, v in d.items() if not k.startswith("_")}

    return _Lexicon(
        speech=clean(cues["speech"]),
        cognition=clean(cues["cognition"]),
        nominal=clean(cues["nominal"]),
        phrasal=clean(cues["phrasal"]),
        support_verbs=frozenset(cues["nominal"]["_support_verbs"]),
        naming=frozenset(cues["naming"]["lemmas"]),
        person_pronouns=frozenset(cues["pronouns"]["person"]),
        group_pronouns=frozenset(cues["pronouns"]["group"]),
        channels={k: frozenset(v) for k, v in chans.items() if not k.startswith("_")},
        weak=frozenset(cues["weak"]["lemmas"]),
        source_nouns=frozenset(cues["weak"]["source_nouns"]),
        not_speech=frozenset(cues["not_speech"]["phrases"]),
        mention_nouns=frozenset(cues["mention_nouns"]["lemmas"]),
    )


# --------------------------------------------------------------------------- quote marks


@dataclass
class _Marked:
    """A run of quoted text: one part per paragraph (or per side of a cue)."""

    parts: list[tuple[int, int]]  # content spans, marks excluded
    outer: list[tuple[int, int]]  # spans including the marks
    unbalanced: bool = False
    label: tuple[int, int] | None = None  # a transcript's speaker label ("PENCE:") opening it


# A transcript turn's speaker label: a name in capitals and a colon ("WALLACE:", "MR. TRUMP:").
_TURN_LABEL = re.compile(r"([A-Z][A-Z'’.\-]*(?: [A-Z][A-Z'’.\-]*){0,3}):[ \t]+(?=\S)")


_SIGNATURE = re.compile(r"(?<![\w.])@\w{2,}")
_SIGNATURE_WORDS = 12
_STAGE_DIRECTION = re.compile(r"\s*[(\[][^()\[\]\n]*[)\]][.,]?\s*")


def _transcript_turns(text: str, marked: list[_Marked]) -> list[_Marked]:
    """Split a quoted transcript into its speakers' turns.

    A transcript quoted over several paragraphs ('"WALLACE: ...' / '"PENCE: ...')
    is one run of quote marks, but each paragraph opening with a speaker label in
    capitals is a new turn of that speaker; unlabelled paragraphs go on with the
    turn before them. Runs without a label are left as they are.
    """
    out: list[_Marked] = []
    for q in marked:
        labels = [_TURN_LABEL.match(text, s) for s, _ in q.parts]
        if not any(labels):
            out.append(q)
            continue
        cur: _Marked | None = None
        for (s, e), outer, m in zip(q.parts, q.outer, labels, strict=True):
            if _STAGE_DIRECTION.fullmatch(text, s, e):
                continue  # "(CROSSTALK.)", "[APPLAUSE]": the transcript's note, nobody's words
            if m is None and _SIGNATURE.search(text, s, e) and _words(text[s:e]) <= _SIGNATURE_WORDS:
                continue  # "Follow Ann Lee on Twitter @annlee": the writer's footer after the transcript
            if m is not None and m.end() < e:
                cur = _Marked([(m.end(), e)], [outer], q.unbalanced, label=(m.start(1), m.end(1)))
                out.append(cur)
            elif cur is not None:
                cur.parts.append((s, e))
                cur.outer.append(outer)
            else:
                out.append(_Marked([(s, e)], [outer], q.unbalanced))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return out


def _is_boundary(ch: str) -> bool:
    return ch == "" or ch.isspace() or ch in "([{—–-/:;,"


def _closer_for(text: str, i: int, ps: int, pe: int, doubles: bool) -> str | None:
    """The closing mark expected for an opening mark at ``i``, or None if ``i`` opens nothing."""
    c = text[i]
    prev = text[i - 1] if i > ps else ""
    nxt = text[i + 1] if i + 1 < pe else ""
    if not nxt or nxt.isspace():
        return None
    if c in _DOUBLE_OPEN:
        return _DOUBLE_OPEN[c]
    if c == "”" and i == ps and nxt.isalnum():
        return "”"  # a paragraph opening with a closing mark: an opening mark typed wrong
    if c == '"' and _is_boundary(prev):
        return '"'
    if not doubles and _is_boundary(prev) and (nxt.isalnum() or nxt in "…["):
        if c == "‘":
            return "’"
        if c == "'":
            return "'"
    return None


def _find_close(text: str, i: int, pe: int, opener: str, closer: str) -> int | None:
    """Index of the mark closing the quote opened at ``i`` within the paragraph, or None."""
    j = i + 1
    while j < pe:
        ch = text[j]
        if ch == closer and opener != closer:
            if closer == "’" and j + 1 < pe and text[j + 1].isalpha():
                j += 1  # an apostrophe (don’t), not a closing mark
                continue
            return j
        if opener == closer and ch == closer:
            if closer == "'" and j + 1 < pe and text[j + 1].isalpha():
                j += 1
                continue
            return j
        if opener != closer and ch == opener and opener in _DOUBLE_OPEN and ch != closer:
            return None  # a second opening mark first: the first one is unbalanced
        j += 1
    if opener == "“":
        # a curly quote closed by a straight mark ('“...," he said'), as scraped text mixes them
        k = text.find('"', i + 1, pe)
        if k > 0 and (k + 1 >= pe or not text[k + 1].isalnum()):
            return k
    return None


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def scan_quote_marks(text: str) -> list[_Marked]:
    """Pair quote marks in ``text``; each result is one quote (possibly over several paragraphs).

    Args:
        text: the document body.

    Returns:
        Quoted runs in text order, with content spans that exclude the marks.
    """
    # Two apostrophes stand for a double quote mark in ASCII renderings of newspaper text
    # (''like this,'' he said; ``like this,'' with grave accents opening). Scanning a copy where each pair reads as a space and a
    # straight double mark keeps every offset, and the pair then opens and closes like ".
    text = _TWO_GRAVES.sub(' "', _TWO_APOSTROPHES.sub(' "', text))
    paras = _paragraphs(text)
    out: list[_Marked] = []
    pending: _Marked | None = None  # a quote running on into the next paragraph
    pending_open = ""
    for pi, (ps, pe) in enumerate(paras):
        para = text[ps:pe]
        doubles = any(c in para for c in '“”"«»')
        i = ps
        first = True
        while i < pe:
            if text[i].isspace():
                i += 1
                continue
            closer = _closer_for(text, i, ps, pe, doubles)
            if closer is None:
                first = False
                i += 1
                continue
            opener = text[i]
            continuing = pending is not None and first and opener == pending_open
            first = False
            if pending is not None and not continuing:
                out.append(pending)
                pending = None
            j = _find_close(text, i, pe, opener, closer)
            if j is not None:
                s, e = _strip(text, i + 1, j)
                if e > s:
                    if continuing and pending is not None:
                        pending.parts.append((s, e))
                        pending.outer.append((i, j + 1))
                        out.append(pending)
                        pending = None
                    else:
                        out.append(_Marked([(s, e)], [(i, j + 1)]))
                elif continuing and pending is not None:
                    out.append(pending)
                    pending = None
                i = j + 1
                continue
            nxt_para = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt_para is not None and text[nxt_para[0]] == opener:
                # the convention for a quote running over paragraphs
                s, e = _strip(text, i + 1, pe)
                if continuing and pending is not None:
                    pending.parts.append((s, e))
                    pending.outer.append((i, pe))
                else:
                    if pending is not None:
                        out.append(pending)
                    pending = _Marked([(s, e)], [(i, pe)])
                    pending_open = opener
                i = pe
                continue
            # unbalanced. A new opening mark soon after a finished sentence is the
            # flattened form of a quote running over paragraphs: end the quote there.
            # Otherwise bound it at its sentence end (or a maximum length) and go on.
            limit = min(pe, i + _MAX_UNCLOSED)
            reopen = text.find(opener, i + 1, limit) if opener in _DOUBLE_OPEN else -1
            last_end = None
            if reopen > 0:
                for m in _SENT_END.finditer(text, i + 1, reopen):
                    last_end = m.end()
            if last_end is not None and not text[last_end:reopen].strip():
                end = last_end
            else:
                end = next(
                    (
                        m.end()
                        for m in _SENT_END.finditer(text, i + 1, limit)
                        if not _ABBREVIATED.search(text, max(0, m.end() - 6), m.end())
                    ),
                    limit,
                )
            s, e = _strip(text, i + 1, end)
            if continuing and pending is not None:
                pending.parts.append((s, e))
                pending.outer.append((i, end))
                pending.unbalanced = True
                out.append(pending)
                pending = None
            elif e > s:
                out.append(_Marked([(s, e)], [(i, end)], unbalanced=True))
            i = end
        if pending is not None and (pi + 1 >= len(paras) or text[paras[pi + 1][0]] != pending_open):
            out.append(pending)
            pending = None
    if pending is not None:
        out.append(pending)
    out.sort(key=lambda m: m.parts[0][0])
    return out


# --------------------------------------------------------------------------- attribution


@dataclass
class _Attribution:
    cue: Token | None = None
    cue_text: str | None = None
    cue_class: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_head: Token | None = None
    speaker_span: Span | None = None
    channel: str | None = None
    entity: Entity | None = None
    desc: str | None = None
    inherited: bool = False


@dataclass
class _State:
    """Per-article memory: what was said last, for pronouns and continued quotes."""

    last: Quote | None = None
    last_entity: Entity | None = None
    spoken: list[tuple[int, Entity]] = field(default_factory=list)
    # where each person is named as the subject of a clause: candidates for "he"/"she"
    person_subjects: list[tuple[int, Entity]] = field(default_factory=list)
    # where a person is named in a coordinated subject ("X and Y said"): a "they" may be them
    coordinated: set[int] = field(default_factory=set)
    # genders learnt from "he"/"she" resolved to a person whose name and titles say none
    genders: dict[str, str] = field(default_factory=dict)
    # the article's publication day (for the offices people held on it) and, built on first need,
    # the words the article (or the dated office list) describes each person with
    published: str | None = None
    described: dict[str, dict[str, int]] | None = None
    # attribution-corpus extents (``find_attributions``): who relays is the source there
    wide: bool = False


# reporting verbs whose passive is another sense: "were admitted" (let in)
_PASSIVE_NOT_SPEECH = frozenset({"admit"})


def _cue_class(tok: Token, lex: _Lexicon, cognition: bool = False) -> str | None:
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ in ("prt", "prep"):
            key = f"{lemma} {child.lower_}"
            if key in lex.not_speech and child.i > tok.i:
                return None  # "can call up 200,000 reservists", "charged the team with verifying"
            if key in lex.phrasal:
                if child.dep_ == "prep" and any(
                    c.dep_ == "dobj" and tok.i < c.i < child.i for c in tok.children
                ):
                    continue  # "call 200,000 reservists for 180 days": an object between, no "call for"
                return lex.phrasal[key]
    if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB"):
        return None
    if lemma in _PASSIVE_NOT_SPEECH and any(c.dep_ == "auxpass" for c in tok.children):
        return None  # "25 refugees were admitted": let in, not a confession
    if lemma in lex.speech:
        return lex.speech[lemma]
    if cognition and lemma in lex.cognition:
        return lex.cognition[lemma]
    if lemma in lex.support_verbs:
        return _supported_cue(tok, lex)
    return None


def _supported_cue(verb: Token, lex: _Lexicon) -> str | None:
    """The cue class of "expressed frustration that ...", "voiced hope that ...": a support verb
    with a cue noun as object, when the parser hung the noun's "that" clause on the verb.

    The noun's clause is its content ("frustration that the allies were free riders"); hung on the
    verb, the verb with its noun is the cue. Only with such a clause after the noun: "issued a
    statement" alone reports nothing.
    """
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    klass = lex.nominal.get(noun.lemma_.lower()) if noun is not None else None
    if noun is None or klass is None:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    # "expressed frustration in an interview that ...": or hung on the noun of a phrase after it
    misparsed = _complement_as_relative(verb)
    clauses += [misparsed] if misparsed is not None else []
    for c in clauses:
        first = c.left_edge
        if (
            c.i > noun.i
            and first.lower_ == "that"
            and first.i > noun.i
            # not across a comma: "make announcements at debates, such as his proclamation that ..."
            and not any(t.text in (",", ";", ":") for t in verb.doc[noun.i : first.i])
        ):
            return klass
    return None


def _cue_span(tok: Token) -> tuple[int, int]:
    """The cue as written: the verb with its auxiliaries and particle ("had said", "pointed out")."""
    start, end = tok.idx, tok.idx + len(tok.text)
    for child in tok.children:
        if child.dep_ in ("aux", "auxpass") and child.i < tok.i and tok.i - child.i <= 3:
            start = min(start, child.idx)
        if child.dep_ == "prt" and child.i == tok.i + 1:
            end = child.idx + len(child.text)
    return start, end


def _through_clitic(subj: Token) -> Token:
    """The real subject when the parser read a possessive "’s" as "is" heading its own clause.

    "The foreign secretary, speaking on BBC One’s show, revealed ...": the parser makes "’s" the
    subject of "revealed" and "secretary" the subject of "’s".
    """
    if subj.lower_ in ("'s", "’s"):
        inner = [c for c in subj.children if c.dep_ == "nsubj"]
        if inner:
            return inner[0]
    return subj


def _own_subject(tok: Token) -> Token | None:
    """The verb's own ``nsubj``; of two, the one in the verb's paragraph nearest to it.

    A parse running over a paragraph break can give a verb a second subject from the
    line above ("12:15 p.m. / Donald Trump says ...", the timestamps of live blogs).
    """
    subjs = [_through_clitic(c) for c in tok.children if c.dep_ == "nsubj"]
    if len(subjs) <= 1:
        return subjs[0] if subjs else None
    text = _text(tok.doc)
    same = [c for c in subjs if "\n" not in text[min(c.idx, tok.idx) : max(c.idx, tok.idx)]]
    return min(same or subjs, key=lambda c: abs(c.i - tok.i))


def _subject(tok: Token, lex: _Lexicon | None = None) -> Token | None:
    """The subject of a verb, borrowed from the governing clause for "..., adding that"."""
    own = _own_subject(tok)
    if own is not None and own.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
        # "Beck, who said ...": the noun the relative clause hangs on; "a rebuke by the president,
        # who warned ...": the parser may hang "who" on an act noun, whose "by" agent is the person
        agent = next(
            (
                g
                for c in tok.head.children
                if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < tok.i
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if own.lower_ == "who" and agent is not None and not _could_speak(tok.head, lex):
            return agent
        return tok.head
    if own is not None:
        return own
    nearer = _nearer_conjunct_subject(tok, lex)
    if nearer is not None:
        return nearer
    if lex is not None and tok.dep_ in _CLAUSE_HOPS | {"ccomp"}:
        # a participle cue takes the subject of the nearest reporting verb above it
        cur_a = tok.head
        for _ in range(5):
            if _cue_class(cur_a, lex):
                subj = _subject(cur_a)
                if subj is not None:
                    return subj
            if cur_a.head.i == cur_a.i:
                break
            cur_a = cur_a.head
    cur: Token | None = tok
    for _ in range(4):
        if cur is None:
            return None
        for child in cur.children:
            if child.dep_ in ("nsubj",):
                return child
        for child in cur.children:
            if child.dep_ == "agent":
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
        if (
            cur.dep_ == "pcomp"
            and cur.head.lower_ in ("by", "after", "before", "while", "in")
            and cur.head.head
        ):
            cur = cur.head.head  # "ended his speech by saying ...": the speaker of the verb above
        elif cur.dep_ in _CLAUSE_HOPS and cur.head.i != cur.i:
            cur = cur.head
        else:
            return None
    return None


def _quoted_as(tok: Token) -> Token | None:
    """The one who speaks in "X quoted Y as saying ...": Y, the object of "quoted", not X.

    The relaying outlet is the subject of "quoted"; the words are Y's ("It quoted President Ali
    Khamenei as saying ...", "Bloomberg News quoted Russian sources as saying ...").
    """
    if tok.dep_ != "pcomp" or tok.head.lower_ != "as":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() != "quote" or tok.head.dep_ != "prep":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)


def _name_appos(tok: Token) -> Token | None:
    """A person's name in apposition to another person's name: the parser's error, not an apposition.

    A name's apposition describes ("Mr. Putin, the Russian president"); a second full name right
    after it ("another tough guy, Mr. Putin, Mr. Trump was pressed") starts the clause instead.
    """
    if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON":
        return None
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.i > tok.i:
            if (
                tok.doc[c.left_edge.i - 1].text == ","
                and c.right_edge.i + 1 < len(tok.doc)
                and tok.doc[c.right_edge.i + 1].text != ","
            ):
                return c
    return None


def _could_speak(tok: Token, lex: _Lexicon | None) -> bool:
    """True when a subject may be a source: a name, a pronoun, or a person's or body's noun."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = tok.lemma_.lower()
    return (lex is not None and lemma in lex.source_nouns) or load_gazetteer().title(tok.text) is not None


def _nearer_conjunct_subject(tok: Token, lex: _Lexicon | None) -> Token | None:
    """The subject a subjectless conjoined verb shares with the clause right before its "and".

    "Tension rose when Saddam Hussein called Bush a liar and said ...": the parser often joins
    "said" to the main verb ("rose"), whose subject cannot speak, while the verb just before the
    "and", in the subordinate clause, has a speaker as its subject. Coordination joins the nearest
    like conjuncts, so that clause's subject speaks. Only when the main verb's subject is no
    possible source ("tension", "the dispute"): a speaking main subject keeps the parser's reading.
    """
    if tok.dep_ != "conj" or lex is None:
        return None
    top = tok.head
    top_subj = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if top_subj is None or _could_speak(top_subj, lex):
        return None
    doc = tok.doc
    cc = tok.left_edge.i - 1
    while cc > top.i and (doc[cc].dep_ == "cc" or doc[cc].is_punct):
        cc -= 1
    for v in doc[top.i + 1 : cc + 1]:
        if v.dep_ not in ("advcl", "relcl", "conj") or v.pos_ not in ("VERB", "AUX") or v.right_edge.i != cc:
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
        if subj is not None and subj.lower_ not in ("who", "that", "which") and _could_speak(subj, lex):
            return subj
    return None


def _np_span(tok: Token) -> Span:
    """The noun phrase headed by ``tok``: named entity, or determiners/modifiers + head."""
    doc = tok.doc
    ent = entity_of(tok)
    # "the Kremlin": keep the entity; "a Kremlin spokesman": the head is outside it
    if (
        ent is not None
        and tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
        and tok.i == ent.end - 1
    ):
        left = min([ent.start] + [c.i for c in tok.lefts if c.dep_ in ("det", "amod", "compound")])
        return doc[left : ent.end]
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "punct", "case"):
            left = min(left, child.left_edge.i)
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("compound", "flat") and child.i == right + 1:
            right = child.i
    while left < tok.i and doc[left].is_punct:
        left += 1
    return doc[left : right + 1]


def _titled_name(head: Token, actors: ActorIndex) -> tuple[Span, Entity] | None:
    """The person named right after a title the parser made the subject's head.

    "Commander-in-Chief Oleksandr Syrskyi said": the parser reads "Commander" as the subject and
    the name as the object of "in"; the speaker is the person whose name follows the title words
    ("in", "Chief", hyphens) within ``_TITLE_GAP`` tokens, inside the subject's phrase.
    """
    title = load_gazetteer().title(head.text)
    if title is None or title.kind != "title":
        return None
    doc = head.doc
    sub = {t.i for t in head.subtree}
    for k in range(head.i + 1, min(len(doc), head.i + _TITLE_GAP + 1)):
        tok = doc[k]
        if k not in sub:
            return None
        if tok.ent_type_ == "PERSON":
            ent = actors.at(tok.idx, tok.idx + len(tok.text))
            if ent is not None and ent.type == "PERSON":
                end = k + 1
                while end < len(doc) and end in sub and doc[end].ent_iob_ == "I":
                    end += 1
                return doc[head.i : end], ent
            return None
        if not (tok.is_punct or tok.lower_ in ("in", "of", "-") or tok.text[:1].isupper()):
            return None
    return None


_TITLE_GAP = 6


def _appos_name(tok: Token) -> Span | None:
    for child in tok.children:
        if child.dep_ == "appos":
            return _np_span(child)
    return _closing_appos(tok)


def _closing_appos(tok: Token) -> Span | None:
    """A person's name in apposition closing a description the parser hung deeper in it.

    "The head of the investigation in Nairobi, Anna Berg, said": the parser attaches the name to
    "Nairobi", the last noun before it, but a name set off by commas at the very end of a person's
    description names the whole description ("a friend of the family, X,"; "a senior official in
    Kyiv, X,"). Only a PERSON name counts, only when nothing of the description follows it, and not
    when the noun it hangs on is a person's title itself ("a spokesman for the mayor, X,": the mayor).
    """
    if tok.pos_ != "NOUN":
        return None
    end = tok.right_edge.i
    for t in tok.subtree:
        if t.dep_ != "appos" or t.head == tok or t.ent_type_ != "PERSON" or t.pos_ != "PROPN":
            continue
        path, cur = [], t.head
        while cur != tok and cur.head != cur:
            path.append(cur)
            cur = cur.head
        if any(p.ent_type_ == "PERSON" or load_gazetteer().title(p.text) is not None for p in path):
            continue  # "a spokesman for the mayor of Lviv, X,": X is the mayor, not the spokesman
        if t.right_edge.i < end - 1 or (t.right_edge.i == end - 1 and not tok.doc[end].is_punct):
            continue
        first = t.left_edge.i
        if first == 0 or tok.doc[first - 1].text not in (",", "—", "–", "--"):
            continue
        return _np_span(t)
    return None


def _resolve(
    head: Token, actors: ActorIndex, state: _State, lex: _Lexicon
) -> tuple[Span, Entity | None, str | None]:
    """Speaker mention span, entity and description for a subject head."""
    span = _np_span(head)
    lower = head.lower_
    appos = _appos_name(head)
    entity = actors.resolve(span)
    if entity is None and head.pos_ in ("NOUN", "PROPN"):
        titled = _titled_name(head, actors)
        if titled is not None:  # "Commander-in-Chief Oleksandr Syrskyi said", parsed with the title as head
            span, entity = titled
    if appos is not None and (entity is None or head.pos_ == "NOUN"):
        # "the Turkish foreign minister, Mevlüt Çavuşoğlu": the name wins over the title
        named = actors.resolve(appos)
        if named is not None and named.type in ("PERSON", "ORG"):
            entity = named
            span = head.doc[span.start : max(span.end, appos.end)]
    if (
        entity is not None
        and head.pos_ == "NOUN"
        and entity.type in ("GPE", "LOC")
        and not any(m.start <= head.idx < m.end for m in entity.mentions)
        and head.lemma_.lower() not in _STATE_BODY_NOUNS
    ):
        # "Russian sources", "Kurdish officials": people of a country, not the country speaking
        # (but "the UK government", "the Syrian army" is the state speaking)
        entity = None
    if (
        entity is not None
        and entity.type in ("PERSON", "ORG")
        and head.tag_ == "NNS"
        and head.pos_ == "NOUN"
        and (entity.type == "PERSON" or _person_noun(head))
        and not any(m.start <= head.idx < m.end for m in entity.mentions)
    ):
        # "Bush administration officials said", "Trump aides say": a plural of people is never the
        # one person whose name modifies it; they stay unnamed. So are "Labour leaders", "Hamas
        # officials": some members of a body, not the body speaking (FORMAT: unnamed speakers)
        entity = None
    if (
        entity is not None
        and entity.type == "ORG"
        and head.tag_ == "NN"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in _cue_lemmas("member_singulars")
        and not any(m.start <= head.idx < m.end for m in entity.mentions)
    ):
        # "a Finance Ministry official", "a Pentagon source": one unnamed member, as "a senior
        # official" is (a body's spokesman still speaks for it: ``_voiced_body``)
        entity = None
    if head.pos_ == "PRON" or lower in lex.person_pronouns or lower in lex.group_pronouns:
        # a speaking "he" is most often the last speaker or the last person named as a
        # subject; the actor index (nearest mention) decides only when neither exists
        if lower in lex.group_pronouns and lower != "it" and _unnamed_plural_before(head, actors):
            return span, None, span.text  # "Kurdish officials had asked ... But they denied ..."
        if lower in ("they", "them") and _unnamed_last_speaker(head, state):
            return span, None, span.text  # "Officials told Reuters ... , they added. They said ..."
        if lower == "it" and (found := _singular_subject_before(head)) is not None:
            # a singular "it" is never a plural group ("Ten officers were wounded, it said") but the
            # body the main subject before it names ("The CPB forecast growth of 2.5 pct. ..., it
            # said") or, in its own sentence, describes ("The group seeks ... what it calls":
            # unnamed, unless the description is the last speaker's, "The ministry said ... It added")
            noun, same = found
            body = actors.resolve(_np_span(noun))
            named = body is not None and body.type in ("ORG", "GPE")
            if named and (noun.pos_ == "PROPN" or body == state.last_entity):
                return span, body, None
            if same:
                return span, None, span.text
        entity = (
            _clause_antecedent(head, actors, state) or _pronoun_fallback(head, state, lex, actors) or entity
        )
        gender = pronoun_gender(lower)
        if entity is not None and gender and entity.type == "PERSON" and actors.gender(entity) is None:
            # "Robin Smith met the mayor. '...,' she said": a later "he" is someone else
            state.genders.setdefault(entity.name, gender)
        return span, entity, None if entity else span.text
    if entity is None:
        named = _named(span)
        if named is not None:
            # a name the actor index missed: still the speaker the article names
            return span, named, None
        leader = (
            _described_leader(head, state)
            or _described_person(head, actors, state)
            or _voiced_body(head, actors)
            or _paragraph_government(head, actors)
        )
        if leader is not None:
            return span, leader, None
        # an unnamed source ("officials", "a Kremlin spokesman"): keep the description
        return span, None, span.text
    return span, entity, None


# a state's own bodies: "the UK government said", "the Syrian army said" is the state speaking
# (titles.tsv's GOV/MIL groups also hold members, "officials", "troops", who stay unnamed)
_STATE_BODY_NOUNS = frozenset(
    {
        "government",
        "administration",
        "cabinet",
        "army",
        "military",
        "ministry",
        "presidency",
        "regime",
        "navy",
    }
)


def _described_leader(head: Token, state: _State) -> Entity | None:
    """The person a definite description of a leader refers back to ("the Cuban leader said").

    "Castro spoke on Friday ... The Cuban leader said": like "he", the description names the
    person last named as a subject or speaker, and its nationality word must be that person's
    country ("the Russian leader" is never Erdoğan). Only generic leader words count
    (``cues.json["leader_descriptions"]``); office titles ("the chancellor") are the actor
    index's to resolve, since the last person named may hold another office.
    """
    if head.tag_ != "NN" or head.lemma_.lower() not in _cue_lemmas("leader_descriptions"):
        return None
    kids = list(head.lefts)
    if not any(k.dep_ == "det" and k.lower_ == "the" for k in kids):
        return None
    gaz = load_gazetteer()
    country = None
    for k in kids:
        if k.dep_ == "det":
            continue
        entry = gaz.demonym(k.text) if k.dep_ in ("amod", "compound") else None
        if entry is None:
            return None  # "the opposition leader", "the party leader": someone else
        country = entry.country
    best: tuple[int, Entity] | None = None
    for pos, ent in state.spoken + state.person_subjects:
        if pos >= head.idx or ent.type != "PERSON" or (country and ent.country != country):
            continue
        if best is None or pos > best[0]:
            best = (pos, ent)
    return best[1] if best else None


# modifiers that belong to a description of a person ("the former Republican presidential nominee")
_DESCRIPTION_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "punct"})
# words left of a name that are no description ("Ms", "Dr") or that no later description needs
# marks a description's head noun among its words ("nominee" of "the Republican nominee")
_HEAD_MARK = "^"
_NOT_DESCRIPTION = frozenset(
    {"the", "a", "an", "-", ",", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}
)


def _description_words(tok: Token) -> list[Token]:
    """The modifier tokens of a description noun, left of it ("Republican presidential" of "nominee")."""
    out: list[Token] = []
    for child in tok.lefts:
        if child.dep_ in _DESCRIPTION_DEPS:
            out.extend(t for t in child.subtree if t.i < tok.i)
    return out


def _person_descriptions(doc: Doc, actors: ActorIndex, state: _State) -> dict[str, dict[str, int]]:
    """The lower-case words the article describes each person with, and the offset where it first does.

    "Donald Trump, the Republican presidential nominee,": the apposition's words; "Ukrainian President
    Volodymyr Zelensky": the words the parser hangs on the name; "the New York businessman, Donald
    Trump": the description the name is in apposition to. A person the dated office list knows also
    has the words of the office held on the publication day ("foreign minister"), known from the start.
    """
    if state.described is not None:
        return state.described
    described: dict[str, dict[str, int]] = {}
    gaz = load_gazetteer()
    for ent in actors.entities:
        if ent.type != "PERSON":
            continue
        words: dict[str, int] = {}
        for person in gaz.people(ent.name):
            role = person.role_on(state.published)
            if role is not None and role.title:
                for t in role.title.lower().split(","):
                    title = [w for w in re.split(r"[\s-]+", t) if w]
                    words.update((w, -1) for w in title)
                    if title:
                        words[_HEAD_MARK + title[-1]] = -1
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            toks = [t for t in _description_words(root) if t.i < span.start]
            # the description's own nouns: the title right before the name ("President" of "Ukrainian
            # President X", "manager" of "campaign manager X"), an apposition's noun; a modifier of
            # them ("campaign") is no description of the person alone
            heads = [t for t in toks if t.head.i >= span.start and t.head.i < span.end]
            # the apposition's noun and its modifiers, not its phrases: "a friend of the family" is
            # no description of "the family"
            for c in root.children:
                if c.dep_ == "appos" and c.pos_ == "NOUN":
                    toks += [c, *_description_words(c)]
                    heads.append(c)
            # (not when the name hangs on the object of a preposition: "the author of the book, X")
            if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.dep_ != "pobj":
                toks += [root.head, *_description_words(root.head)]
                heads.append(root.head)
            for t in toks:
                if t.lower_ not in _NOT_DESCRIPTION and not t.is_punct:
                    words.setdefault(t.lower_, m.start)
            for t in heads:
                words.setdefault(_HEAD_MARK + t.lower_, m.start)
                words.setdefault(_HEAD_MARK + t.lemma_.lower(), m.start)
        described[ent.name] = words
    state.described = described
    return described


def _described_person(head: Token, actors: ActorIndex, state: _State) -> Entity | None:
    """The one person named earlier whom a definite description fits ("the Republican nominee said").

    "Donald Trump, the Republican presidential nominee, ... The Republican presidential nominee said":
    every word of the description (head noun and modifiers) is a word the article described the
    person with, or names the person's state ("the Ukrainian president", "Turkey's president"). The
    head noun itself must be one of the person's description words. Only "the" or a state's
    possessive makes a description definite; and only when exactly one person named before it fits,
    so two Republican senators leave "the Republican senator" unnamed.
    """
    if (
        head.tag_ != "NN"
        or head.pos_ != "NOUN"
        or head.lemma_.lower() in _cue_lemmas("impersonal_descriptions")
    ):
        return None
    kids = list(head.lefts)
    dets = [k for k in kids if k.dep_ == "det"]
    poss = [k for k in kids if k.dep_ == "poss"]
    gaz = load_gazetteer()
    country = None
    if poss:
        if dets or len(poss) != 1:
            return None
        owner = actors.at(poss[0].idx, poss[0].idx + len(poss[0].text))
        if owner is None or owner.type != "GPE" or not owner.country:
            return None  # "Trump's adviser": a person's aide is someone else
        country = owner.country
    elif not (len(dets) == 1 and dets[0].lower_ == "the"):
        return None
    mods = [t for t in _description_words(head) if not t.is_punct and t.lower_ not in _NOT_DESCRIPTION]
    if any(k.dep_ not in ("det", "poss", "case", *_DESCRIPTION_DEPS) for k in kids) or any(
        k.dep_ in ("prep", "acl", "relcl") for k in head.rights
    ):
        return None  # "the president of the council", "the minister who resigned": more than a description
    described = _person_descriptions(head.doc, actors, state)
    fits: list[Entity] = []
    for ent in actors.entities:
        if ent.type != "PERSON" or not any(m.start < head.idx for m in ent.mentions):
            continue
        # only what was said of the person before the description
        words = {w for w, at in described.get(ent.name, {}).items() if at < head.idx}
        if _HEAD_MARK + head.lower_ not in words and _HEAD_MARK + head.lemma_.lower() not in words:
            continue
        if country and ent.country != country:
            continue
        ok = True
        for t in mods:
            if t.lower_ in words:
                continue
            demonym = gaz.demonym(t.text)
            if demonym is not None and ent.country and demonym.country == ent.country:
                continue
            ok = False
            break
        if ok:
            fits.append(ent)
    return fits[0] if len(fits) == 1 else None


def _voiced_body(head: Token, actors: ActorIndex) -> Entity | None:
    """The body a spokesman speaks for: "a spokesman for the ministry said" is the ministry speaking.

    The same reading the actor index gives "a Justice Ministry spokesman" (the body, as the dev gold
    gives the principal, not the office quoting him, in "he said, as quoted by his office"). A
    spokesman for a person ("for the mayor") stays unnamed, like "Trump's spokesman".
    """
    if head.lemma_.lower() not in _cue_lemmas("body_voices"):
        return None
    named = _body_by_noun(head, actors)
    if named is not None:
        return named
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or pobj.pos_ not in ("NOUN", "PROPN") or pobj.tag_ in ("NNS", "NNPS"):
        return None  # "a spokesman for committee Democrats": members, not a body
    if pobj.ent_type_ == "PERSON":
        return None  # "a spokeswoman for Fiorina", whatever the actor index made of the name
    title = load_gazetteer().title(pobj.lemma_.lower())
    if pobj.ent_type_ == "" and title is not None and title.kind == "title":
        return None  # "a spokesman for the mayor": a person's aide
    body = actors.resolve(_np_span(pobj))
    if body is None or body.type not in ("ORG", "GPE"):
        return None
    last = body.name.split()[-1]
    if body.type == "ORG" and (
        load_gazetteer().people(body.name)
        or actors.gender(body) is not None
        or any(e.type == "PERSON" and e.name.split()[-1] == last for e in actors.entities)
    ):
        return None  # a person's name the actor index typed as an organisation ("Carly Fiorina ... Fiorina")
    return body


def _person_noun(tok: Token) -> bool:
    """True for a noun of people ("leaders", "officials", "journalists"), not of things ("rules")."""
    lemma = tok.lemma_.lower()
    return (
        lemma in _cue_lemmas("member_nouns")
        or load_gazetteer().title(lemma) is not None
        or (load_gazetteer().title(tok.lower_) is not None)
    )


def _paragraph_government(head: Token, actors: ActorIndex) -> Entity | None:
    """The state "the government" speaks for: the one state its paragraph names.

    "A policeman was killed in South Africa's biggest township, the government said": a bare
    "the government" is the government of the state the report is about, as the actor index reads
    "the foreign ministry said". Only when the paragraph names exactly one state (by name or
    nationality); with two ("Iran accused Iraq ..., the government said") it stays unnamed.
    """
    if head.lemma_.lower() != "government" or head.tag_ != "NN":
        return None
    if [c.lower_ for c in head.children if c.dep_ not in ("punct",)] != ["the"]:
        return None  # "the Iraqi government" is the actor index's; "a government source" no body
    text = _text(head.doc)
    start = text.rfind("\n", 0, head.idx) + 1
    end = text.find("\n", head.idx)
    end = len(text) if end < 0 else end
    # every place counts by its state: "Russian missiles struck Kharkiv, the government said" names
    # Russia and (through Kharkiv) Ukraine, so "the government" is not read as Russia's
    states = {
        st.name: st
        for e in actors.entities
        if e.type in ("GPE", "LOC")
        and any(start <= m.start < end for m in e.mentions)
        and (st := actors.state_of(e)) is not None
    }
    return next(iter(states.values())) if len(states) == 1 else None


def _body_by_noun(head: Token, actors: ActorIndex) -> Entity | None:
    """The body named before that a common noun modifying a spokesman calls by its head noun.

    "The Bureau for Information said ... A bureau spokesman said": "bureau" is the head noun of
    the last organisation named ("Bureau" of "Bureau for Information", "Ministry" of "the Foreign
    Ministry"), so the spokesman speaks for it, as "the fund" after the IMF is the fund. The last
    such body named before the spokesman; none when no organisation's name is headed by the noun.
    """
    mod = next(
        (c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.ent_type_ == ""),
        None,
    )
    if mod is None or mod.tag_ != "NN":
        return None
    noun = mod.lemma_.lower()
    best: tuple[int, Entity] | None = None
    for ent in actors.entities:
        if ent.type != "ORG" or _name_head(ent.name) != noun:
            continue
        for m in ent.mentions:
            if m.end <= head.idx and (best is None or m.start > best[0]):
                best = (m.start, ent)
    return best[1] if best else None


def _name_head(name: str) -> str:
    """The head noun of an organisation's name: the word before its "of"/"for", else its last word."""
    words = name.lower().split()
    for k, w in enumerate(words):
        if w in ("of", "for", "on") and k > 0:
            return words[k - 1]
    return words[-1] if words else ""


def _named(span: Span) -> Entity | None:
    """A stand-in entity for a proper-name speaker that the actor index does not know."""
    root = span.root
    if root.pos_ != "PROPN":
        return None
    ents = [e for e in span.doc.ents if e.start <= root.i < e.end and e.label_ in ("PERSON", "ORG")]
    if ents:
        e = ents[0]
        return Entity(name=e.text, type=e.label_, start=e.start_char, end=e.end_char, extractor=EXTRACTOR)
    toks = [t for t in span if t.pos_ == "PROPN"]
    if not toks:
        return None
    name = span.doc[toks[0].i : toks[-1].i + 1]
    kind = "PERSON" if len(toks) <= 3 and all(t.ent_type_ in ("", "PERSON") for t in toks) else "ORG"
    return Entity(name=name.text, type=kind, start=name.start_char, end=name.end_char, extractor=EXTRACTOR)


def _clause_antecedent(head: Token, actors: ActorIndex, state: _State) -> Entity | None:
    """The person a "he"/"she" speaking in a subordinate clause refers to, by the clause's attachment.

    "Flynn said Trump was right when he said ...": "he" of a clause adjoined to "was right" is that
    clause's subject, Trump, not the last speaker; "Trump's RT appearance, in which he said ...": "he"
    of a relative clause on a person's noun is that person. None when the parse says neither.
    """
    if pronoun_gender(head.lower_) is None or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = head.head
    if verb.dep_ == "advcl":
        anchor = next(
            (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None
        )
    elif verb.dep_ == "relcl":
        anchor = next((c for c in verb.head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    else:
        return None
    if anchor is None or anchor.i > head.i:
        return None
    ent = actors.resolve(_np_span(anchor))
    if ent is None or ent.type != "PERSON" or not actors.agrees(ent, head.lower_, state.genders):
        return None
    return ent


def _pronoun_fallback(head: Token, state: _State, lex: _Lexicon, actors: ActorIndex) -> Entity | None:
    lower = head.lower_
    # "they" is a group, never one person named alone ("Stenger announced ... they wrote" after two
    # senators were named is not Stenger)
    want = {"PERSON"} if lower in lex.person_pronouns else {"ORG", "GPE"}
    if lower in ("i", "we", "me", "us"):
        return None  # the writer speaking, not a reported source
    # the latest of: the previous speaker, a person named as a clause subject; "she" is
    # never a man of the article (nor "he" a woman), a person of unknown gender may be either
    best: tuple[int, Entity] | None = None
    for pos, ent in state.spoken + state.person_subjects:
        if (
            pos < head.idx
            and (ent.type in want or pos in state.coordinated)
            and actors.agrees(ent, lower, state.genders)
            and (best is None or pos > best[0])
        ):
            best = (pos, ent)
    last = state.last_entity
    gender = pronoun_gender(lower)
    if (
        best is None
        and last is not None
        and last.type not in ("GPE", "LOC")
        # a "they" is no single person named last ("Stenger announced ... they wrote")
        and (lower in lex.person_pronouns or last.type in want)
        and actors.agrees(last, lower, state.genders)
        # "she" when only men were named before: not an organisation the gazetteer knows ("the
        # Republican Party") nor a name typed ORG that is a man's
        and not (
            gender
            and last.type == "ORG"
            and (load_gazetteer().lookup(last.name) or name_gender(last.name) not in (None, gender))
        )
    ):
        # a named speaker the tagger typed as an organisation is still the best antecedent
        return last
    return best[1] if best else None


_QUOTE_CHARS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})


def _unnamed_plural_before(head: Token, actors: ActorIndex) -> bool:
    """True when the subject of the sentence before is an unnamed plural group ("Kurdish
    officials", "the rebels"): a "they" that follows it is that group."""
    sent = head.sent
    # "Proponents ... have urged Congress to act, although they say", "That frustrates many analysts
    # because they believe": the nearest plural noun before "they" in the same unquoted stretch of
    # its sentence, when it names no one, is the group speaking
    for tok in reversed(head.doc[sent.start : head.i]):
        if tok.text in _QUOTE_CHARS or tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
            break
        if tok.tag_ == "NNS":
            if _unnamed_group(tok, actors):
                return True
            break
    own = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        own is not None
        and own.i < head.i
        and own.tag_ == "NNS"
        and not any(t.text in _QUOTE_CHARS for t in head.doc[own.i : head.i])
        and _unnamed_group(own, actors)
    ):
        return True  # the sentence's own unnamed plural subject: "Proponents ... although they say"
    if sent.start == 0:
        return False
    prev = head.doc[sent.start - 1].sent
    subj = next((t for t in prev.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ != "NNS":
        return False
    return _unnamed_group(subj, actors)


def _unnamed_last_speaker(head: Token, state: _State) -> bool:
    """True when the last speaker, in this sentence or the one before, was unnamed: a "they" then
    goes on with that group ("..., they added. They said ...")."""
    last = state.last
    if last is None or last.speaker is not None or last.speaker_desc is None or last.speaker_start is None:
        return False
    sent = head.sent
    start = head.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    return start <= last.speaker_start < head.idx


def _unnamed_group(tok: Token, actors: ActorIndex) -> bool:
    """True when a plural noun names no one speaking: "officials", "Kurdish officials", "Commerce
    Ministry officials" (members of a named body are not the body; see ``_resolve``)."""
    ent = actors.resolve(_np_span(tok))
    if ent is None:
        return True
    if tok.pos_ != "NOUN" or any(m.start <= tok.idx < m.end for m in ent.mentions):
        return False
    if ent.type in ("GPE", "LOC"):
        return tok.lemma_.lower() not in _STATE_BODY_NOUNS
    return ent.type == "PERSON" or (ent.type == "ORG" and _person_noun(tok))


def _singular_subject_before(head: Token) -> tuple[Token, bool] | None:
    """The singular subject an "it" may stand for, and whether it is in the same sentence.

    The main subject of the sentence of the "it" (before it), else of the sentence before: a
    common singular noun ("The group seeks ... what it calls") or an organisation's or state's
    name ("The CPB forecast ... . ..., it said"); None when that subject is a person, a plural or
    a pronoun, or a common noun of the sentence before ("The company said ... It said ..." goes on
    with the last speaker).
    """
    sent = head.sent
    sents = [sent] + ([head.doc[sent.start - 1].sent] if sent.start > 0 else [])
    for k, s in enumerate(sents):
        subj = next((t for t in s.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or (k == 0 and subj.i >= head.i):
            continue
        if subj.tag_ == "NNP" and subj.ent_type_ in ("ORG", "GPE"):
            return subj, k == 0
        if k == 0 and subj.tag_ == "NN" and not subj.ent_type_:
            return subj, True
        return None
    return None


def _channel(cue: Token, lex: _Lexicon, exclude: tuple[int, int] | None = None) -> str | None:
    """How it was said: "in a statement", "on Telegram", "told reporters", "according to ..."."""
    doc = cue.doc
    body = _text(doc)
    chans = lex.channels
    if cue.lemma_.lower() == "tell":
        for child in cue.children:
            if child.dep_ in ("dobj", "dative") and {child.lemma_.lower(), child.lower_} & chans.get(
                "told", frozenset()
            ):
                return body[cue.idx : child.right_edge.idx + len(child.right_edge.text)]
    for child in cue.children:
        prep = child.lower_
        if child.dep_ == "prep" and prep in chans:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    names = {obj.lemma_.lower(), obj.lower_}
                    comp = " ".join(t.lower_ for t in obj.lefts if t.dep_ == "compound")
                    if comp:
                        names.add(f"{comp} {obj.lower_}")
                    if names & chans[prep]:
                        # "in a statement", not the 'that' clause hanging off it
                        last = obj
                        for r in obj.rights:
                            if r.dep_ not in ("acl", "ccomp", "relcl", "punct"):
                                last = r.right_edge
                        return body[child.idx : last.idx + len(last.text)]
        if child.dep_ in ("prep", "advcl", "advmod") and child.lower_ == "according":
            span = doc[child.i : child.right_edge.i + 1]
            if exclude is None or not (span.start_char < exclude[1] and exclude[0] < span.end_char):
                return span.text
        if child.dep_ == "advcl" and child.lower_ == "quoted":
            return doc[child.left_edge.i : child.right_edge.i + 1].text
    # "according to X" elsewhere in the sentence
    for tok in cue.sent:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            span = doc[tok.i : max(tok.right_edge.i, tok.i + 1) + 1]
            if exclude is None or not (span.start_char < exclude[1] and exclude[0] < span.end_char):
                return span.text
    return None


# documents and figures that a text can be "according to" without anyone being quoted
_DOCUMENT_NOUNS = frozenset(
    {
        "report",
        "estimate",
        "figure",
        "data",
        "poll",
        "survey",
        "statistic",
        "record",
        "document",
        "tally",
        "count",
    }
)


def _unvoiced_source(obj: Token) -> bool:
    """True for "according to reports", "according to official figures": a document or a count
    named by no person or body (a "Pentagon report" or "the UN's figures" still has a voice)."""
    if obj.lemma_.lower() not in _DOCUMENT_NOUNS:
        return False
    named = [t for t in obj.subtree if t.i < obj.i and t.ent_type_ in ("PERSON", "ORG")]
    return not named


def _according_to(tok: Token) -> Token | None:
    """For "according" in "according to X", the head of X."""
    if tok.lower_ != "according":
        return None
    for t in list(tok.children) + ([tok.doc[tok.i + 1]] if tok.i + 1 < len(tok.doc) else []):
        if t.lower_ == "to":
            for obj in t.children:
                if obj.dep_ == "pobj":
                    return obj
            for obj in t.children:
                if obj.dep_ == "pcomp":
                    # "according to show insiders" parsed as a verb and its object
                    return next((o for o in obj.children if o.dep_ == "dobj"), obj)
    return None


def _attribute_cue(
    cue: Token,
    klass: str,
    actors: ActorIndex,
    state: _State,
    lex: _Lexicon,
    inverted: bool = False,
    quoted: list[tuple[int, int]] | None = None,
) -> _Attribution:
    s, e = _cue_span(cue)
    att = _Attribution(cue=cue, cue_text=_text(cue.doc)[s:e], cue_class=klass, cue_start=s, cue_end=e)
    subj = _subject(cue, lex)
    if not state.wide and (quoted_as := _quoted_as(cue)) is not None:
        subj = quoted_as  # (PolNeAR, ``wide``, takes the one quoting as the source)
    if subj is not None and quoted and _in_any(subj.idx, quoted):
        subj = None  # a parse that took words of the quote for the subject
    if subj is None:
        # a misparsed "who Trump calls ...": the name right before the verb
        j = cue.i - 1
        while j >= 0 and cue.doc[j].dep_ in ("aux", "auxpass", "advmod", "neg"):
            j -= 1
        if j > 0 and cue.doc[j].text == ",":
            # "Trump, in Kentucky, said": step over the parenthetical
            k = j - 1
            while k > max(0, j - 10) and cue.doc[k].text != ",":
                k -= 1
            if cue.doc[k].text == ",":
                j = k - 1
        if (
            j >= 0
            and cue.doc[j].pos_ in ("PROPN", "PRON")
            and cue.doc[j].lower_ not in ("who", "which", "that")
        ):
            subj = cue.doc[j]
        elif j >= 0 and _closing_source(cue, j):
            subj = cue.doc[j]
    if subj is None and inverted:
        # "..., said the foreign minister": an inverted subject parsed as an object
        for child in cue.rights:
            if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.pos_ in ("PROPN", "NOUN"):
                subj = child
                break
    if subj is not None:
        span, ent, desc = _resolve(subj, actors, state, lex)
        att.speaker_head, att.speaker_span, att.entity, att.desc = subj, span, ent, desc
    return att


def _closing_source(cue: Token, j: int) -> bool:
    """True when the words before a subjectless cue are its source closing the sentence.

    "... failed to make the yen an international currency, bond managers and traders said.": the
    parser may join the nouns after the comma to the last noun of the content ("currency") and
    leave "said" without a subject. A plain noun phrase (nouns, adjectives, "and") right between a
    comma and the cue, which closes its sentence, is the source.
    """
    doc = cue.doc
    if doc[j].tag_ not in ("NN", "NNS") or not (cue.dep_ == "ROOT" and cue.i + 1 < len(doc)):
        return False
    if not (doc[cue.i + 1].text in (".", "!", "?") or doc[cue.i + 1].is_space):
        return False
    k = j
    while k > 0 and j - k < _CLOSING_SOURCE_WORDS and doc[k].pos_ in ("NOUN", "ADJ", "CCONJ", "DET", "NUM"):
        k -= 1
    return doc[k].text == "," and k < j


# the most words of a source closing its sentence after a comma (", bond managers and traders said")
_CLOSING_SOURCE_WORDS = 6


def _governing_cue(tok: Token, lex: _Lexicon) -> Token | None:
    """A reporting verb whose clausal complement holds ``tok`` (up to three clauses up)."""
    cur = tok
    for _ in range(5):
        if cur.dep_ not in _GOVERNED_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if _cue_class(cur, lex) and cur.lemma_.lower() not in lex.weak:
            return cur
    return None


# How a weak cue's clause may hang under a reporting verb: as its complement, or as a
# free relative or object inside it ('says she admired ... what she calls a "war"').
_GOVERNED_DEPS = frozenset({"ccomp", "conj", "xcomp", "pcomp", "pobj", "prep", "dobj", "relcl", "acl"})


def _text(doc: Doc) -> str:
    """The parsed text. ``Doc.text`` rebuilds the string from its tokens on every call, so
    it is kept once per document in ``user_data``."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _first_token_at(doc: Doc, char: int) -> int:
    """Index of the first token starting at or after ``char`` (``len(doc)`` if none)."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < char:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _tokens_between(doc: Doc, start: int, end: int) -> Span:
    """The tokens starting in ``[start, end)``."""
    return doc[_first_token_at(doc, start) : _first_token_at(doc, end)]


def _in_any(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in spans)


def _attribute_direct(
    doc: Doc,
    q: _Marked,
    quoted: list[tuple[int, int]],
    actors: ActorIndex,
    state: _State,
    lex: _Lexicon,
    *,
    mentions: bool = True,
) -> _Attribution | None:
    """Find the cue and speaker of a direct quote (see the module docstring for the order).

    With ``mentions`` a word or title in marks that nobody says (after "the word", or a show's
    title after "on"/"in" or a possessive) gets no attribution; attribution corpora (``wide``)
    keep such marks inside the reported content they annotate, so there they stay.
    """
    first_s, last_e = q.outer[0][0], q.outer[-1][1]
    toks = list(_tokens_between(doc, first_s, last_e))
    if not toks:
        return None

    def inside(t: Token) -> bool:
        return _in_any(t.idx, quoted)

    # 0. a quote split around its cue: the cue is between the parts
    for (_, a_end), (b_start, _) in zip(q.outer, q.outer[1:], strict=False):
        for t in _tokens_between(doc, a_end, b_start):
            klass = _cue_class(t, lex)
            if klass:
                return _attribute_cue(t, klass, actors, state, lex, inverted=True, quoted=quoted)
    said = " ".join(text_of(doc, p) for p in q.parts)
    before = doc[toks[0].i - 1] if toks[0].i > 0 else None
    possessive = before is not None and (before.tag_ == "POS" or before.text in ("'", "’", "'s", "’s"))
    if before is not None and before.is_punct and not possessive and before.i > 0:
        before = doc[before.i - 1]  # the opening mark itself
    names = re.findall(r"[^\W\d_]+", said)
    if (
        mentions
        and before is not None
        and before.lemma_.lower() in lex.mention_nouns
        and len(names) <= _SCARE_WORDS
    ):
        return None  # "declined to use the word 'blockade'": a word mentioned, not said
    if (
        mentions
        and before is not None
        and (possessive or before.lower_ in ("on", "in"))
        and 0 < len(names) <= _SCARE_WORDS
        and all(w[0].isupper() or w in _TITLE_SMALL for w in names)
    ):
        return None  # "speaking on ABC's 'This Week'", "in 'Women in Power'": a show's or a work's title
    # a word or two in marks is a scare quote unless it is a whole utterance ('"Really," she added.')
    short = _words(said) <= _SCARE_WORDS and not said.rstrip().endswith((",", ".", "!", "?", "…"))
    # 1. the cue governing the quoted clause (dependency chain up from the quote); a noun
    #    cue close above the quote ("accusations of '...'") is kept for when no verb is found
    nominal: Token | None = None
    for t in toks:
        if inside(t) and (t.head.i == t.i or not (first_s <= t.head.idx < last_e)):
            cur = t.head
            # a short quote counts only as a clause, or as what a naming verb calls someone
            # ("calls him a 'slime ball'"), not as any object ("praised the 'strongmen'")
            clause = t.pos_ in ("VERB", "AUX")
            for hop in range(6):
                if inside(cur) and cur is not t.head:
                    break
                if not inside(cur):
                    if "\n" in text_of(doc, (min(cur.idx, first_s), max(cur.idx, last_e))).strip():
                        break  # a parse running over a paragraph break: not this quote's cue
                    klass = _cue_class(cur, lex)
                    if klass and (not short or clause or cur.lemma_.lower() in lex.naming):
                        # "she said her campaign would continue 'to ...'": a weak cue inside
                        # the complement of a reporting verb is content, the outer verb the cue
                        outer = _governing_cue(cur, lex) if cur.lemma_.lower() in lex.weak else None
                        if outer is not None:
                            return _attribute_cue(
                                outer, _cue_class(outer, lex) or klass, actors, state, lex, quoted=quoted
                            )
                        return _attribute_cue(cur, klass, actors, state, lex, quoted=quoted)
                    if klass:
                        break
                    if cur.lemma_ == "be" and cur.i < t.i:
                        # "Turkey's justification is that they are 'terrorists'"
                        noun = next((c for c in cur.children if c.dep_ == "nsubj"), None)
                        if noun is not None and noun.lemma_.lower() in lex.nominal:
                            # ... but "Johnson said the Kremlin's response had been 'smug
                            # sarcasm'": inside someone's reported clause the words are theirs
                            outer = _governing_cue(cur, lex)
                            if outer is not None:
                                return _attribute_cue(
                                    outer, _cue_class(outer, lex) or "say", actors, state, lex, quoted=quoted
                                )
                            return _attribute_nominal(
                                noun, lex.nominal[noun.lemma_.lower()], actors, state, lex
                            )
                    clause = clause or cur.pos_ in ("VERB", "AUX")
                    if cur.lower_ == "according" and (obj := _according_to(cur)) is not None:
                        return _according(cur, obj, actors, state, lex)
                    if (
                        nominal is None
                        and hop <= 1
                        and cur.pos_ == "NOUN"
                        and cur.lemma_.lower() in lex.nominal
                    ):
                        nominal = cur
                if cur.head.i == cur.i:
                    break
                cur = cur.head
    if short:
        return None  # a word or two in marks is a quote only where a cue governs it
    # 2. a cue just after the closing mark: '"...," X said.' / '"...," said X.'
    k = _first_token_at(doc, last_e)
    end_tok = doc[k] if k < len(doc) else None
    signed = _dash_signature(doc, last_e)
    if signed is not None:
        span, (s, e) = signed
        _, ent, desc = _resolve(span.root, actors, state, lex)
        return _Attribution(
            cue_text=_text(doc)[s:e],
            cue_class="say",
            cue_start=s,
            cue_end=e,
            speaker_head=span.root,
            speaker_span=span,
            entity=ent,
            desc=desc,
        )
    last_content = text_of(doc, q.parts[-1]).rstrip("”’\"' ")
    ends_sentence = last_content.endswith(".") and not last_content.endswith("...")
    if end_tok is not None and (not ends_sentence or end_tok.text in (",", "—", "–") or end_tok.is_lower):
        for t in doc[end_tok.i : min(len(doc), end_tok.i + 10)]:
            if inside(t) or (t.is_sent_start and t.i > end_tok.i and t.text not in ",;"):
                break
            if t.text in ".!?" and t.i > end_tok.i + 1:
                break
            klass = _cue_class(t, lex)
            if klass:
                return _attribute_cue(t, klass, actors, state, lex, inverted=True, quoted=quoted)
            if t.lower_ == "according" and (obj := _according_to(t)) is not None:
                return _according(t, obj, actors, state, lex)
    # 3. a cue before the opening mark in the same sentence: 'X said: "..."' / 'X said "..."'
    start_tok = toks[0]
    sent_start = start_tok.sent.start
    if start_tok.i == sent_start and start_tok.i > 0:
        prev = doc[start_tok.i - 1]
        if prev.text in (":", ",") or prev.sent.end - prev.sent.start < 3:
            sent_start = prev.sent.start
    j = start_tok.i - 1
    # (the opening mark may be a token of its own: "``", "''", "“")
    while j > 0 and (doc[j].is_space or not doc[j].text.strip("`'\"“”‘’«»„")):
        j -= 1
    colon = j >= 0 and doc[j].text == ":"
    if colon:
        sent_start = min(sent_start, doc[j].sent.start)
    for t in reversed(doc[sent_start : start_tok.i]):
        if colon and t.i >= j:
            continue  # 'X said:' may end a paragraph before the quote
        if inside(t) or "\n" in t.text or "\n" in t.whitespace_:
            break
        klass = _cue_class(t, lex)
        if klass:
            return _attribute_cue(t, klass, actors, state, lex, quoted=quoted)
        if t.lower_ == "according" and (obj := _according_to(t)) is not None:
            return _according(t, obj, actors, state, lex)
        if (
            colon
            and nominal is None
            and t.pos_ == "NOUN"
            and t.lemma_.lower() in lex.nominal
            and t.dep_ in ("dobj", "attr")
            and t.head.lemma_.lower() in lex.support_verbs
        ):
            nominal = t  # 'X released the following statement: "..."'
    if nominal is not None:
        return _attribute_nominal(nominal, lex.nominal[nominal.lemma_.lower()], actors, state, lex)
    # 4. a nominal cue announcing the quote: 'X issued a statement. "..."' / 'X had a message: "..."'
    if start_tok.i == start_tok.sent.start and start_tok.i > 0:
        prev_sent = doc[start_tok.i - 1].sent
        for t in reversed(list(prev_sent)):
            klass = lex.nominal.get(t.lemma_.lower())
            if klass and t.pos_ == "NOUN" and t.dep_ in ("dobj", "attr") and not inside(t):
                subj = _subject(t.head)
                if subj is not None:
                    span, ent, desc = _resolve(subj, actors, state, lex)
                    return _Attribution(
                        cue=t,
                        cue_text=t.text,
                        cue_class=klass,
                        cue_start=t.idx,
                        cue_end=t.idx + len(t.text),
                        speaker_head=subj,
                        speaker_span=span,
                        entity=ent,
                        desc=desc,
                    )
    return None


def _label_attribution(
    doc: Doc, label: tuple[int, int], actors: ActorIndex, state: _State, lex: _Lexicon
) -> _Attribution | None:
    """A transcript turn's speaker: the label before the colon, which is the cue."""
    span = doc.char_span(label[0], label[1], alignment_mode="expand")
    if span is None:
        return None
    att = _Attribution(cue_text=":", cue_class="say", cue_start=label[1], cue_end=label[1] + 1)
    att.speaker_head = span.root
    _, att.entity, att.desc = _resolve(span.root, actors, state, lex)
    att.speaker_span = span
    return att


# A dash between a quote's closing mark and the name that signs it, on the same line.
_SIGNATURE_DASH = re.compile(r"[^\S\n]*(―|—|–|--)[^\S\n]*(?=[A-Z])")


def _dash_signature(doc: Doc, end: int) -> tuple[Span, tuple[int, int]] | None:
    """The name signing a quote after a dash ('"..." ― Sonya Herridge') and the dash's span.

    ``end`` is where the quote's closing mark ends. The name must end the paragraph
    (a place or title may follow it after a comma).
    """
    m = _SIGNATURE_DASH.match(_text(doc), end)
    if m is None:
        return None
    k = _first_token_at(doc, m.end())
    if k >= len(doc) or doc[k].pos_ != "PROPN":
        return None
    j = k
    while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and "\n" not in doc[j].whitespace_:
        j += 1
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is not None and "\n" not in doc[j].whitespace_ and not nxt.is_space and nxt.text not in (",", "."):
        return None
    return doc[k : j + 1], (m.start(1), m.end(1))


def _attribute_nominal(
    noun: Token, klass: str, actors: ActorIndex, state: _State, lex: _Lexicon
) -> _Attribution:
    """A noun cue ("accusations of ...", "his warning that ..."): the speaker is its possessor,
    its "by" agent, or the subject of the verb it is the object of ("X issued a warning")."""
    att = _Attribution(
        cue=noun, cue_text=noun.text, cue_class=klass, cue_start=noun.idx, cue_end=noun.idx + len(noun.text)
    )
    who: Token | None = None
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "PRON", "NOUN"):
            who = child
        elif child.dep_ == "prep" and child.lower_ == "by":
            who = next((g for g in child.children if g.dep_ == "pobj"), who)
    if who is None and noun.dep_ in ("dobj", "attr") and noun.head.lemma_.lower() in lex.support_verbs:
        who = _subject(noun.head)
    if who is not None:
        att.speaker_head = who
        att.speaker_span, att.entity, att.desc = _resolve(who, actors, state, lex)
    return att


def text_of(doc: Doc, span: tuple[int, int]) -> str:
    return _text(doc)[span[0] : span[1]]


def _according(tok: Token, obj: Token, actors: ActorIndex, state: _State, lex: _Lexicon) -> _Attribution:
    doc = tok.doc
    end = doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
    span, ent, desc = _resolve(obj, actors, state, lex)
    return _Attribution(
        cue=tok,
        cue_text=_text(doc)[tok.idx : end.idx + len(end.text)],
        cue_class="say",
        cue_start=tok.idx,
        cue_end=end.idx + len(end.text),
        speaker_head=obj,
        speaker_span=span,
        entity=ent,
        desc=desc,
    )


# Short words a headline leaves in lower case ("Legend in the Coal Fields").
_TITLE_SMALL = frozenset("a an the and or but nor of in on at to for by with from as into than".split())


def _title_case(text: str) -> bool:
    """Headline casing ("Better Qualified to Be President Than I Was"): most words capitalised.

    Articles, conjunctions and short prepositions, which headlines leave in lower
    case, do not count.
    """
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text)
    content = [w for w in words if w not in _TITLE_SMALL]
    return (
        len(words) >= 4 and len(content) >= 3 and sum(w[0].isupper() for w in content) >= 0.7 * len(content)
    )


def _whole_sentence(text: str, q: _Marked) -> bool:
    """True when a quote is a sentence of its own: 'he said. "We are friends."' (however short).

    A quote of two or three words is a scare quote inside a sentence; standing as a whole
    sentence, capitalised and closed by its own full stop, it is words said.
    """
    if len(q.parts) != 1:
        return False
    s, e = q.parts[0]
    content = text[s:e].rstrip()
    before = text[: q.outer[0][0]].rstrip()
    return (
        _words(content) >= 2
        and content[:1].isupper()
        and content.endswith((".", "!", "?"))
        and (
            not before
            or before.rstrip("`").rstrip().endswith((".", "!", "?", '"', "”", "'", "’"))
            or "\n" in text[len(before) : s]
        )
    )


def _named_programme(doc: Doc, q: _Marked) -> bool:
    """True for a short capitalised quote that is the object of "on"/"in" ('on ABC's "This Week."').

    Such a quote names a programme, paper or book the words were said in; a final period
    inside the marks (American punctuation) does not make it a sentence.
    """
    if len(q.parts) != 1:
        return False
    s, e = q.parts[0]
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", _text(doc)[s:e])
    content = [w for w in words if w not in _TITLE_SMALL]
    if not content or len(words) > 6 or not all(w[0].isupper() for w in content):
        return False
    toks = [t for t in _tokens_between(doc, s, e) if not t.is_punct]
    if not toks:
        return False
    # "on NBC's", "in the Times": a preposition and a name (the parser often reads the title as a
    # clause of the verb, so the words before the mark decide)
    k = toks[0].i - 1
    while k >= 0 and (doc[k].is_punct or doc[k].is_space) and doc[k].lower_ not in ("'s", "’s"):
        k -= 1
    steps = 0
    while k >= 0 and steps < 4 and (doc[k].pos_ in ("PROPN", "DET", "PART") or doc[k].lower_ in ("'s", "’s")):
        k -= 1
        steps += 1
    if k >= 0 and doc[k].lower_ == "with" and k > 0 and doc[k - 1].lemma_.lower() == "interview":
        return True  # 'in an interview with "Fox News Sunday."'
    return k >= 0 and (doc[k].lower_ == "on" or (steps > 0 and doc[k].lower_ == "in"))


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _after_reported(text: str, reported: Quote, start: int) -> bool:
    """True when a quote at ``start`` opens the paragraph right after one ending with ``reported``.

    Between them only the rest of the reported sentence (", he said.") and one paragraph break.
    """
    gap = text[reported.end : start]
    if not _opens_next_paragraph(gap):
        return False
    return _words(gap) <= _TAIL_WORDS and not re.search(r"[.!?]\W*\s+\w", gap.split("\n")[0])


def _opens_next_paragraph(gap: str) -> bool:
    """True when the text between two spans holds one paragraph break, and words (if any) only
    before it: the second span opens the paragraph right after the one the first ends."""
    lines = gap.split("\n")
    return len(lines) >= 2 and not lines[-1].strip() and sum(1 for ln in lines if ln.strip()) <= 1


def _continues_reported(
    text: str, q: _Marked, content: str, reported: Quote, prev_direct: tuple[_Marked, Any] | None
) -> bool:
    """True when an unattributed quote goes on with the speaker of the reported speech before it.

    'Anna Berg said the strike had cost the region dearly.\n\n"We will rebuild ..."': a quote
    paragraph right after a paragraph closing with someone's reported speech goes on with that
    speaker, as one after a direct quote does. Not a scare quote, not an unclosed quote holding an
    attribution of its own, and not when a direct quote came after that reported speech.
    """
    return (
        _words(content) > _SCARE_WORDS
        and not (q.unbalanced and _INNER_ATTRIBUTION.search(content))
        and _after_reported(text, reported, q.outer[0][0])
        and (prev_direct is None or prev_direct[0].outer[-1][1] < reported.start)
    )


# an attribution inside an unclosed quote ('"I see no reason to change, said Frederick Meinke'): the
# closing mark is missing, and the quote is someone else's
_INNER_ATTRIBUTION = re.compile(r"[,.]\s+(?:[\w.'-]+\s+){0,4}(?:said|says|told|added|adds)\b")
# words a reported sentence may have after its content (", the ministry said in a statement.")
_TAIL_WORDS = 8


def _make_quote(
    text: str, q: _Marked | None, span: tuple[int, int], direct: bool, att: _Attribution
) -> Quote:
    parts = tuple(q.parts) if q is not None and len(q.parts) > 1 else ()
    content = " ".join(text[s:e] for s, e in (q.parts if q is not None else [span]))
    sp = att.speaker_span
    return Quote(
        text=content,
        start=span[0],
        end=span[1],
        direct=direct,
        speaker=att.entity.name if att.entity else None,
        speaker_start=sp.start_char if sp is not None else None,
        speaker_end=sp.end_char if sp is not None else None,
        speaker_desc=None if att.entity else att.desc,
        cue=att.cue_text,
        cue_class=att.cue_class,
        cue_start=att.cue_start,
        cue_end=att.cue_end,
        channel=att.channel,
        parts=parts,
        extractor=EXTRACTOR,
    )


def _merge_split(text: str, doc: Doc, marked: list[_Marked], lex: _Lexicon) -> list[_Marked]:
    """Join '"...," he said, "..."': two quoted runs around a cue inside one sentence."""
    out: list[_Marked] = []
    for q in marked:
        if out:
            prev = out[-1]
            gap = text[prev.outer[-1][1] : q.outer[0][0]]
            gap_s = prev.outer[-1][1]
            if (
                "\n" not in gap
                and 0 < _words(gap) <= 8
                and gap.rstrip().endswith((",", ":", "—", "–"))
                and (
                    gap.lstrip().startswith(",")
                    or text[prev.parts[-1][1] - 1 : prev.parts[-1][1]] in (",", "—", "–", "…")
                )
            ):
                gap_toks = _tokens_between(doc, gap_s, q.outer[0][0])
                # one cue between them; two ('"A," she sang before asking, "B"') introduce one each
                if sum(1 for t in gap_toks if _cue_class(t, lex)) == 1:
                    prev.parts.extend(q.parts)
                    prev.outer.extend(q.outer)
                    continue
        out.append(q)
    return out


def find_quotes(parsed: Parsed, actors: ActorIndex) -> list[Quote]:
    """Direct quotes and reported speech in one parsed article.

    Args:
        parsed: the document and its spaCy parse.
        actors: the article's actor index, used to turn speaker mentions into entities.

    Returns:
        Quotes in text order; direct quotes first where a direct and an
        indirect quote would cover the same words.

    Example:
        >>> from dateline import parse
        >>> from dateline.clean import document_id
        >>> from dateline.records import Document
        >>> from dateline.resolve.actors import resolve_actors
        >>> body = '"We will not give up," Anna Berg said.'
        >>> p = parse.parse(Document(document_id(body, None), "-", body, None))
        >>> [(q.text, q.speaker, q.cue_class) for q in find_quotes(p, resolve_actors(p))]
        [('We will not give up,', 'Anna Berg', 'say')]
    """
    quotes = _find_quotes(parsed, actors, wide=False)
    text = _text(parsed.doc)
    heads = headline_spans(text)
    titles = quoted_titles(text)

    def label(q: Quote) -> bool:
        in_head = any(a <= q.start and q.end <= b for a, b in heads)
        if in_head and (_words(q.text) <= _HEADLINE_LABEL_WORDS or (not q.direct and q.cue_class != "say")):
            # "Trump 'The Dealmaker' Could Address Clean Energy": a few quoted words in a Title Case
            # headline are a label; "General Reveals 'Demoralizing' Experience": a headline's verb
            # other than "says" reports no speech
            return True
        if in_head and not q.direct and any(d.direct and q.start <= d.start < q.end for d in quotes):
            # "Senator Says Rivals Are 'Out of Touch'": marks in a headline's reported speech are
            # the headline's label or its mixed quote, not a phrase borrowed inside a report
            return True
        if q.direct and any(a < q.start and q.end < b for a, b in titles):
            # 'on Fox News's "Fox and Friends."': the title of a show, named after "on" or a possessive
            before = text[: q.start - 1].rstrip()
            return bool(re.search(r"(?:\bon|['’]s)$", before))
        return False

    return [q for q in quotes if not label(q)]


# the most words of a quote inside a headline that is read as a label ("The Dealmaker") and dropped
_HEADLINE_LABEL_WORDS = 4


def _find_quotes(parsed: Parsed, actors: ActorIndex, *, wide: bool) -> list[Quote]:
    """``find_quotes``; ``wide`` gives reported speech the extent of attribution corpora.

    With ``wide`` (``find_attributions``), the content of reported speech is the
    complement as PolNeAR marks it: with its "that" and with a closing aside
    (", which ...", ", a former senator"). Without it, the content is what an
    analyst records as the quote (FORMAT.md): the bare clause. Either way a second
    cue verb of the clause ("he spoke to X and asked him ...") ends the content.
    """
    doc = parsed.doc
    text = _text(doc)
    lex = lexicon()
    state = _State(published=parsed.document.published, wide=wide)
    for ent in actors.entities:
        if ent.type == "PERSON":
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                # a sentence's or a reporting verb's subject, not one inside reported content
                if span is None:
                    continue
                root = span.root
                if _name_appos(root) is not None:
                    continue  # "On X, Mr. Putin, Mr. Trump was pressed": two names, the later is the subject
                if root.dep_ == "appos" and _name_appos(root.head) is root:
                    root = root.head  # the subject's place is the first name's
                if root.dep_ in _SUBJ_DEPS and (root.head.dep_ == "ROOT" or _cue_class(root.head, lex)):
                    state.person_subjects.append((m.start, ent))
                    if span.root.dep_ == "conj" or any(c.dep_ == "conj" for c in span.root.children):
                        state.coordinated.add(m.start)  # "Mr. Grassley and Mr. Leahy say": a "they" later
    marked = _transcript_turns(text, _merge_split(text, doc, scan_quote_marks(text), lex))
    quoted = [span for q in marked for span in q.outer]
    found: list[tuple[int, Quote]] = []
    prev_direct: tuple[_Marked, _Attribution] | None = None
    prev_reported: tuple[Quote, _Attribution] | None = None
    described: dict[int, Token] = {}  # found index -> the head of an unresolved speaker description

    indirect = [c for c in _indirect_candidates(doc, quoted, lex, wide=wide) if wide or not _unsaid(c[0])]
    # "The Times said that officials had estimated that dozens were killed": a report by unnamed
    # sources that is itself the complement of another's reported speech is part of what that
    # speaker said, not a quote of its own (attribution corpora, ``wide``, keep both levels; a
    # named source's nested report, "noted that CNN's Moody had tweeted that ...", stays)
    nested = set() if wide else _nested_reports(indirect)
    events: list[tuple[int, str, Any]] = [(q.outer[0][0], "d", q) for q in marked]
    events += [(cue.idx, "i", (cue, klass, span)) for cue, klass, span in indirect]
    events.sort(key=lambda e: e[0])

    for _, kind, item in events:
        if kind == "d":
            q: _Marked = item
            content = " ".join(text[s:e] for s, e in q.parts)
            att = (
                _label_attribution(doc, q.label, actors, state, lex)
                if q.label is not None
                else _attribute_direct(doc, q, quoted, actors, state, lex, mentions=not wide)
            )
            if att is None and prev_direct is not None:
                # a quote continues the previous one when nothing but that quote's own
                # attribution ('"A," X said. "B"') or a paragraph break lies between them
                gap_s, gap_e = prev_direct[0].outer[-1][1], q.outer[0][0]
                gap = text[gap_s:gap_e]
                prev_att = prev_direct[1]
                cue_between = prev_att.cue_start is not None and gap_s <= prev_att.cue_start < gap_e
                # or the quote opens the paragraph right after the one holding the previous quote
                # (an unattributed quote paragraph goes on with the last speaker)
                follows_para = _opens_next_paragraph(gap)
                # (a quote signed after a dash, '"..." ― Name', is complete: nothing continues it)
                if (
                    (_words(content) > _SCARE_WORDS or _whole_sentence(text, q))
                    and not _title_case(content)
                    and prev_att.cue_text not in ("―", "—", "–", "--")
                    and (_words(gap) <= 2 or (cue_between and _words(gap) <= _CONTINUE_GAP) or follows_para)
                ):
                    att = _Attribution(**{**prev_att.__dict__, "inherited": True})
            if (
                att is None
                and not wide
                and prev_reported is not None
                and _continues_reported(text, q, content, prev_reported[0], prev_direct)
            ):
                att = _Attribution(**{**prev_reported[1].__dict__, "inherited": True})
            if att is None:
                if (
                    _words(content) < _UNCUED_WORDS
                    or q.unbalanced
                    or not _SENT_END.search(content + " ")
                    or _title_case(content)
                ):
                    continue  # a scare quote, a title or a stray mark: nobody is said to speak
                att = _Attribution()
            elif (
                q.label is None
                and _title_case(content)
                and not content.rstrip("”’\"' ").endswith((".", "!", "?"))
                and att.cue_start is not None
                and att.cue_start < q.outer[0][0]
            ):
                continue  # the title of a work ('a book called "Make Your Kid a Millionaire"'), not words said
            if q.label is None and _named_programme(doc, q):
                continue  # 'said on NBC's "Meet the Press."': the programme's name, not words said
            if att.cue is not None and att.channel is None and not att.inherited:
                att.channel = _channel(
                    att.cue,
                    lex,
                    exclude=(att.speaker_span.start_char, att.speaker_span.end_char)
                    if att.speaker_span is not None
                    else None,
                )
            quote = _make_quote(text, q, (q.parts[0][0], q.parts[-1][1]), True, att)
            prev_direct = (q, att)
        else:
            cue, klass, (cs, ce) = item
            if cue.lower_ == "according":
                obj = _according_to(cue)
                if obj is None:
                    continue
                att = _according(cue, obj, actors, state, lex)
            elif cue.pos_ == "NOUN":
                att = _attribute_nominal(cue, klass, actors, state, lex)
                if att.speaker_head is None and _extraposed_content(cue) is not None:
                    att.desc = _np_span(cue).text  # "Reports emerged that ...": an unnamed source
                elif att.speaker_head is None:
                    continue  # "the claim that ...": nobody is said to claim it
            else:
                att = _attribute_cue(cue, klass, actors, state, lex)
                head = att.speaker_head
                if head is None or head.lower_ in ("you",):
                    continue  # no source, or an imagined addressee
                if cue.i in nested and att.entity is None:
                    continue
                if head.lower_ in ("i", "we") and (cue.lemma_.lower() in lex.weak or klass == "believe"):
                    continue  # the writer musing ("I agree", "we suspect"), not reported speech
                if any(c.dep_ == "neg" for c in cue.children):
                    continue  # "did not deny that ...": nothing is attributed
                if cue.lemma_.lower() in lex.weak and not (
                    head.pos_ in ("PROPN", "PRON")
                    or att.entity is not None
                    or head.lemma_.lower() in lex.source_nouns
                ):
                    continue  # "the rejection suggested": not a source
                att.channel = _channel(cue, lex)
            around = _around(cue, (cs, ce)) if cue.lower_ == "according" or cue.dep_ == "parataxis" else None
            quote = _make_quote(text, around, (cs, ce), False, att)
            if att.speaker_head is not None:
                prev_reported = (quote, att)
        if att.entity is not None and att.speaker_span is not None:
            state.spoken.append((att.speaker_span.start_char, att.entity))
            state.last_entity = att.entity
        elif att.speaker_head is not None:
            described[len(found)] = att.speaker_head
        state.last = quote
        found.append((quote.start, quote))
    if not wide:
        _name_described(doc, found, described, actors)
    covered = [(q.start, q.end) for _, q in found]
    for quote in _headline_quotes(doc, actors, state, lex):
        if not any(
            s < quote.end and quote.start < e and not (s >= quote.start and e <= quote.end)
            for s, e in covered
        ):
            found.append((quote.start, quote))
    found.sort(key=lambda x: x[0])
    return [q for _, q in found]


def _nested_reports(indirect: list[tuple[Token, str, tuple[int, int]]]) -> set[int]:
    """The cues of reported speech that is itself the complement of another cue's reported speech
    ("The Times said that officials had estimated that ..."): token indices of the inner cues."""
    return {
        c[0].i
        for c in indirect
        for o in indirect
        if o is not c
        and c[0].dep_ == "ccomp"
        and c[0].head == o[0]
        and o[2][0] <= c[2][0]
        and c[2][1] <= o[2][1]
    }


def _name_described(
    doc: Doc, found: list[tuple[int, Quote]], described: dict[int, Token], actors: ActorIndex
) -> None:
    """Name the speaker of a role description by the person the next paragraph introduces speaking.

    "The deputy head of China's delegation said ... and said ...\n\n'...,' Rear Admiral Guan
    Youfei told reporters": news introduces a speaker by role and names them at their next quote
    (delayed identification). Only a definite singular role ("the deputy head", "the minister", not
    "a spokesman", not "the president's aide"), only when the very next quote is by a person first
    named in its own attribution, in the next paragraph, with nothing else said between, and who
    is not described with another office or state than the role's (``_office_conflict``: "The
    foreign minister said ...\n\n'...,' said Viktor Orban, Hungary's prime minister" is two people).
    """
    text = _text(doc)
    k = 0
    while k < len(found):
        head = described.get(k)
        if head is None or not _role_description(head):
            k += 1
            continue
        group = [k]
        while (
            group[-1] + 1 < len(found) and found[group[-1] + 1][1].speaker_start == found[k][1].speaker_start
        ):
            group.append(group[-1] + 1)  # "said X and said Y": one subject, two quotes
        nxt = group[-1] + 1
        k = nxt
        if nxt >= len(found):
            break
        last, q = found[group[-1]][1], found[nxt][1]
        ent = next((e for e in actors.entities if e.name == q.speaker), None)
        if ent is None or ent.type != "PERSON" or q.speaker_start is None or not ent.mentions:
            continue
        first = min(m.start for m in ent.mentions)
        gap = text[max(last.end, last.cue_end or last.end) : min(q.start, q.speaker_start)]
        if first < last.end or gap.count("\n") > 2 or _words(gap) > _TAIL_WORDS:
            continue
        # the name itself, not the title the speaker span may include ("opposition leader X")
        lo, hi = q.speaker_start, q.speaker_end or q.speaker_start
        mention = next((m for m in ent.mentions if lo <= m.start and m.end <= hi), None)
        name = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
        if _office_conflict(head, name, ent, actors):
            continue
        for g in group:
            found[g] = (found[g][0], replace(found[g][1], speaker=ent.name, speaker_desc=None))


def _role_description(head: Token) -> bool:
    """True for a definite singular description of one person by office: "the deputy head of X"."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.ent_type_:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    if any(c.dep_ == "poss" for c in head.children):
        return False  # "the president's aide": someone's aide, not introduced for later
    lemma = head.lemma_.lower()
    if lemma in _cue_lemmas("body_voices"):
        return False  # a spokesman speaks for others, and is seldom the one named next
    title = load_gazetteer().title(lemma)
    return lemma in _cue_lemmas("role_heads") or (title is not None and title.kind == "title")


def _office_conflict(role: Token, name: Span | None, person: Entity, actors: ActorIndex) -> bool:
    """True when the person named next is described as holding another office, or is of another
    state, than the role description that introduced a speaker.

    "The foreign minister said ..." is not "Viktor Orban, Hungary's prime minister", nor "opposition
    leader Keir Starmer"; "the deputy head of China's delegation" is no Japanese. A military rank
    ("Rear Admiral Guan Youfei") goes with any office; a role without a title of its own ("the
    head", "the chief") conflicts only by state.
    """
    gaz = load_gazetteer()
    states = set()
    for t in role.subtree:
        if t.ent_type_ == "NORP" and (entry := gaz.demonym(t.text)) is not None and entry.country:
            states.add(entry.country)
        elif t.ent_type_ == "GPE":
            ent = next(
                (e for e in actors.entities if any(m.start <= t.idx < m.end for m in e.mentions)), None
            )
            if ent is not None and ent.country:
                states.add(ent.country)
    if states and person.country and person.country not in states:
        return True
    mods = [c.lower_ for c in role.lefts if c.dep_ in ("amod", "compound")]
    role_title = gaz.title(" ".join([*mods, role.lemma_.lower()])) or gaz.title(role.lemma_.lower())
    if name is None or role_title is None or role_title.kind != "title":
        return False
    root = name.root
    words = [t.lower_ for t in root.subtree if not (name.start <= t.i < name.end)]
    offices: set[str] = set()
    used: set[int] = set()
    for n in (3, 2, 1):  # the longest title first: "prime minister", not its "minister"
        for k in range(len(words) - n + 1):
            t = gaz.title(" ".join(words[k : k + n]))
            if t is not None and t.kind == "title" and not used & set(range(k, k + n)):
                used |= set(range(k, k + n))
                if t.sector != "MIL":
                    offices.add(t.phrase)
    return bool(offices) and not any(
        o.endswith(role_title.phrase) or role_title.phrase.endswith(o) for o in offices
    )


_HEADLINE = re.compile(r"^([^:\n]{2,60}?):[ \t]+(\S[^\n]*)$", re.M)
_HEADLINE_WORDS = 30


def _headline_quotes(doc: Doc, actors: ActorIndex, state: _State, lex: _Lexicon) -> list[Quote]:
    """Headline and transcript attributions: a short line 'Graham: Trump Is Destroying the Party'."""
    text = _text(doc)
    out = []
    for m in _HEADLINE.finditer(text):
        left = m.group(1)
        if _words(left) > 6 or _words(m.group()) > _HEADLINE_WORDS or not left.strip()[:1].isupper():
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        root = span.root
        if root.pos_ != "PROPN" and root.lemma_.lower() not in lex.source_nouns:
            continue  # "Update: ...", "Photo: ..." are labels, not sources
        cs, ce = _strip(text, m.start(2), m.end(2))
        direct = text[cs] in _DOUBLE_OPEN or text[cs] in "\"‘'"
        if direct and text[ce - 1] in "”\"’'»":
            cs, ce = cs + 1, ce - 1
        sp, ent, desc = _resolve(root, actors, state, lex)
        if root.pos_ == "PROPN" and _words(left) >= 3 and actors.resolve(span) is None:
            continue  # "Little Relief for Refugees: The refugee crisis ...": a section heading, no source
        att = _Attribution(
            cue_text=":",
            cue_class="say",
            cue_start=m.end(1),
            cue_end=m.end(1) + 1,
            speaker_head=root,
            speaker_span=doc[span.start : span.end],
            entity=ent,
            desc=desc,
        )
        out.append(_make_quote(text, None, (cs, ce), direct, att))
    return out


# a cue governed by these is not (yet) a statement made: "is expected to say", "refused to claim"
_UNSAID_HEADS = frozenset(
    {"expect", "plan", "intend", "want", "hope", "use", "refuse", "decline", "try", "seek"}
)


def _interposed_content(cue: Token, lex: _Lexicon) -> tuple[int, int] | None:
    """The clause a reporting clause is set into: "Freeing her husband, he promised, was a priority".

    A parenthetical "he said" / "she promised" (parsed as parataxis) has no complement of its own;
    what it reports is the clause around it, less the cue's own words (``_around`` splits it in
    two parts). Only a speech verb with a subject and nothing else said (no object, no clause),
    inside its sentence's main clause, with at least three words of content before it.
    """
    if (
        cue.dep_ != "parataxis"
        or cue.lemma_.lower() not in lex.speech
        or cue.head.pos_ not in ("VERB", "AUX")
    ):
        return None
    if not any(c.dep_ == "nsubj" for c in cue.children) or any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "advcl") for c in cue.children
    ):
        return None
    doc = cue.doc
    inner = {t.i for t in cue.subtree}
    outer = [t for t in cue.head.subtree if t.i not in inner and t.sent == cue.sent]
    before = [t for t in outer if t.i < cue.left_edge.i and not t.is_punct]
    if len(before) < 3 or any(t.text in _QUOTE_CHARS for t in outer):
        return None
    while outer and (outer[0].dep_ == "cc" or outer[0].is_punct):
        outer = outer[1:]
    return _content_span(doc, outer)


def _complement_as_relative(cue: Token) -> Token | None:
    """A cue's "that" clause the parser hung as a relative clause on a noun of a phrase between.

    "Palmer told reporters after a cabinet meeting that the government had asked ...": the clause
    is not a relative clause of "meeting", since a relative "that" fills a gap in its clause (its
    subject or object) while this "that" is a complementiser before a clause with a subject of its
    own. Only for a phrase after the cue ("after a meeting", "in an interview").
    """
    for prep in cue.rights:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for rel in pobj.rights:
                if rel.dep_ != "relcl":
                    continue
                first = rel.left_edge
                subj = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if (
                    first.lower_ == "that"
                    and first.dep_ == "mark"
                    and first.head == rel
                    and subj is not None
                    and subj.i > first.i
                ):
                    return rel
    return None


# the tags of a "wh-" word opening a question asked ("asked which ...", "wondered why ...")
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _asks_question(cue: Token, klass: str, toks: list[Token]) -> bool:
    """True for a verb of asking whose complement opens with a "wh-" word: the question asked
    ("asked which candidate she would back", "wondered why ..."), not content reported as said."""
    return (
        klass == "ask"
        and bool(toks)
        and toks[0].tag_ in _WH_TAGS
        and cue.lemma_.lower() in _cue_lemmas("question_cues")
    )


def _without_closing_source(cue: Token, toks: list[Token]) -> list[Token]:
    """The content without the source the parser joined to its end ("..., bond managers and traders
    said": ``_closing_source``)."""
    if toks and toks[-1].i == cue.i - 1 and _own_subject(cue) is None and _closing_source(cue, cue.i - 1):
        comma = max(t.i for t in toks if t.text == ",")
        return [t for t in toks if t.i < comma]
    return toks


def _unsaid(cue: Token) -> bool:
    """True when a reporting verb tells of words not (yet) said: a forecast or a purpose.

    "Russia will claim the US is the aggressor", "used the UN to claim ...", "is expected to
    announce that ...". Such attributions are kept for attribution corpora (``wide``), not as
    quotes of what someone said.
    """
    auxes = {c.lower_ for c in cue.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "'ll", "shall", "might", "may"}:
        return True
    if "to" in auxes:
        return cue.dep_ == "advcl" or (cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _UNSAID_HEADS)
    return False


def _indirect_candidates(
    doc: Doc, quoted: list[tuple[int, int]], lex: _Lexicon, *, wide: bool = False
) -> list[tuple[Token, str, tuple[int, int]]]:
    """Reporting verbs with a clausal complement, and "according to X, ...", with the content span.

    ``wide`` gives the complement PolNeAR's extent (see ``_find_quotes``).
    """
    out = []
    text = _text(doc)
    inside = [False] * len(doc)
    for s, e in quoted:
        for t in _tokens_between(doc, s, e):
            inside[t.i] = True
    for tok in doc:
        if inside[tok.i]:
            continue
        if tok.lower_ == "according":
            obj = _according_to(tok)
            clause = tok.head
            if (
                obj is None
                or clause == tok
                or any(_cue_class(t, lex) and _subject(t) is not None for t in tok.sent if not inside[t.i])
            ):
                continue  # "X said ..., according to Y": a channel, not a quote of its own
            if not wide and _unvoiced_source(obj):
                continue  # "according to US and Russian reports": sourcing, not words someone said
            span = _according_content(tok)
            if span and not _mostly_quoted(text, span, quoted, wide=wide):
                out.append((tok, "say", span))
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.nominal:
            # "said in a statement that ...", "his claim that ...": a noun with a 'that' clause
            comp = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in ("acl", "ccomp")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                ),
                None,
            )
            if comp is None:
                comp = _extraposed_content(tok)
            if comp is not None:
                toks = [
                    t
                    for t in _without_trailing_cues(comp, lex, wide=wide)
                    if wide or not (t.dep_ == "mark" and t.head == comp)
                ]
                span = _content_span(doc, toks, aside=not wide)
                if (
                    span is not None
                    and not _mostly_quoted(text, span, quoted, wide=wide)
                    and _words(text[span[0] : span[1]]) >= 3
                ):
                    verb = tok.head.head if tok.dep_ == "pobj" else None
                    if verb is not None and (vk := _cue_class(verb, lex)):
                        out.append((verb, vk, span))
                    else:
                        out.append((tok, lex.nominal[tok.lemma_.lower()], span))
            continue
        klass = _cue_class(tok, lex, cognition=True)
        if not klass:
            continue
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        if not comps and tok.lemma_.lower() in lex.speech:
            misparsed = _complement_as_relative(tok)
            comps = [misparsed] if misparsed is not None else []
        if not comps and not wide:
            span = _interposed_content(tok, lex)
            if span is not None and not _mostly_quoted(text, span, quoted, wide=wide):
                out.append((tok, klass, span))
                continue
        if tok.lemma_.lower() in lex.cognition and tok.lemma_.lower() not in lex.speech:
            # attitudes count only with an explicit "that" clause
            comps = [c for c in comps if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        for comp in comps:
            if _relayed(tok, comp, lex):
                continue
            toks = _without_trailing_cues(comp, lex, wide=wide)
            obj = next(
                (c for c in tok.children if c.dep_ == "dobj" and c.right_edge.i + 1 == comp.left_edge.i), None
            )
            if wide and obj is not None and not any(c.dep_ in _SUBJ_DEPS for c in comp.children):
                # "demanding Obama make a pledge": the object is the subject of the bare clause
                toks = list(obj.subtree) + toks
            for nxt in comps[comps.index(comp) + 1 :]:
                if (
                    toks
                    and nxt.left_edge.i == toks[-1].i + 1
                    and doc[nxt.left_edge.i].text != ";"  # a clause of its own after a semicolon
                    and not _attribution_clause(nxt, lex)  # ", Interfax reported": who relayed it
                ):
                    # a complement the parser broke in two ("... who told him the nominee / hadn't paid")
                    toks += _without_trailing_cues(nxt, lex, wide=wide)
            if comp.i > tok.i:
                # "favours which he said were ...": a relative pronoun before the cue is not content
                toks = [t for t in toks if t.i > tok.i]
            if toks and toks[0].dep_ == "mark" and toks[0].lower_ in ("whether", "if"):
                continue  # an open question ("asked whether ..."), not reported content
            if not wide and _asks_question(tok, klass, toks):
                continue  # likewise "asked which candidate she would back" (PolNeAR, ``wide``, keeps it)
            # the complementiser "that" (the parser sometimes calls it an object: "told May in a
            # phone call that the US would ..."), not the demonstrative ("that deal", "that was")
            if (
                toks
                and toks[0].lower_ == "that"
                and (toks[0].dep_ in ("mark", "dobj") or (toks[0].dep_ == "advmod" and toks[0].tag_ == "IN"))
                and toks[0].head.i != toks[0].i
                and not wide
            ):
                toks = toks[1:]
            toks = _glued_subject(comp, toks) + _without_leading_date(comp, toks)
            toks = _without_closing_source(tok, _without_trailing_according(toks))
            span = _content_span(doc, toks, aside=not wide)
            if (
                span is None
                or _words(text[span[0] : span[1]]) < 3
                or _mostly_quoted(text, span, quoted, wide=wide)
            ):
                continue
            out.append((tok, klass, span))
            break
        if not comps:
            span = _np_content(tok, klass)
            if (
                span is not None
                and _words(text[span[0] : span[1]]) >= 3
                and not _mostly_quoted(text, span, quoted, wide=wide)
            ):
                out.append((tok, klass, span))
    # one quote per content span (a verb and its "in a statement that" noun give the same one)
    seen: set[tuple[int, int]] = set()
    unique = []
    for item in out:
        if item[2] not in seen:
            seen.add(item[2])
            unique.append(item)
    return unique


@lru_cache(maxsize=1)
def _extraposed_content(noun: Token) -> Token | None:
    """The "that" clause of a report noun moved past a verb of appearing ("Reports emerged that ...").

    The clause belongs to the noun (the reports say it), though the parser hangs it on the verb.
    """
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _cue_lemmas("appearance_verbs"):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "advcl", "acl")
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


@lru_cache(maxsize=1)
def _np_content_lexicon() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    table = _data("cues.json")["np_content"]
    heads = {k: frozenset(v) for k, v in table.items() if not k.startswith("_")}
    return heads, {prep: frozenset(v) for prep, v in table["_preps"].items()}


def _np_content(tok: Token, klass: str) -> tuple[int, int] | None:
    """Content a cue reports with a noun phrase: "emphasised the importance of the agreement",
    "called for an international presence to protect the Kurdish areas"."""
    heads, preps = _np_content_lexicon()
    for child in tok.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in heads.get(klass, ()):
            return _content_span(tok.doc, list(child.subtree))
        if child.dep_ == "prep" and klass in preps.get(child.lower_, ()):
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                toks = list(objs[0].subtree)
                for inf in tok.children:
                    # "called for a force to protect the towns": the parser may hang the
                    # infinitive on the verb; it still says what the force is for
                    if inf.dep_ in ("advcl", "xcomp") and inf.left_edge.i == toks[-1].i + 1:
                        if inf.left_edge.lower_ == "to":
                            toks += list(inf.subtree)
                return _content_span(tok.doc, toks)
    return None


def _according_content(tok: Token) -> tuple[int, int] | None:
    """What "according to X" attributes: the clause on its other side, or around it."""
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    sent = tok.head.sent
    obj = _according_to(tok)
    if lo <= sent.start + 1 and obj is not None:
        # "According to the AP, 571 delegates ...": the parser may hang the clause's subject
        # on the source after its comma; the source ends at that comma
        comma = next((t.i for t in doc[obj.i + 1 : hi + 1] if t.text == ","), None)
        if comma is not None:
            hi = comma
    # the clause on the other side of "according to X" (before it, or after it when it leads);
    # "..., which it often is, according to X" attributes the clause it hangs on only
    clause = tok.head if tok.head.dep_ in ("advcl", "relcl") and tok.head.i < lo else None
    before = [t for t in (clause.subtree if clause is not None else sent) if t.i < lo and t.sent == sent]
    after = [t for t in sent if t.i > hi]
    if before and before[0].dep_ == "cc":
        before = before[1:]  # "But, according to X, ...": the writer's connective is not content
    if lo > sent.start + 1 and sum(1 for t in after if not t.is_punct) >= 3:
        # "Since May, according to X, troops have ...": the sentence around it
        # (``_around`` gives the two parts when the quote is made)
        return _content_span(doc, before + after)
    return _content_span(doc, before if lo > sent.start + 1 else after)


def _around(cue: Token, span: tuple[int, int]) -> _Marked | None:
    """The two parts of content that an "according to X" inside it splits, or None."""
    doc = cue.doc
    lo, hi = cue.left_edge.i, cue.right_edge.i
    while lo > 0 and doc[lo - 1].is_punct:
        lo -= 1
    while hi + 1 < len(doc) and (doc[hi + 1].is_punct or doc[hi + 1].dep_ == "cc"):
        hi += 1  # "..., according to X, and the top 10 percent paid ...": the connective is not content
    if not (span[0] < doc[lo].idx and doc[hi].idx + len(doc[hi].text) < span[1]):
        return None
    left = _strip(_text(doc), span[0], doc[lo].idx)
    right = _strip(_text(doc), doc[hi].idx + len(doc[hi].text), span[1])
    return _Marked([left, right], [left, right])


def _glued_subject(comp: Token, toks: list[Token]) -> list[Token]:
    """The subject the parser glued onto a date: "said on Tuesday Turkey would not back down".

    With no "that", the parser reads "Tuesday Turkey" as one noun phrase in the cue's "on"
    phrase and leaves the complement without a subject; the name after the date is the
    complement's subject, so it belongs to the reported content.
    """
    if not toks or toks[0].i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children):
        return []
    prev = comp.doc[toks[0].i - 1]
    ent = entity_of(prev)
    if (
        prev.dep_ != "pobj"
        or ent is None
        or prev.ent_type_ not in ("GPE", "PERSON", "ORG", "NORP")
        or not any(c.dep_ == "compound" and c.ent_type_ in ("DATE", "TIME") for c in prev.children)
    ):
        return []
    return list(ent)


def _without_leading_date(comp: Token, toks: list[Token]) -> list[Token]:
    """Drop a date that stands between the cue and a bare complement's subject.

    In "the SBU said on Monday it had detained an agent" the parser hangs "on Monday" on
    "detained", but with no "that" to mark where the report starts, a date before the
    clause's subject dates the saying, not the reported act ("said that on Monday it ..."
    keeps it: there the date is inside the report).
    """
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or any(c.dep_ == "mark" for c in comp.children):
        return toks
    start = subj.left_edge.i
    while (
        start < subj.i
        and comp.doc[start].ent_type_ in ("DATE", "TIME")
        and comp.doc[start].dep_ == "compound"
    ):
        start += 1  # "said on Monday Vladimir Putin would ...": the date glued onto the name
    lead = [t for t in toks if t.i < start]
    if not lead or not any(t.ent_type_ in ("DATE", "TIME") for t in lead):
        return toks
    if all(t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("prep", "npadvmod") or t.is_punct for t in lead):
        return [t for t in toks if t.i >= start]
    return toks


def _without_trailing_cues(comp: Token, lex: _Lexicon, *, wide: bool = False) -> list[Token]:
    """The complement's tokens, cut before a participle cue of the main speaker (", adding that ...").

    A second cue verb without a subject of its own ("said he would order a review and
    warned against hackers") is cut too: PolNeAR makes it an attribution of its own
    (PolNeAR train, content exact F1 0.548 -> 0.549, dev 0.584 -> 0.587). A closing
    attribution of its own (", Interfax reported") is cut, and, unless ``wide``, the clause
    after a semicolon.
    """
    toks = list((_fronted_content(comp, lex) or comp).subtree)
    # the content stays in the cue's paragraph
    body = _text(comp.doc)
    para_s = body.rfind("\n", 0, comp.head.idx) + 1
    para_e = body.find("\n", comp.head.idx)
    para_e = len(body) if para_e < 0 else para_e
    toks = [t for t in toks if para_s <= t.idx < para_e]
    if not wide:
        # an analyst's quote ends at a semicolon; PolNeAR's content runs as far as the source is
        # responsible, and cutting it there lowers PolNeAR dev source F1 (.9339 -> .9332)
        toks = _before_semicolon(comp, toks)
    toks = _without_trailing_attribution(comp, toks, lex)
    for t in toks:
        if t is comp or not _cue_class(t, lex):
            continue
        participle = t.dep_ in ("advcl", "conj", "parataxis") and t.tag_ == "VBG"
        # "he would offer a prayer but did not suggest ...": a second verb of the speaker
        own_conj = t.dep_ == "conj" and t.head == comp and not any(c.dep_ in _SUBJ_DEPS for c in t.children)
        # "demanded that the boy be returned, and the government has said that ...": a second
        # source's attribution coordinated inside the complement is a quote of its own
        second = (
            t.dep_ == "conj"
            and _attribution_clause(t, lex)
            and any(c.dep_ == "ccomp" and c.i > t.i for c in t.children)
        )
        if participle or own_conj or second:
            cut = t.left_edge.i
            while cut > 0 and comp.doc[cut - 1].dep_ in ("cc", "punct"):
                cut -= 1
            return [x for x in toks if x.i < cut]
    return toks


def _before_semicolon(comp: Token, toks: list[Token]) -> list[Token]:
    """The complement up to a semicolon after its head: what follows is a clause of its own.

    "She said the talks had failed; the next round ...": a semicolon joins two independent
    clauses, and the reporting verb governs only the one it stands in.
    """
    if not toks:
        return toks
    doc = comp.doc
    for i in range(max(comp.i, toks[0].i), toks[-1].i):
        if doc[i].text == ";":
            return [x for x in toks if x.i < i]
    return toks


def _fronted_content(comp: Token, lex: _Lexicon) -> Token | None:
    """The clause a misparsed complement carries before it, when that clause is the real content.

    "The president said the talks failed, Interfax reported": the parser may make "reported" the
    complement of "said" and "failed" the complement of "reported"; the president's words are
    "the talks failed". So too across a semicolon ("said X; the measures would be reviewed").
    """
    for c in comp.children:
        if c.dep_ != "ccomp" or c.i > comp.i:
            continue
        subj = [k.left_edge.i for k in comp.children if k.dep_ in ("nsubj", "nsubjpass") and k.i < comp.i]
        stop = min(subj) if subj else comp.i
        between = [t.text for t in comp.doc[c.right_edge.i + 1 : stop]]
        if ";" in between or ("," in between and _attribution_clause(comp, lex)):
            return c
    return None


def _relayed(cue: Token, comp: Token, lex: _Lexicon) -> bool:
    """True when a cue's complement before it is no content of its own.

    "The army said X; the rebels denied any role" (a semicolon between them), "Officials said
    X, the ministry said" (the complement is itself an attribution of someone else's words) and
    "The president said X, Interfax reported" parsed with "reported" under "said" (the outlet only
    relays the president's words, which are recorded once, as his).
    """
    if comp.i > cue.i:
        return False
    if any(t.text == ";" for t in cue.doc[comp.right_edge.i + 1 : cue.i]):
        return True
    if _attribution_clause(comp, lex) and any(c.dep_ == "ccomp" and c.i > comp.i for c in comp.children):
        return True  # the fronted clause is a whole attribution with its own content
    return cue.dep_ == "ccomp" and _attribution_clause(cue.head, lex) and cue.head.i < comp.left_edge.i


def _attribution_clause(tok: Token, lex: _Lexicon) -> bool:
    """True when ``tok`` is a reporting verb with a subject of its own written before it ("the army said")."""
    return bool(_cue_class(tok, lex)) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.lower_ not in ("who", "that", "which")
        for c in tok.children
    )


def _without_trailing_attribution(comp: Token, toks: list[Token], lex: _Lexicon) -> list[Token]:
    """The complement without a closing attribution of its own (", Interfax reported", ", the ministry said").

    "The president said the sanctions would stay, Interfax reported": the parser may hang the
    second attribution inside the first one's complement; it names who relayed the words, it is not
    part of them. A cue verb with its own subject after a comma, running to the end, is cut off.
    """
    if not toks:
        return toks
    last = toks[-1].i
    ids = {t.i for t in toks}
    for t in toks:
        if t is comp or t.i <= comp.left_edge.i or not _attribution_clause(t, lex):
            continue
        start = min(x.i for x in t.subtree if x.i in ids and x.i >= comp.left_edge.i)
        subj = min(c.left_edge.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i)
        comma = subj - 1
        if comma <= comp.left_edge.i or t.doc[comma].text not in (",", "—", "–", "--"):
            continue
        if any(x.i > t.i and not x.is_punct and x.head.i != t.i and x.i in ids for x in t.subtree):
            continue  # the verb carries content of its own after it
        if t.right_edge.i < last - 1 or start < comma:
            continue
        return [x for x in toks if x.i < comma]
    return toks


def _without_trailing_aside(toks: list[Token], appos_only: bool = False) -> list[Token]:
    """The content without a closing aside of the writer's after a comma.

    "..., a former senator", "..., who lost in 2012", "..., drawing a sharp reply":
    an appositive, a non-restrictive relative clause or a participle clause that
    runs to the end of the content describes, it is not what the source said.
    """
    if len(toks) < 4:
        return toks
    first, last = toks[0].i, toks[-1].i
    for k, tok in enumerate(toks[1:-1], 1):
        if tok.text not in (",", "—", "–", "--"):
            continue
        rest = toks[k + 1 :]
        ids = {t.i for t in rest}
        heads = [t for t in rest if t.head.i not in ids or t.head.i == t.i]
        if len(heads) != 1:
            continue
        h = heads[0]
        aside = (
            h.dep_ == "appos"
            or (h.dep_ == "acl" and h.tag_ == "VBN")  # ", known as the TPP": the writer's gloss
            or (not appos_only and (h.dep_ == "relcl" or (h.dep_ in ("advcl", "acl") and h.tag_ == "VBG")))
        )
        if aside and h.head.i >= first and h.head.i < tok.i and h.right_edge.i >= last:
            return toks[:k]
    return toks


def _content_span(doc: Doc, toks: list[Token], *, aside: bool = True) -> tuple[int, int] | None:
    """The character span of ``toks`` without edge punctuation (and a closing aside, unless ``aside`` is False)."""
    toks = _without_trailing_aside(toks, appos_only=not aside)
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc" or toks[-1].is_space):
        toks = toks[:-1]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _mostly_quoted(
    text: str, span: tuple[int, int], quoted: list[tuple[int, int]], *, wide: bool = False
) -> bool:
    """True when reported speech is a mixed quote, recorded as its direct quote alone.

    Counted in words, not characters (quote marks and punctuation are no words). A complement
    that opens or closes with the quoted words ('warned that "Americans have taken steps" in
    Syria', 'said the focus should be on "peacekeeping, monitoring, deterrence"') is the quote
    once a ``_MIXED_SHARE`` of it is quoted: the quote completes or carries the statement. One
    that embeds the quote between words of the writer's ('said Japan should be careful "not to
    interfere" in the waterway', 'said he would welcome a "principled security network" for
    Asia') reports speech of its own around a borrowed phrase, unless ``_MIXED_SHARE_ALL`` of it
    is quoted.
    """
    s, e = span
    if wide:
        # attribution corpora record a quote's whole reported clause with the direct quote
        # (``reported_clause``): only a share of its characters decides there
        covered = sum(max(0, min(e, qe) - max(s, qs)) for qs, qe in quoted)
        return covered >= _MIXED_SHARE * (e - s)
    inside = [any(qs <= m.start() < qe for qs, qe in quoted) for m in _WORD.finditer(text, s, e)]
    if not inside:
        return False
    share = sum(inside) / len(inside)
    return share >= _MIXED_SHARE_ALL or (share >= _MIXED_SHARE and (inside[0] or inside[-1]))


def _introduced(doc: Doc, start: int, quote: Quote) -> int:
    """Where the content starts when the words before a quote introduce it ('told reporters, "..."').

    A comma or colon right before the opening mark ends the introduction, which is
    not part of what was said ('told the Associated Press: "..."').
    """
    if start >= quote.start:
        return start
    lead = _text(doc)[start : quote.start].rstrip("“”\"'‘’«» \t")
    if lead.rstrip(",: ").lower() == "that":
        return start  # 'said that, "..."': the complementiser, not an introduction
    return quote.start if lead.endswith((",", ":")) else start


def reported_clause(doc: Doc, quote: Quote) -> tuple[int, int]:
    """The whole reported clause a direct quote sits in, for corpora that annotate it.

    dateline records the quoted words only (``Zelensky said that choosing Ukraine
    "is a very important signal"`` gives the quoted part); attribution corpora
    such as PolNeAR take the complement of the cue as the content. This gives that
    complement (with its "that", as PolNeAR marks it) when the quote lies inside it, else the quote's span.

    Args:
        doc: the parse of the body the quote was found in.
        quote: a quote from :func:`find_quotes` on that body.

    Returns:
        ``(start, end)`` character offsets.
    """
    if quote.cue_start is None or not quote.direct:
        return quote.start, quote.end
    k = _first_token_at(doc, quote.cue_start)
    if k >= len(doc):
        return quote.start, quote.end
    # the cue span may start at an auxiliary ("had said"): take its last token
    cue = doc[k]
    while cue.i + 1 < len(doc) and doc[cue.i + 1].idx < quote.cue_end:
        cue = doc[cue.i + 1]
    if doc[k].lower_ == "according" and doc[k].head.i != k:
        # "According to X, the move reeks of 'fear'": the clause on the other side of it
        span = _according_content(doc[k])
        if span is not None and span[0] <= quote.start < span[1]:
            return span[0], max(span[1], quote.end)
    for child in cue.children:
        if child.dep_ not in ("ccomp", "xcomp", "oprd", "dobj", "advcl", "prep", "pobj"):
            continue
        if child.dep_ == "prep" and child.lower_ != "as":
            continue  # "at a breakfast spot": circumstances, not content
        lo, hi = child.left_edge, child.right_edge
        if lo.idx <= quote.start and quote.end <= hi.idx + len(hi.text) + 1:
            toks = _without_trailing_cues(child, lexicon(), wide=True)
            if child.dep_ == "pobj" and cue.lower_ == "to" and cue.head.lower_ == "according":
                # "According to X, the move reeks of 'fear'" parsed with the clause hanging on X:
                # the source is not content
                toks = [t for t in toks if t.i > child.i]
                while toks and toks[0].is_punct:
                    toks = toks[1:]
            # PolNeAR keeps "that" and the complementiser of a reported question ("whether ...")
            if toks and toks[0].dep_ == "mark" and toks[0].lower_ not in ("that", "whether", "if"):
                toks = toks[1:]
            span = _content_span(doc, toks)
            if span is not None:
                start = min(span[0], quote.start)
                if child.dep_ in ("oprd", "prep"):
                    # naming: "called the plan 'a disgrace'", "described it as 'good'" take the object too
                    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i < child.i), None)
                    if obj is not None:
                        start = min(start, obj.left_edge.idx)
                end = max(span[1], quote.end)
                if text_of(doc, (quote.start, quote.end)).rstrip().endswith(","):
                    end = (
                        quote.end
                    )  # '"...," referring to ...': the comma inside the marks closes the content
                return _introduced(doc, start, quote), end
    # a quote hanging off the cue itself ("pledged to oppose it 'today, tomorrow, forever'")
    k = _first_token_at(doc, quote.start)
    if (
        cue.i + 1 < k < len(doc)
        and doc[k].sent == cue.sent
        and "\n" not in text_of(doc, (cue.idx, quote.start))
    ):
        toks = list(doc[cue.i + 1 : k])
        while toks:
            if toks[0].is_punct or toks[0].dep_ == "mark":
                toks = toks[1:]
                continue
            # the cue's circumstances ("wrote in an email to X, ...", "explained earlier, ...") and
            # the source of "according to X, ..." are not what was said
            setting = toks[0].head.i == cue.i and (
                _circumstance(toks[0]) or toks[0].dep_ in ("advmod", "npadvmod")
            )
            if not setting or toks[0].right_edge.i >= k:
                break
            toks = [t for t in toks if t.i > toks[0].right_edge.i]
        if toks:
            return _introduced(doc, min(toks[0].idx, quote.start), quote), quote.end
    return quote.start, quote.end


# --------------------------------------------------------------------------- wider attributions

# Pronouns that may hold a belief or a stance in find_attributions ("it" may not).
_ATTITUDE_PRONOUNS = frozenset({"he", "she", "they", "who", "i", "we", "his", "her", "their", "our", "my"})
# Cue classes for which "it" as a subject is an organisation taking a stance ("the paper ... after
# it backed Clinton", "it attacked Trump"), not the expletive of "it seems", "it shows". Verbs
# with a physical sense ("it supports the roof") are left out.
_ORGANISATION_STANCES = frozenset({"support", "oppose", "accuse", "warn", "praise", "announce", "deny"})
_PHYSICAL_SENSES = frozenset({"support", "hold", "carry"})
# Quantifiers that stand for people as a subject ("most say", "many expect", "some argue").
_QUANTIFIERS = frozenset(
    {"most", "many", "some", "few", "several", "all", "both", "each", "others", "neither", "none"}
)
# The object side of a verb: what it reports, wants, supports or criticises.
_OBJECT_DEPS = frozenset({"dobj", "prep", "dative", "oprd", "xcomp", "ccomp", "attr", "acomp"})


@lru_cache(maxsize=1)
def _attitude_lexicon() -> tuple[dict[str, str], dict[str, frozenset[str]], frozenset[str]]:
    cues = _data("cues.json")
    verbs = {k: v for k, v in cues["attitude"].items() if not k.startswith("_")}
    preps = {k: frozenset(v) for k, v in cues["attitude_preps"].items() if not k.startswith("_")}
    return verbs, preps, frozenset(cues["attitude"]["_not_stance"])


@lru_cache(maxsize=1)
def _attitude_nouns() -> dict[str, str]:
    cues = _data("cues.json")
    return {k: v for k, v in cues["attitude_nouns"].items() if not k.startswith("_")}


# Prepositions that carry the content of a stance noun ("attacks on X", "support for X").
_NOUN_CONTENT_PREPS = frozenset({"for", "on", "of", "to", "against", "about", "toward", "towards", "over"})


def _noun_content(tok: Token) -> list[tuple[int, int]] | None:
    """The content of a stance noun: a 'that' clause, an infinitive, or its first prepositional object."""
    for child in tok.rights:
        if child.dep_ in ("acl", "ccomp", "relcl") and child.dep_ != "relcl":
            toks = list(child.subtree)
            if toks and toks[0].dep_ == "mark" and toks[0].lower_ == "that":
                toks = toks[1:]
            span = _content_span(tok.doc, toks)
            return [span] if span is not None else None
        if child.dep_ == "prep" and child.lower_ in _NOUN_CONTENT_PREPS:
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                span = _content_span(tok.doc, list(objs[0].subtree))
                return [span] if span is not None else None
            return None
    return None


def find_attributions(parsed: Parsed, actors: ActorIndex) -> list[Quote]:
    """Quotes plus attributions of belief, wish and stance, for attribution corpora.

    dateline's quotes are "who said what" (``find_quotes``, what an ``Article``
    reports). Attribution corpora such as PolNeAR also annotate what a source
    believes, wants, plans, supports or criticises ("Ryan thinks the party ...",
    "the senator wants to cut taxes", "Cruz endorsed Trump", "a poll showed ...").
    Those come here as extra ``Quote`` records (``direct=False``) with the cue class
    of ``cues.json["attitude"]`` ("believe", "want", "support", "oppose", "show",
    ...), so a caller that wants speech only keeps using ``find_quotes``.

    A verb of ``cues.json["attitude"]`` or ``["speech"]`` gives an attribution
    when it is active, not inside a quote or already the cue of a quote, its
    subject (also one borrowed by a conjoined or infinitive verb; the antecedent of
    a relative "who") is a name, a person pronoun or a common noun (PolNeAR takes
    "records show", "the two camps agree" as sources; "it" is not one), and it has
    an object side: a clause, an infinitive ("wants to ..."), a noun object with
    its first complement ("criticised X over Y", without "after ...", "on Twitter")
    or the object of a bound preposition ("voted for X",
    ``cues.json["attitude_preps"]``). The content is that object side. A speech
    verb set into its clause ("The talks, X said, will resume") takes the clause
    around it, in two parts, without a leading connective ("Still, he said, ...").

    Args:
        parsed: the document and its spaCy parse.
        actors: the article's actor index.

    Returns:
        The quotes of ``find_quotes`` and the wider attributions, in text order.
    """
    quotes = _find_quotes(parsed, actors, wide=True)
    doc = parsed.doc
    text = _text(doc)
    lex = lexicon()
    verbs, preps, not_stance = _attitude_lexicon()
    nouns = _attitude_nouns()
    quoted = [span for q in scan_quote_marks(text) for span in q.outer]
    taken = [(q.cue_start, q.cue_end) for q in quotes if q.cue_start is not None and q.cue_end is not None]
    contents = [(q.start, q.end) for q in quotes]
    state = _State(published=parsed.document.published, wide=True)
    extra: list[Quote] = []
    for tok in doc:
        if tok.lower_ == "according" and not _in_any(tok.idx, taken) and not _in_any(tok.idx, quoted):
            # "X said ..., according to Y": Y's attribution too, which find_quotes keeps as a channel
            obj = _according_to(tok)
            span = _according_content(tok) if obj is not None and tok.head.i != tok.i else None
            if span is not None and span not in contents:
                att = _according(tok, obj, actors, state, lex)
                extra.append(_make_quote(text, _around(tok, span), span, False, att))
                contents.append(span)
            continue
        if tok.lower_ == "in" and not _in_any(tok.idx, quoted):
            # "In a CBS News poll, she led Sanders 56 to 32": the poll is the source
            parts = _fronted_source(tok, lex)
            if parts is not None and parts[0] not in contents:
                obj = next(c for c in tok.children if c.dep_ == "pobj")
                s, e = tok.idx, tok.idx + len(tok.text)
                att = _Attribution(cue=tok, cue_text=text[s:e], cue_class="show", cue_start=s, cue_end=e)
                att.speaker_head = obj
                att.speaker_span, att.entity, att.desc = _resolve(obj, actors, state, lex)
                extra.append(_make_quote(text, None, parts[0], False, att))
                contents.append(parts[0])
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ == "ADJ" and lemma in _attitude_adjectives() and not _in_any(tok.idx, quoted):
            # "Graham has been critical of Trump", "they are hopeful that ...": the subject holds it
            found = _adjective_stance(tok)
            if found is not None and not any(s < found[1][1] and found[1][0] < e for s, e in contents):
                subj, span = found
                s, e = tok.idx, tok.idx + len(tok.text)
                att = _Attribution(
                    cue=tok,
                    cue_text=text[s:e],
                    cue_class=_attitude_adjectives()[lemma],
                    cue_start=s,
                    cue_end=e,
                )
                att.speaker_head = subj
                att.speaker_span, att.entity, att.desc = _resolve(subj, actors, state, lex)
                extra.append(_make_quote(text, None, span, False, att))
                contents.append(span)
            continue
        if tok.pos_ == "NOUN" and not _in_any(tok.idx, quoted) and not _in_any(tok.idx, taken):
            # "Berg's view is that the levy is unfair": whatever the noun, the possessor holds the clause
            found = _possessed_clause(tok)
            if found is not None and not any(s < found[1][1] and found[1][0] < e for s, e in contents):
                poss, span = found
                s, e = tok.idx, tok.head.idx + len(tok.head.text)
                att = _Attribution(cue=tok, cue_text=text[s:e], cue_class="believe", cue_start=s, cue_end=e)
                att.speaker_head = poss
                att.speaker_span, att.entity, att.desc = _resolve(poss, actors, state, lex)
                extra.append(_make_quote(text, None, span, False, att))
                contents.append(span)
                continue
        if tok.pos_ == "NOUN" and lemma in nouns and not _in_any(tok.idx, quoted):
            # "Cruz's attacks on Trump", "her plan to cut taxes": the possessor holds it
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            parts = _noun_content(tok) if poss is not None and _attitude_source(poss) else None
            if parts is not None and parts[0] not in contents and not _in_any(tok.idx, taken):
                span = (parts[0][0], parts[-1][1])
                s, e = tok.idx, tok.idx + len(tok.text)
                att = _Attribution(
                    cue=tok, cue_text=text[s:e], cue_class=nouns[lemma], cue_start=s, cue_end=e
                )
                att.speaker_head = poss
                att.speaker_span, att.entity, att.desc = _resolve(poss, actors, state, lex)
                extra.append(_make_quote(text, None, span, False, att))
                contents.append(span)
            continue
        if lemma in _cue_lemmas("raising") and tok.pos_ in ("VERB", "AUX") and not _in_any(tok.idx, quoted):
            # "The plan seems to work": an impression nobody is named for
            parts = _seeming(tok)
            if parts is not None and not any(s < parts[-1][1] and parts[0][0] < e for s, e in contents):
                s, e = _cue_span(tok)
                att = _Attribution(cue=tok, cue_text=text[s:e], cue_class="believe", cue_start=s, cue_end=e)
                split = _Marked(parts, parts) if len(parts) > 1 else None
                extra.append(_make_quote(text, split, (parts[0][0], parts[-1][1]), False, att))
                contents.append((parts[0][0], parts[-1][1]))
            continue
        if tok.pos_ != "VERB" or lemma in not_stance:
            continue
        if lemma not in verbs and lemma not in preps and lemma not in lex.speech:
            continue
        if _in_any(tok.idx, quoted) or _in_any(tok.idx, taken):
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            # "was rejected by": the source is not the subject. A belief without a
            # holder ("The House is expected to pass the bill") attributes the raised
            # subject and the infinitive, with no source.
            parts = _sourceless(tok) if verbs.get(lemma) == "believe" or lemma in lex.speech else None
            if parts is not None and parts[0] not in contents:
                s, e = _cue_span(tok)
                att = _Attribution(cue=tok, cue_text=text[s:e], cue_class="believe", cue_start=s, cue_end=e)
                extra.append(
                    _make_quote(text, _Marked(parts, parts), (parts[0][0], parts[-1][1]), False, att)
                )
                contents.append(parts[0])
            agentive = _by_agent(tok) if parts is None and (lemma in verbs or lemma in lex.speech) else None
            if agentive is not None and not any(
                s < agentive[1][1] and agentive[1][0] < e for s, e in contents
            ):
                # "Clinton has been endorsed by dozens of papers": the agent holds the stance
                agent, span = agentive
                s, e = _cue_span(tok)
                klass = lex.speech.get(lemma) or verbs[lemma]
                att = _Attribution(cue=tok, cue_text=text[s:e], cue_class=klass, cue_start=s, cue_end=e)
                att.speaker_head = agent
                att.speaker_span, att.entity, att.desc = _resolve(agent, actors, state, lex)
                extra.append(_make_quote(text, None, span, False, att))
                contents.append(span)
            continue
        # the subject, also of a conjoined or infinitive verb ("met Cruz and endorsed him")
        subj = _subject(tok)
        if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBG":
            subj = tok.head  # "a statement calling the plan a failure": the noun it describes
        # "Citing a theory, Trump accused ...": a fronted participle's subject is the main clause's
        fronted = tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i < tok.head.i
        if subj is None or subj.i > tok.i and tok.dep_ != "parataxis" and not fronted:
            continue
        head = subj
        if subj.lower_ in ("who", "that", "which") and subj.head.dep_ == "relcl":
            # "Cruz, who refused to endorse Trump": the relative pronoun stands for Cruz
            head = subj.head.head
        klass = lex.speech.get(lemma) or verbs.get(lemma, "say")
        organisation = (
            head.lower_ == "it" and klass in _ORGANISATION_STANCES and lemma not in _PHYSICAL_SENSES
        )
        if not (_attitude_source(head) or organisation):
            continue
        parts = _object_side(tok, lemma, verbs, preps, lex)
        if parts is None:
            continue
        span = (parts[0][0], parts[-1][1])
        if any(s < span[1] and span[0] < e for s, e in contents):
            continue  # already reported as a quote
        s, e = _cue_span(tok)
        att = _Attribution(cue=tok, cue_text=text[s:e], cue_class=klass, cue_start=s, cue_end=e)
        att.speaker_head = head
        att.speaker_span, att.entity, att.desc = _resolve(head, actors, state, lex)
        split = _Marked(parts, parts) if len(parts) > 1 else None
        extra.append(_make_quote(text, split, span, False, att))
        contents.append(span)
    for q in _characterisations(doc, quoted, quotes + extra, taken, actors, state, lex):
        extra.append(q)
    return sorted((_relative_source(doc, q) for q in quotes + extra), key=lambda q: (q.start, q.end))


# Prepositions that bring in what a verb characterises its object as ("X as a 'con artist'", "likened X to 'Y'").
_CHARACTERISING_PREPS = frozenset({"as"})
_COORDINATED_QUOTE = re.compile(r"[\s,]*(?:and|or)\s+(?:(?:a|an|the)\s+)?", re.I)


def _characterisations(
    doc: Doc,
    quoted: list[tuple[int, int]],
    found: list[Quote],
    taken: list[tuple[int, int]],
    actors: ActorIndex,
    state: _State,
    lex: _Lexicon,
) -> list[Quote]:
    """Quoted characterisations of an object: 'Reid has gone after Trump as a "spoiled brat"'.

    ``find_quotes`` drops a short quote no cue governs as a scare quote. When the quote
    stands in an "as" (or "to") phrase of a verb that has an object and a source as its
    subject, the subject characterises the object in those words, whatever the verb
    ("pounding Trump as a 'con artist'", "admires Putin as a 'strong leader'",
    "likened the rules to 'burning the Constitution'"). The content is the object
    through the quote; the verb is the cue.
    """
    text = _text(doc)
    out: list[Quote] = []
    for qs, qe in quoted:
        if any(s < qe and qs < e for s, e in ((q.start, q.end) for q in found + out)):
            continue
        k = _first_token_at(doc, qs) - 1
        while k >= 0 and doc[k].lower_ in ("a", "an", "the"):
            k -= 1
        if k < 1 or doc[k].lower_ not in _CHARACTERISING_PREPS:
            continue
        obj = doc[k - 1]
        # the object's head: "pounding Trump as ...", "has gone after Trump as ..."
        if obj.dep_ not in ("dobj", "pobj") or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        verb = obj.head if obj.dep_ == "dobj" else obj.head.head
        if verb.pos_ != "VERB" or _in_any(verb.idx, quoted) or _in_any(verb.idx, taken):
            continue
        subj = _subject(verb)
        if subj is None or subj.i > verb.i:
            continue
        head = verb.head if subj.lower_ in ("who", "that", "which") and subj.head == verb else subj
        if not _attitude_source(head):
            continue
        end = qe
        for ns, ne in quoted:
            # '... as a "human leech" and a "spoiled brat"': the characterisations go on
            if ns >= end and _COORDINATED_QUOTE.fullmatch(text, end, ns):
                end = ne
        span = _strip(text, obj.left_edge.idx, end)
        s, e = _cue_span(verb)
        lemma = verb.lemma_.lower()
        att = _Attribution(
            cue=verb, cue_text=text[s:e], cue_class=lex.speech.get(lemma, "describe"), cue_start=s, cue_end=e
        )
        att.speaker_head = head
        att.speaker_span, att.entity, att.desc = _resolve(head, actors, state, lex)
        out.append(_make_quote(text, None, span, True, att))
    return out


def _seeming(tok: Token) -> list[tuple[int, int]] | None:
    """Subject and complement of a verb of seeming ("X seems to Y", "X appeared content"), or None.

    An expletive subject ("it seems that ...") leaves the clause alone; a verb with no
    complement ("she appeared on Fox News") is not one of seeming.
    """
    doc = tok.doc
    comp = next((c for c in tok.rights if c.dep_ in ("xcomp", "acomp", "oprd", "attr", "ccomp")), None)
    subj = _own_subject(tok)
    if (
        comp is None
        or subj is None
        or (comp.dep_ == "xcomp" and not any(c.dep_ == "aux" for c in comp.children))
    ):
        return None
    second = _content_span(doc, [t for t in comp.subtree if t.sent == tok.sent], aside=False)
    if subj.lower_ == "it" and comp.dep_ == "ccomp":
        return [second] if second is not None else None
    if comp.dep_ == "ccomp":
        return None
    first = _content_span(doc, list(subj.subtree), aside=False)
    if first is None or second is None:
        return None
    return [first, second]


def _relative_source(doc: Doc, quote: Quote) -> Quote:
    """The source mention as PolNeAR marks it: a relative pronoun ("Beck, who said ...") is the source.

    The speaker stays the person the pronoun stands for; only the mention moves.
    """
    if quote.cue_start is None or quote.cue_end is None or quote.speaker_start is None:
        return quote
    cue = next(
        (
            t
            for t in reversed(_tokens_between(doc, quote.cue_start, quote.cue_end))
            if t.pos_ in ("VERB", "AUX")
        ),
        None,
    )
    rel = None if cue is None else next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if rel is None or rel.lower_ not in ("who", "which", "that") or cue.dep_ != "relcl":
        return quote
    return replace(quote, speaker_start=rel.idx, speaker_end=rel.idx + len(rel.text))


def _sourceless(tok: Token) -> list[tuple[int, int]] | None:
    """Subject and infinitive of a passive belief verb ("X is expected to win"), or None."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    inf = next((c for c in tok.rights if c.dep_ == "xcomp"), None)
    if subj is None or inf is None or any(c.dep_ == "agent" for c in tok.children):
        return None
    first = _content_span(tok.doc, list(subj.subtree))
    second = _content_span(tok.doc, [t for t in inf.subtree if t.sent == tok.sent])
    if first is None or second is None:
        return None
    return [first, second]


def _possessed_clause(tok: Token) -> tuple[Token, tuple[int, int]] | None:
    """Possessor and clause of "X's view is that ...", "his argument was that ...", or None."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    head = tok.head
    if poss is None or tok.dep_ != "nsubj" or head.lemma_.lower() != "be" or not _attitude_source(poss):
        return None
    comp = next((c for c in head.rights if c.dep_ in ("ccomp", "attr")), None)
    if comp is None or not any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children):
        return None
    span = _content_span(tok.doc, [t for t in comp.subtree if t.sent == tok.sent])
    return (poss, span) if span is not None else None


def _by_agent(tok: Token) -> tuple[Token, tuple[int, int]] | None:
    """The agent and the subject of a passive stance verb ("X was endorsed by Y"), or None."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    by = next((c for c in tok.rights if c.dep_ == "agent"), None)
    agent = None if by is None else next((c for c in by.children if c.dep_ == "pobj"), None)
    if subj is None or agent is None or not _attitude_source(agent):
        return None
    span = _content_span(tok.doc, list(subj.subtree))
    return (agent, span) if span is not None else None


def _attitude_source(subj: Token) -> bool:
    """Whether a subject can hold a belief or stance: a name, a person pronoun, a common noun."""
    lower = subj.lower_
    if lower in _ATTITUDE_PRONOUNS:
        return lower != "who"
    if subj.pos_ == "PROPN":
        return True
    # PolNeAR takes any noun subject as a source ("records show", "the two camps agree"),
    # and quantities of people ("most of them say", "many expect")
    return subj.pos_ == "NOUN" or (subj.pos_ in ("ADJ", "NUM", "PRON") and subj.lower_ in _QUANTIFIERS)


_CIRCUMSTANCE_PREPS = frozenset(
    {"after", "before", "during", "since", "at", "in", "on", "through", "via", "amid"}
)


def _condition(child: Token) -> bool:
    """A condition of what is held ("will make him secretary if he wins"): part of the content."""
    return child.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children
    )


def _circumstance(child: Token) -> bool:
    """A prepositional phrase of time, place or medium ("after a meeting", "on Twitter")."""
    return child.dep_ == "prep" and child.lower_ in _CIRCUMSTANCE_PREPS


def _object_side(
    tok: Token, lemma: str, verbs: dict[str, str], preps: dict[str, frozenset[str]], lex: _Lexicon
) -> list[tuple[int, int]] | None:
    """The content of a stance verb (its clause, infinitive, or object with complements) as parts."""
    doc = tok.doc
    bound = preps.get(lemma, frozenset())
    for child in tok.rights:
        if child.dep_ in ("prep", "prt") and child.lower_ in bound:
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                span = _content_span(doc, list(doc[objs[0].left_edge.i : objs[-1].right_edge.i + 1]))
                return [span] if span is not None else None
    if lemma not in verbs and lemma not in lex.speech:
        return None
    phrasal = next((c for c in tok.rights if c.dep_ == "prep" and f"{lemma} {c.lower_}" in lex.phrasal), None)
    inf = next((c for c in tok.rights if c.dep_ == "xcomp"), None)
    if phrasal is not None and inf is not None and inf.i > phrasal.i:
        # "called on Congress to act": who is called on and what to do, as with "urged Congress to act"
        toks = [t for t in doc[phrasal.i + 1 : inf.right_edge.i + 1] if t.sent == tok.sent]
        span = _content_span(doc, toks, aside=False)
        return [span] if span is not None else None
    kids = [c for c in tok.rights if (c.dep_ in _OBJECT_DEPS and not _circumstance(c)) or _condition(c)]
    while kids and kids[-1].dep_ == "prep" and len(kids) > 1 and kids[-2].dep_ == "prep":
        kids.pop()  # only the first prepositional complement ("criticised X over Y", not "... in Z")
    as_clause = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
    reports = lemma in lex.speech or verbs.get(lemma) in ("show", "believe")
    if (tok.dep_ == "parataxis" or as_clause) and not kids and reports:
        # "The plan will fail, he said.", "As the poll shows, ...": the clause the cue is set into
        inner = {t.i for t in tok.subtree}
        outer = [t for t in tok.head.subtree if t.i not in inner and t.sent == tok.sent]
        while outer and (outer[0].dep_ == "cc" or outer[0].is_punct) and outer[0].i < tok.left_edge.i:
            outer = outer[1:]  # "But in recent days, he said, ...": the writer's connective
        span = _content_span(doc, outer)
        left = _content_span(doc, [t for t in outer if t.i < tok.left_edge.i])
        right = _content_span(doc, [t for t in outer if t.i > tok.right_edge.i])
        lead = [t for t in outer if t.i < tok.left_edge.i and not t.is_punct]
        if len(lead) == 1 and lead[0].dep_ in ("advmod", "cc"):
            left = None  # "Still, he said, ...": a connective of the writer's
        if left is not None and right is not None:
            return [left, right]  # "Loyalty, he noted, has long been ...": the content around the cue
        if right is not None and left is None:
            return [right]
        return [span] if span is not None else None
    if not kids or not any(c.dep_ in ("dobj", "xcomp", "ccomp", "oprd") for c in kids):
        return None
    # "asked the mayor if ...", "told him that ...": the addressee is not content; an
    # open question is (PolNeAR annotates what was asked)
    asking = lex.speech.get(lemma) == "ask"  # "asked X if ...": the parser may call the question a condition
    first = next((c for c in kids if c.dep_ == "ccomp" or (asking and c.dep_ == "advcl")), kids[0])
    if first.dep_ == "ccomp" and _relative_misparse(tok, first, lex):
        first = next(c for c in kids if c.dep_ == "dobj" and c.i < first.i)
    end = kids[-1].right_edge.i
    coordinated = _coordinated_object(tok, kids, verbs, lex)
    if coordinated is not None:
        end = max(end, coordinated.right_edge.i)
    toks = [t for t in doc[first.left_edge.i : end + 1]]
    if toks and toks[0].dep_ == "mark" and toks[0].lower_ == "that":
        toks = toks[1:]
    # the content stays in the cue's sentence
    toks = _without_trailing_channel([t for t in toks if t.sent == tok.sent], lex)
    span = _content_span(doc, toks)
    return [span] if span is not None else None


def _without_trailing_according(toks: list[Token]) -> list[Token]:
    """The content without a closing ", according to X": the source of the report, not its content.

    'Zelensky said that choosing Ukraine "is a very important signal," according to his office'.
    """
    words = [t for t in toks if not t.is_punct]
    for k, t in enumerate(toks):
        j = k - 1
        while j > 0 and toks[j].text in _QUOTE_CHARS:
            j -= 1  # 'people," according to': the comma inside the closing mark
        if (
            t.lower_ == "according"
            and j > 0
            and toks[j].text == ","
            and words
            and max(t.right_edge.i, t.i + 2) >= words[-1].i
            and t.i + 1 < len(t.doc)
            and t.doc[t.i + 1].lower_ == "to"
        ):
            return toks[:k]
    return toks


def _without_trailing_channel(toks: list[Token], lex: _Lexicon) -> list[Token]:
    """The content without a closing "on Twitter" / "in a statement" (``channels.json``): how, not what."""
    words = [t for t in toks if not t.is_punct]
    if len(words) < 3:
        return toks
    for k, t in enumerate(toks):
        if t.dep_ != "prep" or t.lower_ not in ("on", "in", "via") or t.right_edge.i != words[-1].i:
            continue
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if (
            obj is not None
            and k > 0
            and {obj.lemma_.lower(), obj.lower_} & lex.channels.get(t.lower_, frozenset())
        ):
            return toks[:k]
    return toks


def _relative_misparse(cue: Token, comp: Token, lex: _Lexicon) -> bool:
    """Whether a clause the parser hung on the cue is a relative clause of its object.

    "cited disparaging remarks Trump had made about her": a thing as the object and a
    clause without "that" after it; the object with its clause is the content. An
    addressee ("told reporters the plan would fail") is a person, and is not content.
    """
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i < comp.i), None)
    return (
        obj is not None
        and obj.pos_ == "NOUN"
        and obj.lemma_.lower() not in lex.source_nouns
        and obj.ent_type_ != "PERSON"
        and not any(m.dep_ == "mark" for m in comp.children)
    )


def _coordinated_object(tok: Token, kids: list[Token], verbs: dict[str, str], lex: _Lexicon) -> Token | None:
    """A conjunct the parser hung on the cue that continues its object, or None.

    "wants to triple X, grow Y and create Z" and "emphasizing fairness, and a need to
    ..." are parsed with "grow" and "need" conjoined to the cue, not to its object; they
    are content. A conjunct is taken when it has no subject, is not itself a cue, and
    has the object's form (a noun after a noun object, a verb of the infinitive's or
    gerund's form that differs from the cue's own) - "endorsed Trump and campaigned
    in Ohio" keeps its second verb out.
    """
    obj = next((c for c in kids if c.dep_ in ("dobj", "xcomp")), None)
    if obj is None:
        return None
    for c in tok.rights:
        if c.dep_ != "conj" or c.i <= kids[-1].right_edge.i:
            continue
        if any(g.dep_ in _SUBJ_DEPS for g in c.children):
            return None
        lemma = c.lemma_.lower()
        if lemma in lex.speech or lemma in verbs or lemma in lex.cognition:
            return None
        if obj.dep_ == "dobj" and obj.pos_ in ("NOUN", "PROPN") and c.pos_ in ("NOUN", "PROPN"):
            return c
        if c.pos_ == "VERB" and c.tag_ != tok.tag_ and c.tag_ == obj.tag_:
            return c
        if c.pos_ == "VERB" and c.tag_ == "VBG" and obj.dep_ == "dobj" and c.tag_ != tok.tag_:
            return c  # "mentioned refinancing loans and forcing universities to ..."
        return None
    return None


def _fronted_source(tok: Token, lex: _Lexicon) -> list[tuple[int, int]] | None:
    """The clause after a sentence-opening "In <poll>," (``cues.json["in_sources"]``), or None.

    Only a phrase that opens its sentence counts ("Clinton leads in the poll" is not
    annotated as the poll's claim), and not when the clause has a speaker of its own
    ("In a study, the group said ...": the group's quote).
    """
    sent = tok.sent
    lead = [t for t in sent if t.i < tok.i and not t.is_space]
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    head = tok.head
    if (
        tok.dep_ != "prep"
        or any(not (t.is_punct or t.dep_ == "cc") for t in lead)
        or obj is None
        or obj.lemma_.lower() not in _cue_lemmas("in_sources")
        or head.i < tok.i
        or head.pos_ not in ("VERB", "AUX")
        or _cue_class(head, lex)
    ):
        return None
    toks = [t for t in head.subtree if t.i > tok.right_edge.i and t.sent == sent]
    span = _content_span(tok.doc, toks, aside=False)
    return [span] if span is not None and _words(_text(tok.doc)[span[0] : span[1]]) >= 3 else None


@lru_cache(maxsize=1)
def _attitude_adjectives() -> dict[str, str]:
    cues = _data("cues.json")
    return {k: v for k, v in cues["attitude_adjectives"].items() if not k.startswith("_")}


# Prepositions that carry what a stance adjective is about ("critical of", "skeptical about").
_ADJECTIVE_PREPS = frozenset({"of", "about", "on", "toward", "towards"})


def _adjective_stance(tok: Token) -> tuple[Token, tuple[int, int]] | None:
    """Source and content of a stance adjective after a copula ("X is critical of Y"), or None."""
    if tok.dep_ not in ("acomp", "oprd") or tok.head.lemma_.lower() not in ("be", "remain", "seem", "appear"):
        return None
    subj = _subject(tok.head)
    if subj is None or subj.i > tok.i:
        return None
    if subj.lower_ in ("who", "that", "which") and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "Graham, who has been critical of Trump"
    if not _attitude_source(subj):
        return None
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in _ADJECTIVE_PREPS:
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            toks = list(objs[0].subtree) if objs else []
        elif child.dep_ in ("xcomp", "ccomp"):
            toks = list(child.subtree)
        else:
            continue
        span = _content_span(tok.doc, [t for t in toks if t.sent == tok.sent])
        return (subj, span) if span is not None else None
    return None
