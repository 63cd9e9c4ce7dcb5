"""Rebuild the learned event typer from the silver sentences, in one command.

    python scripts/train_event_typer.py [--data training/event_types/silver.jsonl]
                                        [--out src/dateline/data/models/event_typer] [--seed 0]

1. Parse every silver sentence with dateline's spaCy pipeline and read its features
   (:func:`dateline.extract.typer.sentence_features`).
2. Split 80/20, stratified by label, with a fixed seed; train on the 80 % and print
   accuracy and macro F1 on the held-out 20 %.
3. Retrain on all sentences with the same settings and write ``meta.json`` and
   ``weights.npz`` into the package's model folder.

The model is a multinomial logistic regression (softmax) trained by full-batch Adam
with L2 regularisation, in numpy: no scikit-learn. Classes are weighted by the
inverse square root of their frequency so that the rare types (COOPERATE, MOBILIZE)
are not drowned by NONE.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

import numpy as np

from dateline.extract.events import sentence_type
from dateline.extract.typer import LABELS, MODEL_NAME, MODEL_VERSION, NONE, Model, combine, sentence_features
from dateline.parse import load

ROOT = Path(__file__).resolve().parent.parent
MIN_COUNT = 2  # a feature seen in one training sentence only is noise
EPOCHS = 300
LEARNING_RATE = 0.05
L2 = 1e-4  # best of 3e-4, 1e-4, 3e-5 on the silver hold-out (three seeds)


def read(path: Path) -> list[dict]:
    """The silver records, checking every label is a known one."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    bad = {r["label"] for r in rows} - set(LABELS)
    if bad:
        raise SystemExit(f"{path}: unknown labels {sorted(bad)}; expected one of {LABELS}")
    return rows


def split(rows: list[dict], seed: int, held_out: float = 0.2) -> tuple[list[int], list[int]]:
    """A stratified train/test split of row indices."""
    rng = random.Random(seed)
    train, test = [], []
    by_label: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_label.setdefault(r["label"], []).append(i)
    for label in sorted(by_label):
        idx = by_label[label]
        rng.shuffle(idx)
        n = max(1, round(len(idx) * held_out))
        test += idx[:n]
        train += idx[n:]
    return sorted(train), sorted(test)


def matrix(feats: list[list[str]], index: dict[str, int]) -> np.ndarray:
    """Dense L2-normalised binary rows (the data are small enough for dense)."""
    x = np.zeros((len(feats), len(index)), dtype=np.float32)
    for i, fs in enumerate(feats):
        cols = [index[f] for f in fs if f in index]
        if cols:
            x[i, cols] = 1.0 / np.sqrt(len(cols))
    return x


def fit(feats: list[list[str]], labels: list[str], seed: int) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Train the softmax regression; return (feature list, weights, bias)."""
    counts = Counter(f for fs in feats for f in fs)
    features = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(features)}
    x = matrix(feats, index)
    y = np.array([LABELS.index(lab) for lab in labels])
    n, k = len(y), len(LABELS)
    onehot = np.zeros((n, k), dtype=np.float32)
    onehot[np.arange(n), y] = 1.0
    freq = np.bincount(y, minlength=k).astype(np.float32)
    cw = np.where(freq > 0, np.sqrt(n / (k * np.maximum(freq, 1))), 0.0).astype(np.float32)
    sw = cw[y][:, None]
    rng = np.random.default_rng(seed)
    w = (rng.standard_normal((x.shape[1], k)) * 0.01).astype(np.float32)
    b = np.zeros(k, dtype=np.float32)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, EPOCHS + 1):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sw / sw.sum()
        gw = x.T @ g + L2 * w
        gb = g.sum(axis=0)
        for param, grad, m, v in ((w, gw, m_w, v_w), (b, gb, m_b, v_b)):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            param -= LEARNING_RATE * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + eps)
    return features, w, b


def predict(features: list[str], w: np.ndarray, b: np.ndarray, feats: list[list[str]]) -> list[str]:
    """Top labels for feature lists."""
    x = matrix(feats, {f: i for i, f in enumerate(features)})
    return [LABELS[i] for i in (x @ w + b).argmax(axis=1)]


def scores(gold: list[str], pred: list[str]) -> tuple[float, float]:
    """Accuracy and macro F1 over the labels present in gold or prediction."""
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    f1s = []
    for lab in sorted(set(gold) | set(pred)):
        tp = sum(g == p == lab for g, p in zip(gold, pred, strict=True))
        fp = sum(p == lab != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == lab != p for g, p in zip(gold, pred, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return acc, sum(f1s) / len(f1s)


def compare_with_rules(model: tuple, docs: list, feats: list[list[str]], gold: list[str]) -> None:
    """Print the rule typer and typer.combine on the held-out sentences (NONE = no event)."""
    features, w, b = model
    probs = Model(LABELS, {f: i for i, f in enumerate(features)}, w, b).predict(feats)
    rules = [(st[0] if (st := sentence_type(next(d.sents))) else None) for d in docs]
    for name, pred in (
        ("rule typer", rules),
        ("typer.combine", [combine(r, p) for r, p in zip(rules, probs, strict=True)]),
    ):
        pred = [p or NONE for p in pred]
        ev = [i for i, g in enumerate(gold) if g != NONE]
        acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
        acc_ev = sum(gold[i] == pred[i] for i in ev) / len(ev)
        print(f"held-out {name}: accuracy {acc:.3f}, on event sentences {acc_ev:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT / "training/event_types/silver.jsonl")
    ap.add_argument("--out", type=Path, default=ROOT / "src/dateline/data/models/event_typer")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    np.random.seed(args.seed)

    rows = read(args.data)
    docs = list(load().pipe(r["text"] for r in rows))
    feats = [sentence_features(doc) for doc in docs]
    labels = [r["label"] for r in rows]
    print(f"{len(rows)} silver sentences: {dict(Counter(labels).most_common())}")

    train, test = split(rows, args.seed)
    model = fit([feats[i] for i in train], [labels[i] for i in train], args.seed)
    gold = [labels[i] for i in test]
    pred = predict(*model, [feats[i] for i in test])
    acc, macro = scores(gold, pred)
    ev = [i for i, g in enumerate(gold) if g != "NONE"]
    acc_ev, macro_ev = scores([gold[i] for i in ev], [pred[i] for i in ev])
    print(f"held-out ({len(test)} sentences): accuracy {acc:.3f}, macro F1 {macro:.3f}")
    print(f"held-out event sentences only ({len(ev)}): accuracy {acc_ev:.3f}, macro F1 {macro_ev:.3f}")
    compare_with_rules(model, [docs[i] for i in test], [feats[i] for i in test], gold)

    features, w, b = fit(feats, labels, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    meta = {
        "name": MODEL_NAME,
        "version": MODEL_VERSION,
        "labels": list(LABELS),
        "features": features,
        "trained_on": str(args.data.relative_to(ROOT)) if args.data.is_relative_to(ROOT) else str(args.data),
        "sentences": len(rows),
        "seed": args.seed,
        "held_out": {"accuracy": round(acc, 4), "macro_f1": round(macro, 4)},
    }
    (args.out / "meta.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    np.savez_compressed(args.out / "weights.npz", weights=w.astype(np.float16), bias=b.astype(np.float32))
    print(f"wrote {args.out} ({len(features)} features)")


if __name__ == "__main__":
    main()
