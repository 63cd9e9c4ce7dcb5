"""Export a dateline database to files: JSON Lines (one article per line) or CSV (one file per table).

    export(store, directory, format="jsonl") -> list[Path]   # the files written

The JSON Lines record is ``Article.to_json()``, the same as ``dateline extract``
prints, so an exported database can be read by anything that reads extract's
output. CSV files hold the raw table rows; JSON-valued columns (source, target,
items, aliases, spans, parts, segments) stay JSON text.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError

if TYPE_CHECKING:
    from .store import Store

EXPORT_FORMATS = ("jsonl", "csv")
JSONL_FILE = "articles.jsonl"
# tables written as CSV, in dependency order; the migrations table is bookkeeping, not data
CSV_TABLES = (
    "documents",
    "document_extractors",
    "entities",
    "mentions",
    "dates",
    "amounts",
    "items",
    "quotes",
    "events",
    "rejects",
)


def rows_to_csv(rows: list[dict[str, Any]]) -> str:
    """Query rows (``dateline.query``'s dicts) as CSV text, lists and dicts as JSON in their cell.

    The CLI's ``--format csv`` and the web app's ``?format=csv`` both print this, so a
    cell can be read back the same way whichever wrote it.
    """
    if not rows:
        return ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                for k, v in row.items()
            }
        )
    return buf.getvalue()


def export(store: Store, directory: str | Path, format: str = "jsonl") -> list[Path]:  # noqa: A002
    """Write the database's contents to files in ``directory`` (created if missing).

    Args:
        store: an open Store.
        directory: the output folder; existing files of the same names are overwritten.
        format: ``"jsonl"`` (``articles.jsonl``) or ``"csv"`` (``<table>.csv`` per table).

    Returns:
        The paths written.

    Raises:
        ConfigError: an unknown format, or ``directory`` is a file.

    Example:
        >>> export(dateline.open("news.db"), "out", "csv")   # doctest: +SKIP
        [PosixPath('out/documents.csv'), ...]
    """
    if format not in EXPORT_FORMATS:
        raise ConfigError(f"export format {format!r} unknown; expected one of {', '.join(EXPORT_FORMATS)}")
    out = Path(directory)
    if out.exists() and not out.is_dir():
        raise ConfigError(f"{out} is a file; give a folder to export into")
    out.mkdir(parents=True, exist_ok=True)
    if format == "jsonl":
        path = out / JSONL_FILE
        with path.open("w", encoding="utf-8") as fh:
            for article in store.articles():
                fh.write(json.dumps(article.to_json(), ensure_ascii=False) + "\n")
        return [path]
    written = []
    for table in CSV_TABLES:
        path = out / f"{table}.csv"
        cursor = store.conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([c[0] for c in cursor.description])
            writer.writerows(tuple(row) for row in cursor)
        written.append(path)
    return written
