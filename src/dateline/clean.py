"""Stage 2: split a scraped page into title, byline, body and labelled side segments.

    clean(raw: RawDocument) -> Document        # raises InputError (empty body, no date)
    document_id(body: str, published: str | None) -> str   # content hash

The page text is cut into lines (a line is a paragraph in scraped text) and
each line gets a role from its shape, never from a particular site's wording:

* ``clutter``: navigation and widgets ("Skip to content", "2 min read",
  share/subscribe/newsletter/cookie lines, audio notices) and list headers
  ("Editors' Picks", "Most read", "Related", "Read more");
* ``byline``: "by X <date> <time>", "By X | Outlet", "Author: X",
  "Reporting by X; Editing by Y";
* ``caption``: a photo description ending in a credit, "(Getty Images)",
  "(President's Office)", "Photo: X";
* ``liveblog``: a time line ("6:58 PM", "18:58") starts a timed item whose
  first short line is its headline;
* ``related``: a headline-like line (short, no final period) followed by a
  teaser paragraph, after the article's main flow or under a "Related" header;
* the title: a short first line without final period, before the first
  paragraph of prose; a section label of three words or fewer over a longer
  headline ("Ukraine War", "News Feed") gives way to the headline;
* ``clutter`` also: a reader appeal (membership/donation banners, newsletter
  pitches, "Note from the author" letters: an appeal phrase in a paragraph
  that says "we"/"you" and quotes nobody, and the reader-addressed
  paragraphs after it), a standfirst (a prose line between headline and
  byline), a run of three or more one-to-three-word lines (tags, menus),
  and, after an "Author:" line or an author card (the byline's author
  named alone on a line), everything but cards and live-blog items.

The main flow also starts at a lead-in ending in a colon over a glued list
("Key developments on March 4:"). A related card may sit inside the body:
headline, teaser and a short footer ("The Kyiv IndependentAuthor") glued
together and set apart by blank lines. "Editor's note" paragraphs are article
text. In a one-paragraph page, "<caption>. Photograph: <credit>" fragments and
a closing "Related: <headline>" are cut out into side segments.

What is left is the body, its paragraphs joined with a blank line. A
one-paragraph page (the Guardian files) keeps its paragraph, minus trailing
"• Join the debate – email ..." style bullets. A page that is only a live
blog gets its first item as body. Hard-wrapped text (old wire copy wrapped
at 65-80 columns) is rejoined into paragraphs first; a line that starts in
lower case after an unfinished sentence continues it.

Segment offsets index the page text the cleaner receives (``raw.text``), and
``segment.text == raw.text[segment.start:segment.end]``; a related card's
headline and a live-blog item's headline are in ``title``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date as _date

from .errors import InputError
from .records import Document, RawDocument, Segment

__all__ = ["clean", "document_id"]


def document_id(body: str, published: str | None) -> str:
    """A content hash of the body and publication date (16 hex digits).

    Example:
        >>> document_id("Japan pledged aid.", "2024-01-08") == document_id("Japan pledged aid.", "2024-01-08")
        True
    """
    h = hashlib.sha256(f"{published or ''}\n{body}".encode()).hexdigest()
    return h[:16]


# --------------------------------------------------------------------------- lexicon

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH_NUM = {
    m: i for i, m in enumerate(("jan feb mar apr may jun jul aug sep oct nov dec").split(), start=1)
}
_DATE_RE = re.compile(
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?P<m1>{_MONTHS})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTHS}),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))",
    re.I,
)
_TIME = r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})\s*(?P<ampm>[ap]\.?\s?m\.?)?"
_TIME_RE = re.compile(_TIME, re.I)
#: A live-blog time line: a clock time alone, optionally with a time zone.
_TIME_LINE = re.compile(rf"^(?:Updated\s+)?{_TIME}(?:\s*\(?[A-Z]{{2,4}}(?:[+-]\d{{1,2}})?\)?)?$", re.I)

#: Social networks named in share rows ("Share on Facebook Share on X", "Facebook Twitter Telegram").
_SOCIAL = (
    r"(?:facebook|twitter|x|telegram|linkedin|whatsapp|reddit|email|e-mail|viber|threads|bluesky|copy link)"
)
#: Whole-line clutter: site furniture that is never article text.
_CLUTTER = re.compile(
    r"^(?:skip to (?:main )?content|\d+\s*min(?:ute)?s?\s+read|"
    r"this (?:audio|article) (?:is|was) (?:created|generated|produced) with ai(?: assistance)?\.?|"
    r"listen to (?:this )?(?:article|story)(?:\W.*)?|"
    r"(?:share|tweet|email|print|copy link|save)(?: (?:this|the))?(?: article| story| page)?(?: on \w+| via \w+)?:?|"
    r"(?:share|follow) (?:on|us on) .{0,40}|"
    rf"(?:(?:share|post|send)(?: (?:on|via|to))? )?{_SOCIAL}(?:\s*[|·•,]?\s*(?:(?:share|post|send)(?: (?:on|via|to))? )?{_SOCIAL}){{1,8}}|"
    r"[—–-]\s*[^\n]{1,100}\(@\w{1,30}\)\s*[^\n]{0,30}\d{4}|pic\.twitter\.com/\w+|"
    r"\d+\s+comments?|(?:show|hide|view|leave a|post a) comments?|join the (?:conversation|discussion)|(?:load|show|see|view) (?:more|all)(?: (?:updates|posts|comments|stories))?|"
    r".{0,80}\b(?:in|to) your inbox\b.{0,80}|"
    r"(?:subscribe|sign up|register|log in|sign in)\b.{0,80}|"
    r"(?:.{0,40}\b(?:sign up|subscribe|get|receive|our|daily|weekly|free)\b)?.{0,30}\bnewsletters?\b.{0,60}|"
    r"(?:we use|this (?:web)?site uses|accept|manage|reject|about)\b.{0,40}\bcookies?\b.{0,120}|"
    r"advertisement|sponsored(?: content)?|reuters?|.{0,60}\bad[ -]?blockers?\b.{0,80}|"
    r"support (?:independent |our )?journalism.{0,80}|become a (?:member|subscriber).{0,80}|"
    r"(?:©|copyright\b).{0,100}|all rights reserved\.?|loading\W*|comments?(?: \(\d+\))?|"
    r"(?:topics|tags|filed under):.{0,200}|(?:join the debate|click here|do you have a photo)\b.{0,160}|"
    r"(?:home|news|world|politics|europe|business|opinion|sport|video|menu|search)"
    r"(?:\s*[|>/›»]\s*\w[\w ]{0,20}){0,6})$",
    re.I,
)
#: List headers after which the rest of the page is side material.
_TAIL_HEADER = re.compile(
    r"^(?:editors['’]? ?picks?|most (?:read|popular|viewed|shared)|recommended(?: for you| stories)?|"
    r"you (?:may|might) also like|more (?:from|stories|news)\b.{0,40}|trending(?: now)?|latest (?:news|stories)|"
    r"popular(?: now)?|top stories|notes? from the (?:author|editors?))[:.]?$",
    re.I,
)
#: List headers that introduce related-article links inside the page.
_RELATED_HEADER = re.compile(
    r"^(?:related(?: (?:articles?|stories|coverage|content|news))?|read more|"
    r"see also|read also|more on this(?: story)?)[:.]?$",
    re.I,
)
#: A one-line related link: "Read more: Headline".
_RELATED_INLINE = re.compile(
    r"^(?:read more|related|see also|read also|also read|more)\s*[:|–—-]\s*(?P<t>\S.{3,200})$", re.I
)
#: Inline trailers of one-paragraph pages: "• Join the debate – email ...".
_BULLET_CLUTTER = re.compile(
    r"^(?:join the debate|read more|click here|do you have a photo|sign up|subscribe|follow|share|"
    r"email\b|contact\b|this article|.{0,60}\bnewsletter)",
    re.I,
)
#: Phrases of a site's appeal to its readers (membership and donation banners, newsletter
#: boxes, "Note from the author" letters). They are data, not rules: a paragraph is an
#: appeal only if it also speaks to the reader and quotes nobody (see ``_is_appeal``).
_APPEALS = (
    r"become a (?:member|subscriber|patron|supporter)",
    r"support (?:us|independent (?:journalism|media|reporting|news)|our (?:work|journalism|reporting|newsroom|team))",
    r"consider (?:supporting|subscribing|donating|becoming)",
    r"(?:member|reader|subscriber)[- ](?:supported|funded|powered)",
    r"(?:on|via|through) patreon",
    r"donat(?:e|ion) (?:to us|now|today)|make a (?:donation|contribution)",
    r"(?:monthly|one-time|one-off|recurring) (?:contribution|donation|payment)",
    r"join (?:our|the) (?:community|membership)",
    r"(?:we['’]ve|we have) been (?:covering|reporting on) (?:the|this) war",
    r"(?:in|to) your inbox",
    r"(?:hi|hello),? (?:this is|it['’]s|i['’]m) [A-Z]",
)
_APPEAL_RE = re.compile("|".join(f"(?:{a})" for a in _APPEALS), re.I)
#: The reader addressed: a news sentence reports a third party, an appeal says "you", "us", "please".
_READER = re.compile(r"\b(?:you|your|us|our|we|we['’](?:re|ve)|please)\b", re.I)
#: Quotation or attribution: "'Support us,' Zelensky said" is news, not a banner.
_ATTRIBUTED = re.compile(r"[\"“”]|\b(?:said|says|told|according to|wrote|added)\b", re.I)

_LEADING_CLUTTER = re.compile(r"^(?:skip to (?:main )?content|advertisement)\b[\s:|–—-]*", re.I)

_BYLINE_BY = re.compile(r"^(?i:(?:written |words |reporting |reported )?by)\s+(?P<rest>[A-Z\"“].*)$")
_BYLINE_AUTHOR = re.compile(r"^(?:authors?|writers?|reporter|byline)\s*:\s*(?P<rest>\S.{1,120})$", re.I)
_BYLINE_REPORTING = re.compile(
    r"^\(?(?:additional )?reporting by\s+(?P<rest>[^;()]+?)(?:[;,]\s*(?:writing|editing).*)?\)?\.?$", re.I
)
_MIN_READ = re.compile(r"\s*[|·•–-]?\s*\d+\s*min(?:ute)?s?\s+read\.?\s*$", re.I)
_UPDATED = re.compile(r"\s*[|·•–-]?\s*(?:updated|published|posted|last updated)\b:?", re.I)

#: A photo credit closing a caption: "(President's Office)", "(Getty Images)", "(REUTERS/Gleb Garanich)".
_AGENCY = r"(?:Getty(?: Images)?|AFP|AP(?: Photo)?|Reuters|REUTERS|EPA(?:-EFE)?|Shutterstock|Anadolu(?: Agency)?|Alamy|PA(?: Wire)?|Bloomberg|Sipa|TASS|Xinhua)"
#: A short credit: title-case words, maybe "Photo:"/"by" and a "/" between
#: photographer and agency; no digits or sentence punctuation.
_CREDIT = (
    r"(?:(?i:photo(?:graph)?|image|picture|credit|source|illustration)s?\s*(?i:by\s+|:\s*))?(?i:courtesy(?: of)?(?: the)?\s+)?"
    r"[A-Z][\w'’&.-]*(?:(?:\s+|\s*/\s*)(?:[A-Z][\w'’&.-]*|via|of|for|the|and|de|la|al|von|van))*"
)
#: A photo credit closing a caption: "(President's Office)", "(Getty Images)", "(REUTERS/Gleb Garanich)".
_CREDIT_PAREN = re.compile(rf"\((?![A-Z]{{1,2}}-)(?P<credit>{_CREDIT})\.?\)$")
#: "... Photo: Lars Holm/NTB", "... Photograph: X/Getty Images", "... | AFP via Getty Images".
_CREDIT_TAIL = re.compile(
    rf"(?:\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Cc]redit|[Ii]llustration)s?\s*(?:by\s+|:\s*)[A-Z][\w'’&. -]{{0,40}}"
    rf"(?:/[\w'’&. -]{{1,40}})?|(?:/|\|)\s*(?:[A-Z][\w'’&.-]*\s+)?{_AGENCY}\b(?:\s+(?:via\s+)?[A-Z]\w*){{0,3}})\.?$"
)
#: A line that is only a credit: "Getty.", "Ahmed Helal/LinkedIn.", "AFP via Getty Images".
_CREDIT_ONLY = re.compile(
    rf"^(?:{_AGENCY}(?:\s+via\s+{_AGENCY})?|[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){{0,3}}\s*/\s*[A-Z][\w'’&. -]{{1,30}})\.?$"
)
#: A wire-service dateline opening the first paragraph: "KYIV, Jan 7 (Reuters) -".
_WIRE = re.compile(
    r"^[A-Z][A-Za-z .'’-]{1,40},?(?:\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s+\((?P<outlet>[A-Za-z][\w .&-]{1,30})\)\s+[-–—]"
)

#: "Editor's note: ..." is the newsroom speaking about the story: article text wherever it stands.
_EDITORS_NOTE = re.compile(r"^editor['’]?s['’]? note\b", re.I)
#: "Note from the author: Hi, this is ..." and its header: the letter under a Kyiv Independent article.
_NOTE_FROM = re.compile(r"^notes? from the (?:author|editors?)\b", re.I)
#: In a one-paragraph page (the Guardian), a photo caption survives as "<caption>. Photograph:
#: <credit>" inside the text. The credit is "Name/Agency" parts; its last part is a known
#: agency or one word, so the next sentence ("... /AFP Ukraine's army said") is not swallowed.
_GUARDIAN_AGENCY = rf"(?:{_AGENCY}|dpa|AP|PA|EPA|Rex|Handout|The Guardian|Guardian|The Observer|Observer|Planet Labs(?: PBC)?)"
_INLINE_CREDIT = re.compile(
    rf"(?:Photograph|Photo|Photograph and caption|Illustration|Composite)\s*:\s+"
    rf"(?:[A-Za-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}\s*/\s*)*"
    rf"(?:{_GUARDIAN_AGENCY}(?:\s+via\s+{_GUARDIAN_AGENCY})?\b|[A-Z][\w'’.-]*)"
)
#: "... Related: <headline>" closing a one-paragraph page: a link to another article.
_RELATED_TRAILER = re.compile(r"\s+(?:Related|Read more|See also)\s*:\s+(?P<t>[A-Z\"“‘'][^\n]{3,200}?)\s*$")

_SENTENCE_END = re.compile(r"[.!?…;:,][\"'”’)\]]*$")


@dataclass
class _Line:
    """A logical line (a paragraph of the page) with its place in the page.

    ``text`` is the line with its whitespace normalised; ``span`` is the page
    text it covers (they differ only for hard-wrapped paragraphs, whose
    ``pos`` maps each character of ``text`` back to a page offset).
    """

    start: int
    end: int
    text: str
    blank_before: bool
    span: str = ""
    pos: list[int] | None = None

    def __post_init__(self) -> None:
        if not self.span:
            self.span = self.text

    def at(self, k: int) -> int:
        """The page offset of character ``k`` of ``text`` (``len(text)`` gives ``end``)."""
        if k >= len(self.text):
            return self.end
        return self.pos[k] if self.pos is not None else self.start + k

    def sub(self, kind: str, i: int, j: int) -> Segment:
        """A segment for ``text[i:j]``, its text taken from the page."""
        a, b = self.at(i), (self.at(j - 1) + 1 if j > i else self.at(i))
        return Segment(kind, self.span[a - self.start : b - self.start], a, b)

    def tail(self, k: int) -> _Line:
        """The line from character ``k`` of ``text`` on."""
        a = self.at(k)
        pos = self.pos[k:] if self.pos is not None else None
        return _Line(a, self.end, self.text[k:], self.blank_before, self.span[a - self.start :], pos)


# --------------------------------------------------------------------------- public


def clean(raw: RawDocument) -> Document:
    """Split a page into title, byline, body and side segments.

    Args:
        raw: a reader's output; ``raw.text`` is the page text.

    Returns:
        The Document; ``id`` is ``document_id(body, published)``.

    Raises:
        InputError: no publication date, or no article text left after cleaning.

    Example:
        >>> from dateline.records import RawDocument
        >>> page = "Skip to content\\nJapan pledges aid\\n\\nJapan pledged $37 million on Sunday."
        >>> doc = clean(RawDocument(source="x", text=page, published="2024-01-07"))
        >>> doc.title, doc.body
        ('Japan pledges aid', 'Japan pledged $37 million on Sunday.')
    """
    if not raw.published:
        raise InputError(raw.source, "no publication date; pass --date or add a ' date YYYY-MM-DD' header")
    page = raw.text
    lines = _split_lines(page)
    segments: list[Segment] = []
    title = raw.title
    author, outlet = raw.author, raw.outlet
    body_parts: list[str] = []
    # Live-blog items in page order, with the number of body paragraphs before them.
    live: list[tuple[int, list[str]]] = []
    head_rest: list[_Line] = []  # unexplained lines before the first sentence
    title_line: _Line | None = None

    # The main flow starts at the first line that reads like a sentence; what
    # comes before is the page head (title, byline, captions, navigation).
    first_prose, standfirst = _flow_start(lines)
    tail = False  # after the main flow: nothing more joins the body
    in_related = False  # under a "Related"/"Read more" header
    in_appeal = False  # right after a reader appeal: its box may go on without an appeal phrase
    i = 0
    while i < len(lines):
        ln = lines[i]
        text = ln.text
        nxt = lines[i + 1] if i + 1 < len(lines) else None

        if _TIME_LINE.match(text):
            i, paras = _liveblog(page, lines, i, raw.published, segments)
            if paras:
                live.append((len(body_parts), paras))
            continue
        if _TAIL_HEADER.match(text):
            segments.append(_seg("clutter", ln))
            tail = True
            i += 1
            continue
        if _RELATED_HEADER.match(text):
            segments.append(_seg("clutter", ln))
            in_related = True
            i += 1
            continue
        if _NOTE_FROM.match(text):  # "Note from the author: Hi, this is ..." closes the article
            segments.append(_seg("clutter", ln))
            tail = True
            i += 1
            continue
        if i == standfirst:
            segments.append(_seg("clutter", ln))
            i += 1
            continue
        appeal = _is_appeal(text)
        if appeal or _is_clutter(text) or (in_appeal and _addresses_reader(text)):
            in_appeal = in_appeal or appeal
            segments.append(_seg("clutter", ln))
            i += 1
            continue
        in_appeal = False
        by = _byline(text)
        if by is not None:
            who, where, when = by
            author = author or who
            outlet = outlet or where
            segments.append(_seg("byline", ln, time=when))
            # "Author: X" under the article opens the author box: what follows is page furniture.
            tail = tail or (bool(body_parts) and _BYLINE_AUTHOR.match(text) is not None)
            i += 1
            continue
        if body_parts and author and _is_author_name(text, author):  # an author card: name, role, bio
            segments.append(_seg("byline", ln))
            tail = True
            i += 1
            continue
        if body_parts and (run := _link_run(lines, i)):  # a tag list or menu: short lines in a row
            segments.extend(_seg("clutter", x) for x in lines[i : i + run])
            i += run
            continue
        when = _date_line(text)
        if when is not None:  # "March 12, 2024 4:15 PM" under the headline
            segments.append(_seg("byline", ln, time=when or None))
            i += 1
            continue
        link = _related_link(text)
        if link is not None:  # "Read more: Headline"
            segments.append(_seg("related", ln, title=link))
            i += 1
            continue
        if _is_caption(text):
            segments.append(_seg("caption", ln))
            i += 1
            continue
        if in_related or tail:
            if (
                _is_headline(text)
                and nxt is not None
                and _is_prose(nxt.text)
                and not _TIME_LINE.match(nxt.text)
                # A teaser hangs on its headline; a paragraph after a blank line is the article again.
                and (tail or not nxt.blank_before)
            ):
                segments.append(_seg("related", nxt, title=text))
                i += 2
                continue
            if in_related and _is_headline(text):
                segments.append(_seg("related", ln, title=text))
                i += 1
                continue
            if tail:
                segments.append(_seg("clutter", ln))
                i += 1
                continue
            in_related = False  # a standalone paragraph: the article goes on
        # Before the first sentence: the page head, except a long line that is no
        # headline (a paragraph that does not end on this line, e.g. wrapped copy).
        if i < first_prose and (_is_headline(text) or _words(text) < 8):
            if title is None and _is_headline(text):
                title, title_line = text, ln
            elif title_line is lines[i - 1] and _is_section_label(title) and _is_wordy_headline(text):
                # "Ukraine War" / "News Feed" above the headline: a section label, not the title.
                segments.append(_seg("clutter", title_line))
                title, title_line = text, ln
            elif title is not None and text.strip() == title.strip():
                pass  # the title repeated in the text (HTML metadata + page)
            else:
                head_rest.append(ln)
                segments.append(_seg("clutter", ln))
            i += 1
            continue
        if body_parts and _starts_card(lines, i):
            segments.append(_seg("related", nxt, title=text))
            tail = True
            i += 2
            continue
        if body_parts and _inline_card(lines, i):  # headline, teaser, "OutletAuthor" footer
            segments.append(_seg("related", nxt, title=text))
            segments.append(_seg("clutter", lines[i + 2]))
            i += 3
            continue
        if body_parts and _widget_title(lines, i):  # "Ukraine Daily" over its sign-up pitch
            segments.append(_seg("clutter", ln))
            i += 1
            continue
        if not body_parts:
            text, ln = _strip_leading_clutter(ln, segments)
            if outlet is None and (w := _WIRE.match(text)):
                outlet = w.group("outlet").strip()
        text = _cut_bullet_trailer(ln, text, segments)
        text = _cut_inline_captions(ln, text, segments)
        if text:
            body_parts.append(text)
        i += 1

    if not body_parts and not live and not head_rest and title_line is not None:
        # The only text was taken for a title: a one-sentence article without final period.
        body_parts, title = [title_line.text], raw.title
    if not body_parts and not live and head_rest:
        # No line reads like a sentence (a table, a list of results): keep the
        # lines nothing else explained rather than reject the article.
        rest = {ln.start for ln in head_rest}
        segments = [sg for sg in segments if not (sg.kind == "clutter" and sg.start in rest)]
        body_parts = [ln.text for ln in head_rest]
    if not body_parts and live:
        # A page that is only a live blog: its first item becomes the body (its
        # time line a dated byline); the others stay side segments, which the
        # pipeline analyses as news of their own (``Document.text``).
        first_item = next(k for k, sg in enumerate(segments) if sg.kind == "liveblog")
        item = segments.pop(first_item)
        stamp = max(k for k, sg in enumerate(segments[:first_item]) if _TIME_LINE.match(sg.text))
        segments[stamp] = replace(segments[stamp], kind="byline", time=item.time)
        body_parts = live[0][1]
    body = "\n\n".join(body_parts)
    if not body.strip():
        raise InputError(raw.source, "no article text left after cleaning")
    if author is None:  # a byline found only in a trailer ("• Reporting by X")
        for seg in segments:
            by = _byline(seg.text) if seg.kind == "byline" else None
            if by and by[0]:
                author, outlet = by[0], outlet or by[1]
                break
    return Document(
        id=document_id(body, raw.published),
        source=raw.source,
        body=body,
        published=raw.published,
        title=title,
        author=author,
        outlet=outlet,
        url=raw.url,
        format=raw.format,
        segments=tuple(sorted(segments, key=lambda s: s.start)),
    )


# --------------------------------------------------------------------------- line roles


def _split_lines(page: str) -> list[_Line]:
    """The page's logical lines; hard-wrapped paragraphs (old wire copy) are rejoined."""
    phys: list[tuple[int, str, bool]] = []  # (offset of the raw line, raw line, blank before)
    pos, blank = 0, True
    for raw_line in page.split("\n"):
        if raw_line.strip():
            phys.append((pos, raw_line, blank))
            blank = False
        else:
            blank = True
        pos += len(raw_line) + 1
    wrapped = _hard_wrapped([r.strip() for _, r, _ in phys])
    width = _p90([len(r.strip()) for _, r, _ in phys])
    groups: list[list[tuple[int, str, bool]]] = []
    for k, (off, raw_line, blank_before) in enumerate(phys):
        prev = phys[k - 1][1].strip() if k else ""
        ended = _SENTENCE_END.search(prev) is not None
        if wrapped:
            # A new paragraph: after a blank line, at an indent, or after a short line
            # that ends a sentence (a short line without one is a wrapped first line).
            new = blank_before or raw_line[:1].isspace() or (len(prev) < 0.6 * width and ended)
        else:
            # One paragraph per line, unless a line plainly continues the sentence
            # before it (starts in lower case after a line that did not end one).
            line = raw_line.strip()
            new = blank_before or ended or not line[:1].islower() or _side_kind(line) is not None
        if not groups or new:
            groups.append([])
        groups[-1].append((off, raw_line, blank_before))
    out = []
    for g in groups:
        chars: list[str] = []
        where: list[int] = []
        for off, raw_line, _ in g:
            lead = len(raw_line) - len(raw_line.lstrip())
            if chars:
                chars.append(" ")
                where.append(off - 1)  # the joining space stands for the newline
            for n, ch in enumerate(raw_line.strip()):
                chars.append(ch)
                where.append(off + lead + n)
        text = "".join(chars)
        start, end = where[0], where[-1] + 1
        out.append(_Line(start, end, text, g[0][2], page[start:end], where))
    return out


def _p90(values: list[int]) -> int:
    return sorted(values)[int(0.9 * (len(values) - 1))] if values else 0


def _hard_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width: most lines nearly as long as the longest, none long.

    Scraped pages have one paragraph per line (hundreds of characters); 1980s
    wire copy and e-mail are wrapped at 65-80 columns.
    """
    if len(lines) < 3:
        return False
    lengths = [len(x) for x in lines]
    width = _p90(lengths)
    if max(lengths) > 100 or width < 40:
        return False
    return sum(1 for n in lengths if n >= 0.75 * width) >= 0.4 * len(lengths)


def _words(text: str) -> int:
    return len(text.split())


def _is_headline(text: str) -> bool:
    """Short, capitalised, and not ending like a sentence: a title or card headline."""
    if _words(text) > 25 or len(text) > 200 or _words(text) < 2 or not re.search(r"[^\W\d_]{2}", text):
        return False
    if _SENTENCE_END.search(text) and not text.endswith(("?", "!")):
        # Headlines may end in a quote ("... partner for us'") but not in a period.
        if not re.search(r"[\"'”’]$", text) or re.search(r"[.,;:][\"'”’]$", text):
            return False
    first = text.lstrip("\"'“‘(")[:1]
    return first.isupper() or first.isdigit()


def _is_prose(text: str, min_words: int = 4) -> bool:
    """A paragraph of running text: ends like a sentence, or is long."""
    if _words(text) >= 30:
        return True
    return _words(text) >= min_words and bool(re.search(r"[.!?…][\"'”’)\]]*$", text))


def _is_caption(text: str) -> bool:
    """A photo caption: a short description closed by a credit, or a credit alone."""
    if _CREDIT_ONLY.match(text):
        return True
    if _words(text) > 60:
        return False
    m = _CREDIT_PAREN.search(text)
    if m is not None:
        credit = m.group("credit")
        described = bool(text[: m.start()].strip())  # "(BEGIN VIDEO CLIP)" alone is a stage note
        # "(Getty Images)", "(President's Office)", "(AP Photo/X)"; not "(EU)", "(Pa.)".
        named = _words(credit) >= 2 or "/" in credit or re.fullmatch(_AGENCY, credit) is not None
        return described and named and _words(credit) <= 7
    m = _CREDIT_TAIL.search(text)
    if m is None:
        return bool(re.match(r"^(?:photo|image|caption)\s*:", text, re.I))
    # A credit names a source in a few words; a longer tail is prose.
    return _words(text[m.start() :]) <= 7


def _byline(text: str) -> tuple[str | None, str | None, str | None] | None:
    """(author, outlet, ISO datetime) if the line is a byline, else None."""
    line = _MIN_READ.sub("", text).strip()
    m = _BYLINE_AUTHOR.match(line) or _BYLINE_REPORTING.match(line)
    if m:
        return _split_author(m.group("rest")) + (None,)
    m = _BYLINE_BY.match(line)
    if not m or line.endswith("."):
        return None
    rest = m.group("rest")
    when = None
    d = _DATE_RE.search(rest)
    if d:
        when = _iso_date(d)
        after = rest[d.end() :]
        t = _TIME_RE.match(after.strip())
        if t and when:
            when += "T" + _hhmm(t)
        rest = rest[: d.start()]
    rest = _UPDATED.split(rest)[0].strip(" ,|·•–-")
    if not rest or _words(rest) > 12:
        return None
    return _split_author(rest) + (when,)


def _date_line(text: str) -> str | None:
    """The ISO date(time) of a line that is only a date and maybe a time ("" if unparsable), else None."""
    line = _MIN_READ.sub("", text).strip()
    line = re.sub(r"^(?:updated|published|posted|last updated)\b:?\s*", "", line, flags=re.I)
    d = _DATE_RE.match(line)
    if not d:
        return None
    rest = line[d.end() :].strip(" ,|·•–-")
    t = _TIME_RE.match(rest)
    if t:
        rest = rest[t.end() :].strip()
    if re.sub(r"\(?\b[A-Z]{2,4}\b\)?", "", rest).strip():  # more than a time zone follows
        return None
    when = _iso_date(d) or ""
    return f"{when}T{_hhmm(t)}" if when and t else when


def _split_author(rest: str) -> tuple[str | None, str | None]:
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+|\s+[–—-]\s+|,\s+(?=[A-Z])", rest.strip()) if p.strip()]
    if not parts:
        return None, None
    return parts[0], (parts[1] if len(parts) > 1 else None)


def _iso_date(m: re.Match[str]) -> str | None:
    try:
        if m.group("iso"):
            return _date.fromisoformat(m.group("iso")).isoformat()
        mon = (m.group("m1") or m.group("m2"))[:3].lower()
        day = int(m.group("d1") or m.group("d2"))
        year = int(m.group("y1") or m.group("y2"))
        return _date(year, _MONTH_NUM[mon], day).isoformat()
    except (ValueError, KeyError):
        return None


def _hhmm(t: re.Match[str]) -> str:
    h, mi = int(t.group("h")), int(t.group("mi"))
    ampm = (t.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    return f"{h:02d}:{mi:02d}"


def _flow_start(lines: list[_Line]) -> tuple[int, int | None]:
    """Where the main flow starts, and the index of a standfirst line (or None).

    The flow starts at the first line that reads like a sentence, or at a lead-in
    ending in a colon over a list ("Key developments on March 4:" in a digest, whose
    items are headline-shaped). A prose line between the headline and the byline
    is a standfirst (a feature's summary under its headline), not the article's
    first paragraph: the flow then starts after the byline block.
    """
    n = len(lines)
    first = next((i for i in range(n) if _is_prose(lines[i].text, min_words=2) or _is_lead_in(lines, i)), n)
    if (
        0 < first < n - 1
        and _words(lines[first].text) <= 60
        and any(_is_headline(ln.text) for ln in lines[:first])
        and not _EDITORS_NOTE.match(lines[first].text)
        and (_byline(lines[first + 1].text) is not None or _date_line(lines[first + 1].text) is not None)
    ):
        after = next(
            (
                k
                for k in range(first + 2, n)
                if _is_prose(lines[k].text, min_words=2) or _is_lead_in(lines, k)
            ),
            None,
        )
        if after is not None:
            return after, first
    return first, None


def _is_lead_in(lines: list[_Line], i: int) -> bool:
    """A short line ending in a colon with a list glued under it ("Key developments on May 4:")."""
    text = lines[i].text
    if not text.endswith(":") or not 3 <= _words(text) <= 12 or i + 1 >= len(lines):
        return False
    if _RELATED_HEADER.match(text) or _TAIL_HEADER.match(text) or _NOTE_FROM.match(text) or _byline(text):
        return False
    return not lines[i + 1].blank_before and not _is_clutter(lines[i + 1].text)


def _is_section_label(title: str) -> bool:
    """A site section over the headline ("Ukraine War", "News Feed", "Opinion"): three words at most."""
    return _words(title) <= 3


def _is_wordy_headline(text: str) -> bool:
    """A headline of four words or more, nearly all of them words (not a row of figures)."""
    words = text.split()
    alpha = sum(1 for w in words if re.search(r"[^\W\d_]{2}", w))
    return len(words) >= 4 and alpha >= 0.75 * len(words) and _is_headline(text)


def _is_author_name(text: str, author: str) -> bool:
    """The line is one of the byline's authors alone: the head of an author card under the article."""
    names = {n.strip() for n in re.split(r",\s*|\s+(?:and|&)\s+", author) if n.strip()}
    return text.strip() in names and _words(text) >= 2


def _link_run(lines: list[_Line], i: int) -> int:
    """The length of a run of three or more link-like lines from ``i`` (a tag list, a menu), else 0.

    A link is a line of at most three words that is no sentence and carries no figure;
    one such line alone is a subheading and stays in the body, and short lines with
    numbers ("Injured: 74", "ZEN-NOH  1  1") are a table of the story's data.
    """
    k = i
    while k < len(lines):
        text = lines[k].text
        if _words(text) > 3 or _SENTENCE_END.search(text) or re.search(r"[\d:]", text):
            break
        k += 1
    return k - i if k - i >= 3 else 0


def _inline_card(lines: list[_Line], i: int) -> bool:
    """A related-article card inside the article: headline, teaser and an outlet/author footer.

    Kyiv Independent pages put cards between paragraphs ("Ukraine war latest: ...",
    its teaser, then "The Kyiv IndependentKyiv Independent news desk"). In a page whose
    paragraphs are separated by blank lines, three glued lines (headline, prose, a short
    line that is no sentence) set apart by blank lines are such a card.
    """
    if i + 2 >= len(lines):
        return False
    head, teaser, foot = lines[i], lines[i + 1], lines[i + 2]
    if not (head.blank_before and _is_headline(head.text)) or teaser.blank_before or foot.blank_before:
        return False
    if (
        not _is_prose(teaser.text)
        or _is_prose(foot.text)
        or _words(foot.text) > 8
        or _TIME_LINE.match(foot.text)
    ):
        return False
    return i + 3 == len(lines) or lines[i + 3].blank_before


def _widget_title(lines: list[_Line], i: int) -> bool:
    """The name of a page box over its pitch ("Ukraine Daily" over "Get the latest news ... in your inbox").

    Only a pitch of some words counts: a wire signature ("Reuter") under the last
    line of a table does not make that line a box title.
    """
    text, below = lines[i].text, lines[i + 1] if i + 1 < len(lines) else None
    if below is None or below.blank_before or _words(text) > 5 or re.search(r"[\d.!?;:,]$|\d", text):
        return False
    return _is_appeal(below.text) or (_is_clutter(below.text) and _words(below.text) >= 4)


def _starts_card(lines: list[_Line], i: int) -> bool:
    """A related-article card after the main flow: a headline, its teaser on the very
    next line, and no article paragraph after it (only more cards, credits, bylines,
    clutter, a live blog or a list header).

    Only in pages whose paragraphs are separated by blank lines, where a teaser
    glued to its headline stands out from a subheading.
    """
    head = lines[i]
    if i + 1 >= len(lines) or not _is_headline(head.text) or not head.blank_before:
        return False
    teaser = lines[i + 1]
    if (
        teaser.blank_before
        or not _is_prose(teaser.text)
        or _is_clutter(teaser.text)
        or _is_appeal(teaser.text)
    ):
        return False
    for j in range(i + 2, len(lines)):
        text = lines[j].text
        if _TIME_LINE.match(text) or _TAIL_HEADER.match(text) or _RELATED_HEADER.match(text):
            return True
        if not _is_prose(text) or _is_clutter(text) or _byline(text) or _is_caption(text):
            continue
        glued_to_headline = not lines[j].blank_before and _is_headline(lines[j - 1].text)
        if not glued_to_headline:
            return False  # the article goes on: this was a subheading
    return True


def _liveblog(
    page: str, lines: list[_Line], i: int, published: str, segments: list[Segment]
) -> tuple[int, list[str]]:
    """Record the live-blog item starting at time line ``i``.

    Returns:
        The index of the line after the item, and the item's paragraphs
        (headline first) without its clutter, captions and bylines.
    """
    t = _TIME_RE.match(lines[i].text.removeprefix("Updated").strip())
    # The time is resolved on the publication day: a live blog is published
    # (and dated) the day its items are written.
    when = f"{published[:10]}T{_hhmm(t)}" if t else None
    segments.append(_seg("clutter", lines[i]))
    j = i + 1
    while j < len(lines) and not (
        _TIME_LINE.match(lines[j].text)
        or _TAIL_HEADER.match(lines[j].text)
        or _RELATED_HEADER.match(lines[j].text)
    ):
        j += 1
    item: list[_Line] = []
    for ln in lines[i + 1 : j]:
        side = _side_kind(ln.text)
        link = _related_link(ln.text) if side is None else None
        if link is not None:
            segments.append(_seg("related", ln, title=link))
        elif side:
            segments.append(_seg(side, ln))
        else:
            item.append(ln)
    if not item:
        return j, []
    paras = [ln.text for ln in item]
    title = None
    if len(item) > 1 and _is_headline_or_sentence(item[0].text):
        title, item = item[0].text, item[1:]
    segments.append(
        Segment(
            kind="liveblog",
            text=page[item[0].start : item[-1].end],
            start=item[0].start,
            end=item[-1].end,
            title=title,
            time=when,
        )
    )
    return j, paras


def _related_link(text: str) -> str | None:
    """The headline of a one-line related link ("Read also: Headline"), else None."""
    m = _RELATED_INLINE.match(text)
    if m and not _is_prose(text[: m.start("t")] + "x."):
        return m.group("t").strip()
    return None


def _is_clutter(text: str) -> bool:
    """Site furniture, but never a sentence of the story.

    "The ministry's weekly newsletter said the tanks would arrive in March." mentions a
    newsletter yet is news: a line of eight words or more that ends like a sentence is kept.
    """
    if not _CLUTTER.match(text):
        return False
    words = text.split()
    sentence_like = len(words) >= 8 and text.rstrip()[-1:] in ".!?\"'’”"
    return not sentence_like


def _is_appeal(text: str) -> bool:
    """A site's appeal to its readers: "We've been covering the war since 2014. Become a member".

    Banners are written as prose, so the clutter patterns (which spare any sentence)
    miss them. An appeal phrase counts only in a paragraph that addresses the reader
    and attributes nothing: "Ukraine asked allies to support us, Zelensky said" is news.
    """
    return _APPEAL_RE.search(text) is not None and _addresses_reader(text)


def _addresses_reader(text: str) -> bool:
    """A paragraph that speaks to the reader ("we", "you", "our") and quotes or cites nobody.

    News reports third parties; a "we"/"you" outside quotation marks is the site
    speaking: after an appeal, such paragraphs are the rest of its box ("Our reporters
    risk their lives to bring you the truth.").
    """
    return _words(text) <= 120 and _READER.search(text) is not None and _ATTRIBUTED.search(text) is None


def _side_kind(text: str) -> str | None:
    """The segment kind of a line that is never article text, else None."""
    if _is_clutter(text) or _is_appeal(text):
        return "clutter"
    if _byline(text) is not None or _date_line(text) is not None:
        return "byline"
    if _is_caption(text):
        return "caption"
    return None


def _is_headline_or_sentence(text: str) -> bool:
    # Live-blog headlines may end with a period ("Italian FM: EU should have common army.").
    return _words(text) <= 20 and (_is_headline(text) or _is_headline(text.rstrip(".")))


def _seg(kind: str, ln: _Line, *, title: str | None = None, time: str | None = None) -> Segment:
    return Segment(kind=kind, text=ln.span, start=ln.start, end=ln.end, title=title, time=time)


def _strip_leading_clutter(ln: _Line, segments: list[Segment]) -> tuple[str, _Line]:
    """Cut "Skip to content" and the like off the front of a one-line page."""
    m = _LEADING_CLUTTER.match(ln.text)
    while m and m.end() < len(ln.text):
        segments.append(ln.sub("clutter", 0, len(ln.text[: m.end()].rstrip())))
        ln = ln.tail(m.end())
        m = _LEADING_CLUTTER.match(ln.text)
    return ln.text, ln


#: Abbreviations whose period does not end a sentence ("on Nov. 23", "Gen. Zaluzhnyi").
_ABBREV = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st gen lt col sgt maj capt gov rep sen "
    "no vs prof rev jr sr inc co corp ltd".split()
)
_BOUNDARY = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘'(]?[A-Z0-9])")


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence that ends at ``end`` begins (0 if it opens the text)."""
    start = 0
    for m in _BOUNDARY.finditer(text, 0, end):
        word = re.search(r"(\w+)\W*$", text[: m.start() + 1])
        if m.end() < end and not (word and word.group(1).lower() in _ABBREV):
            start = m.end()
    return start


def _cut_inline_captions(ln: _Line, text: str, segments: list[Segment]) -> str:
    """Cut photo captions and a closing "Related: <headline>" link out of a one-paragraph page.

    A scraped Guardian article keeps its pictures as "<caption>. Photograph: <credit>"
    between two sentences of the text, and may end on "Related: <headline>". The caption
    is the sentence before the credit; both become a ``caption`` segment. ``text`` must be
    a prefix of ``ln.text`` (trailers cut, nothing else), so its offsets are the line's.
    """
    m = _RELATED_TRAILER.search(text)
    if m and not re.search(r"[.!?][\"”’')]*$", m.group("t")):
        segments.append(ln.sub("related", m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end()))
        segments[-1] = replace(segments[-1], title=m.group("t").strip())
        text = text[: m.start()]
    cuts: list[tuple[int, int]] = []
    for c in _INLINE_CREDIT.finditer(text):
        if c.end() < len(text) and not text[c.end()].isspace():
            continue
        head = text[: c.start()].rstrip()
        start = _sentence_start(text, len(head) - 1 if head[-1:] in ".!?" else len(head))
        if _words(text[start : c.start()]) > 40 or (cuts and start < cuts[-1][1]):
            start = c.start()  # no caption sentence before the credit: cut the credit alone
        cuts.append((start, c.end()))
        segments.append(ln.sub("caption", start, c.end()))
    out, last = [], 0
    for a, b in cuts:
        out.append(text[last:a].rstrip())
        last = b
    out.append(text[last:].strip())
    return " ".join(p for p in out if p)


def _cut_bullet_trailer(ln: _Line, text: str, segments: list[Segment]) -> str:
    """Drop "• Join the debate – email ..." bullets that close a paragraph; keep the rest.

    From the first bullet that is page furniture or a byline ("• Reporting by X"),
    every following bullet is side material too.
    """
    parts = list(re.finditer(r"\s+•\s+", text))
    for k, sep in enumerate(parts):
        first = text[sep.end() : parts[k + 1].start() if k + 1 < len(parts) else len(text)]
        if not (_BULLET_CLUTTER.match(first) or _byline(first) is not None):
            continue
        ends = [p.start() for p in parts[k + 1 :]] + [len(text)]
        for p, b1 in zip(parts[k:], ends, strict=True):
            piece = text[p.end() : b1]
            kind = "byline" if _byline(piece) is not None else "clutter"
            segments.append(ln.sub(kind, p.end(), b1))
        return text[: sep.start()].rstrip()
    return text
