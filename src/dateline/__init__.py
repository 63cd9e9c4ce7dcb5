"""dateline: dated news articles -> an evidence-linked database of political events.

Public API:

    dateline.extract(text, published=...) -> Article     # no database
    dateline.open(db_path) -> Database                    # .ingest(paths), .events(...), queries

Layers, each importing only its own and the ones below (docs/architecture.md; pinned by
tests/test_layers.py): ``cli``, ``serve`` > this package, ``pipeline``, ``database``,
``cluster``, ``evaluate`` > ``query``, ``export`` > ``store`` > ``extract``, ``resolve`` >
``read``, ``clean``, ``parse`` > ``records``, ``errors``, ``settings``.
"""

from __future__ import annotations

from .records import (
    Amount,
    Article,
    DateRef,
    Document,
    Entity,
    Event,
    Item,
    Mention,
    Quote,
    RawDocument,
    Reject,
    Segment,
)

# The subpackage ``dateline.extract`` (one module per fact kind) shares its name with the
# public function ``dateline.extract()``. Importing a subpackage binds it as an attribute
# of its parent, which would shadow the function; loading it here first, before the
# function is defined below, makes the function win for good (later imports of
# ``dateline.extract.*`` find the subpackage in sys.modules and do not rebind it).
from . import extract as _extract_package  # noqa: E402,F401  isort: skip

__version__ = "0.1.0"

__all__ = [
    "Amount",
    "Article",
    "DateRef",
    "Document",
    "Entity",
    "Event",
    "Item",
    "Mention",
    "Quote",
    "RawDocument",
    "Reject",
    "Segment",
    "extract",
    "open",
    "__version__",
]


def extract(text: str, published: str | None = None, **kwargs):  # noqa: ANN201 - see pipeline.extract
    """Extract an Article from one article's text. See ``dateline.pipeline.extract``."""
    from .pipeline import extract as _extract

    return _extract(text, published, **kwargs)


def open(db_path: str = "dateline.db"):  # noqa: A001 - mirrors sqlite_utils/sqlite3 naming
    """Open (creating and migrating if needed) a dateline database.

    Returns:
        A ``dateline.database.Database``: a ``Store`` with ``ingest`` and the queries.
    """
    from .database import Database

    return Database(db_path)
