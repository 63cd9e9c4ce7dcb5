"""Amounts of money and counted items.

PLACEHOLDER: to be written (actors/dates/amounts issue). Contract:

    find_amounts(text: str, published: str | None = None, doc=None) -> list[Amount]
    find_items(text: str, doc=None) -> list[Item]
"""

from __future__ import annotations

from ..records import Amount, Item


def find_amounts(text: str, published: str | None = None, doc=None) -> list[Amount]:
    return []


def find_items(text: str, doc=None) -> list[Item]:
    return []
