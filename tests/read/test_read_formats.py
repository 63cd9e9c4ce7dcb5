"""Readers: every format, every reject reason, stdin, encodings, directory walks."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.errors import ConfigError, InputError
from dateline.read import read_paths, read_text
from dateline.records import RawDocument, Reject

PAGES = Path(__file__).parent.parent / "fixtures" / "pages"
NO_HEADER = "first line has no ' date YYYY-MM-DD' header; pass --date or fix the file"


def _one(path: Path, **kw) -> RawDocument | Reject:
    out = list(read_paths([path], **kw))
    assert len(out) == 1
    return out[0]


# --------------------------------------------------------------------------- seed / txt


def test_seed_header_with_text_on_same_line(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(" date 2019-03-10 Ministers met in London.\nSecond line.", encoding="utf-8")
    raw = _one(f)
    assert isinstance(raw, RawDocument)
    assert raw.published == "2019-03-10"
    assert raw.text == "Ministers met in London.\nSecond line."
    assert raw.format == "seed"
    assert raw.source == str(f)


def test_seed_header_alone_on_first_line_and_without_leading_space(tmp_path: Path) -> None:
    f = tmp_path / "b.txt"
    f.write_text("date 2024-01-07\nSkip to content\nText.", encoding="utf-8")
    raw = _one(f)
    assert raw.published == "2024-01-07"
    assert raw.text == "Skip to content\nText."


def test_txt_without_header_uses_date_argument(tmp_path: Path) -> None:
    f = tmp_path / "c.txt"
    f.write_text("Talks resumed in Geneva.", encoding="utf-8")
    raw = _one(f, date="2023-05-02")
    assert (raw.published, raw.format, raw.text) == ("2023-05-02", "txt", "Talks resumed in Geneva.")


def test_header_date_beats_date_argument(tmp_path: Path) -> None:
    f = tmp_path / "d.txt"
    f.write_text(" date 2020-02-02 Text.", encoding="utf-8")
    assert _one(f, date="2023-05-02").published == "2020-02-02"


def test_txt_without_header_or_date_is_rejected(tmp_path: Path) -> None:
    f = tmp_path / "e.txt"
    f.write_text("Talks resumed in Geneva.", encoding="utf-8")
    assert _one(f) == Reject(str(f), NO_HEADER)


def test_impossible_header_date_is_rejected(tmp_path: Path) -> None:
    f = tmp_path / "f.txt"
    f.write_text(" date 2024-02-30 Text.", encoding="utf-8")
    rej = _one(f)
    assert isinstance(rej, Reject) and "2024-02-30" in rej.reason


@pytest.mark.parametrize(
    ("content", "word"),
    [(b"", "empty"), (b"  \n\n ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary")],
)
def test_empty_and_binary_files_are_rejected(tmp_path: Path, content: bytes, word: str) -> None:
    f = tmp_path / "g.txt"
    f.write_bytes(content)
    rej = _one(f, date="2024-01-01")
    assert isinstance(rej, Reject) and word in rej.reason


def test_missing_file_is_rejected_and_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(" date 2024-01-01 Text.", encoding="utf-8")
    out = list(read_paths([tmp_path / "nope.txt", good]))
    assert isinstance(out[0], Reject) and "no such file" in out[0].reason
    assert isinstance(out[1], RawDocument)


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    text = " date 2021-07-01 Le président français a rencontré à Genève le ministre ukrainien des affaires étrangères."
    f.write_bytes(text.encode("latin-1"))
    raw = _one(f)
    assert isinstance(raw, RawDocument)
    assert raw.text.startswith("Le président français a rencontré à Genève")


def test_utf8_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeff date 2021-07-01\r\nLine one.\r\nLine two.".encode())
    raw = _one(f)
    assert raw.published == "2021-07-01"
    assert raw.text == "Line one.\nLine two."


def test_bad_date_flag_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="07/01/2024"):
        list(read_paths([tmp_path], date="07/01/2024"))


# --------------------------------------------------------------------------- directories, stdin


def test_directory_walk_is_sorted_recursive_and_skips_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b.txt").write_text(" date 2024-01-02 B.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(" date 2024-01-03 A.", encoding="utf-8")
    (tmp_path / "a.txt").write_text(" date 2024-01-01 A0.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(" date 2024-01-01 H.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(" date 2024-01-01 G.", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\x00\x00")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    out = list(read_paths([tmp_path]))
    assert [Path(r.source).relative_to(tmp_path).as_posix() for r in out] == ["a.txt", "b.txt", "sub/a.txt"]


def test_explicit_file_with_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    f = tmp_path / "article.md"
    f.write_text(" date 2024-01-02 Text.", encoding="utf-8")
    assert _one(f).text == "Text."


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b" date 2024-01-07 Kyiv hosted talks."))
    monkeypatch.setattr(sys, "stdin", fake)
    out = list(read_paths(["-"]))
    assert out == [
        RawDocument(source="<stdin>", text="Kyiv hosted talks.", published="2024-01-07", format="seed")
    ]


def test_stdin_jsonl_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    data = '{"text": "One.", "date": "2024-01-01"}\n{"text": "Two.", "date": "2024-01-02"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    out = list(read_paths(["-"]))
    assert [(r.source, r.text) for r in out] == [("<stdin>#1", "One."), ("<stdin>#2", "Two.")]


# --------------------------------------------------------------------------- jsonl


def test_jsonl_with_field_mapping_bad_lines_and_meta() -> None:
    out = list(read_paths([PAGES / "articles.jsonl"], fields={"text": "body", "date": "published"}))
    src = str(PAGES / "articles.jsonl")
    assert [r.source for r in out] == [f"{src}#{n}" for n in (1, 2, 3, 4, 5)]
    first, second, bad_json, not_object, no_date = out
    assert isinstance(first, RawDocument) and first.format == "jsonl"
    assert first.published == "2023-10-05"
    assert first.url == "https://example.org/kenya-haiti"
    assert first.title == "Kenya and AU discuss Haiti mission"
    assert first.meta == {"section": "Africa"}
    assert second.text.startswith("Chile recalled its ambassador")
    assert isinstance(bad_json, Reject) and "not valid JSON" in bad_json.reason
    assert isinstance(not_object, Reject) and "list" in not_object.reason
    assert isinstance(no_date, Reject) and "'published'" in no_date.reason


def test_jsonl_date_argument_is_fallback(tmp_path: Path) -> None:
    f = tmp_path / "x.ndjson"
    f.write_text(json.dumps({"text": "Talks.", "date": None}) + "\n", encoding="utf-8")
    assert _one(f, date="2024-05-05").published == "2024-05-05"


def test_jsonl_without_mapping_names_missing_field() -> None:
    out = list(read_paths([PAGES / "articles.jsonl"]))
    assert isinstance(out[0], Reject) and "'text'" in out[0].reason and "body" in out[0].reason


# --------------------------------------------------------------------------- html


def test_html_page_main_text_and_metadata() -> None:
    raw = _one(PAGES / "page.html")
    assert isinstance(raw, RawDocument)
    assert raw.format == "html"
    assert raw.published == "2023-09-05"
    assert raw.title == "Brazil and Argentina agree to restore trade talks"
    assert raw.author == "Marta Ribeiro"
    assert raw.outlet == "Southern Dispatch"
    assert "restart talks on a joint trade framework" in raw.text
    assert "credit line of 500 million reais" in raw.text
    for junk in ("Subscribe to our newsletter", "All rights reserved", "Politics"):
        assert junk not in raw.text


def test_html_without_date_needs_date_argument(tmp_path: Path) -> None:
    f = tmp_path / "p.htm"
    para = "The two delegations met in Vienna and agreed to continue the talks next month. " * 4
    f.write_text(f"<html><body><article><p>{para}</p><p>{para}</p></article></body></html>", encoding="utf-8")
    rej = _one(f)
    assert isinstance(rej, Reject) and "--date" in rej.reason
    raw = _one(f, date="2022-02-02")
    assert raw.published == "2022-02-02" and "met in Vienna" in raw.text


# --------------------------------------------------------------------------- read_text


def test_read_text_needs_a_date() -> None:
    with pytest.raises(InputError, match="pass --date"):
        read_text("No header here.")
    with pytest.raises(InputError, match="empty"):
        read_text("   ", date="2024-01-01")


_LINE = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"), min_size=1)


@settings(max_examples=60, deadline=None)
@given(day=st.dates(), body=_LINE.filter(lambda s: s.strip() and not s[0].isspace()))
def test_read_text_round_trips_seed_header(day, body: str) -> None:
    raw = read_text(f" date {day.isoformat()} {body}")
    assert raw.published == day.isoformat()
    assert raw.text == body


def test_utf8_with_a_broken_byte_is_repaired(tmp_path: Path) -> None:
    f = tmp_path / "broken.txt"
    good = " date 2021-07-01 Zelensky’s office said “talks” in Kyiv went well — officials".encode()
    f.write_bytes(good + b" \xe2\x80 end.")  # a truncated three-byte character
    raw = _one(f)
    assert isinstance(raw, RawDocument)
    assert raw.text.startswith("Zelensky’s office said “talks”")
    assert "\ufffd" in raw.text


def test_cp1252_smart_quotes_are_decoded(tmp_path: Path) -> None:
    f = tmp_path / "cp.txt"
    f.write_bytes(" date 2021-07-01 The minister said \u201cno deal\u201d on Friday.".encode("cp1252"))
    assert _one(f).text == "The minister said \u201cno deal\u201d on Friday."


def test_undecodable_noise_is_rejected(tmp_path: Path) -> None:
    f = tmp_path / "noise.txt"
    f.write_bytes(bytes(range(0x80, 0x100)) * 8)
    rej = _one(f, date="2024-01-01")
    assert isinstance(rej, Reject)
    assert "UTF-8" in rej.reason or "binary" in rej.reason


def test_a_reader_crash_rejects_that_file_and_the_walk_goes_on(tmp_path, monkeypatch):
    import dateline.read as read_pkg

    (tmp_path / "a.html").write_text("<html><body><p>Some text here.</p></body></html>")
    (tmp_path / "b.txt").write_text(" date 2024-01-07 Japan will provide five generators to Ukraine.")

    def broken(*args, **kwargs):
        raise ImportError("lxml.html.clean module is now a separate project")

    monkeypatch.setattr(read_pkg, "read_html", broken)
    out = list(read_pkg.read_paths([tmp_path]))
    assert [type(x).__name__ for x in out] == ["Reject", "RawDocument"]
    assert "a.html" in out[0].source and "lxml.html.clean" in out[0].reason
