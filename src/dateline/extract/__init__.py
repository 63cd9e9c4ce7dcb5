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
    # v4: officials' states from their acts, bodies named by their head, portfolio titles, wire junk
    # v5: a shared surname is the one last named by it, a visit's destination is not the visitor's state
    "dateline.entities": "v5",
    # v2: tense by clause, month direction, sets, Sunday-paper weeks; v3: "Now,", "then current"
    # v4: "the day before X", midnight as T24, the date of a thing planned
    "dateline.dates": "v4",
    # v2: one piece of equipment after a/an counts one; v3: mass goods of war and relief, records
    # stamped with this version (they carried the v1 placeholder)
    "dateline.amounts": "v3",
    # v2: transcripts, dash signatures, more cues; v3: noun-phrase content, forecasts are no quotes
    # v4: partial quotes in the writer's words, delayed naming, 'it'/'the government' by one fit
    "dateline.quotes": "v4",
    # v2: session-2 argument and status rules; v3: session-3/4 rules, event-date coreference
    # v4: session-5 rules (demands as 'should', members of groups, protests and arrests, precision)
    # v5: session-6 rules (blocked, weighed and denied acts, blame on attackers not victims, one
    # toll one attack, implicit attackers, releases, weapons tests, deployments by order)
    "dateline.events": "v5",
}


def extractor_id(name: str) -> str:
    """``"dateline.quotes"`` -> ``"dateline.quotes.v1"``."""
    return f"{name}.{EXTRACTORS[name]}"
