"""Issue 19, fourth round: expressions the model misses or splits, and tenses it misreads.

The sentences are written for these tests (not taken from a corpus).
"""

from __future__ import annotations

from workbench.core.models import Analysis, Mention
from workbench.nlp.pipeline import analyze_document
from workbench.nlp.time_detection import _without_dangling_joiner

FRIDAY = "2023-09-15"
MONDAY = "2023-09-18"


def _values(analysis: Analysis) -> dict[str, str | None]:
    return {m.text: m.value for m in analysis.mentions
            if m.label in ("DATE", "TIME") and m.field == "text"}


def test_a_present_tense_that_plans_reads_the_weekday_ahead(nlp) -> None:
    """'is due Friday' on a Monday: the coming Friday (the nearest one was three days ago)."""
    values = _values(analyze_document("", "The report is due Friday.", nlp, published=MONDAY))
    assert values["Friday"] == "2023-09-22"


def test_would_reads_the_month_ahead(nlp) -> None:
    text = "The bill would fund the agencies through September."
    values = _values(analyze_document("", text, nlp, published="2023-01-04"))
    assert values["September"] == "2023-09"


def test_clock_times_with_zones_are_found_and_names_inside_them_dropped(nlp) -> None:
    text = "The plant was hit at 4:00 A.M. local time (0100 UTC) by drones."
    analysis = analyze_document("", text, nlp, published=FRIDAY)
    values = _values(analysis)
    assert values["4:00 A.M. local time"] == "2023-09-15T04:00"
    assert values["0100 UTC"] == "2023-09-15T01:00Z"
    inside = [m.text for m in analysis.mentions if m.field == "text"
              and m.label not in ("DATE", "TIME") and m.start >= text.index("4:00")
              and m.end <= text.index(") by")]
    assert inside == []


def test_a_clock_time_takes_the_day_named_in_the_sentence_before(nlp) -> None:
    text = "Yesterday, drones hit two oil plants. The attacks came at 4:00 a.m. local time."
    values = _values(analyze_document("", text, nlp, published=FRIDAY))
    assert values["4:00 a.m. local time"] == "2023-09-14T04:00"


def test_noon_and_midday_left_out_by_the_model_are_read(nlp) -> None:
    text = "Power will stay off until at least midday tomorrow."
    values = _values(analyze_document("", text, nlp, published=FRIDAY))
    assert values["tomorrow"] == "2023-09-16T12:00"


def test_two_clock_times_before_their_day_both_take_it(nlp) -> None:
    text = "A fire broke out at about 15:30 local time (1430 UTC) on Tuesday, police said."
    values = _values(analyze_document("", text, nlp, published=FRIDAY))
    assert values["1430 UTC"] == "2023-09-12T14:30Z"
    assert next(v for k, v in values.items() if k.endswith("15:30 local time")) == (
        "2023-09-12T15:30")
    assert values["Tuesday"] == "2023-09-12"


def test_the_same_day_is_found_and_read_on_the_day_before_it(nlp) -> None:
    text = "The licence expired on Monday, the same day lawmakers returned."
    values = _values(analyze_document("", text, nlp, published="2023-09-13"))
    assert values["the same day"] == "2023-09-11"


def test_in_the_past_is_found(nlp) -> None:
    text = "Both parties have backed term limits in the past."
    values = _values(analyze_document("", text, nlp, published=FRIDAY))
    assert values["in the past"] == "PAST_REF"


def test_a_zone_offset_after_a_clock_time_joins_it(nlp) -> None:
    text = "The jet landed at 6:40 p.m. (GMT +8) after a long flight."
    values = _values(analyze_document("", text, nlp, published=FRIDAY))
    assert values["6:40 p.m. (GMT +8)"] == "2023-09-15T10:40Z"


def test_day_words_the_model_left_untagged_are_found_at_a_sentence_start() -> None:
    """Issue 19, fifth round: 'Today, ...' heading a paragraph is a date (the model sometimes
    leaves it untagged); 'USA Today' and 'the Today programme' are names."""
    import datetime as dt

    from workbench.nlp.time_detection import unmarked_time_words

    text = "Prices rose.\n\nToday, the council met; USA Today and the Today show said so tonight."
    found = [(m.text, m.start) for m in unmarked_time_words(text, dt.date(2023, 9, 15))]
    assert found == [("Today", text.index("Today")), ("tonight", text.index("tonight"))]


def test_a_year_the_model_dated_after_a_verb_keeps_its_value(nlp) -> None:
    values = _values(analyze_document("", "The index ended 2008 down 34 percent.", nlp,
                                      published=FRIDAY))
    assert values.get("2008") == "2008"


def test_since_reads_a_month_back_whatever_the_clause_tense(nlp) -> None:
    """'its worst day since May' in March: last May, though May this year is nearer."""
    text = "It is the index's worst day since May."
    values = _values(analyze_document("", text, nlp, published="2023-03-10"))
    assert values["May"] == "2022-05"


def test_a_date_something_was_moved_to_is_ahead_though_told_in_the_past(nlp) -> None:
    """'was rescheduled to June 2' in April: this June, not last June."""
    text = "The primary was rescheduled to June 2 because of the virus."
    values = _values(analyze_document("", text, nlp, published="2020-04-04"))
    assert values["June 2"] == "2020-06-02"


def test_a_date_the_model_took_for_a_name_is_a_date(nlp) -> None:
    """'the January 7 quake': the model tags 'the January 7' as an event."""
    text = "The island was still without power two days after the January 7 quake."
    analysis = analyze_document("", text, nlp, published="2020-01-09")
    assert _values(analysis)["January 7"] == "2020-01-07"
    assert not [m for m in analysis.mentions if m.label == "EVENT"]


def test_a_year_at_the_end_of_a_name_is_cut_off_as_a_date(nlp) -> None:
    """"Paul's Rally for the Republic in 2008" is one organisation to the model."""
    text = "He was a featured speaker at Paul's Rally for the Republic in 2008."
    analysis = analyze_document("", text, nlp, published="2020-01-09")
    assert _values(analysis)["2008"] == "2008"
    names = [m.text for m in analysis.mentions if m.label not in ("DATE", "TIME")]
    assert names == ["Paul's Rally for the Republic"]


def test_a_part_of_day_the_model_left_untagged_is_read_on_the_day_before_it() -> None:
    """'... on Saturday and again that evening': the evening is Saturday's."""
    import datetime as dt

    from workbench.nlp.time_detection import unmarked_time_words

    text = "The band played on Saturday and again that evening; the next morning it left."
    found = [m.text for m in unmarked_time_words(text, dt.date(2023, 9, 15))]
    assert found == ["that evening", "the next morning"]


def test_a_fiscal_year_written_fy_is_found() -> None:
    import datetime as dt

    from workbench.nlp.time_detection import unmarked_time_words

    text = "Results for FY2009 were weak; FY10 looks better."
    found = [(m.text, m.label) for m in unmarked_time_words(text, dt.date(2009, 9, 15))]
    assert found == [("FY2009", "DATE"), ("FY10", "DATE")]


def test_holidays_are_dates_whatever_the_model_called_them(nlp) -> None:
    """The model tags "New Year's Day" an event, "Easter Sunday" a building and
    'Valentine' in "Valentine's Day" a person, or leaves "Thanksgiving" untagged."""
    text = ("Stores closed on New Year's Day and Easter Sunday, and reopened before "
            "Valentine's Day; Thanksgiving was quiet.")
    analysis = analyze_document("", text, nlp, published="2024-04-10")
    values = _values(analysis)
    assert values["New Year's Day"] == "2024-01-01"
    assert values["Easter Sunday"] == "2024-03-31"
    assert values["Valentine's Day"] == "2024-02-14"
    assert values["Thanksgiving"] == "2023-11-23"
    assert not [m for m in analysis.mentions if m.label == "PERSON" and m.text == "Valentine"]


def test_names_that_begin_with_a_holiday_stay_names(nlp) -> None:
    text = "The Easter Rising was marked on Christmas Island by the Thanksgiving Day Parade crew."
    values = _values(analyze_document("", text, nlp, published="2024-04-10"))
    assert not [t for t in values if "Easter" in t or "Christmas" in t or "Thanksgiving" in t]


def test_a_date_cut_with_its_conjunction_loses_the_conjunction(nlp) -> None:
    """The model tags "the 1980s and" in "In the 1980s and early 1990s, ..."."""
    text = "In the 1980s and early 1990s, growth was fast."
    values = _values(analyze_document("", text, nlp, published="2024-04-10"))
    assert values == {"the 1980s": "198", "early 1990s": "199"}
    cut = Mention(0, 13, "the 1960s and", "DATE", "the 1960s and")
    assert _without_dangling_joiner(cut, "the 1960s and 1970s").text == "the 1960s"


def test_two_dates_joined_by_or_are_two_dates(nlp) -> None:
    text = "The merger may close at the end of the quarter or early next year, lawyers said."
    values = _values(analyze_document("", text, nlp, published="2024-04-10"))
    assert values.get("early next year") == "2025"
    assert [v for t, v in values.items() if t.startswith("the end of the quarter")] == ["2024-Q2"]


def test_a_duration_after_a_date_and_a_comma_is_a_duration_of_its_own(nlp) -> None:
    """TIMEX3 marks 'two weeks' in "opens on May 3, two weeks before the vote" as a duration;
    the whole span was read as May 3."""
    text = "The bridge reopens on May 3, two weeks before the vote, the mayor said."
    values = _values(analyze_document("", text, nlp, published="2024-04-10"))
    assert values.get("May 3") == "2024-05-03"
    assert values.get("two weeks") == "P2W"


def test_an_anaphoric_apposition_names_the_date_before_it_again(nlp) -> None:
    """'on March 9, four days later than planned' is March 9 (it was read as March 13)."""
    text = "The ship docked on March 9, four days later than planned."
    values = _values(analyze_document("", text, nlp, published="2024-04-10"))
    assert set(values.values()) == {"2024-03-09"}
    text = "The ship docked on March 9. Four days later it sailed."
    values = _values(analyze_document("", text, nlp, published="2024-04-10"))
    assert values.get("Four days later") == "2024-03-13"


def test_a_line_under_the_date_line_is_read_alone(nlp) -> None:
    """The model ran the date line into "Four years after ..."; that line is a duration."""
    text = "May 2, 2024\n\nFour years after the plant closed, the town has a new employer."
    values = _values(analyze_document("", text, nlp))
    assert values.get("May 2, 2024") == "2024-05-02"
    assert values.get("Four years") == "P4Y"


def test_a_time_extent_keeps_its_the_but_a_year_in_a_name_does_not(nlp) -> None:
    """TimeML's extent: "the fourth quarter", "the 1990s"; in "the 2028 Olympics" only the
    year is a date."""
    text = ("Sales rose in the fourth quarter, as in the 1990s, before the 2028 Olympics "
            "and over the past two years.")
    values = _values(analyze_document("", text, nlp, published="2024-04-10"))
    assert "the fourth quarter" in values and "the 1990s" in values
    assert "the past two years" in values
    assert not [t for t in values if t.startswith("the 2028")]


def test_soon_and_bare_units_are_found_but_not_as_soon_as() -> None:
    """TimeML marks 'soon' (FUTURE_REF) and the unit of 'for years' (PXY) without the
    preposition; 'as soon as' and 'soon after' only order two events."""
    import datetime as dt

    from workbench.nlp.time_unmarked import unmarked_time_words

    text = ("The port may reopen soon. Crews worked for hours and the lowest tide in decades "
            "came as soon as the wind fell; soon after the storm, talks resumed. It was years "
            "ago.")
    found = [(m.text, m.label) for m in unmarked_time_words(text, dt.date(2024, 4, 10))]
    assert found == [("soon", "DATE"), ("hours", "DATE"), ("decades", "DATE")]


def test_dates_at_the_ends_of_the_calendar_never_break_the_analysis(nlp) -> None:
    """A typo'd publication date (9999-12-31) or a text naming December 31, 9999 used to
    raise OverflowError on "Sunday" or "the next day"; now they get no value."""
    text = ("On December 31, 9999, the vault opened; the next day and two years later it "
            "shut, and on Sunday and at Easter it was quiet. February 30 was no day.")
    for published in ("9999-12-31", "0001-01-01", None):
        values = _values(analyze_document("", text, nlp, published=published))
        assert values.get("February 30") is None
        assert values.get("Sunday") is None


def test_how_often_is_a_set_the_model_leaves_out() -> None:
    import datetime as dt

    from workbench.nlp.time_unmarked import unmarked_time_words

    text = "The board meets twice a year, audits run three times a week and pay is $5 a day."
    found = [m.text for m in unmarked_time_words(text, dt.date(2024, 4, 10))]
    assert found == ["twice a year", "three times a week"]


def test_an_hour_without_am_or_pm_after_tonight_is_in_the_evening(nlp) -> None:
    text = "The minister will speak tonight at 8 o'clock; the market opened this morning at 9:30."
    values = _values(analyze_document("", text, nlp, published="2024-04-10"))
    assert values["8 o'clock"] == "2024-04-10T20:00"
    assert values["9:30"] == "2024-04-10T09:30"


def test_a_counted_span_before_after_or_before_is_a_duration() -> None:
    """A paragraph opening "Three years after ..." lost its tag once the paragraph began a
    sentence of its own; 'after'/'before' make a counted span a duration wherever it is."""
    import datetime as dt

    from workbench.nlp.time_detection import unmarked_time_words

    text = ("May 1, 2011\n\nThree years after it was due, the jet flew; two days before the "
            "vote, 40 years of service ended.")
    found = [m.text for m in unmarked_time_words(text, dt.date(2011, 5, 1))
             if m.text.endswith(("years", "days"))]
    assert found == ["Three years", "two days"]
