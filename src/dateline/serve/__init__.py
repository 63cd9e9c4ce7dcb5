"""Stage 8 (serve): a read-only web app over a dateline database.

    app = dateline.serve.create_app("dateline.db")   # an ASGI app (Starlette)
    dateline.serve.run("dateline.db", port=8000)     # the same, served by uvicorn

Pages browse and filter what the database holds (documents, events, quotes,
entities, dates, pledges, rejects) and trace every fact to its evidence: the
document page shows the article text with each fact's span marked, and a
click on a fact highlights and scrolls to it. A JSON API under ``/api/``
mirrors the same ``dateline.query`` functions with the CLI's filter names, so
pages and scripts see the same rows.

The web layer only calls ``dateline.query``; it never writes SQL. The database
is opened with SQLite's ``mode=ro`` URI, so the server cannot change stored
data, and a missing or foreign database is refused at start-up.
"""

from __future__ import annotations

from .app import FILTERS, connect, create_app, run

__all__ = ["FILTERS", "connect", "create_app", "run"]
