"""The bundled gazetteer: names, codes, demonyms, aliases and titles, read from package data."""

from __future__ import annotations

import pytest

from dateline.resolve.gazetteer import fold, load, norm


@pytest.fixture(scope="module")
def gaz():
    return load()


@pytest.mark.parametrize(
    "alias", ["U.S.", "US", "USA", "America", "United States of America", "the United States"]
)
def test_us_aliases_are_the_united_states_not_the_virgin_islands(gaz, alias):
    # pycountry names VIR "Virgin Islands, U.S.": a fuzzy converter answers "U.S." with it
    entry = gaz.lookup(alias)
    assert entry is not None and entry.country == "USA" and entry.name == "United States"


def test_virgin_islands_still_have_their_own_code(gaz):
    assert gaz.lookup("Virgin Islands, U.S.").country == "VIR"


@pytest.mark.parametrize(
    ("alias", "name", "iso3"),
    [
        ("UK", "United Kingdom", "GBR"),
        ("U.K.", "United Kingdom", "GBR"),
        ("Britain", "United Kingdom", "GBR"),
        ("Great Britain", "United Kingdom", "GBR"),
        ("Russian Federation", "Russia", "RUS"),
        ("Syrian Arab Republic", "Syria", "SYR"),
        ("Türkiye", "Turkey", "TUR"),
        ("DPRK", "North Korea", "PRK"),
        ("South Korea", "South Korea", "KOR"),
        ("Japan's", "Japan", "JPN"),
    ],
)
def test_state_short_names_and_aliases(gaz, alias, name, iso3):
    entry = gaz.lookup(alias)
    assert (entry.name, entry.country, entry.type) == (name, iso3, "GPE")


def test_every_state_has_both_iso_codes(gaz):
    assert len(gaz.states) >= 249
    assert gaz.states["JPN"].iso2 == "JP"
    assert all(len(e.iso2 or "") == 2 and len(code) == 3 for code, e in gaz.states.items())


@pytest.mark.parametrize(
    ("word", "state"),
    [("Japanese", "Japan"), ("Turkish", "Turkey"), ("British", "United Kingdom"), ("American", "United States"),
     ("Americans", "United States"), ("Ukrainian", "Ukraine"), ("Syrian", "Syria"), ("Iranian", "Iran")],
)  # fmt: skip
def test_demonyms_resolve_to_states(gaz, word, state):
    assert gaz.demonym(word).name == state


def test_lower_case_words_are_not_short_aliases(gaz):
    # "us" and "is" are English words; only "US" and "IS" are names
    assert gaz.lookup("us") is None
    assert gaz.lookup("is") is None
    assert gaz.lookup("IS").name == "Islamic State"


@pytest.mark.parametrize(
    ("alias", "name", "country", "sector"),
    [
        ("Nato", "NATO", None, "IGO"),
        ("EU", "European Union", None, "IGO"),
        ("UN", "United Nations", None, "IGO"),
        ("UNHCR", "UNHCR", None, "IGO"),
        ("IAEA", "International Atomic Energy Agency", None, "IGO"),
        ("Group of Seven", "G7", None, "IGO"),
        ("ICRC", "International Committee of the Red Cross", None, "NGO"),
        ("Isis", "Islamic State", None, "REB"),
        ("ISIL", "Islamic State", None, "REB"),
        ("Daesh", "Islamic State", None, "REB"),
        ("YPG", "People's Protection Units", "SYR", "REB"),
        ("SDF", "Syrian Democratic Forces", "SYR", "REB"),
        ("Hezbollah", "Hezbollah", "LBN", "REB"),
        ("the Kremlin", "Kremlin", "RUS", "GOV"),
        ("White House", "White House", "USA", "GOV"),
        ("Downing Street", "Downing Street", "GBR", "GOV"),
        ("Foreign and Commonwealth Office", "Foreign Office", "GBR", "GOV"),
    ],
)
def test_organisations_armed_groups_and_metonyms(gaz, alias, name, country, sector):
    entry = gaz.lookup(alias)
    assert (entry.name, entry.country, entry.sector) == (name, country, sector)


def test_metonyms_speak_for_their_state(gaz):
    assert gaz.lookup("Kremlin").acts_for_state
    assert not gaz.lookup("NATO").acts_for_state


def test_capitals_and_cities_carry_their_state(gaz):
    moscow = gaz.lookup("Moscow")
    assert (moscow.kind, moscow.country) == ("capital", "RUS")
    assert gaz.city_country("Aleppo") == "SYR"
    # spelling variants of one town compare by letters only
    assert gaz.city_country("Deir Ezzor") == gaz.city_country("Deir ez-Zor") == "SYR"


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [("minister", "GOV"), ("foreign secretary", "GOV"), ("general", "MIL"), ("troops", "MIL"),
     ("police", "COP"), ("judge", "JUD"), ("senator", "LEG"), ("MP", "LEG"), ("militants", "REB"),
     ("shadow home secretary", "OPP")],
)  # fmt: skip
def test_titles_map_to_plover_sectors(gaz, phrase, sector):
    assert gaz.title(phrase).sector == sector


def test_longest_title_wins(gaz):
    t = gaz.longest_title("the shadow home secretary".split())
    assert (t.phrase, t.sector, t.country) == ("shadow home secretary", "OPP", "GBR")


def test_peoples_are_not_states(gaz):
    assert gaz.is_group("Kurds") and gaz.demonym("Kurds") is None


def test_norm_and_fold():
    assert norm("the Kremlin’s") == "Kremlin"
    assert fold("Erdoğan") == fold("erdogan")


def test_word_lists_are_read_from_data_and_unknown_names_are_refused():
    from dateline.resolve.gazetteer import word_list

    assert "nephew" in word_list("kin_nouns")
    assert "north-east" in word_list("compass_words")
    with pytest.raises(KeyError, match="kin_nouns"):
        word_list("no_such_list")


def test_gulf_states_are_a_group_of_states_and_the_gcc_their_body():
    gaz = load()
    group, body = gaz.lookup("Gulf States"), gaz.lookup("GCC")
    assert (group.kind, group.sector) == ("states", None)
    assert (body.name, body.kind, body.sector) == ("Gulf Cooperation Council", "igo", "IGO")
