"""The direction of dependency: each part of dateline imports only the parts below it.

read -> clean -> parse -> extract/resolve -> store -> query -> the API (pipeline, database,
cluster, evaluate, the package itself) -> cli, serve. A lower part never imports a higher
one, not even late inside a function: the store opens without the pipeline (so without
spaCy), and the queries, the web app and the CLI can change without touching the store.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import dateline

PACKAGE = Path(dateline.__file__).parent

# the parts of dateline, lowest first; a part may import its own layer and the ones below
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"records", "errors", "settings"}),
    frozenset({"read", "clean", "parse"}),
    # resolve.actors reads the extractor registry and the extractors read the actors: one layer
    frozenset({"extract", "resolve"}),
    frozenset({"store"}),
    frozenset({"query", "export"}),
    frozenset({"pipeline", "database", "cluster", "evaluate", "__init__"}),
    frozenset({"cli", "serve"}),
)
LAYER = {part: rank for rank, parts in enumerate(LAYERS) for part in parts}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every dateline module a source file imports, at the top or late inside a function."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "dateline")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module.split(".")[0] != "dateline":
                continue
            # `from . import query` imports the module dateline.query, not a name in dateline
            found.update(
                f"{module}.{a.name}"
                for a in node.names
                if (PACKAGE.parent / module.replace(".", "/") / a.name).with_suffix(".py").exists()
                or (PACKAGE.parent / module.replace(".", "/") / a.name / "__init__.py").exists()
            )
            found.add(module)
    return found


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_the_layer_table_names_every_part_of_the_package() -> None:
    parts = {_part(_module_name(p)) for p in SOURCES}
    assert parts == set(LAYER), "add the new part to LAYERS in tests/test_layers.py"


def test_the_import_reader_sees_late_and_relative_imports() -> None:
    # the reader itself must be able to fail: the store's own files import schema, read, write
    store_init = _imports(PACKAGE / "store" / "__init__.py")
    assert {
        "dateline.store.read",
        "dateline.store.schema",
        "dateline.store.write",
        "dateline.errors",
    } <= store_init
    # `from . import cluster` inside a cli function is a late import of dateline.cluster
    assert "dateline.cluster" in _imports(PACKAGE / "cli.py")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_a_higher_layer(path: Path) -> None:
    own = _part(_module_name(path))
    upward = sorted(m for m in _imports(path) if m != "dateline" and LAYER[_part(m)] > LAYER[own])
    assert upward == [], f"{own} (layer {LAYER[own]}) imports a higher layer"


def test_no_store_module_imports_the_pipeline_the_queries_or_the_apps() -> None:
    for path in sorted((PACKAGE / "store").glob("*.py")):
        for module in _imports(path):
            assert _part(module) not in {"pipeline", "query", "database", "cluster", "cli", "serve"}, (
                path.name,
                module,
            )


def _loaded_after(code: str) -> set[str]:
    """The dateline and spaCy modules a fresh interpreter has loaded after running ``code``."""
    probe = (
        f"{code}\nimport json, sys\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('dateline', 'spacy'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return set(json.loads(out.stdout))


def test_importing_the_store_loads_no_pipeline_no_spacy_no_web_app() -> None:
    loaded = _loaded_after("import dateline.store")
    assert "dateline.store.write" in loaded  # the probe saw the import happen
    for unwanted in ("dateline.pipeline", "dateline.query", "dateline.serve", "dateline.cli", "spacy"):
        assert unwanted not in loaded


def test_opening_a_database_and_querying_it_loads_no_pipeline_and_no_spacy() -> None:
    loaded = _loaded_after("import dateline\ndb = dateline.open(':memory:')\nassert db.events() == []")
    assert {"dateline.database", "dateline.query"} <= loaded
    for unwanted in ("dateline.pipeline", "dateline.serve", "spacy"):
        assert unwanted not in loaded
