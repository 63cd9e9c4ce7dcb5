"""Stage 4: extractors, one module per fact kind.

Each extractor is a pure function over text or a parsed article that returns
frozen records, and has a registered, versioned name stored with every fact it
produces, so a re-run with a newer version replaces exactly its own output.
"""

from __future__ import annotations

# name -> version; bump the version when an extractor's output changes.
EXTRACTORS: dict[str, str] = {
    "dateline.entities": "v1",
    "dateline.dates": "v1",
    "dateline.amounts": "v1",
    "dateline.quotes": "v1",
    "dateline.events": "v1",
}


def extractor_id(name: str) -> str:
    """``"dateline.quotes"`` -> ``"dateline.quotes.v1"``."""
    return f"{name}.{EXTRACTORS[name]}"
