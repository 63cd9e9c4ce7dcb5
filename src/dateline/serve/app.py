"""The Starlette app: HTML pages and the JSON API over ``dateline.query``.

Every request opens its own read-only connection (SQLite's ``mode=ro``): it
costs well under a millisecond, needs no locking between the server's worker
threads, and sees rows that an ingest running alongside has committed.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import query
from ..errors import StoreError
from ..export import rows_to_csv
from ..records import PLOVER_TYPES, STATUSES
from . import evidence

HERE = Path(__file__).parent

# the filters each listing takes: the CLI's option names, so `dateline events --type AID`
# and `/api/events?type=AID` and `/events?type=AID` ask the same question
FILTERS: dict[str, tuple[str, ...]] = {
    "documents": ("limit",),
    "events": ("type", "source", "target", "since", "until", "status", "doc", "limit"),
    "quotes": ("speaker", "contains", "doc", "limit"),
    "entities": ("name", "type", "country", "doc", "limit"),
    "dates": ("doc", "limit"),
    "pledges": ("donor", "recipient", "since", "doc", "limit"),
    "rejects": ("limit",),
}
QUERIES: dict[str, Callable[..., list[dict[str, Any]]]] = {
    "documents": query.documents,
    "events": query.events,
    "quotes": query.quotes,
    "entities": query.entities,
    "dates": query.dates,
    "pledges": query.pledges,
    "rejects": query.rejects,
}
# entity types for the filter menu (event types and statuses come from records)
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP")
# an HTML listing shows this many rows unless ?limit= asks for another number; the API has no default
PAGE_ROWS = 500
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

# no inline script or style anywhere, so the policy can forbid both: injected markup cannot run
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


# --------------------------------------------------------------------------- database


def connect(db: str | Path) -> sqlite3.Connection:
    """Open a dateline database read-only.

    Args:
        db: path of an existing SQLite file written by ``dateline ingest``.

    Raises:
        StoreError: the file is missing, or it is not a dateline database.
    """
    path = Path(db)
    if str(db) == ":memory:" or not path.is_file():
        raise StoreError(f"no database at {db}; run 'dateline ingest PATH --db {db}' first")
    try:
        # mode=ro: no statement on this connection can write, whatever a bug upstream might try
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"{db}: cannot open read-only ({exc})") from exc
    return conn


def check(db: str | Path) -> None:
    """Fail now, with a message a person can act on, if ``db`` cannot be served.

    Raises:
        StoreError: missing file, not SQLite, or not a dateline database.
    """
    with closing(connect(db)) as conn:
        try:
            query.documents(conn, limit=1)
            query.rejects(conn, limit=1)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{db}: not a dateline database ({exc}); create one with 'dateline ingest PATH --db {db}'"
            ) from exc


# --------------------------------------------------------------------------- helpers


class SecurityHeaders:
    """ASGI middleware adding ``SECURITY_HEADERS`` to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers if scope["type"] == "http" else send)


def _filters(request: Request, kind: str, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    """The query string as keyword arguments of ``query.<kind>``, checked.

    Empty values are dropped (an empty form field means "any"). An unknown
    name is an error rather than silently ignored: a typo like ``?tpye=AID``
    would otherwise return every row and look like an answer.

    Raises:
        HTTPException: 400 for an unknown filter, a bad limit or a malformed date.
    """
    allowed = FILTERS[kind] + extra
    out: dict[str, Any] = {}
    for name, value in request.query_params.multi_items():
        if name not in allowed:
            raise HTTPException(
                400, f"unknown filter {name!r}; {request.url.path} takes {', '.join(allowed)}"
            )
        value = value.strip()
        if value:
            out[name] = value
    if "limit" in out:
        if not out["limit"].isdigit() or int(out["limit"]) < 1:
            raise HTTPException(400, f"limit must be a whole number of at least 1, not {out['limit']!r}")
        out["limit"] = int(out["limit"])
    for name in ("since", "until"):
        if name in out and not _ISO_DATE.fullmatch(out[name]):
            raise HTTPException(400, f"{name} must be an ISO date YYYY[-MM[-DD]], not {out[name]!r}")
    return out


@contextmanager
def _connection(request: Request) -> Iterator[sqlite3.Connection]:
    with closing(connect(request.app.state.db)) as conn:
        yield conn


def _money(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}"


def _names(value: list | None) -> str:
    return "; ".join(str(v) for v in value or () if v) or "–"


def _fact_link(doc: str, kind: str, start: int | None, end: int | None) -> str:
    """The document page URL that highlights and scrolls to one fact."""
    if start is None or end is None:
        return f"/documents/{doc}"
    return f"/documents/{doc}?{urlencode({'fact': f'{kind}:{start}-{end}'})}#hl"


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every {{ value }} is escaped; only evidence.render's Markup passes as is
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(money=_money, names=_names)
    env.globals.update(fact_link=_fact_link, filters=FILTERS)
    return Jinja2Templates(env=env)


# --------------------------------------------------------------------------- pages


def _page(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    return request.app.state.templates.TemplateResponse(
        request, template, {"db": request.app.state.db_name, **context}, status_code=status_code
    )


def _listing(request: Request, kind: str) -> tuple[dict[str, Any], list[dict[str, Any]], bool]:
    """Filters, rows and whether more rows exist, for an HTML listing page."""
    kw = _filters(request, kind)
    shown = kw.get("limit", PAGE_ROWS)
    with _connection(request) as conn:
        rows = QUERIES[kind](conn, **{**kw, "limit": shown + 1})
    return kw, rows[:shown], len(rows) > shown


def documents_page(request: Request) -> Response:
    kw, rows, more = _listing(request, "documents")
    return _page(request, "documents.html", kind="documents", kw=kw, rows=rows, more=more)


def events_page(request: Request) -> Response:
    kw, rows, more = _listing(request, "events")
    return _page(
        request,
        "events.html",
        kind="events",
        kw=kw,
        rows=rows,
        more=more,
        types=PLOVER_TYPES,
        statuses=STATUSES,
    )


def quotes_page(request: Request) -> Response:
    kw, rows, more = _listing(request, "quotes")
    return _page(request, "quotes.html", kind="quotes", kw=kw, rows=rows, more=more)


def entities_page(request: Request) -> Response:
    kw, rows, more = _listing(request, "entities")
    return _page(
        request, "entities.html", kind="entities", kw=kw, rows=rows, more=more, entity_types=ENTITY_TYPES
    )


def dates_page(request: Request) -> Response:
    kw, rows, more = _listing(request, "dates")
    return _page(request, "dates.html", kind="dates", kw=kw, rows=rows, more=more)


def pledges_page(request: Request) -> Response:
    kw, rows, more = _listing(request, "pledges")
    with _connection(request) as conn:
        totals = query.pledge_totals(conn)
    return _page(request, "pledges.html", kind="pledges", kw=kw, rows=rows, more=more, totals=totals)


def rejects_page(request: Request) -> Response:
    kw, rows, more = _listing(request, "rejects")
    return _page(request, "rejects.html", kind="rejects", kw=kw, rows=rows, more=more)


def document_page(request: Request) -> Response:
    for name in request.query_params:
        if name != "fact":
            raise HTTPException(
                400, f"unknown parameter {name!r}; a document page takes only fact=KIND:START-END"
            )
    record = _document(request)
    all_facts = evidence.facts(record)
    ref = request.query_params.get("fact")
    active = evidence.find(all_facts, ref)
    blocks = [
        {**b, "html": evidence.render(b["text"], b["start"], all_facts, active)}
        for b in evidence.blocks(record)
    ]
    others = [s for s in record.get("segments", []) if s.get("text_start") is None]
    return _page(
        request,
        "document.html",
        kind="documents",
        record=record,
        facts=all_facts,
        active=active,
        missing_ref=ref if ref and active is None else None,
        blocks=blocks,
        others=others,
    )


def _document(request: Request) -> dict[str, Any]:
    doc_id = request.path_params["doc_id"]
    with _connection(request) as conn:
        try:
            return query.document(conn, doc_id)
        except StoreError as exc:
            raise HTTPException(404, str(exc)) from exc


# --------------------------------------------------------------------------- API


def _api_rows(request: Request, kind: str) -> Response:
    kw = _filters(request, kind, extra=("format",))
    fmt = kw.pop("format", "json")
    if fmt not in ("json", "csv"):
        raise HTTPException(400, f"format must be json or csv, not {fmt!r}")
    with _connection(request) as conn:
        rows = QUERIES[kind](conn, **kw)
        totals = query.pledge_totals(conn) if kind == "pledges" else None
    if fmt == "csv":
        return Response(
            rows_to_csv(rows),
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="{kind}.csv"'},
        )
    # pledges answer like `dateline pledges --format json`: the rows and the totals by donor
    return JSONResponse({"pledges": rows, "totals": totals} if kind == "pledges" else rows)


def _api_route(kind: str) -> Callable[[Request], Response]:
    def endpoint(request: Request) -> Response:
        return _api_rows(request, kind)

    endpoint.__name__ = f"api_{kind}"
    return endpoint


def api_index(request: Request) -> Response:
    return JSONResponse(
        {
            "routes": {f"/api/{kind}": list(names) + ["format"] for kind, names in FILTERS.items()}
            | {"/api/documents/{doc}": [], "/api/pledges/totals": []},
            "formats": ["json", "csv"],
        }
    )


def api_document(request: Request) -> Response:
    if request.query_params:
        raise HTTPException(400, "/api/documents/{doc} takes no parameters")
    return JSONResponse(_document(request))


def api_pledge_totals(request: Request) -> Response:
    if request.query_params:
        raise HTTPException(400, "/api/pledges/totals takes no parameters")
    with _connection(request) as conn:
        return JSONResponse(query.pledge_totals(conn))


# --------------------------------------------------------------------------- errors


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if request.url.path.startswith("/api"):
        return JSONResponse({"error": exc.detail, "status": exc.status_code}, status_code=exc.status_code)
    return _page(
        request,
        "error.html",
        status_code=exc.status_code,
        kind=None,
        status=exc.status_code,
        message=exc.detail,
    )


async def store_error(request: Request, exc: Exception) -> Response:
    """The database went away (deleted or replaced) after start-up: 503, not a bare 500."""
    return await http_error(request, HTTPException(503, str(exc)))


# --------------------------------------------------------------------------- app


def create_app(db: str | Path) -> Starlette:
    """The web app over the database ``db``, opened read-only.

    Args:
        db: an existing dateline database file.

    Raises:
        StoreError: ``db`` is missing or is not a dateline database (checked
            now, so a bad path fails at start-up rather than as a 500 later).

    Example:
        >>> app = create_app("dateline.db")                  # doctest: +SKIP
        >>> uvicorn.run(app, host="127.0.0.1", port=8000)    # doctest: +SKIP
    """
    check(db)
    routes = [
        Route("/", documents_page),
        Route("/documents", documents_page),
        Route("/documents/{doc_id}", document_page),
        Route("/events", events_page),
        Route("/quotes", quotes_page),
        Route("/entities", entities_page),
        Route("/dates", dates_page),
        Route("/pledges", pledges_page),
        Route("/rejects", rejects_page),
        Route("/api", api_index),
        Route("/api/documents/{doc_id}", api_document),
        Route("/api/pledges/totals", api_pledge_totals),
        *(Route(f"/api/{kind}", _api_route(kind)) for kind in FILTERS),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={HTTPException: http_error, StoreError: store_error},
    )
    app.state.db = str(Path(db).resolve())
    app.state.db_name = Path(db).name
    app.state.templates = _templates()
    return app


def run(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve ``db`` read-only with uvicorn until interrupted.

    Raises:
        StoreError: ``db`` is missing or is not a dateline database.
    """
    import uvicorn

    app = create_app(db)
    print(f"dateline: serving {db} (read-only) on http://{host}:{port}/  (Ctrl+C stops)")
    uvicorn.run(app, host=host, port=port, log_level="info")
