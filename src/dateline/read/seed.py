"""The seed format: a first line `` date YYYY-MM-DD`` then the page text.

The page text may start on the header line itself
(`` date 2019-03-10 Jeremy Hunt's revelation ...``) or on the next line.
"""

from __future__ import annotations

import re
from datetime import date as _date

from ..errors import InputError
from ..records import RawDocument

#: The header: an optional single leading space, ``date``, an ISO date, then a
#: space or the end of the line. Only the first line is ever checked.
HEADER = re.compile(r"\A[ \t]?date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\n|[ \t]*\Z)")


def split_header(text: str, source: str) -> tuple[str, str] | None:
    """Split a seed-format text into (date, page text), or None if it has no header.

    Raises:
        InputError: the header is there but its date does not exist (``2024-02-30``).

    Example:
        >>> split_header(" date 2024-01-07 Skip to content\\nZelensky meets", "x.txt")
        ('2024-01-07', 'Skip to content\\nZelensky meets')
    """
    m = HEADER.match(text)
    if not m:
        return None
    try:
        _date.fromisoformat(m.group(1))
    except ValueError:
        raise InputError(
            source, f"header date {m.group(1)!r} is not a valid calendar date; expected YYYY-MM-DD"
        ) from None
    return m.group(1), text[m.end() :]


def read_seed(text: str, source: str) -> RawDocument | None:
    """A RawDocument from seed-format text, or None when the text has no header."""
    parts = split_header(text, source)
    if parts is None:
        return None
    published, body = parts
    return RawDocument(source=source, text=body, published=published, format="seed")
