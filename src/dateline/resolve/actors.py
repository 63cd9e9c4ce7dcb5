"""Actors: cluster entity mentions within an article and attach country and sector.

Contract used by the quote and event extractors (keep these signatures):

    index = resolve_actors(parsed)          # -> ActorIndex
    index.entities                          # list[Entity], one per real-world entity
    index.at(start, end)                    # Entity with a mention overlapping the span, or None
    index.resolve(span)                     # a spaCy Span (name, title, demonym, metonym,
                                            #   pronoun) -> Entity or None
    index.state_of(entity)                  # the state an actor acts for (Entity, possibly
                                            #   synthesised from the gazetteer), or None
    index.place_of(token)                   # the named place where token's clause happens
                                            #   ("Demonstrators in Baghdad"), or None
    index.gender(entity)                    # "m", "f" or None for a PERSON
    index.agrees(entity, "she")             # False only for a person of the other gender

How it works, in order:

1. Mentions. Names of the bundled gazetteer found in the token stream (longest first,
   so "Islamic State" wins over spaCy's NORP "Islamic" + ORG "State"), then spaCy's
   PERSON/ORG/GPE/LOC/NORP/FAC spans that do not overlap them, then capitalised
   nationality adjectives ("Japanese") as mentions of their state. Spans are cleaned:
   determiners, possessive "'s", honorifics and leading titles ("Foreign Minister")
   and trailing common nouns ("Isis people") are cut off; dates and numbers are junk.
2. Clusters. Gazetteer mentions cluster by their entry; a person's full name gathers
   its surname and shorter forms whatever type spaCy gave them (the parser's type
   errors are fixed by agreement: "Kamikawa" tagged ORG is the PERSON Yoko Kamikawa);
   an acronym joins the name whose initials it spells; other names cluster by their
   case- and accent-folded form.
3. Attributes. Type, country (ISO alpha-3) and PLOVER sector come from the gazetteer,
   then from the words around each mention: a title before the name or in an
   apposition ("the home secretary, Sajid Javid"; "Penny Mordaunt, the international
   development secretary"), a nationality adjective or state possessive next to it
   ("Japan's Foreign Minister"), or the organisation in the apposition ("director of
   the NGO X"). A well-known figure the text does not place is placed by the dated
   gazetteer (``leaders.tsv``) as of the article's publication date: the office held
   then, or nationality and ``ELI`` for a former office holder. A people named by
   nationality that lives in another state ("ethnic Albanians" in Macedonia, "the
   Hungarians of southern Slovakia") is that state's (sector CVL); a party, coalition or
   front, or an armed unit ("the 47th Mechanized Brigade", "Republican Guard"), the text does
   not place is of the state named nearest in its sentence. A body named after a large city or
   a region ("University of Miami", "Kharkiv Regional Military Administration") is of its state;
   a named spokesman after "A Pentagon spokesman" in the sentence before is of the body's state;
   a lone surname of a political family ("Castro") is of the family's state; agency credit lines
   ("Reporting by X") name staff of no state; a state's name that is also a region of the state
   whose towns the article names ("Georgia" among Atlanta and Clarkston) is that region.
4. Gender, for pronouns. A person is "m" or "f" by, in order of strength, a gendered title,
   honorific or kinship word next to any mention ("Mr Trump", "spokeswoman Maria Zakharova",
   "Maria Zakharova, the ministry's spokeswoman,"), then the first word of the full name as a
   given name of one gender (``given_names.tsv``), then a generic masculine role word next
   to a mention ("Chairman X": news writes it of women too); else unknown. "he"/"she"
   resolve only to persons of their gender or of unknown gender.

Role nouns. "The president", "the prime minister", "the chancellor" without a name are the person the
article titles so or whose dated office (``leaders.tsv``) it is on the publication date; a former holder
("President Reagan" in a 2016 article) is not meant. Else they are the holder of that office on the day
in the state the article is mostly about (named, with its places, at least twice and in at least half of
the mentions of states and places), made from the gazetteer when the article never names them; else nothing.

Not actors, and dropped: occasions ("Bastille Day"), documents and laws ("Geneva Conventions", and
the acronym of a law, "ISA"), scandals ("Irangate"), and names that only modify a weapon noun
("Blowpipe missiles", "an RPG round"). A state's force named by its state ("the Chadian army",
"Chad's military high command", "Syrian rebels", "the US-led coalition") is listed as an ORG entity
of that state (MIL, COP, REB; the coalition of none) but ``at``/``resolve`` still answer the state for a
span inside it, as the event and quote extractors expect. A given name alone is the one person
named in full with it; a committee's name without its first words is the one longer body so named.

Bodies named by their state or head: "China's foreign ministry" (lower case) is that state's ministry,
"Tehran radio" the city's state's broadcaster, "Syrian Kurds" the people's part in that state, and "the
Reagan administration" a government body (ORG) when the article does not name the person otherwise. A
portfolio that is a party's name opens a title ("Labour Minister X" is no Labour Party member), and a
party named without the word "party" in an article about another state that never names its own
("Labour leaders" in Ecuador) is the common word. Officials: a minister announcing what a state did
("Norway has imposed sanctions on Belarus, minister X said") speaks for it; an envoy is not of the
state of their posting; a minister in an article naming no official with a state is of the state the
article speaks of most; "X and other Americans", "X, another freed Briton" give a nationality; a title
written with a kin word ("the son of a governor") is the relative's; the outlet one talks to ("told
Reuters") gives no nationality. Wire copy: after "U.S." a capitalised common noun ("U.S. Warships") is
no name unless an institution word makes one ("U.S. Navy"); time zones after clock times, currency
words ("N.Z. Dlrs") and old names in brackets ("Rashadat (formerly Rostam)") are no actors.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ..extract import extractor_id
from ..parse import Parsed, entity_of
from ..records import Entity, Mention
from .gazetteer import CAPITAL, PERSON, PLACE, STATE, GazEntry, Gazetteer, Title, fold, load, norm, word_list

EXTRACTOR = extractor_id("dateline.entities")  # the version lives in the registry, extract.EXTRACTORS
SYNTHETIC_EXTRACTOR = EXTRACTOR + "+gazetteer"

_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
# what follows a dateline's place: an optional region and date after commas, an optional agency in
# brackets, then a dash ("KABUL, Afghanistan, May 3 (Reuters) - ", "MANILA - ", "PARIS -- ")
_DATELINE_TAIL = re.compile(r"(?:,[ \w.]{1,40}){0,2}\s*(?:\([\w .]{1,30}\))?\s*(?:-{1,2}|–|—)\s")

_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
_FUNCTION_WORDS = {"of", "for", "the", "and", "on", "in", "at", "de", "du", "la", "le", "&"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}  # fmt: skip
_SINGULAR_PRONOUNS = frozenset(_PRONOUN_GENDER)
_PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# An apposition or a title run is short; past this many tokens the words are about something else.
_CONTEXT_WINDOW = 14
# A person's or body's country is read from these parts of speech next to the name.
_NP_POS = {"PROPN", "NOUN", "ADJ", "DET", "PART", "NUM", "PUNCT", "CCONJ", "ADP"}
_AFFILIATION_TITLES = {"director", "head", "chief", "leader", "chair", "chairman", "founder", "spokesman",
                       "spokeswoman", "spokesperson", "member", "co-chair", "president", "secretary",
                       "secretary-general", "secretary general", "under-secretary-general", "coordinator",
                       "relief coordinator"}  # fmt: skip
# head nouns of political organisations that belong to one state (a party, a coalition, a front)
_PARTY_WORDS = {"party", "coalition", "front", "movement", "alliance", "bloc", "union", "congress"}

# capitalised common words that spaCy tags alone when it cuts a longer name short
_BARE_WORDS = {"state", "defence", "defense", "foreign", "national", "federal", "interior", "central", "news"}
# common nouns that, after a name, make the name a place ("the al-Hol camp", "Sednaya prison")
_FACILITY_NOUNS = word_list("facility_nouns")
# "the group", "the paper": a definite noun naming a kind of organisation, with the sectors it
# can stand for (None: a body whose sector is unknown; empty: any sector but the excluded ones)
_ORG_NOUNS: dict[str, tuple[frozenset[str | None], frozenset[str]]] = {
    "group": (frozenset(), frozenset({"MED", "BUS", "IGO", "GOV"})),
    "paper": (frozenset({"MED", None}), frozenset()),
    "newspaper": (frozenset({"MED", None}), frozenset()),
    "broadcaster": (frozenset({"MED", None}), frozenset()),
    "militia": (frozenset({"REB", "MIL"}), frozenset()),
    "party": (frozenset({"PTY"}), frozenset()),
    "company": (frozenset({"BUS"}), frozenset()),
    "firm": (frozenset({"BUS"}), frozenset()),
}
# "the alliance", "the bloc": a definite common noun standing for the international body last named
_BODY_NOUNS = {"alliance", "bloc", "organisation", "organization"}
# "the foreign ministry said": a ministry that names no state
_MINISTRY_NOUNS = {"ministry"}
_MINISTRY_VOICES = {"statement", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source",
                    "sources"}  # fmt: skip
# "Kurdish forces", "Kurdish militia": nouns for the armed force of a people
_FORCE_NOUNS = {"force", "forces", "militia", "militias", "fighter", "militant", "guerrilla", "rebel"}
# states that are kingdoms (or emirates, sultanates), for "the kingdom"
_MONARCHIES = frozenset(
    "SAU JOR MAR BHR GBR ESP NLD BEL DNK NOR SWE THA KWT QAT OMN ARE JPN BTN KHM LSO SWZ TON BRN MYS LUX".split()
)
# capitalised words the parser takes for names but that name no actor: a process ("Brexit") or
# a body's members in general ("MPs")
_BARE_WORDS |= {"brexit", "mps", "meps", "lawmakers"}
# a religion is no actor ("claim they speak for Islam")
_BARE_WORDS |= {"islam", "christianity", "judaism", "hinduism", "buddhism", "catholicism"}
# last words of organisation names that the tagger sometimes reads as persons' ("Dish Network")
_ORG_HEADS = frozenset(
    "network networks group corp corporation inc company media bank airlines airways institute institution "
    "foundation university agency association fund trust holdings partners laboratories motors".split()
)
# words before "Indian" that make it a first people of the Americas ("native Indian", "American Indian")
_INDIGENOUS_MARKS = word_list("indigenous_marks")
# church names after a nationality word ("Greek Orthodox"): a denomination, not the state
_DENOMINATIONS = frozenset({"orthodox", "catholic", "catholics", "protestant", "protestants"})
# words before a title that say the office is no longer held ("former president")
_PAST_MARKS = word_list("past_marks")
_MIN_STATE_MENTIONS = 2  # an article is about a state it names (or its places) at least twice
_TRAVEL_VERBS = word_list("travel_verbs")  # "leaves for Moscow": where one goes, not whom one serves
_TRAVEL_NOUNS = word_list("travel_nouns")  # "on an official visit to Mexico": likewise
_STANCE_PREFIXES = word_list("stance_prefixes")  # "anti-Syria journalist": for or against, not of
# a person's country is guessed only from a state named this close (tokens) in their sentence
_FALLBACK_WINDOW = 15
_SPEECH_VERBS = {"say", "tell", "add", "write", "warn", "claim", "announce", "insist", "argue"}
# people named by where they live
_DWELLERS = {"inhabitant", "resident", "villager", "citizen", "population", "people", "townspeople"}
# "Russian Americans", "Italian Canadians": before these peoples a nationality is an origin, not a home
_ORIGIN_NATIONS = {"USA", "CAN", "AUS", "NZL", "GBR"}
# words that introduce another name of the same thing in brackets: "Rashadat (formerly Rostam)"
_RENAMING_WORDS = word_list("renaming_words")
# "east of Qatar", "50 km north of Baghdad": a place named after one of these is a reference point
_COMPASS_WORDS = word_list("compass_words")
# prepositions that say where something happens ("in Baghdad", "near Samarra")
_LOCATIVE_PREPS = {"in", "near", "at", "outside", "inside", "around", "across", "throughout"}
# an untagged capitalised word is taken for a town only if the town is big enough to be news
_MIN_UNTAGGED_CITY = 50_000
# a lone word the tagger calls a person is a city when the city is this big ("Kharkiv"), unless
# it is a given name or a listed person's name ("Charlotte", "Jackson" stays a person)
_MIN_CITY_NOT_PERSON = 500_000
# a body named after a city this big is of the city's state ("University of Miami", "Kharkiv Regional
# Military Administration"); smaller towns share their names too often ("Carolina", "Georgetown")
_MIN_NAMED_CITY = 250_000
# heads of a state's armed unit or guard: a unit named without its state is of the state named with it
# ("the 47th Mechanized Brigade said ... near Avdiivka", "the Republican Guard ... Damascus")
_UNIT_NOUNS = frozenset(
    {"brigade", "regiment", "battalion", "division", "corps", "guard", "guards", "squadron", "fleet"}
)
# abbreviated day and month names a tagger reads as a name ("on Fri.", "Sept")
_DATE_ABBREVIATIONS = frozenset(
    "mon tue tues wed thu thur thurs fri sat jan feb apr jun jul aug sep sept oct nov dec".split()
)
# currency words that wire copy capitalises after a state's abbreviation ("N.Z. Dlrs", "U.S. Dollar")
_CURRENCY_WORDS = word_list("currency_words")
# a clock time ("1100", "10:30", "0800"): an all-capital word right after one is its time zone ("GMT")
_CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d|\d{1,2}[:.][0-5]\d")
# head nouns of the names of occasions ("Bastille Day", "Christmas Eve", "Holy Week"): a date, not a place
_OCCASION_NOUNS = {"day", "eve", "week", "festival", "holiday", "anniversary", "olympics", "carnival"}
# nouns for weapons and vehicles: a name that only ever modifies one ("Blowpipe missiles", "an RPG
# round") names a piece of equipment, not an actor
_EQUIPMENT_NOUNS = {
    "missile", "rocket", "round", "launcher", "grenade", "shell", "warhead", "torpedo", "rifle", "howitzer",
    "tank", "jet", "drone", "helicopter", "bomber", "interceptor", "munition", "mortar", "system", "battery",
    "vehicle", "aircraft", "warship", "frigate", "submarine",
}  # fmt: skip
# "the Chadian army", "Chad's military", "Syrian rebels": a state's armed or police force, or its rebels,
# named by the state's adjective or possessive is an actor of its own (ORG of that state); the nouns of
# one sector are one body ("the Turkish army" ... "the Turkish military")
_STATE_FORCE_NOUNS = {
    ("army",): "MIL", ("military",): "MIL", ("navy",): "MIL", ("air", "force"): "MIL",
    ("armed", "forces"): "MIL", ("police",): "COP", ("rebels",): "REB",
}  # fmt: skip
# head nouns of the names of documents and laws ("Geneva Conventions", "Iran Sanctions Act"): not actors
_DOCUMENT_NOUNS = {
    "convention", "conventions", "treaty", "charter", "protocol", "accord", "accords", "agreement",
    "agreements", "act", "resolution", "declaration", "amendment", "doctrine",
}  # fmt: skip
# nouns a force word modifies that still name the force's body ("Chad's military high command")
_FORCE_BODY_HEADS = {"command", "leadership", "establishment", "council", "junta", "chiefs"}
# "the US-led coalition": a coalition named after the state leading it belongs to no one state
_LED_NOUNS = {"coalition", "alliance", "force", "forces", "mission"}
# people named by their relation to someone ("Obama's strategist", "Trump's son"): never that someone
_RELATION_NOUNS = frozenset(
    {
        "strategist", "adviser", "advisor", "aide", "lawyer", "attorney", "counsel", "assistant", "deputy",
        "son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "friend", "ally",
        "rival", "opponent", "critic", "supporter", "surrogate", "successor", "predecessor", "biographer",
        "doctor", "physician", "manager", "envoy", "representative", "spokesman", "spokeswoman",
        "spokesperson",
    }
)  # fmt: skip
# kinship nouns: a title written with one ("the son of the governor") is the relative's
_KIN_NOUNS = word_list("kin_nouns")
# a legislature's chamber named bare ("the Senate", "the House"): its state comes from the article
_CHAMBER_WORDS = frozenset({"senate", "house", "parliament"})
# the words of a body's name that every state's government has ("Presidential Office", "General Staff")
_GENERIC_BODY_WORDS = frozenset(
    (
        "presidential president's president office cabinet general staff prosecutor prosecutor's government "
        "ministry defence defense foreign interior justice national security council police army navy air "
        "force forces armed supreme court constitutional central bank of the and affairs emergency emergencies "
        "service guard border intelligence agency energy finance economy health committee"
    ).split()
)
# words of the names of a state's institutions ("U.S. Treasury", "U.S. District Court"), beyond the
# generic body words and company heads
_INSTITUTION_WORDS = _GENERIC_BODY_WORDS | _ORG_HEADS | word_list("institution_words")
# head words of the names of a state's institutions ("U.S. Treasury", "U.S. Department of Transportation",
# "U.S. Navy"): after "U.S." only a run with one makes a bigger name ("U.S. Economy", "U.S. Officials" do not)
_INSTITUTION_HEADS = _ORG_HEADS | word_list("institution_heads")
# last words of a broadcaster named after its city or state ("Tehran Radio", "Damascus Television")
_BROADCAST_WORDS = {"radio", "television", "tv"}
# capitalised nouns that end the name of a thing named after a person ("the Harry Truman Library")
_NAMED_AFTER_NOUNS = frozenset(
    "library center centre school college museum memorial institute foundation university airport street "
    "avenue square boulevard bridge prize award hospital stadium doctrine".split()
)
# common nouns for news outlets: a name right before one is the outlet's ("the Maariv newspaper")
_OUTLET_NOUNS = frozenset(
    {"newspaper", "daily", "weekly", "tabloid", "magazine", "broadcaster", "channel", "website", "news"}
)


@dataclass
class _Cluster:
    """An entity under construction."""

    key: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # proper-name forms (titles stripped)
    surfaces: list[str] = field(default_factory=list)  # forms with their titles, kept as aliases
    affiliated: bool = False  # country/sector taken from an organisation the person speaks for
    entry: GazEntry | None = None
    country: str | None = None
    country_strength: int = 0  # 4 gazetteer, 3 stated in text, 2 title or place, 1 inferred
    sector: str | None = None
    sector_strength: int = 0
    titles: set[str] = field(default_factory=set)
    office_titles: set[str] = field(default_factory=set)  # from the dated leaders list, not the text
    # titles the text gives as a definite description ("the foreign secretary, Jeremy Hunt"): the office
    # held as the article writes, unlike a bare "President Reagan" (said of former holders too)
    described_titles: set[str] = field(default_factory=set)
    # titles written with a body that is no state's ("Tom Fitton, president of Judicial Watch"), and
    # titles written without one or with a state's body: only the latter are offices of a state
    org_titles: set[str] = field(default_factory=set)
    state_titles: set[str] = field(default_factory=set)
    subject_starts: set[int] = field(default_factory=set)
    labels: list[str] = field(default_factory=list)  # spaCy's label of each mention, for the type vote
    leaders: list[_Cluster] = field(default_factory=list)  # people who direct or found this body
    preferred: str | None = None  # the canonical name when the longest form is not the best
    listed_only: bool = False  # an entity of its own that ``at``/``resolve`` do not answer (see _Raw)

    def set_country(self, value: str | None, strength: int) -> None:
        if value and strength > self.country_strength:
            self.country, self.country_strength = value, strength

    def set_sector(self, value: str | None, strength: int) -> None:
        if value and strength > self.sector_strength:
            self.sector, self.sector_strength = value, strength


@dataclass
class _Raw:
    """A cleaned mention before clustering."""

    start: int  # token offsets of the proper name
    end: int
    surface_start: int  # token offset of the surface form (with title), for aliases
    label: str
    entry: GazEntry | None = None
    demonym: bool = False
    home: str | None = None  # "ethnic Albanians in Serbia": the state a people named by nationality lives in
    force: str | None = None  # "the Chadian army": the sector of a state's force named by its state
    body_sector: str | None = None  # "Ukraine's Ministry of Defence": the sector of a state body named so
    alias_of: int | None = None  # "Rashadat (formerly Rostam)": first token of the name this one renames
    listed_only: bool = False  # "China's foreign ministry": listed, but a span in it still answers the state


@dataclass
class ActorIndex:
    """The actors of one article, with lookups from text spans to entities.

    Attributes:
        entities: one Entity per real-world entity named in the article, in order of first mention.
    """

    entities: list[Entity] = field(default_factory=list)
    _doc: Doc | None = None
    _titles: dict[str, set[str]] = field(default_factory=dict)
    _office_titles: dict[str, set[str]] = field(default_factory=dict)
    _described_titles: dict[str, set[str]] = field(default_factory=dict)
    _org_titles: dict[str, set[str]] = field(default_factory=dict)  # titles only held of a non-state body
    _subjects: dict[str, set[int]] = field(default_factory=dict)
    _synthetic: dict[str, Entity] = field(default_factory=dict)
    _genders: dict[str, str] = field(default_factory=dict)  # PERSON name -> "m" / "f", when known
    _by_start: list[tuple[int, int, int]] | None = field(default=None, repr=False)
    _longest: int = field(default=0, repr=False)
    # state forces named by their state ("the Chadian army"): listed as entities, but a span inside one
    # still resolves to the state, for which the event and quote extractors read such a force
    _listed_only: set[str] = field(default_factory=set)
    _date: str | None = None  # the article's publication day, YYYY-MM-DD, when known
    # a state named as it was in the article's time ("Soviet Union" for RUS in 1987): code -> name
    _state_names: dict[str, str] = field(default_factory=dict)

    # ------------------------------------------------------------------ lookups
    def at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``[start, end)``; the longest overlap wins."""
        if self._by_start is None:
            # mentions sorted by start, with the longest mention length, so a lookup is a bisect
            pairs = sorted(
                (m.start, m.end, i)
                for i, e in enumerate(self.entities)
                if e.name not in self._listed_only
                for m in e.mentions
            )
            self._by_start = pairs
            self._longest = max((b - a for a, b, _ in pairs), default=0)
        pairs = self._by_start
        best: tuple[int, int] | None = None
        found = None
        lo = bisect.bisect_left(pairs, (start - self._longest, -1, -1))
        hi = bisect.bisect_left(pairs, (end, -1, -1))
        for m_start, m_end, i in pairs[lo:hi]:
            if m_start < end and start < m_end:
                score = (min(end, m_end) - max(start, m_start), m_end - m_start)
                if best is None or score > best:
                    best, found = score, self.entities[i]
        return found

    def resolve(self, span: Span) -> Entity | None:
        """The entity a span refers to: a name, pronoun, title, demonym or metonym.

        Example:
            >>> index.resolve(doc[0:1])  # "He" -> the last PERSON mentioned before it
        """
        if any(t.lemma_.lower() == "counterpart" for t in span):
            # before the nationality word inside it ("Iranian") is read as its state
            return self._counterpart(span)
        forces = self._forces(span)
        if forces is not None:
            return forces
        # the head word's own name first: "Ukraine's Ministry of Defence" is the ministry, however
        # long the possessor's mention
        root = span.root
        hit = self.at(root.idx, root.idx + len(root.text)) if root.ent_iob_ != "O" else None
        hit = hit or self.at(span.start_char, span.end_char)
        if hit is not None and self._stance_only(span, hit):
            # "a prominent anti-Syria journalist", "pro-Russian separatists": people for or against a
            # state are not that state
            return None
        if hit is not None and hit.type == "PERSON" and self._possessor_only(span, hit):
            # "Obama's former campaign strategist said": a person's aide is someone else; only a
            # person known by that title may be meant
            return self._by_title(root.lemma_.lower(), None, span.start_char)
        if hit is not None and hit.type == "GPE" and self.state_of(hit) is hit:
            # "the French foreign minister", "Britain's prime minister": the holder of that state's
            # office on the article's day, when the text or the dated leaders list knows one
            holder = self._national_office_holder(span, hit)
            if holder is not None:
                return holder
        if hit is not None and hit.type in ("GPE", "LOC") and self.state_of(hit) is not hit:
            described = self._place_described(span, hit)
            if described is not None:
                return described[0]
        if hit is not None:
            return hit
        words = [
            t
            for t in span
            if t.lower_ not in _DETERMINERS or t.lower_ in _SINGULAR_PRONOUNS | _PLURAL_PRONOUNS
        ]
        if not words:
            return None
        low = [t.lower_ for t in words]
        if len(words) == 1 and low[0] in _SINGULAR_PRONOUNS:
            return self._antecedent(span.start_char, lambda e: e.type == "PERSON" and self.agrees(e, low[0]))
        if len(words) == 1 and low[0] in _PLURAL_PRONOUNS:
            return self._antecedent(span.start_char, lambda e: e.type in ("ORG", "GPE"))
        gaz = load()
        state = gaz.demonym(words[0].text) or gaz.demonym(span.text)
        title = gaz.longest_title(low)
        if title is not None and title.kind == "title":
            country = state.country if state else None
            person = self._by_title(title.phrase, country, span.start_char)
            if person is None and len(words) == len(title.phrase.split()) + (state is not None):
                # "the president" naming no one: the holder of the office on the article's day in
                # the state the article is about (or the state of a nationality word that is no mention)
                person = self._office_holder(title.phrase, country)
            if person is not None and state is None and person.country in self._other_parties(span):
                # "the foreign minister said talks with Hungary had stalled": a bare title's holder is
                # not of the state the sentence names as the other side
                person = None
            if person is not None:
                return person
        if state is not None:  # "Japanese officials", "the Russians"
            return self._state_entity(state)
        entry = gaz.lookup(span.text)
        if entry is not None:
            for e in self.entities:
                if e.name == entry.name:
                    return e
            if entry.kind == STATE:
                return self._state_entity(entry)
        if len(words) == 1 and low[0] in _BODY_NOUNS and words[0].i > 0 and words[0].nbor(-1).lower_ == "the":
            # "the alliance" after NATO, "the bloc" after the EU: the body last named
            return self._antecedent(span.start_char, lambda e: e.type == "ORG" and e.sector == "IGO")
        if len(words) == 1 and low[0] in _ORG_NOUNS and words[0].i > 0 and words[0].nbor(-1).lower_ == "the":
            # "the group said", "the paper said": the organisation of that kind last named
            sectors, excluded = _ORG_NOUNS[low[0]]
            return self._antecedent(
                span.start_char,
                lambda e: (
                    e.type == "ORG"
                    and (e.sector in sectors if sectors else e.sector not in excluded)
                    and self.state_of(e) is not e
                ),
            )
        if (
            len(words) == 1
            and words[0].pos_ == "NOUN"
            and words[0].tag_ == "NN"
            and words[0].i > 0
            and words[0].nbor(-1).lower_ == "the"
        ):
            # "the fund warned" after the International Monetary Fund, "the committee" after the
            # Senate Armed Services Committee: the body last named whose name ends in that noun
            head = words[0].lemma_.lower()
            found = self._antecedent(
                span.start_char,
                lambda e: (
                    e.type == "ORG" and any(n.split()[-1].lower() == head for n in (e.name, *e.aliases))
                ),
            )
            if found is not None:
                return found
        ministry = next((k for k, w in enumerate(low) if w in _MINISTRY_NOUNS), None)
        if (
            ministry is not None
            and all(w in _MINISTRY_VOICES for w in low[ministry + 1 :])
            and not any(gaz.demonym(t.text) or gaz.lookup(t.text) for t in words)
        ):
            # "the foreign ministry said", "a foreign ministry statement": a ministry of no named state is the one state its paragraph names
            return self._only_state_of_paragraph(span)
        if low == ["kingdom"] and words[0].i > 0 and words[0].nbor(-1).lower_ == "the":
            # "Saudi Arabia ... the kingdom": the monarchy last named
            return self._antecedent(
                span.start_char,
                lambda e: e.type == "GPE" and e.country in _MONARCHIES and self.state_of(e) == e,
            )
        return None

    def _place_described(self, span: Span, hit: Entity) -> tuple[Entity | None] | None:
        """The referent of a role noun a town or region only describes, boxed; None when no such noun.

        "the New York businessman", "the Texas senator", "the London-based company": the place names
        where the person or body is from, and the phrase is an anaphor for the person or body named
        before it (or for no one). A state's own office ("the French foreign minister") is not read
        here: its holder acts for that state.
        """
        root = span.root
        if root.pos_ != "NOUN" or any(m.start <= root.idx < m.end for m in hit.mentions):
            return None
        inside = [t for t in span if any(m.start <= t.idx < m.end for m in hit.mentions)]
        if not inside or any(t.i > root.i for t in inside):
            return None
        # the place must modify the role noun ("Texas senator"), not own it ("Texas's senator" is the
        # same; "a senator from Texas" never reaches here: its root is not after the place)
        if not all(root in t.ancestors for t in inside):
            return None
        title = load().title(root.lemma_.lower()) or load().title(root.lower_)
        if title is None or title.kind not in ("title", "group"):
            return None
        first = next((t for t in span if not t.is_punct), None)
        if first is None or first.lower_ not in ("the", "this", "that"):
            return (None,)  # "a Texas senator", "New York businessmen": someone unnamed
        # "The Kentucky Republican and the New York businessman discussed ...": of two coordinated
        # descriptions, which names which person is beyond a nearest-antecedent rule
        if root.conjuncts:
            return (None,)
        if title.kind == "group":
            # "Vexor sued ... The London-based company said": the body of that kind last named
            return (
                self._antecedent(span.start_char, lambda e: e.type == "ORG" and self.state_of(e) is not e),
            )
        # a person only when the article gave exactly one person named before it that title ("Donald
        # Trump, a New York businessman, ... The New York businessman said"); else no one is sure
        place_state = hit.country
        before = span.doc.text[: span.start_char]
        if not re.search(rf"\b{re.escape(title.phrase)}", before, re.IGNORECASE):
            return (None,)  # the title is given only later ("Trump, a New York businessman," after it)
        fits = {
            e.name: e
            for e in self.entities
            if e.type == "PERSON"
            and any(m.end <= span.start_char for m in e.mentions)
            and any(_same_office(t, title.phrase) or t == title.phrase for t in self._titles.get(e.name, ()))
            and (e.country is None or place_state is None or e.country == place_state)
        }
        return (next(iter(fits.values())),) if len(fits) == 1 else (None,)

    @staticmethod
    def _stance_only(span: Span, hit: Entity) -> bool:
        """True when ``hit`` is named in ``span`` only after a stance prefix ("anti-", "pro-") modifying
        a common noun at its head ("anti-Syria journalist" -> True for Syria; "Syria" -> False)."""
        root = span.root
        if root.pos_ != "NOUN" or any(m.start <= root.idx < m.end for m in hit.mentions):
            return False
        inside = [t for t in span if any(m.start <= t.idx < m.end for m in hit.mentions)]
        if not inside:
            return False
        doc = span.doc

        def stanced(t: Token) -> bool:
            first = t
            while first.i > 0 and any(m.start <= doc[first.i - 1].idx < m.end for m in hit.mentions):
                first = doc[first.i - 1]  # the first word of a longer name ("anti-United States")
            if first.i >= 2 and doc[first.i - 1].text in ("-", "\u2010", "\u2011"):
                return doc[first.i - 2].lower_ in _STANCE_PREFIXES
            return first.lower_.split("-")[0] in _STANCE_PREFIXES if "-" in first.text else False

        return all(stanced(t) for t in inside)

    @staticmethod
    def _possessor_only(span: Span, hit: Entity) -> bool:
        """True when ``hit`` is named in ``span`` only as the possessor of a person noun at its head.

        "Obama's former campaign strategist" -> True for Obama; "Obama's statement" -> False (not a
        person noun); "President Obama" -> False (no possessor).
        """
        root = span.root
        if root.pos_ != "NOUN" or root.ent_iob_ != "O":
            return False
        lemma = root.lemma_.lower()
        title = load().title(lemma)
        if lemma not in _RELATION_NOUNS and (title is None or title.kind == "group"):
            return False
        owners = [c for c in root.children if c.dep_ == "poss"]
        return any(m.start <= o.idx < m.end for o in owners for m in hit.mentions) and not any(
            m.start <= root.idx < m.end for m in hit.mentions
        )

    def state_of(self, entity: Entity) -> Entity | None:
        """The state an actor acts for: itself for a state, else the state of its country.

        A state the article never names is synthesised from the gazetteer: it has no
        mentions, ``start == end == -1`` and is not listed in ``entities``. A former office
        holder (sector ``ELI``, out of office on the article's date) acts for no state.
        """
        if entity.type == "PERSON" and entity.sector == "ELI":
            return None
        gaz = load()
        if (
            entity.type == "GPE"
            and gaz.state(entity.country)
            and self._state_names.get(entity.country or "", gaz.state(entity.country).name) == entity.name
        ):
            return entity
        state = gaz.state(entity.country)
        return self._state_entity(state) if state else None

    def place_of(self, token: Token) -> Entity | None:
        """The named place where the action of ``token``'s sentence happens, or None.

        A town, region or state in a locative phrase ("in Baghdad", "near the town of
        Samarra", "at a jail in East Timor's capital Dili"); of several, the one nearest
        ``token``. Only places whose state is known count.

        Example:
            >>> index.place_of(doc[1])  # "Demonstrators in Baghdad blocked a road" -> Baghdad
        """
        best: tuple[int, Entity] | None = None
        for tok in token.sent:
            ent = self.at(tok.idx, tok.idx + len(tok.text))
            if ent is None or ent.type not in ("GPE", "LOC") or not ent.country:
                continue
            node, locative = tok, False
            for _ in range(5):  # "near the town of Samarra": Samarra -> of -> town -> near
                if node.dep_ == "pobj" and node.head.lower_ in _LOCATIVE_PREPS:
                    locative = True
                    break
                if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_ in _DWELLERS:
                    locative = True  # "inhabitants of the Golan Heights": where they live and act
                    break
                if node.head.i == node.i or node.dep_ not in ("pobj", "prep", "compound", "poss", "appos"):
                    break
                if node.dep_ == "prep" and node.lower_ != "of":
                    break  # "talks with Syria" names a party, not a place
                node = node.head
            if locative and (best is None or abs(tok.i - token.i) < best[0]):
                best = (abs(tok.i - token.i), ent)
        return best[1] if best else None

    def acting_state(self, span: Span) -> Entity | None:
        """The state a capital or government metonym stands for when it acts, else None.

        "Kyiv" in "Kyiv rejected the offer" is the Ukrainian government (the subject of a
        verb); in "a meeting in Kyiv" it is a city, and the answer is None. A state, or a
        body that speaks for its state (Kremlin, White House), acting as subject gives its state.
        """
        entity = self.resolve(span)
        if entity is None or entity.type not in ("GPE", "ORG") or entity.country is None:
            return None
        entry = load().lookup(entity.name)
        if entry is None or not (entry.kind in (CAPITAL, STATE) or entry.acts_for_state):
            return None
        if not any(t.dep_ in _SUBJECT_DEPS | {"agent"} for t in span):
            return None
        return self.state_of(entity)

    def gender(self, entity: Entity) -> str | None:
        """``"m"`` or ``"f"`` for a person whose gender the article or their given name shows, else None.

        A person of this article has the gender found when the index was built (a gendered
        title next to a mention wins over the given name); any other PERSON entity (a
        stand-in for a name the index missed) is read by its given name alone.

        Example:
            >>> index.gender(index.resolve(doc[0:2]))  # "Angela Merkel" -> "f"
        """
        if entity.type != "PERSON":
            return None
        if entity.name in self._genders:
            return self._genders[entity.name]
        return _name_gender(entity.name, load())

    def agrees(self, entity: Entity, pronoun: str, learnt: Mapping[str, str] | None = None) -> bool:
        """False only when ``pronoun`` ("he", "her", ...) and the person are of different genders.

        An entity or pronoun of unknown gender ("they", a name used for both) agrees with anything.
        ``learnt`` gives genders found otherwise (by entity name), used when the index knows none:
        the quote pass learns them from earlier pronouns that resolved to a person.
        """
        want = pronoun_gender(pronoun)
        if want is None:
            return True
        have = self.gender(entity) or (learnt or {}).get(entity.name)
        return have is None or have == want

    def is_synthetic(self, entity: Entity) -> bool:
        """True for an entity made from the gazetteer that the article does not mention."""
        return not entity.mentions

    # ------------------------------------------------------------------ helpers
    def _counterpart(self, span: Span) -> Entity | None:
        """ "his Iranian counterpart": the person of that state holding the office the possessor holds.

        Read in order: a person named in apposition ("..., Mohammad Javad Zarif"); else a person
        of the state whose title shares a word with the possessor's ("foreign secretary" and
        "foreign minister"); else the state itself. Without a nationality only the apposition
        or a single person of another state in the same office answers.
        """
        doc = span.doc
        gaz = load()
        state = next((st for t in span if t.text[:1].isupper() and (st := gaz.demonym(t.text))), None)
        end = span.end
        if end + 1 < len(doc) and doc[end].text == ",":
            named = self.at(doc[end + 1].idx, doc[end + 1].idx + len(doc[end + 1].text))
            if (
                named is not None
                and named.type == "PERSON"
                and (state is None or named.country in (None, state.country))
            ):
                return named
        owner = None
        first = span[0]
        if first.lower_ in _SINGULAR_PRONOUNS:
            owner = self._antecedent(
                span.start_char, lambda e: e.type == "PERSON" and self.agrees(e, first.lower_)
            )
        elif first.i + 1 < len(doc) and doc[first.i + 1].lower_ in ("'s", "’s"):
            owner = self.at(first.idx, first.idx + len(first.text))
        if owner is not None and owner.type == "PERSON":
            offices = self._titles.get(owner.name, set()) | self._office_titles.get(owner.name, set())
            found = []
            for e in self.entities:
                if e.type != "PERSON" or e is owner or not e.country:
                    continue
                if (state is not None and e.country != state.country) or (
                    state is None and e.country == owner.country
                ):
                    continue
                theirs = self._titles.get(e.name, set()) | self._office_titles.get(e.name, set())
                if any(_counterpart_office(a, b) for a in offices for b in theirs):
                    found.append(e)
            if len(found) == 1:
                return found[0]
        return self._state_entity(state) if state is not None else None

    def _forces(self, span: Span) -> Entity | None:
        """ "Kurdish forces", "Kurdish militia": the armed group of that people the article means.

        A people's forces are the armed groups organisations.json lists for it. The group named in
        the article last before the span wins; else, of the listed groups, the one of the state where
        the span's clause happens ("withdrew from Ain Issa"), or of the only such state the article
        names. Otherwise (no group or state named, or several) None.
        """
        force = span.root
        if force.lemma_.lower() not in _FORCE_NOUNS:
            # "a Karen guerrilla stronghold": the fighters' place is theirs
            force = next(
                (t for t in span if t.i < span.root.i and t.head.i == span.root.i and t.dep_ == "compound"
                 and t.lemma_.lower() in _FORCE_NOUNS),
                None,
            )  # fmt: skip
            if force is None:
                return None
        gaz = load()
        groups = [g for t in span if t.i < force.i and t.text[:1].isupper() for g in gaz.forces_of(t.text)]
        if not groups:
            return None
        names = {g.name for g in groups}
        named = [(m.start, e) for e in self.entities if e.name in names for m in e.mentions]
        if named:
            before = [c for c in named if c[0] < span.start_char]
            return max(before, key=lambda c: c[0])[1] if before else min(named, key=lambda c: c[0])[1]
        place = self.place_of(span.root)
        countries = {g.country for g in groups}
        where = place.country if place is not None and place.country in countries else None
        if where is None:  # "withdrew from Ain Issa": a place of the sentence in one such state
            sent = span.root.sent
            near = {
                e.country
                for e in self.entities
                if e.type in ("GPE", "LOC")
                and any(sent.start_char <= m.start < sent.end_char for m in e.mentions)
            }
            hits = countries & near
            where = next(iter(hits)) if len(hits) == 1 else None
        if where is None:
            stated = {e.country for e in self._named_states()}
            hits = countries & stated
            where = next(iter(hits)) if len(hits) == 1 else None
        if where is None:
            return None
        group = next(g for g in groups if g.country == where)
        if group.name not in self._synthetic:
            self._synthetic[group.name] = Entity(
                name=group.name, type=group.type, start=-1, end=-1, country=group.country, sector=group.sector,
                aliases=(), mentions=(), extractor=SYNTHETIC_EXTRACTOR,
            )  # fmt: skip
        return self._synthetic[group.name]

    def _only_state_of_paragraph(self, span: Span) -> Entity | None:
        """The one state named in the paragraph of ``span`` (by name or nationality), else None."""
        text = span.doc.text
        start = text.rfind("\n", 0, span.start_char) + 1
        end = text.find("\n", span.end_char)
        end = len(text) if end < 0 else end
        states = {e.name: e for e in self._named_states() if any(start <= m.start < end for m in e.mentions)}
        return next(iter(states.values())) if len(states) == 1 else None

    def _named_states(self) -> list[Entity]:
        """The article's entities that are states themselves (not towns, regions or bodies of one)."""
        return [e for e in self.entities if e.type == "GPE" and self.state_of(e) is e]

    def _state_entity(self, state: GazEntry) -> Entity:
        name = self._state_names.get(state.country or "", state.name)
        for e in self.entities:
            if e.name == name and e.type == "GPE":
                return e
        if name not in self._synthetic:
            self._synthetic[name] = Entity(
                name=name, type="GPE", start=-1, end=-1, country=state.country, sector=None,
                aliases=(), mentions=(), extractor=SYNTHETIC_EXTRACTOR,
            )  # fmt: skip
        return self._synthetic[name]

    def _antecedent(self, before: int, ok) -> Entity | None:
        """The most recent compatible mention before ``before``, preferring subjects of its sentence."""
        cands: list[tuple[int, bool, Entity]] = []
        for e in self.entities:
            if not ok(e) or e.name in self._listed_only:
                continue
            subj = self._subjects.get(e.name, set())
            for m in e.mentions:
                # a dateline's place only says where the story was filed: no antecedent
                if m.end <= before and not (
                    self._doc is not None
                    and e.type != "PERSON"
                    and _dateline_place(self._doc.text, m.start, m.end)
                ):
                    cands.append((m.start, m.start in subj, e))
        if not cands:
            return None
        cands.sort(key=lambda c: c[0])
        last_start = cands[-1][0]
        if self._doc is not None:
            # within the sentence of the latest candidate, a subject beats an object
            sent = self._doc.char_span(last_start, last_start + 1, alignment_mode="expand")
            if sent is not None:
                s = sent.sent
                same = [c for c in cands if s.start_char <= c[0] < s.end_char]
                subjects = [c for c in same if c[1]]
                if subjects:
                    return subjects[-1][2]
        return cands[-1][2]

    def _by_title(self, phrase: str, country: str | None, before: int) -> Entity | None:
        best: tuple[int, int, Entity] | None = None
        office_counts: list[int] = []  # mention counts of every office-list candidate
        for e in self.entities:
            if e.type != "PERSON":
                continue
            titles = self._titles.get(e.name, set())
            if phrase not in _VOICE_TITLES:
                # "the president" is no office of Judicial Watch: a title held only of a body that is
                # no state's answers for that title bare only when anyone's people hold it ("the spokesman")
                titles = titles - self._org_titles.get(e.name, set())
            if phrase in titles:
                rank = 2
            elif any(_same_office(t, phrase) for t in titles):
                rank = 1
            elif phrase in self._office_titles.get(e.name, set()):
                rank = 0  # only the office list says so: the most named such person, not the last
            else:
                continue
            if country and e.country and e.country != country:
                continue
            if self._former_holder(e, phrase):
                continue  # "President Reagan" in a 2016 article is not "the president" of its day
            starts = [m.start for m in e.mentions if m.start < before] or [m.start for m in e.mentions]
            if rank == 0:
                office_counts.append(len(e.mentions))
            key = (rank, len(e.mentions) if rank == 0 else max(starts), e)
            if best is None or key[:2] > best[:2]:
                best = key
        if best is not None and best[0] == 0 and len(office_counts) > 1:
            # two presidents in one article: only a clearly more-named one is "the president"
            top, second = sorted(office_counts, reverse=True)[:2]
            if top < second + 2:
                return None
        return best[2] if best else None

    def _former_holder(self, person: Entity, phrase: str) -> bool:
        """True when the dated leaders list shows ``person`` held the office ``phrase`` before the
        article's day and not on it (Reagan, "the president", in 2016), and the text does not describe
        them as holding it ("the foreign secretary, Jeremy Hunt": the text wins over the list)."""
        if not self._date or any(
            _same_office(t, phrase) for t in self._described_titles.get(person.name, ())
        ):
            return False
        listed = [p for p in load().people(person.name) if p.roles]
        if not listed:
            return False
        day = self._date

        def offices(role) -> list[str]:
            return [t.strip().lower() for t in role.title.split(",") if t.strip()]

        if any(
            (r := p.role_on(day)) is not None and any(_same_office(t, phrase) for t in offices(r))
            for p in listed
        ):
            return False
        return any(
            r.end < day and any(_same_office(t, phrase) for t in offices(r)) for p in listed for r in p.roles
        )

    def _office_holder(self, phrase: str, country: str | None) -> Entity | None:
        """The person who held office ``phrase`` on the article's day in ``country``, else in the state
        the article is mostly about; None without a date, such a state, or a single listed holder.

        The holder is an entity of the article when it names them, else one made from the gazetteer
        (no mentions, like a synthesised state).
        """
        country = country or self._article_state()
        if not self._date or not country:
            return None
        holders = load().office_holders(country, phrase, self._date)
        if len(holders) != 1:
            return None  # the office is not listed for the state, or two people held it that day
        person = holders[0]
        for e in self.entities:
            if e.type == "PERSON" and e.name == person.name:
                return e
        if person.name not in self._synthetic:
            role_country, sector = person.on(self._date)
            self._synthetic[person.name] = Entity(
                name=person.name, type="PERSON", start=-1, end=-1, country=role_country, sector=sector,
                aliases=(), mentions=(), extractor=SYNTHETIC_EXTRACTOR,
            )  # fmt: skip
        return self._synthetic[person.name]

    def _national_office_holder(self, span: Span, state: Entity) -> Entity | None:
        """The holder of a state office named by the state's name or nationality and a title ("the French
        foreign minister", "Britain's prime minister"), else None.

        Only a span that is exactly [determiner] state ['s] title qualifies: "the former French foreign
        minister" or "a French minister" name someone else, and "deputy foreign minister" is another
        office. A person of that state the article names with the title comes first; else the person
        the dated leaders list has in the office on the publication day, when the article names them
        ("Kozyrev ... Lavrov ... the Russian foreign minister" is Kozyrev in 1995, Lavrov in 2010).
        """
        country = state.country
        mentions = [(m.start, m.end) for m in state.mentions]
        tokens = [t for t in span if t.lower_ != "the"]
        k = 0
        while k < len(tokens) and any(a <= tokens[k].idx < b for a, b in mentions):
            k += 1
        if k == 0 or not country:
            return None
        if k < len(tokens) and tokens[k].lower_ in ("'s", "’s"):
            k += 1
        rest = [t.lower_ for t in tokens[k:]]
        if not rest or set(rest) & (_PAST_MARKS | _SECOND_OFFICE | _DETERMINERS):
            return None
        title = load().title(" ".join(rest))
        if title is None or title.kind != "title" or title.sector not in _STATE_BODY_SECTORS:
            return None
        person = self._by_title(title.phrase, country, span.start_char)
        if person is not None and person.country == country:
            return person
        holder = self._office_holder(title.phrase, country)
        # only a holder the article names: a person made from the list alone would replace a state the
        # event and quote extractors read as the acting side ("Poland's foreign minister said ...")
        return holder if holder is not None and holder.mentions else None

    def _other_parties(self, span: Span) -> set[str]:
        """States the sentence of ``span`` names as the other side of an act: the object of "with",
        "against", "toward(s)" or "on" ("talks with Hungary", "sanctions on Iran"). A verb's object is
        not enough ("vowed to defend Hungary" may be said by Hungary's own minister)."""
        out: set[str] = set()
        for tok in span.sent:
            if span.start <= tok.i < span.end:
                continue
            if not (tok.dep_ == "pobj" and tok.head.lower_ in _OTHER_SIDE_PREPS):
                continue
            hit = self.at(tok.idx, tok.idx + len(tok.text))
            state = self.state_of(hit) if hit is not None and hit.type == "GPE" else None
            if state is not None and state.country:
                out.add(state.country)
        return out

    def _article_state(self) -> str | None:
        """The state the article is mostly about: the one whose own name, nationality and places are
        mentioned most, at least twice, more than any other and in at least half of all such mentions.

        Only places count: a body's state is itself a guess ("Congress" is not always America's).
        """
        counts: dict[str, int] = {}
        for e in self.entities:
            if e.type not in ("GPE", "LOC") or e.name in self._listed_only:
                continue
            state = self.state_of(e)
            if state is not None and state.country:
                counts[state.country] = counts.get(state.country, 0) + len(e.mentions)
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        top, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        return top if n >= _MIN_STATE_MENTIONS and n > second and 2 * n >= sum(counts.values()) else None


def _counterpart_office(mine: str, theirs: str) -> bool:
    """True when two titles name the same office in two states: the same title, or titles sharing a
    modifier ("foreign secretary" and "foreign minister"; not "prime minister" and "foreign minister")."""
    a, b = mine.split(), theirs.split()
    if mine == theirs:
        return True
    return bool(set(a[:-1]) & set(b[:-1]) - {"deputy", "vice", "first", "chief"})


def _same_office(title: str, phrase: str) -> bool:
    """True when two titles can name one office: same head word, and one is the bare head or
    they share a modifier ("the minister" ~ "foreign minister"; "home secretary" is not
    "foreign secretary")."""
    t, p = title.split(), phrase.split()
    if t[-1] != p[-1]:
        return False
    if bool(set(t[:-1]) & _SECOND_OFFICE) != bool(set(p[:-1]) & _SECOND_OFFICE):
        return False  # a vice president or deputy prime minister is not "the president"
    return len(t) == 1 or len(p) == 1 or bool(set(t[:-1]) & set(p[:-1]))


# words that make a title another office ("deputy foreign minister" is not "the foreign minister")
_SECOND_OFFICE = word_list("second_office")
# titles any body's people hold ("the spokesman"): bare, they may name a body's person, unlike "the president"
_VOICE_TITLES = word_list("voice_titles")
# prepositions whose object is the other side of an act ("talks with Hungary", "sanctions against Iran")
_OTHER_SIDE_PREPS = word_list("other_side_preps")
# sectors of a state's own bodies: a title held of one of them is an office of that state
_STATE_BODY_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})


def _state_body(org: _Cluster) -> bool:
    """True for a body of a state (a ministry, a legislature, an army, the White House) or a body of
    unknown kind with a state's name; False for a company, charity, party, outlet or international body."""
    if org.sector in _STATE_BODY_SECTORS:
        return True
    if org.entry is not None:
        return org.entry.acts_for_state or org.entry.kind in ("body", "metonym", STATE, CAPITAL)
    return False


# ---------------------------------------------------------------------- building


def resolve_actors(parsed: Parsed) -> ActorIndex:
    """Cluster the entity mentions of one parsed article and attach type, country and sector.

    Args:
        parsed: the document and its spaCy parse.

    Returns:
        An ActorIndex whose ``entities`` are PERSON, ORG, GPE and LOC entities, one per
        real-world entity, ordered by first mention.

    Example:
        >>> index = resolve_actors(parse(document))
        >>> [e.name for e in index.entities][:2]
        ['Volodymyr Zelensky', 'Japan']
    """
    doc = parsed.doc
    gaz = load()
    # a well-known figure is placed by the office they held when the article was published
    date = (parsed.document.published or "")[:10] or None
    raws = _mentions(doc, gaz, date)
    clusters = _cluster(doc, raws, gaz, date)
    heads = headline_spans(doc.text) + quoted_titles(doc.text)
    clusters = [cl for cl in clusters if not _headline_only(doc.text, cl, gaz, heads)]
    clusters = [cl for cl in clusters if not _foreign_bare_party(doc, cl, clusters)]
    raws_by_tok = {i: r for r in raws for i in range(r.start, r.end)}
    ent_of_tok = _token_map(doc, clusters)
    demonym_tokens = {i for r in raws if r.demonym for i in range(r.start, r.end)}
    _stray_towns(clusters, gaz)
    # two passes: an attribute can come from another entity's (a person's from their organisation's)
    for _ in range(2):
        for cl in clusters:
            _attributes(doc, cl, gaz, clusters, raws_by_tok, ent_of_tok, date)
    _homonym_regions(doc, clusters, gaz)
    # fallbacks read only what the text and gazetteer said, never another fallback's guess
    stated = {id(c): c.country for c in clusters if c.country}
    town_state = _town_state(clusters, stated)
    for cl in clusters:
        _fallback_country(doc, cl, ent_of_tok, stated, demonym_tokens, town_state)
    _bare_body_country(clusters, stated, doc.text)
    _dominant_state_people(clusters, stated)
    _historic_states(clusters, gaz, date)
    index = _index(doc, clusters)
    index._date = date
    index._state_names = {
        cl.entry.country: cl.preferred
        for cl in clusters
        if cl.entry is not None and cl.entry.kind == STATE and cl.preferred and cl.entry.country
    }
    for ent in index.entities:
        if ent.type == "PERSON" and (gender := _person_gender(doc, ent, gaz)) is not None:
            index._genders[ent.name] = gender
    return index


def _historic_states(clusters: list[_Cluster], gaz: Gazetteer, date: str | None) -> None:
    """States of the past, by the article's date. Before the Soviet Union ended, Russia's entity is the
    "Soviet Union" when the article calls it so (coded RUS, as the gold files code it); after a past
    state's last day its name denotes part of its successor ("the former East Germany" is in Germany,
    "Yugoslavia" of 1992-2003 is Serbia's)."""
    for cl in clusters:
        if cl.country and cl.country in gaz.historic:
            cl.country = gaz.successor(cl.country, date)
        entry = cl.entry
        if entry is None or entry.kind != STATE or not entry.country:
            continue
        name = gaz.state_name(entry.country, date)
        old = gaz.historic.get(entry.country)
        if name != entry.name and old is not None and any(fold(m.text) in old.forms for m in cl.mentions):
            cl.preferred = name
            cl.entry = replace(entry, name=name)


def _foreign_bare_party(doc: Doc, cl: _Cluster, clusters: list[_Cluster]) -> bool:
    """True for a national party's short name used as common words, in an article about another state
    that never names the party's own.

    "Labour leaders said they shut down Ecuador's plants" (the name only modifies a noun), "Liberal
    Democrats said ..." after "liberal Democrats and conservative Republicans on the committee" (a
    US report; the text writes the phrase in lower case too): a party's short name is often a
    common word or phrase, and in a report that names another state but neither the party's state
    nor any place, body or well-known person of it, the words are the common ones. A news
    agency's home ("told Reuters") says nothing of the article's. A party named as itself
    ("The Republicans refrained from criticizing Israel") or in an article that names no state at
    all ("Labour said Parliament would reject the deal") stays the party.
    """
    if cl.entry is None or cl.entry.kind != "party" or not cl.entry.country:
        return False
    if any("party" in fold(n) for n in cl.names):
        return False
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in cl.mentions]
    modifiers = all(
        sp is not None and len(sp) == 1 and sp[0].dep_ in ("compound", "amod") and sp[0].head.i > sp[0].i
        for sp in spans
    )
    lowered = any(
        len(n.split()) >= 2 and n[:1].isupper() and (n[:1].lower() + n[1:]) in doc.text for n in cl.names
    )
    if not (modifiers or lowered):
        return False
    gaz = load()
    other_state = False
    for other in clusters:
        if other is cl or not other.names:
            continue
        if other.entry is not None:
            home = other.entry.country if other.entry.kind not in ("media", "party") else None
        elif other.type in ("GPE", "LOC"):
            home = gaz.city_country(_canonical(other))
        elif other.type == "PERSON":
            known = gaz.person(_canonical(other))
            home = known.country if known is not None else None
        else:
            home = None
        if home == cl.entry.country:
            return False
        other_state = other_state or home is not None
    return other_state


def _stray_towns(clusters: list[_Cluster], gaz: Gazetteer) -> None:
    """Place a small town whose namesake's state the article never names in the article's state.

    The gazetteer keeps one town per name, and news names a foreign town with its state: "Chelsea"
    (a London district in the gazetteer) in an article whose places are New York, New Jersey and
    Minnesota is New York's Chelsea. Only towns under ``_MAX_STRAY_TOWN`` people (not divisions: a
    New Zealand article naming "Hawaii" still means the US state), and only when
    one other state has at least ``_MIN_STRAY_VOTES`` place mentions, and the town's own none.
    """
    votes: dict[str, int] = {}
    towns: list[tuple[_Cluster, str]] = []
    for cl in clusters:
        if cl.entry is not None and cl.entry.kind in (STATE, CAPITAL) and cl.entry.country:
            votes[cl.entry.country] = votes.get(cl.entry.country, 0) + len(cl.mentions)
        elif cl.entry is None and cl.type in ("GPE", "LOC") and cl.names:
            name = cl.names[0]
            country = gaz.city_country(name)
            if country:
                votes[country] = votes.get(country, 0) + 1
                # a first-level division (no population: "Hawaii", "Idaho") is known by its name alone
                if 0 < gaz.city_population(name) < _MAX_STRAY_TOWN and all(n == name for n in cl.names):
                    towns.append((cl, country))
    if not votes:
        return
    top = max(votes, key=lambda k: votes[k])
    for cl, country in towns:
        if country != top and votes[country] == 1 and votes[top] >= _MIN_STRAY_VOTES:
            cl.set_country(top, 3)


_MAX_STRAY_TOWN = 100_000
_MIN_HOMONYM_VOTES = 3


def _homonym_regions(doc: Doc, clusters: list[_Cluster], gaz: Gazetteer) -> None:
    """Read a state's name that is also a region of another state as the region when the article's
    places are in that other state and nothing else names the first ("Syrian refugees came to Georgia"
    in an article about Atlanta and Clarkston is the US state, not the Caucasian republic).

    Only regions the city list marks as divisions (no population), only with ``_MIN_HOMONYM_VOTES``
    mentions of towns of the other state and none of the first's; a dependent territory named after its sovereign's region
    ("Guam", "Puerto Rico") keeps its own code.
    """
    votes: dict[str, int] = {}  # mentions of towns and regions (not of states) per state
    for cl in clusters:
        if (
            cl.type not in ("GPE", "LOC")
            or not cl.country
            or (cl.entry is not None and cl.entry.kind == STATE)
        ):
            continue
        votes[cl.country] = votes.get(cl.country, 0) + len(cl.mentions)
    for cl in clusters:
        if cl.entry is None or cl.entry.kind != STATE or not cl.names:
            continue
        other = gaz.city_country(cl.names[0])
        if not other or other == cl.country or gaz.city_population(cl.names[0]) or gaz.state(other) is None:
            continue
        if gaz.lookup(gaz.state(other).name) is None or not gaz.adjective(cl.country):
            continue  # a territory without a nationality of its own
        if votes.get(other, 0) >= _MIN_HOMONYM_VOTES and not votes.get(cl.country, 0):
            if _listed_with_states(doc, cl, clusters):
                continue  # "Russia's invasions of Georgia and Ukraine": a state among states
            cl.set_country(other, 5)


def _listed_with_states(doc: Doc, cl: _Cluster, clusters: list[_Cluster]) -> bool:
    """Whether a mention of ``cl`` is coordinated with another sovereign state's name."""
    states = {
        (m.start, m.end)
        for c in clusters
        if c is not cl and c.entry is not None and c.entry.kind == STATE
        for m in c.mentions
    }
    for m in cl.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in (*span.root.conjuncts, *([span.root.head] if span.root.dep_ == "conj" else [])):
            if (t.idx, t.idx + len(t.text)) in states or any(a <= t.idx < b for a, b in states):
                return True
    return False


_MIN_STRAY_VOTES = 4

_HEADLINE_SMALL = frozenset(
    "a an the and or but nor of in on at to for by with from as vs via up off out into over than".split()
)


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of headline-cased text: a line, or a line's lead before a colon, in Title Case.

    "Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday." is one; so is
    "Veto Power Impedes Peace Efforts" in "Veto Power Impedes Peace Efforts: Eliminating war ...".
    """
    spans = []
    pos = 0
    for line in text.split("\n"):
        lead = line.split(": ", 1)[0]
        words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", lead)
        content = [w for w in words if w.lower() not in _HEADLINE_SMALL and len(w) > 1]
        # every content word capitalised (one lower-case word allowed in a long headline): a sentence
        # full of names ("The Senate Foreign Relations Committee met on Monday.") still has its verb
        lower = sum(not w[0].isupper() for w in content)
        if 3 <= len(content) <= 25 and lower <= (1 if len(content) >= 10 else 0):
            spans.append((pos, pos + len(lead)))
        pos += len(line) + 1
    return spans


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of short Title Case phrases in quote marks: the titles of shows, books and films.

    'said on Fox News's "Fox and Friends."' -> the span of "Fox and Friends."; a quoted sentence
    ("We Will Win," he said) has a lower-case word or more than ``_MAX_TITLE_WORDS`` words.
    """
    spans = []
    for m in re.finditer(r"[“\"]([^“”\"\n]{2,80})[”\"]|''([^'\n]{2,80})''", text):
        inner = m.group(1) or m.group(2)
        words = [w for w in re.findall(r"[^\W\d_]+", inner) if w.lower() not in _HEADLINE_SMALL]
        if 1 <= len(words) <= _MAX_TITLE_WORDS and all(w[0].isupper() for w in words):
            spans.append((m.start(), m.end()))
    return spans


_MAX_TITLE_WORDS = 5


def _headline_only(text: str, cl: _Cluster, gaz: Gazetteer, heads: list[tuple[int, int]]) -> bool:
    """True for a name made of headline words only: found in Title Case text (a headline, a quoted
    show title), nowhere else, and known to no gazetteer ("Obama Seeks", "Visa Program", "Friends")."""
    if cl.entry is not None or not cl.mentions or not heads:
        return False
    if not all(any(a <= m.start and m.end <= b for a, b in heads) for m in cl.mentions):
        return False
    if any(gaz.lookup(n) is not None or gaz.people(n) for n in cl.names):
        return False
    outside = text
    for a, b in reversed(heads):
        outside = outside[:a] + " " + outside[b:]
    return not any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", outside) for n in set(cl.names))


def pronoun_gender(word: str) -> str | None:
    """``"m"`` for he/him/his/himself, ``"f"`` for she/her/hers/herself, else None."""
    return _PRONOUN_GENDER.get(word.lower())


def name_gender(name: str) -> str | None:
    """The gender a full name shows by itself: a title opening it, else its given name; None if neither.

    Example:
        >>> name_gender("Angela Merkel"), name_gender("Merkel"), name_gender("Kim Novak")
        ('f', None, None)
    """
    return _name_gender(name, load())


def _person_gender(doc: Doc, ent: Entity, gaz: Gazetteer) -> str | None:
    """A person's gender in this article: gendered titles next to its mentions, else its given name,
    else a generic masculine role word next to a mention.

    Titles outvote the given name (a man may bear a name the list gives to women, and
    "Mr"/"Ms" says what the writer knows); a tie between titles is settled by the name.
    "Chairman", "spokesman" are written of women too: they decide only for a name of
    unknown gender.
    """
    votes = {"m": 0, "f": 0}
    generic = False
    for m in ent.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for gender, strong in _titles_next_to(doc, span, gaz):
                if strong:
                    votes[gender] += 1
                else:
                    generic = True
    by_name = _name_gender(ent.name, gaz)
    if votes["m"] != votes["f"]:
        return "m" if votes["m"] > votes["f"] else "f"
    if votes["m"]:
        return by_name  # as many "Mr" as "Ms": only the name can say
    if by_name is None and generic:
        return "m"
    return by_name


def _name_gender(name: str, gaz: Gazetteer) -> str | None:
    """Gender read off a full name: a title word opening it ("Queen Rania"), else its given name.

    A lone word is no evidence (it may be a surname: "Rose", "May"); initials are stepped
    over ("L. Paul Bremer"), but only the first full word counts, never the surname.
    """
    words = name.split()
    if len(words) < 2:
        return None
    if (title := gaz.title_gender(words[0])) is not None:
        return title
    for w in words[:-1]:
        if re.fullmatch(r"(?:[A-Z]\.?-?)+", w):
            continue  # an initial ("J.", "H.R.")
        return gaz.given_name_gender(w)
    return None


# what may close a name's apposition ("Maria Zakharova, the ministry's spokeswoman, said")
_APPOS_CLOSERS = {",", ".", ";", ":", ")", '"', "”", "—", "–"}


def _word_gender(word: str, gaz: Gazetteer) -> tuple[str, bool] | None:
    """(gender, strong) of a title word ("Mrs" strong f) or a generic role word ("chairman" weak m)."""
    if (g := gaz.title_gender(word)) is not None:
        return g, True
    if (g := gaz.role_gender(word)) is not None:
        return g, False
    return None


def _titles_next_to(doc: Doc, span: Span, gaz: Gazetteer) -> list[tuple[str, bool]]:
    """(gender, strong) of the title words written with one mention: right before it or heading its
    apposition (strong: a title or honorific; weak: a generic masculine role word, "chairman").

    Before: the word next to the name ("Mr Trump", "Foreign Ministry spokeswoman Maria
    Zakharova", "the president's wife Melania"); across a comma only when the parser links
    the two as appositions ("the spokeswoman, Maria Zakharova", not "after meeting the
    queen, Trump said"). After: a gendered noun of the apposition before any preposition,
    when the apposition closes with punctuation ("X, a spokeswoman for the ministry,"; not
    "X, the queen said") and the word is no title of another name ("X, Queen Elizabeth's
    daughter," is the daughter).
    """
    found: list[tuple[str, bool]] = []
    i = span.start - 1
    while i >= 0 and doc[i].text == ".":
        i -= 1  # "Mr ." split by the tokenizer
    if i >= 0 and doc[i].text == "," and i - 1 >= 0:
        t = doc[i - 1]
        linked = (span.root.dep_ == "appos" and span.root.head.i == t.i) or (
            t.dep_ == "appos" and span.start <= t.head.i < span.end
        )
        if linked and (g := _word_gender(t.text, gaz)) is not None:
            found.append(g)
    elif i >= 0 and (g := _word_gender(doc[i].text, gaz)) is not None:
        found.append(g)
    post = _appositive(doc, span)
    if post:
        after = post[-1].i + 1
        if after >= len(doc) or doc[after].text in _APPOS_CLOSERS:
            head = None
            for k, t in enumerate(post):
                if t.pos_ == "ADP" or t.pos_ == "CCONJ":
                    break
                nxt = post[k + 1] if k + 1 < len(post) else None
                owner = nxt is not None and (
                    nxt.lower_ in ("'s", "’s") or (nxt.pos_ == "PROPN" and nxt.is_title)
                )
                if owner:
                    continue  # "the king's son", "Queen Elizabeth's daughter": not the head
                if (g := _word_gender(t.text, gaz)) is not None:
                    head = g
            if head is not None:
                found.append(head)
    return found


def _is_title_token(tok: Token, gaz: Gazetteer) -> bool:
    return gaz.title(tok.text) is not None or tok.lower_ in {"foreign", "defence", "defense", "home", "prime",
                                                             "deputy", "vice", "lt", "maj", "brig", "secretary"}  # fmt: skip


def _other_owner(doc: Doc, s: int, entry: GazEntry, gaz: Gazetteer) -> str | None:
    """The state a possessive or nationality word right before a state body names, when not its own.

    "Ukraine's Ministry of Defence" -> "UKR" (the bundled "Ministry of Defence" is Britain's);
    "the Russian Ministry of Defence" -> "RUS"; "Britain's Ministry of Defence" -> None.
    """
    if entry.kind != "body" or entry.country is None or s == 0:
        return None
    state = None
    if doc[s - 1].lower_ in ("'s", "’s", "'", "’"):
        for k in range(max(0, s - 4), s - 1):
            found = gaz.lookup(doc[k : s - 1].text)
            if found is not None and found.kind in (STATE, CAPITAL):
                state = found.country
                break
    elif doc[s - 1].text[:1].isupper():
        found = gaz.demonym(doc[s - 1].text)
        state = found.country if found is not None else None
    return state if state is not None and state != entry.country else None


def _joined_names(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """The tagger's entities, with a given name it cut off its surname joined again.

    "Governor Oleksandr Prokudin said" comes back from the tagger as two people, "Oleksandr" and
    "Prokudin"; a lone token that is a known given name, followed at once by another PERSON
    entity, is the first half of one name.
    """
    out: list[Span] = []
    ents = list(doc.ents)
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == "PERSON"
            and nxt.label_ == "PERSON"
            and len(ent) == 1
            and nxt.start == ent.end
            and doc[ent.end - 1].whitespace_  # "Oleksandr Prokudin", two words
            and gaz.given_name_gender(ent.text) is not None
        ):
            out.append(Span(doc, ent.start, nxt.end, label="PERSON"))
            k += 2
            continue
        out.append(ent)
        k += 1
    return out


def _mentions(doc: Doc, gaz: Gazetteer, date: str | None = None) -> list[_Raw]:
    taken = [False] * len(doc)
    raws: list[_Raw] = []

    def free(a: int, b: int) -> bool:
        return not any(taken[a:b])

    def take(r: _Raw) -> None:
        for i in range(r.surface_start, r.end):
            taken[i] = True
        raws.append(r)

    # 1. gazetteer names, longest first (up to 8 tokens)
    i = 0
    while i < len(doc):
        hit = None
        if doc[i].text[:1].isupper() or doc[i].lower_ == "the" or doc[i].text[:1].islower():
            # a lower-case start only for a name the data lists in lower case ("pesh merga",
            # "al-Qaida"): a common phrase folding to a name ("common market") is not one
            find = gaz.lookup if doc[i].text[:1].isupper() or doc[i].lower_ == "the" else gaz.lookup_exact
            for j in range(min(len(doc), i + 8), i, -1):
                span = doc[i:j]
                if span[-1].is_punct or span[-1].is_space:
                    continue
                entry = find(span.text)
                if entry is not None and entry.kind != PERSON:
                    hit = (j, entry)
                    break
        if hit and doc[i].ent_iob_ == "I" and _inside_place_name(doc[i], gaz):
            hit = None  # "New Jersey": the state Jersey is only the end of a longer place name
        if (
            hit
            and hit[1].kind == STATE
            and doc[i].ent_iob_ == "I"
            and doc[i].ent_type_ not in ("GPE", "LOC", "NORP")
            and doc[i - 1].lower_ not in ("of", "'s", "’s")
            and doc[i - 1].text[:1].isupper()
            and hit[0] < len(doc)
            and doc[hit[0]].ent_iob_ == "I"
        ):
            hit = None  # "the New Jersey Generals": a state's name amid a longer name is no mention of it
        if hit and hit[1].kind == PLACE and hit[0] < len(doc) and doc[hit[0]].ent_iob_ == "I":
            hit = None  # "West African": a region word opening a longer tagged name
        if hit and hit[1].kind not in (STATE, CAPITAL, PLACE) and _opens_title(doc, i, hit[0], gaz):
            hit = None  # "Labour Minister Jorge Egas": a portfolio word opening a title, not the party
        if hit:
            j, entry = hit
            s = i + 1 if doc[i].lower_ == "the" else i
            # "the Ukraine" / "The Hague": keep only a capitalised token run (or a name listed in
            # lower case, "pesh merga")
            if s < j and (
                doc[s].text[:1].isupper()
                or (doc[s].text[:1].islower() and gaz.lookup_exact(doc[s:j].text) is not None)
            ):
                owner = _other_owner(doc, s, entry, gaz)
                if owner is not None:
                    # "Ukraine's Ministry of Defence", "the Brazilian Congress": the generic name of one
                    # state's body (here Britain's, America's) said of another state is that state's body
                    take(_Raw(s, j, s, "ORG", home=owner, body_sector=entry.sector))
                else:
                    take(_Raw(s, j, s, entry.type, entry=entry))
                i = j
                continue
        i += 1

    # 1b. well-known office holders by full name (spaCy misses some, e.g. "Recep Tayyip Erdoğan")
    for i in range(len(doc)):
        for j in range(min(len(doc), i + 4), i + 1, -1):
            # (a sentence's capitalised "The" is no given name: "The Reagan administration")
            if (
                free(i, j)
                and doc[i].lower_ not in _DETERMINERS
                and _name_case(doc[i:j])
                and gaz.person(doc[i:j].text)
            ):
                if j < len(doc) and doc[j].is_title and doc[j].lower_ in _NAMED_AFTER_NOUNS:
                    break  # "the Harry Truman Library": a place named after the person, not the person
                take(_Raw(i, j, i, "PERSON"))
                break
    # 1c. a lone surname of someone in office on the publication day ("Trump met Erdoğan",
    # "Pence warned Turkey"): news names sitting leaders by surname alone, and the tagger
    # misses some, reading a sentence-initial "Trump" as the noun
    if date is not None:
        for tok in doc:
            if (
                free(tok.i, tok.i + 1)
                and tok.text[:1].isupper()
                and tok.pos_ in ("PROPN", "NOUN")
                # only where the parser saw no name at all, or this very name alone (a person, or an ORG
                # or place by mistake: "Blinken, speaking in Riyadh," is tagged GPE)
                and (
                    tok.ent_iob_ == "O"
                    or (
                        tok.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "NORP")
                        and tok.ent_iob_ == "B"
                        and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
                        and (tok.ent_type_ in ("PERSON", "ORG") or not _known_place(tok.text, gaz))
                    )
                )
                and len(tok.text) > 3
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].is_title)
                and any(p.role_on(date) is not None for p in gaz.people(tok.text))
            ):
                if _given_name_before(doc, tok, gaz) and free(tok.i - 1, tok.i):
                    # "Ivanka Trump": another given name makes another person of the same surname
                    take(_Raw(tok.i - 1, tok.i + 1, tok.i - 1, "PERSON"))
                else:
                    take(_Raw(tok.i, tok.i + 1, tok.i, "PERSON"))

    # 1d. a division named after its town ("Kherson Oblast", "Idlib province"), which the tagger
    # often misses or calls an organisation: a place of the town's state
    for tok in doc:
        if tok.lower_ not in _DIVISION_NOUNS or tok.i == 0:
            continue
        a = tok.i
        while a > 0 and doc[a - 1].text[:1].isupper() and tok.i - a < 3:
            a -= 1
        if a < tok.i and free(a, tok.i + 1) and gaz.city_country(doc[a : tok.i].text) is not None:
            take(_Raw(a, tok.i + 1, a, "GPE"))

    # 2. spaCy's entities that do not overlap a gazetteer name
    for ent in _joined_names(doc, gaz):
        if ent.label_ not in _LABELS:
            continue
        a, b = ent.start, ent.end
        # "the town of Tal Abyad" tagged GPE "Tal": the parser cut the name before its head, an
        # untagged capitalised proper noun the last tagged word is a compound of
        while (
            b < len(doc)
            and ent.label_ in ("GPE", "LOC", "FAC", "PERSON")
            # the added word heads the name: "New Jersey Gov. Chris Christie", "... Committee Chairman
            # Bob Corker" run on into a title of the next name
            and not _is_title_token(doc[b], gaz)
            and doc[b].dep_ != "compound"
            and doc[b - 1].dep_ == "compound"
            and doc[b - 1].head.i == b
            and doc[b].pos_ == "PROPN"
            and doc[b].is_title
            and doc[b].ent_iob_ == "O"
            and free(b, b + 1)
        ):
            b += 1
        parts = _place_list(doc, a, b, gaz)
        if parts and free(a, b):
            # "the Kharkiv, Odesa, and Dnipropetrovsk oblasts": a list of places tagged as one name
            for pa, pb in parts:
                take(_Raw(pa, pb, pa, "GPE", entry=_place_entry(doc[pa:pb].text, gaz)))
            continue
        if not free(a, b):
            inner = [r for r in raws if a <= r.start and r.end <= b]
            after = [t for t in doc[a:b] if not taken[t.i] and t.i >= max(r.end for r in inner or raws)]
            # English noun phrases are head-final: in "Kurdish Syrian Democratic Forces" or "East
            # Raqqa YPG" the gazetteer name is the head and the rest modifies it; in "Russia's Foreign
            # Ministry" or "BBC One" proper nouns after the name make a bigger name
            first = min(r.start for r in inner) if inner else a
            of_phrase = first > a and doc[first - 1].pos_ == "ADP"  # "People's Tribunal on Turkey"
            if (
                inner
                and all(r.entry is not None and r.entry.kind == STATE for r in inner)
                and doc[max(r.end for r in inner) - 1].text.endswith(".")
                and not any(t.lower_ in _INSTITUTION_HEADS for t in after)
            ):
                # "Friday's U.S. Raid", "U.S. Frigates fired": wire copy capitalises the word
                # after an abbreviation's full stop, so only an institution word ("U.S. Navy",
                # "U.S. Treasury") makes a bigger name of it
                continue
            if not inner or not (of_phrase or any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in after)):
                continue
            for r in inner:
                if r.entry is not None and r.entry.kind != STATE:
                    raws.remove(r)
        if (
            ent.label_ == "ORG"
            and b + 1 < len(doc)
            and doc[b].lower_ in ("of", "on", "for")
            and free(b, b + 1)
        ):
            # "People's Tribunal on Turkey", "Ministry of Defence": a capitalised post-modifier
            # of an institution word belongs to the name
            head = gaz.title(doc[b - 1].text)
            k = b + 1
            while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
                k += 1
            if head is not None and head.kind == "group" and k > b + 1:
                for r in [r for r in raws if b < r.end and r.start < k]:
                    if r.entry is not None and r.entry.kind != STATE:
                        raws.remove(r)
                b = k
        if ent.label_ in ("GPE", "LOC", "FAC"):
            for ext in range(min(len(doc), b + 3), b, -1):
                if free(b, ext) and gaz.city_country(doc[a:ext].text):
                    b = ext
                    break
        if _common_word_opening(doc, a, b, gaz):
            continue
        for pa, pb, label in _dash_parts(doc, a, b, ent.label_, gaz):
            r = _clean(doc, pa, pb, label, gaz)
            if r is not None and r.entry is None:
                r = _titled_person(doc, r, gaz, free)
            if r is not None:
                for x in range(r.surface_start, r.end):
                    taken[x] = True if not any(q.start <= x < q.end for q in raws) else taken[x]
                raws.append(r)

    # 2b. names spaCy left untagged: a capitalised run with an apposition or a speech verb after
    # it is a person ("Igor Strelkov, a nationalist army veteran"); a known town after a
    # preposition or as a verb's object is a place ("responsibility for Douma", "shelled Kherson")
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 4 and doc[j].pos_ == "PROPN" and doc[j].is_alpha and doc[j].is_title:
            j += 1
        if (
            j > i
            and free(i, j)
            and not any(_is_title_token(t, gaz) or gaz.demonym(t.text) for t in doc[i:j])
            # "the Geneva Conventions, the U.N. Charter": a document in a list looks like an apposition
            # (the parser's other non-actor labels are too often wrong: "Manbij" tagged PRODUCT)
            and not any(t.ent_type_ == "LAW" or t.lower_ in _DOCUMENT_NOUNS for t in doc[i:j])
        ):
            nxt = doc[j] if j < len(doc) else None
            after = doc[j + 1] if j + 1 < len(doc) else None
            prev = doc[i - 1] if i > 0 else None
            if (
                j - i >= 2
                and nxt is not None
                and (
                    (nxt.text == "," and after is not None and after.lower_ in ("a", "an", "the"))
                    or (nxt.lemma_ in _SPEECH_VERBS and nxt.pos_ == "VERB")
                )
            ):
                take(_Raw(i, j, i, "PERSON"))
            elif (
                prev is not None
                and (prev.pos_ == "ADP" or (doc[j - 1].dep_ == "dobj" and doc[j - 1].head.pos_ == "VERB"))
                and gaz.city_population(doc[i:j].text) >= _MIN_UNTAGGED_CITY
                and gaz.given_name_gender(doc[i].text) is None
            ):
                # "in Kherson", and a town taken as a verb's object ("Russian forces attacked
                # Kherson 52 times"), which the tagger leaves untagged before a number
                take(_Raw(i, j, i, "GPE"))
            i = j
            continue
        i += 1

    # 2c. a bare surname of a person named in full elsewhere ("Adam Schiff ... Schiff urged"):
    # spaCy often leaves a lone surname untagged, but it is that person
    surnames = {
        doc[r.end - 1].text
        for r in raws
        if r.label == "PERSON" and r.end - r.start >= 2 and doc[r.end - 1].is_title
    }
    for tok in doc:
        if (
            tok.text in surnames
            and not taken[tok.i]
            # the tagger reads a sentence-initial "Trump" as the noun
            and tok.pos_ in ("PROPN", "NOUN")
            # "In May, the talks resumed": a month, not Theresa May
            and tok.ent_type_ not in ("DATE", "TIME")
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].is_title)
        ):
            if _given_name_before(doc, tok, gaz) and free(tok.i - 1, tok.i):
                take(_Raw(tok.i - 1, tok.i + 1, tok.i - 1, "PERSON"))  # "Ivanka Trump" is not Donald
            else:
                take(_Raw(tok.i, tok.i + 1, tok.i, "PERSON"))

    # 3. capitalised nationality words ("Japanese", "Turkish troops") as mentions of their state
    for tok in doc:
        if not taken[tok.i] and tok.text[:1].isupper() and tok.pos_ in ("ADJ", "PROPN", "NOUN"):
            state = gaz.demonym(tok.text)
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _DENOMINATIONS:
                continue  # "one Greek Orthodox": a church's faithful, not Greece
            if (
                tok.lower_ in ("indian", "indians")
                and tok.i > 0
                and doc[tok.i - 1].lower_ in _INDIGENOUS_MARKS
            ):
                continue  # "native Indian rights", "American Indians": the Americas' first peoples, not India
            if state is not None:
                take(_Raw(tok.i, tok.i + 1, tok.i, "GPE", entry=state, demonym=True))
    # 3b. "the Chadian army", "Chad's military", "Syrian rebels", "the US-led coalition": a state's
    # adjective or possessive before a force noun also names that force (the state keeps its mention)
    for r in list(raws):
        if r.entry is None or r.entry.kind != STATE:
            continue
        k = r.end + 1 if r.end < len(doc) and doc[r.end].lower_ in ("'s", "’s") and not r.demonym else r.end
        possessive = k > r.end or doc[r.end - 1].lower_ in ("'s", "’s")  # "Chad's" may be one mention
        words = [t.lower_ for t in doc[k : k + 2]]
        sector = next(
            (sec for nouns, sec in _STATE_FORCE_NOUNS.items() if tuple(words[: len(nouns)]) == nouns), None
        )
        if sector is not None and (r.demonym or possessive):
            n = len(next(nouns for nouns in _STATE_FORCE_NOUNS if tuple(words[: len(nouns)]) == nouns))
            word = doc[k + n - 1]
            # "Chad's military high command" is the force; "Russia's military operations" are its deeds
            # and "Russian military equipment" a kind of equipment
            modifier = word.dep_ in ("compound", "amod", "nmod") and word.head.i > word.i
            body = modifier and word.head.lemma_.lower() in _FORCE_BODY_HEADS
            if (not modifier or body) and doc[k].is_lower:
                # the state keeps its own mention ("Chad" is named too) and, put after the force,
                # its token in the token-to-mention maps
                raws.insert(
                    raws.index(r),
                    _Raw(r.start, k + n, r.surface_start, "ORG", home=r.entry.country, force=sector),
                )
            continue
        if (
            (r.demonym or possessive)
            and k + 1 < len(doc)
            and doc[k + 1].lower_ == "ministry"
            and doc[k].is_lower
            and gaz.title(doc[k].text + " minister") is not None
        ):
            # "China's foreign ministry", "the French interior ministry": a state's ministry named in
            # lower case is that state's body (GOV), named as the capitalised one is ("Chinese foreign
            # ministry"); the state keeps its own mention, and like a state's force ("the Chadian army")
            # the ministry is listed while the event and quote extractors still read the state in it
            raws.append(_Raw(k, k + 2, k, "ORG", home=r.entry.country, body_sector="GOV", listed_only=True))
            continue
        if (
            r.end + 2 < len(doc)
            and doc[r.end].text in ("-", "–")
            and doc[r.end + 1].lower_ == "led"
            and doc[r.end + 2].lower_ in _LED_NOUNS
        ):
            raws.insert(raws.index(r), _Raw(r.start, r.end + 3, r.surface_start, "ORG", force="MIL"))

    # 3b'. "Syrian Kurds", "Iraqi Turkmen": a state's adjective before a people without a state (which the
    # tagger splits in two) names that people's part living in the state, as "Bosnian Serbs" does
    for k, r in enumerate(raws):
        if (
            r.demonym
            and r.end < len(doc)
            and doc[r.end].tag_ in ("NNS", "NNPS")
            and doc[r.end].text[:1].isupper()
            and gaz.is_group(doc[r.end].text)
            and doc[r.end - 1].head.i == r.end
            and not any(q.start <= r.end < q.end for q in raws)
        ):
            raws[k] = _Raw(r.start, r.end + 1, r.surface_start, "ORG", home=r.entry.country)

    # 3c. "the Reagan administration": a government named after the person who heads it, in an article
    # that names that person nowhere else, is a body (ORG) of its own, the actor the article speaks of;
    # where the person is named too ("Obama ... the Obama administration"), the person stands for it.
    # Its state is read from the person in _attributes
    surnames = {doc[r.end - 1].text for r in raws if r.label == "PERSON" and r.end - r.start >= 2}
    named = [doc[r.end - 1].text for r in raws if r.label == "PERSON"]
    for k, r in enumerate(raws):
        if (
            r.entry is None
            and r.label in ("PERSON", "ORG")
            and r.end < len(doc)
            and doc[r.end].lower_ == "administration"
            and (
                r.label == "PERSON"
                or doc[r.end - 1].text in surnames
                or gaz.people(doc[r.start : r.end].text)
            )
            and named.count(doc[r.end - 1].text) <= (r.label == "PERSON")
        ):
            raws[k] = _Raw(r.start, r.end + 1, r.surface_start, "ORG")

    # 3d. "Tehran radio reported", "Moscow television said": a broadcaster named by its city or state and
    # a lower-case medium is the broadcaster (ORG, MED, of that state; see _attributes), not the place
    for k, r in enumerate(raws):
        if (
            not r.demonym
            and r.label == "GPE"
            and r.end < len(doc)
            and doc[r.end].lower_ in _BROADCAST_WORDS
            and doc[r.end].is_lower
            and doc[r.end - 1].dep_ == "compound"
            and doc[r.end - 1].head.i == r.end
        ):
            raws[k] = _Raw(r.start, r.end + 1, r.surface_start, "ORG")

    # 3e. "the Rashadat (formerly Rostam) field", "Zhdanov (now Mariupol)": a name in brackets after
    # "formerly" or "now" is another name of the thing just named, not another actor
    # (when the parser left the first name untagged, the other name is dropped: an old name is no actor)
    ends = {r.end: r for r in raws}
    for r in list(raws):
        if (
            r.start >= 3
            and doc[r.start - 1].lower_ in _RENAMING_WORDS
            and doc[r.start - 2].text == "("
            and doc[r.start - 3].pos_ == "PROPN"
            and r.end < len(doc)
            and doc[r.end].text == ")"
        ):
            before = ends.get(r.start - 2)
            if before is None:
                raws.remove(r)
            else:
                r.alias_of = before.start
                r.label = before.label

    raws.sort(key=lambda r: r.start)
    return [_residents(doc, r, raws, gaz) for r in raws]


def _dash_parts(doc: Doc, a: int, b: int, label: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Split a name the tagger ran over a spaced dash into its parts, each with its label.

    "NEW DELHI - Hindus and Muslims clashed": a wire dateline's dash ends the place; a name never
    holds a dash with a space on either side ("Moon Jae-in", "Rolls-Royce" have none). The part
    before the dash is labelled as a place when the gazetteer knows it as one; the part after keeps
    the tagger's label.
    """
    cuts = [
        k
        for k in range(a + 1, b - 1)
        if doc[k].text in ("-", "--", "–", "—") and (doc[k].whitespace_ or doc[k - 1].whitespace_)
    ]
    if not cuts:
        return [(a, b, label)]
    out: list[tuple[int, int, str]] = []
    start = a
    for k in [*cuts, b]:
        # "NEW HAMPSHIRE - Since ...": a story's first word after the dash is no name
        while start < k and start > a and (doc[start].is_stop or not doc[start].is_alpha):
            start += 1
        if k - start == 1 and start > a and not _gaz_knows(doc[start].text, gaz):
            start = k + 1  # "LAGOS - Farmers marched": the story's first word, capitalised as such
            continue
        if k > start:
            part = doc[start:k].text
            known = _known_place(part, gaz) or _place_entry(part, gaz) is not None
            out.append((start, k, "GPE" if start == a and known else label))
        start = k + 1
    return out


def _gaz_knows(word: str, gaz: Gazetteer) -> bool:
    """True for a word the gazetteer knows as a name, people, nationality or place."""
    return bool(gaz.lookup(word) or gaz.people(word) or gaz.demonym(word) or _known_place(word, gaz))


def _dateline_place(text: str, start: int, end: int) -> bool:
    """True for a place named as a wire dateline: first on its line and followed by the dateline's dash.

    "MANILA - Rebels attacked ...", "KABUL, Afghanistan (Reuters) - ...": the place says where the
    story was filed; it acts in no event and is no antecedent for "they".
    """
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    return _DATELINE_TAIL.match(text, end) is not None


def _common_word_opening(doc: Doc, a: int, b: int, gaz: Gazetteer) -> bool:
    """True for a capitalised common noun that opens a sentence and modifies the noun after it.

    "Riot police blocked the road", "Customs officers seized it": the capital letter is the
    sentence's, not a name's. A word the gazetteer knows ("Hamas fighters", "Trump aides"), an
    acronym, or a word the article also capitalises inside a sentence is a name all the same.
    """
    if b - a != 1:
        return False
    tok = doc[a]
    if tok.i != tok.sent.start or not tok.is_title or not tok.is_alpha:
        return False
    if b >= len(doc) or not doc[b].is_lower or doc[b].pos_ != "NOUN" or tok.head.i != b:
        return False
    if gaz.lookup(tok.text) or gaz.people(tok.text) or gaz.demonym(tok.text) or _known_place(tok.text, gaz):
        return False
    # "Shell executives met ... Shell said": elsewhere the word stands alone, as a name does
    return not any(
        t.text == tok.text
        and t.i != tok.i
        and (t.i != t.sent.start or t.i + 1 >= len(doc) or not doc[t.i + 1].is_lower or t.head.i != t.i + 1)
        for t in doc
    )


def _place_entry(text: str, gaz: Gazetteer) -> GazEntry | None:
    """The gazetteer's state, capital or region entry of a place name (None for a town of cities.tsv)."""
    entry = gaz.lookup(text)
    return entry if entry is not None and entry.kind in (STATE, CAPITAL, PLACE) else None


def _place_list(doc: Doc, a: int, b: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The parts of a tagged name that is really a comma list of known places, else [].

    "Kharkiv, Odesa" (tagged one ORG) is two towns. "Paris, Texas" or "Donetsk, Ukraine" (a town
    and the state or region it lies in) is one place written with its location, and stays whole.
    """
    if not any(t.text == "," for t in doc[a:b]):
        return []
    parts: list[tuple[int, int]] = []
    start = a
    for k in range(a, b + 1):
        if k == b or doc[k].text == "," or doc[k].lower_ in ("and", "or"):
            s = start
            while s < k and doc[s].lower_ == "the":
                s += 1
            if s < k:
                parts.append((s, k))
            start = k + 1
    if len(parts) < 2 or not all(_known_place(doc[pa:pb].text, gaz) for pa, pb in parts):
        return []
    last = gaz.lookup(doc[parts[-1][0] : parts[-1][1]].text)
    if len(parts) == 2 and last is not None and last.kind in (STATE, PLACE):
        return []  # "Donetsk, Ukraine": a town and where it lies
    return parts


def _inside_place_name(tok: Token, gaz: Gazetteer) -> bool:
    """True when ``tok`` is inside a tagged entity that is itself a known town or region
    ("Jersey" in "New Jersey", "Georgia" in "South Georgia" would not be: it is no town)."""
    ent = entity_of(tok)
    return ent is not None and gaz.city_country(ent.text) is not None


# nouns that, after a town's name, name the division around it ("Kherson Oblast", "Idlib province")
_DIVISION_NOUNS = frozenset({"oblast", "province", "governorate", "prefecture", "raion"})


# lower-case particles inside a personal name ("Ursula von der Leyen", "Mohammed bin Salman")
_NAME_PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "le",
        "la",
        "al",
        "bin",
        "ibn",
        "ter",
    }
)


def _name_case(span: Span) -> bool:
    """True when every word of a name is capitalised, but for particles inside it."""
    return all(
        t.text[:1].isupper() or (0 < k < len(span) - 1 and t.lower_ in _NAME_PARTICLES)
        for k, t in enumerate(span)
    )


def _known_place(text: str, gaz: Gazetteer) -> bool:
    """True for a state, capital, region or town name of the gazetteer."""
    entry = gaz.lookup(text)
    return (entry is not None and entry.kind in (STATE, CAPITAL, PLACE)) or gaz.city_country(text) is not None


def _given_name_before(doc: Doc, tok: Token, gaz: Gazetteer) -> bool:
    """True when a capitalised given name ("Ivanka", "Melania") stands right before a surname token."""
    if tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    return (
        prev.is_title
        and prev.is_alpha
        and not _is_title_token(prev, gaz)
        and gaz.demonym(prev.text) is None
        and gaz.lookup(prev.text) is None
        and (gaz.given_name_gender(prev.text) is not None or prev.ent_type_ == "PERSON")
    )


def _titled_person(doc: Doc, r: _Raw, gaz: Gazetteer, free) -> _Raw:
    """A name spaCy typed ORG or GPE that its title shows to be a person, else ``r`` unchanged.

    "Vice-President Moody Awori" (tagged ORG): a person's title right before a short
    name of capitalised words with no institution word in it. "Kenzo Oshima, the UN
    Emergency Relief Coordinator, demanded" ("Oshima" tagged GPE, a Japanese town): a
    place name is no subject of a title in apposition, so it is a person; the untagged
    given name before it joins it.
    """
    words = doc[r.start : r.end]
    # "Jean-Marc Ayrault": a hyphen joins the parts of a given name
    plain = all(
        (t.is_alpha and t.is_title and gaz.title(t.lower_) is None) or (t.text == "-" and not t.whitespace_)
        for t in words
    )
    if not plain or gaz.lookup(words.text) is not None or gaz.demonym(words.text) is not None:
        return r
    if words[-1].lower_ in _ORG_HEADS | _OUTLET_NOUNS or gaz.demonym(words[0].text) is not None:
        # "the official Iraqi News Agency": a body's name (a nationality word, an institution word),
        # whatever word before it could title a person
        return r
    sent_start = words.sent.start
    if r.label == "ORG" and 2 <= len(words) <= 3:
        before = [t.lower_ for t in doc[max(sent_start, r.surface_start - 4) : r.surface_start]]
        title = gaz.longest_title(before) if before else None
        if title is not None and title.kind == "title":
            return _Raw(r.start, r.end, r.surface_start, "PERSON")
    if (
        r.label == "ORG"
        and 2 <= len(words) <= 4
        and words.root.dep_ != "pobj"
        and _titled_apposition(doc, r.end, gaz)
    ):
        return _Raw(r.start, r.end, r.surface_start, "PERSON")  # "Jean-Marc Ayrault, the foreign minister of"
    if r.label in ("GPE", "LOC") and words.root.dep_ != "pobj" and _titled_apposition(doc, r.end, gaz):
        s = r.start
        while (
            s - 1 >= sent_start
            and doc[s - 1].pos_ == "PROPN"
            and doc[s - 1].is_title
            and free(s - 1, s)
            and not _is_title_token(doc[s - 1], gaz)
            and gaz.demonym(doc[s - 1].text) is None
        ):
            s -= 1
        return _Raw(s, r.end, s, "PERSON")
    return r


def _titled_apposition(doc: Doc, end: int, gaz: Gazetteer) -> bool:
    """True when ``, the <...> <person title>,`` follows token ``end``: a person's apposition."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return False
    words: list[str] = []
    for t in doc[end + 2 : end + 12]:
        if t.text == "," or (t.pos_ == "ADP" and words):
            # "the foreign minister of France,": the title heads the apposition, before its "of"
            title = gaz.longest_title(words) if words else None
            if title is not None and title.kind == "title":
                return True
            if t.text == ",":
                return False
        if t.is_punct and t.text not in ("-", "–"):
            return False
        if t.pos_ in ("VERB", "AUX"):
            return False
        words.append(t.lower_)
    return False


def _residents(doc: Doc, r: _Raw, raws: list[_Raw], gaz: Gazetteer) -> _Raw:
    """A people named by nationality who live in another state: "ethnic Albanians", "the Serbs of Bosnia".

    The GSR and CAMEO code such a group by the state it lives in (the ethnic Albanians of
    Serbia are Serbian civilians). The state is the place in its own "of/in" phrase, else
    (for "ethnic X") the nearest other state or town named in the sentence.
    """
    if not r.demonym or r.entry is None or r.end - r.start != 1 or doc[r.start].tag_ not in ("NNS", "NNPS"):
        return r
    tok = doc[r.start]
    own = r.entry.country
    places = [q for q in raws if q is not r and _place_country(doc, q, gaz) and not q.demonym]
    home = None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        inside = {t.i for t in prep.subtree}
        for q in places:
            if q.start in inside and _place_country(doc, q, gaz) != own:
                home = _place_country(doc, q, gaz)
                break
    before = [q for q in raws if q.end == r.start and q.entry is not None and q.entry.kind == STATE]
    if home is None and before and before[0].entry.country != own and own not in _ORIGIN_NATIONS:
        # "Kosovo Albanians", "Bosnian Serbs": the state named right before the people
        home = before[0].entry.country
    ethnic = r.start > 0 and doc[r.start - 1].lower_ == "ethnic"
    if home is None and ethnic:
        sent = tok.sent
        near = [
            (abs(q.start - r.start), _place_country(doc, q, gaz))
            for q in places
            if sent.start <= q.start < sent.end and _place_country(doc, q, gaz) != own
        ]
        home = min(near)[1] if near else None
    if home is None:
        return r
    return _Raw(r.start, r.end, r.start - 1 if ethnic else r.surface_start, "ORG", home=home)


def _home_state(words: Span, gaz: Gazetteer) -> str | None:
    """The state A of "<A's nationality or name> <B's people>" ("Bosnian Serbs", "Kosovo Albanians")."""
    last = words[-1]
    people = gaz.demonym(last.text) if last.tag_ in ("NNS", "NNPS") else None
    if people is None or people.country in _ORIGIN_NATIONS:
        return None
    head = words[:-1].text
    where = gaz.demonym(head) or gaz.lookup(head)
    if where is None or where.kind != STATE or where.country == people.country:
        return None
    return where.country


def _place_country(doc: Doc, r: _Raw, gaz: Gazetteer) -> str | None:
    """The state of a state, capital, region or town mention, else None."""
    if r.entry is not None:
        return r.entry.country if r.entry.kind in (STATE, CAPITAL, PLACE) else None
    if r.label in ("GPE", "LOC"):
        return gaz.city_country(doc[r.start : r.end].text)
    return None


def _clean(doc: Doc, a: int, b: int, label: str, gaz: Gazetteer) -> _Raw | None:
    """Strip determiners, possessives, honorifics, titles and trailing common nouns; None for junk."""
    surface = a
    colons = [k for k in range(a, b) if doc[k].text == ":"]
    if colons:  # "National Interests: The Human Rights Council": a headline's lead is no part of a name
        a = surface = colons[-1] + 1
    while a < b and (doc[a].lower_ in _DETERMINERS or doc[a].is_punct or doc[a].is_space):
        a += 1
        surface = a
    # a name never runs over a line break ("Nice.\n\nA truck"): the parser joins a headline's last
    # word to the next paragraph's first
    for k in range(a, b):
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            b = k if "\n" in doc[k].text else k + 1
            break
    while b > a and (
        doc[b - 1].is_punct or doc[b - 1].is_space or doc[b - 1].lower_ in ("'s", "’s", "'", "’")
    ):
        b -= 1
    # trailing lower-case words are common nouns spaCy swept in ("Isis people", "DfID personnel")
    while (
        b > a
        and doc[b - 1].text[:1].islower()
        and doc[b - 1].pos_ != "PROPN"
        # "Moon Jae-in", "Kim Jong-un": the lower-case end of a hyphenated name stays
        and not (b - 2 > a and doc[b - 2].text == "-" and not doc[b - 2].whitespace_)
    ):
        b -= 1
    if (
        b - 2 > a
        and doc[b - 2].text == "-"
        and doc[b - 1].text[:1].islower()
        and (doc[b - 1].pos_ in ("VERB", "ADJ", "ADV", "ADP") or len(doc[b - 1].text) > 4)
    ):
        b -= 2  # "Jeb Bush-spent": a word hyphenated to a name is no part of it ("Jae-in" is)
    if (
        label == "PERSON"
        and b - a == 1
        and b < len(doc)
        and doc[b].lemma_.lower() in _FORCE_NOUNS
        and gaz.forces_of(doc[a].text)
    ):
        return None  # "Karen guerrillas", "Tamil rebels": a people's fighters, not a person named Karen
    if (
        label == "ORG"
        and a > 0
        and doc[b - 1].lower_ in _UNIT_NOUNS
        and re.fullmatch(r"\d+(?:st|nd|rd|th)", doc[a - 1].text)
    ):
        a = surface = a - 1  # "the 47th Mechanized Brigade": a unit's ordinal is part of its name
    if (
        label in ("PERSON", "ORG")
        and b - a >= 3
        and gaz.demonym(doc[a].text) is not None
        and all(t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES for t in doc[a + 1 : b])
        and (label == "PERSON" or gaz.given_name_gender(doc[a + 1].text) is not None)
        and not any(t.lower_ in _ORG_HEADS for t in doc[a:b])
    ):
        a = surface = a + 1  # "Belgian Willy de Clercq": the nationality is its own mention, the name follows
    # "Turkey's Recep Tayyip Erdoğan": the possessor is its own mention, the name follows
    # ("The People's Tribunal" keeps its possessive: "People" is no known name)
    for k in range(a, b - 1):
        if doc[k].lower_ in ("'s", "’s") and k + 1 < b:
            if gaz.lookup(doc[a:k].text) is not None or (label == "PERSON" and b - k - 1 >= 2):
                a = surface = k + 1
            break
    if label == "ORG":
        # "U.S. National Security Adviser Jake Sullivan": the tagger's ORG ends inside a person's title
        for k in range(a + 1, b):
            tail = [t.lower_ for t in doc[k : min(len(doc), b + 2)]]
            if any(
                (t := gaz.title(" ".join(tail[:n]))) is not None and t.kind == "title"
                for n in range(len(tail), b - k, -1)
            ):
                b = k
                break
    head = gaz.title(doc[b - 1].text)
    body = label == "ORG" and head is not None and head.kind == "group"
    if label in ("PERSON", "ORG", "NORP") and not body:
        # leading titles and honorifics ("President", "Foreign Minister", "Mr", "Lt Gen"); a
        # body's name keeps them ("Senate Foreign Relations Committee", "Defence Committee")
        # "Department of Homeland Security", "Defence Ministry of Ukraine": a body word followed by
        # "of" heads the name, and the words before it are the body's own, not a person's title
        of_body = label == "ORG" and any(
            doc[k + 1].lower_ in ("of", "for") and _is_title_token(doc[k], gaz) for k in range(a, b - 1)
        )
        # "the President's Office": a title that owns the body is part of its name
        owned = label == "ORG" and a + 1 < b and doc[a + 1].lower_ in ("'s", "’s")
        while b - a > 1 and _is_title_token(doc[a], gaz) and not of_body and not owned:
            a += 1
    if a >= b:
        return None
    text = doc[a:b].text
    unit = (
        label == "ORG" and re.fullmatch(r"\d+(?:st|nd|rd|th) \D+", text) and doc[b - 1].lower_ in _UNIT_NOUNS
    )
    if not re.search(r"[A-Z]", text) or (re.search(r"\d", text) and not unit) or len(text) < 2:
        return None
    if b - a == 1 and doc[a].lower_ in _DATE_ABBREVIATIONS:
        return None  # "Fri", "Sept": an abbreviated day or month, not a name
    if (
        b - a >= 2
        and doc[b - 1].lower_ in _CURRENCY_WORDS
        and all(t.text.isupper() or "." in t.text for t in doc[a : b - 1])
    ):
        return None  # "N.Z. Dlrs", "U.S. Dollar": an amount's currency, not an actor ("Howard Marks" is)
    if (
        label == "ORG"
        and b - a == 1
        and doc[a].dep_ == "amod"
        and doc[a].head.i > a
        and doc[a].head.is_lower
        and doc[a].head.pos_ == "NOUN"
        and gaz.lookup(text) is None
        and gaz.demonym(text) is None
        and not gaz.people(text)
        and not _known_place(text, gaz)
    ):
        return None  # "deployment of Allied troops": a capitalised adjective, not a body's name
    if b - a == 1 and a > 0 and text.isupper() and len(text) <= 4 and _CLOCK_TIME.fullmatch(doc[a - 1].text):
        return None  # "at 1100 GMT", "10:30 EST": the time zone of a clock time, not a body
    if re.match(r"(?i)(pro|anti|non|ex|post|pre)-", text) or gaz.is_group(text):
        return None  # "pro-Assad", "Kurds": a stance or a people, not an actor
    # a month name alone ("May" read as a name), or no word at all ("Fla." of a party tag); "O'Neill"
    # has no all-letter token and is a name
    apostrophe_name = any(re.fullmatch(r"[A-Z][a-z]?['’][A-Z][a-z]+", t.text) for t in doc[a:b])
    if not apostrophe_name and all(t.lower_ in _MONTHS for t in doc[a:b] if t.is_alpha):
        return None
    if label != "PERSON" and b - a >= 2 and doc[b - 1].lower_ in _OCCASION_NOUNS and gaz.lookup(text) is None:
        return None  # "Bastille Day", "Independence Day": an occasion, not a place or a body
    if b - a >= 2 and doc[b - 1].lower_ in _DOCUMENT_NOUNS and gaz.lookup(text) is None:
        return None  # "Geneva Conventions", "Patriot Act": a document, whatever the parser thought
    if (
        b - a == 1
        and re.fullmatch(r"[A-Z][a-z]{2,}gate", text)
        and gaz.lookup(text) is None
        and not gaz.city_population(text)
    ):
        return None  # "Irangate", "Russiagate": a scandal, not an actor (Harrogate, a town, stays)
    if (
        b - a == 1
        and gaz.lookup(text) is None
        and (_is_title_token(doc[a], gaz) or doc[a].lower_ in _BARE_WORDS)
        # "the Senate voted": a chamber ("Senate Majority Leader": a word of a person's title)
        and not (
            label == "ORG"
            and doc[a].lower_ in _CHAMBER_WORDS
            and not (
                b < len(doc)
                and doc[b].text[:1].isupper()
                and any(gaz.title(doc[b : b + n].text) is not None for n in (1, 2, 3))
            )
        )
    ):
        return None  # a lone "Defence" or "State": a word of a name spaCy cut short
    entry = gaz.lookup(text)
    if (entry is not None and entry.kind not in (STATE, CAPITAL, PLACE)) or (entry is None and b - a == 1):
        if _opens_title(doc, a, b, gaz):
            return None  # "Labour Minister Jorge Egas", "Trade Minister X": a title's portfolio, not a body
    home = _home_state(doc[a:b], gaz) if entry is None and b - a >= 2 else None
    if home is not None:  # "Bosnian Serbs" (tagged PERSON or NORP): Serbs who live in Bosnia
        return _Raw(a, b, surface, "ORG", home=home)
    if label == "NORP" and b - a >= 2 and doc[b - 1].lower_ in _DENOMINATIONS:
        return None  # "Greek Orthodox", "Roman Catholic": a church's faithful, not a state
    if (
        label == "NORP"
        or (label in ("GPE", "ORG") and entry is None)
        or (label == "PERSON" and (b - a == 1 or gaz.demonym(text) is not None))
    ):
        # ("another freed Briton", "Sri Lankan officials" tagged PERSON: a nationality is no one's name)
        # "Sri Lankan": spaCy tags a two-word nationality GPE or ORG; a nationality is its state
        if text.lower() in ("indian", "indians") and a > 0 and doc[a - 1].lower_ in _INDIGENOUS_MARKS:
            return None  # "native Indian rights": a first people of the Americas, not India
        state = gaz.demonym(text)
        if state is not None:
            return _Raw(a, b, surface, "GPE", entry=state, demonym=True)
        if entry is None and label == "NORP":
            return None  # "Kurds", "Islamic": groups without a state are not actors here
    if label == "ORG" and entry is None and b - a == 2 and doc[b - 1].lower_ == "government":
        # "the British Government" (tagged ORG): a state's government is the state acting
        state = gaz.demonym(doc[a].text) or gaz.lookup(doc[a].text)
        if state is not None and state.kind == STATE:
            return _Raw(a, b, surface, "GPE", entry=state)
    if label == "PERSON" and b - a >= 2 and doc[b - 1].lower_ in _ORG_HEADS and entry is None:
        label = "ORG"  # "Dish Network", "Ora Media": no person's name ends in a company noun
    if label == "FAC":
        label = "LOC"
    if (
        label == "PERSON"
        and entry is None
        and b - a == 1
        and gaz.city_population(text) >= _MIN_CITY_NOT_PERSON
        and gaz.given_name_gender(text) is None
        and not gaz.people(text)
    ):
        label = "GPE"  # "Russian forces shelled Kharkiv overnight": a big city, not a person
    if label == "ORG" and entry is None and b - a == 1 and gaz.city_population(text) >= _MIN_UNTAGGED_CITY:
        label = "GPE"  # "the Salisbury attack": spaCy reads a town used as a modifier as an ORG
    return _Raw(a, b, surface, entry.type if entry else label, entry=entry)


def _opens_title(doc: Doc, a: int, b: int, gaz: Gazetteer) -> bool:
    """True when the name ``doc[a:b]`` and the word or two after it make a person's title.

    "Labour Minister", "Labor Secretary": a portfolio that is also a party's name (the Labour
    Party) opens the title of a minister of any state; "NATO Secretary General" is no title of
    the list, so NATO stays a name.
    """
    return any(
        (t := gaz.title(doc[a : b + n].text)) is not None and t.kind == "title"
        for n in (1, 2)
        if b + n <= len(doc)
    )


def _initials(name: str) -> set[str]:
    words = re.findall(r"[\w’'-]+", name)
    full = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in _FUNCTION_WORDS).upper()
    return {full, content}


def _cluster(doc: Doc, raws: list[_Raw], gaz: Gazetteer, date: str | None = None) -> list[_Cluster]:
    clusters: dict[str, _Cluster] = {}
    order: list[str] = []

    def get(key: str, type_: str) -> _Cluster:
        if key not in clusters:
            clusters[key] = _Cluster(key, type_)
            order.append(key)
        return clusters[key]

    def add(cl: _Cluster, r: _Raw) -> None:
        span = doc[r.start : r.end]
        text, end_char = span.text, span.end_char
        if (
            re.search(r"[a-z]\.$", text) and span[-1].text != "."
        ):  # "Ukraine." at a paragraph end: the full stop is not the name's
            text, end_char = text[:-1], end_char - 1
        cl.mentions.append(Mention(text, span.start_char, end_char))
        cl.names.append(text)
        # the titled form as written ("President Volodymyr Zelensky") is kept as an alias
        s = r.surface_start
        while s > 0 and doc[s - 1].is_title and _is_title_token(doc[s - 1], gaz):
            s -= 1
        surf = doc[s : r.end]
        if surf.text != span.text:
            cl.surfaces.append(surf.text.rstrip("."))
        cl.labels.append(r.label)
        cl.listed_only = cl.listed_only or r.listed_only
        if r.force:  # "the Chadian army": the state named is the force's
            cl.set_country(r.home, 4)
            cl.set_sector(r.force, 4)
            if r.home is None:  # "the US-led coalition" is of no one state, whatever the words around say
                cl.country_strength = 5
        elif r.home:  # the state the text places the people in outranks the state their name is from
            cl.set_country(r.home, 4)
            cl.set_sector(r.body_sector or "CVL", 4 if r.body_sector else 2)
        if any(t.dep_ in _SUBJECT_DEPS for t in span):
            cl.subject_starts.add(span.start_char)

    # "Mr. Obama called Naghmeh Abedini. Her husband, Saeed Abedini, ...": a full name the parser took
    # for a body or place that ends in the surname of a person named in full is a person of that family
    family = {
        fold(doc[r.end - 1].text)
        for r in raws
        if r.entry is None and r.label == "PERSON" and r.end - r.start >= 2
    }
    for r in raws:
        if (
            r.entry is None
            and r.label in ("ORG", "GPE")
            and r.end - r.start == 2
            and fold(doc[r.end - 1].text) in family
            and all(t.is_title and t.is_alpha for t in doc[r.start : r.end])
            and doc[r.end - 1].lower_ not in _INSTITUTION_WORDS
            and not _is_title_token(doc[r.start], gaz)
            and gaz.lookup(doc[r.start].text) is None
            and gaz.demonym(doc[r.start].text) is None
            and not _known_place(doc[r.start].text, gaz)
            # "the Stop Trump movement": a name that only modifies a common noun is a campaign's or a
            # body's, named after the person
            and not (
                doc[r.end - 1].dep_ == "compound"
                and doc[r.end - 1].head.i >= r.end
                and doc[r.end - 1].head.pos_ == "NOUN"
            )
        ):
            r.label = "PERSON"

    # "Ben Carson Defends Himself Against Claims": in a headline the words after a person's name are
    # capitalised too, and the tagger runs the name on into the verb; a name that begins with another
    # person's full name, in a headline, is that name
    full_names = {
        tuple(fold(t.text) for t in doc[r.start : r.end])
        for r in raws
        if r.entry is None and r.label == "PERSON" and r.end - r.start >= 2
    }
    headlines = headline_spans(doc.text)
    for r in raws:
        if r.entry is not None or r.label != "PERSON" or r.end - r.start < 3:
            continue
        words = tuple(fold(t.text) for t in doc[r.start : r.end])
        for n in range(len(words) - 1, 1, -1):
            if words[:n] in full_names and any(a <= doc[r.start].idx < b for a, b in headlines):
                r.end = r.start + n
                break
    # "Polls Link Reagan to Scandal", "Did Not Kill Trayvon Martin": the headline's verb before a name
    # is capitalised too, and the tagger takes it into the name. A name that ends with a person's full
    # name or surname known outside the headlines, and begins with words no given-name list or
    # gazetteer knows, is that person
    body_names = {
        tuple(fold(t.text) for t in doc[r.start : r.end])
        for r in raws
        if r.label == "PERSON" and not any(a <= doc[r.start].idx < b for a, b in headlines)
    }
    body_names |= {w[-1:] for w in body_names if w}
    for r in raws:
        if r.entry is not None or r.label != "PERSON" or r.end - r.start < 2:
            continue
        if not any(a <= doc[r.start].idx < b for a, b in headlines):
            continue
        words = tuple(fold(t.text) for t in doc[r.start : r.end])
        if words in body_names:
            continue
        for n in range(1, len(words)):
            lead = doc[r.start : r.start + n]
            if words[n:] in body_names and not any(
                gaz.given_name_gender(t.text) is not None or gaz.lookup(t.text) or gaz.title(t.text)
                for t in lead
            ):
                r.start = r.surface_start = r.start + n
                break

    # persons: full names first, so a lone surname can find its person
    persons: list[tuple[list[str], _Cluster]] = []
    for r in raws:
        if r.entry is not None or r.label != "PERSON":
            continue
        words = [fold(t.text) for t in doc[r.start : r.end]]
        if len(words) < 2:
            continue
        target = None
        for pw, pc in persons:
            # "Jim Mattis" and "James Mattis": same surname, same initial
            if pw[-1] == words[-1] and (
                pw[0][:1] == words[0][:1] or set(words) <= set(pw) or set(pw) <= set(words)
            ):
                target = pc
                break
        if target is None:
            target = get("person:" + " ".join(words), "PERSON")
            persons.append((words, target))
        elif len(words) > len(persons[[c for _, c in persons].index(target)][0]):
            idx = [c for _, c in persons].index(target)
            persons[idx] = (words, target)
        add(target, r)
        r.label = "#done"

    def person_for(words: list[str], honorific: str | None = None, at: int | None = None) -> _Cluster | None:
        found = [
            pc for pw, pc in persons if words == pw[-len(words) :] or (len(words) == 1 and words[0] in pw[1:])
        ]
        if len(found) > 1 and honorific is not None:
            # "Mr. Abedini" and "Mrs. Abedini" after Saeed and Naghmeh Abedini: the honorific's
            # gender picks the one of the family whose given name is not of the other gender
            fits = [pc for pc in found if known_gender(pc) in (honorific, None)]
            found = fits or found
        if len(found) > 1 and at is not None:
            # "Elian Gonzalez ... his father, Juan Miguel Gonzalez ... Gonzalez said": a surname two
            # people share is the one named last before it (news names the speaker, then shortens);
            # only mentions by the surname count ("Elian" alone says nothing of "Gonzalez")
            last = words[-1]
            before = [
                (max(starts), pc)
                for pc in found
                if (
                    starts := [
                        m.start for m in pc.mentions if m.start < at and fold(m.text).split()[-1:] == [last]
                    ]
                )
            ]
            if before:
                return max(before, key=lambda x: x[0])[1]
        return found[0] if found else None

    def known_gender(pc: _Cluster) -> str | None:
        # the given name, else a kinship word or honorific written with a mention ("Her husband, X,")
        if (g := _name_gender(_canonical(pc), gaz)) is not None:
            return g
        for m in pc.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            strong = [g for g, s in _titles_next_to(doc, span, gaz) if s] if span is not None else []
            if strong:
                return strong[0]
        return None

    def honorific_before(r: _Raw) -> str | None:
        return gaz.title_gender(doc[r.start - 1].text) if r.start > 0 else None

    org_keys: dict[str, _Cluster] = {}
    # "the Iran Sanctions Act, or ISA": an acronym of a law is no actor either (the parser's other
    # non-actor labels, PRODUCT or EVENT, are too often given to real bodies to trust here)
    non_actor_initials = {
        i
        for e in doc.ents
        if e.label_ == "LAW" or e[-1].lower_ in _DOCUMENT_NOUNS
        for i in _initials(e.text)
        if len(i) >= 2
    }
    org_forms = {fold(doc[r.start : r.end].text) for r in raws if r.label == "ORG" and r.entry is None}
    for r in raws:
        if r.label == "#done":
            continue
        if r.alias_of is not None:
            start_char = doc[r.alias_of].idx
            named = next(
                (c for c in clusters.values() if any(m.start == start_char for m in c.mentions)), None
            )
            if named is not None:
                add(named, r)
                continue
        text = doc[r.start : r.end].text
        words = [fold(t.text) for t in doc[r.start : r.end]]
        pc = (
            person_for(words, honorific_before(r), doc[r.start].idx)
            if r.entry is None or r.entry.kind == CAPITAL
            else None
        )
        if pc is not None and r.entry is None:
            add(pc, r)  # the parser's type is overruled: a surname of a known PERSON is that PERSON
            continue
        if (
            r.entry is None
            and len(words) == 1
            # "Ivana", "Debbie" tagged ORG: a known given name is a person's, whatever the parser said
            and (r.label == "PERSON" or gaz.given_name_gender(text) is not None)
        ):
            # '"Bryan already asserted his right"' after "Bryan Pagliano": a given name alone is the
            # one person named in full with it, when only one is
            firsts = list({id(c): c for pw, c in persons if len(pw) >= 2 and pw[0] == words[0]}.values())
            if len(firsts) == 1:
                add(firsts[0], r)
                continue
        if r.entry is not None:
            cl = get("gaz:" + r.entry.name, r.entry.type)
            cl.entry = r.entry
            add(cl, r)
            continue
        if r.label == "PERSON":
            known = gaz.person(text, date)
            if known is not None:
                cl = get("person:" + fold(known.name), "PERSON")
                cl.entry = known
                persons.append(([fold(w) for w in known.name.split()], cl))
                add(cl, r)
                continue
        if r.entry is None and re.fullmatch(r"[A-Z]{2,6}", text) and text in non_actor_initials:
            continue
        if r.force is not None:
            # one body per state and sector: "the Turkish army" and "the Turkish military" are one
            cl = get(f"force:{r.home}:{r.force}", "ORG")
            if cl.preferred is None or ("'" in cl.preferred and "'" not in text and "’" not in text):
                cl.preferred = text  # "Chadian army" names it better than "Chad's military"
            add(cl, r)
            continue
        key = fold(text)
        if r.body_sector is not None:
            # Russia's and Britain's "Ministry of Defence" are two bodies, named as the gold names
            # them ("Japanese Foreign Ministry"): by the owner's adjective
            key = f"{r.home}:{key}"
            adjective = gaz.adjective(r.home)
            if adjective and key not in org_keys:
                cl = get("name:" + key, "ORG")
                cl.preferred = f"{adjective} {text}"
                org_keys[key] = cl
        group = gaz.title(doc[r.end - 1].text)
        if r.label == "ORG" and len(words) >= 2 and group is not None and group.kind == "group":
            # "the Intelligence Committee" after "the House Intelligence Committee": a body's name without
            # its first words is that body, when only one named body ends so
            longer = {k for k in org_forms if k.endswith(" " + key)}
            if len(longer) == 1:
                key = longer.pop()
        cl = org_keys.get(key)
        if cl is None and r.label == "ORG" and len(words) == 1:
            # "the Post" after "the New York Post": the head word of a longer name is that name
            heads = [c for k, c in org_keys.items() if len(k.split()) > 1 and k.split()[-1] == key]
            # ... and "the Community" after the listed "European Community" (not a word every state's
            # bodies end in: "the House" after "the White House" is the chamber, "the Bank" anyone's)
            heads += [
                c
                for c in clusters.values()
                if key not in _CHAMBER_WORDS
                and key not in _GENERIC_BODY_WORDS
                and c.entry is not None
                and c.entry.type == "ORG"
                and len(c.entry.name.split()) > 1
                and fold(c.entry.name).split()[-1] == key
            ]
            if len(heads) == 1:
                cl = heads[0]
        if cl is None:
            # an acronym joins the name whose initials it spells ("DfID", "IRC")
            if re.fullmatch(r"[A-Z][A-Za-z]{1,6}", text) and sum(c.isupper() for c in text) >= 2:
                for other in org_keys.values():
                    if any(text.upper() in _initials(n) for n in other.names if len(n.split()) >= 2):
                        cl = other
                        break
        if cl is None:
            cl = get("name:" + key, r.label)
            org_keys[key] = cl
        add(cl, r)

    out = [clusters[k] for k in order]
    for cl in out:
        if cl.entry is None and not cl.key.startswith("person:"):
            # the parser's type errors are outvoted by its other readings of the same name
            votes = [lb for lb in cl.labels if lb in ("PERSON", "ORG", "GPE", "LOC")]
            if votes:
                cl.type = max(dict.fromkeys(votes), key=votes.count)
        # a name the parser took for a person's (clustered as "person:") is a place all the same when
        # the text calls it one, unless the people gazetteer knows it as a person
        known_person = cl.key.startswith("person:") and bool(cl.names) and bool(gaz.people(_canonical(cl)))
        if cl.entry is None and cl.type in ("PERSON", "ORG") and not known_person:
            if any(
                _named_as_place(doc, m) or _modifies_place_noun(doc, m) or _listed_with_places(doc, m, gaz)
                for m in cl.mentions
            ):
                # "the rebel-held town of Douma", "residents of Ras al-Ain", "in Sao Paulo, Parana, Mato
                # Grosso and ..."
                cl.type = "GPE"
            elif any(_names_facility(doc, m) for m in cl.mentions):
                cl.type = "LOC"  # "the al-Hol camp", "Sednaya prison": a place, whatever the parser thought
        if cl.entry is None and not known_person:
            if any(_names_outlet(doc, m) for m in cl.mentions):
                cl.type = "ORG"  # "the Maariv newspaper said": the paper, whatever the parser thought
                cl.set_sector("MED", 3)
    # a name that only ever modifies a weapon noun ("20 Blowpipe missiles") is equipment, and so is
    # its plural ("obtaining the Blowpipes")
    equipment = {
        fold(n)
        for cl in out
        if cl.entry is None and cl.mentions and all(_modifies_equipment(doc, m) for m in cl.mentions)
        for n in cl.names
    }
    # the parser may leave the modifier itself untagged: "20 Blowpipe missiles" names the weapon too
    equipment |= {
        fold(c.text)
        for tok in doc
        if tok.lemma_.lower() in _EQUIPMENT_NOUNS
        for c in tok.lefts
        if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.text[:1].isupper()
    }
    return [
        cl
        for cl in out
        if cl.entry is not None
        or not cl.names
        or gaz.is_group(_canonical(cl))  # "Houthis", however often "Houthi missiles" are named
        or not (
            all(fold(n) in equipment for n in cl.names)
            and all(_modifies_equipment(doc, m) for m in cl.mentions)
            or cl.type == "PERSON"  # "obtaining the Blowpipes": a weapon's plural mistaken for a person
            and all(n.endswith("s") and fold(n[:-1]) in equipment for n in cl.names)
        )
    ]


def _listed_with_places(doc: Doc, m: Mention, gaz: Gazetteer) -> bool:
    """True for a known place's name coordinated with another known place ("closed in Sao Paulo,
    Parana, Mato Grosso and ..."): the parser's PERSON or ORG for one item of a list of places."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or gaz.city_country(span.text) is None or gaz.given_name_gender(span[0].text) is not None:
        return False
    for t in span.root.conjuncts:
        if t.ent_type_ in ("GPE", "LOC") or gaz.city_country(t.text) is not None:
            return True
    return False


def _modifies_equipment(doc: Doc, m: Mention) -> bool:
    """True when the name modifies a weapon noun a few words on: "Blowpipe missiles", "RPG round"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    for k in range(span.end, min(len(doc), span.end + 4)):
        tok = doc[k]
        if tok.lemma_.lower() in _EQUIPMENT_NOUNS or tok.lower_ in _EQUIPMENT_NOUNS:
            return span.root.head.i in range(span.end, k + 1)
        if tok.is_punct and tok.text != "-" or tok.pos_ not in ("NOUN", "ADJ", "PUNCT", "PROPN"):
            return False
    return False


#: nouns that name a place when a name follows with "of" ("the town of Douma", "the area of Idlib");
#: the event coder reads locations with the same list
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "region", "province", "district", "enclave", "suburb", "oblast", "governorate",
     "county", "municipality", "neighbourhood", "neighborhood", "settlement", "hamlet", "area"}
)  # fmt: skip


def _names_facility(doc: Doc, m: Mention) -> bool:
    """True when the name modifies a facility noun right after it: "the al-Hol camp"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.lemma_.lower() in _FACILITY_NOUNS and span[-1].head.i == nxt.i:
        return True
    # "the Rashadat oil platforms": a lower-case noun of the facility's kind may come between
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return (
        after is not None
        and nxt.is_lower
        and nxt.pos_ == "NOUN"
        and nxt.dep_ == "compound"
        and after.lemma_.lower() in _FACILITY_NOUNS
        and span[-1].head.i in (nxt.i, after.i)
    )


def _names_outlet(doc: Doc, m: Mention) -> bool:
    """True when the name modifies a news-outlet noun right after it: "the Maariv newspaper",
    "the daily Haaretz" is not (the name is the head there and needs no help)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.lower_ in _OUTLET_NOUNS - {"news"} and nxt.pos_ == "NOUN" and span[-1].head.i == nxt.i


def _named_as_place(doc: Doc, m: Mention) -> bool:
    """ "the town of Douma", "the city of Aleppo", "residents of Ras al-Ain": the name follows a place
    noun or a word for the people who live somewhere, and "of"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    noun = doc[span.start - 2].lemma_.lower()
    return doc[span.start - 1].lower_ == "of" and (noun in PLACE_NOUNS or noun in _DWELLERS - {"people"})


def _modifies_place_noun(doc: Doc, m: Mention) -> bool:
    """ "the Kharkiv region", "the Sumy, Kharkiv and Poltava regions": the name (or the list it is
    part of) modifies a place noun."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    node = span[-1]
    for _ in range(6):  # up a coordination: "Poltava" -> "Kharkiv" -> "Sumy"
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    head = node.head
    return (
        node.dep_ in ("compound", "amod", "nmod")
        and head.i > node.i
        and head.is_lower
        and head.lemma_.lower() in PLACE_NOUNS
    )


def _state_in(tokens: list[Token], gaz: Gazetteer, raws_by_tok: dict[int, _Raw]) -> str | None:
    """The country named in a run of tokens: a demonym or a state/capital name (possessive or not)."""
    for t in tokens:
        nxt = [w.text for w in t.doc[t.i + 1 : t.i + 3]]
        if t.text[:1].isupper() and (nxt[:1] == ["American"] or nxt[:2] == ["-", "American"]):
            if gaz.demonym(t.text) is not None:
                # "the Syrian American Medical Society", "a Syrian-American resident": Americans of
                # Syrian descent
                return "USA"
        r = raws_by_tok.get(t.i)
        if r is not None and r.entry is not None and r.entry.kind in (STATE, CAPITAL):
            return r.entry.country
        if r is not None and r.entry is None and r.end - r.start > 1:
            continue  # a word of a longer name ("Jersey" in "New Jersey") names no state
        st = gaz.demonym(t.text)
        if st is not None and t.text[:1].isupper():
            return st.country
        for n in (3, 2):  # "United States Conference of Mayors": a state of several words opens it
            window = t.doc[t.i : t.i + n]
            if len(window) < n or not all(w.is_alpha and w.text[:1].isupper() for w in window):
                continue
            e = gaz.lookup(window.text)
            if e is not None and e.kind == STATE:
                return e.country
            if e is None and gaz.city_country(window.text):
                return gaz.city_country(window.text)  # "New Jersey Transit": a place of several words
        e = gaz.lookup(t.text)
        if e is not None and e.kind == STATE and t.text[:1].isupper():
            return e.country
    return None


_BYLINE_WORDS = frozenset({"reporting", "editing", "writing", "compiled"})


def _byline(doc: Doc, span: Span) -> bool:
    """True for a name in a news agency's credit line: "(Reporting by X and Y; Editing by Z)".

    The credit word opens a parenthesis, a clause after ";" or a line ("written by X" in a sentence
    is no credit line)."""
    i = span.start - 1
    while i >= max(0, span.start - 10):
        t = doc[i]
        if t.lower_ == "by" and i > 0 and doc[i - 1].lower_ in _BYLINE_WORDS:
            k = i - 2
            if k >= 0 and doc[k].lower_ == "additional":
                k -= 1
            return k < 0 or doc[k].text in ("(", ";", "[") or "\n" in doc[k].text or doc[k + 1].is_sent_start
        if t.text in (";", "(", ")", ".", "\n") or t.pos_ == "VERB" and t.lower_ not in _BYLINE_WORDS:
            return False
        i -= 1
    return False


def _city_in_name(tokens: list[Token], gaz: Gazetteer) -> str | None:
    """The state of a large city a body is named after ("University of Miami", "Kharkiv Regional
    Military Administration", "the Miami Herald"), or of any listed place or region after "of"
    ("University of Texas"), or None.

    A word that is also a given name, or that a memorial noun follows ("Kennedy School"), names a
    person rather than the city.
    """
    for t in tokens:
        if not (t.is_alpha and t.text[:1].isupper()) or t.lower_ in _FUNCTION_WORDS:
            continue
        entry = gaz.lookup(t.text)
        if entry is not None and entry.kind not in (CAPITAL, PLACE):
            continue
        if gaz.given_name_gender(t.text) is not None or gaz.people(t.text):
            continue
        if t.i > 0 and t.doc[t.i - 1].lower_ == "of" and gaz.city_country(t.text) and len(t.text) >= 4:
            return gaz.city_country(t.text)  # "University of Texas (School of Law)": a body of a region
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.lower_ in _NAMED_AFTER_NOUNS:
            continue
        if gaz.city_population(t.text) >= _MIN_NAMED_CITY:
            return gaz.city_country(t.text)
    return None


def _best_title(
    words: list[str], gaz: Gazetteer, kinds: tuple[str, ...] = ("title", "group")
) -> Title | None:
    """The longest title phrase among ``words``; the last one on a tie (nearest a following name)."""
    best: tuple[int, int, Title] | None = None
    for i in range(len(words)):
        for j in range(min(len(words), i + 5), i, -1):
            t = gaz.title(" ".join(words[i:j]))
            if t is not None and t.kind in kinds:
                key = (j - i, j, t)
                if best is None or key[:2] > best[:2]:
                    best = key
                break
    return best[2] if best else None


def _token_map(doc: Doc, clusters: list[_Cluster]) -> dict[int, _Cluster]:
    out: dict[int, _Cluster] = {}
    for c in clusters:
        for m in c.mentions:
            sp = doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is not None:
                for t in sp:
                    # a nested state ("Russia" in "Russia's Foreign Ministry") keeps its own tokens
                    if t.i not in out or len(c.mentions) and c.entry is not None and c.entry.kind == STATE:
                        out[t.i] = c
    return out


# "(R-Tenn.)", ", D-N.J.,", "(I-Vt.)": US news writes a member of Congress's party and state after the name
_PARTY_STATE_TAG = re.compile(
    r"\s*(?:\(|,\s*)[RDI]-[A-Z][A-Za-z]{0,3}\.?(?:\s?[A-Z][A-Za-z]{0,3}\.?)?\s*[),]"
)
_HOUSE_COMMITTEE = re.compile(
    r"(?:the\s+)?House\s+(?:[A-Z][\w-]*\s+)*(?:and\s+(?:[A-Z][\w-]*\s+)+)?(?:Sub)?[Cc]ommittee$"
)


# offices of one town or region: the place the holder speaks about is most often their own
_LOCAL_TITLES = frozenset({"mayor", "governor", "regional governor", "city mayor", "oblast governor"})
_TOPIC_PREPS = frozenset({"on", "about", "for"})
# titles of people sent to another state: "Russia's ambassador to London" is Russian
_ENVOY_TITLES = frozenset(
    {"ambassador", "envoy", "emissary", "consul", "representative", "attaché", "attache"}
)


def _igo_title_modifier(tok: Token, gaz: Gazetteer) -> bool:
    """True for a word of a body's name that says whose a title is: "IMF official", "the World Bank's
    economist", "director of the OECD"; not "the UK representative at the UN" nor "at a G20 meeting"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif tok.dep_ not in ("compound", "poss", "nmod"):
        return False
    title = gaz.title(head.lower_)
    return title is not None and title.kind == "title" and not _posted_to(tok)


def _travelled_to(tok: Token) -> bool:
    """True for a place someone travels to, from or visits ("leaves for Moscow", "arrived in Paris from
    Rome", "visited Cairo", "on a visit to Mexico"): the place of a trip says nothing of the traveller's
    state."""
    head = tok.head
    if tok.dep_ == "dobj" and head.pos_ == "VERB":
        return head.lemma_.lower() in ("visit", "tour")
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("to", "for", "in", "from", "into"):
        verb = head.head
        if (
            verb.pos_ == "NOUN"
            and verb.lemma_.lower() in _TRAVEL_NOUNS
            and head.lower_ in ("to", "for", "from")
        ):
            return True  # "Freeh, on an official visit to Mexico, asked ...": a journey's end
        return verb.pos_ == "VERB" and verb.lemma_.lower() in _TRAVEL_VERBS
    return False


def _posted_to(tok: Token) -> bool:
    """True for a word of the place an envoy is posted to ("ambassador to London", "envoy in Kyiv"), or of
    a state a title is about ("adviser on Syria", "envoy for Syria"): no nationality either way."""
    node = tok
    for _ in range(3):
        if (
            node.dep_ == "prep"
            and node.lower_ in ("to", "in", "at")
            and (
                node.head.lemma_.lower() in _ENVOY_TITLES
                # "the consul general in Los Angeles": the envoy word modifies the head
                or any(w.lower_ in _ENVOY_TITLES for w in node.head.lefts)
            )
        ):
            return True
        if node.dep_ == "prep" and node.lower_ in _TOPIC_PREPS and node.head.pos_ == "NOUN":
            return True  # "an adviser on Syria", "the UN envoy for Syria": the state is the subject matter
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _ctx_country(ctx: list[Token], cl: _Cluster, gaz: Gazetteer, raws_by_tok: dict[int, _Raw],
                 ent_of_tok: dict[int, _Cluster]) -> str | None:  # fmt: skip
    """The state named in a context: a demonym, a state or capital, or a place with a known state."""
    ctry = _state_in([t for t in ctx if ent_of_tok.get(t.i) is not cl], gaz, raws_by_tok)
    if ctry:
        return ctry
    for t in ctx:
        other = ent_of_tok.get(t.i)
        if other is not None and other is not cl and other.type in ("GPE", "LOC") and other.country:
            return other.country  # "a Kurd from Kobani"
    return None


def _attributes(
    doc: Doc,
    cl: _Cluster,
    gaz: Gazetteer,
    clusters: list[_Cluster],
    raws_by_tok: dict[int, _Raw],
    ent_of_tok: dict[int, _Cluster],
    date: str | None = None,
) -> None:
    """Country and sector of one cluster from the gazetteer and the words around its mentions.

    ``date`` (the article's ``YYYY-MM-DD``) picks a listed person's office of the day.
    """
    if cl.entry is not None:
        # a listed person's country is as good as a title's, and words stating a nationality
        # still win; but one in office on the day is that office's ("unlike in Cuba or Iran,
        # President Obama's decision": Obama is still the US president)
        in_office = cl.entry.kind == PERSON and cl.entry.sector not in (None, "ELI")
        if in_office:
            _office_titles(cl, cl.entry.name, gaz, date)
        cl.set_country(cl.entry.country, 4 if cl.entry.kind != PERSON or in_office else 2)
        cl.set_sector(cl.entry.sector, 4 if cl.entry.kind != PERSON else 1)
        if cl.entry.kind != PERSON:
            return
    for m in cl.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        inside = list(span)
        pre = _pre_context(doc, span, gaz)
        post = _appositive(doc, span)
        if cl.type == "PERSON" and _byline(doc, span):
            # "(Reporting by Amanda Becker in Washington; Editing by Eric Beech)": the agency's staff,
            # of no state the article names
            cl.set_sector("MED", 3)
            cl.affiliated = True
            continue
        if cl.type == "PERSON":
            k = span.end + (1 if span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "the" else 0)
            if span.end < len(doc) and doc[span.end].lower_ == "of" and k + 1 < len(doc):
                # "Janos Martonyi of Hungary": the state right after the name is the person's, before
                # any state of a neighbour in a list ("Bronislaw Geremek of Poland, Janos Martonyi ...")
                other = ent_of_tok.get(k + 1)
                if other is not None and other.entry is not None and other.entry.kind == STATE:
                    cl.set_country(other.entry.country, 3)
            for t in span.root.conjuncts:
                # "the release of Mr. Abedini and other Americans": one of the others named by nationality
                if any(c.lower_ == "other" for c in t.lefts) and (state := gaz.demonym(t.text)) is not None:
                    cl.set_country(state.country, 3)
            if _PARTY_STATE_TAG.match(doc.text, m.end):
                # "Bob Corker (R-Tenn.)": the party-and-state tag of a member of the US Congress
                cl.set_country("USA", 3)
                cl.set_sector("LEG", 2)
            # "IMF official John Finch, an Australian": an international body's staff act for the body;
            # the nationality said of them is no state they act for ("the UK representative at the
            # UN" is posted to the body, and acts for the UK)
            igo_staff = any(
                _igo_title_modifier(t, gaz)
                and (o := ent_of_tok.get(t.i)) is not None
                and o is not cl
                and o.type == "ORG"
                and "IGO" in (o.sector, o.entry.sector if o.entry is not None else None)
                and o.country is None
                and (o.entry is None or o.entry.country is None)
                for t in (*pre, *post)
            )
            for ctx in (pre, post):
                if not ctx:
                    continue
                words = [t.lower_ for t in ctx]
                kin = [k for k, w in enumerate(words) if w in _KIN_NOUNS]
                if kin:
                    # "Chris Cuomo, the son of one New York governor", "President Bush's daughter Jenna":
                    # the title is the relative's; only words on the person's side of the kin word count
                    words = words[: kin[0]] if ctx is post else words[kin[-1] + 1 :]
                title = _best_title(words, gaz, ("title",))
                org = next(
                    (
                        o
                        for t in ctx
                        if (o := ent_of_tok.get(t.i)) is not None and o is not cl and o.type == "ORG"
                    ),
                    None,
                )
                if title is not None:
                    cl.titles.add(title.phrase)
                    if "the" in words and not set(words) & _PAST_MARKS:
                        cl.described_titles.add(title.phrase)
                    if org is not None and not _state_body(org) and title.sector in _DOMESTIC_SECTORS:
                        # "Tom Fitton, president of Judicial Watch", "the Red Cross president": a
                        # state office's title held of another body is the body's; the sector is the
                        # body's (below). A business title ("general manager") keeps its own sector
                        cl.org_titles.add(title.phrase)
                    else:
                        cl.state_titles.add(title.phrase)
                        # "a top PYD official": a generic title takes its sector from the body named with it
                        generic = org is not None and (
                            title.phrase in _AFFILIATION_TITLES or title.phrase == "official"
                        )
                        cl.set_sector(title.sector, 1 if generic else 2)
                        cl.set_country(title.country, 2)
                # the state word nearest the name is the one its title belongs to
                near = [
                    t
                    for t in (ctx[::-1] if ctx is pre else ctx)
                    if not _posted_to(t) and not _travelled_to(t)
                ]
                if not igo_staff:
                    cl.set_country(_ctx_country(near, cl, gaz, raws_by_tok, ent_of_tok), 3)
                if org is not None:
                    # "director of the NGO Doctors Under Fire", "the IRC's advocacy director"
                    if title is not None and title.phrase in _AFFILIATION_TITLES and org.entry is None:
                        org.leaders.append(cl)
                    cl.affiliated = cl.affiliated or org.entry is not None or org.country is not None
                    cl.set_sector(
                        org.sector, 2 if title is None or title.phrase in _AFFILIATION_TITLES else 1
                    )
                    cl.set_country(org.country, 1)
                for t in ctx:  # "Dmitry Peskov, Putin's spokesman"
                    other = ent_of_tok.get(t.i)
                    if other is not None and other is not cl and other.type == "PERSON":
                        cl.set_country(other.country, 1)
        else:
            # a body's country from a state inside or right before its name ("UK Foreign Office",
            # "Japan's Foreign Ministry") or in its apposition ("a group of Russian researchers");
            # its sector from its head words ("Ministry", "Forces")
            # ... but not from a topic ("People's Tribunal on Turkey" is not Turkish)
            topic = next(
                (k for k, t in enumerate(inside) if t.lower_ in ("on", "about", "against")), len(inside)
            )
            if cl.type in ("GPE", "LOC") and len(inside) > 1:
                # "New Jersey" is a US state, whatever state "Jersey" names on its own
                cl.set_country(gaz.city_country(span.text), 3)
            cl.set_country(_state_in(inside[:topic], gaz, {}), 3)
            if pre and (pre[-1].lower_ in ("'s", "’s") or gaz.demonym(pre[-1].text)):
                cl.set_country(_state_in(pre[-2:], gaz, raws_by_tok), 3)
            if cl.type == "ORG":
                cl.set_country(_ctx_country(post, cl, gaz, raws_by_tok, ent_of_tok), 2)
                # ... and from the noun it is in apposition with ("a Belfast-based company, Short Brothers")
                nouns = [span.root, *(c for c in span.root.children if c.dep_ == "appos")]
                if span.root.dep_ == "appos":
                    nouns.append(span.root.head)
                near = [
                    *pre,
                    *post,
                    *(c for n in nouns for c in n.children if c.i < span.start or c.i >= span.end),
                ]
                cl.set_country(_based_in(doc, near, cl, ent_of_tok), 2)
                title = _best_title([t.lower_ for t in inside], gaz)
                if _HOUSE_COMMITTEE.match(span.text):
                    # "House Intelligence Committee": a committee of the US House of Representatives
                    title = gaz.title("house of representatives")
                if title is not None:
                    cl.set_sector(title.sector, 2)
                # a body named after one state's institution ("the Senate Foreign Relations
                # Committee") is of that state unless a state is named with it
                words = [title] if title is not None else []
                words += [w for t in inside if (w := gaz.title(t.text)) is not None]
                cl.set_country(next((w.country for w in words if w.country), None), 1)
                # "United Nations Emergency Relief Coordinator", "NATO Military Committee": a name
                # that begins with an international body's name is part of that body
                for k in range(len(inside) - 1, 0, -1):
                    body = gaz.lookup(doc[inside[0].i : inside[0].i + k].text)
                    if body is not None and body.sector == "IGO" and body.country is None:
                        cl.set_sector("IGO", 3)
                        break
                    if body is not None and body.country and body.kind in ("body", "metonym", "media"):
                        # "State Department Refugee Processing Center": an office of a state's body;
                        # "Breitbart News Daily", "BBC Radio 4": a programme of a state's outlet
                        cl.set_country(body.country, 3)
                        break
                before = [t.lower_ for t in pre[-2:]]
                if "ngo" in before or "charity" in before:
                    cl.set_sector("NGO", 3)
                if len(inside) >= 2 and inside[-1].lower_ == "administration":
                    # "the Reagan administration": the government of the state its head leads (or led)
                    head = doc[inside[0].i : inside[-1].i].text
                    known = gaz.person(head, date)
                    cl.set_country(known.country if known is not None else gaz.surname_country(head), 3)
                # "Trump Foundation": an organisation named after a known person is of that person's state
                inside_words = {fold(t.text) for t in inside}
                for other in clusters:
                    if other.type == "PERSON" and other.country and other.names:
                        if fold(_canonical(other).split()[-1]) in inside_words:
                            cl.set_country(other.country, 1)
                if cl.sector not in ("IGO", "NGO"):
                    cl.set_country(_city_in_name(inside, gaz), 1)
                if inside[-1].lower_ in _UNIT_NOUNS - {"guard", "guards"}:
                    cl.set_sector("MIL", 1)
            if cl.type in ("GPE", "LOC"):
                cl.set_country(gaz.city_country(span.text), 2)
                if len(inside) > 1 and inside[-1].lower_ in _DIVISION_NOUNS:
                    cl.set_country(gaz.city_country(doc[inside[0].i : inside[-1].i].text), 2)
    for leader in cl.leaders:  # "X, a British expert and director of Doctors Under Fire"
        cl.set_country(leader.country, 1)
    if cl.type == "ORG" and cl.entry is None and cl.names:
        words = _canonical(cl).split()
        if "news" in (w.lower() for w in words[1:]):
            cl.set_sector("MED", 2)  # "Iraqi News Agency", "Sky News": a news outlet
        if len(words) >= 2 and words[-1].lower() in _BROADCAST_WORDS:
            # "Tehran Radio", "Damascus Television": a broadcaster named after a capital is its state's
            place = gaz.lookup(" ".join(words[:-1]))
            state = place.country if place is not None and place.type == "GPE" else None
            state = state or gaz.city_country(" ".join(words[:-1]))
            if state:
                cl.set_country(state, 3)
                cl.set_sector("MED", 3)
    if cl.type == "PERSON" and cl.entry is None:
        known = gaz.person(_canonical(cl), date)
        if known is not None:
            in_office = known.sector not in (None, "ELI")
            if in_office:
                _office_titles(cl, known.name, gaz, date)
            cl.set_country(known.country, 4 if in_office else 2)
            cl.set_sector(known.sector, 1)
        elif len(_canonical(cl).split()) == 1:
            # "Castro said Cuba would not yield": a surname never given in full is the well-known figure's
            cl.set_country(gaz.surname_country(_canonical(cl)), 2)


def _fallback_country(
    doc: Doc,
    cl: _Cluster,
    ent_of_tok: dict[int, _Cluster],
    stated: dict[int, str | None],
    demonym_tokens: set[int],
    town_state: str | None,
) -> None:
    """A country for a person or place the text and gazetteer leave open.

    A person without title, nationality or organisation is most often of the state
    named nearest to them in their sentence ("Jeremy Hunt's talks with DfID"; "said US
    advisers"); an unknown town is in the state named nearest to it, or else in the
    state the article names most. Journalists and people who speak for an
    organisation keep the organisation's answer (often none). A party, coalition or
    front is national: it is read like a person ("the Umma party will boycott
    Algeria's elections").
    """
    if cl.country or cl.affiliated or cl.sector in ("MED", "IGO", "NGO"):
        return
    if cl.type == "PERSON" and ((cl.entry is not None and cl.entry.kind == PERSON) or _gaz_person_known(cl)):
        return  # a listed person without a state (al-Qaida's leader) is not guessed one
    party = cl.type == "ORG" and cl.entry is None and (_party_like(doc, cl) or _unit_like(cl))
    if cl.type not in ("PERSON", "GPE", "LOC") and not party:
        return
    if cl.entry is not None and cl.entry.kind != PERSON:
        return
    if cl.type == "LOC" and not any(
        re.search(r"[A-Z]", m.text) for m in cl.mentions
    ):  # "al-Hol camp" is named
        return
    if cl.type == "PERSON":
        earlier = _titled_before(doc, cl, ent_of_tok, stated, demonym_tokens)
        if earlier:
            cl.set_country(earlier, 1)
            return
        if any(_envoy_title(t) for t in cl.titles):
            # "asked High Commissioner Rod Gates to return from Suva": the places named with an envoy
            # are where they are posted, not whom they serve (see _bare_body_country)
            return
        gaz = load()
        if any(_cabinet_title(t, gaz) for t in cl.titles):
            voice = _voiced_state(doc, cl, ent_of_tok, stated)
            if voice is not None:
                cl.set_country(voice, 1)
                return
    best: tuple[int, str] | None = None
    for m in cl.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        said = _said_by(span) if cl.type == "PERSON" else set()
        local = bool(cl.titles & _LOCAL_TITLES)
        for t in span.sent:
            other = ent_of_tok.get(t.i)
            # "Cuban voters" says nothing about a person next to it; but "a Syrian airbase" near
            # a town does say which state the town is in
            place_hint = (
                cl.type in ("GPE", "LOC") and t.dep_ == "amod" and t.head.ent_type_ not in ("PERSON", "NORP")
            )
            if (
                other is None
                or other is cl
                or not stated.get(id(other))
                or (t.i in demonym_tokens and not place_hint)
            ):
                continue
            if cl.type == "PERSON" and _posted_to(t):
                continue  # "Russia's ambassador to London, X": the post, not the nationality
            if cl.type == "PERSON" and _travelled_to(t):
                continue  # "Minister X, who leaves for Moscow on Tuesday": a trip, not a nationality
            if cl.type == "PERSON" and other.type == "ORG" and other.sector == "MED" and _spoken_to(t):
                continue  # "Helmut Kramer ... told Reuters": the outlet one speaks to says nothing of one's state
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _COMPASS_WORDS:
                continue  # "platforms in the Gulf east of Qatar": a landmark to measure from, not the place
            if (
                cl.type == "PERSON"
                and t.dep_ == "pobj"
                and t.head.lower_ in _LOCATIVE_PREPS
                and t.head.head.pos_ in ("NOUN", "PROPN")
                and not span.start <= t.head.head.i < span.end
            ):
                # "Reno ruled that the boy be returned to his father in Cuba": where someone else is
                continue
            town = other.type in ("GPE", "LOC") and not (
                other.entry is not None and other.entry.kind == STATE
            )
            if t.i in said and t.dep_ not in ("compound", "amod", "poss") and not (local and town):
                # ("Mayor Ihor Terekhov reported that Kharkiv was shelled": a mayor speaks of his town)
                # "Paul Ryan said Russia had interfered": a state one speaks about is no
                # nationality; "Harrigan said US advisers had ...": one's own side still is
                continue
            if cl.type in ("GPE", "LOC") and not (other.entry is not None and other.entry.kind == STATE):
                continue
            dist = min(abs(t.i - span.start), abs(t.i - (span.end - 1)))
            if cl.type in ("PERSON", "ORG") and dist > _FALLBACK_WINDOW:
                continue
            if best is None or dist < best[0]:
                best = (dist, stated[id(other)])
    if best is not None:
        cl.set_country(best[1], 1)
        return
    if cl.type in ("GPE", "LOC") or (cl.type == "PERSON" and cl.titles & _LOCAL_TITLES):
        # a governor or mayor named without a state governs where the article's towns are: "Oleh
        # Syniehubov, the oblast governor, said" after "shelling in Kharkiv Oblast"
        if town_state is not None:
            cl.set_country(town_state, 1)


def _based_in(doc: Doc, ctx: list[Token], cl: _Cluster, ent_of_tok: dict[int, _Cluster]) -> str | None:
    """The state of the place a body is "based" in: "a Belfast-based company, Short Brothers", "the
    London-based Syrian Observatory" (a body's seat, unlike a person's, is its country)."""
    for t in ctx:
        if (
            t.lower_ == "based"
            and t.i >= 2
            and doc[t.i - 1].text in ("-", "–")
            and not doc[t.i - 1].whitespace_
        ):
            place = ent_of_tok.get(t.i - 2)
            if place is not None and place is not cl and place.type in ("GPE", "LOC") and place.country:
                return place.country
    return None


def _spoken_to(tok: Token) -> bool:
    """True for the hearer of a speech verb: "told Reuters", "said in an interview with CNN"."""
    head = tok.head
    if head.pos_ == "ADP":
        head = head.head
        if head.lemma_ == "interview":
            return True
    return head.lemma_ in _SPEECH_VERBS


def _envoy_title(phrase: str) -> bool:
    """True for a diplomat's title ("ambassador", "special envoy", "high commissioner")."""
    return bool(set(phrase.split()) & _ENVOY_TITLES) or phrase == "high commissioner"


def _voiced_state(
    doc: Doc, cl: _Cluster, ent_of_tok: dict[int, _Cluster], stated: dict[int, str | None]
) -> str | None:
    """The state whose act a minister announces: "New Zealand has imposed sanctions against Fiji,
    acting prime minister Geoffrey Palmer said" -> New Zealand, the subject of the reported clause.

    A minister reporting what a state did or will do speaks for that state; a state named
    elsewhere in the clause (the object, "Fiji") is what the state acts on.
    """
    for m in cl.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ not in _SUBJECT_DEPS or root.head.lemma_ not in _SPEECH_VERBS:
            continue
        for clause in root.head.children:
            if clause.dep_ != "ccomp":
                continue
            for subj in clause.children:
                if subj.dep_ not in _SUBJECT_DEPS:
                    continue
                # the subject, or its owner: "South Korea's trade surplus ... will shrink, Trade Minister
                # Woong-Bae Rha said"
                for word in (subj, *(c for c in subj.children if c.dep_ == "poss")):
                    other = ent_of_tok.get(word.i)
                    if (
                        other is not None
                        and other is not cl
                        and other.entry is not None
                        and other.entry.kind == STATE
                    ):
                        return stated.get(id(other))
    return None


_DOMESTIC_SECTORS = frozenset({"GOV", "OPP", "LEG", "PTY", "JUD", "MIL", "COP"})  # offices held in one state
_DOMINANT_SHARE = 0.6
_DOMINANT_MIN_MENTIONS = 4


def _dominant_state_people(clusters: list[_Cluster], stated: dict[int, str | None]) -> None:
    """Place the people nothing places in the state an article is about, when it is about one.

    "Glenn Beck and Dennis Prager ... Trump ... Iowa ... Congress": in a report whose named actors
    and places are mostly (``_DOMINANT_SHARE`` of the mentions the text or gazetteer placed, at least
    ``_DOMINANT_MIN_MENTIONS``) of one state, a person named without title, nationality or
    organisation is most often of that state too. Journalists and people speaking for an
    organisation keep their organisation's answer.
    """
    votes: dict[str, int] = {}
    for c in clusters:
        if stated.get(id(c)) and c.sector != "MED":
            votes[stated[id(c)]] = votes.get(stated[id(c)], 0) + len(c.mentions)
    total = sum(votes.values())
    if not total:
        return
    top = max(votes, key=lambda k: votes[k])
    if len(votes) == 1:
        # "opposition leader X ..., according to the Pakistani interior secretary": a domestic office
        # is some state's, and the article names one state only
        gaz = load()
        for cl in clusters:
            offices = [
                t
                for t in cl.titles - (cl.org_titles - cl.state_titles)  # no title of a non-state body
                if (title := gaz.title(t)) is not None
                and title.sector in _DOMESTIC_SECTORS
                # a spokesman or director may speak for anyone, a "general" may end "consul general";
                # a president named with no body is a state's
                and (t == "president" or t not in _AFFILIATION_TITLES | {"official", "general"})
            ]
            if (
                cl.type == "PERSON"
                and not cl.country
                and not cl.affiliated
                and offices
                and not any(_envoy_title(t) for t in cl.titles)  # a consul is not of the state of posting
            ):
                cl.set_country(top, 1)
    if votes[top] < _DOMINANT_MIN_MENTIONS or votes[top] < _DOMINANT_SHARE * total:
        return
    for cl in clusters:
        if (
            cl.type == "PERSON"
            and not cl.country
            and not cl.affiliated
            and cl.sector not in ("MED", "IGO", "NGO")
            and not (cl.entry is not None and cl.entry.kind == PERSON)
            and not _gaz_person_known(cl)
        ):
            cl.set_country(top, 1)


def _town_state(clusters: list[_Cluster], stated: dict[int, str | None]) -> str | None:
    """The state most of the article's known towns are in, ties broken by the state it names most;
    None when it names no town whose state the text or gazetteer gave (only then do towns say where).

    Read from ``stated`` alone, so it is one answer for the whole article: the clusters that ask
    (those without a country) are never among the voters.
    """
    votes: dict[str, list[int]] = {}
    for c in clusters:
        if not stated.get(id(c)) or c.type not in ("GPE", "LOC"):
            continue
        v = votes.setdefault(stated[id(c)], [0, 0])
        if c.entry is not None and c.entry.kind == STATE:
            v[1] += len(c.mentions)
        else:
            v[0] += 1
    top = max(votes, key=lambda k: tuple(votes[k])) if votes else None
    return top if top is not None and votes[top][0] > 0 else None


def _titled_before(
    doc: Doc,
    cl: _Cluster,
    ent_of_tok: dict[int, _Cluster],
    stated: dict[int, str | None],
    demonym_tokens: set[int],
) -> str | None:
    """The state of an unnamed holder of a person's title in the sentence before the person's first
    mention ("A Pentagon spokesman said ... Spokesman John Kirby told reporters"): the same role
    introduced just before is the same person."""
    first = min(cl.mentions, key=lambda m: m.start)
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None or span.sent.start == 0 or not cl.titles:
        return None
    heads = {t.split()[-1] for t in cl.titles}
    for t in doc[span.sent.start - 1].sent:
        if (
            t.lower_ not in heads
            or t.ent_type_ == "PERSON"
            or (t.dep_ in ("compound", "appos") and t.head.ent_type_ == "PERSON")
            or any(c.dep_ == "appos" for c in t.children)
        ):  # "spokesman Dmitry Peskov" before is a named other person
            continue
        for left in t.lefts:  # "A Pentagon spokesman", "a Russian military spokesman"
            other = ent_of_tok.get(left.i)
            if other is not None and other is not cl and stated.get(id(other)):
                return stated[id(other)]
            if left.i in demonym_tokens or (left.text[:1].isupper() and load().demonym(left.text)):
                entry = load().demonym(left.text)
                if entry is not None:
                    return entry.country
    return None


def _bare_body_country(clusters: list[_Cluster], stated: dict[int, str | None], text: str = "") -> None:
    """The state of a chamber or other body named bare ("the Senate", "Parliament", "Presidential Office").

    A bare chamber is the legislature of the state whose lawmakers and officials the article
    names: the state most mentions of legislative and government actors (named with their state)
    belong to. "Senator McConnell ... the Senate" -> USA; a chamber in an article without such
    actors keeps no state.
    """
    votes: dict[str, int] = {}
    for c in clusters:
        if c.sector in ("LEG", "GOV", "PTY", "ELI") and stated.get(id(c)) and c.type in ("PERSON", "ORG"):
            votes[stated[id(c)]] = votes.get(stated[id(c)], 0) + len(c.mentions)
    spoken: dict[str, int] = {}
    for c in clusters:
        if stated.get(id(c)) and c.sector != "MED":  # "told Reuters" does not make a report British
            spoken[stated[id(c)]] = spoken.get(stated[id(c)], 0) + len(c.mentions)
    ranked = sorted(spoken.values(), reverse=True)
    # a clear first (more mentions than the runner-up), else the officials' state
    main = (
        max(spoken, key=lambda k: spoken[k])
        if ranked and (len(ranked) == 1 or ranked[0] > ranked[1])
        else None
    )
    gaz = load()
    # "Treasurer Peter Costello, Environment Minister Robert Hill and ...": a minister named with no
    # state is in the government of the state whose officials the article names most (more than all
    # others together); in an article naming no official with a state ("Interior Minister Ana Ruiz
    # blamed looters in Lima"), of the state the article speaks of most. An envoy the
    # text does not place ("the government asked High Commissioner Rod Gates to return") serves the
    # officials' state too, but never just the state most named (likely the one of the posting)
    top = max(votes, key=lambda k: votes[k]) if votes else None
    cabinet_state = (top if 2 * votes[top] > sum(votes.values()) else None) if top is not None else main
    for cl in clusters:
        if (
            cl.type == "PERSON"
            and cl.entry is None
            and not cl.country
            and not cl.affiliated
            and cabinet_state is not None
            and any(_cabinet_title(t, gaz) or (_envoy_title(t) and top is not None) for t in cl.titles)
        ):
            cl.set_country(cabinet_state, 1)
    for cl in clusters:
        if (
            cl.type == "ORG"
            and cl.entry is None
            and not cl.country
            and any(_GOVERNMENTS_BODY.search(text, 0, m.start) for m in cl.mentions)
        ):
            # "the government's Press Directorate": a body of the government the article is about
            cl.set_country(main or top, 1)
    if top is None:
        return
    for cl in clusters:
        if cl.type != "ORG" or cl.entry is not None or cl.country or not cl.names:
            continue
        owner = re.fullmatch(r"(?:the )?(president|prime minister|chancellor)['’]s office", fold(cl.names[0]))
        if owner:
            # "President Volodymyr Zelensky ... the President's Office reported": the office of the
            # one state whose president (prime minister ...) the article names
            states = {
                c.country for c in clusters if c.type == "PERSON" and c.country and owner[1] in c.titles
            }
            if len(states) == 1:
                cl.set_country(states.pop(), 2)
                cl.set_sector("GOV", 1)
                continue
        if all(fold(n) in _CHAMBER_WORDS for n in cl.names):
            cl.set_country(top, 1)
            cl.set_sector("LEG", 1)
        elif all(set(fold(n).split()) <= _GENERIC_BODY_WORDS for n in cl.names):
            # "the Presidential Office", "the Supreme Court", "the General Staff": a body any state
            # has, named bare, is the article's state's: the state the article speaks of most
            # ("the Air Force said" in a Kyiv report quoting Blinken is Ukraine's, not the
            # state most officials come from)
            cl.set_country(main or top, 1)


_GOVERNMENTS_BODY = re.compile(r"\bgovernment['’]s\s+(?:own\s+)?$", re.IGNORECASE)


def _cabinet_title(phrase: str, gaz: Gazetteer) -> bool:
    """True for the title of a member of a national government ("defense minister", "treasurer",
    "attorney general"); not for a generic, local, envoy or international one ("official",
    "spokesman", "mayor", "ambassador", "secretary-general")."""
    title = gaz.title(phrase)
    if title is None or title.kind != "title" or title.sector not in ("GOV", "JUD"):
        return False
    words = set(phrase.split())
    return (
        phrase not in _AFFILIATION_TITLES | _LOCAL_TITLES | {"official", "president", "leader"}
        and not words & _ENVOY_TITLES
        and bool(words & {"minister", "treasurer", "general", "chancellor", "secretary"})
    )


def _said_by(span: Span) -> set[int]:
    """Token indices of what the person at ``span`` is reported to say (their verb's clausal
    complement), when the person is that verb's subject."""
    root = span.root
    while root.dep_ in ("appos", "compound") and root.head.i != root.i:
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verb = root.head
    return {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}


def _office_titles(cl: _Cluster, name: str, gaz: Gazetteer, date: str | None) -> None:
    """A sitting office holder is "the prime minister" of a later sentence though the text never
    gave the title: add the titles of the office held on the day."""
    for person in gaz.people(name):
        role = person.role_on(date)
        if role is not None and role.title:
            cl.office_titles.update(t.strip().lower() for t in role.title.split(",") if t.strip())


def _gaz_person_known(cl: _Cluster) -> bool:
    """True when the people gazetteer knows the cluster's name (whatever it says of the country)."""
    return bool(cl.names) and bool(load().people(_canonical(cl)))


def _unit_like(cl: _Cluster) -> bool:
    """True for an armed unit or guard named without its state ("47th Mechanized Brigade",
    "Republican Guard"): a state's unit, of the state the text names with it."""
    return any(n.split() and n.split()[-1].lower() in _UNIT_NOUNS for n in cl.names)


def _party_like(doc: Doc, cl: _Cluster) -> bool:
    """True for a political party, coalition or front: a party word in or heading its name."""
    for m in cl.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        head = root.head if root.dep_ in ("compound", "nmod", "amod") else root
        if head.lower_ in _PARTY_WORDS or any(t.lower_ in _PARTY_WORDS for t in span):
            return True
    return False


def _pre_context(doc: Doc, span: Span, gaz: Gazetteer) -> list[Token]:
    """The title words before a name: "Japan's Foreign Minister", "the home secretary, ..."."""
    out: list[Token] = []
    i = span.start - 1
    sent_start = span.sent.start
    comma_skipped = False
    while i >= sent_start and len(out) < _CONTEXT_WINDOW:
        t = doc[i]
        # one comma may separate the name (and its own title) from an apposition before it:
        # "the international development secretary, Penny Mordaunt";
        # "his Ukrainian counterpart, Defence Minister Andriy Kovalenko"
        if (
            t.text == ","
            and not comma_skipped
            and all(_is_title_token(o, gaz) for o in out)
            and i > sent_start
            and _names_role(doc[i - 1], gaz)
        ):
            comma_skipped = True
            i -= 1
            continue
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":", "(", ")", '"', "“", "”", ",", "—", "–"):
            break
        if t.text == "-" and (t.whitespace_ or (i > 0 and doc[i - 1].whitespace_)):
            break  # "MEXICO CITY - The rise of Donald Trump": a dateline's dash ("vice-president" has none)
        if (t.pos_ not in _NP_POS and not t.text[:1].isupper()) or t.pos_ == "CCONJ":
            break  # "Kenyan President A and Ethiopian Prime Minister B": B's title starts after "and"
        if t.pos_ == "ADP" and t.lower_ not in ("of",):
            break
        out.append(t)
        i -= 1
    return out[::-1]


def _names_role(tok: Token, gaz: Gazetteer) -> bool:
    """True when a noun phrase ending in ``tok`` can be a person's apposition: a role ("the home
    secretary", "his Ukrainian counterpart") or a name ("An attorney for Pagliano, Mark MacDougall");
    not a common noun for a body or thing ("the Ukraine president's political party, Gates was")."""
    if tok.pos_ != "NOUN":
        return True
    title = gaz.title(tok.lower_)
    return (title is not None and title.kind == "title") or tok.lower_ in _RELATION_NOUNS | {"counterpart"}


def _appositive(doc: Doc, span: Span) -> list[Token]:
    """The apposition after a name: "Penny Mordaunt, the international development secretary,"."""
    i = span.end
    while i < len(doc) and doc[i].lower_ in ("'s", "’s"):
        i += 1
    if i >= len(doc) or doc[i].text not in (",", "("):
        return []
    out: list[Token] = []
    i += 1
    while i < len(doc) and len(out) < _CONTEXT_WINDOW:
        t = doc[i]
        if t.text in (",", ".", ";", ":", ")", '"', "“", "”"):
            break
        # "the sacked FBI director", "well-respected researchers": participles used as adjectives stay
        # ... and so does one between a determiner and a noun that the parser took for the verb ("Amir
        # Hekmati, another freed American")
        premodifier = (
            t.tag_ in ("VBN", "VBG")
            and out
            and out[-1].lower_ in ("a", "an", "the", "another")
            and i + 1 < len(doc)
            and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
        )
        if (
            t.pos_ in ("VERB", "AUX")
            and not (t.tag_ in ("VBN", "VBG") and t.dep_ in ("amod", "compound"))
            and not premodifier
        ):
            break
        out.append(t)
        i += 1
    return out


def _canonical(cl: _Cluster) -> str:
    if cl.entry is not None:
        return cl.entry.name
    if cl.preferred is not None:
        return cl.preferred
    names = [n for n in cl.names if n]
    # the longest proper-name form; its first mention in the text on a tie
    return max(names, key=lambda n: (len(n.split()), len(n), -names.index(n)))


def _index(doc: Doc, clusters: list[_Cluster]) -> ActorIndex:
    index = ActorIndex(_doc=doc)
    seen: dict[str, Entity] = {}
    for cl in sorted(clusters, key=lambda c: min(m.start for m in c.mentions)):
        name = _canonical(cl)
        type_ = cl.type if cl.type in ("PERSON", "ORG", "GPE", "LOC") else "ORG"
        # a state's name keeps its surface forms ("U.S.", "Britain", "Americans") as aliases
        surface = [m.text for m in cl.mentions] + cl.names + cl.surfaces
        aliases = tuple(dict.fromkeys(a for a in surface if a != name and norm(a) != name))
        mentions = tuple(sorted(set(cl.mentions), key=lambda m: m.start))
        ent = Entity(
            name=name, type=type_, start=mentions[0].start, end=mentions[0].end, country=cl.country,
            sector=cl.sector, aliases=aliases, mentions=mentions, extractor=EXTRACTOR,
        )  # fmt: skip
        if name in seen:  # two clusters that reached the same canonical name are one entity
            old = seen[name]
            merged = tuple(sorted(set(old.mentions) | set(mentions), key=lambda m: m.start))
            ent = Entity(
                name=name, type=old.type, start=merged[0].start, end=merged[0].end,
                country=old.country or ent.country, sector=old.sector or ent.sector,
                aliases=tuple(dict.fromkeys(old.aliases + aliases)), mentions=merged, extractor=EXTRACTOR,
            )  # fmt: skip
            index.entities[index.entities.index(old)] = ent
        else:
            index.entities.append(ent)
        seen[name] = ent
        index._titles.setdefault(name, set()).update(cl.titles)
        index._office_titles.setdefault(name, set()).update(cl.office_titles)
        index._described_titles.setdefault(name, set()).update(cl.described_titles)
        index._org_titles.setdefault(name, set()).update(cl.org_titles - cl.state_titles)
        index._subjects.setdefault(name, set()).update(cl.subject_starts)
        if cl.key.startswith("force:") or cl.listed_only:
            index._listed_only.add(name)
    return index
