"""The rows of ``given_names.tsv`` and how the gazetteer reads them.

Expected genders below are common knowledge about the names, checked by hand, not read from the file.
"""

from __future__ import annotations

from importlib import resources

import pytest

from dateline.resolve.gazetteer import _gender_key, load


def _rows() -> list[list[str]]:
    text = resources.files("dateline").joinpath("data", "gazetteer", "given_names.tsv").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def rows():
    return _rows()


def test_every_row_is_a_word_a_gender_and_maybe_a_kind(rows):
    for row in rows:
        assert len(row) in (2, 3), row
        word, gender, *kind = row
        assert word and word == word.strip() and " " not in word, row
        assert gender in ("m", "f"), row
        assert kind in ([], ["title"], ["role"]), row


def test_the_list_is_large_enough_to_matter(rows):
    names = [r for r in rows if len(r) == 2]
    titles = [r for r in rows if len(r) == 3 and r[2] == "title"]
    assert len(names) >= 1500
    assert len(titles) >= 50


def test_no_word_is_listed_with_both_genders(rows):
    # compared as the loader compares them: without case, accents or dots ("Michèle" == "Michele")
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    clashes = []
    for row in rows:
        key = (_gender_key(row[0]), row[2] if len(row) == 3 else "")
        if key in seen and seen[key][1] != row[1]:
            clashes.append((seen[key][0], row[0]))
        seen.setdefault(key, (row[0], row[1]))
    assert clashes == []


@pytest.mark.parametrize(
    "name", ["Jean", "Andrea", "Nicola", "Simone", "Kim", "Sasha", "Dominique", "Ilhan", "Nour", "Deniz"]
)
def test_names_given_to_both_genders_are_left_out(name):
    assert load().given_name_gender(name) is None


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Angela", "f"),
        ("Emmanuel", "m"),
        ("Sergei", "m"),
        ("Sergey", "m"),
        ("Serhiy", "m"),
        ("Yulia", "f"),
        ("Mohammed", "m"),
        ("Muhammad", "m"),
        ("Mohamed", "m"),
        ("Fatima", "f"),
        ("Recep", "m"),
        ("Zeynep", "f"),
        ("Masoud", "m"),
        ("Narges", "f"),
        ("Yael", "f"),
        ("Benjamin", "m"),
        ("Narendra", "m"),
        ("Nirmala", "f"),
        ("Yuriko", "f"),
        ("Shinzo", "m"),
        ("Ngozi", "f"),
        ("Cyril", "m"),
        ("Giorgia", "f"),
        ("Pedro", "m"),
    ],
)
def test_common_names_of_one_gender(name, gender):
    assert load().given_name_gender(name) == gender


def test_case_accents_and_unaccented_letters_do_not_count():
    gaz = load()
    assert gaz.given_name_gender("SÉGOLÈNE") == "f"
    assert gaz.given_name_gender("Segolene") == "f"
    assert gaz.given_name_gender("Aydin") == gaz.given_name_gender("Aydın") == "m"  # dotless ı
    assert gaz.given_name_gender("Lukasz") == gaz.given_name_gender("Łukasz") == "m"


def test_a_hyphenated_name_is_read_whole_then_by_its_first_part():
    gaz = load()
    assert gaz.given_name_gender("Jean-Marie") == "m"  # listed whole: not "Marie"
    assert gaz.given_name_gender("Marie-Claire") == "f"
    assert gaz.given_name_gender("Abdel-Fattah") == "m"  # not listed: "Abdel"
    assert gaz.given_name_gender("Jean-Foo") is None  # "Jean" is left out, "Foo" is never read


def test_title_words_are_apart_from_names():
    gaz = load()
    assert gaz.title_gender("Mr.") == "m"
    assert gaz.title_gender("Mrs") == "f"
    assert gaz.title_gender("spokeswoman") == "f"
    assert gaz.title_gender("chairwoman") == "f"
    assert gaz.title_gender("chairman") is None  # written of women too: a weaker "role" word
    assert gaz.role_gender("chairman") == "m"
    assert gaz.role_gender("chairwoman") is None
    assert gaz.title_gender("Sheikh") is None  # "Sheikh Hasina" is a woman
    assert gaz.given_name_gender("Mr") is None
    assert gaz.title_gender("Angela") is None
