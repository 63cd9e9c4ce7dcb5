"""Unit tests for the date recogniser and TIMEX3 normaliser.

Expected values are worked out by hand from the rules. The reference date 2024-01-07 is a
Sunday in ISO week 2024-W01 (1 January 2024 was a Monday).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.extract import extractor_id
from dateline.extract.dates import find_dates
from dateline.records import DateRef

PUB = "2024-01-07"


def only(text: str, published: str | None = PUB, doc=None) -> DateRef:
    refs = find_dates(text, published, doc)
    assert len(refs) == 1, refs
    ref = refs[0]
    assert text[ref.start : ref.end] == ref.text
    return ref


def values(text: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    return [(r.text, r.value) for r in find_dates(text, published)]


# --------------------------------------------------------------------------- explicit dates


def test_abbreviated_month_day_and_full_date():
    assert values("On Jan. 7 the minister arrived.") == [("Jan. 7", "2024-01-07")]
    assert values("Published January 7, 2024 in Kyiv.") == [("January 7, 2024", "2024-01-07")]
    assert values("It happened on 7 February 2023.") == [("7 February 2023", "2023-02-07")]


def test_future_month_day_is_this_year():
    ref = only("Japan will host a conference on Feb. 19 in Tokyo.")
    assert (ref.text, ref.value, ref.type) == ("Feb. 19", "2024-02-19", "DATE")


def test_past_month_in_january_article_is_previous_year_and_keeps_month_granularity():
    ref = only("In December, the army launched a new offensive.")
    assert ref.text == "December"  # TempEval extents leave the preposition out
    assert ref.value == "2023-12"  # no invented day


def test_month_without_tense_takes_the_nearest():
    # from January, November is two months back and eleven ahead
    assert only("The November figures are in.").value == "2023-11"


def test_without_publication_date_the_year_stays_open():
    assert only("The talks end on Feb. 19.", published=None).value == "XXXX-02-19"


# --------------------------------------------------------------------------- weekdays and relative days


def test_weekday_past_tense_is_the_last_such_day():
    assert only("The minister said on Tuesday that talks had failed.").value == "2024-01-02"


def test_weekday_future_tense_is_the_next_such_day():
    assert only("The ministers will meet on Tuesday.").value == "2024-01-09"


def test_weekday_same_as_publication_day_is_that_day():
    assert only("Officials said on Sunday the border was closed.").value == "2024-01-07"


def test_weekday_with_part_of_day():
    ref = only("The envoys will meet Tuesday morning.")
    assert (ref.text, ref.value) == ("Tuesday morning", "2024-01-09TMO")


def test_last_and_next_weekday():
    assert only("He flew home last Wednesday.").value == "2024-01-03"
    assert only("He flies home next Wednesday.").value == "2024-01-10"


def test_today_yesterday_tomorrow():
    assert values("Today, yesterday and tomorrow.") == [
        ("Today", "2024-01-07"),
        ("yesterday", "2024-01-06"),
        ("tomorrow", "2024-01-08"),
    ]


def test_same_day_phrases_are_the_publication_date():
    assert values("Earlier in the day the talks began.") == [("Earlier in the day", "2024-01-07")]
    assert values("Results are due later today.") == [("later today", "2024-01-07")]


def test_clock_time_on_publication_day():
    ref = only("Updated at 6:58 PM after the attack.")
    assert (ref.text, ref.value, ref.type) == ("6:58 PM", "2024-01-07T18:58", "TIME")


# --------------------------------------------------------------------------- periods


def test_weeks_months_years():
    # PUB is a Sunday: its "last week" is the ISO week now ending (see the Sunday-paper test)
    assert only("The deal was agreed last week.").value == "2024-W01"
    assert only("The deal was agreed last week.", published="2024-01-05").value == "2023-W52"
    assert only("The deal will be signed next week.").value == "2024-W02"
    assert only("Prices rose last month.").value == "2023-12"
    ref = only("Prices rose earlier this month.")
    assert (ref.value, ref.mod) == ("2024-01", "START")
    assert only("Growth slowed this year.").value == "2024"
    assert only("Growth slowed last year.").value == "2023"


def test_year_with_preposition():
    ref = only("It was his first visit in 2024.")
    assert (ref.text, ref.value) == ("2024", "2024")


def test_winter_in_january_is_the_winter_that_began_in_december():
    assert only("Troops dug in for the winter.").value == "2023-WI"


def test_decade_and_century():
    assert only("Reforms began in the 1990s.").value == "199"
    assert only("A palace from the 19th century.").value == "18"


def test_quarter_is_the_latest_one_started():
    # in Q1 2024 a third quarter can only be last year's
    assert only("Profit fell in the third quarter.").value == "2023-Q3"


def test_vague_references():
    assert only("He is now in Kyiv.").value == "PRESENT_REF"
    assert only("Prices are currently high.").value == "PRESENT_REF"
    assert only("The plant recently closed.").value == "PAST_REF"
    # "the coming months" is a vague stretch from now, like "the next few months": a DURATION
    ref = only("Prices will rise in the coming months.")
    assert (ref.text, ref.value, ref.type) == ("the coming months", "PXM", "DURATION")


# --------------------------------------------------------------------------- ranges


def test_month_day_range_gives_both_end_points():
    assert values("The summit runs Feb. 19-21 in Munich.") == [
        ("Feb. 19", "2024-02-19"),
        ("21", "2024-02-21"),
    ]


def test_year_range_gives_both_end_points():
    assert values("Output doubled between 2019 and 2021.") == [("2019", "2019"), ("2021", "2021")]


# --------------------------------------------------------------------------- traps: numbers that are not dates


@pytest.mark.parametrize(
    "text",
    [
        "Japan promised $37 million to a NATO fund.",
        "The convoy had 300 trucks.",
        "Support fell 16% in the poll.",
        "About 2,000 troops crossed the border.",
        "A 30,000-strong force gathered.",
        "The hosts secured a 1-0 win.",
        "Call the hotline on 0800-555-2019 for details.",
        "They bought 2019 tonnes of grain.",
    ],
)
def test_numbers_are_not_dates(text):
    assert find_dates(text, PUB) == []


def test_bare_year_with_determiner_and_possessive():
    assert values("Remember the 2016 campaign.") == [("2016", "2016")]
    assert values("Since 2011 the war has raged.") == [("2011", "2011")]
    ref = only("It was 2019's biggest deal.")
    assert (ref.text, ref.value) == ("2019", "2019")


# --------------------------------------------------------------------------- durations and sets


def test_durations_are_not_points():
    assert [(r.value, r.type) for r in find_dates("The siege lasted three days.", PUB)] == [
        ("P3D", "DURATION")
    ]
    assert only("Power was cut for 24 hours.").value == "PT24H"
    ref = only("The three-week-old ceasefire collapsed.")
    assert (ref.text, ref.value, ref.type) == ("three-week-old", "P3W", "DURATION")
    assert only("He served two years in prison.").value == "P2Y"


def test_sets():
    ref = only("The council meets every week.")
    assert (ref.text, ref.value, ref.type) == ("every week", "P1W", "SET")
    ref = only("The report is published annually.")
    assert (ref.value, ref.type) == ("P1Y", "SET")


def test_ages_are_not_annotated():
    assert find_dates("The 6-year-old boy was found.", PUB) == []


# --------------------------------------------------------------------------- inputs and the parse


def test_accepts_date_objects_and_datetimes():
    assert only("He left yesterday.", published=dt.date(2024, 1, 7)).value == "2024-01-06"
    assert only("He left yesterday.", published="2024-01-07T18:58:00").value == "2024-01-06"


def test_offsets_and_extractor_name():
    text = "Talks resumed on Friday."
    ref = only(text)
    assert (ref.start, ref.end) == (text.index("Friday"), text.index("Friday") + 6)
    assert ref.extractor == extractor_id("dateline.dates") and ref.extractor.startswith("dateline.dates.v")


def test_empty_text():
    assert find_dates("", PUB) == []


def test_tense_from_spacy_parse():
    from dateline import parse

    nlp = parse.load()
    past = "The minister said on Tuesday that talks had failed."
    future = "The ministers will meet on Tuesday."
    assert only(past, doc=nlp(past)).value == "2024-01-02"
    assert only(future, doc=nlp(future)).value == "2024-01-09"


def test_anaphoric_expressions_use_the_last_date_given():
    text = "Talks began on March 3, 2023. The next day the envoy left. He first came in June 1998 and left later that year."
    assert values(text) == [
        ("March 3, 2023", "2023-03-03"),
        ("The next day", "2023-03-04"),
        ("June 1998", "1998-06"),
        ("later that year", "1998"),
    ]


def test_part_of_a_period_keeps_its_granularity_with_a_mod():
    ref = only("The offensive stalled at the end of November.")
    assert (ref.text, ref.value, ref.mod) == ("the end of November", "2023-11", "END")


def test_half_units_in_durations():
    assert only("He was held for 2 1/2 years.").value == "P2Y6M"
    assert only("It took a minute and a half.").value == "PT1M30S"


def test_modal_should_reads_as_future():
    assert only("The deal should close by the end of November.").value == "2024-11"


@pytest.mark.parametrize(
    "text", ["Winter wheat prices rose.", "After the fall of Kabul, talks stalled.", "Prices fall again."]
)
def test_season_words_that_are_not_dates(text):
    assert find_dates(text, PUB) == []


def test_rate_is_a_set_not_a_duration():
    ref = only("She was paid $100,000 a year.")
    assert (ref.text, ref.value, ref.type) == ("a year", "P1Y", "SET")
    assert only("The siege lasted a year.").type == "DURATION"


# --------------------------------------------------------------------------- TimeML conventions (round 2)


def test_n_units_later_is_a_duration_without_the_signal_word():
    # TimeML: "later"/"after"/"before" are SIGNALs; the time expression is the duration itself
    ref = only("Three days later, the rebels withdrew from the town.")
    assert (ref.text, ref.value, ref.type) == ("Three days", "P3D", "DURATION")
    ref = only("The hostages were freed about two weeks after the raid.")
    assert (ref.text, ref.value, ref.type, ref.mod) == ("about two weeks", "P2W", "DURATION", "APPROX")


def test_n_units_ago_stays_a_point():
    assert only("The treaty was signed five years ago.").value == "2019"


def test_a_decade_ago_is_a_year_not_a_decade():
    # 2024 minus ten years; the decade value "201" would claim the whole 2010s
    assert only("The ceasefire collapsed a decade ago.").value == "2014"


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Fighting has intensified in recent weeks.", "recent weeks", "PXW"),
        ("More troops will arrive in the weeks ahead.", "the weeks ahead", "PXW"),
        ("Talks are expected in the coming days.", "the coming days", "PXD"),
    ],
)
def test_recent_and_coming_units_are_vague_durations(text, span, value):
    ref = only(text)
    assert (ref.text, ref.value, ref.type) == (span, value, "DURATION")


def test_past_verb_right_before_a_weekday_decides_its_direction():
    # "said Friday" is the day of saying, even when the reported clause is about the future.
    # 2024-01-07 is a Sunday: the Friday before is 2024-01-05, the next one 2024-01-12.
    ref = only("The minister said Friday that talks will resume.")
    assert (ref.text, ref.value) == ("Friday", "2024-01-05")
    assert only("The minister will travel to Paris on Friday.").value == "2024-01-12"


def test_this_past_season_is_the_latest_one_begun():
    # in an article of 30 October 2023 the spring just gone is 2023's, not 2022's
    assert only("The plant closed this past spring.", "2023-10-30").value == "2023-SP"
    assert only("The plant closed last spring.", "2023-10-30").value == "2022-SP"


def test_month_or_season_of_a_spelled_out_year():
    assert values("Oil fell to that level in January nineteen ninety-seven.") == [
        ("January nineteen ninety-seven", "1997-01")
    ]
    assert values("Prices peaked in the winter of nineteen ninety-four.") == [
        ("the winter of nineteen ninety-four", "1994-WI")
    ]


def test_the_year_ended_is_a_twelve_month_duration():
    refs = find_dates("Revenue for the year ended June 30 rose 5%.", "2023-10-30")
    assert [(r.text, r.type, r.value) for r in refs] == [
        ("the year", "DURATION", "P1Y"),
        ("June 30", "DATE", "2023-06-30"),
    ]
    ref = only("Sales for the full year were flat.", "2023-10-30")
    assert (ref.text, ref.value, ref.type) == ("the full year", "2023", "DATE")


def test_half_of_a_year():
    assert only("Growth slowed in the last half of 1989.").value == "1989-H2"
    assert only("Growth slowed in the first half of 1989.").value == "1989-H1"


def test_the_week_of_a_date_is_its_iso_week():
    # 6 March 2000 was a Monday in ISO week 10
    ref = only("The vote is set for the week of March 6.", "2000-02-24")
    assert (ref.text, ref.value) == ("the week of March 6", "2000-W10")


def test_over_the_weekend_needs_no_closing_punctuation():
    # published on Monday 2024-01-08 (ISO week 2): the weekend just past is that of week 1
    ref = only("Police arrested two men over the weekend in Leeds.", "2024-01-08")
    assert (ref.text, ref.value) == ("the weekend", "2024-W01-WE")


def test_commitment_verb_points_a_month_forward():
    # from 30 October a bare January is nearer ahead; "agreed to buy ... in January" is a plan
    ref = only("The bank agreed to buy the insurer in January.", "2023-10-30")
    assert ref.value == "2024-01"


def test_same_quarter_a_year_back_said_the_other_way_round():
    # published 2023-10-30: the quarter being reported is 2023-Q3, a year back 2022-Q3
    for text, span in [
        ("Profit doubled from the quarter a year ago.", "the quarter a year ago"),
        ("Sales fell from the corresponding period last year.", "the corresponding period last year"),
        ("U.K. sales for last year's quarter were flat.", "last year's quarter"),
    ]:
        ref = only(text, "2023-10-30")
        assert (ref.text, ref.value) == (span, "2022-Q3")


def test_reporting_verb_after_the_weekday_or_before_a_that_clause():
    # Sunday 2024-01-07: past Tuesday is 2024-01-02, next Tuesday 2024-01-09
    assert only("The president on Tuesday said the navy may extend the blockade.").value == "2024-01-02"
    ref = only("He told reporters on Tuesday that the talks might fail.")
    assert (ref.text, ref.value) == ("Tuesday", "2024-01-02")


def test_capitalised_ed_word_is_not_a_past_verb():
    # "United" must not make the weekday past; "would be travelling" points forward
    ref = only("The envoy would be traveling to the United States Thursday.")
    assert ref.value == "2024-01-11"


def test_as_soon_as_points_forward():
    assert only("The group could leave as soon as Tuesday.").value == "2024-01-09"


def test_expire_after_had_been_due_is_past():
    # "had been due to expire" is a deadline already passed: the Friday before
    assert only("The offer had been due to expire Friday.").value == "2024-01-05"


def test_more_clock_times():
    ref = only("The father will leave at 4 in the morning.")
    assert (ref.text, ref.value, ref.type) == ("4 in the morning", "2024-01-07T04:00", "TIME")
    assert only("Shots were fired at 11 at night.").value == "2024-01-07T23:00"
    assert only("The rally began at midday.").value == "2024-01-07T12:00"


def test_part_of_day_before_a_relative_day():
    ref = only("Trading was halted mid-afternoon yesterday.")
    assert (ref.text, ref.value, ref.type, ref.mod) == (
        "mid-afternoon yesterday",
        "2024-01-06TAF",
        "TIME",
        "MID",
    )


def test_hyphenated_early_or_late_month():
    ref = only("The boy was rescued in late-November.")
    assert (ref.text, ref.value, ref.mod) == ("late-November", "2023-11", "END")


def test_inverted_attribution_does_not_make_a_weekday_past():
    assert only("The summit will open Tuesday, said a spokesman.").value == "2024-01-09"


def test_last_week_in_a_sunday_paper_is_the_week_now_ending():
    # Sunday 2018-12-23 is in ISO week 51 (17-23 December): that week has just been lived
    assert [(d.text, d.value) for d in find_dates("The talks collapsed last week.", "2018-12-23")] == [
        ("last week", "2018-W51")
    ]
    # on a Friday the week is not over: "last week" is the one before
    assert find_dates("The talks collapsed last week.", "2018-12-21")[0].value == "2018-W50"


@pytest.mark.parametrize(
    "text",
    [
        "Now, will the army enter the town?",
        'He said: "Now, we wait."',
        "Talks failed. Now, he says, it is over.",
    ],
)
def test_a_sentence_opening_now_with_a_comma_is_a_discourse_marker_not_a_time(text):
    assert values(text) == []


@pytest.mark.parametrize("text", ["It is now clear that the deal failed.", "Now the alliance is weak."])
def test_now_as_an_adverb_of_time_is_the_present(text):
    assert [v for _, v in values(text)] == ["PRESENT_REF"]


def test_then_current_is_a_past_reference():
    assert values("Shares were sold at the then current market price.") == [("then current", "PAST_REF")]
    assert values("The current market price is higher.") == [("current", "PRESENT_REF")]


# --------------------------------------------------------------------------- offsets and midnight
# 2024-01-07 is a Sunday; Friday 2024-01-05 is two days back, Friday 2024-01-12 five ahead.


def test_the_day_before_a_named_day_is_one_day_earlier():
    ref = only("The day before last Friday's vote, the minister resigned.")
    assert (ref.text, ref.value) == ("The day before last Friday", "2024-01-04")


def test_a_counted_offset_after_a_holiday_shifts_that_day():
    # Christmas 2023-12-25 (past, in a January article) plus two days
    assert values("Two days after Christmas, the talks resumed.") == [
        ("Two days after Christmas", "2023-12-27")
    ]


def test_weeks_before_an_explicit_date_count_seven_days_each():
    assert values("The plot was hatched three weeks before March 3, 2022.") == [
        ("three weeks before March 3, 2022", "2022-02-10")
    ]


def test_an_offset_from_an_event_noun_leaves_the_day_word_alone():
    # "the day before the vote" names no day: Friday stays Friday
    assert values("He spoke on Friday, the day before the vote.") == [("Friday", "2024-01-05")]


def test_an_adjective_before_days_is_not_a_count():
    # "trading days after Oct. 12" has no count: nothing is shifted
    refs = find_dates("Eight trading days after Oct. 12, the index fell.", PUB)
    assert ("Oct. 12", "2023-10-12") in [(r.text, r.value) for r in refs]


def test_midnight_with_a_day_is_the_end_of_that_day():
    ref = only("The offer will expire at midnight Friday.")
    assert (ref.type, ref.value) == ("TIME", "2024-01-12T24:00")


def test_after_midnight_on_a_day_is_its_start():
    ref = only("The shelling began shortly after midnight on Friday.")
    assert ref.value == "2024-01-05T00:00"


# --------------------------------------------------------------------------- things planned
# The planning is told in the past; the demonstration, strike or vote it names is still to come.


@pytest.fixture(scope="module")
def nlp():
    from dateline import parse

    return parse.load()


@pytest.mark.parametrize("parsed", [False, True])
def test_a_planned_event_on_a_weekday_is_the_coming_one(parsed, nlp):
    text = "Opposition groups planned a mass rally in central Tbilisi on Friday."
    ref = only(text, doc=nlp(text) if parsed else None)
    assert ref.value == "2024-01-12"


@pytest.mark.parametrize("parsed", [False, True])
def test_a_strike_called_for_a_weekday_is_the_coming_one(parsed, nlp):
    text = "The dockers' union called a national strike for Wednesday."
    ref = only(text, doc=nlp(text) if parsed else None)
    assert ref.value == "2024-01-10"


@pytest.mark.parametrize("parsed", [False, True])
def test_an_event_held_on_a_weekday_stays_in_the_past(parsed, nlp):
    text = "Opposition groups held a mass rally in central Tbilisi on Friday."
    ref = only(text, doc=nlp(text) if parsed else None)
    assert ref.value == "2024-01-05"


# --------------------------------------------------------------------------- limits of the rules above


def test_calling_a_meeting_a_success_is_no_plan():
    # "called the meeting on Monday a success": the meeting was on the Monday just past
    assert values("Putin called the meeting on Monday a success.") == [("Monday", "2024-01-01")]


def test_a_protest_organised_on_a_day_was_held_then():
    text = "Activists organized a protest on Friday outside parliament, and police arrested 20 of them."
    assert ("Friday", "2024-01-05") in values(text)


def test_the_week_before_a_date_is_not_a_day_a_week_earlier():
    refs = find_dates("Prices rose sharply in the week before March 1.", PUB)
    assert all(r.value != "2023-02-22" and r.value != "2024-02-23" for r in refs), refs


def test_a_bare_midnight_in_the_past_is_not_after_publication():
    ref = only("Tanks rolled in at midnight.")
    assert ref.value == "2024-01-07T00:00"
