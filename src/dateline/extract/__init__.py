"""Stage 4: extractors, one module per fact kind.

Each extractor is a pure function over text or a parsed article that returns
frozen records, and has a registered, versioned name stored with every fact it
produces, so a re-run with a newer version replaces exactly its own output.
"""

from __future__ import annotations

# name -> version; bump the version when an extractor's output changes.
EXTRACTORS: dict[str, str] = {
    "dateline.entities": "v2",  # v2: dated leaders gazetteer, peoples, surnames the tagger missed
    "dateline.dates": "v2",  # v2: tense by clause, month direction, sets, Sunday-paper weeks
    "dateline.amounts": "v1",
    "dateline.quotes": "v2",  # v2: transcripts, dash signatures, more cues
    "dateline.events": "v2",  # v2: session-2 argument and status rules
}


def extractor_id(name: str) -> str:
    """``"dateline.quotes"`` -> ``"dateline.quotes.v1"``."""
    return f"{name}.{EXTRACTORS[name]}"
