"""A small learned event typer: one PLOVER type (or NONE) per sentence.

The model is a multinomial logistic regression over sparse features read from the
spaCy parse: lemmas, lemma bigrams, the root verb with its object and its
clausal complement, the modals and negation on the root, a few dependency
arcs, and the PLOVER types that the trigger lexicon (``data/events/lexicon.json``)
gives the sentence's words. It was trained on *silver* sentences from Reuters-21578 and PolNeAR that
the project annotated by hand (``training/event_types/silver.jsonl``; rebuild with
``python scripts/train_event_typer.py``), never on the gold files it is measured
with.

It complements the lexicon trigger rules of :mod:`dateline.extract.events`:
the rules are precise when a listed trigger is found, the classifier still has
an opinion when none is, and it can veto a rule type it finds very unlikely
(see :func:`combine`).

Example:
    >>> from dateline.extract.typer import classify, combine
    >>> probs = classify(["Rebels shelled the city overnight."])[0]
    >>> max(probs, key=probs.get)
    'ASSAULT'
    >>> combine(None, probs)
    'ASSAULT'
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
from spacy.tokens import Doc, Span

from ..errors import ConfigError
from ..records import PLOVER_TYPES

MODEL_NAME = "dateline.event_typer"
MODEL_VERSION = "1"

NONE = "NONE"
TYPES = PLOVER_TYPES
LABELS = (*TYPES, NONE)

_MODEL_DIR = ("data", "models", "event_typer")
_MODALS = {"will", "would", "must", "should", "could", "may", "might", "can", "shall"}
_ARCS = {"dobj", "xcomp", "ccomp", "prep", "pobj", "agent", "nsubjpass", "advcl", "conj", "acomp", "attr"}

# combine() thresholds, chosen on the silver hold-out (never on the gold), see
# training/event_types/README.md: a NONE veto at 0.7 raised sentence accuracy there from
# 0.53 to 0.60 and cost about one event sentence in a hundred; the type veto needs a sure
# classifier (0.6) that gives the rule's type almost nothing (< 0.05).
NONE_VETO = 0.7
TYPE_VETO = 0.6
_VETO_FLOOR = 0.05


def sentence_features(sent: Span | Doc) -> list[str]:
    """The sparse features of one parsed sentence (or short text).

    Args:
        sent: a spaCy sentence span, or a whole ``Doc`` (then every sentence's root counts).

    Returns:
        Feature strings, duplicates removed, in first-seen order.
    """
    feats: dict[str, None] = {}

    def add(f: str) -> None:
        feats.setdefault(f, None)

    words = [t for t in sent if not (t.is_punct or t.is_space or t.like_num)]
    lemmas = [_lemma(t) for t in words]
    for lem in lemmas:
        add(f"w={lem}")
    for a, b in zip(lemmas, lemmas[1:], strict=False):
        add(f"b={a}_{b}")
    roots = [s.root for s in sent.sents] if isinstance(sent, Doc) else [sent.root]
    for root in roots:
        r = _lemma(root)
        add(f"root={r}")
        for c in root.children:
            if c.dep_ == "neg":
                add("root_neg")
            elif c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS:
                add(f"root_md={c.lower_}")
            elif c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "attr", "acomp", "nsubjpass"):
                add(f"root_{c.dep_}={r}>{_lemma(c)}")
                # "said (that) Y must ...": the modal and verb of the reported clause
                if c.dep_ in ("ccomp", "xcomp"):
                    for g in c.children:
                        if g.dep_ in ("aux", "auxpass") and g.lower_ in _MODALS:
                            add(f"comp_md={g.lower_}")
                        elif g.dep_ == "dobj":
                            add(f"comp_dobj={_lemma(c)}>{_lemma(g)}")
                        elif g.dep_ == "neg":
                            add("comp_neg")
    for t in words:
        if t.pos_ in ("VERB", "NOUN") and t.dep_ in _ARCS:
            add(f"arc={t.dep_}:{_lemma(t.head)}>{_lemma(t)}")
    # The trigger lexicon as a prior: a word the lexicon lists under a type fires that
    # type's feature, so a trigger absent from the silver data still counts, and words
    # added to the lexicon later reach the classifier without retraining.
    lex = _lexicon()
    for t in words:
        table = lex.verbs if t.pos_ == "VERB" else lex.nouns if t.pos_ in ("NOUN", "PROPN") else {}
        for etype, _mode in table.get(t.lemma_.lower(), ()):
            add(f"lex={etype}")
            if t.dep_ == "ROOT" or t.head.dep_ == "ROOT":
                add(f"lexroot={etype}")
    return list(feats)


def _lexicon():  # noqa: ANN202 - dateline.extract.events.Lexicon
    # imported here: the event extractor may import this module to combine types
    from .events import load_lexicon

    return load_lexicon()


def _lemma(tok) -> str:  # noqa: ANN001 - a spaCy Token
    lem = tok.lemma_.lower() if tok.lemma_ else tok.lower_
    return lem if lem.isascii() else tok.lower_


@dataclass(frozen=True)
class Model:
    """A trained linear typer: feature index, weights (features x labels) and biases."""

    labels: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray

    def predict(self, features: Sequence[Sequence[str]]) -> list[dict[str, float]]:
        """Label probabilities for each feature list."""
        out = []
        for feats in features:
            idx = [self.index[f] for f in feats if f in self.index]
            # rows are L2-normalised binary vectors, as in training
            scores = self.bias.copy()
            if idx:
                scores = scores + self.weights[idx].sum(axis=0) / math.sqrt(len(idx))
            scores = scores - scores.max()
            p = np.exp(scores)
            p = p / p.sum()
            out.append({lab: float(v) for lab, v in zip(self.labels, p, strict=True)})
        return out


def model_dir():  # noqa: ANN201 - an importlib Traversable
    """Where the shipped model files live inside the package."""
    return resources.files("dateline").joinpath(*_MODEL_DIR)


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The shipped model, read once per process from package data."""
    folder = model_dir()
    try:
        meta = json.loads(folder.joinpath("meta.json").read_text(encoding="utf-8"))
        with folder.joinpath("weights.npz").open("rb") as fh:
            arrays = np.load(fh, allow_pickle=False)
            weights, bias = arrays["weights"], arrays["bias"]
    except FileNotFoundError as exc:  # pragma: no cover - install problem
        raise ConfigError(
            f"event typer model missing under {folder}; rebuild it with: python scripts/train_event_typer.py"
        ) from exc
    if meta.get("version") != MODEL_VERSION:  # pragma: no cover - stale files
        raise ConfigError(
            f"event typer model version {meta.get('version')!r} does not match the code's {MODEL_VERSION!r}; "
            "rebuild it with: python scripts/train_event_typer.py"
        )
    index = {f: i for i, f in enumerate(meta["features"])}
    return Model(tuple(meta["labels"]), index, weights.astype(np.float32), bias.astype(np.float32))


def classify_sents(sents: Iterable[Span | Doc]) -> list[dict[str, float]]:
    """Type already-parsed sentences (no second parse in the pipeline).

    Returns:
        One dict per sentence mapping every PLOVER type and ``NONE`` to a probability (sum 1).
    """
    return load_model().predict([sentence_features(s) for s in sents])


def classify(texts: list[str]) -> list[dict[str, float]]:
    """Type short texts (normally one sentence each) with the shipped model.

    Args:
        texts: sentences; each is parsed with the shared spaCy pipeline.

    Returns:
        One dict per text mapping every PLOVER type and ``NONE`` to a probability (sum 1).

    Example:
        >>> p = classify(["Police arrested twelve opposition activists."])[0]
        >>> max(p, key=p.get)
        'COERCE'
    """
    from ..parse import load

    return classify_sents(load().pipe(texts))


def combine(rule_type: str | None, probs: dict[str, float], *, none_veto: float = NONE_VETO) -> str | None:
    """Merge the lexicon rule's type for a sentence with the classifier's probabilities.

    1. No trigger fired (``rule_type`` None): the classifier's top label, None for ``NONE``.
    2. A trigger fired but the classifier puts at least ``none_veto`` on ``NONE``: None.
       Trigger words often appear without an event ("the aid debate", "attacks on the
       bill"); pass ``none_veto=1.0`` where every sentence is known to hold an event.
    3. A trigger fired and the classifier is sure (``TYPE_VETO``, 0.6) of another type
       while giving the rule's type less than 0.05: the classifier's type.
    4. Otherwise the rule's type: a listed trigger is strong evidence.

    Args:
        rule_type: the type from :func:`dateline.extract.events.sentence_type`, or None.
        probs: one result of :func:`classify`.
        none_veto: the ``NONE`` probability at which a rule's event is dropped.

    Returns:
        A PLOVER type, or None when the sentence holds no event.

    Example:
        >>> combine("ACCUSE", {"ACCUSE": 0.3, "REJECT": 0.5, "NONE": 0.2})
        'ACCUSE'
        >>> combine("ACCUSE", {"ACCUSE": 0.01, "ASSAULT": 0.9, "NONE": 0.09})
        'ASSAULT'
        >>> combine("AID", {"AID": 0.1, "NONE": 0.9}) is None
        True
        >>> combine(None, {"CONSULT": 0.3, "NONE": 0.7}) is None
        True
    """
    top = max(probs, key=probs.__getitem__) if probs else NONE
    if rule_type is None:
        return None if top == NONE else top
    if probs.get(NONE, 0.0) >= none_veto:
        return None
    if top not in (NONE, rule_type) and probs[top] >= TYPE_VETO and probs.get(rule_type, 0.0) < _VETO_FLOOR:
        return top
    return rule_type
