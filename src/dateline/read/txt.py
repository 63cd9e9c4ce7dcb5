"""Plain text files: the seed header if present, else the ``--date`` given by the caller."""

from __future__ import annotations

from ..errors import InputError
from ..records import RawDocument
from .seed import read_seed

NO_DATE = "first line has no ' date YYYY-MM-DD' header; pass --date or fix the file"


def read_txt(text: str, source: str, date: str | None = None) -> RawDocument:
    """A RawDocument from a text file's content.

    Args:
        text: the decoded file content.
        source: the path, used as the document's source.
        date: publication date to use when the text has no seed header.

    Raises:
        InputError: no header and no ``date``, an invalid header date, or no text.

    Example:
        >>> read_txt("Japan pledged aid.", "a.txt", date="2024-01-08").published
        '2024-01-08'
    """
    raw = read_seed(text, source)
    if raw is None:
        if date is None:
            raise InputError(source, NO_DATE)
        raw = RawDocument(source=source, text=text, published=date, format="txt")
    if not raw.text.strip():
        raise InputError(source, "file has a date header but no article text after it")
    return raw
