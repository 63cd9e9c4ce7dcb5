"""The command line, through click's CliRunner with a temporary database."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import dateline
from dateline import evaluate, pipeline
from dateline.cli import main
from dateline.records import Reject
from store.articles import BODY, sample_article

ROOT = Path(__file__).parents[1]
JAN = sample_article().document.id


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.db"
    with dateline.open(path) as store:
        store.add(sample_article())
    return str(path)


def fake_process(script):
    def process(paths, **options):
        for path in paths:
            yield from script[str(path)]

    return process


# --------------------------------------------------------------------------- ingest


def test_ingest_reports_counts_rejects_and_events(runner, tmp_path, monkeypatch):
    a = sample_article()
    script = {"a.txt": [a], "again.txt": [a], "bad.txt": [Reject("bad.txt", "no ' date YYYY-MM-DD' header")]}
    monkeypatch.setattr(pipeline, "process", fake_process(script))
    result = runner.invoke(main, ["ingest", "a.txt", "again.txt", "bad.txt", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert re.search(r"documents read\s*│\s*3", out)
    assert re.search(r"stored\s*│\s*1", out)
    assert re.search(r"skipped as duplicates\s*│\s*1", out)
    assert re.search(r"rejected\s*│\s*1", out)
    assert "no ' date YYYY-MM-DD' header" in out
    assert "events found in this run (3)" in out
    assert "Japan; Yoko Kamikawa" in out and "negated" in out
    with dateline.open(tmp_path / "x.db") as store:
        assert store.count("documents") == 1 and store.count("rejects") == 1


def test_ingest_all_good_exits_0_and_quiet_prints_nothing(runner, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "process", fake_process({"a.txt": [sample_article()]}))
    result = runner.invoke(main, ["ingest", "a.txt", "--db", str(tmp_path / "q.db"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_ingest_passes_date_fields_and_config(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    calls = []

    def process(paths, **options):
        calls.append(options)
        return iter(())

    monkeypatch.setattr(pipeline, "process", process)
    Path("dateline.toml").write_text('db = "from_config.db"\nbatch_size = 3\n[fields]\npublished = "day"\n')
    result = runner.invoke(main, ["ingest", "x.jsonl", "--date", "2024-01-08", "--field", "text=body", "-q"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "from_config.db").exists()
    from dateline.extract.events import find_events

    # without llm_url in the settings, the rule-based coder is the event extractor
    assert calls == [
        {
            "date": "2024-01-08",
            "fields": {"published": "day", "text": "body"},
            "batch_size": 3,
            "event_extractor": find_events,
        }
    ]


def test_llm_url_in_the_config_selects_the_llm_event_coder(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    calls = []
    monkeypatch.setattr(pipeline, "process", lambda paths, **options: calls.append(options) or iter(()))
    Path("dateline.toml").write_text('llm_url = "http://127.0.0.1:9/v1"\nllm_model = "m"\n')
    result = runner.invoke(main, ["ingest", "x.txt", "--date", "2024-01-08", "-q"])
    assert result.exit_code == 0, result.output
    coder = calls[0]["event_extractor"]
    assert coder.func.__name__ == "find_events_llm" and coder.keywords["config"].base_url.startswith(
        "http://127.0.0.1"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest"], "Missing argument"),
        (["ingest", "a.txt", "--date", "yesterday"], "date must be YYYY-MM-DD"),
        (["ingest", "a.txt", "--field", "text"], "expected NAME=FIELD"),
        (["events", "--config", "missing.toml"], "not found"),
    ],
)
def test_usage_errors_exit_2_with_a_clean_message(runner, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------- extract


def test_extract_one_file_prints_one_object(runner, monkeypatch):
    monkeypatch.setattr(pipeline, "process", fake_process({"a.txt": [sample_article()]}))
    result = runner.invoke(main, ["extract", "a.txt"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == json.loads(json.dumps(sample_article().to_json()))


def test_extract_several_files_prints_a_list_and_reports_rejects(runner, monkeypatch):
    b = sample_article(BODY + " More.", source="b.txt")
    script = {"a.txt": [sample_article()], "b.txt": [b], "c.txt": [Reject("c.txt", "empty file")]}
    monkeypatch.setattr(pipeline, "process", fake_process(script))
    result = runner.invoke(main, ["extract", "a.txt", "b.txt", "c.txt"])
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert [r["source"] for r in records] == ["kyiv.txt", "b.txt"]
    assert "rejected c.txt: empty file" in result.stderr


def test_extract_table_is_a_human_summary(runner, monkeypatch):
    monkeypatch.setattr(pipeline, "process", fake_process({"a.txt": [sample_article()]}))
    result = runner.invoke(main, ["extract", "a.txt", "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "Japan pledges aid" in result.stdout
    assert "5 entities, 2 dates, 1 amounts, 2 quotes, 3 events" in result.stdout


# --------------------------------------------------------------------------- queries


def test_events_json_and_filters(runner, db):
    result = runner.invoke(main, ["events", "--db", db, "--type", "AID", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["source"][0] for r in rows] == ["Japan", "Germany"]
    rows = json.loads(
        runner.invoke(main, ["events", "--db", db, "--status", "negated", "--format", "json"]).stdout
    )
    assert [r["evidence"] for r in rows] == ["Russia did not agree to talks"]


def test_events_csv_and_table(runner, db):
    out = runner.invoke(main, ["events", "--db", db, "--format", "csv"]).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 3 and json.loads(rows[0]["target"]) == ["Ukraine"]
    table = runner.invoke(main, ["events", "--db", db]).stdout
    assert "events (3)" in table and "AGREE" in table and JAN[:8] in table


def test_quotes_entities_dates(runner, db):
    quotes = json.loads(
        runner.invoke(main, ["quotes", "--db", db, "--speaker", "kamikawa", "--format", "json"]).stdout
    )
    assert [q["cue"] for q in quotes] == ["told"]
    ents = json.loads(
        runner.invoke(main, ["entities", "--db", db, "--country", "JPN", "--format", "json"]).stdout
    )
    assert sorted(e["name"] for e in ents) == ["Japan", "Yoko Kamikawa"]
    dates_table = runner.invoke(main, ["dates", "--db", db]).stdout
    assert "2024-W03" in dates_table and "next week" in dates_table


def test_pledges_lists_and_totals(runner, db):
    result = runner.invoke(main, ["pledges", "--db", db])
    assert result.exit_code == 0, result.output
    assert "pledged USD by donor" in result.stdout
    assert "37,000,000" in result.stdout
    assert "5 generators" in result.stdout
    data = json.loads(runner.invoke(main, ["pledges", "--db", db, "--format", "json"]).stdout)
    assert data["totals"] == [{"donor": "Japan", "usd": 37e6, "pledges": 1, "unconverted": 0}]
    assert [p["donor"] for p in data["pledges"]] == ["Japan", "Germany"]


def test_show_accepts_a_prefix_and_fails_cleanly(runner, db):
    result = runner.invoke(main, ["show", JAN[:6], "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["doc"] == JAN
    assert "Japan pledges aid" in runner.invoke(main, ["show", JAN, "--db", db]).stdout
    missing = runner.invoke(main, ["show", "ffffff", "--db", db])
    assert missing.exit_code == 1
    assert "no document with id 'ffffff'" in missing.output and "Traceback" not in missing.output


def test_query_format_from_config_must_suit_the_command(runner, db, tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('format = "jsonl"\n')
    result = runner.invoke(main, ["events", "--db", db, "--config", str(cfg)])
    assert result.exit_code == 2 and "not available here" in result.output
    cfg.write_text('format = "json"\n')
    assert (
        json.loads(runner.invoke(main, ["--config", str(cfg), "events", "--db", db]).stdout)[0]["type"]
        == "AID"
    )


# --------------------------------------------------------------------------- export, eval


def test_export_jsonl_and_csv(runner, db, tmp_path):
    result = runner.invoke(main, ["export", str(tmp_path / "j"), "--db", db])
    assert result.exit_code == 0, result.output
    line = (tmp_path / "j" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert json.loads(line)["doc"] == JAN
    result = runner.invoke(main, ["export", "--format", "csv", str(tmp_path / "c"), "--db", db])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "c" / "quotes.csv").exists() and "events.csv" in result.stdout


class FakeReport:
    figures = {"events": {"f1": 0.5}}

    def render(self, fmt: str) -> str:
        return f"report as {fmt}"


def test_eval_calls_evaluate_run(runner, monkeypatch, tmp_path):
    calls = []

    def run(target, **kw):
        calls.append((target, kw))
        return FakeReport()

    monkeypatch.setattr(evaluate, "run", run, raising=False)
    result = runner.invoke(main, ["eval", "gold", "--docs", "articles", "--explain", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "report as json"
    result = runner.invoke(main, ["eval", "--dataset", "tempeval3", "tbaq", "--limit", "5"])
    assert result.stdout.strip() == "report as table"
    assert calls == [
        ("gold", {"dataset": None, "docs": "articles", "explain": True, "limit": None}),
        ("tbaq", {"dataset": "tempeval3", "docs": None, "explain": False, "limit": 5}),
    ]


def test_eval_turns_eval_errors_into_messages(runner, monkeypatch):
    from dateline.errors import EvalError

    def run(target, **kw):
        raise EvalError(f"{target}: not a gold folder")

    monkeypatch.setattr(evaluate, "run", run, raising=False)
    result = runner.invoke(main, ["eval", "nowhere"])
    assert result.exit_code == 1 and "nowhere: not a gold folder" in result.output


# --------------------------------------------------------------------------- docs


def _commands() -> dict[str, click.Command]:
    return dict(main.commands)


def test_every_command_has_help_and_is_in_the_cli_docs():
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name, command in _commands().items():
        assert command.help and len(command.help) > 20, name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.name}"
        assert f"dateline {name}" in docs, name


def test_every_command_is_in_the_readme_cli_section():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^##+ [^\n]*\bCLI\b[^\n]*$(.*?)(?=^## |\Z)", readme, re.M | re.S)
    assert match, "README has no CLI section"
    for name in _commands():
        assert f"dateline {name}" in match.group(1), name


# --------------------------------------------------------------------------- end to end

SEED = " date 2024-03-04 Example News\nJapan pledged $12 million to Ukraine on Monday, the foreign ministry said.\n"


@pytest.mark.slow
def test_ingest_a_seed_file_end_to_end(runner, tmp_path):
    (tmp_path / "seed.txt").write_text(SEED, encoding="utf-8")
    db = str(tmp_path / "e2e.db")
    result = runner.invoke(main, ["ingest", str(tmp_path / "seed.txt"), "--db", db])
    assert result.exit_code == 0, result.output
    assert re.search(r"stored\s*│\s*1", result.stdout)
    with dateline.open(db) as store:
        (doc,) = store.documents()
        record = store.document(doc["id"])
    assert record["published"] == "2024-03-04"
    assert "Japan pledged $12 million to Ukraine" in record["body"]
    assert "date 2024-03-04" not in record["body"]  # the seed header is not part of the body
    again = runner.invoke(main, ["ingest", str(tmp_path / "seed.txt"), "--db", db])
    assert re.search(r"skipped as duplicates\s*│\s*1", again.stdout)


def test_ingest_a_real_folder_twice_with_corrupt_files(runner, tmp_path, monkeypatch):
    """End to end on real readers and extractors: bad files are rejected with a reason,
    the good ones stored once; a second run stores nothing new and loses nothing."""
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(
        " date 2024-03-04 Japan pledged $12 million to Ukraine on Monday, the foreign ministry said.\n"
    )
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02 date 2024-03-04 not text\x00")
    (corpus / "empty.txt").write_text("")
    (corpus / "nodate.txt").write_text("Japan pledged $12 million to Ukraine on Monday.\n")

    first = runner.invoke(main, ["ingest", "corpus", "--db", "x.db", "-q"])
    assert first.exit_code == 1  # some inputs rejected
    for name, why in (("binary.txt", "binary"), ("empty.txt", "empty"), ("nodate.txt", "date")):
        line = next(ln for ln in first.stderr.splitlines() if name in ln)
        assert why in line.lower(), line

    second = runner.invoke(main, ["ingest", "corpus", "--db", "x.db", "-q"])
    assert second.exit_code == 1
    docs = runner.invoke(main, ["events", "--db", "x.db", "--format", "json"])
    events = json.loads(docs.stdout)
    assert [(e["type"], e["status"]) for e in events] == [("AID", "pledged")]
    import sqlite3

    with sqlite3.connect(tmp_path / "x.db") as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 1


def test_query_commands_refuse_a_database_that_does_not_exist(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for args in (["events"], ["quotes"], ["show", "abc"], ["export", "out"]):
        result = runner.invoke(main, [*args, "--db", "typo.db"])
        assert result.exit_code == 2, (args, result.output)
        assert "no database at typo.db" in result.output
    assert not (tmp_path / "typo.db").exists()
