"""Score system records against gold files, by the matching rules of ``shared/gold/FORMAT.md``.

A gold file describes one article (entities, dates, quotes, events, ``must_not``
patterns, body checks); a system record is the JSON of ``Article.to_json()``.
:func:`score_document` pairs the two list by list and returns a :class:`DocScore`
of counts (true positives, system and gold sizes, field accuracies) plus the
unmatched items, so a report can say *why* a number moved. Counts, not ratios,
are kept so that totals over many articles are micro-averages.

The figures agree with the reference scorer ``shared/tools/score_gold.py`` on
purpose, including its reading of the rules where FORMAT.md is loose (see the
notes on :func:`_score_dates` and :func:`_items_ok`).

Example:
    >>> gold = {"doc": "d", "published": "2024-01-07", "entities": [{"name": "Japan", "type": "GPE"}]}
    >>> score = score_document(gold, {"entities": [{"name": "Japan", "type": "GPE"}]})
    >>> score.lists["entities"].f1
    1.0
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvalError

#: Event types whose two sides may be given either way round (A meets B = B meets A).
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
#: Entity types that count towards entity precision; anything else (DATE, NORP...) is ignored.
ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC"})
#: The lists a document is scored on, in report order.
LISTS = ("entities", "dates", "quotes_direct", "quotes_indirect", "events")
#: The per-pair field accuracies of each list, in report order.
FIELDS = {
    "entities": ("type", "country"),
    "dates": ("value",),
    "quotes_direct": ("speaker",),
    "quotes_indirect": ("speaker",),
    "events": ("date", "location", "status", "amount", "items"),
}
#: Statuses that stand for each other: a promise of help is a plan, and the reverse.
_INTERCHANGEABLE_STATUS = frozenset({"planned", "pledged"})
#: Relative tolerance on amounts (0.5%), so rounding "$37m" vs 37,012,000 still agrees.
AMOUNT_TOLERANCE = 0.005

# Weights of the event assignment: any required gold event outweighs every optional one,
# and any match outweighs agreement on fields, which only breaks ties between pairings.
_REQUIRED_WEIGHT = 100_000
_OPTIONAL_WEIGHT = 1_000
# Agreement with a required gold event outweighs agreement with optional ones, since only required
# pairs are scored on fields (the reference scorer weighs both alike and so breaks such ties at random).
_REQUIRED_AGREEMENT = 10

_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


# --------------------------------------------------------------------------- text helpers


def normalize(text: Any) -> str:
    """Case-fold, drop punctuation and collapse white space (``None`` gives ``""``)."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).casefold()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return _SPACES.sub(" ", _NON_WORD.sub(" ", s)).strip()


def tokens(text: Any) -> list[str]:
    """The normalised words of ``text``."""
    return normalize(text).split()


def alternatives(value: Any) -> list[Any]:
    """A gold value as its list of acceptable values (``None`` stays one acceptable ``None``)."""
    if value is None:
        return [None]
    return list(value) if isinstance(value, list | tuple) else [value]


def actor_name(value: Any) -> str | None:
    """The name of a system actor, which may be a plain string or an object with a name."""
    if isinstance(value, dict):
        for key in ("name", "canonical", "text", "entity_text"):
            if value.get(key):
                return value[key]
        return None
    return value


def texts_overlap(a: Any, b: Any) -> bool:
    """True when the shared words of two texts are at least half of the shorter one.

    Words are counted with multiplicity, so "no no no" and "no" share one word.
    """
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    if not ta or not tb:
        return False
    shared = sum((ta & tb).values())
    return shared >= 0.5 * min(sum(ta.values()), sum(tb.values()))


def _as_strings(values: Iterable[Any]) -> list[str]:
    return [str(v) for v in values]


def _value_ok(system_value: Any, gold_value: Any) -> bool:
    """TIMEX3 values compare as exact strings against any listed alternative."""
    return str(system_value) in _as_strings(alternatives(gold_value))


def _upper(value: Any) -> str:
    return str(value or "").upper()


# --------------------------------------------------------------------------- names


class Matcher:
    """Decides which gold entity a system name refers to.

    A name refers to the gold entities whose name or alias it equals (after
    :func:`normalize`); failing that, to those whose name or alias shares all
    its words with it, either way round ("Foreign Minister Kamikawa" and
    "Kamikawa"). Containment is by whole words, as a set.

    Args:
        entities: the gold file's ``entities`` list.
    """

    def __init__(self, entities: list[dict[str, Any]]) -> None:
        self.entities = entities
        self._names: list[tuple[int, str]] = [
            (i, normalize(n))
            for i, e in enumerate(entities)
            for n in (e.get("name"), *(e.get("aliases") or []))
        ]

    def refers_to(self, name: Any) -> list[int]:
        """Indices of the gold entities ``name`` (a string or actor object) refers to, sorted."""
        n = normalize(actor_name(name))
        if not n:
            return []
        exact = {i for i, gn in self._names if gn == n}
        if exact:
            return sorted(exact)
        words = set(n.split())
        contained = set()
        for i, gn in self._names:
            gold_words = set(gn.split())
            if gold_words and (gold_words <= words or words <= gold_words):
                contained.add(i)
        return sorted(contained)

    def same(self, system_name: Any, gold_name: str | None) -> bool:
        """True when a system name stands for the gold entity called ``gold_name``.

        A gold ``None`` (nobody named) only agrees with a missing system name. A
        gold name that is no entity's canonical name must be matched literally.
        """
        if gold_name is None:
            return actor_name(system_name) in (None, "")
        wanted = {i for i, e in enumerate(self.entities) if normalize(e.get("name")) == normalize(gold_name)}
        if wanted:
            return bool(wanted.intersection(self.refers_to(system_name)))
        return normalize(actor_name(system_name)) == normalize(gold_name)

    def side_ok(self, system_side: Any, gold_side: Any) -> bool:
        """True when one of the system's names for a side is one of the acceptable gold names.

        A ``None`` among the gold alternatives (or a null side) accepts anything.
        """
        accept = alternatives(gold_side)
        if None in accept:
            return True
        return any(self.same(s, a) for s in alternatives(system_side) if s is not None for a in accept)


# --------------------------------------------------------------------------- scores


@dataclass
class Tally:
    """An accuracy as counts: ``ok`` right out of ``n`` judged."""

    ok: int = 0
    n: int = 0

    def add(self, ok: bool) -> None:
        """Record one judgement."""
        self.n += 1
        self.ok += int(bool(ok))

    @property
    def accuracy(self) -> float | None:
        """``ok / n``, or None when nothing was judged."""
        return self.ok / self.n if self.n else None


@dataclass
class Miss:
    """One thing a report shows under ``--explain``.

    kind: ``false_positive`` (system item matching no gold item),
    ``false_negative`` (required gold item the system missed), ``wrong`` (a
    matched pair that disagrees on ``field``), ``must_not`` (a forbidden event).
    """

    list: str
    kind: str
    what: str
    evidence: str | None = None
    field: str | None = None


@dataclass
class ListScore:
    """Counts for one list (entities, dates, ...) of one or many documents.

    Attributes:
        tp: matched pairs with a required gold item.
        nsys: system items that count for precision (a match to an optional
            gold item counts neither way).
        ngold: required gold items.
        fields: accuracy of each field over matched pairs where gold gives it.
        misses: false positives, false negatives and wrong fields, for explanations.
    """

    name: str
    tp: int = 0
    nsys: int = 0
    ngold: int = 0
    fields: dict[str, Tally] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def __post_init__(self) -> None:
        for f in FIELDS.get(self.name, ()):
            self.fields.setdefault(f, Tally())

    @property
    def precision(self) -> float:
        """tp / nsys; 1.0 for an empty system when gold is empty too, else 0.0."""
        if self.nsys:
            return self.tp / self.nsys
        return 1.0 if self.ngold == 0 else 0.0

    @property
    def recall(self) -> float:
        """tp / ngold; 1.0 when gold has nothing required."""
        return self.tp / self.ngold if self.ngold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def merge(self, other: ListScore) -> None:
        """Add another document's counts to these."""
        self.tp += other.tp
        self.nsys += other.nsys
        self.ngold += other.ngold
        for name, tally in other.fields.items():
            mine = self.fields.setdefault(name, Tally())
            mine.ok += tally.ok
            mine.n += tally.n

    def miss(self, kind: str, what: str, evidence: Any = None, field: str | None = None) -> None:
        """Note a miss for explanations."""
        self.misses.append(Miss(self.name, kind, what, None if evidence is None else str(evidence), field))


@dataclass
class DocScore:
    """The score of one document, or (from :func:`combine`) the sum over several."""

    doc: str
    lists: dict[str, ListScore]
    must_not: int = 0
    body_ok: int = 0
    published_ok: int = 0
    ndocs: int = 1
    must_not_hits: list[Miss] = field(default_factory=list)

    @property
    def misses(self) -> list[Miss]:
        """Every miss of every list, then the ``must_not`` hits."""
        return [m for ls in self.lists.values() for m in ls.misses] + self.must_not_hits

    def summary(self) -> dict[str, Any]:
        """The figures in the shape the reference scorer prints with ``--json`` (rounded to 3)."""
        out: dict[str, Any] = {}
        for name in LISTS:
            ls = self.lists[name]
            d: dict[str, Any] = {
                "p": round(ls.precision, 3),
                "r": round(ls.recall, 3),
                "f1": round(ls.f1, 3),
                "tp": ls.tp,
                "sys": ls.nsys,
                "gold": ls.ngold,
            }
            for fname in FIELDS[name]:
                acc = ls.fields[fname].accuracy
                d[f"{fname}_acc"] = None if acc is None else round(acc, 3)
            out[name] = d
        out["must_not"] = self.must_not
        out["body_ok"] = f"{self.body_ok}/{self.ndocs}"
        out["published_ok"] = f"{self.published_ok}/{self.ndocs}"
        return out

    def figures(self) -> dict[str, float | int | None]:
        """The figures as a flat dict (``entities.f1``, ``events.status_acc``, ``must_not``, ...).

        Ratios are not rounded; ``body_ok`` and ``published_ok`` are fractions of documents.
        """
        out: dict[str, float | int | None] = {}
        for name in LISTS:
            ls = self.lists[name]
            out[f"{name}.p"] = ls.precision
            out[f"{name}.r"] = ls.recall
            out[f"{name}.f1"] = ls.f1
            out[f"{name}.tp"] = ls.tp
            out[f"{name}.sys"] = ls.nsys
            out[f"{name}.gold"] = ls.ngold
            for fname in FIELDS[name]:
                out[f"{name}.{fname}_acc"] = ls.fields[fname].accuracy
        out["must_not"] = self.must_not
        out["body_ok"] = self.body_ok / self.ndocs if self.ndocs else None
        out["published_ok"] = self.published_ok / self.ndocs if self.ndocs else None
        return out


def combine(scores: Iterable[DocScore], doc: str = "total") -> DocScore:
    """Sum document scores into one (micro-averaged figures); misses are not carried over."""
    total = DocScore(doc, {name: ListScore(name) for name in LISTS}, ndocs=0)
    for s in scores:
        for name in LISTS:
            total.lists[name].merge(s.lists[name])
        total.must_not += s.must_not
        total.body_ok += s.body_ok
        total.published_ok += s.published_ok
        total.ndocs += s.ndocs
    return total


# --------------------------------------------------------------------------- entities


def _score_entities(matcher: Matcher, system: list[dict[str, Any]]) -> ListScore:
    """Each system entity takes the first unmatched gold entity any of its names refers to."""
    gold = matcher.entities
    score = ListScore("entities", ngold=sum(1 for e in gold if not e.get("optional")))
    taken: set[int] = set()
    for se in system:
        stype = _upper(se.get("type"))
        if stype not in ENTITY_TYPES:
            continue
        names = [se.get("name"), *(se.get("aliases") or [])]
        candidates = [i for n in names for i in matcher.refers_to(n)]
        free = [i for i in dict.fromkeys(candidates) if i not in taken]
        if not free:
            score.nsys += 1
            score.miss("false_positive", f"{stype} {se.get('name')!r}")
            continue
        g = gold[free[0]]
        taken.add(free[0])
        if g.get("optional"):
            continue
        score.nsys += 1
        score.tp += 1
        score.fields["type"].add(stype == g.get("type"))
        if stype != g.get("type"):
            score.miss("wrong", f"{g['name']!r}: type {stype} (gold {g.get('type')})", field="type")
        if "country" in g:
            ok = (se.get("country") or None) == g["country"]
            score.fields["country"].add(ok)
            if not ok:
                score.miss(
                    "wrong",
                    f"{g['name']!r}: country {se.get('country')} (gold {g['country']})",
                    field="country",
                )
    for i, g in enumerate(gold):
        if i not in taken and not g.get("optional"):
            score.miss("false_negative", f"{g.get('type')} {g.get('name')!r}")
    return score


# --------------------------------------------------------------------------- dates


def _score_dates(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> ListScore:
    """Each system date takes the closest unmatched gold date whose text equals or contains it.

    FORMAT.md says texts must "overlap"; like the reference scorer this reads
    overlap as whole-word containment either way, preferring an exact text,
    then a required gold date, then the smallest difference in length.
    """
    score = ListScore("dates", ngold=sum(1 for d in gold if not d.get("optional")))
    taken: set[int] = set()
    for sd in system:
        st = normalize(sd.get("text"))
        best: tuple[tuple[int, int], int] | None = None
        for j, gd in enumerate(gold):
            gt = normalize(gd.get("text"))
            if j in taken or not st or not gt:
                continue
            if st == gt:
                key = (0, 0)
            elif f" {st} " in f" {gt} " or f" {gt} " in f" {st} ":
                key = (1 + bool(gd.get("optional")), abs(len(gt) - len(st)))
            else:
                continue
            if best is None or key < best[0]:
                best = (key, j)
        if best is None:
            score.nsys += 1
            score.miss("false_positive", f"{sd.get('text')!r} = {sd.get('value')}")
            continue
        j = best[1]
        taken.add(j)
        if gold[j].get("optional"):
            continue
        score.nsys += 1
        score.tp += 1
        ok = _value_ok(sd.get("value"), gold[j].get("value"))
        score.fields["value"].add(ok)
        if not ok:
            score.miss(
                "wrong",
                f"{gold[j]['text']!r}: value {sd.get('value')} (gold {gold[j].get('value')})",
                field="value",
            )
    for j, gd in enumerate(gold):
        if j not in taken and not gd.get("optional"):
            score.miss("false_negative", f"{gd.get('text')!r} = {gd.get('value')}")
    return score


# --------------------------------------------------------------------------- quotes


def _score_quotes(
    matcher: Matcher, gold_quotes: list[dict[str, Any]], system: list[dict[str, Any]], direct: bool
) -> ListScore:
    """Quotes of one kind (direct or reported): each takes the first unmatched gold quote it overlaps.

    A gold quote without ``direct`` is reported speech; a system quote without
    it is taken as direct (as the reference scorer does).
    """
    name = "quotes_direct" if direct else "quotes_indirect"
    gold = [q for q in gold_quotes if bool(q.get("direct")) == direct]
    mine = [q for q in system if bool(q.get("direct", True)) == direct]
    score = ListScore(name, ngold=sum(1 for q in gold if not q.get("optional")))
    taken: set[int] = set()
    for sq in mine:
        j = next(
            (
                j
                for j, gq in enumerate(gold)
                if j not in taken and texts_overlap(sq.get("text"), gq.get("text"))
            ),
            None,
        )
        if j is None:
            score.nsys += 1
            score.miss("false_positive", f"{sq.get('speaker')!r}: {sq.get('text')!r}")
            continue
        taken.add(j)
        if gold[j].get("optional"):
            continue
        score.nsys += 1
        score.tp += 1
        ok = matcher.same(sq.get("speaker"), gold[j].get("speaker"))
        score.fields["speaker"].add(ok)
        if not ok:
            score.miss(
                "wrong",
                f"speaker {actor_name(sq.get('speaker'))!r} (gold {gold[j].get('speaker')!r})",
                evidence=gold[j].get("text"),
                field="speaker",
            )
    for j, gq in enumerate(gold):
        if j not in taken and not gq.get("optional"):
            score.miss("false_negative", f"{gq.get('speaker')!r}: {gq.get('text')!r}")
    return score


# --------------------------------------------------------------------------- events


def _status_ok(system_status: Any, gold_status: Any) -> bool:
    """A missing system status means ``occurred``; planned and pledged stand for each other."""
    accept = set(alternatives(gold_status))
    if accept & _INTERCHANGEABLE_STATUS:
        accept |= _INTERCHANGEABLE_STATUS
    return (system_status or "occurred") in accept


def _amount_ok(system_amount: Any, gold_amount: dict[str, Any]) -> bool:
    """Same currency and a value within :data:`AMOUNT_TOLERANCE` of the gold value."""
    if not isinstance(system_amount, dict) or system_amount.get("value") is None:
        return False
    try:
        value = float(system_amount["value"])
    except (TypeError, ValueError):
        return False
    want = float(gold_amount["value"])
    same_currency = _upper(system_amount.get("currency")) == _upper(gold_amount.get("currency"))
    return same_currency and abs(value - want) <= AMOUNT_TOLERANCE * abs(want)


def _items_ok(system_items: Any, gold_items: list[dict[str, Any]]) -> bool:
    """Every counted gold item has a system item with the same count and overlapping words.

    Gold items without a count are not checked, so a gold list of only uncounted
    items is always satisfied (the reference scorer's reading: items accuracy
    is about counts).
    """
    mine = [s for s in (system_items or []) if isinstance(s, dict)]
    return all(
        any(s.get("count") == g["count"] and texts_overlap(s.get("what"), g.get("what")) for s in mine)
        for g in gold_items
        if g.get("count") is not None
    )


def _event_fields(matcher: Matcher, se: dict[str, Any], ge: dict[str, Any]) -> dict[str, bool]:
    """The fields gold gives for an event, each with whether the system agrees."""
    out: dict[str, bool] = {}
    if ge.get("date") is not None:
        out["date"] = _value_ok(se.get("date"), ge["date"])
    if ge.get("location"):
        out["location"] = matcher.same(se.get("location"), ge["location"])
    if ge.get("status"):
        out["status"] = _status_ok(se.get("status"), ge["status"])
    if ge.get("amount"):
        out["amount"] = _amount_ok(se.get("amount"), ge["amount"])
    if ge.get("items"):
        out["items"] = _items_ok(se.get("items"), ge["items"])
    return out


def event_matches(matcher: Matcher, se: dict[str, Any], ge: dict[str, Any]) -> bool:
    """True when a system event has an acceptable type and both sides match (swapped for symmetric types)."""
    stype = _upper(se.get("type"))
    gtypes = set(alternatives(ge.get("type")))
    if stype not in gtypes:
        return False
    if matcher.side_ok(se.get("source"), ge.get("source")) and matcher.side_ok(
        se.get("target"), ge.get("target")
    ):
        return True
    if gtypes & SYMMETRIC_TYPES and stype in SYMMETRIC_TYPES:
        return matcher.side_ok(se.get("target"), ge.get("source")) and matcher.side_ok(
            se.get("source"), ge.get("target")
        )
    return False


def best_assignment(weights: list[list[int]]) -> dict[int, int]:
    """A maximum-weight matching of rows to columns, over positive weights only.

    Successive augmenting paths: starting from the empty matching, repeatedly
    find the alternating path (free column -> row -> its column -> ... -> free
    row) that raises the total weight most, by Bellman-Ford relaxation, and
    flip it; stop when no path gains. Each step keeps the matching optimal for
    its size, so the last one is optimal overall. Lists are a few dozen items,
    so the cubic-times-size cost does not matter.

    Args:
        weights: ``weights[row][col]``; 0 or less means "may not be paired".

    Returns:
        ``{row: col}`` for the matched pairs.
    """
    nrows = len(weights)
    ncols = len(weights[0]) if nrows else 0
    row_of_col: dict[int, int] = {}
    col_of_row: dict[int, int] = {}
    neg = float("-inf")
    while True:
        # gain_col[c]: best gain of a path ending by entering column c (free columns start it at 0);
        # gain_row[r]: best gain of a path reaching row r through a new edge.
        gain_col = [0.0 if c not in row_of_col else neg for c in range(ncols)]
        gain_row = [neg] * nrows
        via_col = [-1] * nrows  # the column a row was reached from
        changed = True
        rounds = 0
        while changed and rounds <= nrows + ncols + 1:
            changed = False
            rounds += 1
            for r in range(nrows):
                for c in range(ncols):
                    w = weights[r][c]
                    if w <= 0 or gain_col[c] == neg or col_of_row.get(r) == c:
                        continue
                    if gain_col[c] + w > gain_row[r]:
                        gain_row[r], via_col[r] = gain_col[c] + w, c
                        changed = True
                        # a matched row passes the path on to its column, giving up that pair
                        if r in col_of_row:
                            mc = col_of_row[r]
                            if gain_row[r] - weights[r][mc] > gain_col[mc]:
                                gain_col[mc] = gain_row[r] - weights[r][mc]
        ends = [r for r in range(nrows) if r not in col_of_row and gain_row[r] > 0]
        if not ends:
            return col_of_row
        r = max(ends, key=lambda x: (gain_row[x], -x))
        # flip the path back from the free row to the free column it started at
        while r != -1:
            c = via_col[r]
            previous = row_of_col.get(c)
            col_of_row[r], row_of_col[c] = c, r
            # the previous owner of c moves on to the column it was reached from
            r = previous if previous is not None else -1


def _describe_event(e: dict[str, Any]) -> str:
    def side(v: Any) -> str:
        names = [actor_name(x) for x in alternatives(v)]
        return "|".join("-" if n is None else str(n) for n in names)

    return f"{e.get('type')} {side(e.get('source'))} -> {side(e.get('target'))} ({e.get('status') or 'occurred'})"


def _score_events(matcher: Matcher, gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> ListScore:
    """Pair gold and system events by a maximum-weight assignment, so their order never matters.

    Required gold events weigh most, then optional ones; among equal pairings,
    the one agreeing on more fields wins.
    """
    score = ListScore("events", ngold=sum(1 for e in gold if not e.get("optional")))
    weights = [[0] * len(system) for _ in gold]
    for j, ge in enumerate(gold):
        base = _OPTIONAL_WEIGHT if ge.get("optional") else _REQUIRED_WEIGHT
        for k, se in enumerate(system):
            if event_matches(matcher, se, ge):
                agree = sum(_event_fields(matcher, se, ge).values())
                weights[j][k] = base + agree * (1 if ge.get("optional") else _REQUIRED_AGREEMENT)
    pairs = best_assignment(weights)
    score.tp = sum(1 for j in pairs if not gold[j].get("optional"))
    score.nsys = len(system) - sum(1 for j in pairs if gold[j].get("optional"))
    for j, k in sorted(pairs.items()):
        ge, se = gold[j], system[k]
        if ge.get("optional"):
            continue
        for fname, ok in _event_fields(matcher, se, ge).items():
            score.fields[fname].add(ok)
            if not ok:
                score.miss(
                    "wrong",
                    f"{_describe_event(ge)}: {fname} {se.get(fname)!r} (gold {ge.get(fname)!r})",
                    evidence=se.get("evidence"),
                    field=fname,
                )
    matched_system = set(pairs.values())
    for k, se in enumerate(system):
        if k not in matched_system:
            score.miss("false_positive", _describe_event(se), evidence=se.get("evidence"))
    for j, ge in enumerate(gold):
        if j not in pairs and not ge.get("optional"):
            score.miss("false_negative", _describe_event(ge), evidence=ge.get("evidence"))
    return score


def _forbidden(matcher: Matcher, pattern: dict[str, Any], se: dict[str, Any]) -> bool:
    """True when a system event agrees with every field a ``must_not`` pattern gives.

    ``items`` in a pattern is a word that must appear in one of the event's item names.
    """
    if "type" in pattern and _upper(se.get("type")) not in alternatives(pattern["type"]):
        return False
    for side in ("source", "target"):
        if side in pattern:
            accept = [a for a in alternatives(pattern[side]) if a is not None]
            if not any(
                matcher.same(s, a) for s in alternatives(se.get(side)) if s is not None for a in accept
            ):
                return False
    if "status" in pattern and not _status_ok(se.get("status"), pattern["status"]):
        return False
    if "date" in pattern and not _value_ok(se.get("date"), pattern["date"]):
        return False
    if "location" in pattern and not matcher.same(se.get("location"), pattern["location"]):
        return False
    if "amount" in pattern and not _amount_ok(se.get("amount"), pattern["amount"]):
        return False
    if "items" in pattern:
        what = [normalize(i.get("what")) for i in (se.get("items") or []) if isinstance(i, dict)]
        if not any(normalize(pattern["items"]) in w for w in what):
            return False
    return True


def _must_not_hits(
    matcher: Matcher, patterns: list[dict[str, Any]], system: list[dict[str, Any]]
) -> list[Miss]:
    """One miss per pattern that some system event matches (a pattern counts once)."""
    hits = []
    for pattern in patterns:
        se = next((se for se in system if _forbidden(matcher, pattern, se)), None)
        if se is not None:
            hits.append(Miss("must_not", "must_not", _describe_event(se), se.get("evidence")))
    return hits


# --------------------------------------------------------------------------- documents


def _body_text(system: dict[str, Any]) -> str:
    body = system.get("body") or ""
    if isinstance(body, dict):
        body = body.get("text", "")
    return str(body)


def _body_ok(gold_body: dict[str, Any], system_body: str) -> bool:
    body = normalize(system_body)
    if gold_body.get("starts_with") and not body.startswith(normalize(gold_body["starts_with"])):
        return False
    return all(normalize(bad) not in body for bad in gold_body.get("must_not_contain", []))


def score_document(gold: dict[str, Any], system: dict[str, Any], doc: str | None = None) -> DocScore:
    """Score one system record against one gold object.

    Args:
        gold: a gold object (FORMAT.md).
        system: a system record (``Article.to_json()``); ``{}`` for an article the
            system produced nothing for.
        doc: the document id to report; defaults to the gold ``doc`` field.

    Returns:
        A :class:`DocScore` with counts, accuracies and misses.
    """
    matcher = Matcher(gold.get("entities") or [])
    sys_quotes = system.get("quotes") or []
    sys_events = system.get("events") or []
    lists = {
        "entities": _score_entities(matcher, system.get("entities") or []),
        "dates": _score_dates(gold.get("dates") or [], system.get("dates") or []),
        "quotes_direct": _score_quotes(matcher, gold.get("quotes") or [], sys_quotes, True),
        "quotes_indirect": _score_quotes(matcher, gold.get("quotes") or [], sys_quotes, False),
        "events": _score_events(matcher, gold.get("events") or [], sys_events),
    }
    hits = _must_not_hits(matcher, gold.get("must_not") or [], sys_events)
    published_ok = str(system.get("published", ""))[:10] == gold.get("published")
    return DocScore(
        doc=doc or str(gold.get("doc", "")),
        lists=lists,
        must_not=len(hits),
        body_ok=int(_body_ok(gold.get("body") or {}, _body_text(system))),
        published_ok=int(published_ok),
        must_not_hits=hits,
    )


# --------------------------------------------------------------------------- files


def load_gold(path: Path) -> dict[str, Any]:
    """Read one gold file.

    Raises:
        EvalError: the file is not a JSON object.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(
            f"{path}: cannot read gold file ({exc}); expected one JSON object per FORMAT.md"
        ) from exc
    if not isinstance(data, dict):
        raise EvalError(
            f"{path}: gold file holds a {type(data).__name__}, expected a JSON object per FORMAT.md"
        )
    return data


def load_system_record(path: Path) -> dict[str, Any]:
    """Read one system record: a JSON object, a list (first element), JSON lines, or ``{"documents": [...]}``.

    Raises:
        EvalError: the file is neither JSON nor JSON lines.
    """
    raw = Path(path).read_text(encoding="utf-8")
    try:
        data: Any = json.loads(raw)
    except json.JSONDecodeError:
        try:
            data = [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise EvalError(
                f"{path}: not JSON or JSON lines ({exc}); expected `dateline extract --format json`"
            ) from exc
    if isinstance(data, dict) and "documents" in data:
        data = data["documents"]
    if isinstance(data, list):
        data = data[0] if data else {}
    if not isinstance(data, dict):
        raise EvalError(f"{path}: system record is a {type(data).__name__}, expected a JSON object")
    return data
