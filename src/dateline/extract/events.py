"""Events: PLOVER-coded events with actors, status, date, place, money, items and evidence.

How an event is found, per sentence of the parsed body:

1. A *trigger* is a verb or noun whose lemma the lexicon (``data/events/lexicon.json``)
   lists under a PLOVER type. Phrasal triggers ("pull out", "call for") need their
   particle. A verb whose object is a nominal trigger ("held talks", "launched a
   campaign") yields to the noun; a pledge/plan verb ("promised to provide") is a
   status cue for the verb it governs, not an event of its own.
2. *Arguments* come from the dependency parse: the subject (inherited through
   xcomp/conj/advcl, the head of a relative clause, the ``by`` agent of a passive),
   objects, datives and the type's target prepositions; each argument phrase is
   turned into actors by the actor resolver (names, pronouns, titles, demonyms).
   Every actor is reported with the state it acts for (``state_of``).
3. *Status* reads negation, modals, conditionals, governing pledge/plan/negating
   verbs, tense and aspect along the clause chain.
4. *Date*, *location*, *amount* and *items* are the facts of other extractors that
   fall inside the trigger's phrase.
5. Mentions of one action (same type and overlapping sides) are merged into one
   event that keeps every evidence span.

Besides the triggers, whole-clause readings add events: reported speech that blames
someone (ACCUSE), a speaker saying another actor should or must act (REQUEST),
claims of attacks by a state's spokesman. Protests, strikes and arrests by people the
article does not name as an actor are kept with no source, like unattributed attacks.

Otherwise only events with a named (or resolvable) source are kept: a fact without its
actor is not one an analyst can use.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..parse import Parsed, entity_of
from ..records import Amount, DateRef, Entity, Event, Item, Quote
from ..resolve.actors import PLACE_NOUNS, ActorIndex
from ..resolve.gazetteer import CAPITAL, CITY, PLACE, STATE
from ..resolve.gazetteer import load as gazetteer
from . import extractor_id
from .amounts import uncounted_goods

EXTRACTOR = extractor_id("dateline.events")  # the version lives in the registry, extract.EXTRACTORS
# NONE probability at which the learned typer vetoes a sentence's rule events (1.0 = never)
NONE_VETO = 0.8

# Types where a missing target is normal ("X resigned", "protesters marched").
_TARGETLESS_OK = {"REQUEST", "PROTEST", "MOBILIZE", "ASSAULT"}
_SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
_MATERIAL = {"AID", "COOPERATE"}
# Acts done to a place's people, whose target is the place when no one is named
_PLACE_SCOPED = {"CONCEDE", "RETREAT"}
# What a verb already takes as its own object or complement (so it shares no conjunct's object)
_OWN_OBJECTS = {"dobj", "dative", "prep", "xcomp", "ccomp", "attr", "oprd"}
# prepositions ordering an act in time against the clause's own ("after signing", "following talks")
_BEFORE_AFTER = {"after", "before", "following", "since", "upon", "during", "amid"}
_SPEECH_ACTS = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT"}
_CONFLICTUAL = {"SANCTION", "COERCE", "ASSAULT", "PROTEST", "RETREAT", "REJECT", "MOBILIZE"}
_PRONOUNS = {
    "he",
    "she",
    "it",
    "they",
    "him",
    "her",
    "them",
    "his",
    "its",
    "their",
    "we",
    "our",
    "us",
    "i",
    "my",
    "me",
}
_FIRST_PERSON = {"we", "our", "us", "i", "my", "me"}
_NON_FIRST_PERSON = _PRONOUNS - _FIRST_PERSON  # a pronoun that never means the speaker


def _pronoun(tok: Token, among: set[str] = _PRONOUNS) -> bool:
    """A personal pronoun, not an abbreviation spelled like one: "us" but never "the US"."""
    return tok.lower_ in among and (tok.text == "I" or not tok.text.isupper() or len(tok.text) == 1)


def _first_person_words(text: str) -> set[str]:
    return {
        w.lower()
        for w in (w.strip(".,;:!?\"'“”‘’") for w in text.split())
        if w and (w == "I" or not w.isupper())
    } & _FIRST_PERSON


_REFLEXIVES = {"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"}
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_RELATIVE_OBJECTS = {"who", "whom", "which", "that"}
_CLAUSE_CUT = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "appos", "parataxis"}


@dataclass(frozen=True)
class Lexicon:
    """The trigger lexicon, read from a JSON data file (see ``data/events/lexicon.json``)."""

    verbs: dict[str, tuple[tuple[str, str | None], ...]]
    nouns: dict[str, tuple[tuple[str, str | None], ...]]
    particles: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    target_preps: dict[str, frozenset[str]]
    light_verbs: frozenset[str]
    temporal_preps: frozenset[str]
    pledge_verbs: frozenset[str]
    plan_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    speech_lemmas: frozenset[str]
    not_targets: frozenset[str]
    verb_objects: dict[str, tuple[tuple[str, frozenset[str]], ...]]
    civilian_nouns: frozenset[str]
    civilian_protest_verbs: frozenset[str]
    possessor_is_target: frozenset[str]
    habitual_adverbs: frozenset[str]
    targetless_lemmas: frozenset[str]
    needs_military_subject: frozenset[str]
    people_groups: dict[str, tuple[str, ...]]
    military_nouns: frozenset[str]
    goods_nouns: frozenset[str]
    accusation_cues: frozenset[str]
    non_actor_heads: frozenset[str]
    needs_goods: frozenset[str]
    state_sectors: frozenset[str]
    speech_act_verbs: frozenset[str]
    intransitive_protest: frozenset[str]
    aid_package_nouns: frozenset[str]
    needs_money: frozenset[str]
    figurative_assault: frozenset[str]
    message_nouns: frozenset[str]
    military_only_nouns: frozenset[str]
    military_modifiers: frozenset[str]
    topic_verbs: frozenset[str]
    labeling_verbs: frozenset[str] = frozenset()
    praise_cues: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    answered_nouns: dict[str, str] = field(default_factory=dict)
    evidence_nouns: frozenset[str] = frozenset()

    # every other top-level list of words in the file, read through ``words(name)``
    lists: dict[str, frozenset[str]] = field(default_factory=dict)
    # every other top-level table of word -> word list, read through ``table(name)``
    tables: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)

    def words(self, name: str) -> frozenset[str]:
        """A plain word list of the lexicon file by its key ("intent_adjectives", ...)."""
        return self.lists.get(name, frozenset())

    def table(self, name: str) -> dict[str, frozenset[str]]:
        """A word -> word list table of the lexicon file by its key ("figurative_objects", ...)."""
        return self.tables.get(name, {})

    def noun_is(self, lemma: str, etype: str) -> bool:
        """Whether ``lemma`` is a nominal trigger of the PLOVER type ``etype``."""
        return any(t == etype for t, _ in self.nouns.get(lemma, ()))


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read a trigger lexicon; the bundled one when ``path`` is None."""
    if path is None:
        return _bundled_lexicon()
    return _parse_lexicon(json.loads(Path(path).read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def _bundled_lexicon() -> Lexicon:
    text = resources.files("dateline").joinpath("data", "events", "lexicon.json").read_text(encoding="utf-8")
    return _parse_lexicon(json.loads(text))


def _parse_lexicon(raw: dict) -> Lexicon:
    verbs: dict[str, list] = {}
    nouns: dict[str, list] = {}
    particles: dict[str, list] = {}
    preps: dict[str, frozenset[str]] = {}
    for etype, spec in raw["types"].items():
        for lemma, mode in spec.get("verbs", {}).items():
            verbs.setdefault(lemma, []).append((etype, mode))
        for lemma, mode in spec.get("nouns", {}).items():
            nouns.setdefault(lemma, []).append((etype, mode))
        for lemma, parts in spec.get("particles", {}).items():
            particles.setdefault(lemma, []).append((etype, tuple(parts)))
        preps[etype] = frozenset(spec.get("target_preps", []))
    vobj: dict[str, list] = {}
    for etype, pairs in raw.get("verb_objects", {}).items():
        for lemma, objects in pairs.items():
            vobj.setdefault(lemma, []).append((etype, frozenset(objects)))
    return Lexicon(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        particles={k: tuple(v) for k, v in particles.items()},
        target_preps=preps,
        light_verbs=frozenset(raw.get("light_verbs", [])),
        temporal_preps=frozenset(raw.get("temporal_preps", [])),
        pledge_verbs=frozenset(raw.get("pledge_verbs", [])),
        plan_verbs=frozenset(raw.get("plan_verbs", [])),
        negating_verbs=frozenset(raw.get("negating_verbs", [])),
        speech_lemmas=frozenset(raw.get("speech_lemmas", [])),
        not_targets=frozenset(raw.get("not_targets", [])),
        verb_objects={k: tuple(v) for k, v in vobj.items()},
        civilian_nouns=frozenset(raw.get("civilian_nouns", [])),
        civilian_protest_verbs=frozenset(raw.get("civilian_protest_verbs", [])),
        possessor_is_target=frozenset(raw.get("possessor_is_target", [])),
        habitual_adverbs=frozenset(raw.get("habitual_adverbs", [])),
        targetless_lemmas=frozenset(raw.get("targetless_lemmas", [])),
        needs_military_subject=frozenset(raw.get("needs_military_subject", [])),
        people_groups={k: tuple(v) for k, v in raw.get("people_groups", {}).items() if not k.startswith("_")},
        lists={
            k: frozenset(v)
            for k, v in raw.items()
            if isinstance(v, list) and all(isinstance(w, str) for w in v)
        },
        tables={
            k: {w: frozenset(ws) for w, ws in v.items()}
            for k, v in raw.items()
            if isinstance(v, dict)
            and v
            and all(isinstance(ws, list) and all(isinstance(w, str) for w in ws) for ws in v.values())
        },
        military_nouns=frozenset(raw.get("military_nouns", [])),
        goods_nouns=frozenset(raw.get("goods_nouns", [])),
        accusation_cues=frozenset(raw.get("accusation_cues", [])),
        non_actor_heads=frozenset(raw.get("non_actor_heads", [])),
        needs_goods=frozenset(raw.get("needs_goods", [])),
        state_sectors=frozenset(raw.get("state_sectors", [])),
        speech_act_verbs=frozenset(raw.get("speech_act_verbs", [])),
        intransitive_protest=frozenset(raw.get("intransitive_protest", [])),
        aid_package_nouns=frozenset(raw.get("aid_package_nouns", [])),
        needs_money=frozenset(raw.get("needs_money", [])),
        figurative_assault=frozenset(raw.get("figurative_assault", [])),
        message_nouns=frozenset(raw.get("message_nouns", [])),
        military_only_nouns=frozenset(raw.get("military_only_nouns", [])),
        military_modifiers=frozenset(raw.get("military_modifiers", [])),
        topic_verbs=frozenset(raw.get("topic_verbs", [])),
        labeling_verbs=frozenset(raw.get("labeling_verbs", [])),
        praise_cues=frozenset(raw.get("praise_cues", [])),
        role_nouns=frozenset(raw.get("role_nouns", [])),
        answered_nouns=dict(raw.get("answered_nouns", {})),
        evidence_nouns=frozenset(raw.get("evidence_nouns", [])),
    )


# --------------------------------------------------------------------------- context


@dataclass
class _Ctx:
    parsed: Parsed
    actors: ActorIndex
    dates: list[DateRef]
    amounts: list[Amount]
    items: list[Item]
    quotes: list[Quote]
    lex: Lexicon
    lede_end: int | None = None  # token index where the fifth sentence starts

    def actor_at(self, tok: Token) -> Entity | None:
        """The entity with a mention overlapping the token ``tok`` (``ActorIndex.at`` over its characters)."""
        return self.actors.at(tok.idx, tok.idx + len(tok.text))

    def quote_at(self, i: int) -> Quote | None:
        for q in self.quotes:
            spans = q.parts or ((q.start, q.end),)
            if q.direct and any(s <= i < e for s, e in spans):
                return q
        return None


@dataclass
class _Cand:
    type: str
    mode: str | None
    source: list[str]
    target: list[str]
    status: str
    start: int
    end: int
    trigger: Token
    date: str | None = None
    location: str | None = None
    amount: Amount | None = None
    items: tuple[Item, ...] = ()
    confidence: float = 0.5
    spans: list[tuple[int, int]] = field(default_factory=list)
    lede: bool = False
    channel: str | None = None
    answers: str | None = None  # REJECT of an accusation/request/offer: the type whose source is the target
    denial: bool = False  # REJECT of a charge ("denied the allegations"): an event even unanswered
    answered_noun: Token | None = None  # the noun naming the act a reaction answers ("the strikes")
    target_states: frozenset[str] = frozenset()  # the states the targets act for or belong to
    implicit_agent: bool = False  # a passive attack with no agent: its attacker comes from the article


# --------------------------------------------------------------------------- public


def find_events(
    parsed: Parsed,
    actors: ActorIndex,
    dates: list[DateRef],
    amounts: list[Amount],
    items: list[Item],
    quotes: list[Quote],
    *,
    lexicon: Lexicon | None = None,
    none_veto: float = NONE_VETO,
) -> list[Event]:
    """Find the PLOVER events of one parsed article.

    Args:
        parsed: the document and its spaCy parse.
        actors: the article's actor index (entities, pronoun and title resolution).
        dates, amounts, items, quotes: facts of the other extractors (offsets into the body).
        lexicon: a trigger lexicon; the bundled one by default.

    Returns:
        Events in text order, one per distinct action.

    Example:
        >>> from dateline import extract
        >>> art = extract("Japan will provide five generators to Ukraine.", published="2024-01-07")
        >>> [(e.type, e.status) for e in art.events]
        [('AID', 'pledged')]
    """
    ctx = _Ctx(
        parsed, actors, list(dates), list(amounts), list(items), list(quotes), lexicon or load_lexicon()
    )
    cands: list[_Cand] = []
    for sent in parsed.doc.sents:
        for tok in sent:
            for etype, mode in _trigger_types(tok, ctx.lex):
                cand = _build(tok, etype, mode, sent, ctx)
                if cand is not None:
                    cands.append(cand)
    if none_veto < 1.0:
        cands = _veto_eventless_sentences(cands, none_veto)
    cands += _accusations_in_quotes(ctx)
    cands += _allegations_of_evidence(ctx)
    cands += _demands_in_speech(ctx)
    cands += _claimed_attacks(cands, ctx)
    cands.sort(key=lambda c: c.start)
    cands = _implicit_attackers(cands, ctx)
    cands = _answer_rejections(cands)
    cands = [c for c in cands if not _orders_own_act(c, ctx.lex)]
    _package_values(cands, ctx)
    _recipients_of_the_participle(cands)
    _recipients_of_the_appeal(cands, ctx)
    merged = _merge(cands, ctx.lex)
    _corefer_dates(merged)
    _refine_weeks(merged, ctx)
    _refine_places(merged, ctx)
    published = parsed.document.published
    for c in merged:
        if (
            c.date is None
            and c.lede
            and c.status == "occurred"
            and published
            and not _cumulative(c.trigger, ctx.lex)
            and not _known_agreement(c)
            and not _answered_act(c.trigger, ctx.lex)
        ):
            # news convention: an undated past action in the opening sentences is the day's news
            c.date = str(published)[:10]
    for c in merged:
        c.channel = _channel(c, ctx)
        if (
            c.status in ("occurred", "ongoing")
            and c.trigger.pos_ == "NOUN"
            and c.type not in _SPEECH_ACTS
            and published
            and _after(c.date, str(published)[:10])
        ):
            # "as a July NATO summit approaches" (in June): a meeting dated after the article is to
            # come (a statement is made when reported, whatever date its content names)
            c.status = "planned"
    return [_to_event(c, parsed.document.text) for c in merged]


def sentence_type(sent: Span, *, lexicon: Lexicon | None = None) -> tuple[str, str | None, Token] | None:
    """The PLOVER type of a sentence's main event: the trigger highest in its parse tree.

    Used where a sentence, not an article, is the unit (the PLOVER gold-standard
    records), and as a fallback when no event with resolved actors was found.

    Returns:
        ``(type, mode, trigger token)`` or None when the sentence has no trigger.
    """
    lex = lexicon or load_lexicon()
    best: tuple[int, int, str, str | None, Token] | None = None
    # "X said (that) Y must/should do Z": a demand put as a statement
    root = sent.root
    if root.lemma_.lower() in lex.speech_lemmas:
        for c in root.children:
            if c.dep_ == "ccomp" and any(
                a.dep_ == "aux" and a.lower_ in ("must", "should") for a in c.children
            ):
                return "REQUEST", None, root
    for tok in sent:
        for etype, mode in _trigger_types(tok, lex, yield_to_complement=False):
            depth = sum(1 for _ in tok.ancestors)
            # a trigger inside a reported clause outranks the bare reporting verb
            key = (depth, tok.i)
            if best is None or key < best[:2]:
                best = (depth, tok.i, etype, mode, tok)
    if best is None:
        return None
    return best[2], best[3], best[4]


def event_arguments(
    trigger: Token, etype: str, parsed: Parsed, actors: ActorIndex, *, lexicon: Lexicon | None = None
) -> tuple[list[Entity], list[Entity]]:
    """Source and target actors of a trigger token, read from the parse (no filtering)."""
    ctx = _Ctx(parsed, actors, [], [], [], [], lexicon or load_lexicon())
    if trigger.pos_ in ("NOUN", "PROPN"):
        src, tgt, _ = _nominal_args(trigger, etype, ctx)
    else:
        subj, passive = _subject(trigger, ctx.lex)
        src = _actors_of(subj, ctx) if subj is not None else []
        tgt = _targets(trigger, etype, ctx, passive=passive, source=src)
        act = subj if subj is not None and not passive and not src else None
        if (
            act is not None
            and act.pos_ == "NOUN"
            and any(t == etype for t, _ in _trigger_types(act, ctx.lex))
        ):
            # "the attack on the embassy by al-Shabaab killed 20": the act noun names the sides
            src, noun_tgt, _ = _nominal_args(act, etype, ctx)
            tgt = tgt or noun_tgt
        if not tgt and not passive:
            # "offered to negotiate with Armenia": one event per sentence, so the commitment
            # takes the target of the act it commits to
            tgt = _committed_act_targets(trigger, etype, ctx, src, any_act=True)
    node = trigger
    while not src and node.head.i != node.i:
        # "the United States speeded up the withdrawal": the nearest clause's actor
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subj, passive = _subject(node, ctx.lex)
            if subj is not None and not passive:
                src = _actors_of(subj, ctx)
    return src, tgt


def _veto_eventless_sentences(cands: list[_Cand], none_veto: float) -> list[_Cand]:
    """Drop candidates in sentences the learned typer is sure hold no event.

    Trigger words often appear without an event ("the aid debate", "attacks on the bill");
    the silver-trained classifier (``extract.typer``) recognises such sentences.
    """
    from .typer import NONE, classify_sents

    sents = list({c.trigger.sent.start: c.trigger.sent for c in cands}.values())
    if not sents:
        return cands
    probs = dict(zip((s.start for s in sents), classify_sents(sents), strict=True))
    return [c for c in cands if probs[c.trigger.sent.start].get(NONE, 0.0) < none_veto]


def event_status(
    trigger: Token, etype: str, parsed: Parsed, actors: ActorIndex, *, lexicon: Lexicon | None = None
) -> str:
    """The status (occurred, ongoing, planned, pledged, negated, hypothetical) of a trigger token."""
    return _status(trigger, etype, _Ctx(parsed, actors, [], [], [], [], lexicon or load_lexicon()))


# --------------------------------------------------------------------------- triggers


def _trigger_types(
    tok: Token, lex: Lexicon, *, yield_to_complement: bool = True
) -> list[tuple[str, str | None]]:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" or (tok.pos_ == "ADJ" and tok.tag_ == "VBN"):
        objects = {
            w
            for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass", "attr", "acomp", "oprd", "ccomp", "xcomp")
            for w in (c.lemma_.lower(), c.lower_)
        }
        # "imposed some of the toughest sanctions": the counted noun is the real object
        objects |= {
            w
            for c in tok.children
            if c.dep_ == "dobj" and c.lower_ in lex.words("quantity_nouns")
            for g in _prep_objects(c, "of")
            for w in (g.lemma_.lower(), g.lower_)
        }
        # "seize the opportunity", "pressing the self-destruct button", "forced a vote": an idiom
        # whose object is no actor and no act names no political event
        if objects & lex.table("figurative_objects").get(lemma, frozenset()):
            return []
        # "called Burma a success", "branded the vote a disgrace": the label given decides
        if lemma in lex.labeling_verbs:
            labelled = _label_type(tok, lex)
            if labelled is not None:
                return [labelled]
        if _sold_out(tok):
            return []  # "was sold out by Kerry": a betrayal (read in the quote as blame), no sale
        # "compared Netanyahu to Hitler": likening an actor to a villain accuses them
        if lemma in lex.words("comparison_verbs") and _likened_to_villain(tok, lex):
            return [("ACCUSE", "disapprove")]
        # "stood in solidarity with Britain", "stands behind Kyiv": standing with someone backs them
        if lemma == "stand" and any(
            c.dep_ == "prep"
            and (
                c.lower_ in ("behind", "by")
                or any(lex.noun_is(g.lemma_.lower(), "SUPPORT") for g in c.children)
                # "the US would stand with Ukraine": with a state or a body, not "with him on stage"
                or (
                    c.lower_ == "with"
                    and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG", "NORP") for g in c.children)
                    # "stood with Scholz at the press conference": side by side somewhere
                    and not any(p.dep_ == "prep" and p.lower_ in ("at", "on", "beside") for p in tok.children)
                )
            )
            for c in tok.children
        ):
            return [("SUPPORT", None)]
        # "workers struck General Motors plants", "the union struck the company": a stoppage of
        # work by those who do it (the lexicon's ``labour_subjects``) protests, it hits no one
        if lemma == "strike" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in lex.words("labour_subjects") for c in tok.children
        ):
            return [("PROTEST", "strike")]
        # "lift sanctions", "establish ties": the pair means what neither word does alone
        for etype, wanted in lex.verb_objects.get(lemma, ()):
            if objects & wanted:
                return [(etype, None)]
            # "sent Wagner fighters to Mali": fighters who are people move like troops
            moved = [c for c in tok.children if c.dep_ == "dobj"]
            moved += [
                g for c in moved if c.lower_ in lex.words("quantity_nouns") for g in _prep_objects(c, "of")
            ]
            if etype == "MOBILIZE" and any(_combatants(c, lex) for c in moved):
                return [(etype, None)]
        # "air defence shot down 40 drones", "intercepted 12 missiles": defending is no attack
        if lemma in lex.words("interception_verbs") and _projectile_object(tok, lex):
            return []
        # "North Korea fired two ballistic missiles into the sea", "test-fired a missile": a show
        # of force aimed at no one (PLOVER's MOBILIZE, weapons)
        if _weapons_test(tok, lex):
            return [("MOBILIZE", "weapons")]
        # "the bombs went off", "a device exploded": only a device made to explode is an attack
        # ("an ammunition depot exploded", "air raid sirens went off" are not)
        own_subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if _explodes(tok) and not _device_explodes(tok, own_subject, lex):
            return []
        # "ordered 300 troops to Cameroon": ordering one's forces somewhere deploys them
        if (
            lemma == "order"
            and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in lex.military_nouns or _combatants(c, lex))
                for c in tok.children
            )
            # to a place ("to Cameroon"), not to an act ("ordered the army to withdraw")
            and any(_names_a_place(g) for g in _prep_objects(tok, "to", "into"))
        ):
            return [("MOBILIZE", "troops")]
        # "shot down 40 drones launched by Russia": projectiles shot down were fired at someone, so
        # their launch is the attack (a missile test "fired into the sea" is not)
        if (
            lemma in lex.words("launch_verbs")
            and tok.dep_ == "acl"
            and tok.head.lemma_.lower() in lex.words("projectile_nouns")
            and (
                (
                    tok.head.head.lemma_.lower() in lex.words("interception_verbs")
                    and tok.head.dep_ in ("dobj", "nsubjpass")
                )
                # "shot down 20 out of 25 drones launched by Russia"
                or (
                    tok.head.dep_ == "pobj"
                    and tok.head.head.lower_ == "of"
                    and tok.head.head.head.lower_ == "out"
                    and tok.head.head.head.head.lemma_.lower() in lex.words("interception_verbs")
                )
                # "shot down 30 of the 35 drones launched by Russia": the count stands as the object
                or (
                    tok.head.dep_ == "pobj"
                    and tok.head.head.lower_ == "of"
                    and tok.head.head.head.like_num
                    and tok.head.head.head.dep_ in ("dobj", "npadvmod", "nsubjpass")
                    and tok.head.head.head.head.lemma_.lower() in lex.words("interception_verbs")
                )
            )
        ):
            return [("ASSAULT", None)]
        # "vowed to fight": a promise of harm is a threat (vow is no trigger of its own)
        if lemma in ("vow", "swear") and any(
            c.dep_ == "xcomp"
            and {t for t, _ in _trigger_types(c, lex, yield_to_complement=False)} & _CONFLICTUAL
            for c in tok.children
        ):
            return [("THREATEN", None)]
        # "would retaliate if attacked", "will respond to any attack with force": a promise to
        # answer harm with harm is a threat (under "warned"/"threatened" that verb is the trigger)
        if lemma in lex.words("retaliation_verbs") and _conditional_retaliation(tok, lex):
            return [("THREATEN", None)]
        # "US forces came under fire from a tank": an attack suffered, told from the target's side
        if _attack_suffered(tok, lex) is not None:
            return [("ASSAULT", None)]
        # "Canada said any French fishermen caught there would be arrested": harm promised to
        # whoever does something is a threat by the speaker
        if lemma in lex.speech_lemmas and _harm_to_any(tok, lex):
            return [("THREATEN", None)]
        # "handed over 12 suspects to Germany": passing people held to another state is cooperation
        if _hands_over_people(tok, lex):
            return [("COOPERATE", None)]
        # "Ukraine has received 12 F-16 jets from Denmark": goods received from a giver are its aid
        if _goods_received_from(tok, lex) is not None:
            return [("AID", None)]
        # "Biden called Netanyahu on Sunday": a call to a person, with no label given, is a phone call
        if lemma == "call" and _calls_someone(tok):
            return [("CONSULT", "phone")]
        # "the allies want Germany to do more": wanting another to act asks it to
        if lemma == "want" and _wants_another_to_act(tok, lex) and _stated_wish(tok, lex):
            return [("REQUEST", None)]
        found = list(lex.verbs.get(lemma, ()))
        for etype, parts in lex.particles.get(lemma, ()):
            # "called on Iran to stop", "called for talks": not "called Biden on Friday"
            has_prt = any(
                # "handed over X"; "pulled back" (the parser may call the particle an adverb)
                (c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("back", "out", "down", "off")))
                and c.lower_ in parts
                for c in tok.children
            ) or any(
                # "drove Islamic State out of Raqqa": forcing a foe out of a place is an attack
                # ("pulled him out of here" is no retreat, so only for ASSAULT)
                etype == "ASSAULT"
                and c.dep_ == "prep"
                and c.lower_ == "out"
                and "out" in parts
                and any(g.lower_ == "of" for g in c.children)
                for c in tok.children
            )
            # "launched 45 drones at Ukraine": the parser may hang the preposition on the projectile
            prep_hosts = [tok] + [
                o
                for c in tok.children
                if c.dep_ == "dobj"
                for o in (c, *c.conjuncts)
                if o.lemma_.lower() in lex.words("projectile_nouns")
            ]
            has_prep = any(
                c.dep_ == "prep" and c.lower_ in parts and not any(_time_word(g) for g in c.children)
                for h in prep_hosts
                for c in h.children
            ) and not any(
                # "called on X to", not "called Biden on Friday"; but "fired rockets at Israel",
                # "pull all of its troops out of Syria"
                c.dep_ == "dobj"
                and not any(
                    t.lower_ in lex.military_nouns or t.lemma_.lower() in lex.words("projectile_nouns")
                    for t in c.subtree
                )
                for c in tok.children
            )
            opened_fire = any(
                c.dep_ == "dobj" and c.lower_ == "fire" and "fire" in parts for c in tok.children
            )
            if has_prt or has_prep or opened_fire:
                found = [(etype, None)]
        # "received the Polish president" is hosting a visit; "received reports from Kharkiv" is not
        if lemma in lex.words("receive_verbs") and not _receives_guest(tok, lex):
            found = [f for f in found if f[0] != "CONSULT"]
        if not found:
            return []
        # "officials who asked not to be identified": a source's condition, not a request
        if any(
            c.dep_ == "xcomp"
            and c.lemma_.lower() in ("identify", "name")
            and any(a.dep_ == "auxpass" for a in c.children)
            for c in tok.children
        ):
            return []
        # "to halt the bombing of Aleppo": stopping an attack is no sanction
        if any(t == "SANCTION" for t, _ in found) and any(
            c.dep_ == "dobj" and {t for t, _ in lex.nouns.get(c.lemma_.lower(), ())} & {"ASSAULT", "COERCE"}
            for c in tok.children
        ):
            found = [f for f in found if f[0] != "SANCTION"]
            if not found:
                return []
        # "announced that ...", "approved the plan": announcing gives aid only when money is announced
        if lemma in lex.needs_money and not any(
            t.ent_type_ == "MONEY" for c in tok.children if c.dep_ == "dobj" for t in c.subtree
        ):
            found = [f for f in found if f[0] != "AID"]
            if not found:
                return []
        # "provide generators to help Ukraine": the purpose clause restates the gift
        if (
            tok.dep_ in ("advcl", "xcomp")
            and lemma in ("help", "assist", "aid", "support")
            and any(t == "AID" for t, _ in lex.verbs.get(tok.head.lemma_.lower(), ()))
        ):
            return []
        # "threatened to resume air raids", "called on Dean to apologize": what is threatened,
        # asked for or refused is the content of that speech act (its mode), not an event
        if yield_to_complement and _under_speech_act(tok, lex):
            return []
        # A light verb whose object is a nominal trigger yields to it ("held talks", "launched an attack");
        # so does a receiving verb ("received assistance from the US" is the assistance, not a visit).
        if (lemma in lex.light_verbs or lemma in lex.words("receive_verbs")) and any(
            c.dep_ in ("dobj", "attr") and c.lemma_.lower() in lex.nouns for c in tok.children
        ):
            return []
        # A pledge verb governing a gift is the gift's status cue ("promised to provide"); over
        # any other act it is the agreement itself ("agreed to cooperate", "offered to meet").
        if (
            yield_to_complement
            and lemma in lex.pledge_verbs
            # "pledged $100m to help Syria": with the gift as its own object the pledge is the gift
            and not any(c.dep_ == "dobj" for c in tok.children)
            and any(
                c.dep_ == "xcomp" and any(t == "AID" for t, _ in lex.verbs.get(c.lemma_.lower(), ()))
                for c in tok.children
            )
        ):
            return []
        return _disambiguate_verb(tok, found, lex)
    if tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NN", "NNS"):
        lemma2 = lemma
        if lemma == "strike" and any(c.lemma_.lower() in ("air", "drone", "missile") for c in tok.lefts):
            lemma2 = "airstrike"
        elif lemma == "strike" and _labour_strike(tok, lex):
            lemma2 = "walkout"  # "a general strike called by workers": a PROTEST, not a military strike
        if lemma == "game" and any(c.lower_ == "war" for c in tok.lefts):
            lemma2 = "wargame"  # "joint war games": a military exercise
        if lemma == "test" and any(
            c.lemma_.lower() in lex.words("weapons_test_modifiers") for c in tok.lefts
        ):
            lemma2 = "weaponstest"  # "conducted a sixth nuclear test": a show of force
        if lemma == "attack" and any(c.lower_ in ("cyber", "cyber-", "hacker") for c in tok.lefts):
            lemma2 = "cyberattack"  # "a Russian cyber attack": PLOVER's COERCE (cyber), not an assault
        if lemma == "sale" and not any(
            w.lemma_.lower() in lex.words("arms_words") or w.lower_ in lex.words("arms_words")
            for w in (
                *(c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")),
                *_prep_objects(tok, "of"),
            )
        ):
            return []  # "the sale of the company": commerce; "arms sales to Riyadh" cooperate
        found = list(lex.nouns.get(lemma2, ()) or lex.nouns.get(tok.lower_, ()))
        if (
            found
            and lemma2 in lex.military_only_nouns
            and not any(
                c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in lex.military_modifiers
                for c in tok.children
            )
            # "Turkey's offensive", "the Russian operation": a state's own (not "a charm offensive")
            and not (
                lemma2 == "offensive"
                and any(
                    c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("GPE", "NORP")
                    for c in tok.children
                )
                and not any(c.dep_ == "compound" and c.ent_type_ == "" for c in tok.children)
            )
            and not _against_armed(tok, lex)
            and not _bare_offensive_in_place(tok)
        ):
            return []  # "an election campaign", "a rescue operation": not an assault
        if found and yield_to_complement and _asked_or_threatened_via_light_verb(tok, lex):
            return []
        return found[:1]
    return []


def _asked_or_threatened_via_light_verb(noun: Token, lex: Lexicon) -> bool:
    """ "threatened to launch an operation against X", "urged Y to hold talks": the act a light
    verb's object names is the content of the speech act above it, as "threatened to attack X" is,
    not an event of its own. Only a speech verb that is itself a trigger counts: "vowed to launch
    an offensive" has no threat event to carry it, so that offensive stays a planned act."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex.light_verbs:
        return False
    speech = verb.head
    lemma = speech.lemma_.lower()
    return (
        verb.dep_ in ("xcomp", "ccomp")
        and speech.i != verb.i
        and speech.pos_ == "VERB"
        and lemma in lex.speech_act_verbs
        and bool(lex.verbs.get(lemma))
    )


_CALENDAR_NAMES = frozenset(
    w.lower() for w in (*calendar.day_name, *calendar.month_name, "Easter", "Christmas", "Ramadan") if w
)


def _time_word(tok: Token) -> bool:
    """Whether a preposition's object names a time ("on Friday", "at night"), not a place.

    The tagger may fold a place into a following time word ("at Odesa overnight" as one TIME
    span); a proper name that is no day, month or feast is still the place aimed at.
    """
    if tok.ent_type_ not in ("DATE", "TIME"):
        return False
    return not (tok.pos_ == "PROPN" and tok.lower_ not in _CALENDAR_NAMES)


def _calls_someone(verb: Token) -> bool:
    """ "Obama called Naghmeh Abedini", "Macron called Scholz on Friday": a named person as the only object, with no label ("called him a liar"), no "for"/"on" ("called for
    talks") and no clause ("called the vote rigged", "called Trump to congratulate" still counts)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if len(objs) != 1 or any(c.dep_ in ("oprd", "ccomp", "acomp", "attr", "prt") for c in verb.children):
        return False
    obj = objs[0]
    if any(c.dep_ in ("appos", "acomp", "amod") and c.i > obj.i for c in obj.children):
        return False  # "called the decision absurd" parsed onto the object
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("for", "on", "off")
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)  # "on Sunday" is when
        for c in verb.children
    ):
        return False
    # (a pronoun is left alone: "X called her" too often resolves to the wrong woman)
    return obj.ent_type_ == "PERSON" and verb.tag_ != "VBN"


def _wants_another_to_act(verb: Token, lex: Lexicon) -> bool:
    """ "want Germany to do more", "wants Kyiv to negotiate": a named actor as the object of "want"
    and an infinitive it should carry out (not an outcome: "wanted Trump to win", the lexicon's
    ``outcome_verbs``)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    inf = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB"), None)
    if obj is None or inf is None:
        obj = obj or (next((c for c in inf.children if c.dep_ == "nsubj"), None) if inf is not None else None)
    return (
        obj is not None
        and inf is not None
        and obj.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
        and inf.lemma_.lower() not in lex.words("outcome_verbs")
    )


def _stated_wish(verb: Token, lex: Lexicon) -> bool:
    """Was the wish told to someone? "Macron said he wanted Germany to do more", "Scholz told
    Zelensky he wanted Kyiv to negotiate", '"We want Berlin to act," Macron said': a wish the
    wisher states is a demand. The writer's account of a wish ("Putin wants Ukraine to
    surrender") tells what someone prefers, not that they asked anything."""
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in lex.speech_lemmas:
        return True
    # the quotation first: the speech verb hangs under the wish, or the wish is in quotation marks
    return any(
        c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in lex.speech_lemmas for c in verb.children
    ) or _quoted_words(verb)


_FUTURE_MODALS = {"will", "would", "'ll", "wo", "shall"}


def _conditional_retaliation(verb: Token, lex: Lexicon) -> bool:
    """Whether a retaliation verb states a threat: "would retaliate if X", "will respond to any attack".

    Needs a future or conditional modal and no negation, and one of: a condition ("if", "unless"),
    an answer to "any" act ("respond to any aggression"), or the means of force ("with force").
    Under a threatening or warning verb the outer verb is the trigger, so none is read here.
    """
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not aux & _FUTURE_MODALS or any(c.dep_ == "neg" for c in verb.children):
        return False
    head = verb.head
    if (
        verb.dep_ in ("ccomp", "xcomp")
        and lex.verbs.get(head.lemma_.lower())
        and any(t == "THREATEN" for t, _ in lex.verbs[head.lemma_.lower()])
    ):
        return False
    conditional = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )
    preps = [c for c in verb.children if c.dep_ == "prep"]
    to_any = any(
        p.lower_ in ("to", "against")
        and any(
            g.dep_ == "pobj" and any(d.lower_ in ("any", "every") for d in g.children) for g in p.children
        )
        for p in preps
    )
    forceful = any(
        p.lower_ == "with"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in lex.words("force_nouns") for g in p.children)
        for p in preps
    )
    if verb.lemma_.lower() == "respond":
        # "would respond to the letter if asked" answers; harm must be named by "any" act or force
        return forceful or (to_any and conditional) or (to_any and forceful)
    return conditional or to_any or forceful


def _attack_suffered(verb: Token, lex: Lexicon) -> Token | None:
    """The attack noun of "came under fire/attack/shelling" ("under" on the verb "come"), or None."""
    if verb.lemma_.lower() != "come":
        return None
    for g in _prep_objects(verb, "under"):
        if g.lemma_.lower() == "fire" or lex.noun_is(g.lemma_.lower(), "ASSAULT"):
            return g
    return None


def _attackers_named(verb: Token, noun: Token, ctx: _Ctx) -> list[Entity]:
    """The actors of the "from"/"by" phrases on an attack suffered ("under fire from Turkish jets")."""
    found: list[Entity] = []
    for host in (noun, verb):
        for c in host.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        found += [e for e in _actors_of(g, ctx) if e not in found]
    return found


def _harm_to_any(verb: Token, lex: Lexicon) -> bool:
    """A reported clause promising harm to "any"/"every" one of a kind ("any X would be arrested")."""
    for c in verb.children:
        if c.dep_ != "ccomp" or any(g.dep_ == "neg" for g in c.children):
            continue
        if not {a.lower_ for a in c.children if a.dep_ == "aux"} & _FUTURE_MODALS:
            continue
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not any(d.dep_ == "det" and d.lower_ in ("any", "every") for d in subj.children):
            continue
        if {t for t, _ in _trigger_types(c, lex, yield_to_complement=False)} & _CONFLICTUAL:
            return True
    return False


def _gazetteer_kind(tok: Token) -> str | None:
    """The kind of the gazetteer entry a token's word names (state, capital, city, place, ...)."""
    entry = gazetteer().lookup(tok.text)
    return entry.kind if entry is not None else None


def _names_a_place(tok: Token) -> bool:
    """A place name, by the tagger or the gazetteer (the tagger calls "Cameroon" an ORG at times)."""
    return tok.ent_type_ in ("GPE", "LOC") or _gazetteer_kind(tok) in (STATE, CAPITAL, CITY, PLACE)


def _explodes(verb: Token) -> bool:
    """ "exploded", "went off": a verb of blowing up."""
    lemma = verb.lemma_.lower()
    # (the parser tags the "off" of "went off" as a particle or as an adverb)
    return lemma == "explode" or (
        lemma == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "off" for c in verb.children)
    )


def _device_explodes(verb: Token, subj: Token | None, lex: Lexicon) -> bool:
    """ "the bombs went off", "a device exploded": what blows up (``subj``) is made to."""
    return _explodes(verb) and subj is not None and subj.lemma_.lower() in lex.words("explosive_devices")


def _weapons_test(verb: Token, lex: Lexicon) -> bool:
    """A missile test: a launch verb whose projectiles go into the sea, or a test verb with them."""
    lemma = verb.lemma_.lower()
    projectiles = [
        o
        for c in verb.children
        if c.dep_ == "dobj"
        for o in (c, *c.conjuncts)
        if o.lemma_.lower() in lex.words("projectile_nouns")
    ]
    if not projectiles:
        return False
    if lemma in lex.words("weapons_test_verbs") or any(
        c.dep_ == "npadvmod" and c.lower_ == "test" for c in verb.children
    ):
        return True  # "tested a cruise missile", "test-fired" (tokenised "test - fired")
    # the projectiles' own end: "into the sea", "off its east coast" ("into the Black Sea port of
    # Odesa" and "toward ships in the Red Sea" end in a target)
    waters = lex.words("open_waters")
    return lemma in lex.words("launch_verbs") and any(
        g.lemma_.lower() in waters
        for h in (verb, *projectiles)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("into", "off")
        for g in c.children
        if g.dep_ == "pobj"
    )


def _handed_people(verb: Token, lex: Lexicon) -> list[Token]:
    """The people a handover verb passes on ("12 Islamic State suspects"), or none."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.words("handed_people")
    ]


def _hands_over_people(verb: Token, lex: Lexicon) -> bool:
    """ "handed over 12 suspects to Germany", "extradited two fighters": people passed between states."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.words("handover_verbs") or not _handed_people(verb, lex):
        return False
    if lemma == "hand":
        return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "over" for c in verb.children)
    return True


def _projectile_object(verb: Token, lex: Lexicon) -> bool:
    """Is what the verb acts on a salvo of projectiles ("shot down 40 drones", "drones were
    intercepted", "downed 35 of the missiles")? One drone downed ("shot down a US surveillance
    drone") is an attack on its owner, a salvo stopped is defence against an attack."""
    projectiles = lex.words("projectile_nouns")
    # "shot down 20 out of 25 drones": the parser hangs the share on "out of"
    if any(
        g.lemma_.lower() in projectiles
        for o in verb.children
        if o.dep_ == "prep" and o.lower_ == "out"
        for g in _prep_objects(o, "of")
    ):
        return True
    for c in verb.children:
        # "shot down 35 of them": the parser may take the counted share for an adverbial
        if c.dep_ not in ("dobj", "nsubjpass") and not (c.dep_ == "npadvmod" and c.tag_ == "CD"):
            continue
        if c.lemma_.lower() in projectiles and c.tag_ == "NNS":
            return True
        # "35 of them", "most of the missiles": a share of the projectiles
        for g in (g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
            if g.lemma_.lower() in projectiles or (
                g.lower_ in ("them", "these", "those") and _plural_antecedent(g) in projectiles
            ):
                return True
    return False


def _plural_antecedent(pron: Token) -> str | None:
    """The lemma of the nearest plural noun before a plural pronoun ("40 drones ... 35 of them")."""
    for t in reversed(pron.doc[max(0, pron.i - 40) : pron.i]):
        if t.tag_ == "NNS":
            return t.lemma_.lower()
    return None


def _receives_guest(verb: Token, lex: Lexicon) -> bool:
    """Is the one received a person or a body ("received Blinken", "received the Polish
    president"), as a host does, rather than a thing ("received reports from Kharkiv")?"""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        return True  # "was received by Zelensky" with the guest as subject, or nothing to judge
    obj = objs[0]
    return (
        obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or obj.lemma_.lower() in lex.words("host_guest_nouns")
        or obj.lower_ in ("him", "her", "them")
    )


def _against_armed(noun: Token, lex: Lexicon) -> bool:
    """ "the offensive against the Kurdish militia", "an operation against Hamas": aimed at an
    armed force, a campaign or operation is military (unlike "a campaign against corruption")."""
    hosts = [noun]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.light_verbs:
        hosts.append(noun.head)  # "launched an offensive against the YPG": the parser's attachment
    for c in (c for h in hosts for c in h.children):
        if c.dep_ != "prep" or c.lower_ != "against":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            if {g.lemma_.lower(), g.lower_} & (lex.military_nouns | lex.words("non_state_nouns")):
                return True
            if noun.lemma_.lower() in ("offensive", "operation") and g.ent_type_ in ("ORG", "NORP", "GPE"):
                return True
    return False


def _bare_offensive_in_place(noun: Token) -> bool:
    """ "its offensive in eastern Ukraine", "the operation in Rafah": an unqualified offensive
    or operation in a named place is a military one (a "rescue operation" is qualified)."""
    if noun.lemma_.lower() not in ("offensive", "operation"):
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ == "" for c in noun.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "into")
        and any(
            t.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children if g.dep_ == "pobj" for t in g.subtree
        )
        for c in noun.children
    )


def _label_type(tok: Token, lex: Lexicon) -> tuple[str, str | None] | None:
    """ACCUSE or SUPPORT for a labelling verb whose object is given a loaded label.

    "X called Y a Z", "described Y as Z": the verb is neutral, the predicate noun or
    adjective carries the stance (an accusation cue or a praise cue from the lexicon).
    Needs a direct object (the one labelled), so "called for talks" is never read here.
    """
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) and _object_relative(tok) is None:
        return None
    preds: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp"):
            preds.append(c)
        elif c.dep_ == "prep" and c.lower_ == "as":
            preds += [g for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
        elif c.dep_ == "dobj":
            # "described the move as provocative": the parser may hang "as" on the object
            preds += [
                g
                for p in c.children
                if p.dep_ == "prep" and p.lower_ == "as"
                for g in p.children
                if g.dep_ in ("pobj", "amod", "acomp")
            ]
    # "called Burma a good news story": the parser may attach the label as a second object
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if len(objs) == 2:
        preds.append(objs[1])
    words = {w for p in preds for t in p.subtree for w in (t.lower_, t.lemma_.lower())}
    if words & (lex.accusation_cues | lex.words("label_accusation_cues")):
        return ("ACCUSE", "disapprove")
    if words & lex.praise_cues:
        return ("SUPPORT", None)
    return None


def _likened_to_villain(verb: Token, lex: Lexicon) -> bool:
    """Whether a comparison verb likens an actor to a villain ("compared Erdogan to a dictator").

    The one compared must be an actor (a named person, body or state, a pronoun or a person's
    title), so "compared the situation to 2014" or "compared the deal to a divorce" stay neutral;
    the likeness, the object of "to" or "with", must hold a word from ``pejorative_likenesses`` or
    an accusation cue.
    """
    actor_types = ("PERSON", "ORG", "GPE", "NORP")
    compared = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(
        c.ent_type_ in actor_types
        or _pronoun(c)
        or _is_person_title(c)
        # "the Dutch government", "Turkey's leadership": a body named by its state
        or (
            c.pos_ == "NOUN"
            and any(g.dep_ in ("amod", "compound", "poss") and g.ent_type_ in actor_types for g in c.children)
        )
        for c in compared
    ):
        return False
    cues = lex.words("pejorative_likenesses") | lex.accusation_cues
    return any(
        w in cues
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("to", "with")
        for g in p.children
        if g.dep_ == "pobj"
        for t in g.subtree
        for w in (t.lower_, t.lemma_.lower())
    )


def _under_speech_act(tok: Token, lex: Lexicon) -> bool:
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "threatened the Kurds and invaded Afrin": conjuncts are parallel acts
    if _asked_by_noun(node, lex):
        return True
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp", "conj", "pcomp", "pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        lemma = node.lemma_.lower()
        if node.pos_ == "VERB" and lemma in lex.speech_act_verbs:
            return True
        if lemma == "call" and any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("on", "for", "upon") for c in node.children
        ):
            return True
    return False


def _disambiguate_verb(
    tok: Token, found: list[tuple[str, str | None]], lex: Lexicon
) -> list[tuple[str, str | None]]:
    """Pick one reading of a verb, using its subject and clause.

    - civilians blocking or occupying something protest ("workers blocked the bridge");
    - "will/would X unless/if Y" with a conflictual X is a threat (PLOVER: coercive warning);
    - "attack" is physical unless a person is the attacker.
    """
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    lemma = tok.lemma_.lower()
    if lemma in lex.intransitive_protest and any(
        c.dep_ in ("dobj", "ccomp") or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children
    ):
        found = [f for f in found if f[0] != "PROTEST"]
        if not found:
            return []
    if (
        lemma in lex.civilian_protest_verbs
        and subj is not None
        # "farmers blocked the bridge"; "Young Algerians blocked roads": a people, not a state
        and (
            {subj.lemma_.lower(), subj.lower_} & lex.civilian_nouns
            or (subj.ent_type_ == "NORP" and subj.tag_ == "NNPS")
            or (subj.lower_ == "they" and _civilian_antecedent(subj, lex))
        )
    ):
        return [("PROTEST", "obstruct")]
    # "shot flares at the planes", "fired warning shots": what is fired to harm no one is no attack
    if any(f[0] == "ASSAULT" for f in found) and _fires_harmlessly(tok, lex):
        found = [f for f in found if f[0] != "ASSAULT"]
        if not found:
            return []
    # "invited members of the audience to ask questions": asking the public is no political request
    if any(f[0] == "REQUEST" for f in found) and _invites_the_public(tok, lex):
        found = [f for f in found if f[0] != "REQUEST"]
        if not found:
            return []
    # "dismissed the allegations" rejects; "dismissed the army chief" removes him from office
    if lemma in lex.words("removal_verbs") and any(
        c.dep_ == "dobj"
        and (
            c.ent_type_ == "PERSON"
            or c.lemma_.lower() in lex.role_nouns
            or c.lemma_.lower() in lex.words("office_nouns")
        )
        for c in tok.children
    ):
        return [("SANCTION", "expel")]
    # "who leaves for Moscow on Tuesday": leaving for a place is a journey, not quitting a post
    if (
        lemma == "leave"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)
        and not any(c.dep_ == "dobj" for c in tok.children)
    ):
        found = [f for f in found if f[0] != "RETREAT"]
        if not found:
            return []
    # "Cleveland hosted the party convention", "hosts the Olympics": an occasion held for the
    # public, where no parties meet each other
    hosted = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("acl", "relcl") and not any(c.dep_ == "dobj" for c in tok.children):
        hosted.append(tok.head)  # "the debate hosted by CNN", "the parties he hosted"
    if lemma == "host" and any(c.lemma_.lower() in lex.words("host_events") for c in hosted):
        found = [f for f in found if f[0] != "CONSULT"]
        if not found:
            return []
    # "to pound Obama's national security policy as weak": blows at a policy or a record are words
    if any(f[0] == "ASSAULT" for f in found) and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in lex.non_actor_heads | lex.words("stance_nouns") | lex.words("judged_things")
        for c in tok.children
    ):
        subj_is_actor = subj is not None and (
            subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or _pronoun(subj)
        )
        return [("ACCUSE", "disapprove")] if subj_is_actor else []
    # "walked out of that tragedy feeling ...": only walking out of a meeting or a body protests
    if lemma == "walk" and any(f[0] == "PROTEST" for f in found):
        left = [
            g
            for c in tok.children
            if c.lower_ == "out"
            for p in c.children
            if p.lower_ == "of"
            for g in p.children
        ]
        left += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if left and not any(
            g.lemma_.lower() in lex.words("walkout_places") | lex.words("left_bodies")
            or g.ent_type_ in ("ORG", "GPE")
            for g in left
        ):
            found = [f for f in found if f[0] != "PROTEST"]
            if not found:
                return []
    # "pushing Iranian forces out of their positions", "pushed back the rebels": driving an armed
    # foe back is fighting, not asking (PLOVER ASSAULT)
    if lemma in ("push", "drive", "force") and _drives_back_a_foe(tok, lex):
        return [("ASSAULT", None)]
    # "asked Obama whether he would lift the sanctions", "'Why not?' asked Dunn": a question
    # asked is no request (PLOVER REQUEST asks someone to act)
    if any(f[0] == "REQUEST" for f in found) and _asks_a_question(tok):
        found = [f for f in found if f[0] != "REQUEST"]
        if not found:
            return []
    # "insisted on a ceasefire" asks; "insisted it covered only the border" asserts
    if lemma == "insist" and not any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
        found = [f for f in found if f[0] != "REQUEST"]
        if not found:
            return []
    # "pushed Trump to withdraw", "pressed for talks" ask; "pushed into Idlib" does not
    if lemma in lex.words("request_needs_addressee") and not any(
        c.dep_ == "dobj"
        or (c.dep_ == "prep" and c.lower_ == "for")
        # "pushing hard for the US (to) support the plan": "for" marks the clause asked for
        or any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for c in tok.children
    ):
        found = [f for f in found if f[0] != "REQUEST"]
        if not found:
            return []
    if lemma in lex.needs_military_subject:
        head = subj
        if head is None or not (
            {head.lemma_.lower(), head.lower_} & lex.military_nouns or head.ent_type_ in ("ORG", "NORP")
        ):
            found = [f for f in found if f[0] != "MOBILIZE"]
            if not found:
                return []
    # "warned that X had done Y" accuses; "warned X would face consequences" threatens
    if lemma == "warn":
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if comp is not None:
            aux = {a.lower_ for a in comp.children if a.dep_ == "aux"}
            if comp.tag_ == "VBN" and aux & {"have", "has", "'ve"}:
                return [("ACCUSE", "allege")]
    if {t for t, _ in found} & _CONFLICTUAL:
        aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        conditional = any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children)
            for c in tok.children
        )
        if conditional and aux & {"will", "would", "may", "might", "could", "'ll", "wo"}:
            return [("THREATEN", None)]
    # "offered Turkey €3bn", "promised 300 tanks": a promise of money or goods is aid (pledged)
    if lemma in lex.pledge_verbs and any(
        c.dep_ in ("dobj", "dative")
        and (
            any(t.ent_type_ == "MONEY" or t.text[:1] in "$€£¥" for t in c.subtree)
            or uncounted_goods(c) is not None
        )
        for c in tok.children
    ):
        return [("AID", None)]
    # "approved a 50 billion euro support package": money in the object makes the aid reading
    if (
        len(found) > 1
        and any(t == "AID" for t, _ in found)
        and any(t.ent_type_ == "MONEY" for c in tok.children if c.dep_ == "dobj" for t in c.subtree)
    ):
        return [f for f in found if f[0] == "AID"][:1]
    if len(found) == 1:
        return found
    types = {t for t, _ in found}
    if {"ASSAULT", "ACCUSE"} <= types:
        # (but a ship, a base or a town is hit only physically, whoever the tagger took the
        # attacker for: "the Houthis attacked a cargo ship")
        physical = _physical_object(tok, lex)
        if subj is not None and subj.ent_type_ == "PERSON" and not physical:
            return [f for f in found if f[0] == "ACCUSE"]
        return [f for f in found if f[0] == "ASSAULT"]
    return found[:1]


def _physical_object(verb: Token, lex: Lexicon) -> bool:
    """Is a direct object of ``verb`` a thing only a physical attack hits?

    "the Houthis attacked a cargo ship": a ship is hit only physically. Nouns that may also stand
    for a stance or a following ("position", "platform", "base", "school") count only as sites:
    nobody owns them ("the government's position", "the Labour platform" are what a party stands
    for), no topic follows ("position on Gaza"), and a modifier or a place makes them physical
    ("an oil platform", "a school in Kharkiv").
    """
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for o in (obj, *obj.conjuncts):
            lemma = o.lemma_.lower()
            if lemma in lex.words("physical_targets"):
                return True
            if lemma in lex.words("physical_targets_figurative") and _physical_site(o, lex):
                return True
    return False


def _physical_site(noun: Token, lex: Lexicon) -> bool:
    """Is a figurative-capable target noun ("platform", "school") plainly a physical site?"""
    kids = list(noun.children)
    owned = any(
        c.dep_ == "poss"
        and c.ent_type_ not in ("GPE", "LOC", "FAC")  # "Israel's base" may be hit
        or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("PERSON", "ORG"))
        for c in kids
    )
    if owned or any(c.dep_ == "prep" and c.lower_ in lex.words("topic_preps") for c in kids):
        return False
    return any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in lex.words("physical_site_modifiers")
        for c in kids
    ) or any(
        c.dep_ == "prep"
        and c.lower_ in lex.words("site_preps")
        and any(
            g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in PLACE_NOUNS)
            for g in c.children
        )
        for c in kids
    )


def _quoted_words(clause: Token) -> bool:
    """Does the clause stand in quotation marks (a mark at or just outside its edges), or end
    in a question mark?"""
    doc = clause.doc
    lo, hi = clause.left_edge.i, clause.right_edge.i
    edge = doc[max(0, lo - 1) : min(len(doc), hi + 3)]
    return any(t.is_quote or t.text == "?" for t in edge)


def _drives_back_a_foe(verb: Token, lex: Lexicon) -> bool:
    """ "pushing Iranian forces out of positions", "Iraqi troops pushing back Iranians": the
    object is an armed force or a people, moved back or out (not "pushed back the deadline")."""
    back = any(
        (c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out"))
        or (c.dep_ == "prep" and c.lower_ == "out" and any(g.lower_ == "of" for g in c.children))
        or (c.dep_ == "prep" and c.lower_ == "from")
        for c in verb.children
    )
    if not back:
        return False
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.lower_ in lex.military_nouns or c.lemma_.lower() in lex.military_nouns:
            return True
        if c.ent_type_ == "NORP" and c.tag_ == "NNPS":
            return True  # "pushing back Iranians": a people at war stands for its forces
    return False


_QUESTION_WORDS = {"whether", "if", "why", "what", "how", "who", "whom", "when", "where", "which"}


def _asks_a_question(verb: Token) -> bool:
    """Is ``verb`` ("ask", "wonder") asking a question rather than asking someone to act?
    "asked whether Russia had hacked", "'Why wouldn't you?' asked Dunn", "asked a question"."""
    if verb.lemma_.lower() not in ("ask", "wonder", "inquire", "enquire", "query"):
        return False
    if any(c.text == "?" for c in verb.children) and not any(x.dep_ == "xcomp" for x in verb.children):
        return True  # 'O'Donnell then loudly asked, "Really?"'
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ("question", "questions"):
            return True
        if c.dep_ == "prep" and c.lower_ == "about":
            return True  # "asked about his claims", "asked Lavrov about the talks"
        if (
            c.dep_ == "ccomp"
            and not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            and not any(x.dep_ == "xcomp" for x in verb.children)
            and _quoted_words(c)
        ):
            # 'Maria Bartiromo asked, "You think Comey would indict her?"': words quoted as asked
            # are a question ("asked that the court delay the case" asks for an act)
            return True
        if c.dep_ not in ("ccomp", "advcl", "xcomp", "dep"):
            continue
        first = c.doc[c.left_edge.i]
        if any(m.dep_ in ("mark", "advmod") and m.lower_ in _QUESTION_WORDS for m in c.children):
            if not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):  # "asked how to help"
                return True
        if first.lower_ in _QUESTION_WORDS - {"if", "when"} and c.i < verb.i:
            return True
        # a quoted question before its speech verb: "'Will you go?' asked the reporter"
        if c.i < verb.i and any(t.text == "?" for t in c.doc[c.right_edge.i : verb.i]):
            return True
    return False


def _fires_harmlessly(verb: Token, lex: Lexicon) -> bool:
    """ "shot flares at the planes", "fired warning shots", "fired into the air": a show of force
    or a signal, not an attack on anyone (PLOVER ASSAULT needs force used against a target)."""
    harmless = lex.words("harmless_projectiles")
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.lemma_.lower() in harmless or c.lower_ in harmless:
                return True
            if c.lemma_.lower() in ("shot", "round", "shell", "bullet") and any(
                m.dep_ in ("compound", "amod") and m.lower_ in ("warning", "blank") for m in c.children
            ):
                return True
        if c.dep_ == "prep" and c.lower_ in ("into", "in") and any(g.lower_ == "air" for g in c.children):
            return True
    return False


def _invites_the_public(verb: Token, lex: Lexicon) -> bool:
    """ "invited members of the audience", "invites the public to comment": an invitation to
    listeners or the public at large, not a request of a political actor."""
    if verb.lemma_.lower() != "invite":
        return False
    public = lex.words("public_invitees")
    for c in verb.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.lemma_.lower() in public:
            return True
        if c.lemma_.lower() in lex.words("member_nouns") | {"member"} and any(
            g.dep_ == "pobj" and g.lemma_.lower() in public
            for p in c.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
        ):
            return True
    return False


def _asked_by_noun(verb: Token, lex: Lexicon) -> bool:
    """Is ``verb`` the infinitive a demand or threat noun asks for? "the call by France to lift
    the sanctions", "brought pressure on the IMF to approve a loan": the content of a request or
    threat (its mode), not an act of its own."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False

    def asks(noun: Token) -> bool:
        return any(t in ("REQUEST", "THREATEN") for t, _ in lex.nouns.get(noun.lemma_.lower(), ()))

    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return asks(verb.head)
    if verb.dep_ == "advcl" and verb.head.pos_ == "VERB":
        # "put pressure on Kyiv to cede land": the parser hangs the infinitive on the light verb
        return any(c.dep_ == "dobj" and asks(c) for c in verb.head.children)
    return False


def _electioneering(noun: Token, ctx: _Ctx) -> bool:
    """A campaign or party rally ("a Trump campaign rally", "a Republican rally"), or a rally a
    politician speaks at ("At a rally in Ohio, Trump attacked Clinton"): electioneering, no PROTEST.
    A rally against or for a cause stays a protest."""
    if noun.lemma_.lower() != "rally":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("against", "for", "over") for c in noun.children):
        return False
    campaign = ctx.lex.words("campaign_modifiers")
    if any(
        c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in campaign or c.text in campaign)
        for c in noun.children
    ):
        return True
    # "a Hillary Clinton rally", "at Trump's rally": a rally named after a politician is theirs
    if any(
        c.dep_ in ("compound", "poss", "nmod")
        and (c.ent_type_ == "PERSON" or ((e := ctx.actor_at(c)) is not None and e.type == "PERSON"))
        for c in noun.children
    ):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "to"):
        verb = noun.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "advcl":  # "Speaking at a rally, Trump said": the main clause's speaker
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj is not None and (
            subj.ent_type_ == "PERSON" or any(e.type == "PERSON" for e in _actors_of(subj, ctx))
        )
    return False


# --------------------------------------------------------------------------- arguments


def _mention_names(ent: Entity, ctx: _Ctx) -> list[str]:
    """The actor's name, then the state it acts for: a state's organs and officials act for it;
    a private person, a party or an NGO does not (and a guessed nationality must not spread)."""
    names = [ent.name]
    if ent.type == "PERSON" and ent.sector not in ctx.lex.state_sectors:
        return names
    if ent.type == "ORG" and ent.sector is not None and ent.sector not in ctx.lex.state_sectors:
        return names
    state = ctx.actors.state_of(ent)
    if state is not None and state.name not in names:
        names.append(state.name)
    return names


def _phrase_tokens(head: Token, keep: Callable[[Token, Token], bool]) -> list[Token]:
    """The tokens under ``head`` reached through children ``keep(parent, child)`` admits."""
    out: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if keep(t, c))
    return sorted(out, key=lambda t: t.i)


def _phrase_without_clauses(head: Token) -> list[Token]:
    """The whole phrase under ``head`` but for relative and adverbial clauses hanging off it
    ("the project, which is also financed by Norway": Norway is no recipient of the gift)."""
    return _phrase_tokens(head, lambda t, c: c.dep_ not in ("relcl", "advcl", "acl"))


def _np_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by ``head``, without clauses hanging off it."""

    def keep(t: Token, c: Token) -> bool:
        # a modifier's own conjuncts stay ("the US and UK foreign secretaries"); the head's
        # conjuncts are phrases of their own (see _actors_of)
        if c.dep_ in ("conj", "cc") and t.i != head.i and t.dep_ in ("nmod", "compound", "amod", "poss"):
            return True
        return not (c.dep_ in _CLAUSE_CUT or (c.dep_ == "prep" and c.lower_ not in ("of", "from", "by")))

    return _phrase_tokens(head, keep)


def _actors_of(head: Token, ctx: _Ctx, *, deep: bool = False) -> list[Entity]:
    """Actors named by the phrase headed by ``head`` (and its conjuncts)."""
    out: list[Entity] = []
    heads = [head, *[c for c in head.conjuncts if c.i > head.i]]
    for h in heads:
        found = _actors_of_one(h, ctx, deep=deep)
        for e in found:
            if e not in out:
                out.append(e)
    return out


def _actors_of_one(head: Token, ctx: _Ctx, *, deep: bool) -> list[Entity]:
    doc = head.doc
    if _pronoun(head):
        q = ctx.quote_at(head.idx)
        if _pronoun(head, _FIRST_PERSON):
            if q is not None and q.speaker:
                ent = _entity_named(q.speaker, ctx)
                return [ent] if ent else []
            return []
        ent = ctx.actors.resolve(doc[head.i : head.i + 1])
        if ent is not None and _it_names_an_act(head, ent, ctx):
            return []
        group = _plural_subject_before(head, ctx) if ent is not None and ent.type in ("GPE", "LOC") else None
        if group is not None:
            # "MANILA - Communist rebels said they destroyed a station": "they" are the rebels the
            # clause is about, not the place or state named before them
            return _actors_of_one(group, ctx, deep=False)
        if ent is not None and ent.type == "GPE" and head.lower_ == "them" and _things_before(head, ctx):
            return []  # "personnel on the oil platforms ... when warships bombarded them": the platforms
        if ent is None:
            ent = _speaker_of_governing_speech(head, ctx)
        if ent is None and head.lower_ in ("it", "its"):
            ent = _it_antecedent(head, ctx)
        if ent is not None and ent.type == "PERSON" and head.lower_ in ("it", "its"):
            return []  # "Trump defended its annexation of Crimea": "its" is never a person
        return [ent] if ent else []
    if head.lower_ in _REFLEXIVES:
        return []
    if head.lower_ in ctx.lex.words("kin_nouns") or head.lemma_.lower() in ctx.lex.words("kin_nouns"):
        return []  # "Scott's wife begged him": a relative acts for herself, not for her husband
    # The head itself inside a named mention: that one entity.
    ent = ctx.actor_at(head)
    if ent is not None and ent.type != "LOC":
        return [ent]
    # "Russia's foreign minister, Sergey Lavrov": the named person in apposition acts.
    for c in head.children:
        if c.dep_ == "appos":
            e = ctx.actor_at(c)
            if e is not None and e.type == "PERSON":
                return [e]
    # "Comey, whose new book likens the president to ...", "Amnesty's report accused ...": a
    # work speaks for its author
    if (
        head.dep_ in _SUBJ
        and head.lemma_.lower() in ctx.lex.words("authored_works") | ctx.lex.non_actor_heads
    ):
        author = next((c for c in head.children if c.dep_ == "poss"), None)
        if author is not None and head.lemma_.lower() in ctx.lex.words("authored_works"):
            if author.lower_ == "whose" and head.head.dep_ == "relcl":
                return _actors_of(head.head.head, ctx)
            if author.lower_ != "whose":
                return _actors_of_one(author, ctx, deep=False)
    # "Japanese law prohibits ...", "the move could ...": a law or a plan is not an actor.
    if head.dep_ in _SUBJ and head.lemma_.lower() in ctx.lex.non_actor_heads:
        return []
    # "accusing the Gulf state of ...", "the country": the state last named before the phrase
    if (
        head.lemma_.lower() in ctx.lex.words("state_nouns")
        and head.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and not any(c.dep_ in ("poss", "prep") for c in head.children)
    ):
        inside = {t.i for t in head.subtree}
        before = [
            (m.start, e)
            for e in ctx.actors.entities
            if e.type == "GPE" and _is_state_like(e, ctx)
            for m in e.mentions
            if m.end <= head.idx and not any(t.idx == m.start for t in head.doc if t.i in inside)
        ]
        if before:
            return [max(before, key=lambda x: x[0])[1]]
    # "the Gulf states", "the Baltic countries": states of a region, not the region
    if head.lower_ in ("states", "countries", "nations") and any(
        (e := ctx.actor_at(c)) is not None and e.type == "LOC"
        for c in head.children
        if c.dep_ in ("compound", "amod")
    ):
        return []
    # "a small group led by Senator Corker", "a delegation headed by the foreign minister": the
    # leader named acts for an otherwise unnamed group
    if ctx.actor_at(head) is None:
        for c in head.children:
            if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head", "chair"):
                leaders = [e for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
                           for e in _actors_of(g, ctx)]  # fmt: skip
                if leaders:
                    return leaders
    # "the regime", after "the Assad regime" or "the Syrian regime": that state
    regime = _earlier_regime(head, ctx)
    if regime:
        return regime
    # "pro-Assad militiamen": a force loyal to a leader fights for his state
    loyal = _loyal_force_state(head, ctx)
    if loyal:
        return loyal
    # "lawmakers passed a bill": the legislature the article named
    chamber = _legislature_of_members(head, ctx)
    if chamber is not None:
        return [chamber]
    # "Kurdish officials", "Kurdish-led forces": the Kurdish organisation the article last named
    group = _people_organisation(head, ctx)
    if group is not None:
        return [group]
    # "officials in the Obama administration", "diplomats at the UN": who they work for
    if head.lemma_.lower() in ctx.lex.role_nouns or head.lower_ in ctx.lex.role_nouns:
        own = [e for t in _np_tokens(head) if (e := ctx.actor_at(t)) is not None]
        if not own:
            for g in _prep_objects(head, "in", "at", "from"):
                e = ctx.actor_at(g)
                if e is not None and (e.type == "ORG" or _is_state_like(e, ctx)):
                    return [e]
    # "thousands of Kurds": the people counted
    if head.lower_ in ctx.lex.words("quantity_nouns"):
        of = _prep_objects(head, "of")
        if of:
            return _actors_of_one(of[0], ctx, deep=deep)
        # "the EU's aid package" counts nothing: read it as any phrase (its owner below)
    # "British citizens", "Kurdish children": people of a country are not its state
    if head.lemma_.lower() in ctx.lex.civilian_nouns or head.lower_ in ctx.lex.not_targets:
        return []
    # "their Syrian rebel allies": the rebels, not Syria
    if head.lower_ not in ctx.lex.words("non_state_nouns") and any(
        c.dep_ == "compound" and c.lower_ in ctx.lex.words("non_state_nouns") - {"party", "parties"}
        for c in head.children
    ):
        return _national_group(head, ctx)
    # nor are "Syrian rebels", who fight it: an armed group of that country (PLOVER's REB)
    if head.lower_ in ctx.lex.words("non_state_nouns"):
        # "Syrian rebels" (REB); "the Turkish opposition party" (OPP), "Turkey's ruling party"
        # is a party of Turkey, not Turkey
        if head.lemma_.lower() == "party":
            opposition = any(c.lower_ == "opposition" for c in head.children)
            group = _national_group(head, ctx, sector="OPP" if opposition else "PTY")
        else:
            group = _national_group(head, ctx)
        if group:
            return group
        # "the Umma (Nation) party": a name inside the phrase still acts, a state never does
        named = [ctx.actor_at(t) for t in _np_tokens(head) if t.i != head.i]
        return [
            e
            for e in dict.fromkeys(named)
            if e is not None and not (e.type == "GPE" and _acts_as_state(e, ctx))
        ]
    if head.tag_ == "NNPS" and head.text[:1].isupper() and gazetteer().is_group(head.text):
        national = _national_group(head, ctx, sector="CVL")
        if national:
            return national  # "the Syrian Kurds": not Syria
    toks = _phrase_without_clauses(head) if deep else _np_tokens(head)
    if not toks:
        return []
    if head.lemma_.lower() in ctx.lex.words("affair_nouns") and not any(
        c.dep_ == "poss" for c in head.children
    ):
        return []  # "investigating the Iran scandal": an affair is no actor, and names none
    found: list[Entity] = []
    private = head.tag_ in ("NN", "NNS") and head.lemma_.lower() in ctx.lex.words("private_person_nouns")
    for t in toks:
        if _pronoun(t) and t.dep_ == "poss":
            found.extend(e for e in _actors_of_one(t, ctx, deep=False) if e not in found)
            continue
        if t.i != head.i and _named_in_a_topic(t, head, ctx.lex):
            continue  # "investigating the Iran scandal", "investigators of the Iran-contra affair"
        e = ctx.actor_at(t)
        if (
            e is not None
            and private
            and e.type in ("GPE", "LOC")
            and t.i < head.i
            and t.dep_ in ("compound", "amod", "nmod")
            and not _is_state_like(e, ctx)
        ):
            continue  # "the New York businessman": where he is from, not a government acting
        if e is not None and e not in found:
            found.append(e)
    if (
        not found
        and head.tag_ in ("NNPS", "NNP", "NNS")
        and head.text[:1].isupper()
        and gazetteer().is_group(head.text)
    ):
        # "killing Kurds", "threatening the Palestinians": a people is a target, not a state
        found.append(Entity(head.text, "ORG", head.idx, head.idx + len(head.text), extractor=EXTRACTOR))
    demonym = any(t.dep_ in ("amod", "compound") and gazetteer().demonym(t.text) for t in head.lefts)
    if not found and (head.pos_ == "PROPN" or demonym or any(t.lower_ == "the" for t in head.lefts)):
        # a definite description ("the minister", "the Kremlin"), never "a comrade"; read up to
        # its head first ("accused the prime minister of failing": not "... of failing")
        e = ctx.actors.resolve(doc[toks[0].i : head.i + 1])
        if e is None and toks[-1].i > head.i:
            e = ctx.actors.resolve(doc[toks[0].i : toks[-1].i + 1])
        if e is not None and private and e.type != "PERSON":
            e = None  # "the New York businessman" is a person, never the city named in the phrase
        if e is not None:
            found.append(e)
    return found


def _plural_subject_before(pron: Token, ctx: _Ctx) -> Token | None:
    """The armed group or the unnamed people ("rebels", "protesters") that are the subject of the
    clause reporting "they"/"them"/"their" in the same sentence, if any."""
    if pron.lower_ not in ("they", "them", "their"):
        return None
    people = ctx.lex.words("non_state_nouns") | ctx.lex.civilian_nouns
    for t in reversed(pron.doc[pron.sent.start : pron.i]):
        if t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass"):
            return t if t.lower_ in people and t.lower_ not in ("parties",) else None
    return None


def _named_in_a_topic(tok: Token, head: Token, lex: Lexicon) -> bool:
    """Is ``tok`` a name inside an affair noun of the phrase headed by ``head`` ("the Iran
    scandal", "the Iran-contra affair")? Such a name says what the affair is about; it acts in
    nothing the phrase's verb says."""
    topics = lex.words("affair_nouns")
    if head.lemma_.lower() in topics and tok.dep_ != "poss":
        return True
    node = tok
    while node.i != head.i and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in topics:
            return True
    return False


def _things_before(pron: Token, ctx: _Ctx) -> bool:
    """Whether the nearest plural noun before "them" in its sentence names things, not people or
    actors ("the oil platforms ... bombarded them"): the pronoun takes that noun up, not a state."""
    # (never the subject of the pronoun's own verb: "warships shelled them" are not "them"; and a
    # group of named actors earlier in the sentence may be "them": "Zambia and Botswana said
    # the charges were a pretext for attacks on them")
    if any(t.conjuncts and ctx.actor_at(t) is not None for t in pron.doc[pron.sent.start : pron.i]):
        return False
    own = {x.i for c in pron.head.children if c.dep_ in _SUBJ for x in c.subtree}
    for t in reversed(pron.doc[pron.sent.start : pron.i]):
        if t.tag_ == "NNS" and t.i not in own:
            lemma = t.lemma_.lower()
            people = ctx.lex.civilian_nouns | ctx.lex.role_nouns | ctx.lex.military_nouns
            return ctx.actor_at(t) is None and lemma not in people and t.lower_ not in people
    return False


def _it_names_an_act(pron: Token, ent: Entity, ctx: _Ctx) -> bool:
    """Whether "it" refers to an act whose phrase merely names ``ent``, not to ``ent``.

    "any military action against Iran unless it is backed by the UN": the pronoun takes up
    the head of the phrase ("action"), not the name inside its prepositional modifier.
    """
    if pron.lower_ not in ("it", "its"):
        return False
    for tok in reversed(pron.sent[: pron.i - pron.sent.start]):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod", "poss", "nmod"):
            continue
        if tok.dep_ == "pobj" and any(a.pos_ in ("NOUN", "PROPN") for a in [tok.head.head]):
            continue  # inside another noun's phrase: "action against Iran"
        lemma = tok.lemma_.lower()
        act = (
            lemma in ctx.lex.nouns or lemma in ctx.lex.non_actor_heads or lemma in ctx.lex.words("act_nouns")
        )
        if not act or tok.tag_ not in ("NN", "NNP"):
            return False
        return any(
            m.start >= tok.idx and m.end <= max(t.idx + len(t.text) for t in tok.subtree)
            for m in ent.mentions
        )
    return False


def _it_antecedent(pron: Token, ctx: _Ctx) -> Entity | None:
    """ "Iran said it would respond", "Turkey ... its troops": "it" is the nearest state or
    body before it, in this sentence or the one before, that is a clause's subject."""
    sent = pron.sent
    start = sent.start
    if start > 0:
        start = pron.doc[start - 1].sent.start
    for tok in reversed(pron.doc[start : pron.i]):
        if tok.dep_ not in ("nsubj", "nsubjpass") or _pronoun(tok):
            continue
        e = ctx.actor_at(tok)
        if e is not None and (e.type == "ORG" or _is_state_like(e, ctx)):
            return e
        if tok.pos_ in ("NOUN", "PROPN") and tok.sent.start == sent.start:
            # "The Kurdish-led administration said it had ...": the nearest subject is what
            # "it" means, even when we cannot name it; an earlier state would be a wrong guess
            return None
    return None


def _earlier_regime(head: Token, ctx: _Ctx) -> list[Entity]:
    """The state a bare "the regime" refers to: the last earlier "regime" whose modifier named it.

    "the Assad regime ... The regime bombed Douma": the leader's state (and the leader);
    "the Syrian regime", "Syria's regime": the state itself. Nothing when the article never
    said whose regime it is.
    """
    if head.lemma_.lower() != "regime" or head.tag_ != "NN":
        return []
    kids = list(head.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
        c.dep_ in ("poss", "amod", "compound", "prep", "nmod") for c in kids
    ):
        return []
    return _earlier_government(head, ctx, ("regime",))


def _earlier_government(head: Token, ctx: _Ctx, lemmas: tuple[str, ...]) -> list[Entity]:
    """The state of the last "<X> regime" / "<X> government" before ``head`` whose modifier
    names X: a state ("the Syrian government") or its leader ("the Assad regime": Syria, Assad)."""
    for tok in reversed(head.doc[: head.i]):
        if tok.lemma_.lower() not in lemmas or tok.pos_ != "NOUN":
            continue
        for c in tok.children:
            if c.dep_ not in ("poss", "amod", "compound", "nmod"):
                continue
            e = ctx.actor_at(c)
            if e is None:
                continue
            if e.type == "PERSON":
                state = ctx.actors.state_of(e)
                return [e] if state is None else [state, e]
            if _is_state_like(e, ctx):
                return [e]
    return []


def _earlier_armed_group(head: Token, ctx: _Ctx) -> list[Entity]:
    """The armed group a bare "the rebels" / "the militants" takes up.

    "Nicaraguan rebels ... the rebels, who are fighting Managua": the last group named before
    with the same head word; failing that, the one armed group (sector REB) the article named
    before. Nothing when several could be meant.
    """
    kids = list(head.children)
    if head.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return []
    if any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in kids):
        return []
    before = [
        (max(m.start for m in e.mentions if m.end <= head.idx), e)
        for e in ctx.actors.entities
        if e.type == "ORG" and any(m.end <= head.idx for m in e.mentions)
    ]
    same = [(at, e) for at, e in before if e.name.lower().split()[-1] == head.lower_]
    if same:
        return [max(same, key=lambda x: x[0])[1]]
    armed = [e for _, e in before if e.sector == "REB"]
    return armed if len(armed) == 1 else []


def _loyal_force_state(head: Token, ctx: _Ctx) -> list[Entity]:
    """The state (and leader) a force is loyal to: "pro-Assad militiamen" fight for Syria.

    Only a named leader counts ("pro-Assad", "pro-Maduro"): "pro-Russian separatists" or
    "pro-Kurdish parties" name a sympathy, not whom the group acts for. "Pro-government" and
    "regime forces" act for the government the article named before ("the Syrian government").
    """
    if head.lemma_.lower() not in ctx.lex.military_nouns and head.lower_ not in ctx.lex.military_nouns:
        return []
    lefts = list(head.lefts)

    def home_government() -> list[Entity]:
        found = _earlier_government(head, ctx, ("regime", "government"))
        place = ctx.actors.place_of(head)
        state = ctx.actors.state_of(place) if place is not None else None
        # "The British government ... Government forces in Yemen": a government acts at home
        return found if state is None or state in found else []

    if len(lefts) == 1 and lefts[0].lower_ in ("regime", "government") and lefts[0].dep_ == "compound":
        return home_government()  # "regime forces", "government troops"
    for a, b, c in zip(lefts, lefts[1:], lefts[2:], strict=False):
        if a.lower_ != "pro" or b.text not in ("-", "\u2010", "\u2011") or c.i != b.i + 1:
            continue
        if c.lower_ in ("regime", "government"):
            return home_government()  # "pro-regime forces", "pro-government militias"
        leader = ctx.actor_at(c)
        if leader is None:
            # the surname alone, inside a hyphenated word NER does not mark: "al-Assad" for "Assad"
            named = {
                e.name: e
                for e in ctx.actors.entities
                if e.type == "PERSON" and re.search(rf"(^|[\s-]){re.escape(c.text)}$", e.name)
            }
            leader = next(iter(named.values())) if len(named) == 1 else None
        if leader is None or leader.type != "PERSON":
            return []
        state = ctx.actors.state_of(leader)
        return [leader] if state is None else [state, leader]
    return []


def _legislature_of_members(head: Token, ctx: _Ctx) -> Entity | None:
    """The legislature whose members act ("lawmakers voted ...", "MPs passed ...").

    Only for the bare plural with no side of its own ("Turkish lawmakers", "lawmakers from
    both parties" are read elsewhere), and only when the article names exactly one
    legislature (``legislature_names``) before the phrase: then the members act for it.
    """
    if head.lemma_.lower() not in ctx.lex.words("legislator_nouns") or head.tag_ != "NNS":
        return None
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "GOP voters, lawmakers and thinkers": the modifier is shared
    if any(c.dep_ in ("amod", "compound", "poss", "prep", "nmod") for t in {head, first} for c in t.children):
        return None
    names = ctx.lex.words("legislature_names")
    found = {
        e.name: e
        for e in ctx.actors.entities
        if e.type == "ORG"
        and any(w in names for w in e.name.lower().split())
        and any(m.end <= head.idx for m in e.mentions)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _people_organisation(head: Token, ctx: _Ctx) -> Entity | None:
    """The organisation of a people named by its adjective ("Kurdish forces", "Palestinian
    militants", "Kurdish-led forces"), if the article named one of them before."""
    lemma = head.lemma_.lower()
    if not (
        lemma in ctx.lex.military_nouns
        or head.lower_ in ctx.lex.military_nouns
        or lemma in ctx.lex.role_nouns
        or head.lower_ in ctx.lex.role_nouns
        or head.lower_ in ctx.lex.words("non_state_nouns")
    ):
        return None
    # "Kurdish-led" comes as "Kurdish - led": the people word hangs off "led"
    modifiers = [g for t in head.lefts for g in ([t, *t.children] if t.lower_ == "led" else [t])]
    for t in modifiers:
        word = t.lower_
        if t.dep_ in ("amod", "compound", "npadvmod") and word in ctx.lex.people_groups:
            names = set(ctx.lex.people_groups[word])
        elif word.endswith("-led") and word[:-4] in ctx.lex.people_groups:
            names = set(ctx.lex.people_groups[word[:-4]])
        else:
            continue
        best: tuple[int, Entity] | None = None
        for e in ctx.actors.entities:
            if e.name in names:
                for m in e.mentions:
                    if m.end <= head.idx and (best is None or m.start > best[0]):
                        best = (m.start, e)
        return best[1] if best else None
    return None


def _national_group(head: Token, ctx: _Ctx, sector: str | None = "REB") -> list[Entity]:
    """A group named by its country, which it belongs to but does not act for.

    "Syrian rebels", "Afghan insurgents": an armed group (sector REB); "the Syrian Kurds": a
    people (CVL: civilians, not the state).
    """
    for t in head.lefts:
        if t.dep_ not in ("amod", "compound"):
            continue
        e = ctx.actor_at(t)
        if e is not None and e.type == "GPE" and e.country:
            name = head.doc[t.i : head.i + 1].text  # "Syrian rebels", "Turkish opposition party"
            return [
                Entity(name, "ORG", t.idx, head.idx + len(head.text), e.country, sector, extractor=EXTRACTOR)
            ]
    return []


def _prep_objects(tok: Token, *preps: str) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps`` ("talks *between* X and Y" -> [X])."""
    return [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _earlier_author(obj: Token, ctx: _Ctx) -> list[Entity]:
    """The author of a deed named again by a definite noun, from its earlier mention.

    "North Korea's latest nuclear test ... President Obama condemned Friday's test": a reaction's
    object that says "the/this <noun>" (or only dates it) names the thing the article named
    before; the last earlier mention of the same noun whose possessor or modifier
    is a state, organisation or person gives its author. Nothing when no earlier mention names one.
    """
    kids = list(obj.children)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in kids)
    dated = any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in kids)
    if obj.pos_ != "NOUN" or not (definite or dated) or obj.lemma_.lower() in ctx.lex.not_targets:
        return []
    if any(c.dep_ == "predet" or c.lower_ in ("all", "both", "some", "many", "most") for c in kids):
        return []  # "all the companies he listed": a set, not the deed named before
    # ("described the move as provocative": an "as" hung on the object is the label, not the owner)
    if any(
        c.dep_ in ("poss", "prep") and c.ent_type_ not in ("DATE", "TIME") and c.lower_ != "as" for c in kids
    ):
        return []  # "the EU's plan", "the plan of the EU": its own author, read elsewhere
    for tok in reversed(obj.doc[: obj.i]):
        if tok.lemma_ != obj.lemma_ or tok.pos_ != "NOUN":
            continue
        found = [
            e
            for c in tok.children
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ not in ("DATE", "TIME")
            for e in _actors_of_one(c, ctx, deep=False)
            if _is_state_like(e, ctx)
        ]
        if found:
            return found
    return _earlier_deed_author(obj, ctx) or _author_of_previous_act(obj, ctx)


def _deed_noun(obj: Token, ctx: _Ctx) -> bool:
    """Whether ``obj`` names someone's deed ("the proposal", "the decision", "the move")."""
    lemma = obj.lemma_.lower()
    deeds = {pair.split()[0] for pair in ctx.lex.words("deed_verbs")}
    return lemma in deeds | ctx.lex.words("act_nouns") | ctx.lex.words("proposal_nouns") | {
        "decision",
        "deal",
    }


def _earlier_deed_author(obj: Token, ctx: _Ctx) -> list[Entity]:
    """The author of a deed an earlier clause reported, taken up by a definite noun.

    "Britain proposed a truce on Monday. Moscow rejected the proposal": the noun takes up the
    verb it derives from (``deed_verbs`` pairs); "Turkey launched an offensive ... Washington
    condemned the offensive": the same noun as an earlier verb's object. That verb's subject
    (or passive agent) is the author. Only this sentence and the two before it are searched:
    further back the reference is a guess.
    """
    lemma = obj.lemma_.lower()
    verbs = {v for pair in ctx.lex.words("deed_verbs") for n, v in [pair.split()] if n == lemma}
    start = obj.sent.start
    for _ in range(2):
        if start > 0:
            start = obj.doc[start - 1].sent.start
    for tok in reversed(obj.doc[start : obj.i]):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
            verb = tok
        elif (
            tok.pos_ == "NOUN" and tok.lemma_ == obj.lemma_ and tok.dep_ == "dobj" and tok.head.pos_ == "VERB"
        ):
            verb = tok.head
        else:
            continue
        subj, passive = _subject(verb, ctx.lex)
        heads = [subj] if subj is not None and not passive else []
        if passive:
            heads = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        found = [e for h in heads for e in _actors_of(h, ctx) if _acts_as_state(e, ctx)]
        if found:
            return found
    return []


def _author_of_previous_act(obj: Token, ctx: _Ctx) -> list[Entity]:
    """ "The US imposed sanctions. Moscow called the decision an escalation": a generic act noun.

    "the decision", "the move", "the step" name the act the previous sentence reported; its
    main verb must be an event trigger, and its subject (a state, organisation or person) is the
    author. Only the sentence just before counts: further back, the reference is a guess.
    """
    if obj.lemma_.lower() not in ctx.lex.words("act_nouns") | {"decision"}:
        return []
    return _previous_act_author(obj, ctx)


def _previous_act_author(tok: Token, ctx: _Ctx) -> list[Entity]:
    """The subject of the previous sentence's main verb: the author of the act it reports.

    The verb must be an event trigger or a light verb with an object ("conducted a nuclear
    test"); a speech verb reports words, not an act, and "be"/"have" report none.
    """
    start = tok.sent.start
    if start == 0:
        return []
    prev = tok.doc[start - 1].sent
    for verb in (prev.root, *prev.root.conjuncts):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma in ctx.lex.speech_lemmas:
            continue
        light = lemma in ctx.lex.light_verbs and any(c.dep_ == "dobj" for c in verb.children)
        if not light and not _trigger_types(verb, ctx.lex):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        # (a capital standing for its government, "Washington imposed ...", is an author too)
        found = [e for e in _actors_of(subj, ctx) if _acts_as_state(e, ctx)]
        if found:
            return found
    return []


def _is_person_title(tok: Token) -> bool:
    """ "the president", "the minister": a title standing for a person (not "troops")."""
    title = gazetteer().title(tok.text)
    return title is not None and title.kind == "title"


def _antecedent_other_than(pron: Token, exclude: list[Entity], ctx: _Ctx) -> list[Entity]:
    """The most recent PERSON (he/him/she/her) or group (they/them) named before a pronoun,
    skipping the clause's own subject."""
    person = pron.lower_ in ("he", "him", "his", "she", "her")
    if pron.lower_ == "them" and _things_before(pron, ctx):
        return []  # "the oil platforms ... when warships bombarded them": things, not a group
    # the actor index's reading first (it prefers the subject of the sentence it looks back
    # to: "the YPG led the fight against Islamic State. They have been praised ..."), unless
    # it names the clause's own subject
    resolved = ctx.actors.resolve(pron.doc[pron.i : pron.i + 1])
    if resolved is not None and resolved not in exclude and (resolved.type == "PERSON") == person:
        return [resolved]
    best: tuple[int, Entity] | None = None
    for e in ctx.actors.entities:
        if e in exclude or (person and e.type != "PERSON") or (not person and e.type == "PERSON"):
            continue
        for m in e.mentions:
            if m.end <= pron.idx and (best is None or m.start > best[0]):
                best = (m.start, e)
    if best is not None and _it_names_an_act(pron, best[1], ctx):
        return []  # "action against Iran unless it is backed by the UN": "it" is the action
    return [best[1]] if best else []


def _entity_named(name: str, ctx: _Ctx) -> Entity | None:
    return next((e for e in ctx.actors.entities if e.name == name), None)


# acts a government announces it will take ("will be expelled", "would be suspended"); an
# attack reported in the passive is not the reporter's own
_ANNOUNCED_ACTS = {"SANCTION", "COERCE", "AID", "MOBILIZE", "RETREAT"}


def _speaker_of_governing_speech(tok: Token, ctx: _Ctx) -> Entity | None:
    """``it``/``he`` as subject of a reported clause is usually the reporter: "X reported that it would ..."."""
    return _speaker_of_reported_clause(tok.head, ctx)


def _speaker_of_reported_clause(node: Token, ctx: _Ctx) -> Entity | None:
    """The speaker of the reporting verb whose clause holds ``node`` ("May said that X would be ...")."""
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "ccomp" and node.head.lemma_.lower() in ctx.lex.speech_lemmas:
        subj = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and not _pronoun(subj):
            found = _actors_of_one(subj, ctx, deep=False)
            return found[0] if found else None
    return None


def _subject(tok: Token, lex: Lexicon) -> tuple[Token | None, bool]:
    """The acting subject of a verb and whether the clause is passive."""
    node = tok
    for _ in range(6):
        kids = list(node.children)
        # a participle with its own "by" agent is passive even when the auxiliary and subject sit
        # on a raising verb above it ("vessels have been confirmed hit by Iran", "reported killed by")
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) or (
            node.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids)
        )
        if passive:
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            if agent is None:  # "given 50 tanks by Poland": the parser sometimes says prep
                agent = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "by"), None)
            if agent is not None:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                # "hit by an RPG round, fired by Isis militants": the one who fired acts
                if pobj is not None:
                    for acl in [*pobj.children, *node.children]:
                        if acl.dep_ in ("acl", "advcl") and acl.tag_ == "VBN":
                            inner = next((g for g in acl.children if g.dep_ == "agent"), None)
                            if inner is not None:
                                pobj = next((g for g in inner.children if g.dep_ == "pobj"), pobj)
                return pobj, True
            return None, True
        subj = next((c for c in kids if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None and getattr(_object_relative(node), "i", None) == subj.i:
            # "the director who Trump calls a slime ball": "who" is the object, Trump acts
            return next(c for c in kids if c.dep_ == "nsubj" and c.i != subj.i), False
        if subj is not None and subj.lower_ in ("who", "which", "that") and node.dep_ == "relcl":
            # "Trump, who used an address to ...", "Mattis, the defense secretary who quit": the
            # relative clause's antecedent, through a title in apposition to the name (not
            # "the YPG, the Syrian wing of the PKK, which has fought ...": a wing is no title)
            head = node.head
            while head.dep_ == "appos" and _is_person_title(head) and head.head.i != head.i:
                head = head.head
            return head, False
        if subj is not None:
            return subj, False
        # "The UN chief, António Guterres, called for ...": a finite verb is never a noun's
        # modifier, so an "acl" in the past or present tense is the parser missing the subject
        if (
            node.dep_ == "acl"
            and node.tag_ == "VBG"
            and node.head.dep_ == "dobj"
            and node.head.lemma_.lower() in lex.message_nouns | lex.words("authored_works") | {"communique"}
        ):
            # "issued a joint statement calling on Iran to ...": the statement's issuer speaks
            node = node.head.head
            continue
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ in ("VBG", "VBD", "VBZ", "VBP")):
            head = node.head
            while head.dep_ == "appos" and head.head.i != head.i:
                head = head.head  # "Robert Mueller, the special prosecutor investigating ..."
            return head, False
        controller = node.head.lemma_.lower()
        if node.dep_ == "xcomp" and controller in lex.words("object_control_verbs") | lex.words(
            "on_control_verbs"
        ):
            # object control: "urged Mulroney to cut ties", "called on Iran to stop": the one
            # urged is the one who would act; "called Erdoğan to congratulate him" is a purpose
            # (the caller congratulates): "call" passes the act on only through "on"
            ctrl = None
            if controller in lex.words("object_control_verbs"):
                ctrl = next((c for c in node.head.children if c.dep_ == "dobj"), None)
            if ctrl is None:
                ctrl = next(iter(_prep_objects(node.head, "on")), None)
            if ctrl is not None:
                return ctrl, False
        if (
            node.dep_ == "pcomp"
            and node.tag_ == "VBG"
            and node.head.lower_ in ("for", "of")
            and node.head.head.pos_ == "VERB"
        ):
            # "criticized the United States for sending forces", "accused Iran of arming the
            # rebels", "Israel was blamed for bombing the camp": the one judged did the deed
            judged = next((c for c in node.head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if judged is not None and judged.pos_ in ("PROPN", "NOUN", "PRON"):
                return judged, False
        host = _finite_conjunct_host(node)
        if host is not None:
            node = host  # "said Turkey would not stop ... and threatened": the sayer threatened
            continue
        if node.dep_ == "acl" and node.tag_ == "VB" and node.head.pos_ == "NOUN":
            # "Berlin's pledge to add 7,000 soldiers", "Iran's threat to close the strait": the
            # possessor of an intention noun is the one who would act
            # (not "Kyiv's request to send jets", "Biden's order to strike": others are to act)
            owner = next((c for c in node.head.children if c.dep_ == "poss"), None)
            asks = lex.noun_is(node.head.lemma_.lower(), "REQUEST") or node.head.lemma_.lower() in (
                lex.words("delegating_nouns")
            )
            if owner is not None and not asks and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
                return owner, False
        if node.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "acomp") and node.head.i != node.i:
            # "acomp": "Moscow was ready to hold talks" climbs from "ready" to "was"
            node = node.head
            # "places troops at risk by withdrawing them": up through the prepositional phrase
            # to the verb it modifies
            if node.pos_ == "ADP":
                node = node.head
            continue
        break
    return None, False


def _role_subject_actors(subj: Token, trig: Token, ctx: _Ctx) -> list[Entity]:
    """The state behind an unnamed role-noun subject ("troops", "a military spokesman").

    News names the side once and then refers to its soldiers or spokesmen by role:
    "Chad's high command said troops killed ..." (the reporting clause's subject), or
    "Baghdad communiques made no mention ..., but a military spokesman threatened ..."
    (the subject of the clause it is coordinated with). The role noun acts for the state
    of that actor. A role noun with its own modifier naming a side is resolved before this.
    """
    lemma = subj.lemma_.lower()
    if lemma in ctx.lex.words("ministry_nouns") or (
        lemma in ctx.lex.message_nouns
        and any(
            c.dep_ == "compound" and c.lemma_.lower() in ctx.lex.words("ministry_nouns")
            for c in subj.children
        )
    ):
        # "France protested. The foreign ministry (statement) called on Ottawa ...": an unnamed
        # ministry speaks for the state that acted in the sentence just before
        if any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ for c in subj.subtree if c.i != subj.i):
            return []  # "Canada's foreign ministry": a side is named, resolved elsewhere
        return [e for e in _previous_act_author(subj, ctx) if e.type == "GPE"]
    if (
        lemma not in ctx.lex.military_nouns
        and lemma not in ctx.lex.role_nouns
        and subj.lower_ not in ctx.lex.role_nouns
    ):
        return []
    node = trig
    while node.dep_ in ("xcomp", "advcl") and node.head.i != node.i:
        node = node.head
    other: Token | None = None
    if node.dep_ == "ccomp" and node.head.lemma_.lower() in ctx.lex.speech_lemmas:
        other = node.head
    elif node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
        other = node.head
    if other is None:
        return _earlier_named_role(subj, ctx) or _home_force_state(subj, trig, ctx)
    other_subj = next((c for c in other.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if other_subj is None or other_subj.i == subj.i:
        return _home_force_state(subj, trig, ctx)
    out: list[Entity] = []
    for e in _actors_of(other_subj, ctx):
        # the speaker's side, not the speaker: a minister's troops are his state's troops
        if e.type == "ORG" and e.sector not in ctx.lex.state_sectors:
            continue  # "regime forces shelled X, the Syrian Observatory said": a monitor reports
        state = ctx.actors.state_of(e) if e.type in ("PERSON", "GPE", "LOC") else e
        if state is not None and state not in out and _is_state_like(state, ctx):
            out.append(state)
    # "Thousands protested in Istanbul, and police detained 15": no side named, the place's
    return out or _home_force_state(subj, trig, ctx)


def _named_members(head: Token, ctx: _Ctx) -> list[Entity]:
    """The actors an unnamed group is exemplified by: "Several Republican candidates, including
    Trump and Cruz, criticized ..." or "NATO's eastern members, particularly Poland and the Baltic
    States, ..." act through the members named in the "including"/"such as" phrase or the
    apposition: the heads of that phrase and their conjuncts, never a name deeper inside it
    ("attendants -- teams of auditors hired by Lorenzo": Lorenzo is no attendant)."""
    heads: list[Token] = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("including", "like"):
            heads += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "amod" and c.lower_ == "such":
            heads += [g for a in c.children if a.lower_ == "as" for g in a.children if g.dep_ == "pobj"]
        elif c.dep_ == "appos":
            heads.append(c)
    out: list[Entity] = []
    for h in [*heads, *(cj for x in heads for cj in x.conjuncts)]:
        # the parser may hang one name of a list on the next ("Trump and Senators Cruz": nmod)
        for t in (h, *(c for c in h.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN")):
            e = ctx.actor_at(t)
            if e is not None and e not in out and (e.type in ("PERSON", "ORG") or _is_state_like(e, ctx)):
                out.append(e)
    return out


def _passive_agent_side(agent: Token, trig: Token, ctx: _Ctx) -> list[Entity]:
    """The side behind an unnamed "by" agent of a passive: "arrested by police in Tbilisi" (the
    police of the place's state), "killed by Russian shelling" (the state whose attack it was).
    A weapon or an attack noun acts for whoever its modifier names; police act on their own soil."""
    lemma = agent.lemma_.lower()
    if agent.pos_ == "NOUN" and (
        ctx.lex.noun_is(lemma, "ASSAULT") or lemma in ctx.lex.words("projectile_nouns")
    ):
        return [
            e
            for c in agent.children
            if c.dep_ in ("amod", "compound", "poss", "nmod")
            for e in _actors_of_one(c, ctx, deep=False)
            if _is_state_like(e, ctx) or e.sector in ("MIL", "REB")
        ]
    return _home_force_state(agent, trig, ctx)


def _home_force_state(subj: Token, trig: Token, ctx: _Ctx) -> list[Entity]:
    """The state whose police act where the action happens ("Police arrested 12 people in Istanbul").

    Police and security forces work on their own state's soil, so the state of the place
    named in the sentence is theirs (unlike troops, often abroad).
    """
    lemma = subj.lemma_.lower()
    if lemma not in ctx.lex.words("home_forces") and not (
        lemma in ("force", "forces") and any(c.lower_ == "security" for c in subj.children)
    ):
        return []
    place = ctx.actors.place_of(trig)
    state = ctx.actors.state_of(place) if place is not None else None
    return [state] if state is not None else []


def _earlier_named_role(subj: Token, ctx: _Ctx) -> list[Entity]:
    """ "EU foreign ministers met ... The ministers also pledged ...": a definite role noun
    refers back to the last mention of the same noun that named its side."""
    if not any(c.lower_ == "the" for c in subj.lefts):
        return []
    lemma = subj.lemma_.lower()
    for tok in reversed(subj.doc[: subj.i]):
        if tok.lemma_.lower() != lemma or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        named = [
            e
            for c in tok.children
            if c.dep_ in ("compound", "amod", "poss", "nmod")
            for e in _actors_of_one(c, ctx, deep=False)
            if _is_state_like(e, ctx)
        ]
        if named:
            return named
    return []


def _bare_participle(tok: Token) -> bool:
    """A past participle heading a reduced passive clause, with no subject, auxiliary or agent."""
    if tok.tag_ != "VBN" or tok.dep_ not in ("advcl", "acl", "ROOT"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in tok.children)


def _helped(verb: Token) -> list[Token]:
    """Whom a purpose verb of help helps: its object ("to help Ukraine"), or the subject of the
    clause it governs ("to help Ukraine restore its grid", which the parser may read so)."""
    found = [g for g in verb.children if g.dep_ == "dobj"]
    found += [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    return found


def _names_an_attack(noun: Token, lex: Lexicon) -> bool:
    """An attack or repression noun ("the bombing", "shootings", "the arrest") whose "of"/"on"
    phrase names who was hit ("the aggression of Russia" names who hit: ``agent_of_nouns``)."""
    words = (noun.lemma_.lower(), noun.lower_)
    return (
        noun.pos_ == "NOUN"
        and any(lex.noun_is(w, t) for w in words for t in ("ASSAULT", "COERCE"))
        and noun.lemma_.lower() not in lex.words("agent_of_nouns")
    )


def _attack_agents(noun: Token) -> list[Token]:
    """Who carried out the attack a noun names: its possessive, nationality or owner modifier
    ("Russia's attack", "the Russian attack") or a "by" phrase ("the attack on X by Y")."""
    agents = [
        c
        for c in noun.children
        if c.dep_ == "poss"
        # a town named as a modifier is where it struck ("the Kharkiv missile attack"), not who
        or (
            c.dep_ in ("amod", "compound", "nmod")
            and not (c.ent_type_ in ("GPE", "LOC", "FAC") and _gazetteer_kind(c) != STATE)
        )
    ]
    return agents + [t for t in noun.subtree if t.dep_ == "pobj" and t.head.lower_ == "by"]


def _targets(
    trig: Token, etype: str, ctx: _Ctx, *, passive: bool, source: list[Entity] | None = None
) -> list[Entity]:
    preps = ctx.lex.target_preps.get(etype, frozenset())
    if etype == "SANCTION" and (
        trig.lemma_.lower() == "close"
        or any(m == "discontinue" for _, m in ctx.lex.verbs.get(trig.lemma_.lower(), ()))
    ):
        preps = preps | {"to", "with"}  # "suspended arms sales to Turkey", "cut ties with Qatar"
    direct: list[Token] = []
    oblique: list[Token] = []
    rel_object = _object_relative(trig)
    if rel_object is not None:
        direct.append(rel_object)  # "the director who Trump calls a slime ball": the director
    if passive:
        direct += [c for c in trig.children if c.dep_ == "nsubjpass"]
        if trig.dep_ == "acl" and trig.tag_ == "VBN" and not direct:
            # a reduced passive relative: "East Jerusalem, captured by Israel in 1967": the noun
            # it modifies is what was done to
            direct.append(trig.head)
    if etype == "ACCUSE" and any(
        c.dep_ == "prt" and c.lower_ in ctx.lex.words("aimed_at_particles") for c in trig.children
    ):
        preps = preps | {"at"}  # "hit out at Hungary", "lashed out at his critics": the one aimed at
    if (
        etype == "ASSAULT"
        and (
            trig.lemma_.lower() in ctx.lex.words("combat_with") or trig.lower_ in ctx.lex.words("combat_with")
        )
        and not any(c.dep_ == "prep" and c.lower_ == "against" for c in trig.children)
    ):
        # "clashed with Malian troops", "fighting with the Taliban": the other side of a fight,
        # not its means ("fought with US rifles", "with the help of")
        foes = ctx.lex.words("combat_foes") | ctx.lex.military_nouns | ctx.lex.civilian_nouns
        oblique += [
            g for g in _prep_objects(trig, "with") if ctx.actor_at(g) is not None or g.lemma_.lower() in foes
        ]
    topic_only = trig.lemma_.lower() in ctx.lex.topic_verbs
    # "blamed the attack on Ukraine": the misdeed's "on" is the culprit, even hung on the noun
    blames = trig.lemma_.lower() in ctx.lex.words("culprit_on_verbs")
    blamed_on = blames and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in trig.children)
    if blamed_on:
        # "blamed the losses on Brazil's government": the object is the misdeed, "on" the culprit
        topic_only = True
        preps = preps | {"on", "upon"}
    for c in trig.children:
        if c.dep_ in ("dobj", "dative", "iobj", "obj") and topic_only:
            continue  # "discussed Canadian sanctions": the topic, not a party
        if c.dep_ in ("dobj", "dative", "iobj", "obj"):
            if c.dep_ == "dative" and c.pos_ == "ADP":
                direct += [g for g in c.children if g.dep_ == "pobj"]
            else:
                direct.append(c)
        elif c.dep_ in ("prep", "agent", "prt") and c.lower_ in preps:  # "voted down [prt] the deal [pobj]"
            # "fighting on the side of Assad", "on behalf of Kyiv": an ally, not a target
            oblique += [
                g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in ("side", "behalf")
            ]
            # a two-word preposition: "out of Syria"
            oblique += _prep_objects(c, "of")
        elif c.dep_ in ("advcl", "xcomp") and c.pos_ == "PROPN" and any(a.lower_ == "to" for a in c.children):
            oblique.append(c)  # "sell jets to Denmark" misparsed as an infinitive clause
        elif c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ctx.lex.words("help_verbs"):
            oblique += _helped(c)
        elif (
            c.dep_ == "ccomp"
            and etype in ("THREATEN", "ACCUSE", "REQUEST", "REJECT", "SANCTION")
            # "condemned what he called a breach": a free relative names the deed, and its
            # subject is the speaker, not the one condemned
            and not any(g.lower_ in ("what", "whatever") for g in c.children)
        ):
            oblique += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        elif (
            c.dep_ == "advcl"
            and etype == "REQUEST"
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        ):
            oblique += [g for g in c.children if g.dep_ == "nsubj"]  # "pressed for the US to strike"
    if etype in _MATERIAL:
        # "allocate $240 million to help Ukraine": the parser may hang the purpose on the money
        oblique += [
            g
            for d in trig.children
            if d.dep_ == "dobj"
            for c in d.children
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ctx.lex.words("help_verbs")
            for g in _helped(c)
        ]
    subj_tok = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    # "the test, which allows Pyongyang to build warheads", "the reduction in attacks allowed
    # Iran's output to rise": a thing enables, no one concedes
    inanimate = subj_tok is not None and not _can_act(subj_tok, ctx)
    # a verb with a subject of its own or the infinitive of one ("decided to allow"); a conjunct
    # borrowing a far subject is where the parser most often misreads "allows X to" as well
    own_clause = subj_tok is not None or trig.dep_ == "xcomp"
    if (
        trig.lemma_.lower() in ctx.lex.words("object_control_verbs")
        and not direct
        and not inanimate
        and own_clause
    ):
        # "allowed the opposition leader to hold a rally": the parser makes the one allowed the
        # subject of an infinitive clause; that one is the verb's object
        for c in trig.children:
            if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                direct += [g for g in c.children if g.dep_ == "nsubj" and g not in direct]
    # help/assist: only a named recipient, never a guessed one ("help a comrade")
    named_only = trig.lemma_.lower() in ("help", "assist", "aid")
    deep = etype in _MATERIAL or trig.pos_ == "NOUN"

    def collect(heads: list[Token]) -> list[Entity]:
        out: list[Entity] = []
        for h in heads:
            if (
                etype in ("ASSAULT", "COERCE", "ACCUSE", "RETREAT")
                and h.lemma_.lower() in ctx.lex.civilian_nouns | ctx.lex.not_targets
            ):
                # "killed three Iraqi civilians", "detained Turkish journalists", "a US national was
                # put under investigation": the victims or suspects are
                # people of that country (PLOVER's civilian sector), never its state
                against = any(t.lower_.startswith("anti") for t in h.subtree if t.i < h.i)  # "anti-Syria"
                out += [
                    e for e in (_national_group(h, ctx, sector="CVL") if not against else []) if e not in out
                ]
                continue
            if h.lower_ in ctx.lex.not_targets or (named_only and _pronoun(h)):
                continue
            if _pronoun(h, _NON_FIRST_PERSON) and source:
                # "Erdogan, who pushed him": an object pronoun is not its own clause's subject
                ents = _antecedent_other_than(h, source, ctx)
            elif (
                etype in _MATERIAL
                and h.dep_ == "dobj"
                and uncounted_goods(h) is not None
                and not _combatants(h, ctx.lex)
            ):
                ents = []  # "send U.S. weapons": a state modifying the goods is where they come from
            else:
                ents = _actors_of(h, ctx, deep=deep and h.dep_ == "pobj" and etype in _MATERIAL)
            for e in ents:
                if e not in out:
                    out.append(e)
        return out

    # "in a letter to Congress, he called for ...": the addressee of the written or spoken message
    for msg in _prep_objects(trig, "in", "through", "via"):
        if msg.lemma_.lower() in ctx.lex.message_nouns:
            oblique += _prep_objects(msg, "to")
    # "imposed some of the toughest sanctions on Russia": the counted noun stands for the count
    direct = [
        next(iter(_prep_objects(h, "of")), h)
        if h.dep_ == "dobj" and (h.lower_ in ctx.lex.words("quantity_nouns") or h.tag_ == "CD")
        else h
        for h in direct
    ]
    # "imposed sanctions on Venezuela", "provided aid to Ukraine": the object's own preposition
    for h in list(direct):
        if ctx.actor_at(h) is None:
            # "severed ties with Qatar", "restored relations with Cuba": the partner; "revoked
            # the citizenship of Shamima Begum": whose it was
            # "rejected any negotiations with Washington": a joint act's partner is the target
            joint = h.lemma_.lower() in ctx.lex.words("relation_nouns") or any(
                ctx.lex.noun_is(w, t) for w in (h.lemma_.lower(), h.lower_) for t in _SYMMETRIC
            )
            own = preps | ({"with"} if joint else set())
            if etype == "SUPPORT" and h.lemma_.lower() in ("commitment", "allegiance", "loyalty"):
                own = own | {"to"}  # "reiterated Germany's commitment to Ukraine"
            if etype in ("ACCUSE", "REJECT") and h.lemma_.lower() in ctx.lex.words("held_view_nouns"):
                # "attacked the opposition's position on Syria": words aimed at a stance are aimed
                # at whoever holds it; what the stance is about ("on Syria") is only the topic
                own = own - ctx.lex.words("topic_preps")
                oblique += [c for c in h.children if c.dep_ == "poss" and not _pronoun(c)]
            if etype == "ACCUSE" and not blames and _names_an_attack(h, ctx.lex):
                # "condemned the attack on Kharkiv", "the bombing of the US embassy": who was hit is
                # the victim, not the one condemned
                direct.remove(h)
                oblique += _attack_agents(h)
                continue
            if etype == "SANCTION" and h.lemma_.lower() in (
                "citizenship",
                "nationality",
                "passport",
                "visa",
                "licence",
                "license",
                "accreditation",
                "membership",
            ):
                own = own | {"of"}
            # "launched 45 drones and four missiles at Ukraine": a shared preposition hangs on
            # the last conjunct; read it there only when the head has none of its own
            hosts = (
                [h] if any(c.dep_ == "prep" and c.lower_ in own for c in h.children) else [h, *h.conjuncts]
            )
            for c in (c for x in hosts for c in x.children):
                if c.dep_ == "prep" and c.lower_ in own:
                    oblique += [g for g in c.children if g.dep_ == "pobj"]
    if etype == "ACCUSE" and not blames:
        # "opened a probe into the bombings of the US embassies": the attackers, not the embassies
        oblique = [a for h in oblique for a in (_attack_agents(h) if _names_an_attack(h, ctx.lex) else [h])]
    # "threatened a resumption of air raids on Iranian towns": a threat's target is the
    # target of the harm threatened, found through the object's "of" chain
    if etype == "THREATEN":
        for h in list(direct):
            if ctx.actor_at(h) is not None:
                continue
            oblique += _threatened_harm_targets(h, ctx.lex)
    # "the residents of Idlib", "civilians in Aleppo": the place stands for the people
    for h in direct + oblique:
        if h.lower_ in ctx.lex.not_targets or h.lemma_.lower() in ctx.lex.civilian_nouns:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                    oblique += [g for g in c.children if g.dep_ == "pobj"]
    # "a camp for Congolese refugees was attacked", "demolished the homes of Palestinian
    # families": the place stands for the people it houses
    if etype in ("ASSAULT", "COERCE"):
        for h in direct + oblique:
            if h.lemma_.lower() in ctx.lex.words("people_sites") and ctx.actor_at(h) is None:
                people = [
                    g for g in _prep_objects(h, "for", "of") if g.lemma_.lower() in ctx.lex.civilian_nouns
                ]
                oblique += [g for g in people if g not in oblique]
    direct = [_relative_antecedent(h) if h.lower_ in _RELATIVE_OBJECTS else h for h in direct]
    if etype == "MOBILIZE" or (etype == "COOPERATE" and _hands_over_people(trig, ctx.lex)):
        # what is moved ("Chinese-made missiles", "US troops") is never where it goes; the
        # "Islamic State suspects" handed over are not the partner
        direct = []
    elif etype == "RETREAT":
        # "withdrew its troops from Gaza", "pull all of its troops out", "recalled its
        # observers": what is withdrawn is the leaver's own, Gaza is what is left
        direct = [
            h
            for h in direct
            if not any(t.lower_ in ctx.lex.military_nouns for t in h.subtree)
            and not any(c.dep_ == "poss" and _pronoun(c) for c in h.children)
        ]
    # "closed its borders to Qatar": the object is the actor's own, the partner is elsewhere
    found = [e for e in collect(direct) if e not in (source or [])]
    stances = {w for t, ws in ctx.lex.verb_objects.get(trig.lemma_.lower(), ()) if t == "SUPPORT" for w in ws}
    if etype == "SUPPORT" and stances:
        # "reaffirmed Washington's support for Ukraine": the owner of the support is its giver
        # (but "praised Haiti's efforts" praises Haiti)
        owners = [
            e
            for h in direct
            if h.lemma_.lower() in stances or h.lower_ in stances
            for c in h.children
            if c.dep_ == "poss"
            for e in _actors_of(c, ctx)
        ]
        found = [e for e in found if e not in owners]
    if not found and etype == "REQUEST" and direct and not passive:
        # "demanded a meeting of the Security Council", "an explanation of why Russian troops ...",
        # but not the purpose of what is asked for ("requested help to fight Isis")
        found = [
            e
            for h in direct
            if not _pronoun(h)
            for e in _actors_of(h, ctx, deep=True)
            if not _in_purpose_clause(e, h)
        ]
    has_object = not blamed_on and any(
        c.dep_ in ("dobj", "dative", "iobj")
        and (_pronoun(c) or c.ent_type_ == "PERSON" or _is_person_title(c))
        for c in trig.children
    )
    if named_only:
        found = [e for h in direct for e in found if ctx.actor_at(h) is e or e.start <= h.idx < e.end]
    elif etype in _MATERIAL or not (found or has_object):
        # "likened the president to X": the object is the target even when we cannot name it
        found += [e for e in collect(oblique) if e not in found]
    if etype == "ASSAULT" and not found:
        for c in trig.subtree:
            if (
                c.dep_ == "pobj"
                and c.head.lower_ in ("in", "on", "at", "near", "outside")
                and c.head.head.i in (trig.i, *[g.i for g in trig.children])
            ):
                e = ctx.actor_at(c)
                if e is not None and e.type in ("GPE", "LOC"):
                    found.append(e)
                    break
    if not found and not passive and not any(c.dep_ in _OWN_OBJECTS for c in trig.children):
        # "seized and boarded a British tanker", "condemned and rejected the Greek plan": a verb
        # coordinated before another shares the object that follows the last one
        for conj in (c for c in trig.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            if not any(g.dep_ in ("nsubj", "nsubjpass") for g in conj.children):
                found += [
                    e for e in _targets(conj, etype, ctx, passive=False, source=source) if e not in found
                ]
                break
    if etype in _PLACE_SCOPED and not found and not has_object:
        # "lifted the state of emergency in Darfur", "the withdrawal of forces from Panama",
        # "will evacuate settlements in the Gaza Strip": those eased or left are of that place
        found += [e for e in _place_of_act(trig, etype, ctx) if e not in (source or [])]
    if etype == "ASSAULT" and not found:
        # "strikes on three chemical weapons sites in Syria": the country the targets are in
        found += _place_of_targets(trig, ctx)
    if etype == "ASSAULT" and not found:
        # "two civilians were killed by a drone in Kherson": civilians of no named nation, harmed
        # in a town, are that town's country's people (PLOVER's civilian sector)
        found += _civilians_of_the_place(direct, trig, ctx)
    if etype == "ACCUSE" and not found and _condemns_what_called(trig, ctx.lex):
        # "North Korea tested a missile. Japan condemned what it called a provocation": the deed
        # labelled is the one just reported, so its author is the one condemned
        found += [e for e in _previous_act_author(trig, ctx) if e not in (source or [])]
    if etype == "THREATEN" and not found:
        # "threatened to attack the SDF", "threatened to impose sanctions on Turkey"
        found += [e for e in _threatened_act_targets(trig, ctx, source) if e not in found]
    if not found and etype not in ("THREATEN", "REQUEST") and not has_object:
        # "offered to negotiate with Armenia", "agreed to provide aid for Romania": a commitment
        # to (or refusal of) an act is aimed at whom that act is aimed at
        found += [e for e in _committed_act_targets(trig, etype, ctx, source) if e not in found]
    if etype == "AID" and not found:
        # "pledged $100m to help stabilise Syria", "to rebuild Ukraine": the purpose's object
        found += [e for e in _purpose_beneficiaries(trig, ctx) if e not in (source or [])]
    if etype == "AID" and not found:
        for h in direct:
            for t in h.subtree:
                if t.dep_ == "pobj" and t.head.lower_ in ("for", "to") and ctx.actor_at(t):
                    found += [e for e in _actors_of(t, ctx) if e not in found]
    # "send the U.S. Patriot missiles": a double object the parser merged into one noun phrase;
    # only the shape "the <state> <Named> <goods>" reads so ("send U.S. weapons" does not)
    if etype == "AID" and not found:
        for c in trig.children:
            if c.dep_ != "dobj":
                continue
            lefts = list(c.lefts)
            for k, t in enumerate(lefts[1:-1], start=1):
                merged_dative = (
                    t.dep_ == "compound"
                    and t.ent_type_ == "GPE"
                    and lefts[k - 1].lower_ == "the"
                    and lefts[k + 1].pos_ == "PROPN"
                )
                e = ctx.actor_at(t) if merged_dative else None
                if e is not None:
                    found.append(e)
    return found


def _condemns_what_called(trig: Token, lex: Lexicon) -> bool:
    """ "condemned what he called a breach": a free relative labelling the deed with an accusation."""
    return any(
        c.dep_ in ("ccomp", "dobj")
        and c.lemma_.lower() in lex.labeling_verbs
        and any(g.lower_ in ("what", "whatever") for g in c.children)
        and _label_type(c, lex) is not None
        for c in trig.children
    )


def _civilians_of_the_place(heads: list[Token], trig: Token, ctx: _Ctx) -> list[Entity]:
    """The country where an act harmed civilians named by no nation (its people were harmed).

    Args:
        heads: the act's direct objects or passive subjects.
        trig: the attack's trigger.
        ctx: the article context.

    Returns:
        The state of the place the act happened in, or nothing.
    """
    victims = [h for h in heads if h.lemma_.lower() in ctx.lex.civilian_nouns]
    if not victims:
        return []
    name = _location_for(trig, ctx)
    place = _entity_named(name, ctx) if name else None
    state = ctx.actors.state_of(place) if place is not None else None
    return [state] if state is not None and state != place else []


def _place_of_targets(trig: Token, ctx: _Ctx) -> list[Entity]:
    """The first state or place named inside the objects of an attack's on/against phrase."""
    for c in trig.children:
        if c.dep_ != "prep" or c.lower_ not in ("on", "against", "at"):
            continue
        for obj in (g for g in c.children if g.dep_ == "pobj"):
            for t in obj.subtree:
                if t.dep_ == "pobj" and t.head.lower_ in ("in", "near", "of", "outside"):
                    e = ctx.actor_at(t)
                    if e is not None and e.type in ("GPE", "LOC"):
                        return [e]
    return []


def _threatened_act_targets(trig: Token, ctx: _Ctx, source: list[Entity] | None) -> list[Entity]:
    """Targets of the harmful act a threat names in its infinitive ("threatened to attack X").

    A light verb passes on to its object ("threatened to launch an offensive against X").
    """
    for c in trig.children:
        if c.pos_ != "VERB" or not (c.dep_ == "xcomp" or _own_future_act(c, ctx, source)):
            continue
        acts = [c]
        if c.lemma_.lower() in ctx.lex.light_verbs:
            acts += [g for g in c.children if g.dep_ == "dobj"]
        for act in acts:
            types = [t for t, _ in _trigger_types(act, ctx.lex, yield_to_complement=False)]
            harm = [t for t in types if t in _CONFLICTUAL]
            if harm or types:
                # "threatened to attack X"; "threatened to send refugees to Europe" (whatever the act)
                found = _targets(act, (harm or types)[0], ctx, passive=False, source=source)
                if not found and act is not c:
                    # "threatened to launch an offensive against X": the phrase may hang on the light verb
                    found = _targets(c, (harm or types)[0], ctx, passive=False, source=source)
                    found = [e for e in found if e not in (source or [])]
                if found:
                    return found
    # "... if the EU called the operation an invasion": the one whose act sets off the threat
    # (the condition hangs off the threat or off the act threatened)
    # "warned it would retaliate if the US struck": the condition may hang off a reported clause
    acts_too = [g for c in trig.children if c.dep_ in ("xcomp", "ccomp") for g in c.children]
    for c in [*trig.children, *acts_too]:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and not _pronoun(subj):
                found = [e for e in _actors_of(subj, ctx) if e not in (source or [])]
                if found:
                    return found
    return []


def _place_of_act(trig: Token, etype: str, ctx: _Ctx) -> list[Entity]:
    """The named place a concession or withdrawal applies to, on the trigger or on what it moves.

    Read from an "in"/"from" phrase of the trigger ("eased measures in Montenegro"), of its
    object ("evacuate settlements in Gaza") or of a nominal trigger's "of" object ("the
    withdrawal of forces from Panama"); the first state or region named there.
    """
    hosts = [trig]
    for c in trig.children:
        if c.dep_ in ("dobj", "nsubjpass") or (trig.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "of"):
            objs = [c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"]
            hosts += [o for obj in objs for o in (obj, *obj.conjuncts)]
    for h in hosts:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "from", "inside"):
                continue
            if h is trig and (c.i < trig.i or etype == "RETREAT"):
                # "In Washington, Obama released a statement": a fronted place sets the scene; a
                # withdrawal's own "in" is where it happened ("from" is read as its target already)
                continue
            for obj in (g for g in c.children if g.dep_ == "pobj"):
                for t in _np_tokens(obj):
                    e = ctx.actor_at(t)
                    if e is not None and e.type in ("GPE", "LOC"):
                        return [e]
    return []


def _can_act(subj: Token, ctx: _Ctx) -> bool:
    """Whether a subject names someone who can act (grant, allow), not a thing or an event.

    A relative pronoun stands for its antecedent; a personal pronoun, a name, an actor the
    phrase names, or a noun for people or bodies (the lexicon's role, office, state, military,
    civilian and body nouns) can act.
    """
    if subj.lower_ in ("which", "that") and subj.head.dep_ == "relcl":
        subj = subj.head.head
    if subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ or ctx.actor_at(subj) is not None:
        return True
    lemma = subj.lemma_.lower()
    people = (
        ctx.lex.words("role_nouns")
        | ctx.lex.words("office_nouns")
        | ctx.lex.words("state_nouns")
        | ctx.lex.words("body_nouns")
        | ctx.lex.military_nouns
        | ctx.lex.civilian_nouns
    )
    return lemma in people or subj.lower_ in people or bool(_actors_of(subj, ctx))


def _committed_act_targets(
    trig: Token, etype: str, ctx: _Ctx, source: list[Entity] | None, *, any_act: bool = False
) -> list[Entity]:
    """Targets of the act a subject-control verb commits to ("agreed to hand over X to Y").

    Only an infinitive with no subject or object of its own on the trigger (so "asked Iran to
    leave" is not read here); the act's own type gives its target prepositions, and a
    non-trigger act ("to hand over") is read with the trigger's type. An act that is an event
    trigger itself ("agreed to meet Tambo") is its own event and carries its own target, so it
    is read only with ``any_act`` (one event per sentence, as for the PLOVER records).
    """
    if any(c.dep_ in ("dobj", "dative", "iobj", "nsubjpass") for c in trig.children):
        return []
    for c in trig.children:
        if (
            c.dep_ != "xcomp"
            or c.pos_ not in ("VERB", "AUX")
            or not any(a.lower_ == "to" for a in c.children)
        ):
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            continue
        if c.lemma_.lower() in ctx.lex.speech_lemmas:
            continue  # "refused to say how the US will act": a refusal to speak names no target
        types = [t for t, _ in _trigger_types(c, ctx.lex, yield_to_complement=False)]
        if types and not any_act:
            continue
        if etype == "REJECT" and set(types) & (_CONFLICTUAL | {"THREATEN", "ACCUSE"}):
            continue  # "declined to threaten Moscow" refuses no one's call: Moscow is not rebuffed
        found = _targets(c, types[0] if types else etype, ctx, passive=False, source=source)
        found = [e for e in found if e not in (source or [])]
        if found:
            return found
    return []


def _own_future_act(clause: Token, ctx: _Ctx, source: list[Entity] | None) -> bool:
    """A reported clause stating the speaker's own future act: "warned (that) it would cut ties
    with Israel". A warning about another's act ("warned that Russia was massing troops") is none."""
    if clause.dep_ != "ccomp" or not source:
        return False
    if not any(a.dep_ == "aux" and a.lower_ in _FUTURE_MODALS for a in clause.children):
        return False
    subj = next((g for g in clause.children if g.dep_ == "nsubj"), None)
    return subj is not None and any(e in source for e in _actors_of(subj, ctx))


def _purpose_beneficiaries(trig: Token, ctx: _Ctx) -> list[Entity]:
    """States named as the object of a gift's purpose clause ("$100m to help stabilise Syria")."""
    out: list[Entity] = []
    for c in trig.children:
        # an infinitive: "to" on the verb or on the "help" hung off it as an auxiliary
        if c.dep_ not in ("xcomp", "advcl") or not any(t.lower_ == "to" for t in c.lefts for t in t.subtree):
            continue
        for verb in [c, *[g for g in c.children if g.dep_ == "xcomp"]]:
            for obj in (o for o in verb.children if o.dep_ == "dobj"):
                out += [e for e in _actors_of(obj, ctx) if _is_state_like(e, ctx) and e not in out]
    return out


def _in_purpose_clause(ent: Entity, head: Token) -> bool:
    """Whether an entity is named inside an infinitive hanging off ``head`` ("help to fight Isis")."""
    for c in head.children:
        if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and any(a.lower_ == "to" for a in c.children):
            sub = list(c.subtree)
            if sub and sub[0].idx <= ent.start < sub[-1].idx + len(sub[-1].text):
                return True
    return False


def _object_relative(clause: Token) -> Token | None:
    """The relative pronoun a parser mislabelled when it is the clause's object.

    "the director who Trump calls a slime ball": the parser may label "who" ``nsubj`` (or a bare
    ``pobj``) next to the real subject "Trump". A relative clause whose "who" comes before another
    subject has that pronoun as its object.
    """
    if clause.dep_ != "relcl":
        return None
    subject = next(
        (c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_OBJECTS), None
    )
    if subject is None:
        return None
    return next(
        (
            c
            for c in clause.children
            if c.lower_ in ("who", "whom") and c.dep_ in ("nsubj", "pobj") and c.i < subject.i
        ),
        None,
    )


def _relative_antecedent(pron: Token) -> Token:
    """What a relative pronoun object stands for ("the scientist whom Israel accused").

    The relative clause's head, climbing an apposition ("Reza, the scientist whom ...") or
    a copula ("Comey is the director whom ...") to the phrase that names the one meant.
    Any other use of the word (a determiner "that", a question "who") is returned as is.
    """
    clause = pron.head
    if clause.dep_ != "relcl" or (
        pron.dep_ not in ("dobj", "dative", "nsubjpass")
        and getattr(_object_relative(clause), "i", None) != pron.i
    ):
        return pron
    node = clause.head
    for _ in range(3):
        if node.dep_ == "appos" and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "attr" and node.head.lemma_ == "be":
            subj = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
            if subj is None:
                break
            node = subj
        else:
            break
    return node


def _threatened_harm_targets(obj: Token, lex: Lexicon) -> list[Token]:
    """Target phrases of the harmful act named by a threat's object.

    Follows "a resumption of (air raids)" / "the threat of (sanctions)" down at most two
    ``of`` steps to a nominal trigger of a conflictual type, and returns the objects of that
    noun's own target prepositions ("raids on Iranian towns", "sanctions against Iran").
    """
    node: Token | None = obj
    for _ in range(3):
        if node is None:
            break
        types = {t for t, _ in lex.nouns.get(node.lemma_.lower(), ())} & _CONFLICTUAL
        if types:
            preps = frozenset().union(*(lex.target_preps.get(t, frozenset()) for t in types))
            return [
                g
                for c in node.children
                if c.dep_ == "prep" and c.lower_ in preps and c.lower_ != "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        of = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        node = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return []


def _acts_as_state(e: Entity, ctx: _Ctx) -> bool:
    """A state, or a capital that stands for its government ("Moscow", "Ankara")."""
    if _is_state_like(e, ctx):
        return True
    entry = gazetteer().lookup(e.name)
    return entry is not None and entry.kind == CAPITAL


def _is_state_like(e: Entity, ctx: _Ctx) -> bool:
    """A state, organisation or person can act; a city or region named as a modifier cannot."""
    if e.type in ("PERSON", "ORG"):
        return True
    state = ctx.actors.state_of(e)
    return state is not None and state.name == e.name


def _nominal_args(noun: Token, etype: str, ctx: _Ctx) -> tuple[list[Entity], list[Entity], Token | None]:
    """Source, target and the governing verb of a nominal trigger ("their meeting with X")."""
    src: list[Entity] = []
    tgt_from_poss: list[Entity] = []
    poss_is_target = noun.lemma_.lower() in ctx.lex.possessor_is_target
    mods = [c for c in noun.children]
    mods += [cj for c in list(mods) if c.dep_ in ("amod", "compound") for cj in c.conjuncts]
    for c in mods:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod", "conj") and c.i < noun.i):
            ents = _actors_of_one(c, ctx, deep=False)
            if c.dep_ != "poss":
                # "the Salisbury attack", "the Afrin operation": a place modifier is where, not who
                ents = [e for e in ents if _is_state_like(e, ctx)]
            if c.dep_ == "poss" and c.lower_ == "their" and etype in _SYMMETRIC:
                # "thanked X during their meeting": both; but "dismissed their criticism" is theirs
                pair = _clause_pair(noun, ctx)
                if pair:
                    src += [e for e in pair[0] if e not in src]
                    tgt_from_poss += [e for e in pair[1] if e not in tgt_from_poss]
                    continue
            if poss_is_target and c.dep_ == "poss":
                tgt_from_poss += [e for e in ents if e not in tgt_from_poss]
            else:
                src += [e for e in ents if e not in src]
        elif (
            c.dep_ == "prep"
            and c.lower_ in ("by", "from")
            and not (etype == "RETREAT" and c.lower_ == "from")
        ):
            # "assistance from the US", but "the withdrawal from Syria" names what is left
            for g in c.children:
                if g.dep_ == "pobj":
                    src += [e for e in _actors_of(g, ctx) if e not in src]
        elif c.dep_ == "acl" and c.tag_ == "VBN" and not src:
            # "the meetings held by the US and UK foreign secretaries with the Saudis"
            for agent in (g for g in c.children if g.dep_ == "agent"):
                for p in (p for p in agent.children if p.dep_ == "pobj"):
                    src += [e for e in _actors_of(p, ctx) if e not in src]
                    partners = [
                        g for w in p.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children
                    ]
                    tgt_from_poss += [
                        e for g in partners for e in _actors_of(g, ctx) if e not in tgt_from_poss
                    ]
        elif c.dep_ == "prep" and c.lower_ == "of" and _members_meeting(noun, ctx):
            # "a meeting of European Community ministers": the body whose members meet
            for g in c.children:
                if g.dep_ == "pobj":
                    src += [e for e in _actors_of(g, ctx) if e not in src and e.type == "ORG"]
        elif c.dep_ == "prep" and c.lower_ == "of" and etype in ("RETREAT", "MOBILIZE"):
            # "the withdrawal of 2,000 US troops": the troops' state is the one acting
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in ctx.lex.military_nouns:
                    # only the troops' own modifiers: "forces from Panama" is where, not whose
                    for t in g.lefts:
                        src += [
                            e
                            for e in _actors_of_one(t, ctx, deep=False)
                            if _is_state_like(e, ctx) and e not in src
                        ]
    if not src:
        # "the seizure of a tanker by Iran": the parser hangs the agent on the nearer noun
        src = [
            e
            for b in _agent_of_patient(noun)
            for a in b.children
            if a.dep_ == "pobj"
            for e in _actors_of(a, ctx)
        ]
    tgt = tgt_from_poss + [e for e in _targets(noun, etype, ctx, passive=False) if e not in tgt_from_poss]
    if etype in ("AID", "SUPPORT") and noun.head.lower_ == "with" and noun.head.head.pos_ in ("VERB", "AUX"):
        # "Turkey invaded Afrin with the aid of a US-led coalition": the coalition aids Turkey
        helpers = [e for g in _prep_objects(noun, "of") for e in _actors_of(g, ctx)]
        subj, passive = _subject(noun.head.head, ctx.lex)
        if helpers and subj is not None and not passive:
            return helpers, _actors_of(subj, ctx), noun.head.head
    if etype in _SYMMETRIC:
        # "a truce between Israel and Hamas", "talks between Kyiv and Moscow": the two parties,
        # whoever brokered or hosted it
        between = [e for g in _between_parties(noun) for e in _actors_of(g, ctx)]
        if len(between) >= 2:
            return between[:1], between[1:], noun.head if noun.dep_ in ("dobj", "attr") else None
    received = _received_from(noun, etype, ctx)
    if received is not None:
        return (*received, noun.head if noun.dep_ == "dobj" else None)
    # climb to the governing verb: "held talks", "during their meeting", "launched a campaign"
    gov = noun.head
    while gov.pos_ == "ADP" and gov.head.i != gov.i:
        gov = gov.head
    if gov == noun:
        gov = None
    role = noun.dep_
    wrapper = _quantity_wrapper(noun, ctx)
    if wrapper is not None:
        # "launched dozens of airstrikes": the count stands where the noun would
        gov, role = wrapper.head, wrapper.dep_
        if noun.dep_ == "compound":
            # "an aid package for Ukraine", "Germany's aid package": the package's owner and
            # recipient are the act's
            if not src:
                src = [
                    e
                    for c in wrapper.children
                    if c.dep_ == "poss"
                    for e in _actors_of_one(c, ctx, deep=False)
                ]
            tgt += [e for e in _targets(wrapper, etype, ctx, passive=False) if e not in tgt and e not in src]
    if (
        not tgt
        and gov is not None
        and gov.pos_ in ("VERB", "AUX")
        and noun.head.pos_ == "ADP"
        and noun.head.lower_ in ("under", "into")
        and noun.head.head == gov
    ):
        # "a US national was put under investigation", "was taken into custody": the one the
        # verb's passive subject names is brought under the act
        if any(c.dep_ == "nsubjpass" for c in gov.children):
            tgt = [e for e in _targets(gov, etype, ctx, passive=True) if e not in src]
    if not tgt and wrapper is None and noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        # "a mediation mission between Syria and the PLO", "a peace effort with Hanoi": the
        # phrase the act noun modifies carries the act's partners
        tgt = [e for e in _targets(noun.head, etype, ctx, passive=False) if e not in src]
    if gov is not None and _continued_with(noun, ctx.lex):
        role = "dobj"  # "pressed on with the offensive": carrying on an act, like "continued it"
    if (
        gov is not None
        and gov.pos_ in ("VERB", "AUX")
        and (
            gov.lemma_.lower() in ctx.lex.light_verbs | ctx.lex.words("prospective_verbs")
            or _continued_with(noun, ctx.lex)
        )
    ):
        if role in ("dobj", "attr"):
            if not src:
                subj, passive = _subject(gov, ctx.lex)
                if subj is not None and not passive:
                    src = _actors_of(subj, ctx)
            # "launched a campaign in Afrin": the light verb carries the noun's arguments
            tgt += [e for e in _targets(gov, etype, ctx, passive=False) if e not in tgt and e not in src]
        elif role == "nsubjpass" and not src:
            agent = next((c for c in gov.children if c.dep_ == "agent"), None)
            if agent is not None:
                src = [e for g in agent.children if g.dep_ == "pobj" for e in _actors_of(g, ctx)]
    if (
        not src
        and gov is not None
        and noun.head.pos_ == "ADP"
        and noun.head.lower_ in ctx.lex.temporal_preps
        # "deployed troops after drone attacks", "amid protests": the clause's subject did not
        # take part in what came before or around it, only in a meeting it followed
        and (etype in _SYMMETRIC or noun.head.lower_ in ("during", "in", "at"))
    ) or (
        # "Pence arrived in Ankara for talks with Erdoğan", "flew to Beijing for a summit": the
        # traveller is a party to the meeting the journey is for
        not src
        and gov is not None
        and etype == "CONSULT"
        and noun.head.lower_ == "for"
        and gov.lemma_.lower() in ctx.lex.words("travel_verbs")
    ):
        # "X said in a phone call with Y", "X spoke during a visit to Y"
        subj, passive = _subject(gov, ctx.lex) if gov.pos_ in ("VERB", "AUX") else (None, False)
        if subj is not None and not passive:
            src = _actors_of(subj, ctx)
        if not tgt and etype == "CONSULT" and noun.head.lower_ in ("in", "during") and gov.pos_ == "VERB":
            # "Trump told May in a phone call that ...": the one told is the other party
            tgt = [
                e
                for c in gov.children
                if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"
                for e in _actors_of(c, ctx)
                if e not in src
            ]
        if not tgt and noun.head.lower_ == "for" and gov.lemma_.lower() in ctx.lex.words("travel_verbs"):
            # "sent his adviser to Tehran for talks": the talks are with the place's government
            tgt = [e for g in _prep_objects(gov, "to") for e in _actors_of(g, ctx) if e not in src]
    if not src and etype in _SYMMETRIC:
        # "negotiations with Japan are an important step," Zelensky said: the speaker is a party
        q = ctx.quote_at(noun.idx)
        if q is not None and q.speaker and _first_person_words(q.text):
            ent = _entity_named(q.speaker, ctx)
            if ent is not None:
                src = [ent]
    return src, tgt, gov


def _members_meeting(noun: Token, ctx: _Ctx) -> bool:
    """A meeting noun (the lexicon's ``assembly_nouns``) that can be held among one body's members."""
    return noun.lemma_.lower() in ctx.lex.words("assembly_nouns") and ctx.lex.noun_is(
        noun.lemma_.lower(), "CONSULT"
    )


def _body_meets(noun: Token, src: list[Entity], ctx: _Ctx) -> bool:
    """ "a meeting of EU foreign ministers", "the NATO summit in Warsaw": an international body's
    members meet among themselves, a CONSULT with no outside party. The body is the whole source
    and no partner is named ("a meeting with Zelensky" names one and is read as usual)."""
    if not _members_meeting(noun, ctx) or not src or _prep_objects(noun, "with", "between"):
        return False
    return all(e.type == "ORG" and e.sector == "IGO" for e in src)


def _defenders(noun: Token, gov: Token | None, ctx: _Ctx) -> list[Entity]:
    """Who an attack was aimed at when the text tells it from the defender's side.

    "Ukrainian forces repelled 45 Russian attacks", "the army fought off an assault by the
    rebels", "thwarted a Russian offensive": the subject of a repelling verb (``repel_verbs``
    in the lexicon; "fend off" and the like need their particle) is the one attacked.
    """
    if gov is None or gov.pos_ != "VERB":
        return []
    # the noun is the verb's object, or counted by it ("repelled dozens of attacks")
    wrapper = _quantity_wrapper(noun, ctx)
    if (wrapper if wrapper is not None else noun).dep_ != "dobj":
        return []
    lemma = gov.lemma_.lower()
    particles = {c.lower_ for c in gov.children if c.dep_ in ("prt", "advmod")}
    wanted = ctx.lex.words("repel_verbs")
    if lemma not in wanted and not any(f"{lemma} {p}" in wanted for p in particles):
        return []
    subj, passive = _subject(gov, ctx.lex)
    if subj is None or passive:
        return []
    return _actors_of(subj, ctx)


def _responsibility_claimers(noun: Token, ctx: _Ctx) -> list[Entity]:
    """Who "claimed responsibility for" (took, accepted, admitted it for) an attack noun."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    resp = noun.head.head
    if resp.lemma_.lower() != "responsibility" or resp.dep_ != "dobj":
        return []
    verb = resp.head
    if verb.lemma_.lower() not in ctx.lex.words("claim_verbs"):
        return []
    subj, passive = _subject(verb, ctx.lex)
    if subj is None or passive or any(c.dep_ == "neg" for c in verb.children):
        return []  # "no group has claimed responsibility", "denied responsibility"
    return _actors_of(subj, ctx)


def _interceptors(launch: Token, ctx: _Ctx) -> list[Entity]:
    """Who shot down the projectiles a launch verb describes ("drones launched by Russia")."""
    node = launch.head
    for _ in range(4):
        if node.pos_ == "VERB":
            break
        node = node.head
    if node.pos_ != "VERB" or node.lemma_.lower() not in ctx.lex.words("interception_verbs"):
        return []
    subj, passive = _subject(node, ctx.lex)
    return _actors_of(subj, ctx) if subj is not None and not passive else []


_HOSTILE = {"ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "REJECT"}


def _conjoined_antagonist(verb: Token, ctx: _Ctx) -> list[Entity]:
    """The target of a hostile act coordinated before this one, for an act that names none.

    "The Council condemned North Korea's test and pledged to impose further sanctions": one
    subject doing two hostile things in one breath does them to the same party. Only the
    clause this one is a conjunct of counts (through "pledged to", "vowed to").
    """
    node = verb
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "conj" or node.head.pos_ not in ("VERB", "AUX"):
        return []
    sibling = node.head
    for cand in [sibling, *(c for c in sibling.children if c.dep_ == "dobj")]:
        types = [t for t, _ in _trigger_types(cand, ctx.lex, yield_to_complement=False) if t in _HOSTILE]
        if not types:
            continue
        if cand.pos_ in ("NOUN", "PROPN"):
            found = _nominal_args(cand, types[0], ctx)[1]
        else:
            found = _targets(cand, types[0], ctx, passive=False)
        if found:
            return found
    return []


def _casualties_of(noun: Token, ctx: _Ctx) -> list[Token]:
    """Those killed or wounded in an attack noun ("49 militants were killed in air strikes")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by") else None
    if verb is None or verb.pos_ != "VERB":
        return []
    lemma = verb.lemma_.lower()
    if lemma in ctx.lex.words("casualty_verbs"):
        return [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if lemma in ctx.lex.words("death_verbs"):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


def _between_parties(noun: Token) -> list[Token]:
    """The objects of a noun's "between" phrase, or of its participle's: "a truce between
    Israel and Hamas", "negotiations held between Ottawa and Paris"."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    return [g for h in holders for g in _prep_objects(h, "between")]


def _agent_of_patient(noun: Token) -> list[Token]:
    """The "by" phrases the parser attached to an action noun's patient object, not to the noun.

    "the seizure of a tanker by Iran", "the arrest of two journalists by police", "the attack
    on the embassy by al-Shabaab": the agent of the action, as the nearer-attachment habit of
    the parser hides it.
    """
    return [
        b
        for g in _prep_objects(noun, "of", "on", "against")
        for b in g.children
        if b.dep_ == "prep" and b.lower_ == "by"
    ]


def _continued_with(noun: Token, lex: Lexicon) -> bool:
    """ "press on with the offensive", "push ahead with its plan", "proceed with the strikes"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.pos_ != "VERB":
        return False
    verb = prep.head
    lemma = verb.lemma_.lower()
    if lemma in lex.words("continue_with_verbs"):
        return True
    return lemma in lex.words("continue_ahead_verbs") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("on", "ahead", "forward") for c in verb.children
    )


def _quantity_wrapper(noun: Token, ctx: _Ctx) -> Token | None:
    """ "dozens of airstrikes", "a wave of arrests", "a series of attacks": the count noun;
    "a military aid package", "a new sanctions package", "Reagan's military aid program for the
    rebels": the package or programme the act comes in."""
    head = noun.head
    if noun.dep_ == "compound" and head.lemma_.lower() in ctx.lex.words("package_nouns") and head.i != noun.i:
        return head
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and ctx.lex.words("quantity_nouns") & {head.head.lower_, head.head.lemma_}
    ):
        return head.head
    return None


def _received_from(noun: Token, etype: str, ctx: _Ctx) -> tuple[list[Entity], list[Entity]] | None:
    """Help seen from the receiving end: the giver is the source, the receiver the target.

    "Turkey gained the approval of Russia", "the assistance the rebels have received from
    the US": the noun is the object of a receiving verb, or has a receiving relative clause.
    """
    if etype not in ("SUPPORT", "AID", "COOPERATE"):
        return None
    verb: Token | None = None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ctx.lex.words("receive_verbs"):
        verb = noun.head
    else:
        verb = next(
            (
                c
                for c in noun.children
                if c.dep_ == "relcl" and c.lemma_.lower() in ctx.lex.words("receive_verbs")
            ),
            None,
        )
    if verb is None:
        return None
    givers = [
        e for head in (noun, verb) for g in _prep_objects(head, "of", "from") for e in _actors_of(g, ctx)
    ]
    subj, passive = _subject(verb, ctx.lex)
    receivers = _actors_of(subj, ctx) if subj is not None and not passive else []
    if not givers or not receivers:
        return None
    return givers, [e for e in receivers if e not in givers]


def _goods_received_from(verb: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """The goods and the givers' heads of "<receiver> received <goods> from <giver>".

    "Ukraine has received 12 F-16 fighter jets from Denmark and the Netherlands", "Kyiv got
    its first Abrams tanks from the US": a receiving verb (``received_goods_verbs``) whose
    object is material goods (``received_goods_nouns``: not "letters", "calls" or "votes")
    and which names where they came from with "from". None for anything else.
    """
    if verb.lemma_.lower() not in lex.words("received_goods_verbs"):
        return None
    goods = lex.words("received_goods_nouns")
    obj = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and any(o.lemma_.lower() in goods for o in (c, *c.conjuncts))
        ),
        None,
    )
    if obj is None:
        return None
    givers = [g for head in (verb, obj, *obj.conjuncts) for g in _prep_objects(head, "from")]
    return (obj, givers) if givers else None


def _clause_pair(noun: Token, ctx: _Ctx) -> tuple[list[Entity], list[Entity]] | None:
    """ "X thanked Y ... during their meeting": "their" is X and Y, the clause's subject and object."""
    verb = noun
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX"):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if subj is not None and obj is not None:
                a, b = _actors_of(subj, ctx), _actors_of(obj, ctx)
                return (a, b) if a and b else None
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return None


def _nominal_allowed(noun: Token, gov: Token | None, ctx: _Ctx) -> bool:
    """Is a nominal trigger stated as an event here, not a passing reference?"""
    if _received_from(noun, "AID", ctx) is not None:
        return True  # "gained the approval of Russia": the receiving verb states it
    # "thanked X for her country's support": a reason clause is not a new event.
    if (
        noun.head.lower_ == "for"
        and noun.head.head.lemma_.lower() in ctx.lex.verbs
        # "arrived in Ankara for talks": the purpose of a journey is the meeting itself
        and noun.head.head.lemma_.lower() not in ctx.lex.words("travel_verbs")
    ):
        return False
    wrapper = _quantity_wrapper(noun, ctx)
    if (
        (wrapper.dep_ if wrapper is not None else noun.dep_) in ("dobj", "attr", "nsubjpass")
        and gov is not None
        and gov.lemma_.lower() in ctx.lex.light_verbs
    ):
        return True
    if (
        gov is not None
        and gov.lemma_.lower() in ctx.lex.words("prospective_verbs")
        and _object_of(noun, gov)
        and not _judged_as(gov)
    ):
        return True  # "Britain is weighing new sanctions against Iran": a hypothetical act
    if noun.head.pos_ == "ADP" and noun.head.lower_ in ctx.lex.temporal_preps:
        return True
    if _continued_with(noun, ctx.lex):
        return True  # "vowed to press on with the offensive"
    if (
        noun.head.lower_ == "for"
        and noun.head.head.lemma_.lower() in ctx.lex.words("travel_verbs")
        and (ctx.lex.noun_is(noun.lemma_.lower(), "CONSULT") or ctx.lex.noun_is(noun.lower_, "CONSULT"))
    ):
        return True  # "flew to Beijing for talks": the journey states the meeting
    if noun.head.lower_ == "with" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return True  # "with the aid of X"
    if any(
        c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children)
        for c in noun.children
    ):
        return True  # "the meetings held by X with Y", "the strikes carried out by X"
    if _between_parties(noun):
        return True  # "a truce between Israel and Hamas": the parties make it an event
    # "negotiations with Japan", "talks with the rebels": the partner makes it an event
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children) and (
        ctx.lex.noun_is(noun.lemma_.lower(), "CONSULT") or ctx.lex.noun_is(noun.lower_, "CONSULT")
    ):
        return True
    if _agent_of_patient(noun):
        return True  # "the detention of the activists by the police": agent and patient named
    # "Russia's attack on Odesa was condemned by the UN": a passive subject states it as well
    # ("Reagan's military aid program for the rebels": the programme's owner states the aid)
    base = wrapper if wrapper is not None and noun.dep_ == "compound" else noun
    if base.dep_ in ("nsubj", "nsubjpass", "ROOT", "dobj", "pobj", "appos", "conj"):
        return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in base.children) or any(
            c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")
            for c in base.children
        )
    return False


# --------------------------------------------------------------------------- status


def _judged_unlikely(trig: Token, lex: Lexicon) -> bool:
    """ "are hardly likely to attack", "is unlikely to send": the writer rules the act out,
    so it is no event at all (not even a negated one)."""
    for node in _clause_chain(trig)[1:]:
        if node.pos_ != "ADJ":
            continue
        low = node.lemma_.lower()
        # the doubt may sit on the adjective or on its copula: "are hardly likely"
        doubts = [*node.children, *(node.head.children if node.dep_ == "acomp" else ())]
        if low == "unlikely" or (
            low in lex.words("chance_adjectives")
            and any(c.lower_ in lex.words("doubt_adverbs") for c in doubts)
        ):
            return True
    return False


def _finite_conjunct_host(node: Token) -> Token | None:
    """The clause a tensed conjunct really joins when the parser hangs it on a bare verb.

    "Erdoğan said Turkey would not stop the operation and threatened to ...": a past-tense
    "threatened" cannot share the modal and negation of "would not stop"; it is coordinated
    with "said", the verb above. Returns that verb, or None for an ordinary conjunct.
    """
    head = node.head
    if (
        node.dep_ != "conj"
        or node.tag_ not in ("VBD", "VBZ", "VBP")
        or head.tag_ != "VB"
        or head.dep_ not in ("ccomp", "xcomp")
        or not any(c.dep_ in ("aux", "neg") for c in head.children)
    ):
        return None
    return head.head if head.head.pos_ in ("VERB", "AUX") else None


def _clause_chain(tok: Token) -> list[Token]:
    chain = [tok]
    node = tok
    for _ in range(6):
        host = _finite_conjunct_host(node)
        if host is not None:
            node = host
            chain.append(node)
            if node.dep_ == "ROOT":
                break
            continue
        if node.dep_ in (
            "acomp",
            "xcomp",
            "conj",
            "advcl",
            "ccomp",
            "pcomp",
            "acl",
            "relcl",
            "dobj",
            "pobj",
            "prep",
            "nsubj",
        ):
            node = node.head
            chain.append(node)
            if node.dep_ == "ROOT":
                break
        else:
            break
    return chain


def _own_plans_called_off(trig: Token, src: list[Entity], ctx: _Ctx) -> bool:
    """ "Zelensky cancelled his trip to Davos", "the Kremlin suspended Putin's visit to Turkey":
    calling off one's own side's meeting penalises no one, unlike "cancelled the visit of the
    Israeli minister" (a snub, PLOVER's SANCTION)."""
    if trig.pos_ != "VERB":
        return False
    src_states = {st.name for e in src if (st := ctx.actors.state_of(e)) is not None}
    for obj in (c for c in trig.children if c.dep_ == "dobj"):
        if not (ctx.lex.noun_is(obj.lemma_.lower(), "CONSULT") or ctx.lex.noun_is(obj.lower_, "CONSULT")):
            continue
        for owner in (c for c in obj.children if c.dep_ == "poss"):
            if owner.lower_ in ("his", "her", "its", "their", "our", "my"):
                return True
            if src_states & {st.name for e in _actors_of(owner, ctx) if (st := ctx.actors.state_of(e))}:
                return True
    return False


def _orders_own_act(c: _Cand, lex: Lexicon) -> bool:
    """True for "the strike, ordered by Trump", "ordered a withdrawal": a leader ordering his
    own side's act is that act, not a REQUEST of another actor."""
    trig = c.trigger
    if c.type != "REQUEST" or trig.lemma_.lower() != "order":
        return False
    ordered = [k for k in trig.children if k.dep_ == "dobj"]
    if trig.dep_ == "acl":
        # "the strike on the airfield, ordered by Trump": the parser may hang it on the place
        node = trig.head
        for _ in range(4):
            ordered.append(node)
            if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
                break
            node = node.head
    return any(t.pos_ == "NOUN" and lex.nouns.get(t.lemma_.lower()) for t in ordered)


def _object_of(noun: Token, verb: Token) -> bool:
    """True when ``noun`` is the verb's direct object, or inside it through "of" ("its package of sanctions")."""
    tok = noun
    while tok.i != verb.i:
        if tok.dep_ == "dobj" and tok.head.i == verb.i:
            return True
        if tok.dep_ not in ("pobj", "prep", "compound") or tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ != "of":
            return False
        tok = tok.head
    return False


def _neither_nor(verb: Token) -> bool:
    """ "France neither condemned nor praised the strike": both verbs of the pair are denied."""
    pair_head = verb.head if verb.dep_ == "conj" else verb
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in pair_head.children)


def _bare_gerund_object(clause: Token, verb: Token) -> bool:
    """ "ruled out sending troops": the parser hangs a gerund right after the verb (or its
    particle) as an adverbial clause, but with no "after", "by" or comma it is the object."""
    between = clause.doc[verb.i + 1 : clause.i]
    return (
        clause.i > verb.i
        and clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and not any(c.dep_ == "mark" for c in clause.children)
        and all(t.dep_ == "prt" for t in between)
    )


def _judged_as(verb: Token) -> bool:
    """ "considers Russia's strikes a war crime", "regards the bombing as terrorism": a verb of
    weighing in its judging sense, which says what a thing is, not whether to do it. The parser
    hangs the label as a second object, an object predicate, an "as" phrase or an apposition."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    return (
        len(objects) > 1
        or any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)
        or any(
            t.dep_ == "appos" and any(d.lower_ in ("a", "an") for d in t.children) for t in objects[0].subtree
        )
    )


def _thwarted(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """True when ``noun`` is the object of a verb that kept it from happening ("blocked the aid
    package", "vetoed the statement"), and that verb is not itself negated."""
    return (
        verb.lemma_.lower() in lex.words("thwarting_verbs")
        # "air defences foiled a drone attack": the attack was made and failed
        and not any(lex.noun_is(w, "ASSAULT") for w in (noun.lemma_.lower(), noun.lower_))
        and _object_of(noun, verb)
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _status(trig: Token, etype: str, ctx: _Ctx) -> str:
    lex = ctx.lex
    if (
        etype in _SPEECH_ACTS
        and trig.tag_ == "VBP"
        and trig.dep_ in ("ROOT", "ccomp")
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in trig.children)
        and not any(c.dep_ in ("aux", "neg", "mark") for c in trig.children)
        # '"If he is allowed to come, I welcome him"': a condition hung on the act keeps it open
        and not any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in trig.children
        )
    ):
        return "occurred"  # '"We urge Russia to withdraw," Macron said': saying it is doing it
    if etype == "THREATEN" and trig.lemma_.lower() in lex.words("retaliation_verbs"):
        # "would retaliate if attacked": the modal is the threat's content; the threat was made
        return "occurred"
    if trig.dep_ == "acl" and _thwarted(trig.head, trig.head.head, lex):
        return "negated"  # "vetoed a statement condemning Russia": nobody condemned
    verb = trig
    if (
        trig.dep_ in ("acl", "relcl")
        and trig.head.lemma_.lower() in lex.words("proposal_nouns") | lex.words("intention_nouns")
        and trig.tag_ == "VB"
    ):
        # "a bill to impose sanctions", "a resolution to condemn", "Berlin's pledge to add 7,000
        # soldiers": proposed or promised, not done ("his failed bid to trade arms": not done)
        if any(c.lower_ in lex.words("failed_act_modifiers") for c in trig.head.children):
            return "negated"
        return "pledged" if etype in _MATERIAL else "planned"
    told_of = False  # the nominal is the subject its verb says something about
    if (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ in ("nsubj", "nsubjpass")
        and trig.head.pos_ in ("VERB", "AUX")
    ):
        said_of = trig.head
        if any(c.dep_ == "neg" for c in said_of.children):
            parts = {c.lower_ for c in said_of.children if c.dep_ in ("dobj", "prt", "advmod")}
            lemma = said_of.lemma_.lower()
            if (
                lemma in lex.words("occurrence_verbs")
                and (lemma != "take" or "place" in parts)
                and (lemma != "go" or "ahead" in parts)
            ):
                return "negated"  # "the planned meeting did not take place"
            # "the strike on Odesa did not kill anyone", "the raid was not linked to the bombing":
            # what is denied is said of the act, which took place
            told_of = True
    if trig.pos_ in ("NOUN", "PROPN"):
        # a nominal reads its status from adjectives, a "no" determiner, then its verb
        for c in trig.children:
            low = c.lower_
            if c.dep_ == "det" and low == "no":
                return "negated"
            if low in ("planned", "proposed", "projected", "upcoming", "future", "forthcoming", "expected"):
                return "pledged" if etype in _MATERIAL else "planned"
            if low in ("possible", "potential"):
                return "hypothetical"
            if low in ("continuing", "ongoing", "expanding", "escalating", "intensifying"):
                return "ongoing"
            if (
                c.dep_ == "acl"
                and c.tag_ == "VBN"
                and any(a.dep_ == "advmod" and a.lower_ in ("currently", "now", "still") for a in c.children)
            ):
                return "ongoing"  # "the negotiations currently held between Ottawa and Paris"
        if trig.lemma_.lower() in ctx.lex.possessor_is_target or trig.lower_ in ctx.lex.possessor_is_target:
            return "ongoing"  # "his Russian backers": a standing relation
        if trig.lemma_.lower() in lex.words("stative_nouns") or (
            trig.dep_ == "compound" and trig.head.lemma_.lower() in ("program", "programme")
        ):
            # ("Reagan's military aid program for the rebels": a standing programme)
            return "ongoing"  # "Iran's military presence in Syria": a state of affairs, not a single act
        if (
            trig.head.pos_ == "ADP"
            and trig.head.lower_ in lex.temporal_preps
            # "will not take part in a strike on Syria": taking part is doing, not a time frame
            and not _takes_part_in(trig, lex)
        ):
            # "promised to send wheat during talks with Sandu": the talks happen when the clause's
            # finite verb does, whatever it promises
            finite = _finite_verb(trig)
            if finite is not None:
                aux = {c.lower_ for c in finite.children if c.dep_ == "aux"}
                if aux & {"will", "shall", "'ll"}:
                    return "planned"
                return "ongoing" if finite.tag_ in ("VBZ", "VBP") else "occurred"
        verb = trig.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return "occurred"
        if _presupposed(trig, verb, lex):
            # "avoids condemning Russia's annexation", "will condemn the invasion": the judging verb's
            # negation or modality is its own; the act it judges took place
            return "occurred"
        if verb.lemma_.lower() in lex.words("thwarting_verbs") and _object_of(trig, verb):
            if _thwarted(trig, verb, lex):
                return "negated"  # "Hungary blocked the EU's aid package": the package was not given
            if any(c.dep_ == "neg" for c in verb.children):
                # "Austria did not block the aid package": let go ahead, not yet done
                return "pledged" if etype in _MATERIAL else "planned"
        if (
            _object_of(trig, verb)
            and verb.lemma_.lower() in lex.words("prospective_verbs")
            and not any(c.dep_ == "neg" for c in verb.children)
            and not _judged_as(verb)
        ):
            return "hypothetical"  # "is weighing new sanctions": not decided
        if (
            _object_of(trig, verb)
            and verb.lemma_.lower() in lex.plan_verbs
            and not any(c.dep_ == "neg" for c in verb.children)
        ):
            # "planned an attack", "is preparing its 12th package of sanctions": still to come
            return "pledged" if etype in _MATERIAL else "planned"
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.dep_ == "dobj"
        and verb.head.lemma_.lower()
        in lex.message_nouns | lex.words("authored_works") | lex.words("enacted_nouns") | {"communique"}
    ):
        verb = verb.head.head  # "issued a statement calling on Iran to ...": as the issuing is
    chain = _clause_chain(verb)
    status: str | None = None
    for depth, node in enumerate(chain):
        kids = list(node.children)
        complement = depth > 0 and (
            chain[depth - 1].dep_ in ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep")
            or _bare_gerund_object(chain[depth - 1], node)
        )
        if (
            (complement or (depth == 0 and node is not trig and _object_of(trig, node)))
            and node.lemma_.lower() in lex.words("cessation_verbs")
            and (_asked_for(node, lex) or any(c.dep_ == "neg" for c in kids))
        ):
            # "must stop portraying Latinos as gangsters", "urged Israel to stop bombing Gaza", "will
            # not stop its offensive": asking that an act stop, or refusing to stop it, says it goes on
            return "ongoing"
        if (
            (any(c.dep_ == "neg" for c in kids) and not (told_of and depth == 0))
            or _neither_nor(node)
            or (complement and node.lemma_.lower() in lex.negating_verbs)
        ):
            return "negated"
        if all(n.dep_ in ("xcomp", "conj") for n in chain[:depth]) and _negative_subject(node, lex):
            return "negated"  # "no one from the department released the filings"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
            return "hypothetical"
        if (
            node.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "until" for c in kids)
            and any(
                a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "wo") for a in node.head.children
            )
        ):
            # "would not stop until the SDF withdrew": a condition yet to be met, not a denial
            return "hypothetical"
        aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
        if aux & {"could", "might", "may", "should", "must"}:
            return "hypothetical"
        if aux & {"will", "shall", "'ll", "wo"}:
            status = status or "planned"
        if "would" in aux:
            # "said/promised that the US would stand with Ukraine": a reported intention
            speech_above = any(
                n.lemma_.lower() in lex.speech_lemmas | lex.pledge_verbs for n in chain[depth + 1 :]
            )
            status = status or ("planned" if speech_above else "hypothetical")
        # "announced the package after signing an agreement": a time adjunct is no promise's content
        if complement and any(n.dep_ == "prep" and n.lower_ in _BEFORE_AFTER for n in chain[:depth]):
            complement = False
        if (
            complement
            and node.lemma_.lower() in ("have", "be")
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in kids)
        ):
            # "Congress has yet to approve the aid", "is yet to arrive": still to come, not done
            status = status or "planned"
        if complement and node.lemma_.lower() in lex.pledge_verbs:
            status = status or "pledged"
        if complement and node.lemma_.lower() in lex.plan_verbs:
            status = status or "planned"
        if complement and node.lemma_.lower() in lex.words("deliberation_verbs") and not _judged_as(node):
            status = status or "hypothetical"  # "is considering sending troops": weighed, not done
        if complement and node.pos_ == "ADJ":
            # "ready to hold talks", "willing to send troops"; "likely to attack"
            if node.lemma_.lower() in lex.words("intent_adjectives"):
                status = status or "planned"
            elif node.lemma_.lower() in lex.words("chance_adjectives"):
                status = status or "hypothetical"
        if (
            complement
            and chain[depth - 1].dep_ == "xcomp"
            and any(t == "REQUEST" for t, _ in lex.verbs.get(node.lemma_.lower(), ()))
        ):
            status = status or "hypothetical"  # "urged Canada to cut ties": asked for, not done
        if depth == 0 and status is None:
            tag = node.tag_
            if node.dep_ == "conj" and not aux:  # "is killing or imprisoning"
                aux = {c.lower_ for c in node.head.children if c.dep_ in ("aux", "auxpass")}
            habitual = any(c.dep_ == "advmod" and c.lower_ in lex.habitual_adverbs for c in node.children)
            if tag == "VBG" and (
                aux & {"is", "are", "am", "was", "were", "be", "been"} or node.dep_ in ("acl", "conj")
            ):
                status = "ongoing"
            elif tag in ("VBZ", "VBP"):
                status = "ongoing"
            elif tag == "VBN" and aux & {"has", "have", "'ve"} and habitual:
                status = "ongoing"  # "has consistently denigrated Nato"
            elif (
                tag == "VBN"
                and aux & {"has", "have", "'ve"}
                and any(c.dep_ == "prep" and c.lower_ == "since" for c in node.children)
            ):
                status = "ongoing"  # "have, since 2015, led the fight": begun and still going on
        if depth == 0 and _past_subordinate(node):
            break  # "applied to join Nato after Russia invaded Ukraine": the invasion is a past fact
        # stop climbing once we leave a chain of infinitives/conjuncts (a reporting verb's tense is not
        # ours), but let modality flow down through relative clauses: "could pave the way for X to ..."
        if (
            node.dep_ == "acl"
            and node.tag_ == "VBG"
            # (a misparsed "Trump avoids ..." may tag the verb as a plural noun)
            and (node.head.pos_ == "VERB" or node.head.tag_ == "NNS")
            and node.head.lemma_.lower() in lex.negating_verbs
        ):
            # "Trump avoids condemning the invasion" (the gerund parsed as a clause on the verb):
            # the avoided or refused act is not done, as with the gerund as its object
            return "negated"
        if node.dep_ in ("relcl", "acl") and status is None:
            status = _modality_above(node.head, lex)
            break
        if node.dep_ == "ccomp" and node.head.lemma_.lower() not in lex.speech_lemmas:
            continue  # "could allow Germany to send": the modal governs the sending
        if node.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj", "nsubj"):
            break
    if status is None:
        status = "occurred"
    if etype in _MATERIAL and trig.lemma_.lower() in lex.pledge_verbs and status in ("occurred", "ongoing"):
        status = "pledged"  # "Japan pledged $12 million": the promise happened, the gift is pledged
    if (
        etype in _MATERIAL
        and status == "occurred"
        and trig.dep_ == "compound"
        and trig.head.lemma_.lower() in lex.words("package_nouns")
        and trig.head.dep_ == "dobj"
        and trig.head.head.lemma_.lower() in lex.pledge_verbs
    ):
        status = "pledged"  # "announced a new aid package": the help is promised, not yet given
    if status == "planned" and etype in _MATERIAL:
        status = "pledged"
    if status == "pledged" and etype not in _MATERIAL:
        status = "planned"
    return status


def _presupposed(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """A definite act judged or talked about ("condemned Russia's annexation", "ignores the
    attacks") is presupposed: it took place whether the judging is denied, planned or avoided."""
    if verb.lemma_.lower() not in lex.words("presupposing_verbs") or not _object_of(noun, verb):
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        for c in noun.children
    )


def _asked_for(node: Token, lex: Lexicon) -> bool:
    """Is the clause asked for rather than stated: a must/should modal ("must stop"), an object
    of a request ("urged Israel to stop", "demanded that they stop") or an imperative ("Stop lying")?"""
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in node.children):
        return True
    if node.dep_ in ("xcomp", "ccomp") and (
        any(t == "REQUEST" for t, _ in lex.verbs.get(node.head.lemma_.lower(), ()))
        or node.head.lemma_.lower() in ("demand", "ask", "want", "tell", "need")
    ):
        return True
    return (
        node.dep_ == "ROOT"
        and node.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "aux") for c in node.children)
    )


def _negative_subject(node: Token, lex: Lexicon) -> bool:
    """ "nobody condemned", "none of the members sent", "no one released", "no country sent": a
    subject that denies the clause."""
    for c in node.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in lex.words("negative_subjects"):
            return True
        if any(
            (d.dep_ == "det" and d.lower_ == "no") or (d.dep_ in ("preconj", "det") and d.lower_ == "neither")
            for d in c.children
        ):
            return True  # "no one", "no country", "neither France nor Germany"
    return False


_TIME_MARKS = {"after", "before", "since", "when", "once", "as", "because", "while"}


def _past_subordinate(node: Token) -> bool:
    """A past-tense clause of time or cause keeps its own tense: "after Russia invaded Ukraine",
    "when Turkey had launched its offensive". The plan, pledge or modal of the clause it hangs on
    ("applied to join Nato after ...", "will respond as it did when ...") is not its status."""
    if node.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in node.children):
        return False
    aux = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
    return (node.tag_ == "VBD" and not aux) or (node.tag_ == "VBN" and bool(aux & {"had", "was", "were"}))


def _takes_part_in(noun: Token, lex: Lexicon) -> bool:
    """ "take part in a strike", "participate in the talks", "join in the attack"."""
    if noun.head.lower_ != "in" or noun.head.dep_ != "prep":
        return False
    verb = noun.head.head
    if verb.lemma_.lower() == "part" and verb.head.lemma_.lower() == "take":
        return True  # "take part in": the parser may hang "in" on "part"
    return verb.lemma_.lower() in lex.words("participation_verbs") or (
        verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
    )


def _finite_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` that carries tense (past, present, or a modal)."""
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
        if node.pos_ in ("VERB", "AUX") and (
            node.tag_ in ("VBD", "VBZ", "VBP")
            or any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children)
        ):
            return node
    return None


def _modality_above(node: Token, lex: Lexicon) -> str | None:
    """Negation or modality of the clause a noun phrase sits in, or None."""
    for n in _clause_chain(node)[:4]:
        kids = list(n.children)
        if any(c.dep_ == "neg" for c in kids):
            return "negated"
        aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
        if aux & {"could", "might", "may", "should", "must"} or any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids
        ):
            return "hypothetical"
        if aux & {"will", "shall", "'ll", "wo"}:
            return "planned"
    return None


# --------------------------------------------------------------------------- build


def _phrase_span(trig: Token) -> tuple[int, int]:
    """Character span of the trigger's phrase, cut at embedded clauses."""
    toks = [trig]
    for c in trig.children:
        if c.dep_ in ("relcl", "ccomp", "parataxis") or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
            continue
        if c.dep_ == "punct" and c.i > trig.i:
            continue
        toks.extend(c.subtree)
    toks = [t for t in toks if not t.is_punct or toks[0].i < t.i < toks[-1].i]
    lo = min(t.idx for t in toks)
    hi = max(t.idx + len(t.text) for t in toks)
    return lo, hi


_NP_DEPS = {
    "pobj",
    "prep",
    "npadvmod",
    "tmod",
    "nummod",
    "compound",
    "amod",
    "appos",
    "det",
    "nmod",
    "advmod",
    "quantmod",
    "pcomp",
    "poss",
    "case",
    "cc",
    "conj",
}


def _attached(tok: Token, trig: Token) -> bool:
    """Is ``tok`` inside the trigger's own phrase (reached without crossing another clause)?"""
    node = tok
    for _ in range(12):
        if node == trig:
            return True
        if node.dep_ not in _NP_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


def _in_lede(sent: Span, ctx: _Ctx) -> bool:
    """Is the sentence one of the body's first four (a news lede runs three or four)?"""
    if sent.start_char >= len(ctx.parsed.document.body):
        return False
    if ctx.lede_end is None:
        starts = [s.start for _, s in zip(range(5), ctx.parsed.doc.sents, strict=False)]
        ctx.lede_end = starts[4] if len(starts) > 4 else len(ctx.parsed.doc)
    return sent.start < ctx.lede_end


def _date_for(anchors: list[Token], span: tuple[int, int], sent: Span, ctx: _Ctx) -> str | None:
    trig = anchors[0]
    doc = trig.doc
    inside = []
    for d in ctx.dates:
        if d.type not in ("DATE", "TIME") or not d.value or not (sent.start_char <= d.start < sent.end_char):
            continue
        dspan = doc.char_span(d.start, d.end, alignment_mode="expand")
        if dspan is not None and any(_attached(dspan.root, a) for a in anchors):
            inside.append(d)
    # "announced a package on March 12, the first since December": the start of a stretch dates
    # no act, so it must not keep the act's own date (on the object) from being looked for
    inside = [d for d in inside if not _bounds_a_period(d, doc)]
    if not inside and trig.pos_ in ("VERB", "AUX") and not _cumulative(trig, ctx.lex):
        # a date on a clause above ("In December, the ministry reported that ... would send"),
        # never one inside another clause ("talks it abandoned in 2009"); the day a total is
        # reported ("has received 12 jets so far, he said on Feb. 15") dates no single act
        chain = {t.i for t in (trig, *trig.ancestors)}
        inside = [
            d
            for d in ctx.dates
            if sent.start_char <= d.start
            and d.end <= sent.end_char
            and d.type in ("DATE", "TIME")
            and d.value
            and not _bounds_a_period(d, doc)
        ]
        if len({d.value[:10] for d in inside}) != 1:
            inside = []  # "on Bastille Day ... on Thursday night" is one day; two days say nothing
        for d in list(inside):
            dspan = doc.char_span(d.start, d.end, alignment_mode="expand")
            node = dspan.root if dspan is not None else None
            others_object = False
            while (
                node is not None
                # "hit by a bomb dropped on Monday": the passive agent's projectile carries the date
                and (node.dep_ in _NP_DEPS or node.dep_ in ("acl", "dobj", "agent"))
                and node.head.i != node.i
            ):
                # "described yesterday's decision as unjustified and called on Ottawa to ...": a
                # date in the object of the verb the trigger is coordinated with is that object's
                others_object |= node.dep_ == "dobj" and node.head.i != trig.i and trig.dep_ == "conj"
                node = node.head  # a participle modifier often carries a misattached date
            if (
                node is not None
                and node.dep_ in ("nsubj", "nsubjpass")
                and (node.pos_ == "PROPN" or node.lemma_.lower() in ctx.lex.words("attack_agents"))
            ):
                # "Iran on Sunday denied ...", "the attack on Monday killed 12": the parser hangs
                # the verb's date on a named subject, or on the attack the verb reports
                node = node.head
            if node is None or node.i not in chain or others_object:
                inside.remove(d)
    if not inside and trig.pos_ in ("VERB", "AUX"):
        inside = _dates_in_adjuncts(trig, sent, ctx)
    if not inside and (cop := _cleft_copula(trig)) is not None:
        # "When talks failed last week, it was Mattis who stood up to Trump": the cleft's
        # copula carries the adjuncts of the act its clause states
        inside = _dates_in_adjuncts(cop, sent, ctx)
    inside = [d for d in inside if not d.value.endswith("_REF") and not _bounds_a_period(d, doc)]
    if not inside:
        return None
    # "overnight on Jan. 23": a part of the day is resolved against the publication date; a
    # calendar date beside it says which day it was
    calendar = [d for d in inside if not re.search(r"T(MO|AF|EV|NI|DT)$", d.value)]
    inside = calendar or inside
    best = min(inside, key=lambda d: abs(d.start - trig.idx))
    # an event is dated to its day: "early Friday morning" and "at 10:30 p.m." are that day
    return best.value[:10] if _DAY.match(best.value) else best.value


def _cleft_copula(trig: Token) -> Token | None:
    """The "was" of an it-cleft ("it was Mattis who stood up") whose clause the trigger heads."""
    if trig.pos_ != "VERB" or trig.dep_ not in ("relcl", "ccomp"):
        return None
    cop = trig.head.head if trig.dep_ == "relcl" and trig.head.dep_ == "attr" else trig.head
    if cop.lemma_ != "be" or trig.i < cop.i:
        return None
    kids = list(cop.children)
    if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids) and any(c.dep_ == "attr" for c in kids):
        return cop
    return None


def _answered_act(trig: Token, lex: Lexicon) -> bool:
    """ "destroyed the platform in retaliation for an Iranian missile attack": the act answered
    came before the answer, so it is not the day's news (the lexicon's ``answer_nouns``)."""
    prep = trig.head
    return (
        trig.pos_ == "NOUN"
        and prep.dep_ == "prep"
        and prep.lower_ in ("for", "to")
        and prep.head.lemma_.lower() in lex.words("answer_nouns")
    )


def _cumulative(trig: Token, lex: Lexicon) -> bool:
    """Does the trigger's own clause state a running total ("has received 12 jets so far",
    "to date, Germany has given ...")? A state reached by then is no act of one day."""
    head = trig if trig.pos_ in ("VERB", "AUX") else _finite_verb(trig)
    if head is None:
        return False
    words = _phrase_tokens(head, lambda t, c: c.dep_ not in ("relcl", "acl", "ccomp", "parataxis", "conj"))
    text = " " + " ".join(t.lower_ for t in words) + " "
    return any(f" {phrase} " in text for phrase in lex.words("cumulative_adverbs"))


def _known_agreement(c: _Cand) -> bool:
    """ "the grain deal", "the nuclear deal": an agreement named with "the" is one the reader
    already knows, made at some earlier time, so it is not the day's news the lede reports
    ("Suu Kyi's visit" or "the attack" in a lede, by contrast, usually are)."""
    trig = c.trigger
    return (
        c.type == "AGREE"
        and trig.pos_ == "NOUN"
        and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in trig.children)
    )


def _bounds_a_period(d: DateRef, doc: Doc) -> bool:
    """ "a delay until 30 June", "aid since 2012", "before the vote": a deadline or the start of
    a stretch of time, not when the act itself happens."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    return doc[span.start - 1].lower_ in ("until", "till", "since", "before")


def _dates_in_adjuncts(trig: Token, sent: Span, ctx: _Ctx) -> list[DateRef]:
    """The one date inside the trigger's own adjunct clauses ("killed 1,269 soldiers in
    routing a force to capture the base on Sunday").

    A manner or purpose clause (``pcomp``/``advcl``/``xcomp`` under a preposition or the
    verb) describes the same action, so its date is the action's date. Dates inside a
    relative clause, a reported clause or a noun's own modifier belong to something else.
    """
    doc = trig.doc
    found: list[DateRef] = []
    for d in ctx.dates:
        if d.type not in ("DATE", "TIME") or not d.value or not (sent.start_char <= d.start < sent.end_char):
            continue
        dspan = doc.char_span(d.start, d.end, alignment_mode="expand")
        if dspan is None:
            continue
        node, via_clause = dspan.root, False
        while node.i != trig.i and node.head.i != node.i:
            if node.dep_ in ("relcl", "ccomp", "acl", "parataxis", "conj", "csubj"):
                break
            via_clause = via_clause or node.dep_ in ("pcomp", "advcl", "xcomp")
            node = node.head
        if node.i == trig.i and via_clause:
            found.append(d)
    return found if len(found) == 1 else []


def _place_named_of(noun: Token, ctx: _Ctx) -> Entity | None:
    """The place of "the rebel-held town of Khan Sheikhoun" or "the mountains of Kurdistan": the
    name after a place noun (or a stretch of land or water, the lexicon's ``terrain_nouns``) and "of"."""
    if noun.lemma_.lower() not in PLACE_NOUNS and noun.lemma_.lower() not in ctx.lex.words("terrain_nouns"):
        return None
    of = _prep_objects(noun, "of")
    return ctx.actor_at(of[0]) if of else None


def _is_state_place(e: Entity, ctx: _Ctx) -> bool:
    """Is the place a whole state ("Iraq"), not a town, region or site inside one?"""
    return e.type == "GPE" and ctx.actors.state_of(e) is e


def _place_of_np(noun: Token, ctx: _Ctx) -> Entity | None:
    """The place a noun phrase names.

    Its own name ("Kharkiv"), the name after a place noun ("the town of Manbij"), a name in
    apposition ("Iraq's second city, Basra"), a town naming a site ("the Brussels airport"),
    a site named as an organisation ("the White House", "Capitol Hill": the lexicon's
    ``facility_heads``), or the place a compass word measures from ("posts east of Basra").
    """
    e = ctx.actor_at(noun) or _place_named_of(noun, ctx)
    if e is not None and e.type in ("GPE", "LOC"):
        return e
    sites = ctx.lex.words("facility_heads")
    if e is not None and e.type in ("ORG", "FAC") and noun.pos_ == "PROPN" and noun.lower_ in sites:
        # the site as written: "Capitol Hill" is where she goes, "Congress" the body it stands for
        span = entity_of(noun)
        written = [t.text for t in span if t.dep_ != "det"] if span is not None else []
        return replace(e, name=" ".join(written)) if written else e
    for c in noun.children:
        if c.dep_ == "appos" and (a := _place_of_np(c, ctx)) is not None:
            return a
    if (
        e is None
        and noun.pos_ == "NOUN"
        and (noun.lemma_.lower() in sites or noun.lemma_.lower() in PLACE_NOUNS)
    ):
        for c in noun.children:
            a = ctx.actor_at(c) if c.dep_ in ("compound", "nmod") else None
            if a is not None and a.type in ("GPE", "LOC") and not _is_state_place(a, ctx):
                return a
    return _compass_place(noun, ctx)


def _compass_place(tok: Token, ctx: _Ctx) -> Entity | None:
    """The place a compass word under ``tok`` measures from: "posts east of Basra", "fought
    north of Kyiv" (the lexicon's ``compass_words``)."""
    for c in tok.children:
        if c.dep_ in ("advmod", "amod", "npadvmod") and c.lower_ in ctx.lex.words("compass_words"):
            for g in _prep_objects(c, "of"):
                if (p := _place_of_np(g, ctx)) is not None:
                    return p
    return None


def _free_participle(trig: Token) -> bool:
    """ "..., killing 80 people": a subjectless -ing clause adjoined to a verb's clause."""
    return (
        trig.tag_ == "VBG"
        and trig.dep_ == "advcl"
        and trig.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in trig.children)
    )


def _location_for(trig: Token, ctx: _Ctx) -> str | None:
    """A place in an in/at/to PP of the trigger, or one level down ("talks with Sandu in Oslo").

    Of the places found, a town, region or site is preferred over the state around it ("posts
    east of Iraq's second city, Basra" happened in Basra, "in the mountains of Kurdistan in
    northern Iraq" in Kurdistan).
    """
    if trig.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in trig.children):
        # "moved to China, where Kerry met Lavrov": the relative adverb's antecedent is the place
        e = _place_of_np(trig.head, ctx)
        if e is not None:
            return e.name
    dobjs = [c for c in trig.children if c.dep_ == "dobj"]
    for d in dobjs:
        # "entered the border town of Manbij", "shelled Kharkiv": a town taken as the object is
        # where it happened (a state as object is the target, not a place)
        e = _place_of_np(d, ctx)
        if e is not None and not _is_state_place(e, ctx):
            return e.name
    # "killed by a drone in Kherson": a passive agent is read like a prepositional object
    pobjs = [g for c in trig.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
    # "met during a Group of 20 meeting in China": the head of an "of" phrase carries the PP
    pobjs += [g for p in pobjs for g in _prep_objects(p, "of")]
    nodes = [trig, *dobjs, *pobjs]  # "struck targets in Syria"
    if trig.pos_ == "NOUN":
        # "an attack that killed 80 civilians in Khan Sheikhoun", "meetings held in Jeddah": its
        # relative or participle clause says where
        nodes += [c for c in trig.children if c.dep_ in ("relcl", "acl")]
    # one level further, as the parser often hangs the place on the nearest noun: "killed 32
    # people in bombings at the Brussels airport", "meetings held with the leadership in
    # Jeddah", "rammed into a crowd celebrating in the city of Nice"
    for node in nodes[1:]:
        if node.dep_ == "relcl":
            continue
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ not in ("from", "against", "than"):
                nodes += [g for g in c.children if g.dep_ == "pobj" and g not in nodes]
            elif c.dep_ == "acl" and c.pos_ == "VERB" and c not in nodes:
                nodes.append(c)
    found: list[Entity] = [p] if (p := _compass_place(trig, ctx)) is not None else []
    for depth, node in enumerate(nodes):
        for c in node.children:
            if c.dep_ == "prep" and (
                c.lower_
                in (("in", "at", "to", "near", "outside", "over") if depth == 0 else ("in", "at", "over"))
                # "a bomb dropped near Avdiivka": a participle clause's "near" places its act
                or (c.lower_ == "near" and node.dep_ == "acl")
            ):
                for g in c.children:
                    if g.dep_ == "pobj" and (e := _place_of_np(g, ctx)) is not None:
                        found.append(e)
                        # "in the mountains of Kurdistan in northern Iraq": the PP on the place
                        found += [
                            p
                            for cc in g.children
                            if cc.dep_ == "prep" and cc.lower_ in ("in", "near")
                            for gg in cc.children
                            if gg.dep_ == "pobj" and (p := _place_of_np(gg, ctx))
                        ]
    if found:
        return next((e for e in found if not _is_state_place(e, ctx)), found[0]).name
    # "a missile strike on a building in Dnipro killed 46": the attack named as the subject
    # says where it hit
    for c in trig.children:
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in ctx.lex.words("attack_agents"):
            return _location_for(c, ctx)
    return None


def _people_named_by_act(trig: Token, lex: Lexicon) -> bool:
    """ "bombing victims", "attack survivors": an act word naming the people it befell, whether
    the parser made it a compound noun or a gerund taking them as its object."""
    people = lex.words("people_named_by_act")
    if trig.dep_ == "compound":
        return trig.head.lemma_.lower() in people
    return (
        trig.tag_ == "VBG"
        # "are shooting refugees": a finite verb with its own subject or auxiliary is an act
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in trig.children)
        and any(
            c.dep_ == "dobj" and c.i == trig.i + 1 and c.lemma_.lower() in people and c.tag_ == "NNS"
            for c in trig.children
        )
    )


def _shares_a_view(trig: Token) -> bool:
    """ "agree (that) this was a crime", "agrees it is time": agreeing with a statement of fact or
    judgement is holding the same view, not an agreement; "agreed that talks would resume" (a
    modal clause) or "agreed to / on / with" still are."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() != "agree":
        return False
    if any(c.dep_ in ("xcomp", "prep", "dobj") for c in trig.children):
        return False
    clauses = [c for c in trig.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(
        (
            a.dep_ == "aux"
            and a.head.i == c.i
            and a.lower_ in ("will", "would", "shall", "should", "must", "'ll", "to")
        )
        # "agreed that the ceasefire begins on Sunday": a date sets what is agreed to
        or a.ent_type_ in ("DATE", "TIME")
        for c in clauses
        for a in c.subtree
    )


def _build(trig: Token, etype: str, mode: str | None, sent: Span, ctx: _Ctx) -> _Cand | None:
    subj: Token | None = None
    passive = False
    if _people_named_by_act(trig, ctx.lex):
        return None  # "paid tribute to bombing victims": people, not a bombing stated here
    if etype == "AGREE" and _shares_a_view(trig):
        return None  # "both candidates agree this was a horrific crime": an opinion held alike
    if etype in ("AGREE", "AID") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ctx.lex.words("courtesy_nouns") for c in trig.children
    ):
        return None  # "offered condolences to the victims": courtesy, neither a deal nor a gift
    if trig.pos_ in ("NOUN", "PROPN"):
        if etype == "PROTEST" and _electioneering(trig, ctx):
            return None
        src_ents, tgt_ents, gov = _nominal_args(trig, etype, ctx)
        if etype == "PROTEST" and any(
            c.dep_ == "poss" and c.lower_ == "their" and _civilian_antecedent(c, ctx.lex)
            for c in trig.children
        ):
            # "checking on demonstrators during their marches": the unnamed people march, not a
            # city or state the pronoun resolver reached for
            return _unattributed_protest(trig, etype, mode, sent, ctx)
        if etype == "ASSAULT" and not tgt_ents:
            # "two Turkish soldiers were killed in an attack by Kurdish militants"
            tgt_ents = [e for v in _casualties_of(trig, ctx) for e in _actors_of(v, ctx) if e not in src_ents]
        if etype == "ASSAULT" and not tgt_ents and src_ents:
            tgt_ents = [e for e in _defenders(trig, gov, ctx) if e not in src_ents]
        claimers = _responsibility_claimers(trig, ctx) if etype in ("ASSAULT", "COERCE") else []
        if claimers:
            # "Hamas claimed responsibility for the attack": who claims it carried it out
            src_ents = [*claimers, *(e for e in src_ents if e not in claimers)]
            tgt_ents = [e for e in tgt_ents if e not in claimers]
        elif not _nominal_allowed(trig, gov, ctx):
            return None
        if not tgt_ents and src_ents and etype in ("ACCUSE", "REJECT", "SUPPORT", "AGREE"):
            # "Bangladesh's firm rejection of the proposal": whoever made the proposal
            obj = next(iter(_prep_objects(trig, "of")), None)
            if obj is not None and _deed_noun(obj, ctx):
                tgt_ents = [e for e in _earlier_author(obj, ctx) if e not in src_ents]
        confidence = 0.45
    else:
        gov = None
        if _bare_participle(trig):
            return None  # "When asked ...", "weapons seized last year": the actor is not named
        subj, passive = _subject(trig, ctx.lex)
        if (
            subj is not None
            and trig.dep_ == "conj"
            and subj.head.i == trig.head.i
            and trig.head.lemma_.lower() in ctx.lex.speech_lemmas
            and (q := ctx.quote_at(trig.idx)) is not None
            and ctx.quote_at(subj.idx) is not q
            and _quote_part_runs_in(trig, q)
        ):
            # 'He said foreign powers aimed to "smash Islam...And destroy every one of us."': a
            # verb inside a quotation borrows no subject from the reporting clause outside it
            return None
        if (
            subj is not None
            and not passive
            and etype not in _SPEECH_ACTS
            and subj.lemma_.lower() in ctx.lex.words("speech_nouns")
        ):
            # "praise from Putin helps the US", "his remarks hurt the talks": words said give no aid
            # and strike no one (a statement may accuse or ask, which are speech acts)
            return None
        bill = subj if subj is not None else (trig.head if trig.dep_ in ("acl", "relcl") else None)
        if (
            bill is not None
            # "signed a decree imposing sanctions": an enacted text acts for whoever enacted it
            and bill.lemma_.lower() in ctx.lex.words("proposal_nouns") | ctx.lex.words("enacted_nouns")
            and bill.dep_ in ("dobj", "pobj")
        ):
            # "Corker is introducing a bill to impose sanctions": the bill's sponsor would act
            sponsor_verb = bill.head if bill.dep_ == "dobj" else bill.head.head
            sponsor, sponsor_passive = _subject(sponsor_verb, ctx.lex)
            if sponsor is not None and not sponsor_passive:
                subj = sponsor
        if passive and subj is None and trig.lemma_.lower() in ("oppose", "commit", "dedicate"):
            # "Israel is opposed to a Palestinian state": a state of mind, not a passive; the
            # subject holds it and the "to" phrase names what it is held against
            held = next((c for c in trig.children if c.dep_ == "nsubjpass"), None)
            if held is not None and any(c.dep_ == "prep" and c.lower_ == "to" for c in trig.children):
                subj, passive = held, False
        src_ents = _actors_of(subj, ctx) if subj is not None else []
        if not src_ents and subj is not None and not passive:
            src_ents = _role_subject_actors(subj, trig, ctx)
        if not src_ents and subj is not None and passive:
            src_ents = _passive_agent_side(subj, trig, ctx)
        if (
            subj is not None
            and not passive
            and (
                all(e.type == "LOC" for e in src_ents)
                or subj.lemma_.lower() in ctx.lex.words("member_nouns") | ctx.lex.words("state_nouns")
            )
        ):
            # "Several Baltic leaders, including Kallas and Nauseda, ...", "NATO's eastern members,
            # particularly Poland and the Baltic States, ...": the members named act (not the
            # region they are from, nor the body they belong to)
            src_ents = _named_members(subj, ctx) or src_ents
        if (
            not src_ents
            and subj is not None
            and not passive
            and subj.lower_ in ctx.lex.words("non_state_nouns")
        ):
            # "the rebels, who are fighting ...": the group named before (only as the one acting:
            # as a beneficiary or victim the bare noun is too loose a reference)
            src_ents = _earlier_armed_group(subj, ctx)
        tgt_ents = _targets(trig, etype, ctx, passive=passive, source=src_ents)
        if etype == "SANCTION" and _own_plans_called_off(trig, src_ents, ctx):
            return None
        suffered = _attack_suffered(trig, ctx.lex) if etype == "ASSAULT" else None
        if suffered is not None:
            # the subject is attacked; the attacker is named by "from"/"by" on the noun or the verb
            src_ents, tgt_ents = _attackers_named(trig, suffered, ctx), src_ents
            military = subj is not None and bool({t.lower_ for t in subj.subtree} & ctx.lex.military_nouns)
            if (
                not src_ents
                or not tgt_ents
                or not (military or all(e.type in ("GPE", "LOC") for e in tgt_ents))
            ):
                return None  # "the bill came under fire from Republicans": criticism, not an attack
        received = _goods_received_from(trig, ctx.lex) if etype == "AID" and not passive else None
        if received is not None:
            # seen from the receiving end: the giver acts, the receiver (the subject) is helped
            # only a government or an international body gives aid: goods from a company are bought
            givers = [
                e
                for g in received[1]
                for e in _actors_of(g, ctx, deep=True)
                if (e.type == "GPE" and _is_state_like(e, ctx))
                or e.sector in ctx.lex.state_sectors
                or e.sector == "IGO"
            ]
            src_ents, tgt_ents = givers, [e for e in src_ents if e not in givers]
            if not tgt_ents:
                return None  # "the company got 12 trucks from Germany": no receiving party named
        if not tgt_ents and etype == "REJECT":
            # "Slovakia refused to send more weapons to Ukraine": the one the refused help was for
            # (refusing to sanction Belarus rejects no one's request of Belarus)
            for c in trig.children:
                acts = _trigger_types(c, ctx.lex, yield_to_complement=False) if c.dep_ == "xcomp" else []
                if acts and acts[0][0] in ("AID", "COOPERATE", "AGREE", "CONSULT", "SUPPORT", "CONCEDE"):
                    tgt_ents = [e for e in _targets(c, acts[0][0], ctx, passive=False, source=src_ents)
                                if e not in src_ents]  # fmt: skip
        if not tgt_ents and etype in ("ACCUSE", "REJECT", "SUPPORT", "AGREE"):
            # "Obama condemned Friday's test": the test is North Korea's, named earlier; "Kyiv
            # welcomed the offer", "Moscow accepted the proposal": whoever made it
            obj = next((c for c in trig.children if c.dep_ == "dobj"), None)
            if obj is not None and etype in ("SUPPORT", "AGREE") and not _deed_noun(obj, ctx):
                obj = None  # "to support the average price": backing a thing, not someone's deed
            tgt_ents = [e for e in _earlier_author(obj, ctx) if e not in src_ents] if obj is not None else []
        if etype == "REJECT" and src_ents and _denies_statement(trig):
            # "Khamenei denied that the platforms had military gear": the one who said they had
            # (not the denier's own side named in the clause: "denied that its forces hit ...")
            own = {st.name for e in src_ents if (st := ctx.actors.state_of(e)) is not None}
            if all(
                e in src_ents or (st := ctx.actors.state_of(e)) is None or st.name in own for e in tgt_ents
            ):
                tgt_ents = _earlier_claimant(trig, src_ents, ctx) or tgt_ents
        if not tgt_ents and etype == "ASSAULT" and trig.dep_ == "acl" and trig.pos_ == "VERB":
            # "Ukraine's air force shot down 40 drones launched by Russia": aimed at the defender
            tgt_ents = [e for e in _interceptors(trig, ctx) if e not in src_ents]
        if not tgt_ents and etype in ("SANCTION", "THREATEN", "COERCE"):
            # "condemned North Korea's test and pledged to impose further sanctions": the same foe
            tgt_ents = [e for e in _conjoined_antagonist(trig, ctx) if e not in src_ents]
        confidence = 0.6
        # "pushed him into a U-turn" with "him" unresolved: we do not know who, so no event
        obj = next((c for c in trig.children if c.dep_ in ("dobj", "dative")), None)
        if not tgt_ents and obj is not None and (_pronoun(obj) or obj.ent_type_ == "PERSON"):
            # (a place the tagger took for a person, "enter Afrin", is no unnamed person)
            place = ctx.actor_at(obj) if not _pronoun(obj) else None
            if place is None or place.type not in ("GPE", "LOC"):
                return None
            if etype == "MOBILIZE":
                tgt_ents = [place]  # forces move into the place: it is what they are sent against
    if (
        not src_ents
        and passive
        and subj is None
        and etype in _ANNOUNCED_ACTS
        # "cannot be left without consequences": an idiom, not a withdrawal
        and trig.lemma_.lower() != "leave"
    ):
        # "May announced that 23 Russian diplomats will be expelled": a government announcing
        # a measure in the passive is the one taking it
        speaker = _speaker_of_reported_clause(trig, ctx)
        if speaker is not None and (
            _is_state_like(speaker, ctx) or speaker.sector in ctx.lex.state_sectors or speaker.sector == "IGO"
        ):
            src_ents = [speaker]
            tgt_ents = [e for e in tgt_ents if e != speaker]
    if not src_ents and trig.pos_ == "VERB" and etype in ("MOBILIZE", "RETREAT"):
        # "Russian military police have been deployed to Manbij": troops moved act for their state
        troops = next((c for c in trig.children if c.dep_ == "nsubjpass"), None)
        if troops is not None and troops.lemma_.lower() in ctx.lex.military_nouns:
            src_ents = [
                e for t in troops.lefts for e in _actors_of_one(t, ctx, deep=False) if _is_state_like(e, ctx)
            ]
            tgt_ents = [e for e in tgt_ents if e not in src_ents]
    if (
        etype == "REJECT"
        and not tgt_ents
        and trig.dep_ == "relcl"
        and trig.head.lemma_.lower() in ctx.lex.words("denial_objects")
    ):
        # "Iran said the drone had violated its airspace, a claim Washington denied": the claim's
        # author is the speaker of the clause the claim sums up
        node = trig.head
        for _ in range(4):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ == "VERB" and node.lemma_.lower() in ctx.lex.speech_lemmas:
                speaker = next((c for c in node.children if c.dep_ == "nsubj"), None)
                if speaker is not None:
                    tgt_ents = [e for e in _actors_of(speaker, ctx) if e not in src_ents]
                break
    if etype == "ASSAULT":
        # "an attack on the town of Douma that killed 42": a town or region never attacks (a
        # capital standing for its government does)
        src_ents = [e for e in src_ents if not (e.type in ("GPE", "LOC") and not _acts_as_state(e, ctx))]
    if (
        etype == "PROTEST"
        and subj is not None
        and not passive
        and subj.lower_ == "they"
        and _civilian_antecedent(subj, ctx.lex)
    ):
        src_ents = []  # "Protestors set cars ablaze, while they blocked roads": not a state named earlier
    if not src_ents:
        if etype == "ASSAULT":
            found = _unattributed_attack(trig, etype, mode, sent, ctx)
            if found is None and passive and trig.pos_ == "VERB" and tgt_ents and _struck_thing(trig, ctx):
                # "The Greek tanker Sounion was hit on Wednesday": the attacker is the one the
                # article has attacking that state (``_implicit_attackers``), or no one
                found = _unnamed_actor_cand(
                    trig, etype, mode, sent, ctx, target=[n for e in tgt_ents for n in _mention_names(e, ctx)]
                )
                found.implicit_agent = True
            return found
        if etype == "PROTEST":
            return _unattributed_protest(trig, etype, mode, sent, ctx)
        if etype == "COERCE" and mode == "arrest":
            return _unattributed_arrests(trig, etype, mode, sent, ctx)
        return None
    visit: Token | None = None
    if etype in ("AGREE", "COOPERATE") and not tgt_ents:
        states, visit = _visited_state(gov if trig.pos_ == "NOUN" else trig, ctx)
        tgt_ents = [e for e in states if e not in src_ents]
    if etype == "PROTEST" and any(
        (e.type == "GPE" and _is_state_like(e, ctx)) or e.sector in ctx.lex.state_sectors for e in src_ents
    ):
        # "France protested over Canada's decision": a government's protest is a complaint
        # (PLOVER keeps PROTEST for civilian demonstrations)
        etype, mode = "ACCUSE", "disapprove"
    if (
        etype == "RETREAT"
        and trig.lemma_.lower() == "leave"
        and any(
            c.dep_ == "dobj" and (e := ctx.actor_at(c)) is not None and e.type in ("GPE", "LOC")
            for c in trig.children
        )
    ):
        return None  # "left London to join Islamic State": leaving a place is no resignation
    if (
        etype == "RETREAT"
        and trig.lemma_.lower() == "leave"
        and any(
            c.dep_ == "dobj"
            and ctx.actor_at(c) is None
            and c.lemma_.lower() not in ctx.lex.words("left_bodies")
            and not _pronoun(c)
            for c in trig.children
        )
    ):
        return None  # "as he was leaving the rostrum": walking out of a room, not quitting a post
    if (
        etype == "RETREAT"
        and trig.lemma_.lower() == "leave"
        and any(
            g.dep_ in ("acomp", "oprd", "xcomp", "ccomp") and (g.pos_ == "ADJ" or g.tag_ == "VBN")
            for c in (trig, *(c for c in trig.children if c.dep_ == "dobj"))
            for g in c.children
        )
    ):
        return None  # "will not leave this move unanswered", "left the town empty": a state left, not a post
    if etype == "CONSULT" and trig.pos_ == "VERB" and trig.lemma_.lower() in ("discuss", "debate"):
        # "Klein will discuss a Benghazi link to the Mali hotel attack": a state named in what is
        # discussed is the topic, not a partner in the talks
        partners = [
            t
            for c in trig.children
            if c.dep_ == "prep" and c.lower_ in ("with", "between", "among")
            for t in c.subtree
        ]
        topic = [t for t in trig.subtree if t.i not in {p.i for p in partners}]
        tgt_ents = [
            e
            for e in tgt_ents
            if any(ctx.actor_at(t) == e for t in partners) or not any(ctx.actor_at(t) == e for t in topic)
        ]
        if not tgt_ents and len(src_ents) <= 2 and not _plural_talkers(trig, ctx):
            return None
    if etype == "CONSULT" and mode == "visit" and _home_trip(src_ents, tgt_ents, ctx):
        return None  # "Saddam Hussein visited the northern city of Mosul": a trip at home meets no one
    resigned = False
    if etype == "RETREAT" and mode == "resign":
        # a person resigns from the government they serve: "Mattis quit"
        people = [e for e in src_ents if e.type == "PERSON"]
        if people and not tgt_ents:
            state = ctx.actors.state_of(people[0])
            src_ents, tgt_ents = people, [state] if state is not None else []
            resigned = True
    if (
        etype == "ASSAULT"
        and trig.pos_ == "VERB"
        and any(c.dep_ == "xcomp" for c in trig.children)
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in trig.children)
    ):
        return None  # "the bank is targeting to grow", "fighting to survive": an aim, not an attack
    if etype == "ASSAULT" and trig.lemma_.lower() in ctx.lex.figurative_assault:
        # "Trump attacked the media", "Clinton hit Trump hard", "fighting climate change": a
        # politician's attack is verbal; only states and armed actors attack physically
        armed = (
            any(
                (e.type == "GPE" and _acts_as_state(e, ctx))  # "Kyiv struck a refinery": a capital acts
                or e.sector in ("MIL", "REB", "COP")
                for e in src_ents
            )
            or (
                trig.pos_ == "VERB"
                and subj is not None
                # "its drones struck a refinery": a weapon as subject is an armed attacker
                and bool(
                    {subj.lemma_.lower(), subj.lower_}
                    & (ctx.lex.military_nouns | ctx.lex.words("projectile_nouns") | {"warplane", "aircraft"})
                )
            )
            # "claimed responsibility for the attack on the bridge": only deeds are claimed so
            or (trig.pos_ == "NOUN" and bool(_responsibility_claimers(trig, ctx)))
            # "the Houthis attacked a cargo ship": a ship or a base is hit only physically
            or (trig.pos_ == "VERB" and _physical_object(trig, ctx.lex))
            or (
                # "Trump ordered the strike on the airfield": a leader orders a physical one
                trig.pos_ == "NOUN"
                and gov is not None
                and gov.lemma_.lower() in ("order", "authorise", "authorize", "launch", "carry", "conduct")
                and any(ctx.actors.state_of(e) is not None for e in src_ents)
            )
        )
        # "China attacked the decision", "hit Beijing with new tariffs": words or economic means
        # aimed at a decision or with sanctions are no physical attack, whoever uses them
        verbal = trig.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ctx.lex.non_actor_heads | ctx.lex.words("stance_nouns")
            for c in trig.children
        )
        economic = trig.pos_ == "VERB" and any(
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(g.dep_ == "pobj" and ctx.lex.noun_is(g.lemma_.lower(), "SANCTION") for g in c.children)
            for c in trig.children
        )
        if economic and tgt_ents:
            etype, mode = "SANCTION", None  # "hit Beijing with new tariffs"
        elif not armed or verbal:
            if trig.lemma_.lower() in ("attack", "hit", "target", "strike", "slam") and tgt_ents:
                etype, mode = "ACCUSE", "disapprove"
            else:
                return None
    if etype == "ASSAULT" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() == "side" for g in c.children)
        for c in trig.children
    ):
        return None  # "fighting on the side of the regime": an ally's war, no attack named
    if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in trig.children):
        return None  # "they should ask themselves"
    if _judged_unlikely(trig, ctx.lex):
        return None
    if (
        etype == "ASSAULT"
        and trig.lemma_.lower() in ctx.lex.words("reciprocal_verbs")
        and len(src_ents) > 1
        and not tgt_ents
    ):
        # "Israeli and Hezbollah forces exchanged fire": each side attacks the other
        src_ents, tgt_ents = src_ents[:1], src_ents[1:]
    # "Japan and Ukraine agreed", "A and B met in Washington": coordinated subjects of a
    # symmetric event are its two sides; a place is where they met, not a party
    if (
        etype in _SYMMETRIC
        and len(src_ents) > 1
        and all(e.type in ("GPE", "LOC") and not _is_state_like(e, ctx) for e in tgt_ents)
        # "Macron and Scholz visited Kyiv": fellow travellers visit the place together
        and not (mode == "visit" and tgt_ents)
    ):
        src_ents, tgt_ents = src_ents[:1], src_ents[1:]
    if (
        trig.lemma_.lower() in ctx.lex.words("address_verbs") | ctx.lex.words("partner_verbs")
        and (heads := _prep_objects(trig, "to", "with", "alongside"))
        and all(h.lemma_.lower() in ctx.lex.words("member_nouns") for h in heads)
    ):
        # "would work with other Security Council members": unnamed members, not the body itself
        return None
    if etype == "CONSULT" and trig.lemma_.lower() in ctx.lex.words("address_verbs") and tgt_ents:
        # "spoke to the BBC", "spoke to the Commons": talking to the press or to one's own
        # parliament is no consultation; the other side must be a political counterpart
        home = {s.country for s in src_ents if s.country}
        tgt_ents = [
            e
            for e in tgt_ents
            if e.sector not in ctx.lex.words("audience_sectors")
            and not (e.sector == "LEG" and e.country in home)
        ]
        if not tgt_ents:
            return None
    if etype == "CONSULT" and trig.pos_ == "NOUN" and tgt_ents:
        # "a private visit to Avignon": a leader touring his own country meets no one named
        home = {s.country for s in src_ents if s.country}
        tgt_ents = [
            e
            for e in tgt_ents
            if not (e.type in ("GPE", "LOC") and not _is_state_like(e, ctx) and e.country in home)
        ]
        if not tgt_ents:
            return None
    if etype == "AID" and tgt_ents and all(e.type == "LOC" and e.country is None for e in tgt_ents):
        # "sending two frigates to the Baltic Sea", "sent aid to the Middle East": a sea or a
        # region is where things go, not who receives them; no state or group is helped
        return None
    src_names: list[str] = []
    for e in src_ents:
        # who resigns leaves the state they served: the person alone is the source
        names = [e.name] if resigned else _mention_names(e, ctx)
        src_names += [n for n in names if n not in src_names]
    tgt_names: list[str] = []
    for e in tgt_ents:
        if e in src_ents:
            continue
        if etype == "MOBILIZE" and trig.pos_ == "VERB" and e.type == "LOC" and e.country is None:
            # "moved 18 warships into the Indian Ocean": forces sent to a sea or a region face no
            # one named there (the place is still where it happened, read from ``tgt_ents``)
            continue
        tgt_names += [n for n in _mention_names(e, ctx) if n not in tgt_names and n not in src_names]
    targetless_ok = etype in _TARGETLESS_OK or trig.lemma_.lower() in ctx.lex.targetless_lemmas
    if etype == "REJECT" and trig.pos_ == "VERB" and _denies_charge(trig, ctx):
        targetless_ok = True  # "the regime denied using chemical weapons": accusers unnamed
    if etype == "AID" and trig.pos_ == "VERB" and _names_goods(trig, ctx):
        targetless_ok = True  # "Kenya will contribute $40 million to a joint fund": a pledge all the same
    if etype in ("COERCE", "ASSAULT") and any(c.dep_ in ("dobj", "nsubjpass") for c in trig.children):
        targetless_ok = True  # "police arrested journalists": unnamed victims, still an event
    if (
        etype == "RETREAT"
        and mode == "release"
        and any(
            c.dep_ in ("dobj", "nsubjpass")
            and c.lemma_.lower() in ctx.lex.words("held_people") | ctx.lex.civilian_nouns
            for c in trig.children
        )
    ):
        targetless_ok = True  # "Syria released 30 prisoners": whose they were may go unsaid
    if etype == "RETREAT" and trig.pos_ == "VERB" and not tgt_names and _withdraws_troops(trig, ctx):
        # "withdrew 50 special forces troops from the border area": the place left names no
        # actor; still a withdrawal, from the state that place is in when the text just said
        targetless_ok = True
        # only a state's troops leave a state; a rebel force pulls back inside its own country
        state = (
            _state_of_place_left(trig, ctx, src_ents)
            if any(e.type == "GPE" or e.sector in ctx.lex.state_sectors for e in src_ents)
            else None
        )
        if state is not None:
            tgt_names = [state.name]
    if (
        etype == "CONSULT"
        and trig.pos_ == "VERB"
        and trig.lemma_.lower() in ctx.lex.words("assembly_verbs")
        and not any(c.dep_ == "dobj" for c in trig.children)  # "few members meet the bar"
        and subj is not None
        and (
            (subj.tag_ == "NNS" and subj.lower_ in ctx.lex.role_nouns)
            # "the Security Council will meet on Monday": a body of many members meets as one
            or (bool(src_ents) and all(e.type == "ORG" and e.sector == "IGO" for e in src_ents))
        )
    ):
        # "EU foreign ministers met in Brussels", "European leaders gathered to discuss": a
        # meeting among the members of one side, no outside party named
        targetless_ok = True
    if trig.lemma_.lower() == "target":
        targetless_ok = False  # "the government targeted a $5bn surplus": an aim, unless someone is hit
    if trig.pos_ in ("NOUN", "PROPN") and etype not in ("PROTEST", "RETREAT"):
        # "the arrest of 12 protesters by police": a named agent and a stated (unnamed) victim;
        # "49 militants were killed in Turkish air strikes": the dead are the victims
        # "the offensive against the Kurdish militia": an armed foe the article leaves unnamed
        targetless_ok = (
            (etype == "CONSULT" and _body_meets(trig, src_ents, ctx))
            or (etype == "MOBILIZE" and mode == "weapons")  # "conducted a nuclear test": aimed at no one
            or etype
            in (
                "COERCE",
                "ASSAULT",
            )
            and (
                bool(_agent_of_patient(trig))
                or bool(_responsibility_claimers(trig, ctx))
                or (etype == "ASSAULT" and bool(_casualties_of(trig, ctx)))
                or (etype == "ASSAULT" and _against_armed(trig, ctx.lex))
            )
        )
    rejected_act = _rejected_speech_act(trig, etype, ctx) if not tgt_names else None
    if not tgt_names and not targetless_ok and rejected_act is None:
        return None
    if tgt_names:
        confidence += 0.15
    span = _phrase_span(trig)
    status = _status(trig, etype, ctx)
    cand = _Cand(
        type=etype,
        mode=mode,
        source=src_names,
        target=tgt_names,
        status=status,
        start=span[0],
        end=span[1],
        trigger=trig,
        confidence=round(min(confidence, 0.95), 2),
        spans=[span],
    )
    # "launched strikes on Friday", "arrived on Thursday for talks": the verb carries the date
    anchors = [trig] + (
        [gov]
        if gov is not None and gov.lemma_.lower() in ctx.lex.light_verbs | ctx.lex.words("travel_verbs")
        else []
    )
    if visit is not None and tgt_ents:
        anchors.append(visit)  # the visit's date and place are the agreement's
    if (
        trig.pos_ == "VERB"
        and trig.dep_ in ("advcl", "xcomp")
        and trig.head.lemma_.lower() in ctx.lex.words("travel_verbs")
    ):
        anchors.append(trig.head)  # "arrived in Washington on Dec. 12 to meet Biden": when and where
    if (
        trig.pos_ == "VERB"
        and trig.dep_ == "conj"
        and trig.head.lemma_.lower() in ctx.lex.words("travel_verbs") - {"leave", "send", "dispatch"}
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children)
    ):
        anchors.append(trig.head)  # "arrived in Tel Aviv on Sunday and met Netanyahu": the trip's
    if trig.pos_ == "NOUN" and trig.head.pos_ == "ADP" and trig.head.lower_ in ctx.lex.temporal_preps:
        finite = _finite_verb(trig)
        anchors += [finite] if finite is not None else []
    cand.date = _date_for(anchors, span, sent, ctx)
    cand.lede = _in_lede(sent, ctx)
    cand.answers = rejected_act
    if rejected_act is not None and etype in ("ACCUSE", "SUPPORT"):
        cand.answered_noun = next((c for c in trig.children if c.dep_ == "dobj"), None)
    cand.target_states = frozenset(
        st.name for e in tgt_ents if (st := ctx.actors.state_of(e)) is not None and e.type != "GPE"
    )
    cand.denial = etype == "REJECT" and trig.pos_ == "VERB" and _denies_charge(trig, ctx)
    # "signed a security agreement with Zelensky in Berlin": an agreement is made somewhere too
    if etype in ("CONSULT", "AGREE", "ASSAULT", "PROTEST", "MOBILIZE", "COERCE"):
        cand.location = next((loc for a in anchors if (loc := _location_for(a, ctx))), None)
        if cand.location is None and _free_participle(trig):
            # "a truck rammed into a crowd in Nice, killing 80": the participle adds to its
            # clause's act, which happened where that clause says
            cand.location = _location_for(trig.head, ctx)
        if cand.location is None and etype == "CONSULT" and mode == "visit" and trig.pos_ == "VERB":
            # "Sunak visited Kyiv": the place visited is where the meeting was
            cand.location = next(
                (
                    e.name
                    for c in trig.children
                    if c.dep_ == "dobj"
                    for e in [ctx.actor_at(c)]
                    if e is not None and e.type in ("GPE", "LOC")
                ),
                None,
            )
        if cand.location is None and etype in ("ASSAULT", "MOBILIZE", "COERCE"):
            # "invaded Afrin": a place attacked is where it happened
            # (never the attacker's own side: "U.S. warships bombarded them" with "them" misread)
            own = {st.name for e in src_ents if (st := ctx.actors.state_of(e)) is not None}
            hit = [e for e in tgt_ents if e not in src_ents and e.name not in own]
            places = [e for e in hit if e.type in ("GPE", "LOC") and not _is_state_like(e, ctx)]
            if not places and etype == "ASSAULT":
                # "the US was attacking Syria's chemical weapons": a state attacked on its soil; a
                # state named as a modifier owns a thing hit anywhere ("fired on an American
                # helicopter", "a U.S.-flagged tanker"), it is not the place
                places = [
                    e
                    for e in hit
                    if e.type == "GPE" and _is_state_like(e, ctx) and _named_as_soil(e, trig, ctx)
                ][:1]
            cand.location = places[0].name if places else None
    if etype in _MATERIAL:
        lo, hi = span
        money = [a for a in ctx.amounts if lo <= a.start and a.end <= hi]
        cand.amount = money[0] if money else None
        cand.items = tuple(i for i in ctx.items if lo <= i.start and i.end <= hi)
        if not cand.items:
            # goods named without a number, but never the money itself ("pledged 5 billion euros")
            cand.items = tuple(
                i
                for i in _uncounted_items(trig, ctx.lex)
                if not any(a.start < i.end and i.start < a.end for a in ctx.amounts)
            )
        # "the UK's contribution to action in Libya", "promised reforms": no gift named, no aid event
        needs_goods = trig.lemma_.lower() in (
            ctx.lex.goods_nouns if trig.pos_ == "NOUN" else ctx.lex.needs_goods
        )
        if needs_goods and not (cand.amount or cand.items or _gives_aid_noun(trig, ctx.lex)):
            return None
        # "announced $250 million in assistance": announcing is giving only with money or counted goods
        if trig.lemma_.lower() in ctx.lex.needs_money and not (cand.amount or _names_goods(trig, ctx)):
            return None
    return cand


def _named_as_soil(e: Entity, trig: Token, ctx: _Ctx) -> bool:
    """Whether the trigger's phrase names the state ``e`` as a place ("Syria's", "on Syria",
    "Iraqi territory"), not only as a modifier of what belongs to it ("an American helicopter",
    "U.S. warships")."""
    subj = {t.i for c in trig.children if c.dep_ in _SUBJ for t in c.subtree}
    # a state's land named by its adjective is its soil: "attacking Iraqi territory", "Kuwaiti waters"
    land = PLACE_NOUNS | ctx.lex.words("terrain_nouns") | ctx.lex.words("land_nouns")
    return any(
        t.i not in subj
        and ctx.actor_at(t) == e
        and (t.dep_ not in ("amod", "compound", "nmod", "npadvmod") or t.head.lemma_.lower() in land)
        for t in trig.subtree
    )


def _visited_state(verb: Token | None, ctx: _Ctx) -> tuple[list[Entity], Token | None]:
    """The state a conjoined visit went to, and the visit verb: "Meloni visited Kyiv on Feb. 24
    and signed a security agreement" signs it with Ukraine, there and then. Only a visit verb
    coordinated with ``verb``, and only the state of the place visited."""
    if verb is None or verb.pos_ != "VERB":
        return [], None
    visit_verbs = {lemma for lemma, kinds in ctx.lex.verbs.items() if ("CONSULT", "visit") in kinds}
    visit_verbs -= ctx.lex.words("travel_verbs") - {"visit"}
    for v in (*verb.conjuncts, verb.head if verb.dep_ == "conj" else verb):
        if v.i == verb.i or v.lemma_.lower() not in visit_verbs:
            continue
        for c in v.children:
            e = ctx.actor_at(c) if c.dep_ == "dobj" else None
            st = ctx.actors.state_of(e) if e is not None else None
            if st is not None:
                return [st], v
    return [], None


def _plural_talkers(verb: Token, ctx: _Ctx) -> bool:
    """Is the subject of a talk verb several parties ("the ministers will discuss", "Ashton and
    she discussed"), who talk among themselves?"""
    subj, passive = _subject(verb, ctx.lex)
    if subj is None or passive:
        return False
    return subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts) or subj.lower_ in ("they", "we")


def _home_trip(src: list[Entity], tgt: list[Entity], ctx: _Ctx) -> bool:
    """Is a visit's every target a place (no person, no body) inside the visitor's own state?"""
    if not src or not tgt or any(e.type not in ("GPE", "LOC") for e in tgt):
        return False
    home = {st.name for e in src if (st := ctx.actors.state_of(e)) is not None}
    if not home:
        return False
    for e in tgt:
        st = ctx.actors.state_of(e)
        if st is None or st.name not in home or _is_state_like(e, ctx):
            return False  # a state visited, or a place we cannot place
    return True


def _withdraws_troops(trig: Token, ctx: _Ctx) -> bool:
    """Whether a withdrawal verb moves troops ("withdrew 50 troops", "troops were pulled out",
    "Russian forces pulled back")."""
    return any(
        c.dep_ in ("dobj", "nsubjpass", "nsubj")
        and (c.lemma_.lower() in ctx.lex.military_nouns or c.lower_ in ctx.lex.military_nouns)
        for c in trig.children
    )


def _state_of_place_left(trig: Token, ctx: _Ctx, source: list[Entity]) -> Entity | None:
    """The state troops are withdrawn from when no actor is named as left ("from the border area").

    A place noun ("area", "region", "border"), or no "from" phrase at all, refers back to the
    place the text is about. Taken, other than the withdrawing side's own state: a state-bound
    actor the troops' own phrase names ("the troops helping the Syrian Kurds"), else the
    nearest state-bound place named before the verb in this or the two previous sentences.
    """
    own = {st.name for e in source if (st := ctx.actors.state_of(e)) is not None}
    left = [
        g
        for c in trig.children
        if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out")
        for g in (c.children if c.lower_ == "from" else (p2 for p in c.children for p2 in p.children))
        if g.dep_ == "pobj"
    ]
    if not all(g.lemma_.lower() in ctx.lex.words("place_nouns") for g in left):
        return None
    for g in left:
        # "from positions near Kherson": a place named inside the phrase
        for t in g.subtree:
            e = ctx.actor_at(t)
            state = ctx.actors.state_of(e) if e is not None and e.type in ("GPE", "LOC") else None
            if state is not None and state.name not in own:
                return state
    for c in trig.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        for t in c.subtree:
            e = ctx.actor_at(t)
            state = ctx.actors.state_of(e) if e is not None else None
            if state is not None and state.name not in own:
                return state
    first = trig.sent.start
    for _ in range(2):
        if first > 0:
            first = trig.doc[first - 1].sent.start
    lo = trig.doc[first].idx
    best: tuple[int, Entity] | None = None
    for e in ctx.actors.entities:
        if e.type not in ("GPE", "LOC"):
            continue
        for m in e.mentions:
            if lo <= m.start < trig.idx and (best is None or m.start > best[0]):
                state = ctx.actors.state_of(e)
                if state is not None and state.name not in own:
                    best = (m.start, state)
    return best[1] if best else None


def _denies_charge(trig: Token, ctx: _Ctx) -> bool:
    """ "denied the allegations", "denied using chemical weapons", "dismissed the claims"."""
    if trig.lemma_.lower() not in ("deny", "dismiss", "reject", "rebuff"):
        return False
    if trig.dep_ == "relcl" and trig.head.lemma_.lower() in ctx.lex.words("denial_objects"):
        return True  # "a claim Washington denied": the charge is the clause's antecedent
    for c in trig.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ctx.lex.words("denial_objects"):
            return True
        # "denied as baseless reports that ...": the object hidden in the "as" phrase
        if (
            c.dep_ == "prep"
            and c.lower_ == "as"
            and any(t.lemma_.lower() in ctx.lex.words("denial_objects") for t in c.subtree)
        ):
            return True
        if trig.lemma_.lower() == "deny" and c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG":
            return True
    return False


def _denies_statement(trig: Token) -> bool:
    """ "denied that the platforms had military gear": a denial of a stated fact (a finite clause)."""
    return trig.lemma_.lower() == "deny" and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in trig.children
    )


def _earlier_claimant(trig: Token, source: list[Entity], ctx: _Ctx) -> list[Entity]:
    """Who made the claim a denial answers: the speaker of the latest reported speech in the two
    sentences before, from another side than the one denying ("Washington said its frigates shelled
    the platforms ... Khamenei denied that the platforms had military gear")."""
    sides = {st.name for e in source if (st := ctx.actors.state_of(e)) is not None} | {e.name for e in source}
    first = trig.sent.start
    for _ in range(2):
        if first > 0:
            first = trig.doc[first - 1].sent.start
    lo = trig.doc[first].idx
    for q in sorted(ctx.quotes, key=lambda q: q.start, reverse=True):
        if not (lo <= q.start < trig.sent.start_char) or not q.speaker:
            continue
        ent = _entity_named(q.speaker, ctx)
        if ent is None:
            continue
        st = ctx.actors.state_of(ent)
        if ent.name in sides or (st is not None and st.name in sides):
            continue
        return [ent]
    return []


def _unattributed_attack(trig: Token, etype: str, mode: str | None, sent: Span, ctx: _Ctx) -> _Cand | None:
    """ "A truck rammed into a crowd in Nice, killing 80 people": an attack whose author the
    article does not name is still the day's main event; it is kept with no source (the gold
    files' ``[null]``), but only with people killed or wounded and an attacker that is a thing
    or an unnamed attacker, never a guessed actor."""
    if trig.pos_ != "VERB":
        return None
    if _device_explodes(trig, _subject(trig, ctx.lex)[0], ctx.lex):
        # "the bombs went off in Brussels on Tuesday morning": a bomb exploding is an attack
        return _unnamed_actor_cand(trig, etype, mode, sent, ctx)
    if trig.lemma_.lower() not in ctx.lex.words("casualty_verbs"):
        return None
    victims = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(
        v.lemma_.lower() in ctx.lex.civilian_nouns or any(n.dep_ == "nummod" for n in v.children)
        for v in victims
    ):
        return None
    subj, passive = _subject(trig, ctx.lex)
    agent = subj if subj is not None else None
    if agent is None and trig.dep_ == "advcl":
        agent = next(
            (c for c in trig.head.children if c.dep_ == "nsubj"), None
        )  # "A truck rammed ..., killing"
    if agent is None or agent.lemma_.lower() not in ctx.lex.words("attack_agents"):
        return None
    # "A truck rammed ..., killing 80": the killing is dated and placed by the ramming too
    anchors = [trig, *([trig.head] if trig.dep_ == "advcl" else [])]
    return _unnamed_actor_cand(trig, etype, mode, sent, ctx, anchors=anchors)


def _struck_thing(trig: Token, ctx: _Ctx) -> bool:
    """A passive blow to a thing or a place ("the tanker was hit", "two boats were destroyed"):
    a verb of striking whose subject is a thing an attack hits or a named place, and no "with"
    ("exporters were hit with tariffs") or "hard" ("the economy was hit hard")."""
    if trig.lemma_.lower() not in ctx.lex.words("strike_verbs"):
        return False
    if any(c.lower_ in ("with", "hard") for c in trig.children):
        return False
    things = ctx.lex.words("struck_things")
    return any(
        c.dep_ == "nsubjpass"
        and (
            # "the Iranian tanker Avaj": the kind of thing may be a modifier of its name
            any(t.lemma_.lower() in things for t in (c, *(g for g in c.children if g.dep_ == "compound")))
            or ((e := ctx.actor_at(c)) is not None and e.type in ("GPE", "LOC", "FAC"))
        )
        for c in trig.children
    )


def _implicit_attackers(cands: list[_Cand], ctx: _Ctx) -> list[_Cand]:
    """Give a passive attack with no agent the one attacker the article has for that state.

    War reports name the attacker once and then tell what was hit ("Iraqi warplanes struck
    Kharg Island ... The Iranian tanker Avaj was hit on Saturday"). When every attack of the
    article on the hit side's state comes from one other state, that state is the attacker;
    with none, or with two, the passive attack is dropped (no guessed actor).
    """

    def states(names: list[str]) -> set[str]:
        return {
            st.name
            for n in names
            if (e := _entity_named(n, ctx)) is not None and (st := ctx.actors.state_of(e)) is not None
        }

    out: list[_Cand] = []
    for c in cands:
        if not c.implicit_agent:
            out.append(c)
            continue
        hit = states(c.target)
        attackers = [
            o
            for o in cands
            if o.type == "ASSAULT"
            and not o.implicit_agent
            and o.source
            and o.status in ("occurred", "ongoing")
            and states(o.target) & hit
        ]
        sides = {frozenset(states(o.source)) for o in attackers}
        if hit and len(sides) == 1 and (side := next(iter(sides))) and not side & hit:
            c.source = list(attackers[0].source)
            c.target += sorted(n for n in hit if n not in c.target)  # "the tanker Avaj": Iran's
            c.implicit_agent = False
            out.append(c)
    return out


def _unnamed_actor_cand(
    trig: Token,
    etype: str,
    mode: str | None,
    sent: Span,
    ctx: _Ctx,
    *,
    source: list[str] | None = None,
    target: list[str] | None = None,
    anchors: list[Token] | None = None,
) -> _Cand:
    """The candidate for an act whose doers the article leaves unnamed (an attack, a protest,
    arrests): kept at low confidence, dated, placed and marked as lede by its trigger's clause
    (or by the first of ``anchors`` that names a place)."""
    anchors = anchors or [trig]
    span = _phrase_span(trig)
    cand = _Cand(
        type=etype,
        mode=mode,
        source=source or [],
        target=target or [],
        status=_status(trig, etype, ctx),
        start=span[0],
        end=span[1],
        trigger=trig,
        confidence=0.4,
        spans=[span],
    )
    cand.date = _date_for(anchors, span, sent, ctx)
    cand.lede = _in_lede(sent, ctx)
    cand.location = next((loc for a in anchors if (loc := _location_for(a, ctx))), None)
    return cand


def _by_agents(noun: Token) -> list[Token]:
    """Who a noun says did it with "by": "a strike by transport workers", "a general strike
    called by Ecuadorean workers" (through the participle)."""
    return [
        g
        for c in noun.children
        if c.dep_ in ("prep", "agent", "acl")
        for a in (c, *c.children)
        if a.dep_ in ("prep", "agent") and a.lower_ == "by"
        for g in a.children
        if g.dep_ == "pobj"
    ]


def _labour_strike(noun: Token, lex: Lexicon) -> bool:
    """ "a general strike", "a strike by transport workers", "went on strike": a stoppage of work
    (the lexicon's ``labour_strike_modifiers``), not a military strike."""
    if any(c.lower_ in lex.words("labour_strike_modifiers") for c in noun.lefts):
        return True
    if any(g.lemma_.lower() in lex.civilian_nouns for g in _by_agents(noun)):
        return True
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "on"
        and noun.head.head.lemma_.lower() in ("go", "be", "stay")
    )


def _civilian_actors(head: Token, lex: Lexicon) -> bool:
    """Whether a phrase names unnamed people ("protesters", "Ecuadorean workers", "thousands of
    Georgians") rather than an actor."""
    if head.lower_ in lex.words("quantity_nouns"):
        of = _prep_objects(head, "of")
        head = of[0] if of else head
    if head.lower_ in ("they", "their"):
        # "Protestors set cars ablaze, while they blocked roads": the people the clause began with
        return _civilian_antecedent(head, lex)
    return bool({head.lemma_.lower(), head.lower_} & lex.civilian_nouns) or (
        head.ent_type_ == "NORP" and head.tag_ == "NNPS"
    )


def _civilian_antecedent(pron: Token, lex: Lexicon) -> bool:
    """Is "they" the unnamed people of the nearest plural subject before it in its sentence
    ("their" those of the nearest plural noun: "checking on demonstrators during their march")?"""
    subjects = ("nsubj", "nsubjpass") if pron.lower_ == "they" else None
    for t in reversed(pron.doc[pron.sent.start : pron.i]):
        if t.tag_ in ("NNS", "NNPS") and (subjects is None or t.dep_ in subjects):
            return bool({t.lemma_.lower(), t.lower_} & lex.civilian_nouns)
    return False


def _demonym_state(tok: Token, ctx: _Ctx) -> Entity | None:
    """The state a nationality word stands for ("Ecuadorean" -> Ecuador), named or not."""
    e = ctx.actor_at(tok)
    if e is not None:
        return e if _is_state_like(e, ctx) else None
    g = gazetteer().demonym(tok.text)
    if g is None or not g.country:
        return None
    return ctx.actors.state_of(
        Entity(tok.text, "ORG", tok.idx, tok.idx + len(tok.text), country=g.country, extractor=EXTRACTOR)
    )


def _unattributed_protest(trig: Token, etype: str, mode: str | None, sent: Span, ctx: _Ctx) -> _Cand | None:
    """ "Thousands of protesters marched in Tbilisi", "a general strike called by Ecuadorean
    workers": a demonstration by unnamed people is still the event the article reports. It is
    kept with no source (the gold files' ``[null]``) when the people acting are named as such:
    the subject of a protest verb, or the "by" agent of a protest noun; the target is the one
    protested against when named, else the government of the protesters' country when they
    protest against its measures ("to protest against austerity measures")."""
    if trig.pos_ == "VERB":
        subj, passive = _subject(trig, ctx.lex)
        people = [subj] if subj is not None and not passive else []
    else:
        people = _by_agents(trig) + [c for c in trig.children if c.dep_ == "poss" and c.lower_ == "their"]
    if not people or not all(_civilian_actors(p, ctx.lex) for p in people):
        return None
    tgt = [
        e
        for e in _targets(trig, etype, ctx, passive=False, source=[])
        if _is_state_like(e, ctx) or e.type in ("ORG", "PERSON")
    ]
    against_measures = any(
        t.dep_ == "prep"
        and t.lower_ in ("against", "over")
        and any(g.dep_ == "pobj" and ctx.actor_at(g) is None and not _pronoun(g) for g in t.children)
        for t in trig.subtree
    )
    if not tgt and against_measures:
        # "Ecuadorean workers ... to protest against austerity measures": their government's
        home = [
            e
            for p in people
            for m in p.subtree
            if m.dep_ in ("amod", "compound") and (e := _demonym_state(m, ctx))
        ]
        place = ctx.actors.place_of(trig)
        state = ctx.actors.state_of(place) if place is not None else None
        tgt = home[:1] or ([state] if state is not None else [])
    tgt_names: list[str] = []
    for e in tgt:
        tgt_names += [n for n in _mention_names(e, ctx) if n not in tgt_names]
    return _unnamed_actor_cand(trig, etype, mode, sent, ctx, target=tgt_names)


def _unattributed_arrests(trig: Token, etype: str, mode: str | None, sent: Span, ctx: _Ctx) -> _Cand | None:
    """ "Over 80 people in eight cities were detained": arrests told in the passive with no agent.
    Police arrest on their own state's soil, so the state of the place named acts (as in
    ``_home_force_state``); with no place, the arrests are kept with no source, but only when the
    people held are counted or named as civilians (never a guessed actor)."""
    if trig.pos_ != "VERB" or trig.tag_ != "VBN":
        return None
    held = [c for c in trig.children if c.dep_ == "nsubjpass"]
    if not held or any(c.dep_ == "agent" for c in trig.children):
        return None
    if not any(_civilian_actors(h, ctx.lex) or any(n.dep_ == "nummod" for n in h.children) for h in held):
        return None
    place = ctx.actors.place_of(trig)
    state = ctx.actors.state_of(place) if place is not None else None
    cand = _unnamed_actor_cand(trig, etype, mode, sent, ctx, source=[state.name] if state is not None else [])
    cand.location = cand.location or (place.name if place is not None else None)
    return cand


def _uncounted_items(trig: Token, lex: Lexicon) -> tuple[Item, ...]:
    """Goods named as the object with no number ("would send Patriot missiles"), or as the "of"
    complement of a nominal trigger ("the delivery of Patriot interceptors"), or after "with"
    ("provided Ukraine with ATACMS missiles")."""
    heads = [c for c in trig.children if c.dep_ == "dobj"]
    if trig.pos_ == "VERB":
        # "provided Ukraine with ATACMS missiles": the receiver is the object, the goods come "with"
        heads += _prep_objects(trig, "with")
    if trig.pos_ == "NOUN":
        heads += _prep_objects(trig, "of")
    found = (uncounted_goods(c) for c in heads if not _combatants(c, lex))
    return tuple(i for i in found if i is not None)


def _combatants(head: Token, lex: Lexicon) -> bool:
    """ "peshmerga fighters", "Syrian rebel fighters", "Islamic State fighters": people who fight.

    "fighters" is an aircraft only with an aircraft word ("F-16 fighters", "fighter jets"); a
    group, a nationality or a fighting people (the lexicon's ``combatant_modifiers``) makes the
    fighters people, never goods.
    """
    if head.lemma_.lower() not in ("fighter", "fighters") or head.tag_ not in ("NNS", "NNPS"):
        return False
    mods = [t for t in head.subtree if t.i < head.i and t.dep_ not in ("det", "nummod", "predet")]
    if any(t.lower_ in lex.words("aircraft_words") or any(ch.isdigit() for ch in t.text) for t in mods):
        return False  # "F-16 fighters", "stealth fighters"
    return any(
        t.ent_type_ in ("NORP", "ORG", "GPE") or t.lower_ in lex.words("combatant_modifiers") for t in mods
    )


def _names_goods(trig: Token, ctx: _Ctx) -> bool:
    """Money or counted goods in the trigger's object ("contribute $40 million", "send 300 trucks")."""
    for c in trig.children:
        if c.dep_ != "dobj":
            continue
        lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
        if any(lo <= a.start and a.end <= hi for a in ctx.amounts) or any(
            lo <= i.start and i.end <= hi and i.count for i in ctx.items
        ):
            return True
    return False


def _gives_aid_noun(trig: Token, lex: Lexicon) -> bool:
    """ "provide assistance", "send aid", "give support": the object names help itself."""
    return any(
        c.dep_ == "dobj" and any(t == "AID" for t, _ in lex.nouns.get(c.lemma_.lower(), ()))
        for c in trig.children
    )


def _rejected_speech_act(trig: Token, etype: str, ctx: _Ctx) -> str | None:
    """ "Baku denied the accusation": the PLOVER type of the act a REJECT answers, if any.

    Likewise a reaction to an earlier act named only by its noun: "Russia condemned the
    strikes", "Britain welcomed the deal" answer the strikes' or the deal's source.
    """
    if etype in ("ACCUSE", "SUPPORT") and trig.pos_ == "VERB":
        for c in trig.children:
            if c.dep_ == "dobj" and any(
                d.dep_ == "det" and d.lower_ in ("the", "this", "these") for d in c.children
            ):
                types = [t for t, _ in ctx.lex.nouns.get(c.lemma_.lower(), ())]
                if types and types[0] not in ("ACCUSE", "SUPPORT"):
                    return types[0]
        return None
    if etype != "REJECT":
        return None
    for c in trig.children:
        if c.dep_ == "dobj":
            types = [t for t, _ in ctx.lex.nouns.get(c.lemma_.lower(), ())]
            if types and types[0] in ("ACCUSE", "REQUEST", "AGREE", "THREATEN"):
                return types[0]
            # "dismissed the claims": a word that is no event alone names the act answered
            if c.lemma_.lower() in ctx.lex.answered_nouns:
                return ctx.lex.answered_nouns[c.lemma_.lower()]
    return None


def _answer_rejections(cands: list[_Cand]) -> list[_Cand]:
    """Give a REJECT of an earlier accusation/request the earlier act's source as target.

    A reaction named by a noun ("condemned the attack") answers the act that noun last named:
    when an earlier mention of the same noun is no event we could code (the attack's author is
    unknown), the reaction gets no target rather than the wrong one.
    """
    out = []
    for i, c in enumerate(cands):
        if c.answers and not c.target:
            prior = [p for p in cands[:i] if p.type == c.answers and not set(p.source) & set(c.source)]
            noun = c.answered_noun
            if noun is not None:
                earlier = [t for t in noun.doc[: noun.i] if t.lemma_ == noun.lemma_ and t.pos_ == noun.pos_]
                if earlier:
                    last = earlier[-1].idx
                    prior = [p for p in prior if any(a <= last < b for a, b in p.spans)]
            if prior:
                c.target = [n for n in prior[-1].source if n not in c.source]
            # with no accuser to answer, a denial of a charge still stands, its target unnamed; so
            # does the condemnation of an attack whose authors the article does not name
            unnamed = c.type == "ACCUSE" and bool(prior) and not prior[-1].source
            if not c.target and not c.denial and not unnamed:
                continue
        out.append(c)
    return out


def _recipients_of_the_participle(cands: list[_Cand]) -> None:
    """ "Canada signed an agreement with Ukraine, pledging $2bn in aid": a gift in a participle
    clause shares its subject with the main clause, so it goes to the main act's partner.

    Only a participle with no subject of its own ("..., pledging X"), attached to a verb whose
    own event (or whose object's event, "signed an agreement with Ukraine") has the same source
    and a target; the gift stays a separate event.
    """
    for c in cands:
        trig = c.trigger
        if c.type != "AID" or c.target or trig.dep_ != "advcl" or trig.tag_ != "VBG":
            continue
        if any(k.dep_ in ("nsubj", "nsubjpass") for k in trig.children):
            continue
        head = trig.head
        hosts = {head.i} | {k.i for k in head.children if k.dep_ == "dobj"}
        for p in cands:
            if p is not c and p.trigger.i in hosts and p.target and set(p.source) == set(c.source):
                c.target = [n for n in p.target if n not in c.source]
                break


def _recipients_of_the_appeal(cands: list[_Cand], ctx: _Ctx) -> None:
    """ "Donors pledged $7bn in aid for Syria ... Germany pledged €1.44bn": a pledge naming no
    recipient, in an article that has named one for the aid being raised, goes to it.

    Only a state named after an aid noun's "for"/"to" earlier in the article counts, and
    only money or goods pledged (never a pledge of talks), so nothing is guessed from a
    mere mention of a country.
    """
    doc = ctx.parsed.doc
    named: list[tuple[int, list[Entity]]] = []
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in ctx.lex.aid_package_nouns:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("for", "to"):
                    states = [
                        e
                        for g in c.children
                        if g.dep_ == "pobj"
                        for e in _actors_of(g, ctx)
                        if _is_state_like(e, ctx)
                    ]
                    if states:
                        named.append((tok.idx, states))
    # "Germany will send 36 howitzers to Ukraine ... France pledged 3 billion euros in military
    # aid": when every gift the article gives a recipient goes to one and the same state, a
    # gift naming none goes there too (a second recipient anywhere makes it a guess)
    recipients = {
        st.name
        for c in cands
        if c.type == "AID" and c.target
        for n in c.target
        if (e := _entity_named(n, ctx)) is not None
        for st in [e if _is_state_like(e, ctx) else ctx.actors.state_of(e)]
        if st is not None
    }
    sole = _entity_named(next(iter(recipients)), ctx) if len(recipients) == 1 else None
    if not named and sole is None:
        return
    for c in cands:
        if c.type != "AID" or c.target or not (c.amount or c.items):
            continue
        before = [states for idx, states in named if idx < c.start]
        if before:
            c.target = [n for e in before[-1] for n in _mention_names(e, ctx) if n not in c.source]
        elif sole is not None and sole.name not in c.source:
            c.target = list(_mention_names(sole, ctx))


def _package_values(cands: list[_Cand], ctx: _Ctx) -> None:
    """ "The aid package is worth 150 million crowns": a value stated apart from the pledge."""
    doc = ctx.parsed.doc
    for a in ctx.amounts:
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None:
            continue
        verb = span.root.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        stated = any(t.lower_ in ("worth", "valued", "totals", "totalling", "totaling") for t in verb.sent)
        if subj is None or not stated or subj.lemma_.lower() not in ctx.lex.aid_package_nouns:
            continue
        sents = list(doc.sents)
        here = next(i for i, s in enumerate(sents) if s.start <= verb.i < s.end)
        window_start = sents[max(0, here - 3)].start_char  # a few sentences back at most
        for_whom = {
            e.name
            for c in subj.subtree
            if c.dep_ == "pobj" and c.head.lower_ in ("for", "to")
            for e in [ctx.actor_at(c)]
            if e is not None
        }
        # "its new aid package for Syria": whose package, and for whom, must fit the pledge
        owners = {
            e.name for c in subj.children if c.dep_ == "poss" for e in _actors_of_one(c, ctx, deep=False)
        }
        before = [
            c
            for c in cands
            if c.type == "AID"
            and window_start <= c.start
            and c.end <= a.start
            and c.amount is None
            and (not for_whom or for_whom & set(c.target))
            and (not owners or owners & set(c.source))
        ]
        if before:
            before[-1].amount = a
            before[-1].spans.append((verb.sent.start_char, verb.sent.end_char))


def _accusations_in_quotes(ctx: _Ctx) -> list[_Cand]:
    """Reported speech that condemns a named actor is an accusation (PLOVER ACCUSE).

    ``Abbott said Javid had a moral responsibility, adding that he "behaved shamefully"``:
    the speaker's words about another actor carry a word of blame from the lexicon's
    ``accusation_cues``. The target is the actor the speaker talks about (the subject
    of the reported clause first); a plain opinion without blame is only a quote.
    """
    doc = ctx.parsed.doc
    out: list[_Cand] = []
    by_sentence: dict[tuple[int, str], list[Quote]] = {}
    for q in ctx.quotes:
        if not q.speaker:
            continue
        sent = doc.char_span(q.start, q.end, alignment_mode="expand")
        if sent is None:
            continue
        by_sentence.setdefault((sent[0].sent.start, q.speaker), []).append(q)
    for (_, speaker), quotes in by_sentence.items():
        speaker_ent = _entity_named(speaker, ctx)
        if speaker_ent is None:
            continue
        words: list[Token] = []
        for q in quotes:
            for lo, hi in q.parts or ((q.start, q.end),):
                span = doc.char_span(lo, hi, alignment_mode="expand")
                if span is not None:
                    words.extend(span)
        cues = [
            t
            for t in words
            if (
                {t.lower_, t.lemma_.lower()} & ctx.lex.accusation_cues
                # "an apartheid state" blames; "the end of apartheid" tells history
                and not (t.lower_ in ctx.lex.words("label_only_cues") and t.dep_ not in ("amod", "compound"))
                or _sold_out(t)
            )
            and not _conceded(t)
            and not _cue_in_a_name(t, ctx)
            and not _denied_label(t)
        ]
        if not cues:
            continue
        mine = set(_mention_names(speaker_ent, ctx))
        targets: list[Entity] = []
        # 'The regime, Johnson said, had "violated the law"': the subject of the blamed clause may
        # stand outside the quotation marks
        inside = {t.i for t in words}
        outside = [
            c
            for cue in cues
            if (clause := _clause_head(cue)).pos_ in ("VERB", "AUX")
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside
        ]
        # subjects of the reported clause first, then anyone else named in it
        ordered = sorted([*words, *outside], key=lambda t: (t.dep_ not in ("nsubj", "nsubjpass"), t.i))
        for t in ordered:
            if t.is_punct or not any(_blames(cue, t) for cue in cues) or _hit_by(t, ctx.lex):
                continue
            found = (
                _actors_of_one(t, ctx, deep=False)
                if _pronoun(t, _NON_FIRST_PERSON) or (t.i not in inside and t.pos_ in ("NOUN", "PROPN"))
                else []
            )
            e = ctx.actor_at(t)
            for ent in [*found, *([e] if e is not None else [])]:
                if ent.type == "LOC" or ent.name in mine or ent in targets:
                    continue
                if ent.type == "GPE" and not _is_state_like(ent, ctx):
                    continue
                targets.append(ent)
        if not targets and any(_unanchored_blame(cue) for cue in cues):
            # 'Hillary Clinton ... You have somebody whose wrongdoing ... And even today is sort of
            # lying': blame with no one named in its clause falls on the person the quote names
            targets = [
                e
                for t in words
                if (e := ctx.actor_at(t)) is not None and e.type == "PERSON" and e.name not in mine
            ][:1]
        if not targets:
            continue
        first = min(quotes, key=lambda q: q.start)
        last = max(quotes, key=lambda q: q.end)
        lo = min(first.start, *(q.cue_start for q in quotes if q.cue_start is not None))
        hi = max(last.end, *(q.cue_end for q in quotes if q.cue_end is not None))
        cue = next((q for q in quotes if q.cue_start is not None), first)
        lo_cue = cue.cue_start if cue.cue_start is not None else first.start
        hi_cue = cue.cue_end if cue.cue_end is not None else first.start + 1
        trig = doc.char_span(lo_cue, hi_cue, alignment_mode="expand")
        tgt_names: list[str] = []
        for ent in targets[:2]:
            tgt_names += [n for n in _mention_names(ent, ctx) if n not in tgt_names and n not in mine]
        cand = _Cand(
            type="ACCUSE",
            mode="disapprove",
            source=list(_mention_names(speaker_ent, ctx)),
            target=tgt_names,
            status="occurred",
            start=lo,
            end=hi,
            trigger=trig[0] if trig is not None and len(trig) else doc[0],
            confidence=0.5,
            spans=[(lo, hi)],
        )
        if trig is not None and len(trig):
            # "released a statement Thursday night condemning ...": the words were said when
            # their speech verb says
            cand.date = _date_for([trig.root], (lo, hi), trig.root.sent, ctx)
            if cand.date is None:
                cand.date = _continued_speech_date(trig.root, ctx)
            if _habitual_speech(trig.root, ctx.lex):
                cand.status = "ongoing"  # "Turkey's oft-repeated justification is that ..."
        out.append(cand)
    return out


def _habitual_speech(cue: Token, lex: Lexicon) -> bool:
    """Whether a speech word is said again and again ("its oft-repeated claim", "repeatedly said").

    A modifier of the speech word holding a habitual adverb or one of the lexicon's
    ``habitual_modifiers`` makes the accusation it reports ongoing rather than a single act.
    """
    words = lex.habitual_adverbs | lex.words("habitual_modifiers")
    return any(t.lower_ in words for c in cue.children if c.dep_ in ("advmod", "amod") for t in c.subtree)


def _continued_speech_date(cue: Token, ctx: _Ctx) -> str | None:
    """The date of the speech a pronoun speaker goes on with from the sentence before.

    "Speaking early on Saturday, Mattis sounded ... The Assad regime, he said, had ...": "he
    said" carries no date of its own; it continues the speech the previous sentence dated. Only
    a pronoun subject continues, and only a speech word dated in the sentence just before counts.
    """
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or not _pronoun(subj, _NON_FIRST_PERSON):
        return None
    sent = cue.sent
    if sent.start == 0:
        return None
    prev = cue.doc[sent.start - 1].sent
    speech = ctx.lex.speech_lemmas | ctx.lex.words("speaking_verbs")
    if not any(t.lemma_.lower() in speech and t.pos_ == "VERB" for t in prev):
        return None
    # the sentence's one day, wherever the parser hung it ("Speaking as the strikes got under
    # way early on Saturday"); two different days say nothing
    days = {
        d.value
        for d in ctx.dates
        if d.type in ("DATE", "TIME")
        and d.value
        and prev.start_char <= d.start < prev.end_char
        and not _bounds_a_period(d, cue.doc)
    }
    return days.pop() if len({v[:10] for v in days}) == 1 and len(days) == 1 else None


def _quote_part_runs_in(trig: Token, q: Quote) -> bool:
    """Does the quoted part holding ``trig`` begin inside another clause, with words before the
    trigger's own phrase ('aimed to "smash Islam...And destroy us"'), rather than with the
    trigger's clause itself ('Netanyahu said, "and destroy Hamas"')?"""
    lo = next((s for s, e in (q.parts or ((q.start, q.end),)) if s <= trig.idx < e), q.start)
    inside = {t.i for t in trig.subtree}
    return any(
        lo <= t.idx < trig.idx and t.i not in inside and not t.is_punct and t.dep_ != "cc"
        for t in trig.doc[max(0, trig.i - 40) : trig.i]
    )


def _clause_head(tok: Token) -> Token:
    """The nearest verb at or above ``tok`` (the clause it belongs to)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _blames(cue: Token, tok: Token) -> bool:
    """Does the word of blame ``cue`` bear on the actor named at ``tok``? They must share a
    clause, or one's clause must contain the other ("she is a liar", "the invasion was a crime
    committed by Russia"); an actor merely named elsewhere in the quote is not the one blamed
    ("embraces the ideology that mandates butchering the innocent ... is transforming America").
    The one who loses by a policy is no target ("the first loser would be the United States")."""
    if cue.sent.start != tok.sent.start:
        return False
    head = tok
    while head.dep_ in ("compound", "det", "flat") and head.head.i != head.i:
        head = head.head  # "the United States": the name's head word
    if cue.dep_ == "nsubj" and head.dep_ == "attr" and cue.head.i == head.head.i:
        return False
    if _sold_out(cue) and head.dep_ == "nsubjpass" and head.head.i == cue.i:
        return False  # "Israel was sold out by Kerry": the one betrayed
    owner = head.head if head.dep_ in ("amod", "compound", "poss") else None
    if (
        owner is not None
        and owner.dep_ == "pobj"
        and owner.head.lower_ in ("to", "for", "against")
        and owner.lemma_.lower() in load_lexicon().words("wronged_nouns")
    ):
        return False  # "antithetical to American values", "a threat to Russian interests": the ones wronged
    if head.dep_ == "pobj" and head.head.lower_ in ("to", "for"):
        prep = head.head
        while prep.dep_ == "conj" and prep.head.i != prep.i:
            prep = prep.head  # "a disgrace not only to the GOP but to all America"
        if prep.head.i == cue.i:
            return False  # "a disgrace to the GOP", "a shame for Europe": the one shamed, not blamed
    c1, c2 = _clause_head(cue), _clause_head(tok)
    if c1.i == c2.i:
        return True
    if c1 in tok.ancestors:
        # "a suspect who was returned from Pakistan had not admitted any role in the crimes": a
        # name in a relative clause on the one spoken of is not the one blamed
        node, below = tok, tok
        while node.i != c1.i and node.head.i != node.i:
            if node.dep_ == "relcl" and below.dep_ not in ("nsubj", "nsubjpass"):
                return False  # (but "the soldiers whom Russia sent": the clause's doer is blamed)
            below, node = node, node.head
        return True
    if c2 in cue.ancestors:
        # "said the FBI arrested him as he was about to be deported for being there illegally": a
        # blame word under a clause with a subject of its own blames that subject, not the one above
        node = cue
        while node.i != c2.i and node.head.i != node.i:
            # (the parser may hang the subject on an auxiliary: "as he was about to be deported")
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")] + [
                g
                for a in node.children
                if a.dep_ in ("aux", "auxpass")
                for g in a.children
                if g.dep_ in ("nsubj", "nsubjpass")
            ]
            if any(c.i != head.i for c in subjects):
                return False
            node = node.head
        return True
    return False


def _hit_by(tok: Token, lex: Lexicon) -> bool:
    """Is ``tok`` in the place or victim phrase of an attack noun ("the embassy bombings in Kenya
    and Tanzania", "the attack on Kharkiv")? Blame never falls on the ones hit."""
    node = tok
    for _ in range(4):
        if node.dep_ not in ("pobj", "conj", "compound") or node.head.i == node.i:
            return False
        if node.dep_ == "pobj":
            prep = node.head
            if prep.lower_ == "of":  # "the bombing of the embassy", but "the crimes of the regime"
                return prep.head.lemma_.lower() in lex.words("patient_of_nouns")
            return prep.lower_ in ("in", "on", "against", "at") and _names_an_attack(prep.head, lex)
        node = node.head
    return False


def _sold_out(verb: Token) -> bool:
    """ "Israel was sold out by Kerry and Obama": selling out an ally is betraying it, no trade."""
    return verb.lemma_.lower() == "sell" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _denied_label(cue: Token) -> bool:
    """ "Donald is not a racist", "he was never a liar", "had not admitted any role in the crimes":
    a label or a deed denied defends, it blames no one."""
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in cue.children):
        return True
    deed = _clause_head(cue)
    if (
        cue.dep_ in ("dobj", "pobj")
        and deed.lemma_.lower() in load_lexicon().words("admission_verbs")
        and any(c.dep_ == "neg" or c.lower_ == "never" for c in deed.children)
    ):
        return True  # ("will not tolerate Russian aggression" still blames)
    clause = cue.head if cue.dep_ in ("attr", "acomp") else None
    return clause is not None and any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)


_INDEFINITE_SUBJECTS = {"somebody", "someone", "anyone", "anybody", "whoever", "who"}


def _unanchored_blame(cue: Token) -> bool:
    """Is the clause of a blame word without a named doer ("is sort of lying", "somebody whose
    wrongdoing"), so that the blame falls on whoever the quote is about?"""
    clause = _clause_head(cue)
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return True
    if subj.lower_ in _INDEFINITE_SUBJECTS:
        return True
    # "somebody whose basic wrongdoing led ...": the blame word belongs to an indefinite person
    return any(t.lower_ in _INDEFINITE_SUBJECTS for t in cue.ancestors if t.i < cue.i) or (
        cue.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "whose" for c in cue.children)
    )


def _cue_in_a_name(cue: Token, ctx: _Ctx) -> bool:
    """ "Nazi Germany", "the Islamic State's terrorist wing": a word of blame that is part of the
    name of a state or body is that name, not a judgment of the speaker's."""
    if cue.lemma_.lower() in ctx.lex.words("affair_nouns") and any(
        c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or ctx.actor_at(c) is not None)
        for c in cue.children
    ):
        return True  # "the Iran scandal", "the Watergate affair": the affair's name, not a charge
    if cue.dep_ not in ("compound", "amod"):
        return False
    head = ctx.actor_at(cue.head)
    return head is not None and head.type in ("GPE", "ORG", "NORP")


_DEMAND_MODALS = {"should", "must", "ought"}


def _demanded_clause(verb: Token) -> Token | None:
    """The subject a reported clause tells what it should do: "the United States should reduce
    its patrols", "Japan must be careful"; None for a passive, a question or a condition."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not aux & _DEMAND_MODALS or "have" in aux:
        return None  # "Israel should have recognised it": a reproach about the past, not a demand
    conditions = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    if any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for v in conditions for c in v.children
    ):
        return None  # "if Iran should attack", "if talks fail, Kyiv should ...": a condition, not a demand
    if verb.dep_ in ("relcl", "advcl", "acl", "csubj") or any(t.text == "?" for t in verb.subtree):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _demand_speaker(verb: Token, ctx: _Ctx) -> tuple[list[Entity], Token | None]:
    """Who states the demand of a reported clause, and the speech verb: the speaker of the quote
    the clause is in, else the subject of the speech verb governing it ("The deputy head of
    China's delegation said ...", "A Chinese official responded by saying ...")."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ctx.lex.speech_lemmas:
        return [], None
    speech = verb.head
    for q in ctx.quotes:
        spans = q.parts or ((q.start, q.end),)
        if q.speaker and any(lo <= verb.idx < hi for lo, hi in spans):
            ent = _entity_named(q.speaker, ctx)
            return ([ent] if ent is not None else []), speech
    subj, passive = _subject(speech, ctx.lex)
    if subj is None or passive or _pronoun(subj, _FIRST_PERSON):
        return [], speech
    found = _actors_of(subj, ctx) or _role_subject_actors(subj, speech, ctx)
    return found, speech


def _outcome_only(verb: Token, lex: Lexicon) -> bool:
    """Does the clause name an outcome rather than an act ("Ukraine should get more air defence",
    "Kyiv must win")? An adjective with an infinitive carries its own act: "Japan should be
    careful not to interfere", "Kyiv must be ready to negotiate"."""
    if verb.lemma_.lower() not in lex.words("outcome_verbs"):
        return False
    adjectives = [c for c in verb.children if c.dep_ == "acomp"]
    # the parser hangs the infinitive on the adjective or on "be"
    acts = [
        x
        for h in (*adjectives, verb)
        for x in h.children
        if adjectives and x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")
    ]
    return not any(x.lemma_.lower() not in lex.words("outcome_verbs") for x in acts)


def _demands_in_speech(ctx: _Ctx) -> list[_Cand]:
    """A speaker saying another actor should or must act demands it (PLOVER REQUEST).

    ``Guan said the United States should reduce its patrols`` and ``"Japan must stop
    interfering," the ministry said`` put a demand as a statement: the speaker asks the
    reported clause's subject to act. The subject must be an actor other than the speaker
    and the speaker's own state ("Zelensky said Ukraine must win" exhorts no one else);
    pronouns are left alone, as their antecedent is too often the speaker's side.
    """
    out: list[_Cand] = []
    for verb in ctx.parsed.doc:
        if verb.pos_ not in ("VERB", "AUX") or (subj := _demanded_clause(verb)) is None or _pronoun(subj):
            continue
        if _outcome_only(verb, ctx.lex):
            continue  # "Ukraine should get more air defence": what it should receive, not an act asked
        speakers, speech = _demand_speaker(verb, ctx)
        if not speakers or speech is None:
            continue
        mine = {n for sp in speakers for n in _mention_names(sp, ctx)}
        homes = {st.name for sp in speakers if (st := ctx.actors.state_of(sp)) is not None}
        # the subject itself named ("Germany should", "the U.S. and Japan must"), not a thing a
        # name modifies ("the Mac SE should contribute", "China's neighbours should")
        # a people ("Iranians should guard against dissent") is exhorted by its own leaders too: it
        # is a side other than the speaker's only when the speaker's own state is known
        named = [ctx.actor_at(h) for h in (subj, *subj.conjuncts) if homes or h.ent_type_ != "NORP"]
        targets = [
            e
            for e in dict.fromkeys(e for e in named if e is not None)
            # a state, a person or a body of known sector: "the Mac SE should contribute" is a forecast
            if (_is_state_like(e, ctx) or e.type == "PERSON" or (e.type == "ORG" and e.sector))
            and e.name not in mine
            and not ((st := ctx.actors.state_of(e)) is not None and st.name in homes)
        ]
        tgt_names: list[str] = []
        for e in targets:
            tgt_names += [n for n in _mention_names(e, ctx) if n not in tgt_names and n not in mine]
        if not tgt_names:
            continue
        src_names: list[str] = []
        for sp in speakers:
            src_names += [n for n in _mention_names(sp, ctx) if n not in src_names]
        sub = list(verb.subtree)
        start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        cand = _Cand(
            type="REQUEST",
            mode=None,
            source=src_names,
            target=tgt_names,
            status="occurred",
            start=start,
            end=end,
            trigger=verb,
            confidence=0.5,
            spans=[(start, end)],
        )
        # the demand was made when and where its speech verb says
        cand.date = _date_for([speech], (start, end), speech.sent, ctx)
        cand.lede = _in_lede(speech.sent, ctx)
        out.append(cand)
    return out


def _conceded(tok: Token) -> bool:
    """A word inside a concession ("despite the Iran-contra scandal, Congress would approve the
    aid"): it names the background the speaker sets aside, not a charge they make."""
    for a in tok.ancestors:
        if (a.dep_ == "prep" and a.lower_ in ("despite", "notwithstanding")) or (
            a.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("although", "though") for m in a.children)
        ):
            return True
    return False


def _claimed_attacks(cands: list[_Cand], ctx: _Ctx) -> list[_Cand]:
    """A state's spokesman reporting an adversary's attack accuses it (PLOVER ACCUSE, allege).

    "Iraqi Foreign Minister Tareq Aziz was quoted as saying Iran has attacked several ships",
    "Iraq's war spokesman said Iran had kept up its attacks": besides the attack, the report is
    a charge against the attacker by the side speaking. Only an attack (or coercion) that the
    report says happened, by another side than the speaker's, on the speaker's own side or on
    unnamed targets, and only a speaker acting for a state: a reporter, an NGO or a monitor
    reporting an attack accuses no one, and "Russia said Syrian forces hit rebel positions"
    reports an ally's act.
    """
    out: list[_Cand] = []
    coded = {c.trigger.i for c in cands}
    for tok in ctx.parsed.doc:
        # "said Iran had kept up its attacks": an attack named by a noun with its author but no
        # target is no event of its own, yet the charge stands
        if tok.i in coded or tok.pos_ != "NOUN" or not ctx.lex.noun_is(tok.lemma_.lower(), "ASSAULT"):
            continue
        # only the author as possessor ("its attacks", "Iran's attacks"): a modifier may name the
        # target ("anti-Isis operations")
        if _reporting_clause(tok, ctx.lex)[1] is None or not any(c.dep_ == "poss" for c in tok.children):
            continue
        src, tgt, _ = _nominal_args(tok, "ASSAULT", ctx)
        if src and not tgt:
            lo, hi = _phrase_span(tok)
            status = _status(tok, "ASSAULT", ctx)
            names = [n for e in src for n in _mention_names(e, ctx)]
            cands = [*cands, _Cand("ASSAULT", None, names, [], status, lo, hi, tok)]
    for c in cands:
        if c.type not in ("ASSAULT", "COERCE") or c.status not in ("occurred", "ongoing") or not c.source:
            continue
        verb, subj = _reporting_clause(c.trigger, ctx.lex)
        speakers = _actors_of(subj, ctx) if subj is not None and not _pronoun(subj) else []
        speaker = speakers[0] if len(speakers) == 1 else None
        if speaker is None or not (
            (speaker.type == "GPE" and _is_state_like(speaker, ctx))
            or speaker.sector in ctx.lex.state_sectors
        ):
            continue
        if c.type == "COERCE" and (
            speaker.sector == "COP"
            or any(t.lemma_.lower() in ctx.lex.words("police_nouns") for t in subj.subtree)
        ):
            continue  # "police spokesman Rod Beer said the FBI arrested Mohamed": police report arrests
        mine = _mention_names(speaker, ctx)
        home = {e.country for n in mine if (e := _entity_named(n, ctx)) is not None} | {speaker.country}
        home.discard(None)
        sides = [e for n in c.source if (e := _entity_named(n, ctx)) is not None]
        hit = [e for n in c.target if (e := _entity_named(n, ctx)) is not None]
        if set(mine) & set(c.source) or any(e.country in home for e in sides):
            continue  # the speaker's own side's act
        if hit and not any(e.name in mine or e.country in home for e in hit):
            continue  # an attack on a third party: reported, not charged
        lo, hi = min(c.start, subj.left_edge.idx), max(c.end, verb.idx + len(verb.text))
        acc = _Cand(
            type="ACCUSE",
            mode="allege",
            source=list(mine),
            target=list(c.source),
            status="occurred",
            start=lo,
            end=hi,
            trigger=c.trigger,
            confidence=0.45,
            spans=[(lo, hi)],
        )
        acc.lede = c.lede
        # the charge is made when the report is: "..., the governor said on Feb. 4"
        acc.date = _date_for([verb], (lo, hi), verb.sent, ctx) or c.date
        out.append(acc)
    return out


def _reporting_clause(trig: Token, lex: Lexicon) -> tuple[Token, Token | None]:
    """The reporting verb whose complement clause states ``trig``, and who reports.

    "X said (that) Iran attacked ships", "X said Iran had kept up its attacks" (a nominal
    trigger climbs through its verb), "X was quoted as saying Iran attacked" (the one quoted).
    Returns ``(trig, None)`` when no speech verb governs the trigger's clause.
    """
    node = trig
    for _ in range(5):
        if (
            node.dep_ not in ("dobj", "pobj", "prep", "xcomp", "conj", "pcomp", "nsubj")
            or node.head.i == node.i
        ):
            break
        node = node.head
    verb = node.head
    if node.dep_ != "ccomp" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.speech_lemmas:
        return trig, None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        subj = next((c for c in verb.head.head.children if c.dep_ == "nsubjpass"), None)
    return verb, subj


def _allegations_of_evidence(ctx: _Ctx) -> list[_Cand]:
    """A speaker who says there is evidence that someone did something accuses them (ACCUSE allege).

    "X said there was strong evidence Y approved the sale", "X said it had proof that Y
    armed the rebels": an ``evidence``/``proof`` noun (lexicon ``evidence_nouns``) with a
    clause whose subject is a named actor, reported by a named speaker. "no evidence"
    and negated clauses are not allegations.
    """
    out: list[_Cand] = []
    for tok in ctx.parsed.doc:
        if tok.lemma_.lower() not in ctx.lex.evidence_nouns or tok.dep_ not in ("attr", "dobj"):
            continue
        if any(c.lower_ in ("no", "little") for c in tok.children) or any(
            c.dep_ == "neg" for c in tok.head.children
        ):
            continue
        clause = next((c for c in tok.children if c.dep_ in ("acl", "relcl", "ccomp")), None)
        if clause is None or any(c.dep_ == "neg" for c in clause.children):
            continue
        accused = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        speech = tok.head
        if speech.dep_ != "ccomp" or speech.head.lemma_.lower() not in ctx.lex.speech_lemmas:
            continue
        speech = speech.head
        speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if accused is None or speaker is None:
            continue
        tgt = _actors_of(accused, ctx)
        src = [e for e in _actors_of(speaker, ctx) if e not in tgt]
        if not src or not tgt:
            continue
        # the accused keeps its own names even when the speaker's guessed state is the same
        tgt_names: list[str] = []
        for e in tgt:
            tgt_names += [n for n in _mention_names(e, ctx) if n not in tgt_names]
        src_names: list[str] = []
        for e in src:
            src_names += [n for n in _mention_names(e, ctx) if n not in src_names and n not in tgt_names]
        if not src_names:
            continue
        lo = speech.idx
        last = max(clause.subtree, key=lambda t: t.i)
        hi = last.idx + len(last.text)
        out.append(
            _Cand(
                type="ACCUSE",
                mode="allege",
                source=src_names,
                target=tgt_names,
                status="occurred",
                start=lo,
                end=hi,
                trigger=tok,
                confidence=0.5,
                spans=[(lo, hi)],
                lede=_in_lede(tok.sent, ctx),
            )
        )
    return out


# --------------------------------------------------------------------------- merge


def _goods(c: _Cand) -> tuple[float | None, frozenset[str]]:
    return (c.amount.value if c.amount else None, frozenset(i.what.lower() for i in c.items))


def _demanded(c: _Cand) -> str | None:
    """The lemma of what a request or threat asks for ("urged Y *to cut* ties"), if a verb says it."""
    comp = next((t for t in c.trigger.children if t.dep_ in ("xcomp", "ccomp") and t.pos_ == "VERB"), None)
    return comp.lemma_.lower() if comp is not None else None


def _one_toll(a: Token, b: Token, lex: Lexicon) -> bool:
    """ "killing 247 people and wounding more than 5,000": one attack's toll told by coordinated
    casualty verbs, not two attacks."""
    casualty = lex.words("casualty_verbs")
    a, b = sorted((a, b), key=lambda t: t.i)
    if b.lemma_.lower() in casualty and a.dep_ in ("nsubj", "nsubjpass") and a.head.i == b.i:
        return True  # "the strike on Odesa killed two" / "did not kill anyone": the strike's toll
    if b.lemma_.lower() in casualty and b.dep_ == "advcl" and b.tag_ == "VBG" and b.head.i == a.i:
        return True  # "a car bomb exploded outside the ministry, killing 40": the blast's toll
    if b.lemma_.lower() not in casualty or b.dep_ != "conj":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in b.children):
        return False  # "Russian troops killed 12 ..., and Ukrainian forces killed five ...": two acts
    first = b.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    # "killing 247 and wounding 5,000", or "struck Kharkiv, killing three and injuring 20": the
    # later casualty verb joins the first, which is the attack or a participle hung on it
    return first.lemma_.lower() in casualty and (
        first.i == a.i or (first.head.i == a.i and first.tag_ == "VBG")
    )


def _same_action(a: _Cand, b: _Cand, lex: Lexicon) -> bool | str:
    """False, True (same orientation) or "swapped" (a symmetric event seen from the other side)."""
    if a.type != b.type:
        return False
    if a.type == "ASSAULT" and _one_toll(a.trigger, b.trigger, lex):
        return True
    # a meeting that happened and negotiations still going on are two actions; "last week" and
    # "last Wednesday" may date one action, two different days never do
    if a.status != b.status or (a.date and b.date and not _dates_compatible(a.date, b.date)):
        return False
    # "struck Kharkiv last week ... struck it again on Feb. 28": a repeated act is another one
    if a.date and b.date and a.date != b.date and any(_repeated(t) for t in (a.trigger, b.trigger)):
        return False
    if a.type in ("REQUEST", "THREATEN") and _demanded(a) and _demanded(b) and _demanded(a) != _demanded(b):
        # "ask Y to refuse accreditation" and "urge Y to cut ties": two demands, not one
        # (a restated headline, or a request whose addressee we missed, stays one event)
        if a.target and b.target and a.trigger.sent.start not in (b.trigger.sent.start, 0):
            return False
    if a.type in ("ASSAULT", "COERCE") and a.location and b.location and a.location != b.location:
        # "Russian forces attacked Kherson Oblast ... A missile strike on Kharkiv killed ...": blows
        # at two places below the state are two attacks (a state as location names no one place)
        if not any(
            (e := gazetteer().lookup(n)) is not None and e.kind == STATE for n in (a.location, b.location)
        ):
            return False
    if a.type in _MATERIAL:
        ga, gb = _goods(a), _goods(b)
        # "$37 million to a NATO fund" and "five generators" are two pledges, not one
        if (ga[0] is not None or ga[1]) and (gb[0] is not None or gb[1]) and ga != gb:
            return False
    if set(a.source) & set(b.source):
        # "discussions with DfID" and "talking to Penny Mordaunt", its secretary: one exchange
        # with one government, though named by its ministry once and by its minister once
        if (
            a.target
            and b.target
            and not set(a.target) & set(b.target)
            and not a.target_states & b.target_states
        ):
            return False
        return True
    if a.type in _SYMMETRIC and set(a.source) & set(b.target) and set(a.target) & set(b.source):
        return "swapped"
    return False


_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_PERIOD = re.compile(r"^\d{4}(-\d\d|-W\d\d)?$")


def _after(value: str | None, day: str) -> bool:
    """Whether the date ``value`` (a day, month or year) begins after the day ``day`` (YYYY-MM-DD)."""
    if not value or not re.match(r"^\d{4}(-\d\d(-\d\d)?)?$", value):
        return False
    first = value + "-01-01"[len(value) - 4 :]
    return first > day


def _within(fine: str, coarse: str) -> bool:
    """Does the day (or part of a day) ``fine`` fall inside the year, month or week ``coarse``?"""
    m = _DAY.match(fine)
    if m is None or not _PERIOD.match(coarse):
        return False
    if "-W" in coarse:
        try:
            iso = date(int(m[1]), int(m[2]), int(m[3])).isocalendar()
        except ValueError:
            return False
        return f"{iso[0]}-W{iso[1]:02d}" == coarse
    return fine.startswith(coarse)


def _specificity(value: str) -> int:
    """Day (or part of a day) over week over month over year."""
    if _DAY.match(value):
        return 3
    return 2 if "-W" in value else 1 if re.match(r"^\d{4}-\d\d$", value) else 0


def _dates_compatible(a: str, b: str) -> bool:
    """Can the two dates name one action: equal, or one a day inside the other's week/month/year?"""
    return a == b or _within(a, b) or _within(b, a) or (a[:10] == b[:10] and bool(_DAY.match(a)))


def _finer_date(a: str | None, b: str | None) -> str | None:
    """Of two compatible dates of one action, the more specific one (the first on a tie)."""
    if not a or not b:
        return a or b
    if not _dates_compatible(a, b):
        return a
    return b if _specificity(b) > _specificity(a) else a


def _corefer_dates(cands: list[_Cand]) -> None:
    """Date an event by its other mentions: same type, a shared source and a shared target.

    An undated mention takes the date of its coreferent mentions when they agree on one; a
    week or month takes a day inside it that a coreferent mention names ("last week" in the
    lede, "on Feb. 7" further down). A date of another type or other actors never moves.
    """
    for c in cands:
        if c.status not in ("occurred", "ongoing") or not c.source or not c.target:
            continue
        coref = [
            o
            for o in cands
            if o is not c
            and o.date
            and o.type == c.type
            and o.status in ("occurred", "ongoing")
            # "Russia was still shelling Kharkiv" is not dated by the day the shelling began, nor
            # "negotiations" by the day of a meeting; "the leader's visit" names the act "visited"
            # dated, whatever status its noun got
            and (
                o.status == c.status
                or c.date is not None
                or (c.trigger.pos_ == "NOUN" and c.trigger.lemma_ == o.trigger.lemma_)
            )
            and set(o.source) & set(c.source)
            and set(o.target) & set(c.target)
        ]
        if c.date is None:
            if len({o.date for o in coref}) == 1:
                c.date = coref[0].date
            continue
        finer = {
            o.date
            for o in coref
            if _specificity(o.date) > _specificity(c.date)
            and _within(o.date, c.date)
            and not _repeated(o.trigger)
        }
        if len(finer) == 1:
            c.date = finer.pop()


def _refine_weeks(cands: list[_Cand], ctx: _Ctx) -> None:
    """A week ("last week") narrowed to the day the article names for the same kind of act.

    News ledes date an act by week and the body says the day ("a clash last Wednesday and
    Thursday", "the deaths on 7 February"). A day inside the week, in a sentence with a trigger
    word of the event's own type and a name of one of its actors, dates it; of several such days the one named most often, then
    the earliest (the act began then).
    """
    doc = ctx.parsed.doc
    for c in cands:
        if not c.date or "-W" not in c.date:
            continue
        days: list[str] = []
        for d in ctx.dates:
            if d.type not in ("DATE", "TIME") or not d.value or not _within(d.value, c.date):
                continue
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None:
                continue
            if (
                _names_actor_of(span.sent, c, ctx)
                and not any(_repeated(t) for t in span.sent)  # "struck it again on Feb. 28"
                and any(
                    any(
                        t == c.type
                        for t, _ in ctx.lex.nouns.get(w.lemma_.lower(), ())
                        + ctx.lex.verbs.get(w.lemma_.lower(), ())
                    )
                    for w in span.sent
                )
            ):
                days.append(d.value[:10])
        if days:
            c.date = min(set(days), key=lambda v: (-days.count(v), v))


def _refine_places(cands: list[_Cand], ctx: _Ctx) -> None:
    """A state as an event's place narrowed to the town or region the article names for it.

    A lede places an act in a country ("air strikes in eastern Syria last week") and the body
    says where ("a clash last Wednesday around the oil fields of Deir Ezzor"). A sentence that
    dates the same day (or a day in the same week or month), names one of the event's actors
    and has a trigger word of its type describes the same act; the one place inside that state
    it names is the event's place. Two such places say nothing.
    """
    if not any(c.location and c.date for c in cands):
        return
    by_name = {e.name: e for e in ctx.actors.entities}
    doc = ctx.parsed.doc
    for c in cands:
        state = by_name.get(c.location or "")
        if state is None or not c.date or not _is_state_place(state, ctx):
            continue
        places: set[str] = set()
        for d in ctx.dates:
            if d.type not in ("DATE", "TIME") or not d.value or not _dates_compatible(d.value, c.date):
                continue
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None or not _names_actor_of(span.sent, c, ctx):
                continue
            sent = span.sent
            if not any(
                any(
                    t == c.type
                    for t, _ in ctx.lex.nouns.get(w.lemma_.lower(), ())
                    + ctx.lex.verbs.get(w.lemma_.lower(), ())
                )
                for w in sent
            ):
                continue
            for ent in sent.ents:
                e = ctx.actors.resolve(ent)
                if (
                    e is not None
                    and e.type in ("GPE", "LOC")
                    and e is not state
                    and not _is_state_place(e, ctx)
                ):
                    if ctx.actors.state_of(e) is state:
                        places.add(e.name)
        if len(places) == 1:
            c.location = places.pop()


def _names_actor_of(sent: Span, c: _Cand, ctx: _Ctx) -> bool:
    """Does the sentence name one of the event's actors (or the state one acts for)?"""
    wanted = set(c.source) | set(c.target)
    for ent in sent.ents:
        e = ctx.actors.resolve(ent)
        if e is None:
            continue
        st = ctx.actors.state_of(e)
        if e.name in wanted or (st is not None and st.name in wanted):
            return True
    return False


def _repeated(trig: Token) -> bool:
    """ "struck again", "attacked once more": the act repeats an earlier one."""
    return any(c.dep_ == "advmod" and c.lower_ in ("again", "anew") for c in trig.children) or (
        "once more" in trig.sent.text.lower()
    )


def _merge(cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    out: list[_Cand] = []
    for c in cands:
        # of several compatible events, the nearest one in the text absorbs the mention
        same, how = None, False
        for o in sorted(out, key=lambda o: min(abs(o.start - c.start), abs(o.end - c.end))):
            how = _same_action(o, c, lex)
            if how:
                same = o
                break
        if same is None:
            out.append(c)
            continue
        src, tgt = (c.target, c.source) if how == "swapped" else (c.source, c.target)
        same.spans.append((c.start, c.end))
        same.source += [n for n in src if n not in same.source]
        same.target += [n for n in tgt if n not in same.target]
        same.target = [n for n in same.target if n not in same.source]
        same.date = _finer_date(same.date, c.date)
        same.lede = same.lede or c.lede
        same.location = same.location or c.location
        same.amount = same.amount or c.amount
        same.items = same.items or c.items
        same.mode = same.mode or c.mode
        same.confidence = round(min(0.95, max(same.confidence, c.confidence) + 0.05), 2)
    return out


def _channel(c: _Cand, ctx: _Ctx) -> str | None:
    """An international body among an aid event's recipients, beside a state, is its channel."""
    if c.type != "AID" or len(c.target) < 2:
        return None
    by_name = {e.name: e for e in ctx.actors.entities}
    bodies = [n for n in c.target if n in by_name and by_name[n].sector in ("IGO", "NGO")]
    states = [n for n in c.target if n in by_name and by_name[n].type == "GPE"]
    return bodies[0] if bodies and states else None


def _to_event(c: _Cand, text: str) -> Event:
    # the evidence is the stated words: no paragraph break or space at either end
    start, end = c.start, c.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Event(
        type=c.type,
        mode=c.mode,
        source=tuple(c.source),
        target=tuple(c.target),
        status=c.status,
        evidence=text[start:end],
        start=start,
        end=end,
        date=c.date,
        location=c.location,
        amount=c.amount,
        items=c.items,
        trigger=c.trigger.text,
        channel=c.channel,
        confidence=c.confidence,
        spans=tuple(c.spans),
        extractor=EXTRACTOR,
    )


__all__ = [
    "EXTRACTOR",
    "Lexicon",
    "find_events",
    "event_arguments",
    "event_status",
    "load_lexicon",
    "sentence_type",
]
