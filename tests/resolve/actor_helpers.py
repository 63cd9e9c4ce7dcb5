"""Shared scaffolding for the actor tests: parse a test text after a lead sentence and look entities up.

A lead sentence comes first so that the sentence under test is not read as a headline. Imported by
test modules as ``from actor_helpers import ...`` (pytest puts this folder on ``sys.path``).
"""

from __future__ import annotations

from dateline.parse import parse
from dateline.records import Document, Entity
from dateline.resolve.actors import ActorIndex, resolve_actors

LEAD = "Officials met on Tuesday. "


def run(text: str, published: str | None = "2019-01-10") -> ActorIndex:
    """Resolve the actors of ``LEAD + text`` published on ``published``."""
    parsed = parse(Document(id="t", source="<test>", body=LEAD + text, published=published))
    return resolve_actors(parsed)


def by_name(index: ActorIndex, name: str) -> Entity:
    """The entity called ``name``; fails the test listing the names found when there is none."""
    found = [e for e in index.entities if e.name == name]
    assert found, f"{name!r} not in {[e.name for e in index.entities]}"
    return found[0]


def names(index: ActorIndex) -> set[str]:
    """The names of all entities."""
    return {e.name for e in index.entities}
