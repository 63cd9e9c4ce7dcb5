"""Evaluation: the gold scorer and readers for public benchmark formats.

Two ways in:

    run(gold_dir)                      extract every ``<id>.txt`` and score it against ``<id>.json``
    run(path, dataset="tempeval3")     a public data set, by its module's ``evaluate(path, limit=)``
    score_records(gold_dir, records)   score records you already have (no extraction)

Example:
    >>> report = score_records("tests/evaluate/fixtures/gold", {})   # doctest: +SKIP
    >>> report.figures["entities.r"]                                  # doctest: +SKIP
    0.0
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import EvalError
from .gold import DocScore, combine, load_gold, load_system_record, score_document
from .report import Report

#: Data set names and the module (``dateline.evaluate.<module>``) that reads each.
DATASETS: dict[str, str] = {
    "tempeval3": "tempeval3",
    "polnear": "polnear",
    "plover-gsr": "plover_gsr",
    "kiel": "kiel",
}

__all__ = ["DATASETS", "Report", "gold_files", "run", "score_records"]


def gold_files(gold_dir: str | Path) -> list[Path]:
    """The gold files of a folder, sorted by document id.

    Raises:
        EvalError: the folder does not exist or holds no ``*.json`` file.
    """
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise EvalError(f"{folder}: not a folder; expected a GOLD_DIR of <id>.json gold files (FORMAT.md)")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise EvalError(f"{folder}: no <id>.json gold files; point at a folder such as ../shared/gold/dev")
    return files


def _report(
    target: str, pairs: list[tuple[Path, dict[str, Any]]], explain: bool, warnings: list[str]
) -> Report:
    scores: list[DocScore] = [score_document(load_gold(gp), record, doc=gp.stem) for gp, record in pairs]
    total = combine(scores)
    return Report(
        target=target,
        figures=total.figures(),
        documents=scores,
        total=total,
        explain=explain,
        warnings=warnings,
    )


def score_records(
    gold_dir: str | Path,
    records: Mapping[str, dict[str, Any]] | str | Path,
    *,
    explain: bool = False,
    limit: int | None = None,
) -> Report:
    """Score system records against the gold files of ``gold_dir``, without running extraction.

    Args:
        gold_dir: folder of ``<id>.json`` gold files.
        records: ``{doc_id: record}`` (a record is ``Article.to_json()``), or a folder
            of ``<id>.json`` system records as the reference scorer reads them.
            A gold document without a record scores as an empty system.
        explain: keep every false positive/negative for :meth:`Report.render`.
        limit: score only the first ``limit`` gold files.

    Returns:
        A :class:`Report` whose totals equal ``shared/tools/score_gold.py --json``.
    """
    files = gold_files(gold_dir)[:limit]
    if isinstance(records, str | Path):
        folder = Path(records)
        if not folder.is_dir():
            raise EvalError(f"{folder}: not a folder of <id>.json system records")
        records = {p.stem: load_system_record(p) for p in folder.glob("*.json")}
    return _report(str(gold_dir), [(gp, dict(records.get(gp.stem) or {})) for gp in files], explain, [])


def _extract_all(articles: list[Path], warnings: list[str]) -> dict[str, dict[str, Any]]:
    """Run the pipeline over the articles; a stage still unimplemented leaves empty records."""
    from ..pipeline import process
    from ..records import Article, Reject

    records: dict[str, dict[str, Any]] = {}
    try:
        results = list(process(articles))
    except NotImplementedError as exc:
        # Placeholders raise this while the pipeline is being built; an empty system then scores 0 recall.
        warnings.append(f"extraction is not implemented yet ({exc!r} in a pipeline stage); scored as empty")
        return records
    # process() yields one result per input file, in order.
    for path, result in zip(articles, results, strict=False):
        if isinstance(result, Article):
            records[path.stem] = result.to_json()
        elif isinstance(result, Reject):
            warnings.append(f"{result.source}: rejected: {result.reason}")
    return records


def run(
    target: str | Path,
    *,
    dataset: str | None = None,
    docs: str | Path | None = None,
    explain: bool = False,
    limit: int | None = None,
) -> Report:
    """Evaluate dateline on gold files or on a public data set.

    Args:
        target: without ``dataset``, a GOLD_DIR of ``<id>.json`` gold files beside their
            ``<id>.txt`` articles; with it, the data set's file or folder.
        dataset: one of :data:`DATASETS` (``tempeval3``, ``polnear``, ``plover-gsr``, ``kiel``).
        docs: folder of the ``<id>.txt`` articles when they are not beside the gold files.
        explain: list every false positive and negative per article in the rendered report.
        limit: evaluate only the first ``limit`` documents (for quick iterations).

    Returns:
        A :class:`Report`; ``report.render("table")`` or ``report.render("json")`` shows it.

    Raises:
        EvalError: unknown data set, missing folder or article, malformed gold file.
    """
    if dataset is not None:
        return _run_dataset(Path(target), dataset, limit)
    files = gold_files(target)[:limit]
    article_dir = Path(docs) if docs is not None else Path(target)
    articles = []
    for gp in files:
        txt = article_dir / f"{gp.stem}.txt"
        if not txt.is_file():
            raise EvalError(f"{gp}: no article {txt}; put <id>.txt beside the gold file or pass docs=FOLDER")
        articles.append(txt)
    warnings: list[str] = []
    records = _extract_all(articles, warnings)
    return _report(str(target), [(gp, records.get(gp.stem, {})) for gp in files], explain, warnings)


def _run_dataset(path: Path, dataset: str, limit: int | None) -> Report:
    name = dataset.strip().lower().replace("_", "-")
    if name not in DATASETS:
        raise EvalError(f"unknown data set {dataset!r}; known: {', '.join(sorted(DATASETS))}")
    if not path.exists():
        raise EvalError(f"{path}: no such file or folder for data set {name}; see ../shared/data/README.md")
    module_name = f"{__name__}.{DATASETS[name]}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        raise EvalError(f"data set {name!r}: reader {module_name} is not installed yet") from exc
    try:
        result = module.evaluate(path, limit=limit)
    except (ValueError, OSError) as exc:
        # readers report malformed data with ValueError/OSError; give the user the data set's name with it
        raise EvalError(f"data set {name!r} at {path}: {exc}") from exc
    figures: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    _flatten(result, "", figures, extra)
    return Report(target=str(path), dataset=name, figures=figures, extra=extra)


def _flatten(value: Any, prefix: str, figures: dict[str, Any], extra: dict[str, Any]) -> None:
    """Nested figure dicts become dotted names (``overall.value_f1``); lists and text go to ``extra``."""
    if isinstance(value, Mapping):
        for key, sub in value.items():
            _flatten(sub, f"{prefix}.{key}" if prefix else str(key), figures, extra)
    elif value is None or isinstance(value, int | float):
        figures[prefix] = value
    else:
        extra[prefix] = value
