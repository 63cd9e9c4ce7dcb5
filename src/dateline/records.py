"""Typed, frozen records that flow between the pipeline stages.

    read  -> RawDocument | Reject
    clean -> Document (title, byline, body, side segments)
    parse -> Parsed (Document + spaCy Doc of the body)
    extract/resolve -> Entity, DateRef, Amount, Item, Quote, Event
    pipeline -> Article (a Document and all its facts)

Every fact carries character offsets (``start``, ``end``) into ``Document.text``
(the body followed by news-bearing side segments; identical to body offsets
for facts in the body)
and the registered name+version of the extractor that produced it
(``extractor``, e.g. ``"dateline.quotes.v1"``).

``Article.to_json()`` produces the record documented in the README, whose field
names follow ``shared/gold/FORMAT.md`` so any gold scorer can read it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# --------------------------------------------------------------------------- read


@dataclass(frozen=True)
class RawDocument:
    """One article as a reader found it, before cleaning.

    Attributes:
        source: path (or ``"-"``/``"<stdin>"``) the article was read from; for a
            JSON Lines file, ``"path#lineno"``.
        text: the page text (for HTML: the main text already extracted).
        published: ISO date ``YYYY-MM-DD`` (or full ISO datetime) if known.
        format: the reader that produced it (``seed``, ``txt``, ``jsonl``, ``html``).
        url, title, author, outlet: metadata when the input carries it.
        meta: any other fields of the input record, kept for export.
    """

    source: str
    text: str
    published: str | None = None
    format: str = "txt"
    url: str | None = None
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Reject:
    """An input that could not become a document, with a reason a person can act on."""

    source: str
    reason: str


# --------------------------------------------------------------------------- clean


@dataclass(frozen=True)
class Segment:
    """A labelled side part of a page that is not the article body.

    kind: ``caption``, ``related`` (a related-article card: ``title`` is its
    headline, ``text`` its teaser), ``liveblog`` (a dated live-blog item:
    ``time`` is its ISO time/datetime, ``title`` its headline), ``byline``,
    ``clutter`` (navigation, audio notices, "min read", "Editors' Picks").
    Offsets are into the cleaned page text given to the cleaner (not the body).
    """

    kind: str
    text: str
    start: int
    end: int
    title: str | None = None
    time: str | None = None


@dataclass(frozen=True)
class Document:
    """A cleaned article: the unit that is parsed, extracted and stored.

    ``id`` is a content hash (see ``dateline.clean.document_id``), so the same
    article read twice gets the same id.
    """

    id: str
    source: str
    body: str
    published: str | None
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    format: str = "txt"
    segments: tuple[Segment, ...] = ()

    @property
    def text(self) -> str:
        """The analysed text: the body, then each news-bearing side segment.

        A related-article teaser and a live-blog item report news of their own
        (the seed page's teaser is where Japan's generators are pledged), so they
        are analysed too. The body comes first, so an offset below ``len(body)``
        is the same in ``body`` and in ``text``; every fact's offsets index into
        ``text``, and ``segment_at`` tells which side segment a later one is in.
        """
        parts = [self.body, *(s.text for s in self.segments if s.kind in NEWS_SEGMENTS and s.text.strip())]
        return TEXT_SEPARATOR.join(parts)

    def segment_offsets(self) -> dict[int, int]:
        """For each news-bearing segment (by its index in ``segments``), where it starts in ``text``."""
        out: dict[int, int] = {}
        pos = len(self.body)
        for i, s in enumerate(self.segments):
            if s.kind not in NEWS_SEGMENTS or not s.text.strip():
                continue
            pos += len(TEXT_SEPARATOR)
            out[i] = pos
            pos += len(s.text)
        return out

    def segment_at(self, offset: int) -> Segment | None:
        """The side segment that ``text[offset]`` belongs to, or None for the body."""
        pos = len(self.body)
        for s in self.segments:
            if s.kind not in NEWS_SEGMENTS or not s.text.strip():
                continue
            pos += len(TEXT_SEPARATOR)
            if pos <= offset < pos + len(s.text):
                return s
            pos += len(s.text)
        return None


# Side segments whose text is news of its own and is analysed with the body.
NEWS_SEGMENTS = frozenset({"related", "liveblog"})
TEXT_SEPARATOR = "\n\n"


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class Mention:
    """One place an entity is named in the body."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A real-world actor or place, one per entity per article (mentions clustered).

    type: PERSON, ORG, GPE, LOC. country: ISO 3166-1 alpha-3 or None.
    sector: PLOVER sector code (GOV, MIL, IGO, ...) or None.
    """

    name: str
    type: str
    start: int
    end: int
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    extractor: str = "dateline.entities.v1"


@dataclass(frozen=True)
class DateRef:
    """A time expression with its TIMEX3 type and value resolved against publication.

    type: DATE, TIME, DURATION or SET. value: ``2024-02-19``, ``2023-12``,
    ``2024-W02``, ``2023-WI``, ``2024-01-07T18:58``, ``P3D``, ``PRESENT_REF``...
    mod: TIMEX3 mod (BEFORE, AFTER, START, END, APPROX...) or None.
    """

    text: str
    value: str | None
    type: str
    start: int
    end: int
    mod: str | None = None
    extractor: str = "dateline.dates.v1"


@dataclass(frozen=True)
class Amount:
    """A sum of money, normalised to ISO 4217 and optionally converted to USD.

    bound: None (exact), ``"at least"``, ``"up to"``, ``"about"``; for a range,
    ``value`` is the low end and ``high`` the high end.
    """

    value: float
    currency: str
    text: str
    start: int
    end: int
    bound: str | None = None
    high: float | None = None
    usd: float | None = None
    usd_rate: float | None = None
    rate_date: str | None = None
    rate_source: str | None = None
    extractor: str = "dateline.amounts.v1"


@dataclass(frozen=True)
class Item:
    """Counted material goods ("five mobile gas turbine generators").

    count is None when the text gives none ("Patriot missiles"); approx is True
    for "dozens of", "about 300"; unit for unit-bearing quantities ("tons").
    """

    what: str
    count: float | int | None
    text: str
    start: int
    end: int
    unit: str | None = None
    approx: bool = False
    extractor: str = "dateline.amounts.v1"


@dataclass(frozen=True)
class Quote:
    """Who said what: a direct quote or a piece of reported speech.

    ``text`` is the content without quote marks; ``start``/``end`` its span
    (for a quote split around its cue, the span from the first to the last
    part). ``speaker`` is the canonical name of an Entity, or None when the
    article never says who spoke (``speaker_desc`` then says "officials").
    ``cue_class`` is the normalised cue (say, announce, warn, deny, ...).
    ``channel`` is how it was said ("on Telegram", "according to the
    president's office"), kept apart from the speaker.
    """

    text: str
    start: int
    end: int
    direct: bool
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_desc: str | None = None
    cue: str | None = None
    cue_class: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    channel: str | None = None
    parts: tuple[tuple[int, int], ...] = ()
    extractor: str = "dateline.quotes.v1"


# the 16 PLOVER event types (shared/gold/PLOVER.md), in the guide's order, and the statuses
# an event can have; the learned typer's label order follows PLOVER_TYPES
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
STATUSES = ("occurred", "ongoing", "planned", "pledged", "negated", "hypothetical")


@dataclass(frozen=True)
class Event:
    """A PLOVER-coded event with its arguments and the evidence that states it.

    source/target: canonical entity names, most specific first (the person,
    then the state or body they act for). status: occurred, ongoing, planned,
    pledged, negated, hypothetical. ``evidence`` is the verbatim span
    ``body[start:end]``; ``spans`` lists every evidence span when several
    mentions of one action were merged.
    """

    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    status: str
    evidence: str
    start: int
    end: int
    mode: str | None = None
    date: str | None = None
    location: str | None = None
    amount: Amount | None = None
    items: tuple[Item, ...] = ()
    channel: str | None = None
    trigger: str | None = None
    confidence: float = 0.5
    spans: tuple[tuple[int, int], ...] = ()
    extractor: str = "dateline.events.v1"


# --------------------------------------------------------------------------- article


@dataclass(frozen=True)
class Article:
    """A document with every fact extracted from it."""

    document: Document
    entities: tuple[Entity, ...] = ()
    dates: tuple[DateRef, ...] = ()
    amounts: tuple[Amount, ...] = ()
    items: tuple[Item, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The JSON record (field names of shared/gold/FORMAT.md, plus offsets)."""
        d = self.document
        return {
            "doc": d.id,
            "source": d.source,
            "published": d.published,
            "title": d.title,
            "author": d.author,
            "outlet": d.outlet,
            "url": d.url,
            "body": d.body,
            "text_length": len(d.text),
            # a segment's start/end index the page as read; a news segment's text_start is
            # where its text begins in the analysed text that fact offsets index
            "segments": [
                {**asdict(s), "text_start": d.segment_offsets().get(i)} for i, s in enumerate(d.segments)
            ],
            "entities": [
                {
                    "name": e.name,
                    "type": e.type,
                    "country": e.country,
                    "sector": e.sector,
                    "aliases": list(e.aliases),
                    "start": e.start,
                    "end": e.end,
                    "mentions": [asdict(m) for m in e.mentions],
                    "extractor": e.extractor,
                }
                for e in self.entities
            ],
            # the gold format annotates calendar points and periods only; durations ("three
            # hours", TIMEX3 DURATION) and sets ("every week", SET) are reported apart
            "dates": [asdict(x) for x in self.dates if x.type in ("DATE", "TIME")],
            "durations": [asdict(x) for x in self.dates if x.type not in ("DATE", "TIME")],
            "amounts": [asdict(x) for x in self.amounts],
            "quotes": [{**asdict(q), "parts": [list(p) for p in q.parts]} for q in self.quotes],
            "events": [_event_json(e) for e in self.events],
        }


def _event_json(e: Event) -> dict[str, Any]:
    return {
        "type": e.type,
        "mode": e.mode,
        "source": list(e.source),
        "target": list(e.target) if e.target else None,
        "date": e.date,
        "location": e.location,
        "status": e.status,
        "amount": (
            {
                "value": e.amount.value,
                "currency": e.amount.currency,
                "usd": e.amount.usd,
                "bound": e.amount.bound,
            }
            if e.amount
            else None
        ),
        "items": [{"what": i.what, "count": i.count, "unit": i.unit} for i in e.items],
        "channel": e.channel,
        "trigger": e.trigger,
        "evidence": e.evidence,
        "start": e.start,
        "end": e.end,
        "spans": [list(s) for s in e.spans],
        "confidence": e.confidence,
        "extractor": e.extractor,
    }
