"""The cleaner on differently shaped pages: must-contain / must-not-contain expectations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.clean import clean, document_id
from dateline.errors import InputError
from dateline.read import read_paths, read_text
from dateline.records import Document, RawDocument

PAGES = Path(__file__).parent / "fixtures" / "pages"
SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD_DEV = SHARED / "gold" / "dev"
SEED = SHARED / "seed" / "000_65522404600919ad.txt"
EXAMPLE_SEED = Path(__file__).parent.parent / "examples" / "seed" / "000_65522404600919ad.txt"


def _page(name: str) -> Document:
    (raw,) = list(read_paths([PAGES / name]))
    assert isinstance(raw, RawDocument), raw
    return clean(raw)


def _kinds(doc: Document, kind: str) -> list:
    return [s for s in doc.segments if s.kind == kind]


def _assert_offsets(doc: Document, page: str) -> None:
    for s in doc.segments:
        assert page[s.start : s.end] == s.text, s


# --------------------------------------------------------------------------- fixtures


def test_wire_story() -> None:
    doc = _page("wire.txt")
    assert doc.title == "EU agrees fresh sanctions on Russian metals exports"
    assert doc.body.startswith("BRUSSELS, March 12 (Reuters) - European Union ambassadors agreed on Tuesday")
    assert doc.body.endswith("at a meeting in Luxembourg on March 18.")
    assert doc.body.count("\n\n") == 2  # three paragraphs
    for junk in ("Skip to main content", "3 min read", "By Anna", "Reporting by", "4:15 PM"):
        assert junk not in doc.body
    assert doc.author == "Anna Kowalczyk and Pierre Duval"
    assert doc.outlet == "Reuters"
    assert doc.published == "2024-03-12"
    times = [s.time for s in _kinds(doc, "byline")]
    assert "2024-03-12T16:15" in times
    assert len(_kinds(doc, "byline")) == 3  # "By ...", the date line, "Reporting by ..."


def test_live_blog_items_get_resolved_times_and_headlines() -> None:
    page = (PAGES / "liveblog.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    doc = _page("liveblog.txt")
    _assert_offsets(doc, page)
    assert doc.title == "Ukraine war live: Western leaders gather in Kyiv on anniversary"
    # The intro is the body; the items are side segments (analysed through Document.text).
    assert doc.body == (
        "Leaders from four countries arrived in the Ukrainian capital on Saturday "
        "to mark two years since the full-scale invasion."
    )
    items = _kinds(doc, "liveblog")
    assert [(s.time, s.title) for s in items] == [
        ("2024-02-24T09:12", "Canadian prime minister arrives by train"),
        ("2024-02-24T11:45", "Air raid alert in central regions"),
        ("2024-02-24T14:40", "Italy pledges new aid"),
    ]
    assert items[0].text.startswith("The prime minister told reporters at the station")
    assert "150 million euros" in items[2].text


def test_live_blog_only_page_makes_first_item_the_body() -> None:
    page = (
        "18:05\nTalks end\nThe delegations left the venue after four hours.\nShare\n\n"
        "19:40\nStatement expected\nA joint statement will be issued tomorrow, officials said."
    )
    doc = clean(RawDocument(source="x", published="2024-02-24", text=page))
    _assert_offsets(doc, page)
    assert doc.body == "Talks end\n\nThe delegations left the venue after four hours."
    assert [(s.kind, s.text, s.time) for s in doc.segments if s.kind != "clutter"] == [
        ("byline", "18:05", "2024-02-24T18:05"),
        ("liveblog", "A joint statement will be issued tomorrow, officials said.", "2024-02-24T19:40"),
    ]
    assert _kinds(doc, "liveblog")[0].title == "Statement expected"
    assert "Share" in [s.text for s in _kinds(doc, "clutter")]


def test_captions_inline_links_and_related_cards() -> None:
    page = (PAGES / "captions.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    doc = _page("captions.txt")
    _assert_offsets(doc, page)
    assert doc.title == "Norway and Denmark sign pact to fund artillery shells"
    assert doc.body.startswith("Norway and Denmark signed an agreement on Friday")
    assert '"We cannot wait for the market to do this alone," she told a news conference.' in doc.body
    for junk in (
        "Getty Images",
        "Listen to this article",
        "Read more",
        "Lars Holm",
        "Sweden approves",
        "Parliament backed",
        "Finland closes",
        "World\n",
    ):
        assert junk not in doc.body
    captions = _kinds(doc, "caption")
    assert len(captions) == 2
    assert captions[0].text.endswith("(Getty Images)")
    related = _kinds(doc, "related")
    assert [s.title for s in related] == [
        "Nordic defence ministers meet in Helsinki",
        "Sweden approves record defence budget",
        "Finland closes two more border crossings",
    ]
    assert related[1].text.startswith("Parliament backed a 28 percent rise")


def test_one_paragraph_page_drops_bullet_trailer() -> None:
    doc = _page("one_paragraph.txt")
    assert doc.title is None
    assert doc.body.startswith("Protesters gathered outside the parliament in Tbilisi")
    assert doc.body.endswith("Organisers estimated the crowd at 60,000.")
    assert "newsletter" not in doc.body and "•" not in doc.body
    assert [s.text for s in _kinds(doc, "clutter")] == [
        "Sign up to our Europe newsletter",
        "Follow us on Twitter",
        "Read more of our coverage of the region",
    ]


def test_html_page_is_cleaned() -> None:
    doc = _page("page.html")
    assert doc.title == "Brazil and Argentina agree to restore trade talks"
    assert doc.body.startswith("The foreign ministers of Brazil and Argentina agreed on Monday")
    assert "By Marta Ribeiro" not in doc.body
    assert doc.body.count("\n\n") == 3
    assert (doc.author, doc.outlet, doc.format) == ("Marta Ribeiro", "Southern Dispatch", "html")


def test_jsonl_records_are_cleaned() -> None:
    out = list(read_paths([PAGES / "articles.jsonl"], fields={"text": "body", "date": "published"}))
    doc = clean(out[0])
    assert doc.body.startswith("Kenya's president met the head of the African Union")
    assert doc.title == "Kenya and AU discuss Haiti mission"
    assert doc.source.endswith("articles.jsonl#1")


def test_subheading_inside_article_is_kept() -> None:
    text = (
        " date 2023-01-01 Leaders meet in Paris\n\n"
        "The leaders met in Paris on Monday to discuss energy prices.\n\n"
        "Gas deliveries\n\n"
        "They agreed to pool gas purchases from next winter, officials said.\n\n"
        "A second meeting is planned for March in Rome."
    )
    doc = clean(read_text(text))
    assert doc.title == "Leaders meet in Paris"
    assert doc.body.endswith("A second meeting is planned for March in Rome.")
    assert "Gas deliveries" in doc.body


def test_id_is_content_hash_and_empty_body_raises() -> None:
    doc = clean(read_text("Ministers met.", date="2024-01-01"))
    assert doc.id == document_id("Ministers met.", "2024-01-01")
    assert doc.id != document_id("Ministers met.", "2024-01-02")
    with pytest.raises(InputError, match="no article text left after cleaning"):
        clean(read_text("Skip to content\n2 min read\nShare", date="2024-01-01"))
    with pytest.raises(InputError, match="publication date"):
        clean(RawDocument(source="x", text="Ministers met."))


# --------------------------------------------------------------------------- seed and dev gold


def _seed_doc(path: Path) -> tuple[Document, str]:
    (raw,) = list(read_paths([path]))
    return clean(raw), raw.text


def test_bundled_seed_article() -> None:
    doc, page = _seed_doc(EXAMPLE_SEED)
    _assert_offsets(doc, page)
    assert (
        doc.title
        == "Zelensky meets Japanese Foreign Minister: 'Japan is important and strong partner for us'"
    )
    assert doc.body.startswith("President Volodymyr Zelensky thanked Japanese Foreign Minister Yoko Kamikawa")
    for junk in (
        "Skip to content",
        "This audio is created with AI assistance",
        "2 min read",
        "Author: The Kyiv Independent news desk",
        "Editors' Picks",
        "(President's Office)",
        "Japan pledges $37 million for anti-drone",
        "Italian FM",
        "6:58 PM",
    ):
        assert junk not in doc.body
    assert doc.author == "The Kyiv Independent news desk"
    (card,) = _kinds(doc, "related")
    assert card.title == "Japan pledges $37 million for anti-drone equipment for Ukraine"
    assert card.text.startswith("Along with the funds for anti-drone equipment, Japan will also provide")
    (item,) = _kinds(doc, "liveblog")
    assert (item.time, item.title) == ("2024-01-07T18:58", "Italian FM: EU should have common army.")
    assert item.text.startswith("Italian Foreign Minister Antonio Tajani said")
    assert _kinds(doc, "caption")[0].text.endswith("(President's Office)")
    assert _kinds(doc, "byline")[0].time == "2024-01-07T22:51"


@pytest.mark.shared
@pytest.mark.skipif(not GOLD_DEV.is_dir(), reason="needs ../shared")
@pytest.mark.parametrize(
    "gold", sorted(GOLD_DEV.glob("*.json")) if GOLD_DEV.is_dir() else [], ids=lambda p: p.stem
)
def test_dev_gold_body_title(gold: Path) -> None:
    g = json.loads(gold.read_text(encoding="utf-8"))
    doc, _ = _seed_doc(gold.with_suffix(".txt"))
    assert doc.body.startswith(g["body"]["starts_with"])
    for junk in g["body"].get("must_not_contain", []):
        assert junk not in doc.body
    assert doc.title == g.get("title")
    assert doc.published == g["published"]


@pytest.mark.shared
@pytest.mark.skipif(not SEED.is_file(), reason="needs ../shared")
def test_bundled_seed_is_the_shared_seed() -> None:
    assert EXAMPLE_SEED.read_bytes() == SEED.read_bytes()


def test_hard_wrapped_wire_copy_is_rejoined() -> None:
    page = (
        "Poland and Lithuania agreed on Tuesday to\n"
        "build a second power link between their grids by 2027,\n"
        "the two energy ministries said in a joint statement.\n"
        "    The link will cost about 400 mln euros, of which the\n"
        "European Union will pay half, the statement said.\n"
        " Reuter\n"
    )
    raw = read_text(page, date="1987-03-03")
    doc = clean(raw)
    assert doc.title is None
    assert doc.body == (
        "Poland and Lithuania agreed on Tuesday to build a second power link between their grids by 2027, "
        "the two energy ministries said in a joint statement.\n\n"
        "The link will cost about 400 mln euros, of which the European Union will pay half, the statement said."
    )
    (sig,) = doc.segments
    assert (sig.kind, sig.text, raw.text[sig.start : sig.end]) == ("clutter", "Reuter", "Reuter")


def test_line_continuing_a_sentence_is_joined() -> None:
    page = (
        "Talks collapse in Doha\nby Sami Haddad May 1, 2024 8:05 AM\n\n"
        "The mediators said the two sides\nhad failed to agree on a ceasefire."
    )
    doc = clean(read_text(page, date="2024-05-01"))
    assert doc.title == "Talks collapse in Doha"
    assert doc.author == "Sami Haddad"
    assert [(s.kind, s.time) for s in doc.segments] == [("byline", "2024-05-01T08:05")]
    assert doc.body == "The mediators said the two sides had failed to agree on a ceasefire."


def test_a_sentence_that_mentions_a_newsletter_or_cookies_is_news():
    from dateline.clean import clean
    from dateline.records import RawDocument

    page = (
        "Tanks for Ukraine\n\n"
        "Sign up for our daily newsletter\n\n"
        "Germany will deliver 20 Leopard tanks to Ukraine, officials said on Monday.\n\n"
        "The ministry's weekly newsletter said the tanks would arrive in March.\n\n"
        "Accept cookies\n"
    )
    doc = clean(RawDocument("p.txt", page, "2024-01-08"))
    assert "weekly newsletter said the tanks would arrive" in doc.body
    assert "Sign up for our daily newsletter" not in doc.body and "Accept cookies" not in doc.body


def test_an_ad_blocker_notice_is_clutter_but_a_sentence_about_ad_blockers_is_news() -> None:
    page = (
        " date 2024-02-16 Kyiv said the talks would resume on Monday, the foreign ministry said.\n\n"
        "Analysts said ad blockers cost news publishers millions of dollars a year.\n\n"
        "We've noticed you're using an ad blocker.\n"
    )
    doc = clean(read_text(page, source="<test>"))
    assert "We've noticed" not in doc.body
    assert "ad blockers cost news publishers" in doc.body


# --------------------------------------------------------------------------- page variants
# Hand-made pages in the shapes a scraper of the Kyiv Independent (2022-2024) and
# the Guardian produces; the texts are invented. Each row: fixture, expected title,
# how the body starts and ends, strings that must stay in it, and clutter that must not.

_VARIANTS = [
    (
        "ki_no_caption.txt",
        "Kyiv and Warsaw agree to open second rail crossing for grain",
        "KYIV — Ukraine and Poland agreed on March 14 to open a second rail border crossing",
        "Poland's Agriculture Ministry did not respond to a request for comment.",
        ["asked Ukrainian exporters to subscribe to a new electronic queue", "both sides needed"],
        [
            "Ukraine War",
            "3 min read",
            "AI assistance",
            "Read also",
            "Polish farmers block",
            "We've been covering",
            "Become a member",
            "Authors:",
            "Editors' Picks",
            "Kupiansk",
        ],
    ),
    (
        "ki_two_captions.txt",
        "Russian missiles cut power across Ukraine and Moldova",
        "Russian missile strikes on Nov. 23 knocked out power in all regions of Ukraine",
        "This article has been updated with the mayor's statement.",
        ["Editor's note: The Kyiv Independent could not independently verify", "70% of the capital"],
        [
            "Updated:",
            "11:05 PM",
            "Rescue workers search",
            "Getty Images",
            "A woman walks past",
            "Share on",
            "Copy link",
            "Support independent journalism",
            "12 comments",
        ],
    ),
    (
        "ki_latest_card.txt",
        "Lithuania to train Ukrainian drone operators from June, defense minister says",
        "Lithuania will start training Ukrainian drone operators at a range near Kaunas",
        "The minister said Lithuanian companies would supply part of the training equipment.",
        ["Vilnius has already pledged drones worth 10 million euros"],
        [
            "News Feed",
            "Illustrative purposes",
            "Ukraine war latest",
            "Key developments",
            "Bilohorivka",
            "The Kyiv IndependentKyiv",
            "Ukraine Daily",
            "your inbox",
            "Sign up",
            "Military aid",
            "Drones",
            "3 comments",
        ],
    ),
    (
        "ki_note_from_author.txt",
        "Zelensky signs law on reserve army officers",
        "President Volodymyr Zelensky signed a law on June 2 that lets reserve officers",
        "would shorten the time needed to fill command posts in new brigades.",
        ["271 votes in favor"],
        [
            "Note from the author",
            "Hi, this is Olena",
            "consider supporting",
            "Support us",
            "Olena Kovalchuk",
            "Reporter",
            "is a reporter at",
            "Read more",
            "Editors' Picks",
        ],
    ),
    (
        "ki_standfirst_feature.txt",
        "How a Kharkiv school kept teaching through a year of shelling",
        "KHARKIV — The bell at School No. 134 still rings at 8:30 every morning",
        "The city council has promised to build two more underground schools by the end of the year.",
        ['"The children ask to come here'],
        [
            "Investigations",
            "moved lessons underground and online",
            "7 min read",
            "Pupils line up",
            "Natalia Yermak",
            "Reporter",
            "regional media in Kharkiv",
            "Editors' Picks",
            "long-range missile",
        ],
    ),
    (
        "ki_digest.txt",
        "Ukraine war latest: Air defense downs 38 of 42 drones overnight",
        "Key developments on March 4:\n\nAir defense downs 38 of 42 drones launched overnight",
        "that includes boats and ammunition.",
        ["Zelensky meets Turkish foreign minister in Kyiv", "Russia launched 42 attack drones"],
        ["4 min read", "mobile air defense unit", "AI assistance", "Author:", "news desk"],
    ),
    (
        "ki_editors_note_first.txt",
        "Mariupol evacuation halted as ceasefire breaks down",
        "Editor's note: This story was updated after the Mariupol city council announced",
        "once both sides agreed on a route.",
        ["MARIUPOL — A planned evacuation", "about 200,000 people were waiting"],
        [
            "Opinion",
            "Updated:",
            "Share on",
            "Read also",
            "Zaporizhzhia nuclear plant",
            "member-supported",
            "Patreon",
            "Comments (4)",
        ],
    ),
    (
        "guardian_photograph.txt",
        None,
        "Ukraine's armed forces have repelled a fresh wave of Russian assaults around the eastern town",
        "The claims could not be independently verified.",
        ["had not broken through.", "Ukraine's general staff said its troops had destroyed"],
        ["A Ukrainian soldier rests", "Photograph", "Anatolii Stepanov", "Getty", "Related:", "day 596"],
    ),
    (
        "guardian_subscribe_news.txt",
        None,
        "Russia's state gas company, Gazprom, has told European customers it will halt deliveries",
        "Analysts expect prices to rise sharply when trading opens on Wednesday.",
        ["The company told subscribers to its investor newsletter that the work was agreed"],
        ["A gas compressor station", "Photograph", "dpa/AP"],
    ),
]


@pytest.mark.parametrize(
    ("name", "title", "starts", "ends", "keep", "junk"), _VARIANTS, ids=[v[0] for v in _VARIANTS]
)
def test_page_variants(
    name: str, title: str | None, starts: str, ends: str, keep: list[str], junk: list[str]
) -> None:
    (raw,) = list(read_paths([PAGES / name]))
    doc = clean(raw)
    _assert_offsets(doc, raw.text)
    assert doc.title == title
    assert doc.body.startswith(starts), doc.body[:200]
    assert doc.body.endswith(ends), doc.body[-200:]
    for s in keep:
        assert s in doc.body
    for s in junk:
        assert s not in doc.body, s


def test_live_blog_page_with_updated_items_and_time_zones() -> None:
    (raw,) = list(read_paths([PAGES / "ki_liveblog_page.txt"]))
    doc = clean(raw)
    _assert_offsets(doc, raw.text)
    assert doc.title == "Russia's war against Ukraine: live updates"
    assert doc.author == "Illia Ponomarenko and Anastasiia Lapatina"
    # No intro: the first item is the body; its caption and "Share" are not.
    assert doc.body == (
        "Missile strike hits Kramatorsk railway station\n\n"
        "At least 30 people were killed when a missile struck the railway station in Kramatorsk, "
        "where thousands were waiting to evacuate, regional governor Pavlo Kyrylenko said."
    )
    items = _kinds(doc, "liveblog")
    assert [(s.time, s.title) for s in items] == [
        ("2022-04-08T12:40", "EU chief arrives in Kyiv"),
        ("2022-04-08T15:05", "Slovakia sends air defense system"),
    ]
    assert "Read also" not in items[0].text and "fifth package" not in items[0].text
    assert items[1].text.endswith("Prime Minister Eduard Heger said.")
    assert "Load more" in [s.text for s in _kinds(doc, "clutter")]
    assert any(s.text.endswith("(Photo by Fadel Senna/AFP)") for s in _kinds(doc, "caption"))


def test_author_card_and_membership_appeal_are_side_segments() -> None:
    doc = _page("ki_note_from_author.txt")
    assert doc.author == "Olena Kovalchuk"
    clutter = " ".join(s.text for s in _kinds(doc, "clutter"))
    assert "please consider supporting" in clutter
    assert "is a reporter at the Kyiv Independent" in clutter


def test_card_inside_body_with_outlet_footer() -> None:
    doc = _page("ki_latest_card.txt")
    (card,) = _kinds(doc, "related")
    assert card.title == "Ukraine war latest: Russia claims capture of village near Kharkiv"
    assert card.text.startswith("Key developments on May 19-20:")


def test_reader_appeal_box_is_clutter_but_a_quoted_appeal_is_news() -> None:
    page = (
        "Kyiv asks for more air defense\n"
        "by Anna Moroz May 2, 2024 9:00 AM 2 min read\n\n"
        "Ukraine asked its partners on May 2 for seven more Patriot systems, the Foreign Ministry said.\n\n"
        '"Support us now, or you will pay more later," Foreign Minister Dmytro Kuleba told reporters.\n\n'
        "Hi, this is Anna, the author of this story. If you value our reporting, please become a member.\n\n"
        "Our reporters spend weeks near the front line to bring you stories like this one.\n\n"
        "Become a member"
    )
    doc = clean(read_text(page, date="2024-05-02"))
    assert doc.body.startswith("Ukraine asked its partners on May 2")
    assert doc.body.endswith("Foreign Minister Dmytro Kuleba told reporters.")
    assert "Support us now" in doc.body
    clutter = [s.text for s in _kinds(doc, "clutter")]
    assert "Our reporters spend weeks near the front line to bring you stories like this one." in clutter


def test_editors_note_under_the_headline_is_body_not_a_standfirst() -> None:
    page = (
        "Drone strike hits Kharkiv apartment block\n"
        "Editor's note: This article contains descriptions of injuries.\n"
        "by Ivan Petrenko June 10, 2024 8:15 AM 2 min read\n\n"
        "A Russian drone hit an apartment block in Kharkiv overnight, injuring nine people, the governor said."
    )
    doc = clean(read_text(page, date="2024-06-10"))
    assert doc.title == "Drone strike hits Kharkiv apartment block"
    assert doc.body.startswith("Editor's note: This article contains descriptions of injuries.")
    assert doc.body.endswith("injuring nine people, the governor said.")


def test_short_lines_with_figures_are_data_not_a_tag_list() -> None:
    page = (
        "Flood toll rises\n\n"
        "Officials said the floods had hit four provinces, according to figures released on Monday.\n\n"
        "Dead: 41\nMissing: 12\nEvacuated: 3,400\n\n"
        "Rescue teams were still searching villages along the river."
    )
    doc = clean(read_text(page, date="2024-06-10"))
    assert "Dead: 41\n\nMissing: 12\n\nEvacuated: 3,400" in doc.body
    assert doc.body.endswith("searching villages along the river.")


def test_courtesy_credit_closes_a_caption() -> None:
    page = (
        "First lady visits Lviv school\n"
        "Olena Zelenska talks to pupils in Lviv on Feb. 3, 2024. (Photo: courtesy of the Presidential Office)\n\n"
        "Olena Zelenska opened a new school shelter in Lviv on Feb. 3, her office said, "
        "the first of ten the city plans to build this year."
    )
    doc = clean(read_text(page, date="2024-02-03"))
    assert doc.title == "First lady visits Lviv school"
    assert doc.body.startswith("Olena Zelenska opened a new school shelter in Lviv on Feb. 3")
    (cap,) = _kinds(doc, "caption")
    assert cap.text.endswith("(Photo: courtesy of the Presidential Office)")


def test_embedded_post_signature_and_patreon_plea_are_clutter() -> None:
    page = (
        "Zelensky thanks Japan for generators\n"
        "by Anna Moroz January 8, 2024 9:00 AM 2 min read\n\n"
        "President Volodymyr Zelensky thanked Japan on Jan. 8 for sending 20 power generators to Kherson Oblast.\n\n"
        "Grateful to Japan for standing with Ukraine through this winter. pic.twitter.com/Ab12Cd34\n"
        "— Volodymyr Zelensky (@ZelenskyyUa) January 8, 2024\n\n"
        "The generators will supply hospitals and water pumps in the region, the governor said.\n\n"
        "Please support the Kyiv Independent on Patreon."
    )
    doc = clean(read_text(page, date="2024-01-08"))
    assert "Grateful to Japan for standing with Ukraine" in doc.body
    assert "(@ZelenskyyUa)" not in doc.body and "Patreon" not in doc.body
    assert doc.body.endswith("hospitals and water pumps in the region, the governor said.")
