"""Settings: declared as data, read from defaults < config file < environment < command-line flags.

    SETTINGS                      the declared settings (name, default, help)
    load(config=None, **flags)    -> Settings, an immutable object passed down explicitly

The config file is ``dateline.toml`` in the current folder, or the file given
with ``--config``. Its keys are the setting names; JSON Lines field names go in
a ``[fields]`` table::

    db = "news.db"
    batch_size = 32
    date = "2024-01-08"
    format = "json"

    [fields]
    text = "body"        # the record's text is in its "body" field
    published = "date"

A flag that was not given (``None``) leaves the file's or default value in place.

A setting may also be read from an environment variable (``Setting.env``); that value
beats the config file and a flag beats it. A *secret* (the LLM server's API key) is
never read from a config file, which tends to be committed and shared: only from its
environment variable or a flag. ``load`` is the one place dateline reads the
environment; the stages get their values from the ``Settings`` passed to them.
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .errors import ConfigError

CONFIG_FILE = "dateline.toml"
FORMATS = ("table", "json", "csv", "jsonl")


@dataclass(frozen=True)
class Setting:
    """One declared setting: its name (also the config key), default and help text.

    ``env`` names an environment variable that sets it; a ``secret`` is not read from
    config files and is kept out of ``repr``.
    """

    name: str
    default: Any
    help: str
    env: str | None = None
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "dateline.db", "SQLite database file to write and query (created if missing)."),
    Setting("batch_size", 16, "Number of documents spaCy parses together while ingesting."),
    Setting(
        "fields",
        {},
        "JSON Lines field names, as record field -> input field (e.g. text=body, published=date).",
    ),
    Setting(
        "date", None, "Publication date (YYYY-MM-DD) for inputs that carry none, such as plain .txt files."
    ),
    Setting("format", "table", "Output format of query commands: table, json or csv."),
    Setting(
        "llm_url",
        None,
        "OpenAI-compatible API root for the optional LLM event extractor (off when unset; see docs/llm.md).",
    ),
    Setting("llm_model", None, "Model name the LLM server serves; needed when llm_url is set."),
    Setting("llm_timeout", 120.0, "Seconds to wait for one answer from the LLM server."),
    Setting(
        "llm_api_key",
        None,
        "Bearer token for the LLM server, from the DATELINE_LLM_API_KEY environment variable "
        "(never from a config file).",
        env="DATELINE_LLM_API_KEY",
        secret=True,
    ),
)


def _frozen(mapping: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class Settings:
    """The resolved settings of one run. Immutable: make a new one with ``dataclasses.replace``."""

    db: str = "dateline.db"
    batch_size: int = 16
    fields: Mapping[str, str] = field(default_factory=lambda: _frozen({}))
    date: str | None = None
    format: str = "table"
    llm_url: str | None = None
    llm_model: str | None = None
    llm_timeout: float = 120.0
    llm_api_key: str | None = field(default=None, repr=False)  # a secret: never printed
    config: str | None = None  # the config file that was read, if any (not a setting itself)

    def field_map(self) -> dict[str, str] | None:
        """The JSON Lines field names as a plain dict, or None when none are set."""
        return dict(self.fields) or None


def _check(name: str, value: Any, origin: str) -> Any:
    """Validate one setting value; ``origin`` says where it came from, for the message."""
    if name == "db":
        if not isinstance(value, str | Path) or not str(value):
            raise ConfigError(f"{origin}: db must be a file path, got {value!r}")
        return str(value)
    if name == "batch_size":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigError(f"{origin}: batch_size must be a whole number >= 1, got {value!r}")
        return value
    if name == "fields":
        if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
            raise ConfigError(f'{origin}: fields must map names to names, e.g. text = "body"; got {value!r}')
        return _frozen(value)
    if name == "date":
        if value is None:
            return None
        if isinstance(value, dt.date):  # TOML has a date type: date = 2024-01-08
            return value.isoformat()[:10]
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise ConfigError(f"{origin}: date must be YYYY-MM-DD, got {value!r}") from None
    if name == "format":
        if value not in FORMATS:
            raise ConfigError(f"{origin}: format must be one of {', '.join(FORMATS)}; got {value!r}")
        return value
    if name == "llm_api_key":
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise ConfigError(f"{origin}: {name} must be a non-empty string")  # a secret: not echoed
        return value
    if name in ("llm_url", "llm_model"):
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise ConfigError(f"{origin}: {name} must be a non-empty string, got {value!r}")
        if name == "llm_url" and value is not None and not value.startswith(("http://", "https://")):
            raise ConfigError(
                f"{origin}: llm_url must start with http:// or https://, e.g. http://localhost:8000/v1"
            )
        return value
    if name == "llm_timeout":
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise ConfigError(f"{origin}: llm_timeout must be a number of seconds > 0, got {value!r}")
        return float(value)
    return value  # pragma: no cover - every declared setting is handled above


def read_config(path: str | Path) -> dict[str, Any]:
    """The settings in a TOML config file, validated.

    Raises:
        ConfigError: the file is missing, not TOML, or has an unknown key or a bad value.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path} not found; create it or drop --config") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    known = {s.name for s in SETTINGS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(
            f"config file {path}: unknown setting {unknown[0]!r}; known settings: {', '.join(sorted(known))}"
        )
    for s in SETTINGS:
        if s.secret and s.name in data:
            raise ConfigError(
                f"config file {path}: {s.name} is a secret and is not read from config files "
                f"(they get committed and shared); set the {s.env} environment variable instead"
            )
    return {k: _check(k, v, f"config file {path}") for k, v in data.items()}


def parse_fields(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``["text=body", "published=date"]`` -> ``{"text": "body", "published": "date"}``.

    Raises:
        ConfigError: a pair has no ``=``.
    """
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise ConfigError(f"--field {pair!r}: expected NAME=FIELD, e.g. --field text=body")
        out[name.strip()] = value.strip()
    return out


def load(
    config: str | Path | None = None,
    *,
    cwd: str | Path | None = None,
    environ: Mapping[str, str] | None = None,
    **flags: Any,
) -> Settings:
    """Resolve the settings: defaults, then the config file, then the environment, then the flags given.

    Args:
        config: a config file to read; when None, ``dateline.toml`` in ``cwd`` is
            read if it exists.
        cwd: the folder to look for ``dateline.toml`` in (default: the current one).
        environ: the environment variables to read (default: ``os.environ``); only the
            variables the settings declare (``Setting.env``) are read, and an empty one
            counts as unset.
        **flags: setting values from the command line; ``None`` means "not given".
            ``fields`` is merged key by key over the config file's.

    Raises:
        ConfigError: an unknown flag, or a bad value anywhere.

    Example:
        >>> load(cwd="/nonexistent", db="news.db").db
        'news.db'
    """
    settings = Settings()
    if config is None:
        candidate = Path(cwd or ".") / CONFIG_FILE
        config = candidate if candidate.is_file() else None
    if config is not None:
        settings = replace(settings, config=str(config), **read_config(config))
    environ = os.environ if environ is None else environ
    for s in SETTINGS:
        if s.env and environ.get(s.env):
            settings = replace(
                settings, **{s.name: _check(s.name, environ[s.env], f"environment variable {s.env}")}
            )
    known = {f.name for f in fields(Settings)} - {"config"}
    for name, value in flags.items():
        if name not in known:
            raise ConfigError(f"unknown setting {name!r}; known settings: {', '.join(sorted(known))}")
        if value is None:
            continue
        if name == "fields":
            value = {**settings.fields, **value}
        settings = replace(settings, **{name: _check(name, value, f"option --{name.replace('_', '-')}")})
    return settings
