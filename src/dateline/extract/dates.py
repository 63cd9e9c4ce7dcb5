"""Dates: recognise time expressions and normalise them to TIMEX3 values (pure Python).

PLACEHOLDER: to be written (actors/dates/amounts issue). Contract:

    find_dates(text: str, published: str | datetime.date | None, doc: spacy Doc | None = None)
        -> list[DateRef]      # offsets into text; type DATE/TIME/DURATION/SET
"""

from __future__ import annotations

import datetime as dt

from ..records import DateRef


def find_dates(text: str, published: str | dt.date | None, doc=None) -> list[DateRef]:
    return []
