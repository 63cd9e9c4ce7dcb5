"""JSON Lines (``.jsonl``/``.ndjson``): one article object per line.

Field names default to ``text``, ``date``, ``url``, ``title``, ``author`` and
``outlet``; ``fields={"text": "body", "date": "published"}`` maps them to what
a given export uses. Any other field is kept in ``RawDocument.meta``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from ..errors import InputError
from ..records import RawDocument, Reject
from .seed import split_header

DEFAULT_FIELDS = {
    "text": "text",
    "date": "date",
    "url": "url",
    "title": "title",
    "author": "author",
    "outlet": "outlet",
}


def read_jsonl(
    text: str, source: str, *, date: str | None = None, fields: dict[str, str] | None = None
) -> Iterator[RawDocument | Reject]:
    """Yield one RawDocument per line, or a Reject naming the bad line; blank lines are skipped.

    Args:
        text: the decoded file content.
        source: the path; each document's source is ``path#lineno`` (1-based).
        date: fallback publication date for records without one.
        fields: our field name -> the record's field name, for the fields that differ.

    Example:
        >>> [r.source for r in read_jsonl('{"text": "Aid.", "date": "2024-01-08"}', "a.jsonl")]
        ['a.jsonl#1']
    """
    names = {**DEFAULT_FIELDS, **(fields or {})}
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}#{lineno}"
        try:
            yield record_to_raw(line, where, names, date)
        except InputError as exc:
            yield Reject(where, exc.reason)


def record_to_raw(line: str, where: str, names: dict[str, str], date: str | None) -> RawDocument:
    """Turn one JSON line into a RawDocument (raises InputError with a reason)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"line is not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise InputError(
            where, f"line is a JSON {type(obj).__name__}, expected an object with a {names['text']!r} field"
        )
    body = obj.get(names["text"])
    if not isinstance(body, str) or not body.strip():
        raise InputError(
            where,
            f"record has no text in field {names['text']!r} (fields: {', '.join(sorted(obj)) or 'none'}); "
            "pass fields={'text': ...} / --field text=NAME",
        )
    published = _date_value(obj.get(names["date"]), where, names["date"])
    fmt = "jsonl"
    header = split_header(body, where)
    if header is not None:  # a seed-format text inside a record: its header is the date
        published = published or header[0]
        body = header[1]
    published = published or date
    if published is None:
        raise InputError(
            where, f"record has no publication date in field {names['date']!r}; pass --date or map the field"
        )
    used = {names[k] for k in DEFAULT_FIELDS}
    meta: dict[str, Any] = {k: v for k, v in obj.items() if k not in used}
    return RawDocument(
        source=where,
        text=body,
        published=published,
        format=fmt,
        url=_str(obj.get(names["url"])),
        title=_str(obj.get(names["title"])),
        author=_str(obj.get(names["author"])),
        outlet=_str(obj.get(names["outlet"])),
        meta=meta,
    )


def _date_value(value: Any, where: str, name: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(where, f"field {name!r} is {value!r}, expected an ISO date such as 2024-01-07")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(
            where, f"field {name!r} is {value!r}, expected an ISO date such as 2024-01-07"
        ) from None
    # Keep the precision the record gives: a bare date stays a date.
    return value[:10] if len(value) == 10 else parsed.isoformat(timespec="minutes")


def _str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):  # e.g. several authors
        return ", ".join(str(v) for v in value) or None
    return str(value).strip() or None
