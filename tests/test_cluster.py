"""Scale-out ingest on a real Dask LocalCluster of two worker processes.

One cluster serves the whole module (starting one and loading spaCy in each worker
costs a few seconds). The fixture corpus in ``fixtures/cluster`` holds three dated
``.txt`` articles, a JSON Lines file of two and one binary file.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import cloudpickle
import pytest
from click.testing import CliRunner

import dateline
from dateline import cluster
from dateline.cli import main
from dateline.extract.events import find_events
from dateline.records import Reject

slow = pytest.mark.slow  # a real cluster: a few seconds each

CORPUS = Path(__file__).parent / "fixtures" / "cluster"
GOOD = ["aid_norway.txt", "arrests_lagos.txt", "trade_chile.txt", "wires.jsonl#1", "wires.jsonl#2"]

# the failure injectors below must reach the worker processes, which cannot import this module
cloudpickle.register_pickle_by_value(sys.modules[__name__])


class TaskCrash(BaseException):
    """Not an Exception, so no per-document guard in the pipeline catches it: the whole task fails."""


def crashing_events(parsed, *args):
    if "Zanzibar" in parsed.document.text:
        raise TaskCrash("injected crash")
    return find_events(parsed, *args)


def dying_events(parsed, *args):
    if "Zanzibar" in parsed.document.text:
        os._exit(3)  # the worker process dies as on a segfault or the OOM killer
    return find_events(parsed, *args)


@pytest.fixture(scope="module")
def client():
    client, local = cluster.connect(workers=2)
    yield client
    client.close()
    local.close()


@pytest.fixture(scope="module")
def serial_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("serial") / "serial.db"
    with dateline.open(path) as store:
        store.ingest([CORPUS])
    return path


def snapshot(path: Path) -> dict[str, list]:
    """Every stored fact, order-free, without ingest timestamps."""
    with dateline.open(path) as store:
        articles = sorted(json.dumps(a.to_json(), sort_keys=True) for a in store.articles())
        rejects = sorted((r["source"], r["reason"]) for r in store.rejects())
        counts = {
            t: store.count(t) for t in ("documents", "entities", "dates", "quotes", "events", "rejects")
        }
    return {"articles": articles, "rejects": rejects, "counts": [counts]}


def names(sources) -> list[str]:
    return sorted(Path(s).name for s in sources)


@slow
def test_cluster_stores_the_same_facts_as_serial_ingest(client, serial_db, tmp_path):
    with dateline.open(tmp_path / "c.db") as store:
        # chunks of 2: the five documents and the reject travel in three tasks
        summary = cluster.ingest(store, [CORPUS], client=client, chunk_size=2)
        assert (summary.read, summary.stored, summary.rejected) == (6, 5, 1)
        assert names(a.document.source for a in store.articles()) == GOOD
        # worked out by hand: each article says a weekday that is its publication date
        dates = {Path(a.document.source).name: [(d.text, d.value) for d in a.dates] for a in store.articles()}
        assert dates["aid_norway.txt"] == [("Monday", "2024-03-04")]
        assert dates["wires.jsonl#2"] == [("Tuesday", "2024-09-03")]
        aid = {(tuple(e["source"]), tuple(e["target"])) for e in store.events(type="AID")}
        assert (("Norway",), ("Sudan",)) in aid
    assert snapshot(tmp_path / "c.db") == snapshot(serial_db)


@slow
def test_corrupt_file_is_rejected_by_name_and_the_rest_stored(client, tmp_path):
    with dateline.open(tmp_path / "c.db") as store:
        summary = cluster.ingest(store, [CORPUS / "corrupt.txt", CORPUS / "aid_norway.txt"], client=client)
        assert summary.stored == 1
        [(source, reason)] = summary.rejects
        assert Path(source).name == "corrupt.txt" and "binary" in reason
        assert [r["source"] for r in store.rejects()] == [source]


@slow
def test_running_twice_stores_nothing_twice(client, tmp_path):
    with dateline.open(tmp_path / "c.db") as store:
        first = cluster.ingest(store, [CORPUS], client=client)
        counts = {t: store.count(t) for t in ("documents", "entities", "dates", "events")}
        second = cluster.ingest(store, [CORPUS], client=client)
        assert (first.stored, second.stored, second.duplicates, second.updated) == (5, 0, 5, 0)
        assert {t: store.count(t) for t in counts} == counts
        assert counts["documents"] == 5


def _corpus_with_poison(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "poison.txt").write_text(
        " date 2024-07-01 Tanzania sent 300 police officers to Zanzibar on Monday, officials said.\n"
    )
    return corpus


@slow
def test_a_task_that_raises_costs_only_its_failing_document(client, tmp_path):
    corpus = _corpus_with_poison(tmp_path)
    with dateline.open(tmp_path / "c.db") as store:
        # one chunk holds every input, so the crash takes the whole task down: it is split and retried
        summary = cluster.ingest(
            store, [corpus], client=client, chunk_size=10, event_extractor=crashing_events
        )
        assert summary.stored == 5
        assert names(a.document.source for a in store.articles()) == GOOD
        by_name = {Path(s).name: r for s, r in summary.rejects}
        assert set(by_name) == {"corrupt.txt", "poison.txt"}
        assert by_name["poison.txt"] == "failed on a cluster worker: TaskCrash: injected crash"


@slow
def test_a_dying_worker_costs_only_its_documents(client, tmp_path):
    corpus = _corpus_with_poison(tmp_path)
    with dateline.open(tmp_path / "c.db") as store:
        # one document per task keeps the test short: its worker dies, the retry dies, it is rejected
        summary = cluster.ingest(store, [corpus], client=client, chunk_size=1, event_extractor=dying_events)
        assert summary.stored == 5
        by_name = {Path(s).name: r for s, r in summary.rejects}
        assert set(by_name) == {"corrupt.txt", "poison.txt"}
        assert "worker processing it died, 2 times" in by_name["poison.txt"]
    client.wait_for_workers(2, timeout=30)  # the nanny restarts the worker for the next test


@slow
def test_the_cli_ingests_on_an_existing_scheduler(client, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    address = client.scheduler.address  # the module's cluster, as `dask scheduler` would print it
    result = CliRunner().invoke(main, ["ingest", str(CORPUS), "--db", "x.db", "--scheduler", address, "-q"])
    assert result.exit_code == 1, result.output  # the corrupt file is rejected
    assert "corrupt.txt" in result.stderr and "binary" in result.stderr
    with sqlite3.connect("x.db") as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 5


def test_the_cli_refuses_both_cluster_options(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["ingest", "a.txt", "--workers", "2", "--scheduler", "tcp://h:8786"])
    assert result.exit_code == 2 and "only one" in result.output


# --------------------------------------------------------------------------- planning, no cluster


@pytest.mark.parametrize("size, expected", [(2, [2, 2, 2]), (4, [4, 2]), (32, [6])])
def test_plan_splits_files_and_jsonl_records_in_input_order(size, expected):
    chunks = list(cluster.plan([CORPUS], chunk_size=size))
    assert [len(c.items) for c in chunks] == expected
    assert [c.index for c in chunks] == list(range(len(expected)))
    sources = [Path(getattr(i, "source", "")).name for c in chunks for i in c.items]
    # sorted walk, as the serial reader; the JSON Lines file arrives as its two records
    assert sources == [
        "aid_norway.txt",
        "arrests_lagos.txt",
        "corrupt.txt",
        "trade_chile.txt",
        "wires.jsonl#1",
        "wires.jsonl#2",
    ]


def test_plan_turns_a_missing_file_into_the_serial_reject():
    [chunk] = cluster.plan(["no/such/file.txt"])
    assert chunk.items == [Reject("no/such/file.txt", "no such file or directory")]


def test_plan_reads_stdin_like_the_serial_reader(monkeypatch):
    data = b'{"text": "Peru recalled its ambassador.", "date": "2024-01-02"}\n{"text": "x", "date": "bad"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [chunk] = cluster.plan(["-"])
    assert [i.source for i in chunk.items] == ["<stdin>#1", "<stdin>#2"]
    assert chunk.items[0].text == "Peru recalled its ambassador." and isinstance(chunk.items[1], Reject)


def test_connect_wants_exactly_one_cluster():
    with pytest.raises(dateline.errors.ConfigError, match="either"):
        cluster.connect()


def test_connect_names_an_unreachable_scheduler():
    with pytest.raises(
        dateline.errors.ConfigError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    ):
        cluster.connect(scheduler="tcp://127.0.0.1:9", wait=1)
