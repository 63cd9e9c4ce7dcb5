"""Stage 1: readers, one module per input format.

PLACEHOLDER contract (the foundation issue fills it in):

    read_paths(paths: Iterable[str | Path], *, date: str | None = None,
               fields: dict[str, str] | None = None) -> Iterator[RawDocument | Reject]

Formats: the seed format (first line `` date YYYY-MM-DD`` then page text,
possibly on the same line), plain ``.txt`` (needs ``date``), JSON Lines, HTML.
Directories are walked recursively, ``-`` reads stdin.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import RawDocument, Reject


def read_paths(
    paths: Iterable[str | Path], *, date: str | None = None, fields: dict[str, str] | None = None
) -> Iterator[RawDocument | Reject]:
    raise NotImplementedError


def read_text(text: str, *, source: str = "<text>", date: str | None = None) -> RawDocument:
    """A RawDocument from a string in the seed format or plain text with ``date``."""
    raise NotImplementedError
