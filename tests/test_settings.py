"""Settings: declared as data, defaults < config file < flags, helpful errors."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from dateline.errors import ConfigError
from dateline.settings import SETTINGS, Settings, load, parse_fields


def test_every_setting_has_help_text_and_a_field():
    names = {f.name for f in fields(Settings)}
    for s in SETTINGS:
        assert s.help.strip().endswith("."), s.name
        assert len(s.help) > 20, s.name
        assert s.name in names
        assert getattr(Settings(), s.name) == s.default


def test_every_setting_is_documented_in_the_cli_docs():
    docs = (Path(__file__).parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    for s in SETTINGS:
        assert f"`{s.name}`" in docs, s.name


def test_defaults_without_a_config_file(tmp_path):
    s = load(cwd=tmp_path)
    assert (s.db, s.batch_size, s.field_map(), s.date, s.format) == ("dateline.db", 16, None, None, "table")
    assert s.config is None


def test_config_file_in_cwd_then_flags_win(tmp_path):
    (tmp_path / "dateline.toml").write_text(
        'db = "news.db"\nbatch_size = 4\ndate = 2024-01-08\n[fields]\ntext = "body"\npublished = "day"\n'
    )
    s = load(cwd=tmp_path)
    assert (s.db, s.batch_size, s.date) == ("news.db", 4, "2024-01-08")
    assert s.field_map() == {"text": "body", "published": "day"}
    s = load(cwd=tmp_path, db="other.db", batch_size=None, fields={"text": "content"})
    assert s.db == "other.db"  # flag given
    assert s.batch_size == 4  # flag not given: the file's value stays
    assert s.field_map() == {"text": "content", "published": "day"}  # merged key by key


def test_explicit_config_file_replaces_the_cwd_one(tmp_path):
    (tmp_path / "dateline.toml").write_text('db = "cwd.db"\n')
    other = tmp_path / "other.toml"
    other.write_text('db = "other.db"\n')
    assert load(other, cwd=tmp_path).db == "other.db"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("dbb = 'x.db'\n", "unknown setting 'dbb'"),
        ("batch_size = 0\n", "batch_size must be a whole number"),
        ("date = '8 Jan 2024'\n", "date must be YYYY-MM-DD"),
        ("format = 'xml'\n", "format must be one of"),
        ("db = [\n", "not valid TOML"),
    ],
)
def test_bad_config_files_name_the_problem(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load(path)


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load(tmp_path / "nope.toml")


def test_bad_flag_value_names_the_option(tmp_path):
    with pytest.raises(ConfigError, match="option --batch-size"):
        load(cwd=tmp_path, batch_size=-1)


def test_settings_are_immutable(tmp_path):
    s = load(cwd=tmp_path, fields={"text": "body"})
    with pytest.raises(AttributeError):
        s.db = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        s.fields["text"] = "other"  # type: ignore[index]


def test_parse_fields():
    assert parse_fields(["text=body", " published = date "]) == {"text": "body", "published": "date"}
    with pytest.raises(ConfigError, match="NAME=FIELD"):
        parse_fields(["text"])


# --------------------------------------------------------------------------- the environment and secrets


def test_the_llm_key_comes_from_the_environment_and_a_flag_beats_it(tmp_path):
    env = {"DATELINE_LLM_API_KEY": "sk-env", "DATELINE_DB": "ignored.db"}  # only declared variables count
    s = load(cwd=tmp_path, environ=env)
    assert s.llm_api_key == "sk-env" and s.db == "dateline.db"
    assert load(cwd=tmp_path, environ=env, llm_api_key="sk-flag").llm_api_key == "sk-flag"
    assert load(cwd=tmp_path, environ={"DATELINE_LLM_API_KEY": ""}).llm_api_key is None  # empty = unset
    assert load(cwd=tmp_path, environ={}).llm_api_key is None


def test_load_reads_the_process_environment_by_default(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_LLM_API_KEY", "sk-process")
    assert load(cwd=tmp_path).llm_api_key == "sk-process"
    monkeypatch.delenv("DATELINE_LLM_API_KEY")
    assert load(cwd=tmp_path).llm_api_key is None


def test_a_secret_in_a_config_file_is_refused_and_never_echoed(tmp_path):
    (tmp_path / "dateline.toml").write_text('llm_api_key = "sk-in-file"\n')
    with pytest.raises(ConfigError, match="secret.*DATELINE_LLM_API_KEY") as info:
        load(cwd=tmp_path, environ={})
    assert "sk-in-file" not in str(info.value)
    with pytest.raises(ConfigError, match="environment variable DATELINE_LLM_API_KEY") as info:
        load(cwd=tmp_path / "nowhere", environ={"DATELINE_LLM_API_KEY": "   "})
    assert "llm_api_key must be a non-empty string" in str(info.value)


def test_the_key_stays_out_of_repr():
    s = Settings(llm_api_key="sk-hidden")
    assert "sk-hidden" not in repr(s)
    assert s.llm_api_key == "sk-hidden"
