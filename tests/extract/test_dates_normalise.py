"""Normalisation rules added for TempEval-3 (issue #4); sentences written for these tests.

Each expected value is worked out by hand from the TIMEX3 guidelines and the publication date.
"""

from __future__ import annotations

from dateline.extract.dates import find_dates


def _values(text: str, published: str) -> dict[str, tuple[str, str | None]]:
    return {r.text: (r.type, r.value) for r in find_dates(text, published)}


def _one(text: str, published: str, expr: str) -> str | None:
    hits = [r for r in find_dates(text, published) if r.text == expr]
    assert len(hits) == 1, [(r.text, r.value) for r in find_dates(text, published)]
    return hits[0].value


# ---- tense cues


def test_tense_comes_from_the_clause_after_the_last_quote_mark():
    # the clause is "Since the firm bought the unit in February": past, so February 1989 (a
    # Monday 1989-10-30 article); "has agreed to sell" belongs to the main clause after the comma
    text = (
        'The chief called it "a step" and "a strategic move." Since the firm bought the unit in '
        "February for $5 million, it has agreed to sell two plants."
    )
    assert _one(text, "1989-10-30", "February") == "1989-02"


def test_month_without_tense_cue_leans_to_the_past():
    # no verb: March and June are 7 and 8 months ahead of October 1989, read as the ones just gone
    text = "Share price: $29.75 in March, $42 in June."
    assert _one(text, "1989-10-30", "March") == "1989-03"
    assert _one(text, "1989-10-30", "June") == "1989-06"


def test_month_without_tense_cue_a_few_months_ahead_is_the_coming_one():
    # January is three months after October: the coming January
    assert _one("A January deadline looms for the union.", "1989-10-30", "January") == "1990-01"


def test_month_day_six_months_either_way_goes_to_the_past():
    # Aug. 6 is six months before and after Feb. 6 1998: news reports the past one
    text = "The index is within 70 points of its record high, set on Aug. 6."
    assert _one(text, "1998-02-06", "Aug. 6") == "1997-08-06"


def test_progressive_present_is_not_future():
    # "is trying" says nothing about the June agreement, which lies behind an October article
    text = "The company is trying to sell itself under a June agreement with holders."
    assert _one(text, "1989-10-27", "June") == "1989-06"


def test_could_not_is_past():
    # 2000-01-06 is a Thursday; "could not be reached Wednesday" is the day before
    assert _one("Officials could not be reached Wednesday.", "2000-01-06", "Wednesday") == "2000-01-05"


def test_until_gives_way_to_the_verb_of_the_clause():
    # 1999-05-07 is a Friday; "had not named" is past, so the Thursday just gone
    text = "Until Thursday, police had not named him as a suspect."
    assert _one(text, "1999-05-07", "Thursday") == "1999-05-06"


def test_future_verb_further_along_the_clause_counts():
    # 1998-10-26 is a Monday; "plans to hold" (about 60 characters on) makes Tuesday the coming one
    text = "On Tuesday, the National Association of Widget Makers and Allied Trades plans to hold a meeting."
    assert _one(text, "1998-10-26", "Tuesday") == "1998-10-27"


# ---- new expressions


def test_day_word_before_possessive():
    # TimeML marks "today" in "today's editions" (the clitic is not part of the expression)
    vals = _values("The offer ran in today's editions; yesterday's vote was close.", "1989-11-02")
    assert vals["today"] == ("DATE", "1989-11-02")
    assert vals["yesterday"] == ("DATE", "1989-11-01")


def test_year_end_is_the_year_with_mod_end():
    refs = find_dates("The sale should close by year-end.", "1989-10-26")
    assert [(r.text, r.value, r.mod) for r in refs] == [("year-end", "1989", "END")]
    refs = find_dates("The index has risen 12% since year end.", "1989-10-26")
    assert [(r.text, r.value, r.mod) for r in refs] == [("year end", "1988", "END")]
    assert find_dates("Year-end sales were strong.", "1989-10-26") == []


def test_year_earlier_after_nine_months_is_the_year():
    # the comparison is with the nine months of 1988, not with a quarter
    text = (
        "Third-quarter net rose 5% to $3 million. For the nine months, net was $9 million, "
        "compared with $8 million a year earlier."
    )
    assert _one(text, "1989-10-26", "a year earlier") == "1988"


def test_year_earlier_after_quarter_is_still_the_quarter():
    # only a quarter is in play: the same quarter of 1988 (third quarter, reported in October)
    text = "Third-quarter net rose 5% to $3 million from $2 million a year earlier."
    assert _one(text, "1989-10-26", "a year earlier") == "1988-Q3"


def test_duration_range_is_one_vague_duration():
    vals = _values(
        "Shipments resume within two to three weeks; the plan takes 12 to 18 months.", "1989-10-30"
    )
    assert vals["two to three weeks"] == ("DURATION", "PXW")
    assert vals["12 to 18 months"] == ("DURATION", "PXM")


def test_every_month_or_season_is_a_set():
    vals = _values("Marchers parade each July, and farmers plant every spring.", "1998-03-22")
    assert vals["each July"] == ("SET", "XXXX-07")
    assert vals["every spring"] == ("SET", "XXXX-SP")


def test_mid_afternoon_is_the_part_of_the_publication_day():
    refs = find_dates("By mid-afternoon, police had left.", "1998-03-06")
    assert [(r.text, r.type, r.value, r.mod) for r in refs] == [
        ("mid-afternoon", "TIME", "1998-03-06TAF", "MID")
    ]


def test_capitalised_relative_word_inside_a_sentence_is_a_programme_name():
    # "This Week" (a TV programme) and "VOA Today" are names; a sentence-initial "Today" is a date
    assert (
        find_dates("Baker said on ABC's This Week With David Brinkley that talks went well.", "1991-02-25")
        == []
    )
    assert find_dates("You are listening to VOA Today.", "1998-03-31") == []
    assert _one("Today, the talks resume.", "1998-03-31", "Today") == "1998-03-31"
    assert (
        _one("Talks Resume Next Week In Geneva\nThe talks resume.", "1998-03-31", "Next Week") == "1998-W15"
    )


def test_day_word_for_the_present_age_is_not_a_date():
    # "today's youth", "today's personal computers", "the people of tomorrow": the age, not a day
    assert find_dates("The case is for today's youth a lesson.", "2000-01-07") == []
    assert find_dates("Chips run many of today's personal computers.", "1989-10-27") == []
    assert find_dates("He would have chosen the people of tomorrow.", "1989-11-02") == []


def test_until_sets_a_deadline_ahead_unless_the_clause_is_a_negated_past():
    # 2000-03-30 is a Thursday: "postponed until Tuesday" is the coming Tuesday (2000-04-04);
    # "had not ... until Thursday" ends a stretch gone by: the Thursday before a Friday 1999-05-07
    assert (
        _one("Officials postponed until Tuesday any action on the case.", "2000-03-30", "Tuesday")
        == "2000-04-04"
    )
    assert _one("Until Thursday, police had not named him.", "1999-05-07", "Thursday") == "1999-05-06"


def test_this_years_quarter_keeps_the_quarter_comparison():
    # "this year's third quarter" names a quarter, so "a year earlier" is 1988's third quarter
    text = "In this year's third quarter, net was $10.5 million, compared with $10.3 million a year earlier."
    assert _one(text, "1989-10-26", "a year earlier") == "1988-Q3"


def test_weekday_with_plural_part_of_day_is_a_set():
    # every Tuesday night: TIMEX3 SET with the weekday (2) and the part of day
    refs = find_dates("Two flights leave Bombay on Tuesday nights.", "1998-02-13")
    assert [(r.text, r.type, r.value) for r in refs] == [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]
