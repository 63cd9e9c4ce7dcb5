"""Amounts of money and counted items.

Money (:func:`find_amounts`) is found by two patterns built from the currency
lexicon ``data/amounts/currencies.json``:

* currency first: ``$37 million``, ``US$1.2 billion``, ``USD 2.85 billion``,
  ``€50bn``, ``Rs 10,000 crore``, ``$1-2 billion``;
* number first: ``400 million Swiss francs``, ``2 trillion yen``,
  ``30 million AUD``, ``52 EUR million``, ``five million dollars``,
  ``half a billion dollars``.

A bound phrase just before (``more than``, ``up to``, ``about``, ...) sets
``Amount.bound`` and is part of ``Amount.text``; ``between A and B`` and
``A-B``/``A to B`` give a range (``value`` low, ``high`` high). A bare ``$``
(or "dollars") is USD unless the article names another dollar (``A$``,
"Australian dollars", ``AUD``) and never a US one; ``kr``/"krone"/"crowns" take
the Nordic (or Czech) currency of the country the article names most. A caller
that knows where the text comes from passes ``home="Canada"`` and a bare ``$``
is then CAD. Reuters-style "dlrs", "mln", "stg" are read too.

USD conversion: when ``published`` is given, :func:`find_amounts` fills the
``usd``, ``usd_rate``, ``rate_date`` and ``rate_source`` fields at the rate of
the publication day (:func:`convert`, which the pipeline may also call itself).

Counted items (:func:`find_items`): a number (digits or words) that modifies a
plural noun phrase of material goods ("five mobile gas turbine generators",
"70,000 tons of thermal coal"). People (troops, soldiers, refugees...), money,
percentages, years, ages, dates and durations are not items: people are not
material goods, so "2,000 US troops" gives no Item (the event extractor reads
troop numbers itself if it wants them). A counted noun is kept only when it is
not in the ``not_goods`` lexicon of ``data/amounts/items.json`` (nor a currency
or NORP/PERSON entity); model numbers ("Leopard 2"), calibres ("155mm"),
labels ("Source of Aid 2") and hyphenated measures ("a 10-year plan") do not count.
"dozens of X" gives ``count=None, approx=True`` (a vague quantity is not a number);
"about 300 trucks" gives ``count=300, approx=True``. :func:`items_in` reads an
object phrase for the event extractor and also returns uncounted plural goods
("Patriot missiles" -> count None).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

from ..records import Amount, Item
from . import extractor_id

EXTRACTOR = extractor_id("dateline.amounts")  # the version lives in the registry, extract.EXTRACTORS

# --------------------------------------------------------------------------- lexicon


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    path = resources.files("dateline") / "data" / "amounts" / "currencies.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _item_lexicon() -> dict[str, Any]:
    path = resources.files("dateline") / "data" / "amounts" / "items.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first so ``US$`` wins over ``$``."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_WORD = _alt([*_UNITS, "hundred"])
# "twenty-five", "two hundred and fifty", "a hundred"
_WORDNUM = rf"(?:(?<![A-Za-z])(?:{_WORD}|a(?=\s+hundred\b))(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*(?![A-Za-z]))"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}|\d+(?:\.\d+)?)"
# "a billion", "half a billion": only valid before a scale word (checked by the lookahead).
_ARTICLE = r"(?:half\s+an?|an?)(?=\s+(?:thousand|million|billion|trillion)\b)"


def _scale_re(lex: dict[str, Any]) -> str:
    words = [w for w in lex["scales"] if len(w) > 1]
    letters = [w for w in lex["scales"] if len(w) == 1]
    # "mil." is an abbreviation (its period belongs to it); other scale words keep sentence periods out.
    return rf"(?:[\s-]?(?:mil\.|(?i:{_alt(words)})|{_alt(letters)})(?![A-Za-z0-9]))"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = _lexicon()
    num = rf"(?:{_DIGITS}|(?i:{_ARTICLE}|{_WORDNUM}))"
    scale = _scale_re(lex)
    alpha_syms = [s for s in lex["symbols"] if s[0].isalpha()]
    other_syms = [s for s in lex["symbols"] if not s[0].isalpha()]
    sym = rf"(?:(?<![A-Za-z]){_alt(alpha_syms)}|{_alt(other_syms)})"
    code = rf"(?<![A-Za-z])(?:{_alt(lex['codes'])})(?![A-Za-z])"
    quals = [
        *lex["qualified"],
        *(q.replace("dollar", "dlr") for q in lex["qualified"] if q.endswith("dollar")),
    ]
    qualified = [q + s for q in quals for s in ("s", "") if not q.endswith("s") or s == ""]
    name = rf"(?i:{_alt([*qualified, *lex['names']])})(?![A-Za-z])"
    post_sym = r"(?:€|£|¥|₹|₴|₽|zł|Kč|kr\.?|Ft|lei)(?![A-Za-z])"
    no_pct = r"(?!\s?(?:%|percent|per\s+cent))"
    tail_pre = rf"(?P<tail>\s?(?P<conn>-|–|—|to|and)\s?(?:(?:{sym}|{code})\s?)?(?P<n2>{num})(?P<s2>{scale})?{no_pct})?"
    tail_post = rf"(?P<tail>\s?(?P<conn>-|–|—|to|and)\s?(?P<n2>{num})(?P<s2>{scale})?)?"
    pre = re.compile(rf"(?P<cur>{sym}|{code})\s?(?P<n1>{num})(?P<s1>{scale})?{no_pct}{tail_pre}(?![\d%])")
    post = re.compile(
        rf"(?<![\w.,$€£])(?P<n1>{num})(?P<s1>{scale})?{tail_post}\s?(?:of\s+)?(?P<cur>{code}|{name}|{post_sym})"
    )
    # "52 EUR million", "990 mil. NOK" is covered by ``post``.
    mid = re.compile(rf"(?<![\w.,$€£])(?P<n1>{_DIGITS})\s(?P<cur>{code})(?P<s1>{scale})")
    return pre, post, mid


@lru_cache(maxsize=1)
def _bound_re() -> re.Pattern[str]:
    lex = _lexicon()
    return re.compile(rf"(?i:(?P<between>between\s+)|(?P<bound>\b(?:{_alt(lex['bounds'])}))\s+)$")


# --------------------------------------------------------------------------- numbers


def _words_to_number(s: str) -> float | None:
    total, current = 0.0, 0.0
    seen = False
    for w in re.split(r"[\s-]+", s.lower()):
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current = max(current, 1.0)
            seen = True
        elif w in _UNITS:
            current += _UNITS[w]
            seen = True
        elif w == "hundred":
            current = max(current, 1.0) * 100
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(s: str) -> float | None:
    """A number written in digits or English words, without its scale word.

    Example:
        >>> parse_number("10,000"), parse_number("twenty-five"), parse_number("half a")
        (10000.0, 25.0, 0.5)
    """
    s = s.strip()
    low = s.lower()
    if re.fullmatch(r"half\s+an?", low):
        return 0.5
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s):  # 1.000.000: European thousands
        return float(s.replace(".", ""))
    if s[:1].isdigit():
        try:
            return float(s.replace(",", ""))
        except ValueError:
            return None
    return _words_to_number(low)


def _times(n: float, scale: float) -> float:
    """``n * scale`` in decimal, so "4.1 mln" is 4100000.0 and not 4099999.9999999995."""
    return float(Decimal(repr(n)) * Decimal(repr(scale)))


def _scale_value(s: str | None) -> float:
    if not s:
        return 1.0
    w = s.strip().strip("-").strip()
    if w == "mil.":
        return 1e6
    scales = _lexicon()["scales"]
    if w in scales:
        return float(scales[w])
    return float(scales.get(w.lower(), 1.0))


# --------------------------------------------------------------------------- currency


def _mentions(text: str, cues: list[str]) -> int:
    n = 0
    for cue in cues:
        flags = 0 if cue.isupper() or not cue.isalpha() else re.IGNORECASE
        n += len(re.findall(rf"(?<![A-Za-z]){re.escape(cue)}s?(?![a-z])", text, flags))
    return n


@lru_cache(maxsize=64)
def _from_context(kind: str, text: str) -> str:
    ctx = _lexicon()["context"][kind]
    if kind == "$" and _mentions(text, ctx["USD"]):
        return "USD"
    counts = {code: _mentions(text, cues) for code, cues in ctx.items() if code != "default"}
    best = max(counts, key=lambda c: counts[c], default=None)
    return best if best and counts[best] else ctx["default"]


_AMBIGUOUS = {"$": ("USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD"), "kr": ("NOK", "SEK", "DKK", "ISK"),
              "krone": ("NOK", "DKK"), "krona": ("SEK", "ISK"), "crown": ("CZK", "NOK", "SEK", "DKK", "ISK")}  # fmt: skip


def _currency(surface: str, text: str, home: str | None = None) -> str:
    lex = _lexicon()
    s = surface.strip()
    if s in lex["symbols"]:
        code = lex["symbols"][s]
    elif s in lex["codes"]:
        code = s
    else:
        low = s.lower()
        qualified = {k.lower(): v for k, v in lex["qualified"].items()}
        names = {k.lower(): v for k, v in lex["names"].items()}
        low = low.replace(" dlr", " dollar")
        code = qualified.get(low) or qualified.get(low.rstrip("s")) or names.get(low) or "$"
    if code in _AMBIGUOUS:
        home_code = lex["home"].get(home or "")
        if home_code in _AMBIGUOUS[code]:
            return home_code
        return _from_context(code, text)
    return code


# --------------------------------------------------------------------------- amounts


def _amount_from(m: re.Match[str], text: str, home: str | None = None) -> Amount | None:
    n1 = parse_number(m["n1"])
    if n1 is None:
        return None
    end = m.end()
    high: float | None = None
    s1 = _scale_value(m["s1"])
    start = m.start()
    before = _bound_re().search(text, max(0, start - 40), start)
    between = bool(before and before["between"])
    if "tail" in m.re.groupindex and m["tail"]:
        n2 = parse_number(m["n2"])
        if m["conn"] == "and" and not between or n2 is None:
            # "€5m and €7m" without "between" are two amounts; keep the first, the second is found on its own.
            if m.re.pattern.startswith("(?P<cur>"):
                end = m.start("tail")
            else:
                return None
        else:
            s2 = _scale_value(m["s2"])
            if not m["s1"] and m["s2"] and n1 <= n2:
                s1 = s2  # "$1-2 billion": the scale is written once, after the high end
            high = _times(n2, s2)
    value = _times(n1, s1)
    if high is not None and high < value:
        high = None
    bound = None
    if before:
        start = before.start()
        if before["bound"]:
            bound = _lexicon()["bounds"][before["bound"].lower()]
    cur = _currency(m["cur"], text, home)
    return Amount(
        value=value,
        currency=cur,
        text=text[start:end],
        start=start,
        end=end,
        bound=bound,
        high=high,
        extractor=EXTRACTOR,
    )


def convert(amount: Amount, on: date | str) -> Amount:
    """The amount with its USD fields filled at the rate of day ``on`` (unchanged if no rate is known).

    Example:
        >>> a = find_amounts("It gave €50bn.")[0]
        >>> convert(a, "2024-02-19").rate_source
        'ECB'
    """
    from ..resolve.fx import to_usd

    try:
        fx = to_usd(amount.value, amount.currency, on)
    except ValueError:  # an unparseable publication date leaves the amount unconverted, not the article lost
        return amount
    if fx is None:
        return amount
    return replace(amount, usd=fx.usd, usd_rate=fx.rate, rate_date=fx.rate_date, rate_source=fx.source)


def find_amounts(
    text: str, published: str | None = None, doc: Any = None, *, home: str | None = None
) -> list[Amount]:
    """Every sum of money in ``text``, in order, with ISO 4217 currency.

    Args:
        text: the document body (offsets refer to it).
        published: ISO publication date; when given, USD fields are filled at that day's rate.
        doc: the spaCy parse of ``text`` (unused: money is lexical; accepted for the common signature).
        home: the country the text is written from (name, ISO alpha-2 or alpha-3, e.g. ``"Canada"``):
            a bare ``$``/"dollars" (``kr``, "crowns") then means its currency when it has a dollar
            (krone, crown). Without it, only the text's own cues ("Australian dollars", ``A$``) move
            ``$`` off USD.

    Returns:
        Non-overlapping :class:`Amount` records sorted by ``start``.

    Example:
        >>> [(a.value, a.currency, a.bound) for a in find_amounts("It pledged more than $2bn.")]
        [(2000000000.0, 'USD', 'at least')]
    """
    candidates: list[Amount] = []
    for pattern in _patterns():
        pos = 0
        while (m := pattern.search(text, pos)) is not None:
            amt = _amount_from(m, text, home) if _plausible(m) else None
            if amt is None:
                pos = m.start() + 1
                continue
            candidates.append(amt)
            # Resume after the amount, not the match: a truncated "€5m and €7m" leaves "€7m" to find.
            pos = amt.end
    # The longest reading wins where patterns overlap ("5 million kroner" over "kr one").
    found: list[Amount] = []
    for amt in sorted(candidates, key=lambda a: (a.start - a.end, a.start)):
        if not any(amt.start < f.end and f.start < amt.end for f in found):
            found.append(amt)
    found.sort(key=lambda a: a.start)
    if published:
        found = [convert(a, published) for a in found]
    return found


def _plausible(m: re.Match[str]) -> bool:
    """Reject number-first matches that are really dates ("in 2022 euros were...") or weights."""
    n1 = m["n1"]
    if m["cur"].lower() in ("pound", "pounds") and re.match(r"\s+of\s", m.string[m.end() : m.end() + 5]):
        return False  # "375 pounds of wheat" weighs
    if not m.re.pattern.startswith("(?P<cur>") and re.fullmatch(r"(19|20)\d\d", n1) and not m["s1"]:
        return False
    return True


# --------------------------------------------------------------------------- items

# Measure nouns that name no good on their own ("80 tons"); "five demining sets" are goods.
_MEASURES = frozenset("ton tonne t kg kilogram kilo lb litre liter l gallon barrel unit piece item".split())
_NOT_COUNT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY_AGE"})
_PEOPLE_ENTS = frozenset({"NORP", "PERSON"})  # not ORG: "Bushmaster Protected Mobility Vehicles" is often one
_CALIBRES = frozenset({"mm", "cm", "inch", "caliber", "calibre", "-mm"})
# Adjectives that count rather than describe: "six more Land Rover vehicles" -> "Land Rover vehicles".
_QUANT_ADJ = frozenset("more such other additional further extra total remaining another".split())
_DROP_LEFT = {
    "det",
    "predet",
    "nummod",
    "quantmod",
    "punct",
    "poss",
    "case",
    "cc",
    "prep",
    "advmod",
    "nmod_poss",
}


@lru_cache(maxsize=1)
def _not_goods() -> frozenset[str]:
    lex = _lexicon()
    money = {w.lower() for w in [*lex["names"], *lex["scales"], *lex["codes"]]}
    return frozenset({w.lower() for w in _item_lexicon()["not_goods"]} | money)


def _is_goods(lemma: str) -> bool:
    return lemma.lower() not in _not_goods()


def _number_of(tok: Any) -> tuple[float | None, int, int]:
    """The value of a number token and its number-word neighbours ("two hundred", "1.5 million")."""
    toks = [tok, *[c for c in tok.children if c.dep_ in ("compound", "quantmod", "nummod") and c.like_num]]
    toks.sort(key=lambda t: t.i)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    value: float | None = None
    scale = 1.0
    words: list[str] = []
    for t in toks:
        low = t.text.lower()
        if len(low) > 1 and low in _lexicon()["scales"]:
            scale *= _scale_value(low)
        else:
            words.append(t.text)
    value = parse_number(" ".join(words)) if words else 1.0
    if value is None:
        return None, start, end
    return _times(value, scale), start, end


def _phrase(head: Any, first: int) -> tuple[int, int]:
    """Character span of the noun phrase of ``head`` from token ``first`` on, without determiners or numbers.

    Only the left modifiers are kept: "(APCs)" or "for HIMARS" after the head are not part of ``what``.
    """
    doc = head.doc
    left = min([head.i, *(t.i for t in head.subtree if t.i < head.i and t.i >= first)])
    while left < head.i and (
        doc[left].dep_ in _DROP_LEFT
        or doc[left].like_num
        or doc[left].is_punct
        or doc[left].lower_ in _QUANT_ADJ
    ):
        if doc[left].like_num and not doc[left].whitespace_ and doc[left + 1].is_alpha:
            break  # "155mm ammunition": a number glued to a unit is part of the name
        left += 1
    return doc[left].idx, head.idx + len(head.text)


def _people_when_bare(head: Any) -> bool:
    """ "200 fighters" are people, "13 MiG-29 fighters" are aircraft: a modifier decides."""
    if head.lemma_.lower() not in set(_item_lexicon()["people_when_bare"]):
        return False
    return not any(
        c.dep_ in ("compound", "nmod", "amod") and c.pos_ in ("PROPN", "NOUN", "X") for c in head.lefts
    )


def _approx_before(text: str, start: int) -> bool:
    words = _item_lexicon()["approx_words"]
    return bool(re.search(rf"(?i:\b(?:{_alt(words)}))\s+$", text[max(0, start - 25) : start]))


def _items_from_doc(text: str, doc: Any, money: list[Amount]) -> list[Item]:
    lex = _item_lexicon()
    units = set(lex["units"])
    items: list[Item] = []
    misparsed: list[int] = []
    for tok in doc:
        if (
            not tok.like_num
            or tok.dep_ not in ("nummod", "quantmod", "compound")
            and tok.head.pos_ not in ("NOUN", "PROPN")
        ):
            continue
        if tok.head.like_num and tok.head.i > tok.i and tok.dep_ in ("compound", "quantmod", "nummod"):
            continue  # "5" of "5 million light bulbs": the top number token reads the whole number
        prev = doc[tok.i - 1] if tok.i else None
        if (
            prev is not None
            and prev.pos_ in ("NOUN", "PROPN")
            and prev.dep_ not in ("dative", "nsubj", "dobj")
        ):
            continue  # "Source of Aid 4 specifies": a number right after a noun labels it
        head = tok.head
        while head.like_num and head.head.i != head.i and head.dep_ in ("nummod", "compound", "quantmod"):
            head = head.head
        # "20 Bushmaster Protected Mobility Vehicles": the number hangs on a modifier of the real head.
        while (
            head.dep_ in ("compound", "nmod", "amod")
            and head.head.i > head.i
            and head.head.pos_ in ("NOUN", "PROPN")
        ):
            head = head.head
        if head.pos_ in ("NOUN", "PROPN") and head.i < tok.i:
            continue  # "Source of Aid 2", "section 7": a number after its noun is a label, not a count
        if head.pos_ not in ("NOUN", "PROPN"):
            misparsed.append(tok.idx)
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.text == "-" and tok.i + 2 < len(doc):
            if doc[tok.i + 2].lemma_.lower() in _item_lexicon()["measure_adjectives"]:
                continue  # "six-feet high winglets", "a 10-year plan"
            nxt = doc[tok.i + 2]
        if nxt is not None and (nxt.lower_ in _CALIBRES or nxt.lower_.split("-")[0] in _CALIBRES):
            continue  # "152 mm field guns": a calibre, not a count
        if tok.ent_type_ in _NOT_COUNT_ENTS or re.match(r"0\d", tok.text):
            continue  # "5 years" (DATE), "16%" (PERCENT), "02-13": not counts of goods
        if not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].is_alpha:
            continue  # "155mm", "5.56mm": a calibre, not a count
        prev = doc[tok.i - 1] if tok.i else None
        if (
            prev is not None
            and prev.pos_ == "PROPN"
            and prev.dep_ in ("compound", "nmod")
            and prev.head.i >= tok.i
        ):
            continue  # "Leopard 2 tanks", "Panzerhaubitze 2000 howitzers": a model number
        count, nstart, nend = _number_of(tok)
        if count is None or any(a.start <= nstart < a.end for a in money):
            continue
        if re.search(r"^\s*(?:%|percent|per\s+cent)", text[nend : nend + 10]):
            continue
        if (
            head.lemma_.lower() in ("year", "percent")
            or re.fullmatch(r"(19|20)\d\d", tok.text)
            and head.tag_ not in ("NNS", "NNPS")
        ):
            continue
        plural = head.tag_ in ("NNS", "NNPS") or head.text.lower().endswith("s")
        if not plural and count != 1:
            misparsed.append(tok.idx)  # "20 Bushmaster protected mobility vehicles" parsed as a clause
            continue
        unit = None
        what_head = head
        if head.text.lower() in units or head.lemma_.lower() in units:
            pobj = [
                c
                for p in head.children
                if p.dep_ == "prep" and p.text.lower() == "of"
                for c in p.children
                if c.dep_ == "pobj"
            ]
            if pobj:
                unit, what_head = head.text, pobj[0]
            elif head.lemma_.lower() in _MEASURES and not any(
                c.dep_ in ("compound", "amod") for c in head.lefts
            ):
                continue  # "13 tons" alone says how much, not of what; "3 water purification units" names it
        if not _is_goods(what_head.lemma_) or not _is_goods(what_head.text):
            continue
        if _people_when_bare(what_head) or what_head.ent_type_ in _PEOPLE_ENTS:
            continue  # "200 fighters", "dozens of Russians"
        if not plural and not any(c.dep_ == "compound" or c.pos_ == "PROPN" for c in what_head.lefts):
            continue  # "one corner", "one-off": a lone singular is rarely a counted good ("one IRIS-T system" is)
        last_num = max(t.i for t in doc if t.idx < nend)
        if (
            last_num + 1 < what_head.i
            and _scale_value(doc[last_num + 1].lower_) > 1
            and len(doc[last_num + 1]) > 1
        ):
            # "7.7 mln bales": a scale word the parser did not fold into the number
            count = _times(count, _scale_value(doc[last_num + 1].lower_))
            last_num += 1
        wstart, wend = _phrase(what_head, last_num + 1 if unit is None else what_head.left_edge.i)
        what = text[wstart:wend].strip(" -")
        if not what or "\n" in text[nstart:wend]:
            continue  # a table row ("5,503,000\n    Avg shrs") is not a phrase
        if unit is None and re.fullmatch(r"\d{1,3}\.\d{3}", tok.text):
            count *= 1000  # "1.680 blankets": goods are counted in whole units, so the dot groups thousands
        start = min(nstart, wstart)
        approx = _approx_before(text, nstart)
        value: int | float = int(count) if float(count).is_integer() else count
        items.append(
            Item(
                what=what,
                count=value,
                text=text[start:wend],
                start=start,
                end=wend,
                unit=unit,
                approx=approx,
                extractor=EXTRACTOR,
            )
        )
    items.extend(_vague_items(text, doc))
    # Where the small parser got the phrase wrong, the surface reading ("NUMBER words...s") is the better guess.
    for it in _items_from_regex(text, money, vague=False):
        last = doc.char_span(it.end - 1, it.end, alignment_mode="expand")
        # ...but only when the parse agrees that the phrase ends in a plural noun ("4 specifies this" does not).
        first = doc.char_span(it.end - len(it.what), it.end - len(it.what) + 1, alignment_mode="expand")
        verb_first = first is not None and first[0].tag_ in ("VBZ", "VBP", "MD")
        if it.start in misparsed and last is not None and last[-1].tag_ in ("NNS", "NNPS") and not verb_first:
            items.append(it)
    return _dedupe(items)


def _vague_items(text: str, doc: Any) -> list[Item]:
    """ "dozens of ambulances" -> count None, approx; "a dozen drones" -> 12, approx."""
    vague = _item_lexicon()["vague"]
    out: list[Item] = []
    for m in re.finditer(rf"(?i)\b({_alt(vague)})\s+(?:of\s+)?(?:the\s+)?", text):
        key = m.group(1).lower()
        if doc is None:
            nm = re.match(r"((?:[\w-]+\s+){0,3}[\w-]+s)\b", text[m.end() :])
            if not nm:
                continue
            wstart, wend = m.end(), m.end() + nm.end(1)
            lemma = nm.group(1).split()[-1].rstrip("s")
        else:
            span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if span is None:
                continue
            tok = span[0]
            head = (
                tok
                if tok.dep_ in ("pobj", "dobj", "nsubj", "ROOT", "appos", "conj")
                and tok.pos_ in ("NOUN", "PROPN")
                else tok.head
            )
            while head.i < tok.i or head.pos_ not in ("NOUN", "PROPN"):
                if head.head.i == head.i or head.i - tok.i > 6:
                    break
                head = head.head
            if head.pos_ not in ("NOUN", "PROPN") or head.i < tok.i or head.i - tok.i > 6:
                continue
            if head.ent_type_ in _PEOPLE_ENTS:
                continue
            wstart, wend = tok.idx, head.idx + len(head.text)
            lemma = head.lemma_
        if not _is_goods(lemma):
            continue
        count = vague[key]
        out.append(
            Item(
                what=text[wstart:wend],
                count=count,
                text=text[m.start() : wend],
                start=m.start(),
                end=wend,
                approx=True,
                extractor=EXTRACTOR,
            )
        )
    return out


_REGEX_ITEM = re.compile(
    rf"(?<![\w.,$€£])(?P<n>{_DIGITS}|(?i:{_WORDNUM}))(?P<s>\s(?:thousand|million))?\s+(?:(?:more|additional|further|extra)\s+)?(?=(?P<rest>[A-Za-z][^\n]{{0,80}}))"
)
_FUNCTION_WORDS = frozenset(
    "and or of to for from with in on at the a an by which that were was are is will be as per than but nor".split()
)


def _plural_phrase(rest: str) -> str | None:
    """The longest run of content words at the start of ``rest`` that ends in a plural-looking word."""
    words = []
    for w in re.finditer(r"[A-Za-z0-9][\w-]*", rest):
        if w.group().lower() in _FUNCTION_WORDS or rest[w.start() - 1 : w.start()] not in ("", " ") and words:
            break
        words.append(w)
        if len(words) == 6:
            break
    for i in range(len(words) - 1, -1, -1):
        word = words[i].group()
        if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
            return rest[: words[i].end()]
    return None


def _items_from_regex(text: str, money: list[Amount], vague: bool = True) -> list[Item]:
    units = set(_item_lexicon()["units"])
    items: list[Item] = []
    for m in _REGEX_ITEM.finditer(text):
        if any(a.start <= m.start() < a.end for a in money):
            continue
        count = parse_number(m["n"])
        if count is None or re.fullmatch(r"(19|20)\d\d", m["n"]):
            continue
        count *= _scale_value(m["s"]) if m["s"] else 1.0
        what = _plural_phrase(m["rest"])
        if what is None or "\n" in text[m.start() : m.start("rest") + len(what)]:
            continue
        unit, wstart = None, m.start("rest")
        of = re.match(r"\s+of\s+", m["rest"][len(what) :])
        if what.lower() in units and of:
            # "70,000 tons of thermal coal": the good is the complement; take its words up to a function word.
            tail = m["rest"][len(what) + of.end() :]
            words = re.match(
                r"(?:[A-Za-z0-9][\w-]*)(?:\s+(?!(?:and|or|to|for|from|with|in|on|at|by)\b)[A-Za-z0-9][\w-]*){0,3}",
                tail,
            )
            if not words:
                continue
            unit, wstart = what, m.start("rest") + len(what) + of.end()
            what = words.group()
        elif what.lower() in units:
            continue
        last = what.split()[-1].lower()
        if (
            not _is_goods(last)
            or not _is_goods(last.rstrip("s"))
            or last.rstrip("s") in _item_lexicon()["people_when_bare"]
            and " " not in what
        ):
            continue
        end = wstart + len(what)
        value: int | float = int(count) if float(count).is_integer() else count
        items.append(
            Item(what=what, count=value, text=text[m.start() : end], start=m.start(), end=end, unit=unit,
                 approx=_approx_before(text, m.start()), extractor=EXTRACTOR)
        )  # fmt: skip
    if vague:
        items.extend(_vague_items(text, None))
    return _dedupe(items)


def _dedupe(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    for it in sorted(items, key=lambda i: (i.start, i.start - i.end)):
        if not any(it.start < o.end and o.start < it.end for o in out):
            out.append(it)
    return out


def find_items(text: str, doc: Any = None) -> list[Item]:
    """Counted material goods in ``text`` ("five mobile gas turbine generators").

    Args:
        text: the document body (offsets refer to it).
        doc: the spaCy parse of ``text``; without it a regex reads "NUMBER words...s".

    Returns:
        :class:`Item` records in text order; ``what`` is the noun phrase without determiners
        or the number, ``unit`` the measure noun of "70,000 tons of thermal coal".

    Example:
        >>> [(i.what, i.count) for i in find_items("It sent 300 trucks and 2,000 troops.")]
        [('trucks', 300)]
    """
    money = find_amounts(text)
    if doc is None:
        return _items_from_regex(text, money)
    return _items_from_doc(text, doc, money)


def items_in(span_text: str, doc: Any = None) -> list[Item]:
    """Goods named in an object phrase, counted or not ("a batch of Patriot missiles" -> count None).

    For the event extractor: call it on the object of an AID/transfer verb. Offsets are into
    ``span_text``. Parses ``span_text`` with the shared spaCy pipeline when ``doc`` is not given.

    Example:
        >>> [(i.what, i.count) for i in items_in("Patriot missiles and 5 tanks")]
        [('Patriot missiles', None), ('tanks', 5)]
    """
    if doc is None:
        from ..parse import load

        doc = load()(span_text)
    counted = find_items(span_text, doc)
    out = list(counted)
    for chunk in doc.noun_chunks:
        if any(c.start < chunk.end_char and chunk.start_char < c.end for c in out):
            continue
        item = uncounted_goods(chunk.root)
        if item is not None:
            out.append(item)
    return sorted(out, key=lambda i: i.start)


def uncounted_goods(head: Any) -> Item | None:
    """The goods a noun names without a number, read from an existing parse.

    ``head`` is the noun heading an object phrase ("would send the U.S. Patriot missiles",
    "gave Nicaragua military hardware"): a plural noun, or a mass noun of the lexicon's
    ``mass_goods``, that is goods (not money, a unit or a people noun). The phrase keeps the
    head's modifiers but not determiners, numbers, or a nationality naming a party.
    Offsets are into ``head.doc.text``.

    Example:
        >>> from dateline.parse import load
        >>> doc = load()("Japan would send the U.S. Patriot missiles.")
        >>> uncounted_goods(doc[6]).what
        'Patriot missiles'
    """
    lemma = head.lemma_.lower()
    mass = lemma in set(_item_lexicon()["mass_goods"])
    # "an IRIS-T air defence system", "another Patriot battery": one piece of equipment
    single = (
        head.tag_ in ("NN", "NNP")
        and lemma in set(_item_lexicon()["single_goods"])
        and any(
            c.lower_ in ("a", "an", "another", "one") for c in head.children if c.dep_ in ("det", "nummod")
        )
        # "a system of checks", "a battery of tests": a collective, not a piece of equipment
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    )
    if not (head.tag_ in ("NNS", "NNPS") or mass or single) or head.ent_type_ in ("MONEY", "GPE", "NORP"):
        return None
    if not _is_goods(lemma) or not _is_goods(head.text):
        return None
    unit_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    if head.text.lower() in set(_item_lexicon()["units"]) and unit_of:
        return None  # "tons of wheat": the goods are the complement; "send tanks": tanks are goods
    toks = [
        t
        for t in head.subtree
        if t.i <= head.i
        and t.dep_ not in ("det", "poss", "predet")
        and not t.like_num
        and t.ent_type_ not in ("GPE", "NORP")
    ]
    if not toks:
        return None
    text = head.doc.text
    start, end = toks[0].idx, head.idx + len(head.text)
    return Item(
        what=text[start:end],
        count=1 if single else None,
        text=text[start:end],
        start=start,
        end=end,
        extractor=EXTRACTOR,
    )
