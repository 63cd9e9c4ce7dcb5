"""PolNeAR evaluation of the quote extractor (``dateline.extract.quotes.find_attributions``).

PolNeAR's attributions are wider than dateline's quotes ("who said what"): they
include beliefs, wishes and stances ("X wants to", "X endorsed Y"). The figures
are therefore of ``find_attributions``, which is ``find_quotes`` plus those.

PolNeAR (Newell, Margolin, Ruths, LREC 2018) annotates attributions in US political
news: a source span, a cue span and one or more content spans, as character offsets
into ``<split>/text/<doc>.txt``; ``<split>.jsonl`` holds one attribution a line
(``doc, source_spans, cue_spans, content_spans, has_source, content_has_quote_marks``).

How the system's quotes become attributions: quotes that share one cue span (a quote
continued after ``"...," he said. "..."``, a quote and its continuation paragraphs)
are one attribution whose content is the union of their spans; every other quote is an
attribution of its own. The speaker mention (``speaker_start/end``) is the source span.
PolNeAR's content of a quote inside reported speech is the whole complement
('told reporters that waterboarding is "peanuts," compared to ...'), where dateline
records the quoted words, so a direct quote also contributes its reported clause
(``dateline.extract.quotes.reported_clause``).

Figures (each a precision/recall/F1 with one-to-one greedy matching, best overlap first):

* ``content@50``: a system and a gold content match when they share at least half of
  the tokens of each (word tokens, so quote marks and punctuation do not count).
* ``content_exact``: the token sets are equal after dropping a leading "that"
  (PolNeAR keeps the complementiser; ``find_quotes`` does not, ``find_attributions``
  and ``reported_clause`` do).
* ``source``: over the content@50 matches where both sides have a source span, the
  spans overlap (precision over system sources, recall over gold sources among the
  matches); ``source_e2e`` counts the same hits over all attributions.
* ``cue``: likewise for the cue span.

Each figure is given on all attributions (``all.*``) and on those whose gold content
stands in quote marks, against the system's direct quotes (``quoted.*``). PolNeAR's
``content_has_quote_marks`` misses quotes written with two apostrophes (the New York
Times texts), so those count as quoted too (``quoted_gold``).
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..clean import document_id
from ..errors import EvalError
from ..extract.quotes import find_attributions, reported_clause
from ..parse import parse_many
from ..records import Document, Quote
from ..resolve.actors import resolve_actors

_WORD = re.compile(r"\w+")

Span = tuple[int, int]


def _locate(path: Path, split: str) -> tuple[Path, Path]:
    """The ``<split>.jsonl`` file and the folder of texts for a data-set path."""
    if path.is_file():
        return path, path.parent / path.stem / "text"
    jsonl = path / f"{split}.jsonl"
    if not jsonl.is_file():
        raise EvalError(f"{path}: no {split}.jsonl; point at the polnear folder of ../shared/data")
    return jsonl, path / split / "text"


def load(path: Path, *, split: str = "dev", limit: int | None = None) -> dict[str, list[dict[str, Any]]]:
    """Gold attributions per document, documents in sorted order.

    Args:
        path: the PolNeAR folder (holding ``<split>.jsonl``) or the JSON lines file itself.
        split: ``dev`` or ``train`` (ignored when ``path`` is a file).
        limit: keep only the first ``limit`` documents.

    Returns:
        ``{doc: [attribution, ...]}``.
    """
    jsonl, _ = _locate(path, split)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with jsonl.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalError(f"{jsonl}:{lineno}: not a JSON object ({exc.msg})") from exc
            by_doc[row["doc"]].append(row)
    docs = sorted(by_doc)[:limit]
    return {d: by_doc[d] for d in docs}


def _tokens(text: str, spans: list[Span], *, drop_that: bool = False) -> frozenset[int]:
    """Start offsets of the word tokens inside ``spans``."""
    out: list[int] = []
    for s, e in spans:
        words = [m.start() for m in _WORD.finditer(text, s, e)]
        if drop_that and words and text[words[0] : words[0] + 5].lower() == "that ":
            words = words[1:]
        out.extend(words)
    return frozenset(out)


def _overlaps(a: list[Span], b: list[Span]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def system_attributions(quotes: list[Quote], doc: Doc | None = None) -> list[dict[str, Any]]:
    """Group quotes into attributions (one per cue span; cue-less quotes alone).

    Args:
        quotes: the output of ``find_attributions`` (or ``find_quotes``) for one document.
        doc: its parse; when given, a direct quote inside reported speech counts with
            the whole reported clause, PolNeAR's extent for content (``reported_clause``).

    Returns:
        Dicts with ``content`` (spans), ``source`` and ``cue`` (span lists) and ``direct``.
    """
    groups: dict[Any, dict[str, Any]] = {}
    for i, q in enumerate(quotes):
        key: Any = (q.cue_start, q.cue_end) if q.cue_start is not None else ("alone", i)
        g = groups.setdefault(key, {"content": [], "source": [], "cue": [], "direct": False})
        g["content"].extend(list(q.parts) or [(q.start, q.end)])
        if doc is not None and q.direct and not q.parts:
            g["content"].append(reported_clause(doc, q))
        if q.speaker_start is not None and q.speaker_end is not None:
            g["source"].append((q.speaker_start, q.speaker_end))
        if q.cue_start is not None and q.cue_end is not None:
            g["cue"] = [(q.cue_start, q.cue_end)]
        g["direct"] = g["direct"] or q.direct
    return list(groups.values())


def quoted_gold(row: dict[str, Any]) -> bool:
    """Whether a gold attribution's content stands in quote marks.

    PolNeAR's ``content_has_quote_marks`` misses the ASCII form of the New York Times
    texts, where a double mark is written as two apostrophes (''like this''), so that
    form is recognised here too.
    """
    return bool(row["content_has_quote_marks"]) or "''" in row.get("content", "")


def _prf(tp: int, nsys: int, ngold: int) -> dict[str, float]:
    p = tp / nsys if nsys else 0.0
    r = tp / ngold if ngold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


class _Tally:
    def __init__(self) -> None:
        self.n: dict[str, int] = defaultdict(int)

    def add(self, text: str, sys: list[dict[str, Any]], gold: list[dict[str, Any]]) -> None:
        n = self.n
        n["sys"] += len(sys)
        n["gold"] += len(gold)
        n["sys_src"] += sum(1 for s in sys if s["source"])
        n["gold_src"] += sum(1 for g in gold if g["source_spans"])
        n["sys_cue"] += sum(1 for s in sys if s["cue"])
        n["gold_cue"] += sum(1 for g in gold if g["cue_spans"])
        stoks = [_tokens(text, s["content"]) for s in sys]
        gtoks = [_tokens(text, [tuple(x) for x in g["content_spans"]]) for g in gold]
        # one-to-one matching at 50% overlap, best pairs first
        pairs = []
        for i, st in enumerate(stoks):
            for j, gt in enumerate(gtoks):
                inter = len(st & gt)
                if st and gt and inter >= 0.5 * len(st) and inter >= 0.5 * len(gt):
                    pairs.append((inter / max(len(st), len(gt)), i, j))
        used_s: set[int] = set()
        used_g: set[int] = set()
        for _, i, j in sorted(pairs, reverse=True):
            if i in used_s or j in used_g:
                continue
            used_s.add(i)
            used_g.add(j)
            s, g = sys[i], gold[j]
            n["content50"] += 1
            gsrc = [tuple(x) for x in g["source_spans"]]
            gcue = [tuple(x) for x in g["cue_spans"]]
            if s["source"] and gsrc:
                n["m_both_src"] += 1
                n["src_hit"] += _overlaps(s["source"], gsrc)
            n["m_sys_src"] += bool(s["source"])
            n["m_gold_src"] += bool(gsrc)
            if s["cue"] and gcue:
                n["cue_hit"] += _overlaps(s["cue"], gcue)
            n["m_sys_cue"] += bool(s["cue"])
            n["m_gold_cue"] += bool(gcue)
        # exact content: separate one-to-one matching on equal token sets
        gexact = [_tokens(text, [tuple(x) for x in g["content_spans"]], drop_that=True) for g in gold]
        sexact = [_tokens(text, s["content"], drop_that=True) for s in sys]
        free = list(range(len(gexact)))
        for st in sexact:
            j = next((j for j in free if gexact[j] == st and st), None)
            if j is not None:
                free.remove(j)
                n["exact"] += 1

    def figures(self) -> dict[str, Any]:
        n = self.n
        return {
            "content@50": _prf(n["content50"], n["sys"], n["gold"]),
            "content_exact": _prf(n["exact"], n["sys"], n["gold"]),
            "source": _prf(n["src_hit"], n["m_sys_src"], n["m_gold_src"]),
            "source_e2e": _prf(n["src_hit"], n["sys_src"], n["gold_src"]),
            "cue": _prf(n["cue_hit"], n["m_sys_cue"], n["m_gold_cue"]),
            "cue_e2e": _prf(n["cue_hit"], n["sys_cue"], n["gold_cue"]),
            "n_sys": n["sys"],
            "n_gold": n["gold"],
        }


def evaluate(path: Path, *, limit: int | None = None, split: str = "dev") -> dict[str, Any]:
    """Run the quote extractor over PolNeAR texts and score it.

    Args:
        path: the PolNeAR folder (``../shared/data/polnear``) or a ``<split>.jsonl`` file.
        limit: evaluate only the first ``limit`` documents (sorted by name).
        split: ``dev`` (to measure) or ``train`` (to study).

    Returns:
        Flat figures: ``all.content@50.f1``, ``quoted.source.f1``, ..., the document and
        word counts and the quote stage's speed in words per second.

    Raises:
        EvalError: the data set is missing or malformed.
    """
    path = Path(path)
    gold = load(path, split=split, limit=limit)
    _, text_dir = _locate(path, split)
    documents = []
    for doc in gold:
        txt = text_dir / f"{doc}.txt"
        if not txt.is_file():
            raise EvalError(f"{txt}: missing PolNeAR text for document {doc}")
        body = txt.read_text(encoding="utf-8")
        pub = gold[doc][0].get("publication_date")
        documents.append(Document(document_id(body, pub), str(txt), body, pub, format="txt"))
    all_t, quoted_t = _Tally(), _Tally()
    words = 0
    seconds = 0.0
    for doc_name, parsed in zip(gold, parse_many(documents), strict=True):
        text = parsed.document.body
        actors = resolve_actors(parsed)
        t0 = time.perf_counter()
        quotes = find_attributions(parsed, actors)
        seconds += time.perf_counter() - t0
        words += len(_WORD.findall(text))
        sys = system_attributions(quotes, parsed.doc)
        rows = gold[doc_name]
        all_t.add(text, sys, rows)
        quoted_t.add(text, [s for s in sys if s["direct"]], [g for g in rows if quoted_gold(g)])
    out: dict[str, Any] = {"documents": len(gold), "words": words}
    for prefix, tally in (("all", all_t), ("quoted", quoted_t)):
        for name, value in tally.figures().items():
            if isinstance(value, dict):
                for k, v in value.items():
                    out[f"{prefix}.{name}.{k}"] = v
            else:
                out[f"{prefix}.{name}"] = value
    out["quote_stage_words_per_second"] = round(words / seconds) if seconds else None
    return out
