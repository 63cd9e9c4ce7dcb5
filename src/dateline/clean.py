"""Stage 2: split a scraped page into title, byline, body and labelled side segments.

PLACEHOLDER contract:

    clean(raw: RawDocument) -> Document        # raises InputError (empty body, no date)
    document_id(body: str, published: str | None) -> str   # content hash
"""

from __future__ import annotations

import hashlib

from .records import Document, RawDocument


def document_id(body: str, published: str | None) -> str:
    h = hashlib.sha256(f"{published or ''}\n{body}".encode()).hexdigest()
    return h[:16]


def clean(raw: RawDocument) -> Document:
    raise NotImplementedError
