"""The errors dateline raises, one small hierarchy.

    DatelineError
     ├── InputError          an article file or record cannot be read (bad encoding,
     │                        empty, binary, no publication date); batch code turns
     │                        it into a Reject and goes on
     ├── ConfigError         a setting, flag or config file is wrong
     ├── StoreError          the database cannot be opened or migrated
     └── EvalError           a gold file or benchmark data set is malformed

Messages name the bad value, say what was expected and suggest a fix, e.g.
``x.txt: first line has no ' date YYYY-MM-DD' header; pass --date or fix the file``.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base class of every error dateline raises on purpose."""


class InputError(DatelineError):
    """An input (file, record) cannot become a document.

    Args:
        source: the file path or record locator (``path#line``).
        reason: what is wrong and how to fix it.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ConfigError(DatelineError):
    """A setting, command-line flag or config file is invalid."""


class StoreError(DatelineError):
    """The database cannot be opened, migrated or written."""


class EvalError(DatelineError):
    """A gold file or evaluation data set is malformed."""
