"""Demonyms and plural nationality nouns of ``country_names.tsv`` (and ``historic_states.tsv``).

Expected states are the ordinary English usage (public knowledge), written for these tests.
"""

from __future__ import annotations

import pytest

from dateline.parse import parse
from dateline.records import Document
from dateline.resolve.actors import resolve_actors
from dateline.resolve.gazetteer import load


@pytest.fixture(scope="module")
def gaz():
    return load()


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Ecuadorean", "ECU"), ("Ecuadorian", "ECU"), ("Filipino", "PHL"), ("Philippine", "PHL"),
        ("Filipinas", "PHL"), ("Emirati", "ARE"), ("Congolese", "COD"), ("Kyrgyz", "KGZ"),
        ("Kyrgyzstani", "KGZ"), ("Bosnian", "BIH"), ("Kosovar", "XKX"), ("Kosovans", "XKX"),
        ("Salvadoran", "SLV"), ("Salvadorean", "SLV"), ("Yemeni", "YEM"), ("Qatari", "QAT"),
        ("Bahraini", "BHR"), ("Omani", "OMN"), ("Sudanese", "SDN"), ("South Sudanese", "SSD"),
        ("Belarusian", "BLR"), ("Belarussian", "BLR"), ("Byelorussian", "BLR"), ("Azerbaijani", "AZE"),
        ("Azeri", "AZE"), ("Moldovan", "MDA"), ("Moldavian", "MDA"), ("Afghans", "AFG"),
        ("Syrians", "SYR"), ("Ukrainians", "UKR"), ("Kazakhstanis", "KAZ"), ("Slovenes", "SVN"),
        ("Dominican", "DOM"), ("Sahrawi", "ESH"), ("Puerto Ricans", "PRI"), ("Soviets", "RUS"),
        ("Czechoslovak", "CSK"), ("East Germans", "DDR"), ("Yugoslav", "YUG"), ("West German", "DEU"),
    ],
)  # fmt: skip
def test_demonym_variants(gaz, word, country):
    state = gaz.demonym(word)
    assert state is not None and state.country == country


def test_every_sovereign_state_has_a_demonym(gaz):
    # the Republic of the Congo shares "Congolese" with the larger DR Congo, Dominica "Dominican"
    # with the Dominican Republic: news means the larger state, so those two have none of their own
    with_demonym = {e.country for e in gaz._demonyms.values()}
    curated = {code for code, e in gaz.states.items() if e.iso2 and code in gaz._adjectives}
    assert len(curated) >= 190
    missing = {"COG", "DMA"}
    for code in ("AFG", "ECU", "SLV", "KGZ", "XKX", "ARE", "QAT", "BHR", "OMN", "YEM", "SSD", "MDA"):
        assert code in with_demonym, code
    assert not missing & set(gaz._adjectives)


def test_variants_and_plurals_are_mentions_of_their_state():
    text = (
        "Ecuadorean troops and Salvadorean police met Kyrgyzstani envoys; Afghans and Belarussians protested."
    )
    index = resolve_actors(parse(Document(id="t", source="<test>", body=text, published="2019-05-01")))
    countries = {e.country for e in index.entities if e.type == "GPE"}
    assert {"ECU", "SLV", "KGZ", "AFG", "BLR"} <= countries
