"""Dates: recognise time expressions and normalise them to TIMEX3 values (pure Python).

A rule-based tagger in the spirit of HeidelTime: a set of regular expressions built from the
lexicon in ``dateline/data/dates/lexicon.json`` finds candidate expressions, overlapping
candidates are resolved longest-first, and each survivor is normalised against the
publication date (the TIMEX3 document creation time).

Conventions (documented because TIMEX3 leaves them open):

* Extents follow TempEval-3: prepositions are not part of the expression ("in December" ->
  "December"), determiners and modifiers are ("the third quarter", "early next year").
* Granularity is kept: "December" is ``2023-12``, never a day.
* Underspecified points (a month, a month-day, a weekday) take their year/week from the tense
  of the governing verb (spaCy parse when ``doc`` is given, else the nearest tense cue in the
  clause): past -> the last such point on or before publication, future -> the next one on or
  after it, unknown -> the nearest (weekdays default to the past, as news reports what
  happened). A month-day at most two months ahead stays in the current year even under a past
  verb ("decided he must leave by Jan. 14"), and one just past stays there under a future verb.
  With no tense cue a month leans to the past: it is the coming one only when at most four
  months ahead ("in March" in an October article is the March gone, "a January deadline" the
  coming one); six months either way is the past one.
* "last February" is a year back even from March (TimeBank usage); quarters are the latest
  one started on or before publication ("the third quarter" in January 2024 is 2023-Q3).
* Weeks are ISO weeks (``2024-W01``); a weekday with a part of day is a DATE with the part in
  the value ("Tuesday morning" -> ``2024-01-09TMO``); clock times are TIME.
* Anaphoric expressions ("the next day", "later that year", "the week before") resolve against
  the last date of matching precision given earlier in the text, else the publication date.
* In earnings reports "a year ago"/"a year earlier" compare with the same quarter: when a quarter
  was named before and the sentence talks money, the value is that quarter a year back.
* Ranges ("Feb. 19-21", "between 2019 and 2021") become two DATE refs, one per end point,
  as TimeML does (the range itself is a TLINK, not a TIMEX3 value).
* A bare year ("2019") is a date only with temporal context: a preceding preposition ("in",
  "since", "by", ...), a possessive ("2019's"), "fiscal", or a determiner before it followed by
  a singular noun ("the 2016 campaign"); "2,000 troops", "$2019" and "2019%" never are.
* "former" is not tagged (TempEval annotators do not mark it); "recently" is PAST_REF.
* Durations (``P3D``, ``PT24H``, ``P3W`` for "three-week-old") and sets (``P1W`` for "every
  week") get type DURATION / SET so they are never read as points.
* "three days later", "a month after the vote", "two weeks before": TimeML makes the measure
  the TIMEX3 ("three days", DURATION ``P3D``) and "later/after/before" a SIGNAL whose anchoring
  is a TLINK, so these are durations; "N units ago" and "a year earlier" stay points.
  "a decade ago" is a year (2014), not the decade ``201``.
* "recent weeks", "the coming months", "the weeks ahead" are vague stretches up to/from now,
  DURATION ``PXW``/``PXM`` like "the past few weeks" (not PAST_REF/FUTURE_REF).
* "the year ended June 30" is a twelve-month DURATION ``P1Y``; "for the (full) year" is the year
  of publication; "the last half of 1989" is ``1989-H2``; "the week of March 6" the ISO week
  holding that day; "the quarter a year ago" / "last year's quarter" the reported quarter a
  year back.
* Weeks stay ISO weeks for explicit relative weeks ("last week" -> ``2024-W01``) although the
  1989 WSJ part of TimeBank writes ``1989-WXX``: users want the week, and the rest of TimeBank,
  AQUAINT and the dateline gold use the ISO week.
* Tense cues (no parse): a past verb right before the expression ("said Friday", "was announced
  Wednesday") or a reporting verb right after it ("Bush on Tuesday said") or governing a
  following that-clause ("told reporters on Tuesday that ...") makes it past; verbs of
  commitment with an infinitive ("agreed to buy ... in January") and "as soon as" point forward;
  capitalised "-ed" words ("United States") are names, not verbs. The cues are read in the clause
  holding the expression (after the last quote mark or semicolon before it); "could not" is past;
  a progressive present ("is trying") is no future cue; "until" sets a deadline ahead
  ("postponed until Tuesday") except in a negated past ("had not named him until Thursday").
* "today's editions" marks "today" (the clitic is outside, as TimeML does); "today's youth",
  "the people of tomorrow" speak of the age, not a day (nouns in the lexicon's ``generic_nouns``).
  A capitalised relative word inside a sentence is a name ("ABC's This Week", "VOA Today").
* "year-end" / "year's end" is the year with mod END, like "the end of the year"; "since
  year-end" is the last one.
* "two to three weeks", "12 to 18 months": one DURATION with an unspecified number (``PXW``).
* "each July", "every spring": SET ``XXXX-07`` / ``XXXX-SP``; "by mid-afternoon": the part of the
  publication day with mod MID.
* "a year earlier" re-anchors on the quarter only when no other period (nine months, a half,
  "this year") is named before it in the sentence.
* "now that ..." is PRESENT_REF like any "now"; "this (crucial) moment" is PRESENT_REF, "at a later
  date" and "may one day join" FUTURE_REF.
* Vague counts keep their unit: "centuries" is ``PXC``, "decades" ``PXE`` (TIMEX3 units C, E, L), not
  ``PXY``; "a quarter of a century" is ``P25Y``, but "a quarter of the market" is a fraction (no
  timex); "20 more years", "an additional year", "more than two thousand years" are durations.
* A bare year also counts after a determiner and up to two adjectives ("his unsuccessful 1996
  campaign"), or before an event plural ("the 2000 Olympics"); a year closing a phrase right after a
  capitalised word is part of a name ("a venture called Orion 1980,"). "spring 2022" is ``2022-SP``.
* Tense cues: a present perfect ("has extended ... through January") and a participle used as an
  adjective ("a still unspecified date") are no past cue; "is supposed to" points forward. A weekday
  after a verb of a scheduled event in the simple present is the coming one ("the leaders meet
  Monday", "the summit opens on Tuesday"; verbs in the lexicon's ``schedule_verbs``, only weekdays).
* "the previous Friday", "the following Monday" count from the last day the text gave.
* "daily"/"weekly" naming a newspaper ("the Israeli daily Haaretz", "China Daily") is no SET.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..records import DateRef
from . import extractor_id

EXTRACTOR = extractor_id("dateline.dates")  # the version lives in the registry, extract.EXTRACTORS


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    path = resources.files("dateline") / "data" / "dates" / "lexicon.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _alt(words: list[str]) -> str:
    """A regex alternation, longest first so "sept" wins over "sep"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


# --------------------------------------------------------------------------- regex building blocks


@dataclass(frozen=True)
class _Rx:
    month: str
    wday: str
    num: str
    unit: str
    season: str
    dpart: str
    ordinal: str
    holiday: str


@lru_cache(maxsize=1)
def _rx() -> _Rx:
    lx = _lexicon()
    full_m = [w for w in lx["months"] if len(w) > 4 or w in ("may", "june", "july")]
    abbr_m = [w for w in lx["months"] if w not in full_m]
    month = r"(?:(?:" + _alt(full_m) + r")(?!\w)|(?:" + _alt(abbr_m) + r")(?:\.|(?![\w.])))"
    full_d = [w for w in lx["weekdays"] if w.endswith("day")]
    abbr_d = [w for w in lx["weekdays"] if w not in full_d]
    wday = r"(?:(?:" + _alt(full_d) + r")(?![\w])|(?:" + _alt(abbr_d) + r")(?:\.|(?![\w.])))"
    numwords = list(lx["numbers"]) + lx["vague_numbers"]
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    num = (
        r"(?:(?:" + tens + r")[\s-](?:" + ones + r")|\d+(?:\.\d+|\s+1/2|\s*½)?|" + _alt(numwords) + r")"
        r"(?:\s+(?:and\s+a\s+half|hundred|thousand))?"
    )
    unit = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))"
    season = r"(?:" + _alt(list(lx["seasons"])) + r")"
    dpart = r"(?:" + _alt(list(lx["day_parts"])) + r")"
    ordinal = r"(?:" + _alt(list(lx["ordinals"])) + r")"
    holiday = r"(?:" + _alt(list(lx["holidays"])) + r")"
    return _Rx(month, wday, num, unit, season, dpart, ordinal, holiday)


# --------------------------------------------------------------------------- helpers


def _to_date(published: str | dt.date | dt.datetime | None) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _number(word: str) -> float | None:
    """The value of a number word or numeral; None for vague quantities ("several")."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    lx = _lexicon()
    extra = 0.0
    if w.endswith(" and a half"):
        w, extra = w[: -len(" and a half")], 0.5
    for word, factor in ((" hundred", 100), (" thousand", 1000)):
        if w.endswith(word):
            base = _number(w[: -len(word)])
            return None if base is None else base * factor + extra
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) + extra
    half = re.fullmatch(r"(\d+)\s*(?:1/2|½)", w)
    if half:
        return float(half.group(1)) + 0.5
    if w in lx["numbers"]:
        return float(lx["numbers"][w]) + extra
    m = re.fullmatch(r"([a-z]+)[\s-]([a-z]+)", w)
    if m and m.group(1) in lx["numbers"] and m.group(2) in lx["numbers"]:
        return float(lx["numbers"][m.group(1)] + lx["numbers"][m.group(2)]) + extra
    return None


def _unit_code(unit: str) -> str:
    u = unit.lower().rstrip("s")
    if u.startswith("centur"):
        return "CE"
    if u.startswith("millenni"):
        return "ML"
    return _lexicon()["units"][u]


# units of many years: their TIMEX3 unit letter, and how many years one of them is
_MULTI_YEAR = {"DE": ("E", 10), "CE": ("C", 100), "ML": ("L", 1000)}


def _duration(n: float | None, code: str) -> str:
    """TIMEX3 duration value: ``P3D``, ``PT24H``, ``PXY`` (vague), ``P1.5Y``."""
    if code == "WE":
        code, n = "D", (2 if n is None else n * 2)
    if code in _MULTI_YEAR:
        unit, years = _MULTI_YEAR[code]
        if n is None:
            # "decades", "centuries": some number of that unit, not of years (TIMEX3 units E, C, L)
            return "PX" + unit
        code, n = "Y", n * years
    if n is not None and not float(n).is_integer() and float(n) * 2 == int(float(n) * 2):
        # halves in the next smaller unit: 2 1/2 years -> P2Y6M, 5 1/2 hours -> PT5H30M
        whole = int(n)
        half = {"Y": "6M", "M": "15D", "W": "3DT12H", "D": "T12H", "TH": "30M", "TM": "30S"}.get(code)
        if half:
            if code.startswith("T"):
                return f"PT{whole}{code[1:]}{half}" if whole else f"PT{half}"
            lead = f"{whole}{code}" if whole else ""
            return f"P{lead}{half}"
    qty = "X" if n is None else (str(int(n)) if float(n).is_integer() else f"{n:g}")
    if code.startswith("T"):
        return f"PT{qty}{code[1:]}"
    return f"P{qty}{code}"


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _month_of(name: str) -> int:
    return _lexicon()["months"][name.lower().rstrip(".")]


def _wday_of(name: str) -> int:
    return _lexicon()["weekdays"][name.lower().rstrip(".")]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# --------------------------------------------------------------------------- tense


_FUTURE_RX = re.compile(
    r"\b(?:will|shall|wo(?=n't)|going\s+to|"
    # verbs of commitment/intention point their complement forward: "agreed to buy it in February"
    r"(?:agree[sd]?|agreements?|decided|voted|offered|offers?|proposed|proposals?|bids?|seeks?|sought|"
    r"promised|pledged|vowed|signed|approved)\s+to\s+\w+|(?:is|are)\s+(?:due\s+)?to\s+\w+|(?:plans?|planned|planning)\s+to|"
    r"(?<!been\s)(?:expected|scheduled|set\s+to|due\s+to)|(?:is|are)\s+due|intends?\s+to|aims?\s+to|upcoming|"
    r"would\s+be\s+\w+ing|(?:is|are)\s+supposed\s+to\s+\w+|could(?!\s+not|n['’]t)|might|may|should|must|until|payable|effective|(?<!to\s)expires?|as\s+soon\s+as)\b|'ll\b",
    re.I,
)
_PAST_RX = re.compile(
    r"\b(?:said|was|were|had|did|told|ago|since|could\s+not|couldn['’]t|"
    # a participle after "be"/"is"/"to" ("will be paid", "is expected", "to be held") is not a past tense
    r"(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bto\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"(?:met|held|took|made|came|went|began|left|gave|saw|won|lost|fell|rose|became|brought|bought|sold|paid|"
    r"ran|sent|spoke|wrote|struck|killed|(?-i:[a-z]{3,}ed)))\b",
    re.I,
)
_ADJACENT_PAST = re.compile(
    r"\b(?:said|told|was|were|had|did|met|held|took|made|came|went|began|left|gave|saw|won|lost|fell|rose|"
    r"became|brought|bought|sold|paid|ran|sent|spoke|wrote|struck|read|(?<!\bbe\s)(?<!\bto\s)(?-i:[a-z]{3,}ed))"
    r"\s+(?:on\s+|late\s+|early\s+)?$",
    re.I,
)
# no comma: "Bush on Tuesday said ..." (with a comma it is an attribution: "will open Monday, said X")
_PAST_AFTER = re.compile(r"\s+(?:said|told|announced|reported|declared|added|warned|insisted|denied)\b", re.I)


@lru_cache(maxsize=1)
def _planned_for() -> re.Pattern[str]:
    """The words before the date of a thing planned: "planned a demonstration on Saturday", "called a
    strike for Monday" (the planning is past, the thing named is still to come)."""
    lx = _lexicon()["planning"]
    # "planned a rally on Friday", but only "called a strike FOR Wednesday" ("organised a protest on
    # Sunday, and police arrested 20" and "called the meeting on Monday a success" are past)
    event = r"\s+(?:an?|the|their|its|his|her)\s+(?:[\w-]+\s+){0,4}?(?:" + _alt(lx["events"]) + r")s?\s+"
    where = r"(?:(?:in|at|outside)\s+(?:[\w.'’-]+\s+){1,3}?)?"
    return re.compile(
        r"\b(?:(?:" + _alt(lx["future_forms"]) + r")" + event + where + r"(?:on|for)"
        r"|(?:" + _alt(lx["verb_forms"]) + r")" + event + where + r"for)\s+$",
        re.I,
    )


_REPORTED_BEFORE = re.compile(
    r"\b(?:said|told|announced|reported|declared|warned|insisted|denied)\b[^.;:,]*$", re.I
)
_CLAUSE_BREAK = re.compile(r"[;:]|\band\s+(?=\w+\s+(?:will|would|said|is|are|was|were)\b)|''|``|[\"“”]")
_SENT_END = re.compile(r"[.!?]\s+(?=[A-Z\"'`(])|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 300)
    s = lo
    for m in _SENT_END.finditer(text, lo, start):
        s = m.end()
    m = _SENT_END.search(text, end, min(len(text), end + 300))
    return s, (m.start() + 1 if m else min(len(text), end + 300))


# cues that count only when the clause has no other cue: reporting verbs ("X will meet on Tuesday,
# he said" is about the future)
_WEAK_CUES = {"said", "told"}
# "until" sets a deadline ahead ("postponed until Tuesday") except after a negated past, where it
# ends a stretch gone by ("Until Thursday, they had not called him a suspect")
_NEGATED_PAST = re.compile(r"\b(?:had|did|was|were|could)(?:\s+not|n['’]t)\b|\bnever\b", re.I)


# an "-ed" word after a determiner (and an optional adverb) is an adjective ("a still unspecified
# date", "the proposed merger"); after "has"/"have" it is a present perfect ("has extended the loans
# through January"), which English does not combine with a past time adverbial, so it says nothing
# about whether a date is behind or ahead
_ED_NOT_PAST = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|these|those)(?:\s+[a-z]+ly|\s+still|\s+long)?"
    r"|\b(?:has|have|hasn['’]t|haven['’]t)(?:\s+not|\s+[a-z]+ly|\s+also|\s+already)?|['’]ve)\s+$",
    re.I,
)


@lru_cache(maxsize=1)
def _schedule_rx() -> re.Pattern[str]:
    """A verb of a scheduled event in the simple present right before the expression ("meet
    separately Monday", "opens on Tuesday"); not after an auxiliary ("did not meet Monday"), and
    not capitalised (a headline or a name)."""
    forms = [f for k, v in _lexicon()["schedule_verbs"].items() if not k.startswith("_") for f in v]
    return re.compile(
        r"(?<!\bto\s)(?<!\bnot\s)(?<!\bdid\s)(?<!n't\s)(?<!n’t\s)(?<!\bhad\s)(?<!\bcould\s)(?<!\bwould\s)"
        r"\b(?:" + _alt(forms) + r")(?:\s+(?:separately|again|jointly|together|here|there))?"
        r"(?:\s+(?:on|next|this))?\s+$"
    )


@lru_cache(maxsize=1)
def _schedule_lemmas() -> frozenset[str]:
    """One-word lemmas of the schedule verbs (the parse path; "kick off" is two tokens)."""
    return frozenset(k for k in _lexicon()["schedule_verbs"] if not k.startswith("_") and " " not in k)


def _scheduled_present(c: _Ctx, start: int, end: int) -> bool:
    """True when a weekday hangs on a scheduled event in the simple present ("the leaders meet
    Monday", "the summit opens on Tuesday"), which English uses for the future. Only weekdays:
    with a month or a day of the month the simple present is as often a recurring fact ("the
    fiscal year ends June 30", "Qtr ends Dec 31") as a schedule."""
    if c.doc is not None:
        span = c.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            head = span.root.head
            if head.dep_ == "prep":  # "opens on Tuesday": the verb governs the preposition
                head = head.head
            if head.tag_ in ("VBZ", "VBP") and head.lemma_.lower() in _schedule_lemmas():
                return not any(a.dep_ in ("aux", "auxpass") for a in head.children)
    s, _ = _sentence(c.text, start, end)
    return bool(_schedule_rx().search(c.text, max(s, start - 50), start))


def _not_a_past_verb(text: str, m: re.Match[str]) -> bool:
    word = m.group(0)
    return word.endswith("ed") and bool(_ED_NOT_PAST.search(text, max(0, m.start() - 30), m.start()))


def _tense_regex(text: str, start: int, end: int) -> str | None:
    """ "past", "future" or None from cue words near the expression in its clause (no parse).

    The nearest cue wins; reporting verbs ("said") count only when nothing else is found, since
    "X will meet on Tuesday, he said" is about the future.
    """
    s, e = _sentence(text, start, end)
    if _planned_for().search(text, max(s, start - 60), start):
        return "future"
    # a past-tense verb right before the expression governs it: "said Friday that it will ...",
    # "was announced Wednesday", "met on Monday" (the saying/meeting happened then)
    m = _ADJACENT_PAST.search(text, max(s, start - 40), start)
    if m or _PAST_AFTER.match(text, end):
        return "past"
    if re.match(r"\s+that\b", text[end : end + 6]) and _REPORTED_BEFORE.search(
        text[max(s, start - 60) : start]
    ):
        # "told reporters on Tuesday that ... might": the date is the day of the telling
        return "past"
    s = max(s, start - 90)
    e = min(e, end + 80)
    before, after = text[s:start], text[end:e]
    cut = 0
    for m in _CLAUSE_BREAK.finditer(before):
        cut = m.end()  # the clause holding the expression starts after the last break
    before = before[cut:]
    m = _CLAUSE_BREAK.search(after)
    if m:
        after = after[: m.start()]
    cues: list[tuple[int, str, bool]] = []  # (distance, tense, is_weak)
    weak = _WEAK_CUES | {"until"} if _NEGATED_PAST.search(before + " " + after) else _WEAK_CUES
    for rx, tense in ((_FUTURE_RX, "future"), (_PAST_RX, "past")):
        for m in rx.finditer(before):
            if tense == "past" and _not_a_past_verb(before, m):
                continue
            cues.append((len(before) - m.end(), tense, m.group(0).lower() in weak))
        for m in rx.finditer(after):
            if tense == "past" and _not_a_past_verb(after, m):
                continue
            cues.append((2 * m.start() + 5, tense, m.group(0).lower() in weak))
    if not cues:
        return None
    main = [c for c in cues if not c[2]] or cues
    return min(main)[1]


_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
_FUTURE_HEADS = {"plan", "expect", "schedule", "set", "due", "intend", "aim", "go", "hope", "want", "prepare"}


def _tense_doc(doc: Any, start: int, end: int) -> str | None:
    """Tense of the verb governing the span, from a spaCy parse; None if undecided."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    seen = 0
    nouns = []
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 6:
        tok = tok.head
        nouns.append(tok)
        seen += 1
    # planning verbs point forward whatever the preposition; "called/set/organised" only with "for"
    # ("called a strike for Wednesday", but "organised a protest on Sunday" was held then)
    lx = _lexicon()["planning"]
    verbs = set(lx["future_verbs"]) | (set(lx["for_verbs"]) if span.root.head.lower_ == "for" else set())
    planned = (
        [c for c in tok.children if c.dep_ == "dobj" and c.i < span.start] if tok.lemma_ in verbs else []
    )
    planned += [n for n in nouns if n.dep_ == "dobj" and n.head.lemma_ in verbs]
    if any(n.lemma_ in lx["events"] for n in planned):
        return "future"  # "planned a demonstration on Saturday": the demonstration is to come
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    for _ in range(3):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        low = {a.lower_ for a in auxes}
        if low & _FUTURE_AUX:
            return "future"
        if "to" in low and tok.head.i != tok.i and tok.head.lemma_ in _FUTURE_HEADS | {"be"}:
            return "future"
        if tok.tag_ == "VBD" or ({"had", "was", "were", "did"} & low):
            return "past"
        if tok.tag_ == "VBN" and low & {"has", "have"}:
            return "past"
        if tok.tag_ in ("VBZ", "VBP", "VB", "VBG") and not auxes and tok.dep_ in ("xcomp", "ccomp", "conj"):
            tok = tok.head
            continue
        break
    if tok.tag_ == "MD" and tok.lower_ in _FUTURE_AUX:
        return "future"
    return None


# --------------------------------------------------------------------------- resolution


class _Ctx:
    """Everything a normaliser needs: the reference date and a lazy tense lookup."""

    def __init__(self, text: str, ref: dt.date | None, doc: Any) -> None:
        self.text, self.ref, self.doc = text, ref, doc
        self._cache: dict[tuple[int, int], str | None] = {}

    def tense(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self._cache:
            t = _tense_doc(self.doc, start, end) if self.doc is not None else None
            if t is None:
                t = _tense_regex(self.text, start, end)
            self._cache[key] = t
        return self._cache[key]


def _resolve_weekday(ref: dt.date, wd: int, tense: str | None, rel: str | None = None) -> dt.date:
    diff = (ref.weekday() - wd) % 7  # days back to the last such weekday (0 = today)
    if rel == "last":
        return ref - dt.timedelta(days=diff or 7)
    if rel == "next":
        return ref + dt.timedelta(days=((wd - ref.weekday()) % 7) or 7)
    if rel == "this":
        tense = tense or "future"
    if tense == "future":
        return ref + dt.timedelta(days=(wd - ref.weekday()) % 7)
    return ref - dt.timedelta(days=diff)


def _resolve_year_for(
    ref: dt.date, month: int, day: int | None, tense: str | None, strict: bool = False
) -> int:
    """Year of an underspecified month (and day) from the tense; nearest if tense unknown."""
    y = ref.year
    cand = (month, day or 0)
    now = (ref.month, ref.day if day else 0)
    if not strict and tense == "past" and cand > now and (month - ref.month) % 12 <= (2 if day else 1):
        # a past-tense verb often governs a deadline ("decided he must leave by Jan. 14"):
        # a date at most two months ahead stays in the current year
        tense = None
    if not strict and tense == "future" and cand < now and (ref.month - month) % 12 <= 1:
        # likewise a future-tense sentence citing a date just past ("will displace ..., 6 September")
        tense = None
    if tense == "past":
        return y if cand <= now else y - 1
    if tense == "future":
        return y if cand >= now else y + 1
    # nearest, leaning to the past (news mostly reports what happened): without a tense cue a
    # month is the coming one only when at most four months ahead ("in March" in an October
    # article is the March just gone, "in January" the coming one)
    ahead = (month - ref.month) % 12
    if (month, day or 0) == now:
        return y
    if 0 < ahead <= 4 or (ahead == 0 and cand > now):
        return y if cand > now else y + 1
    return y if cand <= now else y - 1


def _season_year(ref: dt.date, code: str, rel: str | None, tense: str | None) -> int:
    """Year of a season; a winter is named by the year it starts in (January 2024 is in 2023-WI)."""
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if code == "WI" and ref.month <= 2:
        cur, started = ref.year - 1, True
    else:
        cur, started = ref.year, ref.month >= start_month
    if rel == "last":
        return cur - 1
    if rel == "next":
        return cur + 1
    if rel is None and not started and tense == "past":
        return cur - 1
    return cur


# --------------------------------------------------------------------------- patterns


@dataclass
class _Cand:
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None
    prio: int = 0


_Handler = Callable[[re.Match[str], _Ctx], "list[_Cand] | _Cand | None"]


def _mod_of(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower().rstrip("-").strip()
    if w in ("early", "earlier", "the beginning of", "the start of", "beginning of", "start of"):
        return "START"
    if w in ("late", "later", "the end of", "end of"):
        return "END"
    if w in ("mid", "the middle of", "middle of"):
        return "MID"
    return None


_PRE = r"(?:(?P<pre>early|late|mid-|mid|the\s+(?:beginning|start|end|middle)\s+of)\s*)?"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], _Handler, int]]:
    r = _rx()
    P: list[tuple[str, _Handler, int]] = []

    # ---- explicit calendar dates
    P.append(
        (r"(?P<y>(?:1[6-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])", _h_iso, 9)
    )
    P.append(
        (
            _PRE + r"(?:(?P<rel>last|this|next|this\s+coming|this\s+past)\s+)?(?P<mon>" + r.month + r")\s+"
            r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
            r"(?:\s*(?:-|–|—|to|and|through)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?"
            r"(?:,?\s+(?P<y>(?:1[6-9]|20)\d\d))?(?![\d:,]\d)",
            _h_month_day,
            8,
        )
    )
    P.append(
        (
            r"(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*(?P<d2>[0-3]?\d))?\s+(?:of\s+)?"
            r"(?P<mon>" + r.month + r")(?:,?\s+(?P<y>(?:1[6-9]|20)\d\d))?(?!\w)",
            _h_day_month,
            8,
        )
    )
    P.append(
        (
            _PRE + r"(?P<mon>" + r.month + r"),?\s+(?:of\s+)?(?P<y>(?:1[6-9]|20)\d\d)(?!\d)",
            _h_month_year,
            8,
        )
    )
    P.append(
        (
            r"(?:(?P<rel>last|next|this|early-|late-|early|late|mid-|mid)\s*)?(?P<mon>"
            + r.month
            + r")(?:\s+(?P<ry>last|next|this)\s+year)?(?![\w])",
            _h_month,
            5,
        )
    )
    P.append((r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?!\d)", _h_slash, 8))
    # ---- years, decades, centuries
    P.append(
        (
            r"(?:(?P<pre>early|late|mid-|mid|the\s+(?:beginning|start|end|middle)\s+of|fiscal(?:\s+year)?|FY|"
            r"calendar(?:\s+year)?|the\s+year)\s*)?(?P<y>(?:1[6-9]|20)\d\d)(?P<s>'s|’s)?(?![\d%\w])",
            _h_year,
            4,
        )
    )
    P.append(
        (
            r"(?:the\s+)?(?:(?P<pre>early|late|mid-|mid)\s*)?(?:(?P<y4>1[0-9]\d0)|'(?P<y2>\d0))s(?!\w)",
            _h_decade,
            6,
        )
    )
    P.append(
        (
            r"(?:the\s+)?(?:(?P<pre>early|late|mid-|mid)\s*)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century",
            _h_century,
            6,
        )
    )
    P.append(
        (
            r"(?:the\s+)?(?:(?P<pre>early|late|mid-|mid)\s*)?(?P<o>" + r.ordinal + r")[\s-]+century",
            _h_century,
            6,
        )
    )
    P.append(
        (r"(?P<y1>(?:1[6-9]|20)\d\d)\s*(?:-|–|—|to)\s*(?P<y2>(?:1[6-9]|20)?\d\d)(?![\d%])", _h_year_range, 7)
    )
    P.append(
        (r"between\s+(?P<y1>(?:1[6-9]|20)\d\d)\s+and\s+(?P<y2>(?:1[6-9]|20)\d\d)(?![\d%])", _h_year_range, 7)
    )
    # ---- quarters and halves
    P.append(
        (
            r"(?:the\s+)?(?:(?P<rel>last|latest|past|previous|current|next|this|coming|same|year-(?:ago|earlier))\s+)?"
            r"(?:(?P<ry>this|last|next)\s+year['’]s\s+)?"
            r"(?:(?P<y>(?:1[6-9]|20)\d\d)(?:'s)?\s+)?(?:fiscal\s+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)"
            r"[\s-]+(?:fiscal\s+)?(?P<u>quarter|half|period)(?:s(?=\s+of\s))?(?![a-z])"
            r"(?:\s+of\s+(?:fiscal\s+)?(?P<y2>(?:1[6-9]|20)\d\d|this\s+year|last\s+year|next\s+year))?",
            _h_quarter,
            7,
        )
    )
    P.append(
        (
            r"(?:the\s+)?(?P<rel>current|this|last|next|previous|coming|past)\s+(?:fiscal|financial|calendar)\s+year"
            r"(?![\w-])",
            _h_fiscal_year,
            6,
        )
    )
    P.append((r"\bQ(?P<q>[1-4])(?:\s+|-)?(?P<y>(?:19|20)\d\d)?\b", _h_qshort, 7))
    P.append(
        (
            r"(?:the|this|that)\s+(?:(?P<rel>latest|current|year-ago|year-earlier|previous|past|last|comparable|"
            r"comparable\s+year-(?:ago|earlier)|same)\s+)?(?:(?P<y>(?:19|20)\d\d)\s+)?(?P<u>quarter|period)(?![\w-])",
            _h_quarter_rel,
            6,
        )
    )
    # the same quarter a year back, said the other way round: "the quarter a year ago",
    # "the corresponding period last year", "last year's quarter"
    P.append(
        (
            r"(?:the\s+)?(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\s+"
            r"(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year)(?![\w-])"
            r"|last\s+year['’]s\s+(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)(?![\w-])",
            _h_quarter_year_back,
            7,
        )
    )
    P.append((r"(?P<w>year-(?:ago|earlier))(?![\w-])", _h_year_ago_adj, 5))
    spelled_year = (
        r"(?:nineteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
        r"ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
        r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[\s-]+\w+)|two\s+thousand(?:\s+and\s+\w+)?"
    )
    P.append((r"(?:the\s+year\s+)?(?P<w>" + spelled_year + r")(?![\w-])", _h_spelled_year, 5))
    # broadcast transcripts spell years out: "January nineteen ninety-seven", "the winter of nineteen ninety-four"
    P.append(
        (
            r"(?:(?P<mon>"
            + r.month
            + r")|(?:the\s+)?(?P<s>"
            + r.season
            + r")\s+of)\s+(?P<w>"
            + spelled_year
            + r")(?![\w-])",
            _h_period_spelled_year,
            6,
        )
    )
    P.append(
        (
            r"(?:the\s+)?(?:(?P<pre>early|late|mid-|mid)\s*)?(?P<w>twenties|thirties|forties|fifties|sixties|"
            r"seventies|eighties|nineties)(?![\w-])",
            _h_spelled_decade,
            4,
        )
    )
    # ---- anaphoric: anchored on the last date the text gave, not on publication
    P.append(
        (
            r"(?:the\s+(?P<rel>next|following|previous|preceding|same)|(?P<pre>earlier|later)\s+that|that(?:\s+same)?)"
            r"\s+(?P<u>day|morning|afternoon|evening|night|week|month|year)(?![\w-])",
            _h_anaphoric,
            6,
        )
    )
    P.append(
        (
            r"the\s+(?P<u>day|week|month|year)\s+(?P<rel>before|after)(?=\s*[,.;]|\s+(?:that|this)\b)",
            _h_anaphoric,
            6,
        )
    )
    # ---- relative days
    P.append(
        (
            r"(?:(?P<pre>early|late|earlier|later)\s+)?(?P<w>today|yesterday|tomorrow|tonight|last\s+night|"
            r"overnight)(?:\s+(?P<dp>" + r.dpart + r"))?(?![\w-])",
            _h_relday,
            6,
        )
    )
    P.append((r"this\s+(?P<dp>morning|afternoon|evening)", _h_this_dpart, 6))
    # "by mid-afternoon": the middle of that part of the day of publication (a narrower
    # "mid-afternoon yesterday" is taken by the longer pattern above)
    P.append((r"(?P<pre>mid)[\s-]?(?P<dp>morning|afternoon)(?![\w-])", _h_this_dpart, 5))
    P.append(
        (
            r"(?:(?P<pre>early|late|mid)[\s-]?)?(?P<dp>morning|afternoon|evening)\s+(?P<w>yesterday|today|tomorrow)"
            r"(?![\w'’])",
            _h_dpart_relday,
            7,
        )
    )
    P.append((r"(?:earlier|later)\s+(?:in\s+the\s+day|today)", _h_same_day, 7))
    # ---- weekdays
    P.append(
        (
            r"(?:(?P<pre>early|late)\s+(?:on\s+)?)?(?:(?P<rel>last|next|this|past|coming)\s+"
            r"|the\s+(?P<arel>previous|preceding|following)\s+)?(?P<wd>" + r.wday + r")"
            r"(?:\s*,?\s*(?P<mon>" + r.month + r")\s+(?P<d>[0-3]?\d)(?:,?\s+(?P<y>(?:1[6-9]|20)\d\d))?)?"
            r"(?:\s+(?P<dp>" + r.dpart + r"))?(?![\w])",
            _h_weekday,
            6,
        )
    )
    # ---- clock times
    P.append(
        (
            r"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?|AM|PM|"
            r"in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?![a-z])"
            r"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s*(?:GMT|UTC|EST|EDT|CET|BST|local\s+time|hours|hrs)\b)"
            r"|(?P<noon>noon|midday|midnight))"
            r"(?:\s+(?:GMT|UTC|EST|EDT|CET|BST|local\s+time|\(\d{4}\s*GMT\)))?"
            r"(?:\s*,?\s*(?:on\s+)?(?P<wd>"
            + r.wday
            + r")|\s+(?P<rd>today|yesterday|tomorrow|tonight)|\s*,?\s*(?:on\s+)?"
            r"(?P<mon>" + r.month + r")\s+(?P<d>[0-3]?\d)(?!\d))?(?![\w'])",
            _h_clock,
            7,
        )
    )
    # ---- named periods relative to publication
    P.append(
        (
            r"(?:(?P<pre>earlier|later|early|late)\s+)?(?P<rel>last|next|this|past|coming|previous|the\s+past|"
            r"the\s+last|the\s+previous|the\s+coming|the\s+next|the\s+current|the\s+same)\s+"
            r"(?P<u>week|weekend|month|year|decade|century)(?![\w-])",
            _h_rel_unit,
            5,
        )
    )
    # "for the year": the year of publication; "the year ended June 30" is a twelve-month DURATION
    P.append(
        (
            r"the\s+(?:(?P<q>full|fiscal)\s+)?year(?![\w'’-])(?!\s+(?:\d|two\s+thousand|nineteen|of\s+the|before|after)\b)"
            r"(?P<end>\s+end(?:ed|ing)\b)?",
            _h_the_year,
            3,
        )
    )
    # "year-end", "year end", "year's end": the end of a year, like "the end of the year"
    P.append((r"(?:the\s+)?year(?:[\s-]+end|['’]s\s+end)(?![\w-])", _h_year_end, 5))
    P.append(
        (
            r"(?:the\s+)?(?P<o>first|last|latter|second)\s+half\s+of\s+(?P<y>(?:1[6-9]|20)\d\d)(?!\d)",
            _h_half_of_year,
            8,
        )
    )
    P.append(
        (
            r"(?:(?P<pre>earlier|later|early|late)\s+)?(?:in\s+)?the\s+(?P<u>week|weekend|month|year|day)(?![\w-])"
            r"(?=\s*(?:'s|’s|,|\.|;|\s+(?:ago|earlier|later|to\s+date)|$))",
            _h_the_unit,
            2,
        )
    )
    P.append(
        (
            r"(?<=over\s)the\s+(?P<u>weekend)(?![\w-])",  # "over the weekend" needs no closing punctuation
            _h_the_unit,
            2,
        )
    )
    P.append(
        (
            r"(?:(?P<pre>early|late|mid-|mid)\s*)?(?:(?P<rel>last|next|this\s+past|this|the|past|coming|previous)\s+)?(?P<s>"
            + r.season
            + r")(?:\s+(?P<of>of\s+)?(?P<y>(?:1[6-9]|20)\d\d))?(?![\w])",
            _h_season,
            4,
        )
    )
    P.append(
        (
            r"(?P<y>(?:1[6-9]|20)\d\d)(?:'s)?\s+(?P<s>" + r.season + r")(?![\w])",
            _h_season,
            6,
        )
    )
    P.append((r"(?:this\s+)?(?P<h>" + r.holiday + r")", _h_holiday, 5))
    P.append((r"thanksgiving(?:\s+day)?", _h_thanksgiving, 5))
    # ---- N units ago/earlier/later/from now
    P.append(
        (
            r"(?:(?:nearly|almost|about|some|roughly|more\s+than|less\s+than|just|only|around)\s+)?"
            r"(?P<n>" + r.num + r")(?:\s+or\s+so)?\s+(?P<u>" + r.unit + r")(?:\s+or\s+so)?\s+"
            r"(?P<dir>ago|earlier|before|later|after|from\s+now|hence)"
            r"(?!\s+(?:the|a|an|his|her|their|its|this|that)\b)",
            _h_ago,
            7,
        )
    )
    # ---- durations
    P.append(
        (
            r"(?:(?P<art>the|a|an)\s+)?(?:(?P<q>past|last|next|first|coming|previous|final|following|latest|recent|same|"
            r"full|entire|whole)\s+)?(?:(?P<mod>nearly|almost|about|around|roughly|some|approximately|"
            r"more\s+than|less\s+than|at\s+least|up\s+to|only|just)\s+)?(?P<n>" + r.num + r")[\s-]+"
            # "20 more years", "an additional year", "a further two weeks": the added stretch is the measure
            r"(?:(?P<add>more|additional|further|extra)\s+)?"
            r"(?P<u>" + r.unit + r")(?P<half>\s+and\s+a\s+half)?(?P<old>[\s-]old)?(?![\w-])",
            _h_duration,
            5,
        )
    )
    # "over the past day", "in the last hour": one unit counted back from now, a DURATION like
    # "the past 24 hours" (without this, "the past" alone was read as PAST_REF); "the last day of
    # the summit" is no stretch back from now
    P.append(
        (
            r"(?P<q>the\s+(?:past|last))\s+(?P<u>day|hour)(?![\w-])(?!\s+(?:of|before|when|that)\b)",
            lambda m, c: _Cand(m.start(), m.end(), "DURATION", _duration(1, _unit_code(m["u"]))),
            6,
        )
    )
    # "two to three weeks", "12 to 18 months": one DURATION whose number is not given exactly
    P.append(
        (
            r"(?:(?P<q>the\s+(?:past|last|next|coming|first))\s+)?(?P<n1>" + r.num + r")\s*(?:to|or|-|–)\s*"
            r"(?P<n>" + r.num + r")[\s-]+(?P<u>" + r.unit + r")(?![\w-])",
            _h_duration_range,
            6,
        )
    )
    P.append(
        (
            r"(?:(?P<q>the\s+past|the\s+last|the\s+next|the\s+coming|recent|the\s+first|the|for|over)\s+)?"
            r"(?P<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?![\w-])",
            _h_vague_duration,
            1,
        )
    )
    P.append(
        (
            r"(?P<n>\d+|"
            + r.num
            + r")-(?P<u>second|minute|hour|day|week|month|year|decade)(?:-old|-long)?(?![\w-])",
            _h_duration_adj,
            5,
        )
    )
    # ---- sets
    P.append(
        (
            r"(?:every|each|per|a)\s+(?:(?P<n>other|"
            + r.num
            + r")\s+)?(?P<u>day|week|month|year|quarter|hour|"
            r"minute|night|morning|evening|weekend|" + r.wday + r")s?(?![\w-])",
            _h_set,
            3,
        )
    )
    # "each July", "every spring": the month or season of every year (TIMEX3 SET XXXX-07, XXXX-SP)
    P.append(
        (
            r"(?:every|each)\s+(?:(?P<mon>" + r.month + r")|(?P<s>" + r.season + r"))(?![\w-])",
            _h_set_period,
            4,
        )
    )
    P.append((r"(?P<w>" + _alt(list(_lexicon()["set_adverbs"])) + r")(?![\w-])", _h_set_adv, 3))
    P.append((r"(?P<wd>" + r.wday + r")s(?![\w'])", _h_set_wday, 3))
    # "Tuesday nights", "Sunday mornings": that part of every such weekday (SET XXXX-WXX-2TNI)
    P.append(
        (r"(?P<wd>" + r.wday + r")\s+(?P<dp>mornings|afternoons|evenings|nights)(?![\w'])", _h_set_wday, 7)
    )
    # ---- vague references
    lx = _lexicon()
    P.append((r"(?P<w>" + _alt(lx["present_ref"]) + r")(?![\w'’-])", _h_ref("PRESENT_REF"), 2))
    # "at this crucial moment": the present, whatever adjective qualifies it
    P.append((r"(?P<w>this\s+(?:[a-z]+\s+)?moment)(?![\w'’-])", _h_ref("PRESENT_REF"), 3))
    P.append((r"(?P<w>" + _alt(lx["past_ref"]) + r")(?![\w'’-])", _h_ref("PAST_REF"), 2))
    P.append((r"(?P<w>" + _alt(lx["future_ref"]) + r")(?![\w'’-])", _h_ref("FUTURE_REF"), 3))
    P.append(
        (
            r"(?:(?:the\s+)?(?:recent|coming|next\s+few|past\s+few)\s+(?P<u>days|weeks|months|years|decades)"
            r"|the\s+(?P<u2>days|weeks|months|years|decades)\s+ahead)(?![\w-])",
            _h_recent_units,
            5,
        )
    )

    return [(re.compile(r"(?<![\w$£€.-])(?<!\d,)" + p, re.I), h, prio) for p, h, prio in P]


# --------------------------------------------------------------------------- handlers


def _h_iso(m: re.Match[str], c: _Ctx) -> _Cand | None:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _Cand(m.start(), m.end(), "DATE", d.isoformat()) if d else None


def _h_slash(m: re.Match[str], c: _Ctx) -> _Cand | None:
    d = _safe_date(int(m["y"]), int(m["a"]), int(m["b"]))
    return _Cand(m.start(), m.end(), "DATE", d.isoformat()) if d else None


def _md_value(
    c: _Ctx, start: int, end: int, month: int, day: int, year: str | None, tense: str | None = None
) -> str | None:
    if year:
        y = int(year)
    elif c.ref is None:
        return f"XXXX-{month:02d}-{day:02d}"
    else:
        y = _resolve_year_for(c.ref, month, day, tense or c.tense(start, end), strict=tense is not None)
    d = _safe_date(y, month, day)
    return d.isoformat() if d else None


def _md_common(m: re.Match[str], c: _Ctx) -> list[_Cand] | _Cand | None:
    month = _month_of(m["mon"])
    if month == 5 and m["mon"].lower().startswith("may") and m["mon"][0] == "m":
        return None  # lower-case "may 5" is a modal verb followed by a number
    day = int(m["d"])
    start = m.start() if "pre" not in m.re.groupindex or not m["pre"] else m.start("pre")
    if m.groupdict().get("d2"):
        # a range: two DATE refs, one per end point
        first_end = m.end("d")
        v1 = _md_value(c, m.start(), m.end(), month, day, m["y"])
        v2 = _md_value(c, m.start(), m.end(), month, int(m["d2"]), m["y"])
        if v1 is None or v2 is None:
            return None
        return [
            _Cand(m.start(), first_end, "DATE", v1, prio=8),
            _Cand(m.start("d2"), m.end(), "DATE", v2, prio=8),
        ]
    rel = re.sub(r"\s+", " ", (m.groupdict().get("rel") or "").lower())
    forced = {"last": "past", "this past": "past", "next": "future", "this coming": "future"}.get(rel)
    v = _md_value(c, m.start(), m.end(), month, day, m["y"], forced)
    if v is None:
        return None
    return _Cand(start, m.end(), "DATE", v, _mod_of(m.groupdict().get("pre")))


def _h_month_day(m: re.Match[str], c: _Ctx) -> list[_Cand] | _Cand | None:
    if not 1 <= int(m["d"]) <= 31:
        return None
    return _md_common(m, c)


def _h_day_month(m: re.Match[str], c: _Ctx) -> list[_Cand] | _Cand | None:
    if not 1 <= int(m["d"]) <= 31:
        return None
    if m["mon"].lower().startswith("may") and m["mon"][0] == "m":
        return None
    return _md_common(m, c)


def _h_month_year(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if m["mon"] == "may":
        return None
    month = _month_of(m["mon"])
    return _Cand(m.start(), m.end(), "DATE", f"{int(m['y'])}-{month:02d}", _mod_of(m["pre"]))


def _h_month(m: re.Match[str], c: _Ctx) -> _Cand | None:
    word = m["mon"]
    low = word.lower().rstrip(".")
    if word[0].islower():
        return None  # "may", "march" as verbs / nouns
    if low in (
        "may",
        "march",
        "jan",
        "sat",
        "sun",
        "dec",
        "mar",
        "jun",
        "jul",
        "aug",
        "sep",
        "oct",
        "nov",
        "apr",
        "feb",
    ):
        # ambiguous or abbreviated month alone: need a dot or a preposition/modifier before it
        before = c.text[max(0, m.start() - 12) : m.start()].lower()
        if not (
            m["rel"]
            or m["ry"]
            or re.search(
                r"\b(?:in|since|until|till|by|of|from|through|during|before|after|early|late|mid-?)\s*$",
                before,
            )
        ):
            return None
        if low == "may" and re.match(
            r"\s+(?:be|have|not|also|well|never|still|the|a|an|he|she|it|they|we|you|i)\b",
            c.text[m.end() :],
            re.I,
        ):
            return None
    month = _month_of(word)
    rel = (m["rel"] or "").lower().rstrip("-")
    if c.ref is None:
        return _Cand(m.start(), m.end(), "DATE", f"XXXX-{month:02d}")
    if m["ry"]:
        y = c.ref.year + {"last": -1, "next": 1, "this": 0}[m["ry"].lower()]
    elif rel == "last":
        # "last February" in a March article is a year back (TimeBank usage): only months at least
        # two back count as this year's
        y = c.ref.year if month < c.ref.month - 1 else c.ref.year - 1
    elif rel == "next":
        y = c.ref.year if month > c.ref.month else c.ref.year + 1
    elif rel == "this":
        y = c.ref.year
    else:
        y = _resolve_year_for(c.ref, month, None, c.tense(m.start(), m.end()))
    return _Cand(m.start(), m.end(), "DATE", f"{y}-{month:02d}", _mod_of(rel) if rel else None)


_YEAR_PREP = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|of|during|before|after|through|to|between|and|or|for|around|about|"
    r"circa|early|late|mid|fiscal|year|spring|summer|fall|autumn|winter|beginning|end|start|middle|as\s+of)"
    r"|[(,])\s*$",
    re.I,
)


@lru_cache(maxsize=1)
def _year_events() -> frozenset[str]:
    """Plural nouns that name one event of a year ("the 2024 elections"), unlike "2000 troops"."""
    return frozenset(_lexicon()["year_event_plurals"])


@lru_cache(maxsize=1)
def _count_nouns() -> frozenset[str]:
    """Nouns after which a number is a quantity, not a year ("a 2000 tonne ship", "its 1800 staff")."""
    return frozenset(_lexicon()["count_nouns_not_years"])


# a determiner (or possessive), at most two lower-case adjectives, then the year: "the 2016 campaign",
# "his unsuccessful 1996 campaign", "Russia's full-scale 2022 invasion"
_YEAR_DET = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|both|due)|['’]s)(?:\s+[a-z][a-z-]+){0,2}\s*$", re.I
)


def _name_before(before: str) -> bool:
    """True when a capitalised word other than a date word stands right before a bare year inside a
    sentence: the year is part of a name ("a venture called Orion 1980,", "Expo 2020."), not a date."""
    m = re.search(r"(?<![.!?:;\n])\s([A-Z][A-Za-z]+)\s+$", before)
    if m is None:
        return False
    w = m.group(1).lower()
    lx = _lexicon()
    return not (
        w in lx["months"] or w in lx["weekdays"] or w in lx["seasons"] or w in ("christmas", "easter")
    )


def _h_year(m: re.Match[str], c: _Ctx) -> _Cand | None:
    y = int(m["y"])
    pre = (m["pre"] or "").lower()
    start = m.start()
    text = c.text
    after = text[m.end() : m.end() + 30]
    before = text[max(0, start - 25) : start]
    if re.match(r"[,.]\d|\s*(?:%|percent|per\s*cent)", after) or before.endswith(("$", "£", "€", "#")):
        return None
    ok = bool(pre) or bool(m["s"]) or bool(_YEAR_PREP.search(before))
    nxt = re.match(r"\s+([A-Za-z]+)", after)
    word = nxt.group(1).lower() if nxt else ""  # the word after the year ("" when none)
    if (
        not ok
        and word
        and (not word.endswith("s") or word in _year_events())
        and word not in _count_nouns()
        and _YEAR_DET.search(text[max(0, start - 45) : start])
    ):
        ok = True  # "the 2016 campaign", "his unsuccessful 1996 campaign", "the 2000 Olympics"
    line_start = re.search(r"(?:^|\n)\s*$", before) is not None
    if not ok and (line_start or re.match(r"\s*[,.;:)]", after)):
        # a year alone on a line or closing a phrase, unless a plural or a name ("Orion 1980,") holds it
        ok = not word.endswith("s") and (line_start or not _name_before(before))
    if (
        nxt
        and re.fullmatch(r"[a-z]+s", nxt.group(1))
        and not m["s"]
        and not pre
        and not re.match(r"\s+(?:was|is|has|as)\b", after)
        and word not in _year_events()
    ):
        return None  # "2000 troops", "1500 trucks"
    if not ok:
        return None
    if y > 2100:
        return None
    mod = (
        _mod_of(pre.strip()) if pre and not pre.startswith(("fiscal", "fy", "calendar", "the year")) else None
    )
    return _Cand(start, m.end() if not m["s"] else m.end("y"), "DATE", str(y), mod)


def _h_year_range(m: re.Match[str], c: _Ctx) -> list[_Cand] | None:
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if y2 <= y1 or y2 - y1 > 200:
        return None
    s1 = m.start("y1")
    return [
        _Cand(s1, m.end("y1"), "DATE", str(y1), prio=7),
        _Cand(m.start("y2"), m.end(), "DATE", str(y2), prio=7),
    ]


def _h_decade(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if m["y4"]:
        v = m["y4"][:3]
    else:
        v = ("19" + m["y2"])[:3]
    return _Cand(m.start(), m.end(), "DATE", v, _mod_of(m["pre"]))


def _h_century(m: re.Match[str], c: _Ctx) -> _Cand | None:
    n = int(m["n"]) if m.groupdict().get("n") else _lexicon()["ordinals"][m["o"].lower()]
    if not 1 <= n <= 21:
        return None
    return _Cand(m.start(), m.end(), "DATE", f"{n - 1:02d}", _mod_of(m["pre"]))


def _last_quarter(ref: dt.date) -> tuple[int, int]:
    y, q = _quarter(ref)
    return (y, q - 1) if q > 1 else (y - 1, 4)


def _h_quarter(m: re.Match[str], c: _Ctx) -> _Cand | None:
    o = m["o"].lower()
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}[o]
    unit = m["u"].lower()
    if unit == "half" and n > 2:
        return None
    if unit == "period" and not (m["rel"] or m["y"] or m["y2"]):
        return None
    rel = (m["rel"] or "").lower()
    year: int | None = None
    ystr = m["y"] or m["y2"]
    if ystr:
        low = ystr.lower()
        if c.ref is not None and "year" in low:
            year = c.ref.year + (-1 if low.startswith("last") else 1 if low.startswith("next") else 0)
        elif low[:1].isdigit():
            year = int(ystr)
    if year is None and c.ref is not None and m["ry"]:
        year = c.ref.year + {"this": 0, "last": -1, "next": 1}[m["ry"].lower()]
    if year is None and c.ref is not None:
        ry, rq = _quarter(c.ref)
        if unit == "half":
            rq = 1 if rq <= 2 else 2
        if rel in ("next", "coming"):
            year = ry if n > rq else ry + 1
        else:
            # quarters are reported after they end: the latest one started on or before publication
            year = ry if n <= rq else ry - 1
        if rel in ("year-ago", "year-earlier", "same"):
            year -= 1
    ys = "XXXX" if year is None else str(year)
    code = f"Q{n}" if unit in ("quarter", "period") else f"H{n}"
    start = m.start()
    if not rel and not m["ry"] and not m["y"] and _is_adjective(m):
        start = m.start("o")  # "the third-quarter loss": TempEval marks "third-quarter"
    return _Cand(start, m.end(), "DATE", f"{ys}-{code}")


def _is_adjective(m: re.Match[str]) -> bool:
    """True for a hyphenated period adjective ("third-quarter")."""
    return m.string[m.end("o") : m.start("u")] == "-"


def _h_fiscal_year(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if c.ref is None:
        return _Cand(m.start(), m.end(), "DATE", None)
    k = {"current": 0, "this": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}[
        m["rel"].lower()
    ]
    return _Cand(m.start(), m.end(), "DATE", str(c.ref.year + k))


def _h_qshort(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if m["y"]:
        return _Cand(m.start(), m.end(), "DATE", f"{m['y']}-Q{m['q']}")
    if c.ref is None:
        return _Cand(m.start(), m.end(), "DATE", f"XXXX-Q{m['q']}")
    ry, rq = _quarter(c.ref)
    n = int(m["q"])
    return _Cand(m.start(), m.end(), "DATE", f"{ry if n <= rq else ry - 1}-Q{n}")


def _h_quarter_rel(m: re.Match[str], c: _Ctx) -> _Cand | None:
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    lead = m.group(0).split()[0].lower()
    if m["u"].lower() == "period" and not rel and not m["y"]:
        return None
    if lead == "that" and not rel:
        return None
    if m["y"]:
        if c.ref is None:
            return _Cand(m.start(), m.end(), "DATE", f"{m['y']}-QX")
        return _Cand(m.start(), m.end(), "DATE", f"{m['y']}-Q{_last_quarter(c.ref)[1]}")
    if c.ref is None:
        return _Cand(m.start(), m.end(), "DATE", "XXXX-QX")
    if lead == "this" and not rel:
        rel = "current"
    if rel.startswith("comparable") or rel == "same":
        rel = "year-ago"
    y, q = _last_quarter(c.ref)
    if rel == "current":
        y, q = _quarter(c.ref)
    if rel in ("year-ago", "year-earlier"):
        y -= 1
    return _Cand(m.start(), m.end(), "DATE", f"{y}-Q{q}")


def _h_quarter_year_back(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if c.ref is None:
        return _Cand(m.start(), m.end(), "DATE", "XXXX-QX")
    y, q = _last_quarter(c.ref)  # the quarter being reported on, one year earlier
    return _Cand(m.start(), m.end(), "DATE", f"{y - 1}-Q{q}")


def _h_year_ago_adj(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if c.ref is None:
        return _Cand(m.start(), m.end(), "DATE", None)
    s, e = _sentence(c.text, m.start(), m.end())
    if re.search(r"\bquarter|\bperiod\b", c.text[s:e], re.I):
        y, q = _last_quarter(c.ref)
        return _Cand(m.start(), m.end(), "DATE", f"{y - 1}-Q{q}")
    return _Cand(m.start(), m.end(), "DATE", str(c.ref.year - 1))


def _spelled(words: str) -> int | None:
    total = 0
    for w in re.split(r"[\s-]+", words.lower()):
        if w in ("and", "oh"):
            continue
        v = _lexicon()["numbers"].get(w)
        if v is None:
            if w == "thousand":
                total = max(total, 1) * 1000
                continue
            return None
        total += v
    return total


def _h_spelled_year(m: re.Match[str], c: _Ctx) -> _Cand | None:
    w = m["w"].lower()
    if "thousand" in w:
        rest = re.sub(r"^two\s+thousand(?:\s+and)?\s*", "", w)
        n = _spelled(rest) if rest else 0
        if n is None:
            return None
        y = 2000 + n
        if not m.group(0).lower().startswith("the year") and not rest:
            before = c.text[max(0, m.start() - 12) : m.start()]
            if not re.search(r"\b(?:in|since|by|until|of)\s*$", before, re.I):
                return None
    else:
        parts = re.split(r"[\s-]+", w, maxsplit=1)
        hi = _lexicon()["numbers"].get(parts[0])
        lo = _spelled(parts[1]) if len(parts) > 1 else None
        if hi is None or lo is None or lo >= 100:
            return None
        y = hi * 100 + lo
    return _Cand(m.start(), m.end(), "DATE", str(y))


def _h_period_spelled_year(m: re.Match[str], c: _Ctx) -> _Cand | None:
    """A month or season of a spelled-out year: "January nineteen ninety-seven" -> 1997-01."""
    year = _h_spelled_year(m, c)
    if year is None or year.value is None:
        return None
    if m["mon"]:
        if m["mon"][0].islower():
            return None
        return _Cand(m.start(), m.end(), "DATE", f"{year.value}-{_month_of(m['mon']):02d}")
    code = _lexicon()["seasons"][re.sub(r"\s+", " ", m["s"].lower())]
    return _Cand(m.start(), m.end(), "DATE", f"{year.value}-{code}")


def _h_spelled_decade(m: re.Match[str], c: _Ctx) -> _Cand | None:
    n = {
        "twenties": 2,
        "thirties": 3,
        "forties": 4,
        "fifties": 5,
        "sixties": 6,
        "seventies": 7,
        "eighties": 8,
        "nineties": 9,
    }[m["w"].lower()]
    if not m.group(0).lower().startswith("the"):
        return None  # "in his forties" is an age
    before = c.text[max(0, m.start() - 12) : m.start()].lower()
    if re.search(r"\b(?:his|her|their|its|my|our|your)\s*$", before):
        return None
    return _Cand(m.start(), m.end(), "DATE", f"19{n}", _mod_of(m["pre"]))


def _h_anaphoric(m: re.Match[str], c: _Ctx) -> _Cand | None:
    rel = (m["rel"] or "").lower()
    k = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}.get(rel, 0)
    u = m["u"].lower()
    # resolved in _resolve_anaphora once all anchors are known
    return _Cand(m.start(), m.end(), "DATE", f"ANAPH:{u}:{k}", _mod_of(m.groupdict().get("pre")))


@lru_cache(maxsize=1)
def _generic_nouns() -> frozenset[str]:
    return frozenset(_lexicon()["generic_nouns"])


def _is_title(m: re.Match[str], c: _Ctx) -> bool:
    """True for a capitalised relative word inside a sentence: a programme name ("ABC's This Week",
    "This is VOA Today"), not a time. Headline-style lines in title case are not sentences."""
    first = m.group(0)
    if not first[:1].isupper() or first.isupper():
        return False
    before = c.text[max(0, m.start() - 6) : m.start()].rstrip(" \t\"'`“‘(")
    if not before or re.search(r"(?:[.!?:;\n_]|--)$", before):
        return False  # a sentence starts here
    line_start = c.text.rfind("\n", 0, m.start()) + 1
    line_end = c.text.find("\n", m.end())
    line = c.text[line_start : line_end if line_end >= 0 else len(c.text)].strip()
    words = re.findall(r"[A-Za-z]+", line)
    if not re.search(r"[.!?\"'”’]$", line) and sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return False  # a title-case headline ("Talks Resume Next Week")
    # the words after the capital must be capitalised too ("This Week", "VOA Today")
    return all(w[:1].isupper() for w in first.split())


def _h_relday(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if _is_title(m, c):
        return None
    w = re.sub(r"\s+", " ", m["w"].lower())
    if not m["dp"] and w in ("today", "yesterday", "tomorrow"):
        # "today's editions" is that day, but "today's youth" / "many of today's computers" speak of
        # the present age in general, which TimeML leaves unmarked
        poss = re.match(r"['’]s\s+([a-z]+)(?:\s+([a-z]+))?", c.text[m.end() : m.end() + 40])
        if poss and ({poss.group(1), poss.group(2)} & _generic_nouns()):
            return None
        of = re.search(r"\b([a-z]+)\s+of\s+$", c.text[max(0, m.start() - 25) : m.start()])
        if of and of.group(1) in _generic_nouns():
            return None  # "the people of tomorrow"
    if c.ref is None:
        return _Cand(m.start(), m.end(), "DATE", None)
    off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1, "overnight": 0}[w]
    d = c.ref + dt.timedelta(days=off)
    pre = (m["pre"] or "").lower()
    if w in ("today",) and pre in ("earlier", "later"):
        return _Cand(m.start(), m.end(), "DATE", d.isoformat())
    dp = m["dp"]
    if w in ("tonight", "last night", "overnight"):
        return _Cand(m.start(), m.end(), "TIME", d.isoformat() + "TNI")
    if dp:
        code = _lexicon()["day_parts"][dp.lower()]
        return _Cand(m.start(), m.end(), "TIME", d.isoformat() + "T" + code, _mod_of(pre))
    start = m.start() if pre in ("early", "late") else m.start("w")
    return _Cand(start, m.end(), "DATE", d.isoformat(), _mod_of(pre) if pre in ("early", "late") else None)


def _h_dpart_relday(m: re.Match[str], c: _Ctx) -> _Cand | None:
    """ "mid-afternoon yesterday": the part of day on that day, as "yesterday afternoon" is."""
    code = _lexicon()["day_parts"][m["dp"].lower()]
    if c.ref is None:
        return _Cand(m.start(), m.end(), "TIME", None)
    d = c.ref + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["w"].lower()])
    return _Cand(m.start(), m.end(), "TIME", f"{d.isoformat()}T{code}", _mod_of(m["pre"]))


def _h_this_dpart(m: re.Match[str], c: _Ctx) -> _Cand | None:
    code = _lexicon()["day_parts"][m["dp"].lower()]
    v = None if c.ref is None else c.ref.isoformat() + "T" + code
    return _Cand(m.start(), m.end(), "TIME", v, _mod_of(m.groupdict().get("pre")))


def _h_same_day(m: re.Match[str], c: _Ctx) -> _Cand | None:
    return _Cand(m.start(), m.end(), "DATE", None if c.ref is None else c.ref.isoformat())


def _h_weekday(m: re.Match[str], c: _Ctx) -> _Cand | None:
    word = m["wd"]
    if word[0].islower():
        return None
    low = word.lower().rstrip(".")
    if low in ("sat", "sun", "wed", "mon", "fri", "tue", "thu") and not word.endswith("."):
        return None  # "Sun" is a newspaper, "Wed" a verb; only take abbreviations with a dot
    wd = _wday_of(word)
    rel = (m["rel"] or "").lower() or None
    if rel in ("past",):
        rel = "last"
    if rel == "coming":
        rel = "next"
    dp = m["dp"]
    if m["mon"] and m["d"]:
        month, day = _month_of(m["mon"]), int(m["d"])
        if c.ref is None and not m["y"]:
            v = f"XXXX-{month:02d}-{day:02d}"
        else:
            v = _md_value(c, m.start(), m.end(), month, day, m["y"])
        if v is None:
            return None
    elif m["arel"]:
        # "the previous Friday": the Friday before the day the text is talking about, resolved in
        # _resolve_anaphora once that day is known
        k = 1 if m["arel"].lower() == "following" else -1
        return _Cand(m.start(), m.end(), "DATE", f"ANAPH:wd{wd}:{k}", _mod_of(m["pre"]))
    elif c.ref is None:
        v = "XXXX-WXX-" + str(wd + 1)
    else:
        start = m.start()
        tense = "future" if _scheduled_present(c, start, m.end()) else c.tense(start, m.end())
        v = _resolve_weekday(c.ref, wd, tense, rel).isoformat()
    typ = "DATE"  # TimeBank types "Friday night" as DATE, with the part of day in the value
    if dp and not v.startswith("XXXX-W"):
        v += "T" + _lexicon()["day_parts"][dp.lower()]
    return _Cand(m.start(), m.end(), typ, v, _mod_of(m["pre"]))


def _h_clock(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if m["noon"]:
        # TimeML writes midnight as the end of its day ("midnight Friday": Friday T24:00), except
        # "after midnight on Saturday", which is the start of the day named
        midnight = m["noon"].lower() == "midnight"
        after = re.search(r"\b(?:after|past)\s+$", c.text[max(0, m.start() - 12) : m.start()], re.I)
        named_day = m["wd"] or m["rd"] or m["mon"]  # bare "at midnight" stays the day's start
        h, mi = (0 if after or not named_day else 24) if midnight else 12, 0
    elif m["h24"] is not None:
        h, mi = int(m["h24"]), int(m["mi24"])
    else:
        h = int(m["h"])
        mi = int(m["mi"]) if m["mi"] else 0
        if h == 0 or h > 12:
            return None
        # "4 in the morning" is 04:00, "8 in the evening" / "11 at night" are p.m.
        ap = m["ap"].lower()
        pm = ap.startswith("p") or ap.endswith(("afternoon", "evening", "night"))
        if pm and h != 12:
            h += 12
        if not pm and h == 12:
            h = 0
    day: dt.date | None = c.ref
    if c.ref is not None:
        if m["wd"]:
            day = _resolve_weekday(c.ref, _wday_of(m["wd"]), c.tense(m.start(), m.end()))
        elif m["rd"]:
            day = c.ref + dt.timedelta(
                days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["rd"].lower()]
            )
        elif m["mon"]:
            v = _md_value(c, m.start(), m.end(), _month_of(m["mon"]), int(m["d"]), None)
            day = dt.date.fromisoformat(v) if v else c.ref
    else:
        # a weekday/relative day given but no reference: keep the clock time only
        return _Cand(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{h:02d}:{mi:02d}")
    v = f"{day.isoformat()}T{h:02d}:{mi:02d}"
    return _Cand(m.start(), m.end(), "TIME", v)


def _h_rel_unit(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if _is_title(m, c):
        return None
    rel = re.sub(r"^the\s+", "", (m["rel"] or "").lower())
    u = m["u"].lower()
    pre = (m["pre"] or "").lower()
    mod = _mod_of(pre)
    if rel == "same" or (rel in ("next", "coming") and (m["rel"] or "").lower().startswith("the")):
        if rel != "same":
            return _Cand(m.start(), m.end(), "DURATION", _duration(1, _unit_code(u)), prio=5)
        return None
    ref = c.ref
    if ref is None:
        return _Cand(m.start(), m.end(), "DATE", None, mod)
    k = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
    if u == "week":
        if k == -1 and rel in ("last", "past") and ref.weekday() == 6:
            # a Sunday paper's "last week" is the week now ending, the one that holds the
            # Saturday just past (the Observer on Sunday 23 December: 17-23 December)
            k = 0
        v = _week(ref + dt.timedelta(weeks=k))
    elif u == "weekend":
        base = ref
        if k == 0 and ref.weekday() <= 2 and c.tense(m.start(), m.end()) == "past":
            base = ref - dt.timedelta(weeks=1)
        elif k == -1 and ref.weekday() < 5:
            base = ref - dt.timedelta(weeks=1)
        elif k == -1:
            base = ref - dt.timedelta(weeks=1)
        elif k == 1:
            base = ref + dt.timedelta(weeks=1) if ref.weekday() >= 5 else ref
        v = _week(base) + "-WE"
    elif u == "month":
        y, mo = _add_months(ref.year, ref.month, k)
        v = f"{y}-{mo:02d}"
    elif u == "year":
        v = str(ref.year + k)
    elif u == "decade":
        v = str(ref.year // 10 + k)
    else:
        v = f"{ref.year // 100 + k:02d}"
    return _Cand(m.start(), m.end(), "DATE", v, mod)


def _h_the_unit(m: re.Match[str], c: _Ctx) -> _Cand | None:
    u = m["u"].lower()
    ref = c.ref
    if u == "day":
        return None
    if ref is None:
        return _Cand(m.start(), m.end(), "DATE", None)
    if u == "weekend" and ref.weekday() < 5 and c.tense(m.start(), m.end()) != "future":
        ref = ref - dt.timedelta(weeks=1)  # "over the weekend" in a weekday article: the one just past
    v = {
        "week": _week(ref),
        "weekend": _week(ref) + "-WE",
        "month": f"{ref.year}-{ref.month:02d}",
        "year": str(ref.year),
    }[u]
    return _Cand(m.start(), m.end(), "DATE", v, _mod_of(m.groupdict().get("pre")), prio=2)


def _h_the_year(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if m["end"]:
        return _Cand(m.start(), m.start("end"), "DURATION", "P1Y")
    if c.text[m.start() - 6 : m.start()].lower().endswith("of "):
        return None  # "the rest of the year", "the end of the year": other patterns or not a date
    return _Cand(m.start(), m.end(), "DATE", None if c.ref is None else str(c.ref.year))


def _h_year_end(m: re.Match[str], c: _Ctx) -> _Cand | None:
    """The end of the current year (TIMEX3: the year with mod END); "since year-end" looks back."""
    if re.match(r"[\s-]*(?:sales|results|bonus|bonuses|dividends?)\b", c.text[m.end() :], re.I):
        return None  # "year-end sales" is a kind of sale, not a time
    if c.ref is None:
        return _Cand(m.start(), m.end(), "DATE", None, "END")
    before = c.text[max(0, m.start() - 12) : m.start()].lower()
    back = bool(re.search(r"\bsince\s+$", before)) or (
        c.ref.month <= 2 and c.tense(m.start(), m.end()) == "past"
    )
    return _Cand(m.start(), m.end(), "DATE", str(c.ref.year - 1 if back else c.ref.year), "END")


def _h_half_of_year(m: re.Match[str], c: _Ctx) -> _Cand | None:
    n = 1 if m["o"].lower() == "first" else 2
    return _Cand(m.start(), m.end(), "DATE", f"{m['y']}-H{n}")


def _h_season(m: re.Match[str], c: _Ctx) -> _Cand | None:
    code = _lexicon()["seasons"][m["s"].lower()]
    gd = m.groupdict()
    if m["y"] and "of" in gd and not gd["of"] and not (gd.get("rel") or gd.get("pre")):
        # "spring 2022" (no "of") is the season of that year after a preposition or at a capital
        # ("in spring 2022", "Summer 2023"), but "shares fall 2000 points" is a verb and a number
        before = c.text[max(0, m.start() - 10) : m.start()]
        if not (
            m["s"][0].isupper()
            or re.search(
                r"\b(?:in|during|over|through|until|by|since|before|after|from|of)\s+$", before, re.I
            )
        ):
            return None
    if not (gd.get("rel") or m["y"] or gd.get("pre")):
        # a bare season word is a date only after a temporal preposition ("in winter"), not
        # in "winter wheat" or "prices fall"
        before = c.text[max(0, m.start() - 10) : m.start()]
        if not re.search(r"\b(?:in|during|over|through|until|by|since|before|after)\s+$", before, re.I):
            return None
        if m["s"].lower() in ("fall", "spring"):
            return None
    if not m["y"] and re.match(r"\s+of\b", c.text[m.end() :]):
        return None  # "the fall of Kabul", "the spring of discontent"
    if m["y"]:
        return _Cand(m.start(), m.end(), "DATE", f"{m['y']}-{code}", _mod_of(m.groupdict().get("pre")))
    rel = (m.groupdict().get("rel") or "").lower() or None
    if c.ref is None:
        return _Cand(m.start(), m.end(), "DATE", f"XXXX-{code}")
    tense = c.tense(m.start(), m.end())
    if (rel or "").startswith("this past"):
        # "this past spring": the latest spring that has begun, i.e. the season read as past
        rel, tense = None, "past"
    if rel in ("past", "previous"):
        rel = "last"
    if rel == "coming":
        rel = "next"
    y = _season_year(c.ref, code, None if rel == "the" else rel, tense)
    return _Cand(m.start(), m.end(), "DATE", f"{y}-{code}", _mod_of(m.groupdict().get("pre")))


def _h_holiday(m: re.Match[str], c: _Ctx) -> _Cand | None:
    name = re.sub(r"\s+", " ", m["h"].lower())
    if name == "may day" and m["h"][0] == "m":
        return None
    mo, d = _lexicon()["holidays"][name]
    if c.ref is None:
        return _Cand(m.start("h"), m.end(), "DATE", f"XXXX-{mo:02d}-{d:02d}")
    y = _resolve_year_for(c.ref, mo, d, c.tense(m.start(), m.end()))
    return _Cand(m.start(), m.end(), "DATE", f"{y}-{mo:02d}-{d:02d}")


def _h_thanksgiving(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if c.ref is None:
        return _Cand(m.start(), m.end(), "DATE", None)
    y = _resolve_year_for(c.ref, 11, 25, c.tense(m.start(), m.end()))
    first = dt.date(y, 11, 1)
    d = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return _Cand(m.start(), m.end(), "DATE", d.isoformat())


_APPROX_MOD = {
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "over": "MORE_THAN",
    "more than": "MORE_THAN",
    "less than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
}


def _h_ago(m: re.Match[str], c: _Ctx) -> _Cand | None:
    n = _number(m["n"])
    u = _unit_code(m["u"])
    direction = m["dir"].lower()
    if direction in ("later", "after", "before"):
        # TimeML: in "three days later" the time expression is the duration "three days" and
        # "later" a SIGNAL (its anchoring is a TLINK), so the value is P3D, not a point
        lead = re.match(
            r"(?:nearly|almost|about|some|roughly|more\s+than|less\s+than|just|only|around)\b",
            m.group(0),
            re.I,
        )
        mod = _APPROX_MOD.get(re.sub(r"\s+", " ", lead.group(0).lower())) if lead else None
        return _Cand(m.start(), m.end("u"), "DURATION", _duration(n, u), mod, prio=7)
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if c.ref is None or n is None:
        ref_v = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return _Cand(m.start(), m.end(), "DATE", ref_v)
    k = int(round(n)) * sign
    ref = c.ref
    if u == "D":
        v = (ref + dt.timedelta(days=k)).isoformat()
    elif u == "W":
        v = _week(ref + dt.timedelta(weeks=k))
    elif u == "M":
        y, mo = _add_months(ref.year, ref.month, k)
        v = f"{y}-{mo:02d}"
    elif u == "Q":
        y, mo = _add_months(ref.year, ref.month, 3 * k)
        v = f"{y}-Q{(mo - 1) // 3 + 1}"
    elif u == "Y":
        v = str(ref.year + k)
    elif u == "DE":
        v = str(ref.year + 10 * k)  # "a decade ago" is a year (1989), not the decade 198
    elif u == "CE":
        v = f"{(ref.year + 100 * k) // 100:02d}"
    elif u.startswith("T"):
        v = ref.isoformat()
    else:
        return None
    return _Cand(m.start(), m.end(), "DATE", v)


def _h_duration(m: re.Match[str], c: _Ctx) -> _Cand | None:
    numtxt = m["n"].lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", numtxt):
        before = c.text[max(0, m.start() - 2) : m.start()]
        if before.endswith(("$", "£", "€")):
            return None
    n = _number(numtxt)
    if n is not None and m["half"]:
        n += 0.5
    unit = m["u"].lower()
    if n is not None and n >= 1000 and not unit.endswith("s"):
        return None  # "the 1988 quarter" is a year, not 1988 quarters
    if numtxt in ("a", "an") and unit.endswith("s"):
        return None
    if n is not None and n != 1 and not unit.endswith("s") and not m["old"] and "-" not in m.group(0):
        if not re.match(r"[\s-]", c.text[m.end("n") : m.end("n") + 1] or " "):
            return None
    code = _unit_code(unit)
    q = (m["q"] or "").lower()
    art = (m["art"] or "").lower()
    start = m.start()
    if art and "-" in m.group(0) or (art and not unit.endswith("s") and n not in (None, 1)):
        start = m.start("n") if not m["mod"] else m.start("mod")  # "a two-year" -> "two-year"
    if not art and q and numtxt in ("a", "an"):
        return None
    if numtxt == "some" and not unit.endswith("s"):
        return None
    if m["old"] and code in ("Y", "DE", "CE"):
        return None  # a person's or thing's age ("a 6-year-old"): TempEval does not annotate ages
    if numtxt in ("a", "an") and code == "TS":
        return None  # "a second" is an ordinal
    if code == "Q" and "-" in m.group(0):
        return None  # "three-quarters" is a fraction
    part = re.match(r"\s+of\s+an?\s+(century|decade|year|hour)\b", c.text[m.end() :]) if code == "Q" else None
    if part and n is not None:
        # "a quarter of a century" is 25 years, "a quarter of an hour" 15 minutes
        whole = {"century": (100, "Y"), "decade": (10, "Y"), "year": (12, "M"), "hour": (60, "TM")}[
            part.group(1)
        ]
        mod = _APPROX_MOD.get(re.sub(r"\s+", " ", (m["mod"] or "").lower()))
        return _Cand(start, m.end() + part.end(), "DURATION", _duration(n * whole[0] / 4, whole[1]), mod)
    if code == "Q" and re.match(
        r"\s+of\s+(?:the|a|an|all|its|their|his|her|our|those|these|them|us|it|every)\b(?!\s+(?:year|fiscal)\b)",
        c.text[m.end() :],
    ):
        return None  # "more than a quarter of the market" is a fraction, not three months
    if (
        numtxt == "one"
        and code == "D"
        and not m["art"]
        and not m["q"]
        and not m["mod"]
        and re.search(
            r"\b(?:will|would|could|might|may|can|shall|should|must|to)\s+$|'ll\s+$",
            c.text[max(0, m.start() - 12) : m.start()],
        )
    ):
        # "Kyiv may one day join NATO": "one day" is some future day (FUTURE_REF), not 24 hours
        return _Cand(m.start(), m.end(), "DATE", "FUTURE_REF")
    # "a year" after per/a-price is a SET; handled by _h_set via priority. "the year" is not a duration.
    if (
        n == 1
        and numtxt in ("a", "an")
        and re.search(
            r"(?:\bper|\btimes|\btwice|\bonce|\d%?|\bdollars?|\bcents?)\s*$",
            c.text[max(0, start - 12) : start],
        )
    ):
        return _Cand(start, m.end(), "SET", _duration(1, code))
    modw = (m["mod"] or "").lower()
    mod = _APPROX_MOD.get(re.sub(r"\s+", " ", modw))
    return _Cand(start, m.end(), "DURATION", _duration(n, code), mod)


def _h_duration_range(m: re.Match[str], c: _Ctx) -> _Cand | None:
    lo, hi = _number(m["n1"]), _number(m["n"])
    if lo is None or hi is None or not 0 < lo < hi or not m["u"].lower().endswith("s"):
        return None  # "1 to 2 year" is no range of durations; "10-5 days" is a score
    if re.match(r"\s*(?:ago|earlier|later|before|after|old)\b", c.text[m.end() : m.end() + 12], re.I):
        return None
    return _Cand(m.start(), m.end(), "DURATION", _duration(None, _unit_code(m["u"])))


def _h_vague_duration(m: re.Match[str], c: _Ctx) -> _Cand | None:
    q = (m["q"] or "").lower()
    u = m["u"].lower()
    if q in ("for", "over"):
        start = m.start("u")
    elif not q or q == "the":
        # a bare plural unit is a duration only in a temporal frame ("for years", "years ago")
        before = c.text[max(0, m.start() - 10) : m.start()].lower()
        if not re.search(r"\b(?:for|in|over|within|take|took|takes|last|lasted)\s*$", before):
            return None
        start = m.start()
    else:
        start = m.start()
    if q.startswith("recent"):
        return None
    return _Cand(start, m.end(), "DURATION", _duration(None, _unit_code(u)))


def _h_duration_adj(m: re.Match[str], c: _Ctx) -> _Cand | None:
    n = _number(m["n"])
    if n is None:
        return None
    if m.group(0).lower().endswith("-old") and m["u"].lower() in ("year", "decade"):
        return None  # ages are not annotated
    return _Cand(m.start(), m.end(), "DURATION", _duration(n, _unit_code(m["u"])))


def _h_set(m: re.Match[str], c: _Ctx) -> _Cand | None:
    lead = m.group(0).split()[0].lower()
    u = m["u"].lower()
    ntxt = (m["n"] or "").lower()
    if lead == "a" and u not in ("day", "week", "month", "year", "hour"):
        return None
    if lead == "a" and not re.search(
        r"(?:\d|times|once|twice|%|dollars?|cents?)\s*$", c.text[max(0, m.start() - 20) : m.start()], re.I
    ):
        return None
    if lead == "a" and ntxt:
        return None
    wd = _lexicon()["weekdays"].get(u.rstrip("."))
    if wd is not None:
        if not m["u"][0].isupper():
            return None
        return _Cand(m.start(), m.end(), "SET", f"XXXX-WXX-{wd + 1}")
    if u in ("night", "morning", "evening"):
        return _Cand(m.start(), m.end(), "SET", "T" + _lexicon()["day_parts"][u])
    if u == "weekend":
        return _Cand(m.start(), m.end(), "SET", "XXXX-WXX-WE")
    n = 2.0 if ntxt == "other" else (_number(ntxt) if ntxt else 1.0)
    return _Cand(m.start(), m.end(), "SET", _duration(n, _unit_code(u)))


def _h_set_period(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if m["mon"]:
        if m["mon"][0].islower():
            return None  # "every may" is no month
        return _Cand(m.start(), m.end(), "SET", f"XXXX-{_month_of(m['mon']):02d}")
    code = _lexicon()["seasons"][re.sub(r"\s+", " ", m["s"].lower())]
    return _Cand(m.start(), m.end(), "SET", f"XXXX-{code}")


# "daily"/"weekly" as a noun: the paper's name follows and ends the noun phrase ("the Israeli daily
# Haaretz reported", "the business weekly Wirtschaftswoche,"), or the noun itself is the subject ("the
# daily said"); "the weekly EC tender", "three daily Atlanta flights" go on with a common noun
_PAPER_NAME = r"(?>[A-Z][\w'’-]*(?:\.[A-Za-z]+)*)"  # one capitalised word of the name ("Haaretz", "U.S")
_NEWSPAPER_AFTER = re.compile(
    r"(?:\s+(?:"
    + _PAPER_NAME
    + r"|al-\w+|de|la|le))*\s+"
    + _PAPER_NAME
    + r"(?=\s*(?:[,;:()\"”]|\.(?=\s+[A-Z\"“]|\s*$)|$)"
    r"|\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites|published|publishes|carried|ran|was|is|"
    r"has|had|on|in|that|which)\b)"
    r"|\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited)\b"
)


def _h_set_adv(m: re.Match[str], c: _Ctx) -> _Cand | None:
    w = m["w"]
    if w.lower() in ("daily", "weekly"):
        if _NEWSPAPER_AFTER.match(c.text, m.end()):
            return None  # "the Israeli daily Haaretz", "the weekly said": a newspaper, not a frequency
        if w[0].isupper() and re.search(
            r"(?:\b(?:[A-Z][a-z][\w-]*|[Tt]he)|['’]s)[ \t]+$", c.text[max(0, m.start() - 30) : m.start()]
        ):
            return None  # "China Daily", "The Daily Beast", "Britain's Daily Mirror": inside a name
    return _Cand(m.start(), m.end(), "SET", _lexicon()["set_adverbs"][m["w"].lower()])


def _h_set_wday(m: re.Match[str], c: _Ctx) -> _Cand | None:
    if not m["wd"][0].isupper() or m["wd"].endswith("."):
        return None
    if m["wd"].lower() in ("sat", "sun", "wed", "mon", "fri", "tue", "thu"):
        return None
    dp = m.groupdict().get("dp")
    part = "T" + _lexicon()["day_parts"][dp.lower()[:-1]] if dp else ""
    return _Cand(m.start(), m.end(), "SET", f"XXXX-WXX-{_wday_of(m['wd']) + 1}{part}")


_THEN_BEFORE = re.compile(r"\bthen[\s-]$", re.I)


def _h_ref(value: str) -> _Handler:
    def handler(m: re.Match[str], c: _Ctx) -> _Cand | None:
        w = re.sub(r"\s+", " ", m["w"].lower())
        after = c.text[m.end() : m.end() + 20]
        if w == "once" and not re.match(r"\s+(?:was|were|had|been|a|an|the|[a-z]+ed)\b", after):
            return None
        if w == "once":
            return None  # too ambiguous ("once the deal is signed")
        if w == "this time":
            return None
        if (
            w == "now"
            and after.startswith(",")
            and re.search(
                r"(?:^|[.!?:]\s*[\"'“‘`]*|\n\s*[\"'“‘`]*)$", c.text[max(0, m.start() - 5) : m.start()]
            )
        ):
            return None  # "Now, will the regime enter?": a sentence-opening "Now," is a discourse marker
        if w == "current" and re.match(
            r"\s+(?:account|accounts|affairs|events|flowing|flows|affair)\b", after, re.I
        ):
            return None
        if w in ("future",) and re.match(r"\s+(?:of|tense)\b", after):
            return None
        if w in ("recent",) and re.match(r"\s+(?:days|weeks|months|years|decades)\b", after):
            return None
        if w == "today's":
            return None
        start = m.start()
        then = _THEN_BEFORE.search(c.text, max(0, start - 5), start) if w == "current" else None
        if then:
            return _Cand(
                then.start(), m.end(), "DATE", "PAST_REF"
            )  # "the then current price": a time gone by
        return _Cand(start, m.end(), "DATE", value)

    return handler


def _h_recent_units(m: re.Match[str], c: _Ctx) -> _Cand | None:
    """ "recent weeks", "the coming months", "the years ahead": a vague stretch up to (or from)
    now, a DURATION like "the past few weeks" (``PXW``), as TimeBank annotates them."""
    u = (m["u"] or m["u2"]).lower()
    return _Cand(m.start(), m.end(), "DURATION", _duration(None, _unit_code(u)))


_YEAR_AGO = re.compile(
    r"(?:an?\s+year\s+(?:ago|earlier)|(?:the\s+)?(?:comparable\s+|same\s+)?year-(?:ago|earlier)"
    r"(?:\s+(?:quarter|period))?|last\s+year)$",
    re.I,
)
_MONEY_CONTEXT = re.compile(
    r"\$|\bcents?\b|\bshares?\b|%|\bmillion\b|\bbillion\b|\bearn|\bnet\b|"
    r"\brevenue|\bsales\b|\bprofit|\bloss",
    re.I,
)
# a period other than a quarter named earlier in the sentence is what "a year earlier" compares
_YEAR_PERIOD = re.compile(
    r"\b(?:(?:nine|six|twelve|9|6|12)\s+months|(?:first|second)\s+half|this\s+year(?!['’]s)|(?:full|fiscal)\s+year)\b",
    re.I,
)
_COMPARE = re.compile(r"\b(?:from|with|than|versus|vs\.?|against)\b[^.;]{0,80}$", re.I)


def _year_ago_quarters(text: str, cands: list[_Cand], ref: dt.date | None = None) -> None:
    """Re-anchor "a year ago"/"a year earlier" in earnings comparisons on the quarter under discussion.

    Financial reports compare a quarter with the same quarter a year before, so "net rose to
    $5 million from $4 million a year earlier" means the year-earlier quarter (TimeBank
    annotates it so), not the whole previous year. Applies only when a quarter was named
    earlier in the text and the sentence talks money.
    """
    last_q: tuple[int, int] | None = None
    for c in cands:
        if c.type == "DATE" and c.value and re.fullmatch(r"\d{4}-Q[1-4]", c.value):
            txt = text[c.start : c.end].lower()
            y, q = (int(x) for x in c.value.split("-Q"))
            recent = ref is None or 0 <= (ref.year * 4 + (ref.month - 1) // 3) - (y * 4 + q - 1) <= 4
            if recent and "year-" not in txt and "year ago" not in txt:
                last_q = (c.start, 0)
                cur_value = c.value
            continue
        if last_q is None or c.type != "DATE" or c.start - last_q[0] > 3000:
            continue
        expr = text[c.start : c.end]
        if not _YEAR_AGO.search(expr):
            continue
        s, e = _sentence(text, c.start, c.end)
        if not _MONEY_CONTEXT.search(text[s:e]):
            continue
        if _YEAR_PERIOD.search(text[s : c.start]):
            continue  # "the first nine months ..., compared with ... a year earlier": not a quarter
        if expr.lower().startswith("last") and not _COMPARE.search(text[s : c.start]):
            continue
        y, q = cur_value.split("-Q")
        c.value = f"{int(y) - 1}-Q{q}"


_DAY_RX = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _resolve_anaphora(ref: dt.date | None, cands: list[_Cand]) -> None:
    """Resolve "the next day", "that week", "later that year" against the last date given.

    The anchor is the latest preceding DATE/TIME precise enough for the unit (a day for "the
    next day", a month for "that month", a year for "later that year"); without one, the
    publication date.
    """
    anchors: dict[str, dt.date | None] = {"day": ref, "month": ref, "year": ref}
    for c in cands:
        v = c.value or ""
        if not v.startswith("ANAPH:"):
            if c.type not in ("DATE", "TIME"):
                continue
            m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\dWQHSFX])", v)
            if m:
                y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
                day = _safe_date(y, mo, d)
                if day:
                    anchors["year"] = day
                    if m[2]:
                        anchors["month"] = day
                    if m[3]:
                        anchors["day"] = day
            continue
        _, u, k = v.split(":")
        step = int(k)
        key = "year" if u == "year" else "month" if u == "month" else "day"
        anchor = anchors[key]
        if anchor is None:
            c.value = None
            continue
        if u.startswith("wd"):
            # the nearest such weekday strictly before (or after) the anchor day
            wd = int(u[2:])
            gap = ((anchor.weekday() - wd) % 7 or 7) if step < 0 else ((wd - anchor.weekday()) % 7 or 7)
            c.value = (anchor + dt.timedelta(days=gap * step)).isoformat()
        elif u in ("day", *_PARTS):
            d = (anchor + dt.timedelta(days=step)).isoformat()
            c.value = d + ("T" + _PARTS[u] if u in _PARTS else "")
        elif u == "week":
            c.value = _week(anchor + dt.timedelta(weeks=step))
        elif u == "month":
            y, mo = _add_months(anchor.year, anchor.month, step)
            c.value = f"{y}-{mo:02d}"
        else:
            c.value = str(anchor.year + step)


_PART_OF = re.compile(r"(?:the\s+)?(?P<w>end|beginning|start|middle|close)\s+of\s+$", re.I)


def _extend_part_of(text: str, cands: list[_Cand]) -> None:
    """Take "the end of" / "the middle of" into a DATE ("the end of November": 2023-11, mod END)."""
    for c in cands:
        if c.type != "DATE" or c.value is None or c.value.endswith("_REF"):
            continue
        m = _PART_OF.search(text, max(0, c.start - 25), c.start)
        if m is None or m.end() != c.start:
            continue
        c.start = m.start()
        c.mod = c.mod or {"end": "END", "close": "END", "middle": "MID"}.get(m["w"].lower(), "START")


_OFFSET_OF = re.compile(
    # "the day before X" shifts a day; "the week before X" is a week, not a day: only counted weeks
    r"\b(?:the(?=\s+days?\b)|(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+"
    r"(?P<u>day|week)s?\s+(?P<dir>before|after)\s+$",
    re.I,
)


def _extend_offset_of(text: str, cands: list[_Cand]) -> None:
    """ "the day before last Tuesday's hearing", "two days after Christmas": shift the day named.

    Only a day-precise DATE is shifted; a leading "N days" the ago-pattern took on its own (then
    read from publication) is dropped into the new extent.
    """
    for c in list(cands):
        if c.type != "DATE" or not c.value or not _DAY_RX.fullmatch(c.value):
            continue
        i = cands.index(c)
        m = _OFFSET_OF.search(text, max(0, c.start - 30), c.start)
        if m is None or m.end() != c.start:
            continue
        k = int(_number(m["n"] or "one") or 1)
        days = k * (7 if m["u"].lower() == "week" else 1) * (-1 if m["dir"].lower() == "before" else 1)
        start = m.start()
        inside = [o for o in cands[:i] if o.end > start]
        if any(o.start < start for o in inside):
            continue  # an expression begun before the phrase reaches into it
        for o in inside:
            cands.remove(o)  # "two days" read on its own as a duration or from publication
        c.value = (dt.date.fromisoformat(c.value) + dt.timedelta(days=days)).isoformat()
        c.start = start


_WEEK_OF = re.compile(r"(?:the\s+)?week\s+of\s+$", re.I)


def _extend_week_of(text: str, cands: list[_Cand]) -> None:
    """ "the week of March 6" is the ISO week holding that day (2000-W10), not the day itself."""
    for c in cands:
        if c.type != "DATE" or not c.value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", c.value):
            continue
        m = _WEEK_OF.search(text, max(0, c.start - 15), c.start)
        if m is None or m.end() != c.start:
            continue
        c.start = m.start()
        c.value = _week(dt.date.fromisoformat(c.value))


# --------------------------------------------------------------------------- main entry


def find_dates(text: str, published: str | dt.date | None, doc: Any = None) -> list[DateRef]:
    """Find the time expressions of ``text`` and normalise them against ``published``.

    Args:
        text: the document body (offsets of the results index into it).
        published: the publication date (ISO string, ``date`` or ``datetime``); relative
            expressions resolve against it. Without it they keep ``XXXX`` placeholders
            (or a None value when nothing can be said).
        doc: optional spaCy ``Doc`` of ``text``; when given, the tense of the governing verb
            decides past/future readings of weekdays, months and month-days.

    Returns:
        DateRefs sorted by offset, non-overlapping, with TIMEX3 type (DATE, TIME, DURATION,
        SET), value and mod.
    """
    if not text:
        return []
    ctx = _Ctx(text, _to_date(published), doc)
    cands: list[_Cand] = []
    for rx, handler, prio in _patterns():
        for m in rx.finditer(text):
            out = handler(m, ctx)
            if out is None:
                continue
            for cand in out if isinstance(out, list) else [out]:
                if cand.end > cand.start:
                    cand.prio = max(cand.prio, prio)
                    cands.append(cand)
    # longest match wins; on equal length the more specific pattern (higher priority)
    cands.sort(key=lambda x: (-(x.end - x.start), -x.prio, x.start))
    taken: list[_Cand] = []
    occupied: list[tuple[int, int]] = []
    for cand in cands:
        if any(cand.start < e and s < cand.end for s, e in occupied):
            continue
        taken.append(cand)
        occupied.append((cand.start, cand.end))
    taken.sort(key=lambda x: x.start)
    _year_ago_quarters(text, taken, ctx.ref)
    _resolve_anaphora(ctx.ref, taken)
    _extend_part_of(text, taken)
    _extend_week_of(text, taken)
    _extend_offset_of(text, taken)
    return [
        DateRef(
            text=text[x.start : x.end],
            value=x.value,
            type=x.type,
            start=x.start,
            end=x.end,
            mod=x.mod,
            extractor=EXTRACTOR,
        )
        for x in taken
    ]
