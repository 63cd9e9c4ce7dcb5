"""Events: PLOVER-coded events with arguments, status, amounts and evidence.

PLACEHOLDER. Contract:

    find_events(parsed, actors, dates, amounts, items, quotes) -> list[Event]
"""

from __future__ import annotations

from ..parse import Parsed
from ..records import Amount, DateRef, Event, Item, Quote
from ..resolve.actors import ActorIndex


def find_events(
    parsed: Parsed,
    actors: ActorIndex,
    dates: list[DateRef],
    amounts: list[Amount],
    items: list[Item],
    quotes: list[Quote],
) -> list[Event]:
    return []
