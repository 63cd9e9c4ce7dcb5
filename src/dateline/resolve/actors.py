"""Actors: cluster entity mentions within an article and attach country and sector.

Contract used by the quote and event extractors (keep these signatures):

    index = resolve_actors(parsed)          # -> ActorIndex
    index.entities                          # list[Entity], one per real-world entity
    index.at(start, end)                    # Entity with a mention overlapping the span, or None
    index.resolve(span)                     # a spaCy Span (name, title, demonym, metonym,
                                            #   pronoun) -> Entity or None
    index.state_of(entity)                  # the state an actor acts for (Entity, possibly
                                            #   synthesised from the gazetteer), or None

PLACEHOLDER: a first version over spaCy's entities only; the actors issue
replaces it with mention clustering and the gazetteer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from ..parse import Parsed
from ..records import Entity, Mention

EXTRACTOR = "dateline.entities.v1"
_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "GPE", "FAC": "LOC"}


@dataclass
class ActorIndex:
    entities: list[Entity] = field(default_factory=list)

    def at(self, start: int, end: int) -> Entity | None:
        for e in self.entities:
            for m in e.mentions:
                if m.start < end and start < m.end:
                    return e
        return None

    def resolve(self, span: Span) -> Entity | None:
        return self.at(span.start_char, span.end_char)

    def state_of(self, entity: Entity) -> Entity | None:
        return None


def resolve_actors(parsed: Parsed) -> ActorIndex:
    by_name: dict[str, list[Mention]] = {}
    types: dict[str, str] = {}
    for ent in parsed.doc.ents:
        if ent.label_ not in _TYPES:
            continue
        by_name.setdefault(ent.text, []).append(Mention(ent.text, ent.start_char, ent.end_char))
        types.setdefault(ent.text, _TYPES[ent.label_])
    ents = [
        Entity(name=n, type=types[n], start=ms[0].start, end=ms[0].end, mentions=tuple(ms), extractor=EXTRACTOR)
        for n, ms in by_name.items()
    ]
    return ActorIndex(ents)
