"""Money and counted items: the rules of dateline.extract.amounts, worked out by hand."""

from __future__ import annotations

import pytest

from dateline.extract.amounts import find_amounts, find_items, items_in, parse_number
from dateline.parse import load


def one(text: str, **kw: object):
    found = find_amounts(text, **kw)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("Japan pledged $37 million to the fund.", 37e6, "USD"),
        ("Brussels unveiled a €50bn facility.", 50e9, "EUR"),
        ("It raised US$1.2 billion.", 1.2e9, "USD"),
        ("The loan is USD 2.85 billion.", 2.85e9, "USD"),  # code before the number
        ("The loan is 2.85 billion USD.", 2.85e9, "USD"),  # code after the number
        ("a grant of £3.5m", 3.5e6, "GBP"),
        ("Bern approved 400 million Swiss francs.", 400e6, "CHF"),
        ("Tokyo added 2 trillion yen in spending.", 2e12, "JPY"),
        ("a Rs 10,000 crore scheme", 10_000 * 1e7, "INR"),  # crore = 1e7
        ("a Rs 5 lakh prize", 5e5, "INR"),  # lakh = 1e5
        ("EUR 100,000 was wired", 100_000, "EUR"),
        ("a 1.5 billion euros package", 1.5e9, "EUR"),
        ("half a billion dollars in aid", 0.5e9, "USD"),
        ("five million dollars in aid", 5e6, "USD"),
        ("worth 52 EUR million", 52e6, "EUR"),
        ("equipment worth 990 mil. NOK", 990e6, "NOK"),
        ("Canberra gave A$20 million.", 20e6, "AUD"),
        ("Ottawa gave C$15 million.", 15e6, "CAD"),
        ("It cost HK$3 billion.", 3e9, "HKD"),
        ("Oslo sent aid worth 300 million Norwegian kroner.", 300e6, "NOK"),
        ("Kyiv budgeted 40 billion hryvnias.", 40e9, "UAH"),
    ],
)
def test_money_forms(text: str, value: float, currency: str) -> None:
    a = one(text)
    assert a.value == pytest.approx(value)
    assert a.currency == currency
    assert text[a.start : a.end] == a.text


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("It pledged more than $2bn.", "at least"),
        ("It pledged at least $2bn.", "at least"),
        ("It pledged up to $2bn.", "up to"),
        ("It pledged about $2bn.", "about"),
        ("It pledged nearly $2bn.", "about"),
        ("It pledged some $2bn.", "about"),
        ("It pledged $2bn.", None),
    ],
)
def test_bounds(text: str, bound: str | None) -> None:
    a = one(text)
    assert a.value == 2e9 and a.bound == bound
    assert a.text.endswith("$2bn")


def test_ranges_keep_low_and_high() -> None:
    a = one("It will cost $1-2 billion.")
    assert (a.value, a.high, a.currency) == (1e9, 2e9, "USD")
    b = one("between €5m and €7m for repairs")
    assert (b.value, b.high, b.currency) == (5e6, 7e6, "EUR")
    assert b.text == "between €5m and €7m"


def test_and_without_between_is_two_amounts() -> None:
    found = find_amounts("The EU gave €5m and the UK gave £7m; Japan €3m and €4m.")
    assert [(a.value, a.currency) for a in found] == [(5e6, "EUR"), (7e6, "GBP"), (3e6, "EUR"), (4e6, "EUR")]


def test_dollar_is_usd_by_default_but_follows_an_article_about_aud() -> None:
    assert one("The fund received $5 million.").currency == "USD"
    text = "All figures are in Australian dollars. Canberra committed $5 million to the appeal."
    assert one(text).currency == "AUD"
    # a US dollar cue in the same article keeps the bare sign American
    mixed = "The Australian dollar fell against the US dollar. Washington sent $5 million."
    assert [a.currency for a in find_amounts(mixed)] == ["USD"]


def test_home_country_decides_ambiguous_signs() -> None:
    assert one("Ottawa will provide $47 million.", home="Canada").currency == "CAD"
    assert one("The ministry paid 20 kr per unit.", home="Norway").currency == "NOK"
    assert one("The ministry paid 20 kr per unit in Denmark, Danish officials said.").currency == "DKK"


def test_no_money_from_percentages_dates_or_plain_numbers() -> None:
    assert find_amounts("Prices rose 16% in 2024, and 300 trucks crossed on 5 May.") == []
    assert find_amounts("Inflation hit 16 percent.") == []
    assert find_amounts("In 2022 euros were scarce.") == []


def test_usd_filled_when_published_given() -> None:
    a = one("It gave €50bn.", published="2024-02-19")
    assert a.rate_source == "ECB" and a.rate_date == "2024-02-19"
    assert a.usd == pytest.approx(50e9 * a.usd_rate)
    assert 1.0 < a.usd_rate < 1.2  # EUR was worth 1.05-1.10 USD in February 2024
    assert one("It gave €50bn.").usd is None


def test_parse_number_words_and_digits() -> None:
    assert parse_number("twenty-five") == 25
    assert parse_number("two hundred and fifty") == 250
    assert parse_number("1,250.5") == 1250.5
    assert parse_number("1.000.000") == 1_000_000


# --------------------------------------------------------------------------- items

SEED = "Japan will provide five mobile gas turbine generators and seven generators to Ukraine."


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.mark.parametrize("with_doc", [True, False])
def test_coordinated_counts(nlp, with_doc: bool) -> None:
    items = find_items(SEED, nlp(SEED) if with_doc else None)
    assert [(i.what, i.count) for i in items] == [("mobile gas turbine generators", 5), ("generators", 7)]
    for i in items:
        assert SEED[i.start : i.end] == i.text


@pytest.mark.parametrize("with_doc", [True, False])
def test_units_people_and_years(nlp, with_doc: bool) -> None:
    text = "In 2024 the convoy brought 300 trucks, 70,000 tons of thermal coal and 2,000 US troops."
    items = find_items(text, nlp(text) if with_doc else None)
    got = [(i.what, i.count, i.unit) for i in items]
    assert got == [("trucks", 300, None), ("thermal coal", 70000, "tons")]


def test_money_and_percentages_are_not_items(nlp) -> None:
    text = "Tokyo gave $37 million, a 16% rise, over 5 years to 12 cities."
    assert find_items(text, nlp(text)) == []


def test_vague_and_approximate_counts(nlp) -> None:
    text = "Dozens of ambulances and about 300 generators arrived."
    items = find_items(text, nlp(text))
    assert [(i.what, i.count, i.approx) for i in items] == [
        ("ambulances", None, True),
        ("generators", 300, True),
    ]


def test_model_numbers_and_calibres_are_not_counts(nlp) -> None:
    text = "Berlin sent 14 Leopard 2 tanks and 8,000 rounds of 155mm ammunition."
    items = find_items(text, nlp(text))
    assert [(i.what, i.count, i.unit) for i in items] == [
        ("Leopard 2 tanks", 14, None),
        ("155mm ammunition", 8000, "rounds"),
    ]


def test_items_in_object_phrase_keeps_uncounted_goods() -> None:
    got = [(i.what, i.count) for i in items_in("a batch of Patriot missiles and 20 armoured vehicles")]
    assert got == [("Patriot missiles", None), ("armoured vehicles", 20)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("an IRIS-T air defence system", [("IRIS-T air defence system", 1)]),
        ("another Patriot battery", [("Patriot battery", 1)]),
        ("a field hospital and 12 ambulances", [("field hospital", 1), ("ambulances", 12)]),
    ],
)
def test_one_piece_of_equipment_after_a_or_an_counts_one(phrase, expected):
    assert [(i.what, i.count) for i in items_in(phrase)] == expected


@pytest.mark.parametrize("phrase", ["a boost to morale", "a system of checks", "the system"])
def test_other_singular_nouns_are_no_counted_goods(phrase):
    assert [i.count for i in items_in(phrase) if i.count is not None] == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("artillery", "artillery"),
        ("body armour", "body armour"),
        ("wheat", "wheat"),
        ("diesel", "diesel"),
    ],
)
def test_mass_nouns_of_war_and_relief_are_goods(phrase, expected):
    # "Germany will send artillery to Ukraine": a mass noun with no number is still the goods sent
    assert [(i.what, i.count) for i in items_in(f"agreed to send {phrase}")] == [(expected, None)]


def test_amounts_and_items_carry_the_registered_extractor_version(nlp) -> None:
    # provenance: a stored amount or item names the extractor version that made it, so a
    # re-ingest with a newer version replaces it (the records' default is a v1 placeholder)
    from dateline.extract import extractor_id

    text = "Japan pledged $37 million and sent five generators and artillery."
    doc = nlp(text)
    got = {a.extractor for a in find_amounts(text)} | {i.extractor for i in find_items(text, doc)}
    got |= {i.extractor for i in items_in("agreed to send artillery")}
    assert got == {extractor_id("dateline.amounts")}
    assert extractor_id("dateline.amounts") != "dateline.amounts.v1"
