"""Hand-built Articles for the store, query, export and CLI tests (no pipeline needed).

Offsets are computed with ``str.index`` on the body, so every fact's span is
exactly the text it claims.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.clean import document_id
from dateline.records import Amount, Article, DateRef, Document, Entity, Event, Item, Mention, Quote, Segment

BODY = (
    "Japan pledged $37 million to Ukraine on Monday, Foreign Minister Yoko Kamikawa said in Kyiv. "
    '"We stand with Ukraine for as long as it takes," Kamikawa told reporters. '
    "Germany will send five generators to Ukraine next week, officials said. "
    "Russia did not agree to talks."
)


def span(body: str, text: str, after: int = 0) -> tuple[int, int]:
    start = body.index(text, after)
    return start, start + len(text)


def sample_article(body: str = BODY, published: str = "2024-01-08", source: str = "kyiv.txt") -> Article:
    """An article with every kind of fact: two pledges, a negated agreement, a quote."""
    doc = Document(
        id=document_id(body, published),
        source=source,
        body=body,
        published=published,
        title="Japan pledges aid",
        author="News Desk",
        outlet="Example Times",
        url="https://example.org/japan",
        format="seed",
        segments=(
            Segment("caption", "A photo caption", 0, 15),
            Segment("liveblog", "Update", 20, 26, "Head", "10:00"),
        ),
    )
    japan, ukraine, kamikawa = span(body, "Japan"), span(body, "Ukraine"), span(body, "Yoko Kamikawa")
    germany, russia = span(body, "Germany"), span(body, "Russia")
    usd37 = Amount(37_000_000.0, "USD", "$37 million", *span(body, "$37 million"), usd=37_000_000.0)
    gens = Item("generators", 5, "five generators", *span(body, "five generators"))
    entities = (
        Entity("Japan", "GPE", *japan, country="JPN", sector="GOV", mentions=(Mention("Japan", *japan),)),
        Entity(
            "Ukraine",
            "GPE",
            *ukraine,
            country="UKR",
            aliases=("Ukr.",),
            mentions=(Mention("Ukraine", *ukraine), Mention("Ukraine", *span(body, "Ukraine", ukraine[1]))),
        ),
        Entity(
            "Yoko Kamikawa",
            "PERSON",
            *kamikawa,
            country="JPN",
            sector="GOV",
            mentions=(Mention("Yoko Kamikawa", *kamikawa), Mention("Kamikawa", *span(body, "Kamikawa told"))),
        ),
        Entity("Germany", "GPE", *germany, country="DEU"),
        Entity("Russia", "GPE", *russia, country="RUS"),
    )
    dates = (
        DateRef("Monday", "2024-01-08", "DATE", *span(body, "Monday")),
        DateRef("next week", "2024-W03", "DATE", *span(body, "next week")),
    )
    quote_text = "We stand with Ukraine for as long as it takes,"
    qs, qe = span(body, quote_text)
    quotes = (
        Quote(
            quote_text,
            qs,
            qe,
            True,
            speaker="Yoko Kamikawa",
            speaker_start=span(body, "Kamikawa told")[0],
            speaker_end=span(body, "Kamikawa told")[0] + 8,
            cue="told",
            cue_class="say",
            cue_start=span(body, "told")[0],
            cue_end=span(body, "told")[1],
            parts=((qs, qe),),
        ),
        Quote(
            "Germany will send five generators to Ukraine next week",
            *span(body, "Germany will send five generators to Ukraine next week"),
            False,
            speaker_desc="officials",
            cue="said",
            cue_class="say",
        ),
    )
    ev1 = "Japan pledged $37 million to Ukraine"
    ev2 = "Germany will send five generators to Ukraine"
    ev3 = "Russia did not agree to talks"
    events = (
        Event(
            "AID",
            ("Japan", "Yoko Kamikawa"),
            ("Ukraine",),
            "pledged",
            ev1,
            *span(body, ev1),
            mode="economic",
            date="2024-01-08",
            location="Kyiv",
            amount=usd37,
            trigger="pledged",
            confidence=0.9,
            spans=(span(body, ev1),),
        ),
        Event(
            "AID",
            ("Germany",),
            ("Ukraine",),
            "planned",
            ev2,
            *span(body, ev2),
            date="2024-W03",
            items=(gens,),
            channel=None,
            trigger="send",
        ),
        Event("AGREE", ("Russia",), (), "negated", ev3, *span(body, ev3), trigger="agree", confidence=0.4),
    )
    return Article(doc, entities, dates, (usd37,), (gens,), quotes, events)


def bumped(article: Article, name: str, version: str) -> Article:
    """The same article as if extractor ``name`` (e.g. ``dateline.events``) were at ``version``."""
    new_id = f"{name}.{version}"

    def fix(facts: tuple) -> tuple:
        return tuple(
            replace(f, extractor=new_id) if f.extractor.rpartition(".")[0] == name else f for f in facts
        )

    return replace(
        article,
        entities=fix(article.entities),
        dates=fix(article.dates),
        amounts=fix(article.amounts),
        items=fix(article.items),
        quotes=fix(article.quotes),
        events=fix(article.events),
    )
