"""Stage 6: the SQLite store (WAL, migrations recorded in a table).

PLACEHOLDER contract:

    Store(path)                        # open/create, migrate
    Store.ingest(paths, ...) -> IngestSummary
    Store.add(article) -> bool         # one transaction; False if already stored
    Store.reject(source, reason)
    Store.events(...), .quotes(...), .entities(...), .dates(...), .document(doc_id)
"""

from __future__ import annotations


class Store:
    def __init__(self, path: str) -> None:
        raise NotImplementedError
