"""The result of an evaluation run, and how it is shown (a text table or JSON).

A :class:`Report` holds flat figures (``{"entities.f1": 0.82, ...}``) for the
whole run and, for gold-file runs, one :class:`~dateline.evaluate.gold.DocScore`
per article, whose misses ``--explain`` prints.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..errors import EvalError
from .gold import LISTS, DocScore

#: Short column titles of the per-article table, with the figure each shows.
_COLUMNS = (
    ("ents F1", "entities.f1"),
    ("dates F1", "dates.f1"),
    ("val", "dates.value_acc"),
    ("dq F1", "quotes_direct.f1"),
    ("dq spk", "quotes_direct.speaker_acc"),
    ("iq F1", "quotes_indirect.f1"),
    ("iq spk", "quotes_indirect.speaker_acc"),
    ("ev P", "events.p"),
    ("ev R", "events.r"),
    ("ev F1", "events.f1"),
    ("must_not", "must_not"),
    ("body", "body_ok"),
    ("pub", "published_ok"),
)


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


@dataclass
class Report:
    """Figures of one evaluation run.

    Attributes:
        target: the gold folder or data set path evaluated.
        dataset: the data set name, or None for gold files.
        figures: flat ``name -> number`` (None when a figure has nothing to judge).
        documents: per-article scores (gold-file runs only).
        total: the summed score (gold-file runs only).
        explain: whether :meth:`render` lists every miss.
        warnings: things the reader should know (an extractor not implemented, ...).
        extra: non-numeric results of a data set module (failure samples, ...), shown in JSON only.
    """

    target: str
    dataset: str | None = None
    figures: dict[str, Any] = field(default_factory=dict)
    documents: list[DocScore] = field(default_factory=list)
    total: DocScore | None = None
    explain: bool = False
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        """Totals in the reference scorer's ``--json`` shape (gold runs), else the figures."""
        return self.total.summary() if self.total is not None else dict(self.figures)

    def to_dict(self) -> dict[str, Any]:
        """Everything as plain JSON-able data."""
        out: dict[str, Any] = {"target": self.target, "dataset": self.dataset, "figures": self.figures}
        if self.total is not None:
            out["total"] = self.total.summary()
            out["documents"] = []
            for d in self.documents:
                entry: dict[str, Any] = {"doc": d.doc, "figures": d.figures()}
                if self.explain:
                    entry["misses"] = [vars(m) for m in d.misses]
                out["documents"].append(entry)
        if self.extra:
            out["extra"] = self.extra
        if self.warnings:
            out["warnings"] = self.warnings
        return out

    def render(self, fmt: str = "table") -> str:
        """The report as text.

        Args:
            fmt: ``"table"`` (a row per article and a total row, then the
                explanations when asked for) or ``"json"``.

        Raises:
            EvalError: an unknown format.
        """
        if fmt == "json":
            return json.dumps(self.to_dict(), indent=1, ensure_ascii=False)
        if fmt != "table":
            raise EvalError(f"unknown report format {fmt!r}; use 'table' or 'json'")
        lines = [f"# {self.dataset or 'gold'}: {self.target}"]
        lines += [f"warning: {w}" for w in self.warnings]
        if self.total is None:
            width = max((len(k) for k in self.figures), default=0)
            lines += [f"{k.ljust(width)}  {_fmt(v)}" for k, v in self.figures.items()]
            return "\n".join(lines)
        lines += self._table()
        lines += self._accuracies()
        if self.explain:
            lines += self._explanations()
        return "\n".join(lines)

    def _table(self) -> list[str]:
        rows = [["doc", *(title for title, _ in _COLUMNS)]]
        for d in [*self.documents, self.total]:
            assert d is not None
            figs = d.figures()
            rows.append([d.doc, *(_fmt(figs[key]) for _, key in _COLUMNS)])
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        out = [
            "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
            for r in rows
        ]
        out.insert(len(out) - 1, "-" * len(out[0]))
        return out

    def _accuracies(self) -> list[str]:
        assert self.total is not None
        figs = self.total.figures()
        out = ["", "total:"]
        for name in LISTS:
            parts = [
                f"P {_fmt(figs[name + '.p'])}",
                f"R {_fmt(figs[name + '.r'])}",
                f"F1 {_fmt(figs[name + '.f1'])}",
                f"({figs[name + '.tp']} of sys {figs[name + '.sys']}, gold {figs[name + '.gold']})",
            ]
            parts += [
                f"{k.split('.', 1)[1]} {_fmt(v)}"
                for k, v in figs.items()
                if k.startswith(name + ".") and k.endswith("_acc")
            ]
            out.append(f"  {name:16} " + "  ".join(parts))
        out.append(
            f"  must_not {self.total.must_not}  body_ok {self.total.body_ok}/{self.total.ndocs}  "
            f"published_ok {self.total.published_ok}/{self.total.ndocs}"
        )
        return out

    def _explanations(self) -> list[str]:
        out = []
        for d in self.documents:
            misses = d.misses
            if not misses:
                continue
            out += ["", f"## {d.doc}"]
            for m in misses:
                tag = {
                    "false_positive": "FP",
                    "false_negative": "FN",
                    "wrong": "WRONG",
                    "must_not": "MUST_NOT",
                }[m.kind]
                line = f"  {tag:8} {m.list:16} {m.what}"
                if m.evidence:
                    line += f"\n{'':28}evidence: {m.evidence!r}"
                out.append(line)
        return out
