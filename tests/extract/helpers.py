"""Small helpers shared by the extractor tests (imported by name: pytest puts this folder on the path)."""

from __future__ import annotations

from dateline import extract
from dateline.extract.quotes import find_quotes
from dateline.parse import parse
from dateline.records import Document, Event, Quote
from dateline.resolve.actors import resolve_actors


def quotes_of(body: str, published: str) -> list[Quote]:
    """The quotes ``find_quotes`` gives for ``body`` published on ``published``."""
    parsed = parse(Document(id="t", source="<test>", body=body, published=published))
    return find_quotes(parsed, resolve_actors(parsed))


def by_text(qs: list[Quote], words: str) -> Quote:
    """The first quote whose text holds ``words`` (fails, listing the quotes, when none does)."""
    found = [q for q in qs if words in q.text]
    assert found, f"{words!r} not in {[q.text for q in qs]}"
    return found[0]


def events_of(text: str, published: str) -> list[Event]:
    """The events the whole pipeline gives for ``text`` published on ``published``."""
    return list(extract(text, published=published).events)


def found_event(evs: list[Event], text: str, etype: str, source: str, target: str | None) -> Event:
    """The first event of ``etype`` with ``source`` (and ``target``, unless None) among ``evs``."""
    hits = [
        e for e in evs if e.type == etype and source in e.source and (target is None or target in e.target)
    ]
    assert hits, f"no {etype} {source} -> {target} in {text!r}: {[(e.type, e.source, e.target) for e in evs]}"
    return hits[0]


def no_event(evs: list[Event], etype: str, source: str | None = None) -> None:
    """Assert that ``evs`` hold no event of ``etype`` (from ``source``, unless None)."""
    hits = [e for e in evs if e.type == etype and (source is None or source in e.source)]
    assert not hits, [(e.type, e.source, e.target, e.evidence) for e in hits]


PUB = "2024-03-05"  # a Tuesday: the publication date most event tests use


def events(text: str, published: str = PUB) -> list[Event]:
    """The events of ``text`` published on ``published`` (by default ``PUB``)."""
    return events_of(text, published)


def found(text: str, etype: str, source: str, target: str | None) -> Event:
    """The first ``etype`` event from ``source`` to ``target`` in ``text`` published on ``PUB``."""
    return found_event(events(text), text, etype, source, target)


def absent(text: str, etype: str, source: str | None = None) -> None:
    """Assert that ``text`` published on ``PUB`` holds no ``etype`` event (from ``source``)."""
    no_event(events(text), etype, source)
