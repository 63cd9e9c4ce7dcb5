"""Stage 1: readers, one module per input format.

    read_paths(paths, *, date=None, fields=None) -> Iterator[RawDocument | Reject]
    read_text(text, *, source="<text>", date=None) -> RawDocument

Formats: the seed format (first line `` date YYYY-MM-DD`` then page text,
possibly on the same line; ``seed``), plain ``.txt`` (needs ``date``; ``txt``),
JSON Lines (``jsonl``) and HTML (``html``). Directories are walked recursively
in sorted order, skipping hidden files and files of unknown extensions; a file
named explicitly is read whatever its extension. ``-`` reads stdin.

A bad input never stops the batch: it becomes a ``Reject`` with a reason.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from ..errors import ConfigError, InputError
from ..records import RawDocument, Reject
from ._decode import decode_bytes
from .html import read_html
from .jsonl import read_jsonl
from .txt import read_txt

__all__ = ["read_paths", "read_text", "read_file", "TEXT_EXTENSIONS"]

#: Extensions read when walking a directory, and the reader for each.
TEXT_EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
}

STDIN = "<stdin>"


def read_paths(
    paths: Iterable[str | Path], *, date: str | None = None, fields: dict[str, str] | None = None
) -> Iterator[RawDocument | Reject]:
    """Read files, folders and stdin (``-``), yielding a RawDocument or a Reject per article.

    Args:
        paths: files, directories (walked recursively, sorted) or ``"-"`` for stdin.
        date: publication date (``YYYY-MM-DD``) for inputs that carry none.
        fields: JSON Lines field mapping, e.g. ``{"text": "body", "date": "published"}``.

    Raises:
        ConfigError: ``date`` is not an ISO date (a flag error, so it stops the run).

    Example:
        >>> docs = list(read_paths(["examples/"]))  # doctest: +SKIP
    """
    _check_date(date)
    for p in paths:
        if str(p) == "-":
            yield from _read_stdin(date=date, fields=fields)
            continue
        path = Path(p)
        if path.is_dir():
            for f in _walk(path):
                yield from read_file(f, date=date, fields=fields)
        else:
            yield from read_file(path, date=date, fields=fields)


def read_file(
    path: str | Path, *, date: str | None = None, fields: dict[str, str] | None = None
) -> Iterator[RawDocument | Reject]:
    """Read one file by its extension (unknown extensions are read as text)."""
    path = Path(path)
    source = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield Reject(source, "no such file or directory")
        return
    except OSError as exc:
        yield Reject(source, f"cannot read file ({exc.strerror or exc})")
        return
    kind = TEXT_EXTENSIONS.get(path.suffix.lower(), "txt")
    yield from _read_data(data, source, kind, date=date, fields=fields)


def read_text(text: str, *, source: str = "<text>", date: str | None = None) -> RawDocument:
    """A RawDocument from a string in the seed format or plain text with ``date``.

    Args:
        text: the article, with a seed header `` date YYYY-MM-DD`` or not.
        source: a name for the document (shown in errors and stored).
        date: publication date, required when the text has no seed header.

    Raises:
        InputError: no header and no ``date``, or no text.

    Example:
        >>> read_text(" date 2024-01-07 Japan pledged aid.").published
        '2024-01-07'
        >>> read_text("Japan pledged aid.", date="2024-01-08").text
        'Japan pledged aid.'
    """
    if date is not None:
        try:
            _check_date(date)
        except ConfigError as exc:
            raise InputError(source, str(exc)) from None
    if not text.strip():
        raise InputError(source, "text is empty; expected an article")
    return read_txt(text.lstrip("\ufeff"), source, date=date)


# --------------------------------------------------------------------------- helpers


def _read_data(
    data: bytes, source: str, kind: str, *, date: str | None, fields: dict[str, str] | None
) -> Iterator[RawDocument | Reject]:
    try:
        text = decode_bytes(data, source)
        if kind == "jsonl":
            yield from read_jsonl(text, source, date=date, fields=fields)
        elif kind == "html":
            yield read_html(text, source, date=date)
        else:
            yield read_txt(text, source, date=date)
    except InputError as exc:
        yield Reject(source, exc.reason)
    except Exception as exc:  # noqa: BLE001 - a reader bug costs this file, never the batch
        yield Reject(source, f"could not read ({kind} reader failed: {type(exc).__name__}: {exc})")


def _read_stdin(*, date: str | None, fields: dict[str, str] | None) -> Iterator[RawDocument | Reject]:
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    yield from _read_data(data, STDIN, _sniff(data), date=date, fields=fields)


def _sniff(data: bytes) -> str:
    """Guess the format of stdin, which has no extension: HTML, JSON Lines or text."""
    head = data.lstrip()[:512].lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "txt"


def _walk(root: Path) -> Iterator[Path]:
    """Known-format files under ``root``, sorted, skipping hidden files and folders."""
    for f in sorted(root.rglob("*")):
        rel = f.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if f.is_file() and f.suffix.lower() in TEXT_EXTENSIONS:
            yield f


def _check_date(date: str | None) -> None:
    if date is None:
        return
    try:
        datetime.fromisoformat(date)
    except ValueError:
        raise ConfigError(f"date {date!r} is not an ISO date; expected YYYY-MM-DD, e.g. 2024-01-07") from None
