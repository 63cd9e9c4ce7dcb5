"""The ``dateline`` command line: thin wrappers over the library.

Each command parses its options, resolves settings (defaults < ``dateline.toml``
or ``--config`` < flags), calls one public function and prints the result.
Errors the library raises on purpose (``DatelineError``) become a one-line
message; a configuration or usage error exits with status 2, anything else
with status 1. ``dateline ingest`` exits 1 when some inputs were rejected.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial, wraps
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from . import settings as settings_mod
from .errors import ConfigError, DatelineError
from .export import rows_to_csv
from .records import Article, Reject
from .settings import Settings

EVIDENCE_WIDTH = 60  # characters of evidence shown in tables; the JSON output keeps all of it


# --------------------------------------------------------------------------- plumbing


def _stdout() -> Console:
    # a wide, colourless console when piped: tables stay readable in files and tests
    return Console(file=sys.stdout, width=None if sys.stdout.isatty() else 160)


def _stderr() -> Console:
    return Console(file=sys.stderr, width=None if sys.stderr.isatty() else 160)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn the library's own errors into clean CLI errors (usage errors exit 2, others 1)."""
    try:
        yield
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    except DatelineError as exc:
        raise click.ClickException(str(exc)) from exc


def _settings(ctx: click.Context, allowed_formats: tuple[str, ...] | None = None, **flags: Any) -> Settings:
    config = flags.pop("config", None) or (ctx.find_root().params.get("config") if ctx else None)
    with _errors():
        s = settings_mod.load(config, **flags)
    if allowed_formats and s.format not in allowed_formats:
        raise click.UsageError(
            f"--format {s.format!r} not available here; choose one of {', '.join(allowed_formats)}"
        )
    return s


def config_option(f: Callable) -> Callable:
    """``--config FILE`` on a command (the group accepts it too)."""
    return click.option(
        "--config",
        type=click.Path(dir_okay=False),
        default=None,
        help=f"TOML config file (default: {settings_mod.CONFIG_FILE} in the current folder if present).",
    )(f)


def db_option(f: Callable) -> Callable:
    """``--db FILE``."""
    return click.option("--db", default=None, help="SQLite database file [default: dateline.db].")(f)


def format_option(*choices: str, default_help: str = "table") -> Callable:
    """``--format`` restricted to ``choices``; the default comes from the settings."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=None,
        help=f"Output format [default: {default_help}].",
    )


def _open(s: Settings, *, existing: bool = False):  # noqa: ANN202 - returns dateline.database.Database
    """Open the database; ``existing`` (queries, show, export) refuses to create one from a typo."""
    import dateline

    if existing and s.db != ":memory:" and not Path(s.db).exists():
        raise click.UsageError(f"no database at {s.db}; run 'dateline ingest PATH --db {s.db}' first")
    with _errors():
        return dateline.open(s.db)


def _short(value: Any, width: int = EVIDENCE_WIDTH) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _names(value: list | tuple | None) -> str:
    return "; ".join(str(v) for v in value or () if v) or "-"


def _money(value: float | None, currency: str | None = None) -> str:
    if value is None:
        return "-"
    return f"{value:,.0f} {currency}" if currency else f"{value:,.0f}"


def _items(items: list[dict]) -> str:
    return (
        "; ".join(f"{i['count']} {i['what']}" if i.get("count") is not None else i["what"] for i in items)
        or "-"
    )


# columns of each query command's table: (header, row -> cell text)
COLUMNS: dict[str, list[tuple[str, Callable[[dict], str]]]] = {
    "events": [
        ("doc", lambda r: r["doc"][:8]),
        ("date", lambda r: r["date"] or r["published"] or "-"),
        ("type", lambda r: r["type"]),
        ("source", lambda r: _names(r["source"])),
        ("target", lambda r: _names(r["target"])),
        ("status", lambda r: r["status"]),
        ("evidence", lambda r: _short(r["evidence"])),
    ],
    "quotes": [
        ("doc", lambda r: r["doc"][:8]),
        ("speaker", lambda r: r["speaker"] or (f"({r['speaker_desc']})" if r["speaker_desc"] else "-")),
        ("cue", lambda r: r["cue"] or "-"),
        ("direct", lambda r: "yes" if r["direct"] else "no"),
        ("text", lambda r: _short(r["text"], 80)),
    ],
    "entities": [
        ("doc", lambda r: r["doc"][:8]),
        ("name", lambda r: r["name"]),
        ("type", lambda r: r["type"]),
        ("country", lambda r: r["country"] or "-"),
        ("sector", lambda r: r["sector"] or "-"),
        ("mentions", lambda r: str(r["mentions"])),
    ],
    "dates": [
        ("doc", lambda r: r["doc"][:8]),
        ("text", lambda r: r["text"]),
        ("value", lambda r: r["value"] or "-"),
        ("type", lambda r: r["type"]),
        ("mod", lambda r: r["mod"] or "-"),
    ],
    "pledges": [
        ("date", lambda r: r["date"] or r["published"] or "-"),
        ("donor", lambda r: r["donor"] or "-"),
        ("recipient", lambda r: r["recipient"] or "-"),
        ("amount", lambda r: ((r["bound"] + " ") if r["bound"] else "") + _money(r["amount"], r["currency"])),
        ("USD", lambda r: _money(r["usd"])),
        ("items", lambda r: _short(_items(r["items"]), 40)),
        ("channel", lambda r: r["channel"] or "-"),
        ("status", lambda r: r["status"]),
        ("evidence", lambda r: _short(r["evidence"], 50)),
    ],
}


def _table(title: str, columns: list[tuple[str, Callable[[dict], str]]], rows: list[dict]) -> Table:
    table = Table(title=title, title_justify="left")
    for header, _ in columns:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*(cell(row) for _, cell in columns))
    return table


def _print_rows(kind: str, rows: list[dict], fmt: str, title: str | None = None) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        click.echo(rows_to_csv(rows), nl=False)
    else:
        _stdout().print(_table(title or f"{kind} ({len(rows)})", COLUMNS[kind], rows))


def _query_command(f: Callable) -> Callable:
    """Common options of the query commands."""

    @db_option
    @format_option("table", "json", "csv")
    @click.option("--limit", type=click.IntRange(min=1), default=None, help="Show at most this many rows.")
    @config_option
    @click.pass_context
    @wraps(f)
    def wrapper(
        ctx: click.Context, db: str | None, fmt: str | None, limit: int | None, config: str | None, **kw: Any
    ):
        s = _settings(ctx, ("table", "json", "csv"), config=config, db=db, format=fmt)
        store = _open(s, existing=True)
        with _errors():
            return f(store=store, fmt=s.format, limit=limit, **kw)

    return wrapper


# --------------------------------------------------------------------------- commands


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dateline")
@click.option(
    "--config",
    type=click.Path(dir_okay=False),
    default=None,
    help=f"TOML config file (default: {settings_mod.CONFIG_FILE} in the current folder if present).",
)
def main(config: str | None) -> None:
    """dateline: dated news articles -> an evidence-linked database of events, quotes and pledges."""


def _event_extractor(s: settings_mod.Settings):  # noqa: ANN202 - a find_events-like callable
    """The rule-based event coder, or the optional LLM one when ``llm_url`` is configured."""
    from .extract.llm import select_event_extractor

    return select_event_extractor(s)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--date", default=None, help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option(
    "--field",
    "field_pairs",
    multiple=True,
    metavar="NAME=FIELD",
    help="JSON Lines field name, e.g. text=body (repeatable).",
)
@click.option("--batch-size", type=int, default=None, help="Documents parsed together [default: 16].")
@click.option(
    "--quiet", "-q", is_flag=True, help="No progress bar and no tables; the exit status tells the outcome."
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Extract on a local Dask cluster of N worker processes (docs/cluster.md).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Extract on the Dask cluster whose scheduler is at ADDRESS, e.g. tcp://host:8786.",
)
@config_option
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    db,
    date,
    field_pairs,
    batch_size,
    quiet,
    workers,
    scheduler,
    config,
) -> None:
    """Read articles from PATHS (files, folders, - for stdin), extract their facts and store them.

    Exit status: 0 when every input was stored (or already was), 1 when some
    inputs were rejected, 2 on a usage error.
    """
    if workers is not None and scheduler is not None:
        raise click.UsageError("--workers starts a local cluster, --scheduler joins one: pass only one")
    with _errors():
        fields = settings_mod.parse_fields(field_pairs) if field_pairs else None
    s = _settings(ctx, config=config, db=db, date=date, fields=fields, batch_size=batch_size)
    store = _open(s)
    err = _stderr()
    with Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=quiet,
        transient=True,
    ) as bar:
        task = bar.add_task("ingesting", total=None)

        def progress(outcome: str, source: str) -> None:
            bar.update(task, advance=1, description=f"{outcome}: {_short(Path(source).name, 40)}")

        with _errors():
            if workers is not None or scheduler is not None:
                from . import cluster  # the same ingest with extraction on Dask workers

                run = partial(cluster.ingest, store, workers=workers, scheduler=scheduler)
            else:
                from . import pipeline  # late import: spaCy loads only for the commands that extract

                run = partial(pipeline.ingest, store)
            summary = run(
                paths,
                date=s.date,
                fields=s.field_map(),
                batch_size=s.batch_size,
                progress=progress,
                event_extractor=_event_extractor(s),
            )
    if quiet:
        for source, reason in summary.rejects:
            click.echo(f"rejected {source}: {reason}", err=True)
    else:
        out = _stdout()
        table = Table(title=f"ingest into {s.db}", title_justify="left", show_header=False)
        table.add_column("what")
        table.add_column("count", justify="right")
        for label, n in (
            ("documents read", summary.read),
            ("stored", summary.stored),
            ("updated", summary.updated),
            ("skipped as duplicates", summary.duplicates),
            ("rejected", summary.rejected),
        ):
            table.add_row(label, str(n))
        out.print(table)
        if summary.rejects:
            rej = Table(title="rejected inputs", title_justify="left")
            rej.add_column("source", overflow="fold")
            rej.add_column("reason", overflow="fold")
            for source, reason in summary.rejects:
                rej.add_row(source, reason)
            out.print(rej)
        rows = [
            {"doc": a.document.id, "published": a.document.published, **_event_fields(e)}
            for a in summary.articles
            for e in a.events
        ]
        out.print(_table(f"events found in this run ({len(rows)})", COLUMNS["events"], rows))
    store.close()
    ctx.exit(0 if summary.ok else 1)


def _event_fields(e: Any) -> dict[str, Any]:
    return {
        "date": e.date,
        "type": e.type,
        "source": list(e.source),
        "target": list(e.target),
        "status": e.status,
        "evidence": e.evidence,
    }


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--date", default=None, help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option(
    "--field",
    "field_pairs",
    multiple=True,
    metavar="NAME=FIELD",
    help="JSON Lines field name, e.g. text=body (repeatable).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "table"]),
    default="json",
    show_default=True,
    help="Output format.",
)
@config_option
@click.pass_context
def extract(ctx: click.Context, files: tuple[str, ...], date, field_pairs, fmt, config) -> None:
    """Extract the facts of the articles in FILES and print them, without a database.

    JSON output is the Article record (one object for one article, a list for
    several); table output is a summary for reading.
    """
    from . import pipeline

    with _errors():
        fields = settings_mod.parse_fields(field_pairs) if field_pairs else None
    s = _settings(ctx, config=config, date=date, fields=fields)
    articles: list[Article] = []
    rejects: list[Reject] = []
    with _errors():
        items = pipeline.process(
            list(files),
            date=s.date,
            fields=s.field_map(),
            batch_size=s.batch_size,
            event_extractor=_event_extractor(s),
        )
        for item in items:
            (rejects if isinstance(item, Reject) else articles).append(item)
    for r in rejects:
        click.echo(f"rejected {r.source}: {r.reason}", err=True)
    if fmt == "json":
        records = [a.to_json() for a in articles]
        payload = records[0] if len(files) == 1 and len(records) == 1 else records
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        out = _stdout()
        for a in articles:
            _print_article(out, a.to_json())
    ctx.exit(1 if rejects else 0)


def _print_article(out: Console, record: dict[str, Any]) -> None:
    """A human summary of one Article record (from extract or the store)."""
    out.print(f"[bold]{record.get('title') or '(no title)'}[/bold]")
    out.print(
        f"doc {record['doc']}  published {record.get('published') or '-'}  source {record.get('source')}"
    )
    out.print(
        f"{len(record['entities'])} entities, {len(record['dates'])} dates, {len(record['amounts'])} amounts, "
        f"{len(record['quotes'])} quotes, {len(record['events'])} events"
    )
    events = [{"doc": record["doc"], "published": record.get("published"), **e} for e in record["events"]]
    out.print(_table("events", COLUMNS["events"], events))
    quotes = [{"doc": record["doc"], "speaker_desc": None, "cue": None, **q} for q in record["quotes"]]
    out.print(_table("quotes", COLUMNS["quotes"], quotes))
    entities = [
        {"doc": record["doc"], **e, "mentions": str(len(e.get("mentions", [])))} for e in record["entities"]
    ]
    out.print(_table("entities", COLUMNS["entities"], entities))
    dates = [{"doc": record["doc"], **d} for d in record["dates"] + record.get("durations", [])]
    out.print(_table("dates", COLUMNS["dates"], dates))


@main.command()
@click.option("--type", "type_", default=None, help="PLOVER event type, e.g. AID.")
@click.option("--source", default=None, help="Name in the event's source (substring, any case).")
@click.option("--target", default=None, help="Name in the event's target (substring, any case).")
@click.option("--since", default=None, help="Earliest date, YYYY-MM-DD (inclusive).")
@click.option("--until", default=None, help="Latest date, YYYY[-MM[-DD]] (inclusive).")
@click.option("--status", default=None, help="occurred, ongoing, planned, pledged, negated or hypothetical.")
@click.option("--doc", default=None, help="Document id or prefix.")
@_query_command
def events(store, fmt, limit, type_, source, target, since, until, status, doc) -> None:
    """List stored events (PLOVER type, source, target, date, status, evidence)."""
    rows = store.events(
        type=type_,
        source=source,
        target=target,
        since=since,
        until=until,
        status=status,
        doc=doc,
        limit=limit,
    )
    _print_rows("events", rows, fmt)


@main.command()
@click.option("--speaker", default=None, help="Speaker name or description (substring, any case).")
@click.option("--contains", default=None, help="Text the quote contains.")
@click.option("--doc", default=None, help="Document id or prefix.")
@_query_command
def quotes(store, fmt, limit, speaker, contains, doc) -> None:
    """List stored quotes with their speakers."""
    _print_rows("quotes", store.quotes(speaker=speaker, contains=contains, doc=doc, limit=limit), fmt)


@main.command()
@click.option("--name", default=None, help="Name or alias (substring, any case).")
@click.option("--type", "type_", default=None, help="PERSON, ORG, GPE or LOC.")
@click.option("--country", default=None, help="ISO 3166-1 alpha-3 country code, e.g. UKR.")
@click.option("--doc", default=None, help="Document id or prefix.")
@_query_command
def entities(store, fmt, limit, name, type_, country, doc) -> None:
    """List stored entities (people, organisations, places) per article."""
    _print_rows("entities", store.entities(name=name, type=type_, country=country, doc=doc, limit=limit), fmt)


@main.command()
@click.option("--doc", default=None, help="Document id or prefix.")
@_query_command
def dates(store, fmt, limit, doc) -> None:
    """List stored time expressions with their resolved values."""
    _print_rows("dates", store.dates(doc=doc, limit=limit), fmt)


@main.command()
@click.option("--donor", default=None, help="Donor name (substring, any case).")
@click.option("--recipient", default=None, help="Recipient name (substring, any case).")
@click.option("--since", default=None, help="Earliest date, YYYY-MM-DD (inclusive).")
@_query_command
def pledges(store, fmt, limit, donor, recipient, since) -> None:
    """List pledges of money or goods (AID/COOPERATE events), then USD totals by donor."""
    rows = store.pledges(donor=donor, recipient=recipient, since=since, limit=limit)
    totals = store.pledge_totals()
    if fmt == "json":
        click.echo(json.dumps({"pledges": rows, "totals": totals}, indent=2, ensure_ascii=False))
        return
    if fmt == "csv":
        _print_rows("pledges", rows, fmt)
        return
    _print_rows("pledges", rows, fmt)
    table = Table(
        title="pledged USD by donor (restatements counted once; negated/hypothetical left out)",
        title_justify="left",
    )
    table.add_column("donor")
    table.add_column("USD", justify="right")
    table.add_column("pledges", justify="right")
    table.add_column("not converted", justify="right")
    for t in totals:
        table.add_row(t["donor"], _money(t["usd"]), str(t["pledges"]), str(t["unconverted"]))
    _stdout().print(table)


@main.command()
@click.argument("doc_id")
@db_option
@format_option("table", "json")
@config_option
@click.pass_context
def show(ctx: click.Context, doc_id: str, db, fmt, config) -> None:
    """Show one stored article with all its facts (DOC_ID may be a unique prefix)."""
    s = _settings(ctx, ("table", "json"), config=config, db=db, format=fmt)
    store = _open(s, existing=True)
    with _errors():
        record = store.document(doc_id)
    if s.format == "json":
        click.echo(json.dumps(record, indent=2, ensure_ascii=False))
    else:
        _print_article(_stdout(), record)


@main.command(name="export")
@click.argument("directory", type=click.Path(file_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one article per line; csv: one file per table.",
)
@db_option
@config_option
@click.pass_context
def export_cmd(ctx: click.Context, directory: str, fmt: str, db, config) -> None:
    """Export the database to DIRECTORY as JSON Lines or CSV files."""
    from .export import export

    s = _settings(ctx, config=config, db=db)
    store = _open(s, existing=True)
    with _errors():
        paths = export(store, directory, fmt)
    for p in paths:
        click.echo(str(p))


@main.command(name="eval")
@click.argument("target", type=click.Path())
@click.option(
    "--dataset",
    default=None,
    help="Score against a public benchmark (e.g. tempeval3, polnear) found at TARGET.",
)
@click.option(
    "--docs",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder of the articles (default: next to the gold files).",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N documents.")
@click.option("--explain", is_flag=True, help="List every missed and spurious fact.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Report format.",
)
def eval_cmd(target: str, dataset, docs, limit, explain, fmt) -> None:
    """Score extraction against gold files in TARGET (or a benchmark with --dataset NAME)."""
    from . import evaluate

    run = getattr(evaluate, "run", None)
    if run is None:
        raise click.ClickException(
            "evaluation is not available in this build (dateline.evaluate.run is missing)"
        )
    with _errors():
        report = run(target, dataset=dataset, docs=docs, explain=explain, limit=limit)
        click.echo(report.render(fmt))


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port.")
@config_option
@click.pass_context
def serve(ctx: click.Context, db, host: str, port: int, config) -> None:
    """Serve a read-only web app over the database: browse, filter, trace facts to evidence.

    Pages at http://HOST:PORT/ and a JSON API under /api/ (see docs/web.md).
    """
    from .serve import run

    s = _settings(ctx, config=config, db=db)
    if s.db == ":memory:" or not Path(s.db).is_file():
        raise click.UsageError(f"no database at {s.db}; run 'dateline ingest PATH --db {s.db}' first")
    with _errors():
        run(s.db, host=host, port=port)


if __name__ == "__main__":  # pragma: no cover
    main()
