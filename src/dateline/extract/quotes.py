"""Quotes and reported speech.

PLACEHOLDER: to be written (quotes issue). Contract:

    find_quotes(parsed: Parsed, actors: ActorIndex) -> list[Quote]
"""

from __future__ import annotations

from ..parse import Parsed
from ..records import Quote
from ..resolve.actors import ActorIndex


def find_quotes(parsed: Parsed, actors: ActorIndex) -> list[Quote]:
    return []
