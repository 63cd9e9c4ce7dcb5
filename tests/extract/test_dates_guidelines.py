"""Date rules from the TIMEX3 guidelines, found on TimeBank and checked on AQUAINT (issue #4);
sentences written for these tests.

Each expected value is worked out by hand from the TIMEX3 guidelines and the publication date given.
"""

from __future__ import annotations

from dateline.extract.dates import find_dates


def _all(text: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(r.text, r.type, r.value, r.mod) for r in find_dates(text, published)]


def _one(text: str, published: str, expr: str) -> tuple[str, str | None, str | None]:
    hits = [(r.type, r.value, r.mod) for r in find_dates(text, published) if r.text == expr]
    assert len(hits) == 1, _all(text, published)
    return hits[0]


# ---- vague references


def test_now_that_is_the_present():
    # "now that the ceasefire holds": the clause states what is so at present (PRESENT_REF)
    text = "Grain can leave Odesa now that the ceasefire holds."
    assert _one(text, "2023-08-01", "now") == ("DATE", "PRESENT_REF", None)


def test_one_day_after_a_modal_is_some_future_day():
    # "may one day join": an unspecified future time, not a 24-hour stretch
    assert _one("Ukraine may one day join the alliance.", "2023-07-12", "one day") == (
        "DATE",
        "FUTURE_REF",
        None,
    )
    # the measure itself stays a duration
    assert _one("The truce lasted one day.", "2023-07-12", "one day") == ("DURATION", "P1D", None)


# ---- durations


def test_thousands_of_years():
    text = "Families have guarded the recipe for more than two thousand years."
    assert _one(text, "2023-01-05", "more than two thousand years") == ("DURATION", "P2000Y", "MORE_THAN")


def test_vague_decades_and_centuries_keep_their_unit():
    # "some centuries" is PXC, "some decades" PXE (TIMEX3 units C and E), not "some years"
    assert _one("The city was ruled from Vienna for centuries.", "2023-01-05", "centuries") == (
        "DURATION",
        "PXC",
        None,
    )
    assert _one("The two sides have feuded for decades.", "2023-01-05", "decades") == (
        "DURATION",
        "PXE",
        None,
    )


def test_added_stretches_are_measured():
    assert _one(
        "The fleet may use the port for at least 20 more years.", "2023-01-05", "at least 20 more years"
    ) == (
        "DURATION",
        "P20Y",
        "EQUAL_OR_MORE",
    )
    assert _one("The loan can be extended for an additional year.", "2023-01-05", "an additional year") == (
        "DURATION",
        "P1Y",
        None,
    )


def test_a_quarter_of_something_is_a_fraction():
    assert _all("Pension funds hold more than a quarter of the bonds.", "2023-01-05") == []
    # "quarters of losses" counts quarters: a duration of some quarters
    assert _one("It turned a profit after several quarters of losses.", "2023-01-05", "several quarters") == (
        "DURATION",
        "PXQ",
        None,
    )


def test_quarterly_is_not_a_quarter():
    # "first quarterly loss" names no quarter
    assert _all("The firm posted its first quarterly loss as a listed company.", "2023-01-05") == []


# ---- bare years


def test_year_after_determiner_and_adjectives():
    text = "She lost her unsuccessful 2019 campaign and now looks to the 2024 Olympics."
    assert _one(text, "2023-03-01", "2019") == ("DATE", "2019", None)
    assert _one(text, "2023-03-01", "2024") == ("DATE", "2024", None)


def test_numbers_before_units_and_plurals_are_not_years():
    assert _all("The remaining 2000 troops left on a 2000 tonne ship.", "2023-03-01") == []


def test_year_inside_a_name_is_not_a_date():
    # "Orion 1980" names a company
    assert _all("The pilots set up a venture called Orion 1980, making parts.", "2023-03-01") == []


def test_season_and_year_without_of():
    text = "The offensive began in spring 2022 and stalled by autumn 2023."
    assert _one(text, "2024-01-30", "spring 2022") == ("DATE", "2022-SP", None)
    assert _one(text, "2024-01-30", "autumn 2023") == ("DATE", "2023-FA", None)
    # a verb and a number: "fall 2000 points" is no autumn
    assert [v for _, _, v, _ in _all("Shares fall 2000 points.", "2024-01-30")] == []


# ---- tense


def test_present_perfect_is_no_past_cue():
    # 2023-10-30: "has extended ... through January" reaches forward to the coming January
    text = "The bank has extended the credit line through January."
    assert _one(text, "2023-10-30", "January") == ("DATE", "2024-01", None)


def test_participle_after_determiner_is_an_adjective():
    # "a still unspecified date" has no past verb; "would be paid in January" (3 months ahead) is the coming one
    text = "The dividend would be paid on a still unspecified date in January."
    assert _one(text, "2023-10-26", "January") == ("DATE", "2024-01", None)


def test_supposed_to_points_forward():
    # 2023-03-22: talks "supposed to conclude by May" end in May 2023, although a past verb follows
    text = "The talks, which are supposed to conclude by May, invited the party back two weeks ago."
    assert _one(text, "2023-03-22", "May") == ("DATE", "2023-05", None)


def test_scheduled_present_is_future():
    # 2024-05-01 is a Wednesday: "meet Monday" is the coming Monday, 6 May; "opens on Tuesday" 7 May
    assert _one("The two ministers meet separately Monday.", "2024-05-01", "Monday") == (
        "DATE",
        "2024-05-06",
        None,
    )
    assert _one("The summit opens on Tuesday in Vilnius.", "2024-05-01", "Tuesday") == (
        "DATE",
        "2024-05-07",
        None,
    )
    # with an auxiliary the verb is no simple present: "did not meet Monday" is the Monday gone, 29 April
    assert _one("They did not meet Monday.", "2024-05-01", "Monday") == ("DATE", "2024-04-29", None)


# ---- anaphoric weekdays


def test_previous_and_following_weekday_count_from_the_day_in_the_text():
    # 2023-10-30 is a Monday; "fell on Friday" is 27 October, the Friday before it 20 October
    text = "Markets fell on Friday. The index ended 4.5% below the previous Friday."
    assert _one(text, "2023-10-30", "Friday") == ("DATE", "2023-10-27", None)
    assert _one(text, "2023-10-30", "the previous Friday") == ("DATE", "2023-10-20", None)
    # 7 March 2024 is a Thursday; the Monday after it is 11 March
    text = "The truce began on March 7, 2024, and collapsed the following Monday."
    assert _one(text, "2024-04-01", "the following Monday") == ("DATE", "2024-03-11", None)


def test_noun_before_a_weekday_is_no_schedule_verb():
    # 2016-09-27 is a Tuesday: "the debate Monday night" is the night before, 26 September
    text = "Clinton scored points during the first presidential debate Monday night."
    assert _one(text, "2016-09-27", "Monday night") == ("DATE", "2016-09-26TNI", None)


def test_scheduled_present_with_a_parse():
    from dateline import parse

    nlp = parse.load()
    text = "The two ministers meet separately Monday."
    refs = find_dates(text, "2024-05-01", doc=nlp(text))
    assert [(r.text, r.value) for r in refs] == [("Monday", "2024-05-06")]


# ---- newspapers, moments, later dates


def test_a_daily_newspaper_is_no_frequency():
    assert _all("The Israeli daily Haaretz reported the raid, the daily said.", "2024-05-01") == []
    # the frequency stays a SET
    assert _one("Rallies were held almost daily.", "2024-05-01", "daily") == ("SET", "P1D", None)


def test_this_moment_is_the_present_and_a_later_date_the_future():
    assert _one("He would not travel at this crucial moment.", "2024-05-01", "this crucial moment") == (
        "DATE",
        "PRESENT_REF",
        None,
    )
    assert _one("The rest will be financed at a later date.", "2024-05-01", "a later date") == (
        "DATE",
        "FUTURE_REF",
        None,
    )


def test_daily_inside_a_name_or_before_a_common_noun():
    assert _all("Grain prices fell, the China Daily said.", "2024-05-01") == []
    # "weekly" before "U.S. soybean crush rate" is the frequency of the rate
    assert _one("The weekly U.S. soybean crush rate rose.", "2024-05-01", "weekly") == ("SET", "P1W", None)


def test_a_quarter_of_a_time_unit_is_a_duration():
    assert _one(
        "Prices are at their lowest in a quarter of a century.", "2024-05-01", "a quarter of a century"
    ) == (
        "DURATION",
        "P25Y",
        None,
    )


def test_plural_ordinal_quarters_of_a_year():
    # "the third and fourth quarters of 2023": the year names the fourth quarter
    text = "Prices should recover in the third and fourth quarters of 2023."
    assert _one(text, "2023-03-01", "fourth quarters of 2023") == ("DATE", "2023-Q4", None)


def test_schedule_verbs_only_steer_weekdays():
    # a month-day after a present verb is often a recurring fact ("the quarter ends Dec. 31"): the
    # schedule rule leaves it alone, so Dec. 31 in a March article is the one gone by
    assert _one("The fiscal quarter ends Dec. 31.", "2024-03-11", "Dec. 31") == ("DATE", "2023-12-31", None)
    # 2024-03-13 is a Wednesday: talks "will resume Monday" on the 18th
    text = "Talks will resume Monday, a company spokesman said."
    assert _one(text, "2024-03-13", "Monday") == ("DATE", "2024-03-18", None)


def test_a_number_before_a_count_noun_is_no_year():
    # "staff" and "people" are plural without an "s": 1800 and 1900 are head counts
    assert _all("The company employs 1800 staff; the region's 1900 people fled.", "2023-05-01") == []


def test_the_past_day_is_a_one_day_stretch():
    # "over the past day" counts one day back from now, like "the past 24 hours" (PT24H); it is
    # no vague PAST_REF "the past"
    text = "Russian forces shelled the town 40 times over the past day, the governor said."
    assert _one(text, "2024-02-05", "the past day") == ("DURATION", "P1D", None)
    assert _one("Sirens sounded twice in the last hour.", "2024-02-05", "the last hour") == (
        "DURATION",
        "PT1H",
        None,
    )
    # the last day of something is a day of that thing, not a stretch back from now
    assert all(
        r.text != "The last day" for r in find_dates("The last day of the summit was Friday.", "2024-02-05")
    )
