"""The orchestrator: the whole data flow on one screen.

1. read     paths -> RawDocument | Reject             (dateline.read)
2. clean    RawDocument -> Document                    (dateline.clean)
3. parse    Document -> Parsed (spaCy, in batches)     (dateline.parse)
4. resolve  Parsed -> ActorIndex (entities, actors)    (dateline.resolve.actors)
5. extract  dates, amounts, items, quotes, events      (dateline.extract.*)
-> Article | Reject, which ``ingest`` hands to ``Store.record`` (one transaction each).

The pipeline is the API layer over the stages: it may import any of them and the
store; no stage and not the store imports it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import clean as clean_stage
from . import parse as parse_stage
from . import read as read_stage
from .errors import DatelineError, InputError
from .extract.amounts import find_amounts, find_items
from .extract.dates import find_dates
from .extract.events import find_events
from .extract.quotes import find_quotes
from .records import Article, Document, Event, RawDocument, Reject
from .resolve.actors import ActorIndex, resolve_actors
from .store import IngestSummary, Progress, Store

EventExtractor = Callable[..., list[Event]]


def analyse(
    parsed: parse_stage.Parsed,
    *,
    event_extractor: EventExtractor | None = None,
    actors: ActorIndex | None = None,
) -> Article:
    """Steps 4-5 on one parsed document.

    ``event_extractor`` replaces the rule-based event coder (same signature as
    ``extract.events.find_events``), e.g. the optional LLM extractor chosen by
    ``extract.llm.select_event_extractor(settings)``; ``actors`` an index the caller has
    already resolved for this parse.
    """
    doc = parsed.document
    # 4. resolve: one actor per real-world entity, with country and sector
    actors = actors or resolve_actors(parsed)
    # 5. extract: each extractor reads the parse and earlier facts, never mutates them
    text = doc.text  # the body, then news-bearing side segments; all offsets index into it
    dates = find_dates(text, doc.published, doc=parsed.doc)
    amounts = find_amounts(text, doc.published, doc=parsed.doc)
    items = find_items(text, doc=parsed.doc)
    quotes = find_quotes(parsed, actors)
    events = (event_extractor or find_events)(parsed, actors, dates, amounts, items, quotes)
    return Article(
        document=doc,
        entities=tuple(actors.entities),
        dates=tuple(dates),
        amounts=tuple(amounts),
        items=tuple(items),
        quotes=tuple(quotes),
        events=tuple(events),
    )


def extract(
    text: str, published: str | None = None, *, source: str = "<text>", title: str | None = None
) -> Article:
    """Run the whole pipeline on one article given as a string.

    ``text`` may be in the seed format (first line `` date YYYY-MM-DD``), in
    which case ``published`` may be omitted.

    Example:
        >>> art = extract("Japan pledged $37 million to Ukraine on Monday.", published="2024-01-08")
        >>> art.document.published
        '2024-01-08'
    """
    raw = read_stage.read_text(text, source=source, date=published)
    if title and not raw.title:
        raw = replace(raw, title=title)
    document = clean_stage.clean(raw)
    return analyse(parse_stage.parse(document))


def _parse_one(document: Document) -> parse_stage.Parsed | Reject:
    try:
        return parse_stage.parse(document)
    except Exception as exc:  # noqa: BLE001 - e.g. spaCy's length limit; the reason names it
        return Reject(document.source, f"parsing failed: {type(exc).__name__}: {exc}")


def process(
    paths: Iterable[str | Path],
    *,
    date: str | None = None,
    fields: dict[str, str] | None = None,
    batch_size: int = 16,
    event_extractor: EventExtractor | None = None,
) -> Iterator[Article | Reject]:
    """Steps 1-5 over files and folders, yielding an Article or a Reject per input, in order."""
    # 1. read
    raws = read_stage.read_paths(paths, date=date, fields=fields)
    yield from process_raw(raws, batch_size=batch_size, event_extractor=event_extractor)


def process_raw(
    raws: Iterable[RawDocument | Reject],
    *,
    batch_size: int = 16,
    event_extractor: EventExtractor | None = None,
) -> Iterator[Article | Reject]:
    """Steps 2-5 over documents already read, yielding an Article or a Reject per input, in order.

    ``dateline.cluster`` runs it on its workers, so a cluster ingest and a serial one
    share every step after reading.
    """
    pending: list[Document] = []

    def flush() -> Iterator[Article | Reject]:
        try:
            parsed_docs: list[parse_stage.Parsed | Reject] = list(
                parse_stage.parse_many(pending, batch_size=batch_size)
            )
        except Exception:  # noqa: BLE001 - find the document that broke the batch, parse the rest
            parsed_docs = [_parse_one(d) for d in pending]
        pending.clear()
        for parsed in parsed_docs:
            if isinstance(parsed, Reject):
                yield parsed
                continue
            # one article's extraction bug must not cost the rest of the batch
            try:
                yield analyse(parsed, event_extractor=event_extractor)
            except Exception as exc:  # noqa: BLE001 - reported as a reject, never swallowed
                yield Reject(parsed.document.source, f"extraction failed: {type(exc).__name__}: {exc}")

    for raw in raws:
        if isinstance(raw, Reject):
            yield from flush()
            yield raw
            continue
        # 2. clean
        try:
            pending.append(clean_stage.clean(raw))
        except InputError as exc:
            yield from flush()
            yield Reject(raw.source, exc.reason)
            continue
        except Exception as exc:  # noqa: BLE001 - a cleaner bug costs this input only
            yield from flush()
            yield Reject(raw.source, f"cleaning failed: {type(exc).__name__}: {exc}")
            continue
        # 3. parse, in batches
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    date: str | None = None,
    fields: dict[str, str] | None = None,
    batch_size: int = 16,
    progress: Progress | None = None,
    event_extractor: EventExtractor | None = None,
) -> IngestSummary:
    """Read, extract and store articles from files and folders: steps 1-5, then ``Store.record``.

    A bad input, or a document whose extraction crashes, is recorded in the store's
    ``rejects`` table with its reason and the batch goes on. ``dateline.cluster.ingest``
    does the same with steps 1-5 on Dask workers.

    Args:
        store: the database to write to.
        paths: files, folders (walked recursively) or ``"-"`` for stdin.
        date: publication date for inputs that carry none (plain ``.txt``).
        fields: JSON Lines field names, e.g. ``{"text": "body"}``.
        batch_size: documents parsed together by spaCy.
        progress: called with ``(outcome, source)`` after each input.
        event_extractor: replaces the rule-based event coder (see ``analyse``).

    Returns:
        The counts and rejects of this run.

    Example:
        >>> with dateline.open("news.db") as db:  # doctest: +SKIP
        ...     summary = ingest(db, ["articles/"], date="2024-01-08")
    """
    summary = IngestSummary()
    options = {
        "date": date,
        "fields": fields,
        "batch_size": batch_size,
        "event_extractor": event_extractor,
    }
    for item in _process_each(paths, **options):
        outcome, source = store.record(item, summary)
        if progress is not None:
            progress(outcome, source)
    return summary


def _process_each(paths: Iterable[str | Path], **options: Any) -> Iterator[Article | Reject]:
    """``process`` over each path in turn.

    Each top-level path gets its own pipeline run so that an unexpected crash inside
    one (a bug in an extractor on some odd article) becomes a Reject of that path and
    the remaining paths are still processed.
    """
    for path in paths:
        try:
            yield from process([path], **options)
        except DatelineError as exc:
            yield Reject(str(path), str(exc))
        except Exception as exc:  # noqa: BLE001 - one bad input must not end the batch
            yield Reject(str(path), f"extraction failed: {type(exc).__name__}: {exc}")
