"""Actor resolution: clustering, titles, demonyms, metonyms, pronouns and state_of.

Sentences are written for these tests (a couple are the bundled seed article's opening).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.parse import parse
from dateline.records import Document
from dateline.resolve.actors import resolve_actors

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold" / "dev"


def run(text: str):
    parsed = parse(Document(id="t", source="<test>", body=text, published="2024-01-08"))
    return parsed.doc, resolve_actors(parsed)


def span(doc, text: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    return doc.char_span(start, start + len(text), alignment_mode="expand")


def by_name(index, name: str):
    found = [e for e in index.entities if e.name == name]
    assert found, f"{name!r} not in {[e.name for e in index.entities]}"
    return found[0]


SEED = (
    "President Volodymyr Zelensky thanked Japanese Foreign Minister Yoko Kamikawa for her country’s "
    "support for Ukraine, voicing hopes for further relations in 2024 during their meeting in Kyiv on Jan. 7. "
    "Kamikawa arrived in Kyiv earlier in the day. Zelensky said the visit was an important signal."
)


@pytest.fixture(scope="module")
def seed():
    return run(SEED)


def test_titled_name_is_the_bare_name_with_the_title_as_alias(seed):
    _, index = seed
    z = by_name(index, "Volodymyr Zelensky")
    assert z.type == "PERSON"
    assert z.name == "Volodymyr Zelensky"  # the title is not part of the name ...
    assert "President Volodymyr Zelensky" in z.aliases  # ... but the titled form is kept as written


def test_surname_clusters_with_full_name(seed):
    _, index = seed
    z = by_name(index, "Volodymyr Zelensky")
    assert [m.text for m in z.mentions] == ["Volodymyr Zelensky", "Zelensky"]
    assert "Zelensky" in z.aliases
    assert not [e for e in index.entities if e.name == "Zelensky"]


def test_surname_of_a_known_person_is_that_person_whatever_spacy_says(seed):
    # spaCy may tag a lone "Kamikawa" ORG; agreement with "Yoko Kamikawa" makes it the PERSON
    _, index = seed
    k = by_name(index, "Yoko Kamikawa")
    assert k.type == "PERSON"
    assert len(k.mentions) == 2
    assert all(e.name != "Kamikawa" for e in index.entities)


def test_title_with_nationality_gives_country_and_sector(seed):
    _, index = seed
    k = by_name(index, "Yoko Kamikawa")
    assert (k.country, k.sector) == ("JPN", "GOV")


def test_demonym_resolves_to_its_state_entity(seed):
    _, index = seed
    japan = by_name(index, "Japan")
    assert (japan.type, japan.country) == ("GPE", "JPN")
    assert "Japanese" in japan.aliases
    assert {e.type for e in index.entities} <= {"PERSON", "ORG", "GPE", "LOC"}


def test_capital_is_its_own_entity_and_state_of_gives_the_state(seed):
    doc, index = seed
    kyiv = by_name(index, "Kyiv")
    assert (kyiv.type, kyiv.country) == ("GPE", "UKR")
    assert index.state_of(kyiv).name == "Ukraine"
    assert index.resolve(span(doc, "Kyiv")) is kyiv


def test_us_is_the_united_states_not_the_virgin_islands():
    _, index = run("The U.S. will send more missiles, the US envoy said, and America agreed.")
    us = by_name(index, "United States")
    assert us.country == "USA"
    assert {"U.S.", "US", "America"} <= {m.text for m in us.mentions}
    assert len([e for e in index.entities if e.country == "VIR"]) == 0


def test_kremlin_is_a_russian_government_org_and_russia_is_synthesised():
    doc, index = run("The Kremlin rejected the proposal on Tuesday.")
    kremlin = by_name(index, "Kremlin")
    assert (kremlin.type, kremlin.country, kremlin.sector) == ("ORG", "RUS", "GOV")
    russia = index.state_of(kremlin)
    assert (russia.name, russia.country) == ("Russia", "RUS")
    # Russia is not named in the text: a synthetic entity, not listed
    assert index.is_synthetic(russia) and russia.mentions == ()
    assert russia not in index.entities
    assert index.acting_state(span(doc, "Kremlin")) is russia


def test_capital_as_subject_acts_for_the_state_but_as_place_does_not():
    doc, index = run("Ankara rejected the plan. Diplomats later met in Ankara.")
    assert index.acting_state(span(doc, "Ankara")).name == "Turkey"
    assert index.acting_state(span(doc, "Ankara", 1)) is None


def test_appositive_titles_after_and_before_the_name():
    doc, index = run(
        "Maria Lopez, the Spanish defence minister, met John Smith in Madrid. "
        "Later the home secretary, Peter Brown, said the talks had failed."
    )
    lopez = by_name(index, "Maria Lopez")
    assert (lopez.country, lopez.sector) == ("ESP", "GOV")
    brown = by_name(index, "Peter Brown")
    assert (brown.country, brown.sector) == ("GBR", "GOV")  # "home secretary" is a UK title
    assert index.resolve(span(doc, "defence minister")) is lopez


def test_title_alone_resolves_to_the_titled_person():
    doc, index = run(
        "Turkish president Ali Demir met Maria Lopez, the Spanish defence minister, on Monday. "
        "The president said the meeting went well, and the minister agreed."
    )
    demir = by_name(index, "Ali Demir")
    assert (demir.country, demir.sector) == ("TUR", "GOV")
    assert index.resolve(span(doc, "The president")) is demir
    assert index.resolve(span(doc, "the minister")).name == "Maria Lopez"


def test_pronouns_resolve_to_the_latest_person_preferring_subjects():
    doc, index = run(
        "Maria Lopez met John Smith in Madrid. She said the talks were useful. His office declined to comment."
    )
    assert index.resolve(span(doc, "She")).name == "Maria Lopez"  # subject beats the later object
    assert index.resolve(span(doc, "His")).name in {"Maria Lopez", "John Smith"}


def test_they_resolves_to_a_state_or_organisation():
    doc, index = run("Nato said on Monday that they would meet again.")
    assert index.resolve(span(doc, "they")).name == "NATO"


def test_demonym_noun_phrases_resolve_to_the_state():
    doc, index = run("Japanese officials met Ukraine's prime minister. The Russians said nothing.")
    assert index.resolve(span(doc, "Japanese officials")).name == "Japan"
    assert index.resolve(span(doc, "The Russians")).name == "Russia"


def test_armed_group_names_cluster_and_get_reb():
    _, index = run(
        "Islamic State fighters retreated. Isis lost its last town, and the SDF said Isis was beaten."
    )
    isis = by_name(index, "Islamic State")
    assert (isis.type, isis.country, isis.sector) == ("ORG", None, "REB")
    assert len(isis.mentions) == 3
    sdf = by_name(index, "Syrian Democratic Forces")
    assert (sdf.country, sdf.sector) == ("SYR", "REB")


def test_junk_spans_are_not_entities():
    _, index = run("The pro-Assad media blamed the Kurds, and Isis people fled on 12 March.")
    names = {e.name for e in index.entities}
    assert "pro-Assad" not in names and "Kurds" not in names
    assert "Isis people" not in names and "Islamic State" in names


def test_acronym_joins_the_name_it_abbreviates():
    _, index = run(
        "The Department for International Development (DfID) said it would help. DfID staff were sent home."
    )
    dfid = by_name(index, "Department for International Development")
    assert (dfid.country, dfid.sector) == ("GBR", "GOV")
    assert all(e.name != "DfID" for e in index.entities)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not GOLD.is_dir(), reason="needs ../shared/gold")
def test_gold_dev_entity_floors(tmp_path):
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "eval_actors.py"), str(GOLD), str(tmp_path)], check=True
    )
    out = subprocess.run(
        [sys.executable, str(ROOT.parent / "shared" / "tools" / "score_gold.py"), str(GOLD), str(tmp_path), "--json"],
        check=True, capture_output=True, text=True, env={**os.environ},
    )  # fmt: skip
    ents = json.loads(out.stdout)["entities"]
    assert ents["f1"] >= 0.90
    assert ents["country_acc"] >= 0.95
