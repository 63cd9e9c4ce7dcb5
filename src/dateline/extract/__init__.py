"""Stage 4: extractors, one module per fact kind.

Each extractor is a pure function over text or a parsed article that returns
frozen records, and has a registered, versioned name stored with every fact it
produces, so a re-run with a newer version replaces exactly its own output.
"""

from __future__ import annotations

# name -> version; bump the version when an extractor's output changes.
EXTRACTORS: dict[str, str] = {
    # v2: dated leaders gazetteer, peoples, surnames the tagger missed
    # v3: leaders 1975-2026, US congressional conventions, media, armed services, places, gender
    "dateline.entities": "v3",
    # v2: tense by clause, month direction, sets, Sunday-paper weeks; v3: "Now,", "then current"
    "dateline.dates": "v3",
    "dateline.amounts": "v2",  # v2: one piece of equipment after a/an counts one
    # v2: transcripts, dash signatures, more cues; v3: noun-phrase content, forecasts are no quotes
    "dateline.quotes": "v3",
    # v2: session-2 argument and status rules; v3: session-3/4 rules, event-date coreference
    "dateline.events": "v3",
}


def extractor_id(name: str) -> str:
    """``"dateline.quotes"`` -> ``"dateline.quotes.v1"``."""
    return f"{name}.{EXTRACTORS[name]}"
