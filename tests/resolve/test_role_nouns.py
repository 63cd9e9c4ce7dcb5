"""Role nouns without a name ("the president", "the chancellor") read by the article's date and state.

The office holder the article names wins; else the holder, on the publication date, of the office of the
state the article is mostly about; else nothing. A former holder named in the article ("President Reagan"
in a 2016 article) is not "the president" of the day. Sentences are written for these tests; expected holders are from the public record.
"""

from __future__ import annotations

import pytest

from dateline.parse import parse
from dateline.records import Document
from dateline.resolve.actors import _same_office, resolve_actors
from dateline.resolve.gazetteer import load


def resolve(text: str, published: str | None, phrase: str, nth: int = 0):
    parsed = parse(Document(id="t", source="<test>", body=text, published=published))
    index = resolve_actors(parsed)
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    span = parsed.doc.char_span(start, start + len(phrase), alignment_mode="expand")
    return index, index.resolve(span)


@pytest.mark.parametrize(
    ("text", "published", "phrase", "holder"),
    [
        (
            "The prime minister told parliament in London that Britain would keep its troops abroad.",
            "2005-06-01",
            "The prime minister",
            "Tony Blair",
        ),
        (
            "The prime minister told parliament in London that Britain would keep its troops abroad.",
            "2017-06-01",
            "The prime minister",
            "Theresa May",
        ),
        (
            "The chancellor told reporters in Berlin that Germany would lend Greece more money.",
            "2012-06-01",
            "The chancellor",
            "Angela Merkel",
        ),
        (
            "The chancellor told reporters in Berlin that Germany would send more air defence to Kyiv.",
            "2023-02-01",
            "The chancellor",
            "Olaf Scholz",
        ),
        (
            "The president said in Moscow that Russia would not attack its neighbour. Russian troops stayed.",
            "2010-06-01",
            "The president",
            "Dmitry Medvedev",
        ),
        (
            "The president said in Moscow that Russia would not attack its neighbour. Russian troops stayed.",
            "2021-12-01",
            "The president",
            "Vladimir Putin",
        ),
        (
            "Turkey sent troops to the border, and the prime minister said Ankara would not back down.",
            "2012-03-01",
            "the prime minister",
            "Recep Tayyip Erdoğan",
        ),
    ],
)
def test_an_unnamed_office_is_its_holder_on_the_day_in_the_articles_state(text, published, phrase, holder):
    _, found = resolve(text, published, phrase)
    assert found is not None and found.name == holder
    assert found.type == "PERSON" and found.sector == "GOV"


def test_a_former_president_named_in_a_later_article_is_not_the_president():
    text = (
        "Lawmakers in Washington recalled how President Reagan had dealt with Congress. "
        "The American economy was growing, and the president said on Tuesday that the budget would pass."
    )
    _, found = resolve(text, "2016-03-01", "the president")
    assert found is not None and found.name == "Barack Obama"
    # in his own time the named president is the one meant
    _, found = resolve(text, "1987-03-01", "the president")
    assert found is not None and found.name == "Ronald Reagan"


def test_the_office_holder_named_in_the_article_wins_over_the_articles_state():
    text = (
        "President Macron met business leaders from the United States in Washington. "
        "American firms will invest, the president said."
    )
    _, found = resolve(text, "2019-06-01", "the president")
    assert found is not None and found.name == "Emmanuel Macron"


def test_no_answer_without_a_date_a_main_state_or_such_an_office():
    text = "The president said in London that Britain would keep its troops abroad."
    assert resolve(text, "2005-06-01", "The president")[1] is None  # Britain has no president
    text = "The president said Kenya and Uganda would open the border."
    assert resolve(text, "2016-06-01", "The president")[1] is None  # which of two states?
    text = "The president said in Moscow that Russia would not attack its neighbour."
    assert resolve(text, None, "The president")[1] is None


def test_a_vice_president_is_not_the_president():
    assert not _same_office("vice president", "president")
    assert not _same_office("deputy prime minister", "prime minister")
    assert _same_office("foreign minister", "minister")
    text = (
        "Vice President Joe Biden spoke in Washington about American jobs. "
        "The United States will grow, the president said."
    )
    _, found = resolve(text, "2014-05-01", "the president")
    assert found is not None and found.name == "Barack Obama"


def test_office_holders_by_date_and_state():
    gaz = load()
    assert [p.name for p in gaz.office_holders("DEU", "chancellor", "2000-01-01")] == ["Gerhard Schröder"]
    assert [p.name for p in gaz.office_holders("GBR", "chancellor", "2000-01-01")] == ["Gordon Brown"]
    assert [p.name for p in gaz.office_holders("GBR", "prime minister", "2008-01-01")] == ["Gordon Brown"]
    # one office, two spellings
    assert gaz.office_holders("USA", "defence secretary", "2016-01-01") == gaz.office_holders(
        "USA", "defense secretary", "2016-01-01"
    )
    assert gaz.office_holders("GBR", "president", "2000-01-01") == []


def test_a_former_holder_the_text_describes_in_office_keeps_the_title():
    # the article says he holds the office ("the foreign secretary, X"): the text wins over the dated list
    text = (
        "The foreign secretary, Jeremy Hunt, flew to Brussels. Talks in London went on, and "
        "Britain's envoy waited. The foreign secretary said the talks would go on."
    )
    _, found = resolve(text, "2024-01-08", "The foreign secretary", nth=1)
    assert found is not None and found.name == "Jeremy Hunt"
    # "the former foreign secretary, X" says the opposite
    text = text.replace("The foreign secretary, Jeremy Hunt", "The former foreign secretary, Jeremy Hunt")
    _, found = resolve(text, "2024-01-08", "The foreign secretary", nth=0)
    assert found is None or found.name != "Jeremy Hunt"
