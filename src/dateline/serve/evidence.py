"""An article's text as HTML with every fact's evidence marked, for the document page.

Facts overlap (an entity mention inside a quote inside an event's sentence), so
the text cannot be nested into one ``<mark>`` per fact. Instead it is cut at
every span boundary into flat pieces; each piece covered by some fact becomes a
``<span class="s" data-f="ev-0 q-1 en-3">`` naming the facts that cover it, and
the page's script highlights a fact by selecting ``[data-f~="ev-0"]``. A
quote's speaker and cue are marked as secondary spans (``q-1.s``, ``q-1.c``),
shown in a lighter colour when the quote is selected.

Every piece of article text goes through ``html.escape``: the text is
untrusted input and the result is trusted as markup by the template.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

# fact kind -> id prefix; the prefix is also the CSS class suffix (k-ev, k-q...)
KINDS = {"event": "ev", "quote": "q", "entity": "en", "date": "dt", "amount": "am"}
# secondary span roles of a quote: the speaker's name and the reporting verb
ROLES = {"speaker": "s", "cue": "c"}


@dataclass
class Fact:
    """One fact of the document page: its id, kind, primary span and every span to mark.

    Attributes:
        id: page-unique id, e.g. ``"ev-0"`` (kind prefix and index in the record's list).
        kind: ``event``, ``quote``, ``entity``, ``date`` or ``amount``.
        start, end: the primary span (the one a permalink names).
        spans: ``(start, end, role)`` with role ``""`` for evidence, ``"s"`` speaker, ``"c"`` cue.
        data: the fact's record from ``query.document``.
    """

    id: str
    kind: str
    start: int
    end: int
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def ref(self) -> str:
        """The permalink form ``kind:start-end`` used by ``?fact=``."""
        return f"{self.kind}:{self.start}-{self.end}"


def facts(record: dict[str, Any]) -> dict[str, list[Fact]]:
    """The facts of a ``query.document`` record by kind, each with the spans to mark.

    Durations and sets ("three hours", "every week") are listed with the dates.
    """
    out: dict[str, list[Fact]] = {kind: [] for kind in KINDS}
    for i, ev in enumerate(record.get("events", [])):
        spans = [tuple(s) for s in ev.get("spans") or []] or [(ev["start"], ev["end"])]
        out["event"].append(
            Fact(f"ev-{i}", "event", ev["start"], ev["end"], [(s, e, "") for s, e in spans], ev)
        )
    for i, q in enumerate(record.get("quotes", [])):
        parts = [tuple(p) for p in q.get("parts") or []] or [(q["start"], q["end"])]
        spans = [(s, e, "") for s, e in parts]
        for role, code in ROLES.items():
            s, e = q.get(f"{role}_start"), q.get(f"{role}_end")
            if s is not None and e is not None:
                spans.append((s, e, code))
        out["quote"].append(Fact(f"q-{i}", "quote", q["start"], q["end"], spans, q))
    for i, en in enumerate(record.get("entities", [])):
        mentions = [(m["start"], m["end"], "") for m in en.get("mentions", [])] or [
            (en["start"], en["end"], "")
        ]
        out["entity"].append(Fact(f"en-{i}", "entity", en["start"], en["end"], mentions, en))
    for i, d in enumerate(record.get("dates", []) + record.get("durations", [])):
        out["date"].append(Fact(f"dt-{i}", "date", d["start"], d["end"], [(d["start"], d["end"], "")], d))
    for i, a in enumerate(record.get("amounts", [])):
        out["amount"].append(Fact(f"am-{i}", "amount", a["start"], a["end"], [(a["start"], a["end"], "")], a))
    return out


def find(all_facts: dict[str, list[Fact]], ref: str | None) -> Fact | None:
    """The fact a ``kind:start-end`` permalink names, or None when it names none."""
    if not ref or ":" not in ref:
        return None
    kind, _, rng = ref.partition(":")
    start, _, end = rng.partition("-")
    if kind not in all_facts or not (start.isdigit() and end.isdigit()):
        return None
    for fact in all_facts[kind]:
        if (fact.start, fact.end) == (int(start), int(end)):
            return fact
    return None


def blocks(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The analysed text as blocks: the body, then each news-bearing side segment.

    Fact offsets index the analysed text (``Document.text``): the body, then
    each related-article teaser or live-blog item after a separator; a
    segment's ``text_start`` says where its text begins.
    """
    out = [{"kind": "body", "title": None, "time": None, "start": 0, "text": record.get("body") or ""}]
    for seg in record.get("segments", []):
        if seg.get("text_start") is not None:
            out.append(
                {
                    "kind": seg["kind"],
                    "title": seg.get("title"),
                    "time": seg.get("time"),
                    "start": seg["text_start"],
                    "text": seg["text"],
                }
            )
    return out


def render(text: str, offset: int, all_facts: dict[str, list[Fact]], active: Fact | None = None) -> Markup:
    """``text`` (which starts at ``offset`` of the analysed text) as escaped HTML with fact spans marked.

    Args:
        text: one block of the analysed text.
        offset: where the block starts in the analysed text.
        all_facts: the page's facts (``facts(record)``).
        active: a fact to show highlighted already (a permalink); its first
            piece gets ``id="hl"`` so ``#hl`` scrolls to it without script.

    Returns:
        Markup safe to insert into a template.
    """
    n = len(text)
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    cuts = {0, n}
    for kind_facts in all_facts.values():
        for fact in kind_facts:
            for s, e, role in fact.spans:
                a, b = max(s - offset, 0), min(e - offset, n)
                if a >= b:
                    continue  # outside this block, or empty
                token = f"{fact.id}.{role}" if role else fact.id
                opens.setdefault(a, []).append(token)
                closes.setdefault(b, []).append(token)
                cuts.update((a, b))
    points = sorted(cuts)
    covering: Counter[str] = Counter()
    parts: list[str] = []
    anchored = False
    for a, b in zip(points, points[1:], strict=False):
        covering.subtract(closes.get(a, []))
        covering.update(opens.get(a, []))
        piece = html.escape(text[a:b], quote=False)
        tokens = sorted(t for t, c in covering.items() if c > 0)
        if not tokens:
            parts.append(piece)
            continue
        # the kind classes (which draw the ambient marks) come from evidence spans only: a
        # quote's speaker and cue are shown only when the quote is selected
        classes = ["s", *sorted({"k-" + t.split("-")[0] for t in tokens if "." not in t})]
        attrs = ""
        if active is not None:
            if active.id in tokens:
                classes.append("hl")
                if not anchored:
                    attrs, anchored = ' id="hl"', True
            elif any(t.startswith(active.id + ".") for t in tokens):
                classes.append("hl2")
        parts.append(f'<span class="{" ".join(classes)}" data-f="{" ".join(tokens)}"{attrs}>{piece}</span>')
    # a span ending at the block's end closes after the loop: nothing left to do
    return Markup("".join(parts))
