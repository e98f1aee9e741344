"""Dates and times as entities: one name per expression, no counts or codes filed as dates."""

from __future__ import annotations

import pytest

from tests.nlp.entity_support import tag
from workbench.nlp.entity_dates import date_name, is_code, normalise_dates, tidy_time_names


@pytest.mark.parametrize(("first", "second"), [
    ("Yesterday", "yesterday"),
    ("Now", "now"),
    ("Currently", "currently"),
    ("Last year", "last year"),
    ("YESTERDAY", "yesterday"),
    ("Election Day", "election day"),
    ("5:00 PM EDT", "5:00 pm EDT"),
])
def test_case_variants_of_one_expression_share_a_name(first: str, second: str) -> None:
    assert date_name(first) == date_name(second)


@pytest.mark.parametrize(("surface", "name"), [
    ("last Friday", "last Friday"),
    ("march 3", "March 3"),
    ("Mar 5", "Mar 5"),
    ("1700 UTC", "1700 UTC"),
    ("Christmas Eve", "Christmas Eve"),
    ("Christmas eve", "Christmas Eve"),
    ("labor day", "Labor Day"),
    ("the FOURTH OF JULY", "the Fourth of July"),
    ("St. Patrick’s day", "St. Patrick’s Day"),
    ("pentecost", "Pentecost"),
    ("the 1990s", "the 1990s"),
])
def test_months_weekdays_holidays_and_zones_keep_their_capitals(surface: str, name: str) -> None:
    assert date_name(surface) == name


@pytest.mark.parametrize(("surface", "name"), [
    ("a good day", "a good day"),
    ("Last Night", "last night"),
    ("The New Year", "the new year"),
])
def test_words_of_a_holiday_alone_are_ordinary(surface: str, name: str) -> None:
    assert date_name(surface) == name


@pytest.mark.parametrize("surface", ["2019-nCoV", "N2-CO2", "COVID-19", "B737-800"])
def test_codes_with_digits_are_not_dates(surface: str) -> None:
    assert is_code(surface)


@pytest.mark.parametrize("surface", ["1990s", "21st", "5pm", "Q3", "FY2019", "mid-2019",
                                     "2019-20", "10:30", "Jan-2019", "1700UTC", "March 3",
                                     "58-year-old"])
def test_dates_written_as_one_token_are_kept(surface: str) -> None:
    assert not is_code(surface)


def test_a_virus_code_tagged_time_is_dropped_and_the_rest_renamed() -> None:
    text = "Now the 2019-nCoV outbreak has spread, and now schools close."
    mentions = [tag(text, "Now", "DATE"), tag(text, "2019-nCoV", "TIME"), tag(text, "now", "DATE")]
    kept = tidy_time_names(mentions)
    assert [(m.text, m.entity) for m in kept] == [("Now", "now"), ("now", "now")]


@pytest.mark.parametrize("sentence", [
    "Analysts agree that 2009 brings new risks for lenders.",
    "Officials said 2020 marks the end of the programme.",
    "Many hope 2021 sees a recovery in tourism.",
])
def test_a_year_that_is_the_subject_of_a_verb_stays_a_date(sentence: str) -> None:
    year = next(word for word in sentence.split() if word.isdigit())
    assert [m.text for m in normalise_dates([tag(sentence, year, "DATE")], sentence)] == [year]


@pytest.mark.parametrize("sentence", [
    "Organisers said 2000 attendees came to the hall.",
    "Police said 1500 protesters marched on the ministry.",
])
def test_a_number_counting_what_follows_is_no_date(sentence: str) -> None:
    number = next(word for word in sentence.split() if word.isdigit())
    assert normalise_dates([tag(sentence, number, "DATE")], sentence) == []


@pytest.mark.parametrize("surface", ["Flight 1625", "Route 66", "No. 10", "Section 230",
                                     "Apollo 11"])
def test_a_numbered_thing_is_no_date(surface: str) -> None:
    text = f"Officials named {surface} in the report."
    assert tidy_time_names([tag(text, surface, "DATE")]) == []


@pytest.mark.parametrize("surface", ["June 1625", "spring 2020", "the 1990s", "Q3 2008"])
def test_a_date_with_a_number_stays(surface: str) -> None:
    text = f"Officials named {surface} in the report."
    assert [m.text for m in tidy_time_names([tag(text, surface, "DATE")])] == [surface]


def test_a_weekdays_short_form_in_a_time_stamp_is_a_date_not_a_place() -> None:
    text = "Sun., Aug. 4, 2013 11:29 AM PDT Meet your new Time Lord! The Sun rose at six."
    raw = [tag(text, "Sun", "GPE"), tag(text, "Sun", "LOC", 1)]
    assert [m.label for m in normalise_dates(raw, text)] == ["DATE", "LOC"]


@pytest.mark.parametrize("age", ["36-year-old", "three-month-old", "95 years old", "aged 41",
                                 "the age of 13", "about 20 years old", "41-50 years old",
                                 "the age of ten"])
def test_an_age_is_no_date_entity(age: str) -> None:
    text = f"The driver, {age}, was taken to hospital on Tuesday."
    kept = normalise_dates([tag(text, age, "DATE"), tag(text, "Tuesday", "DATE")], text)
    assert [m.text for m in kept] == ["Tuesday"]


@pytest.mark.parametrize("span", ["20 years", "three months", "last year", "the years ahead"])
def test_a_length_of_time_is_not_an_age(span: str) -> None:
    text = f"Prices rose for {span} in the region."
    assert [m.text for m in normalise_dates([tag(text, span, "DATE")], text)] == [span]


def test_the_first_word_of_a_named_day_is_no_name() -> None:
    text = ("Voters went to the polls on Super Tuesday, a day known as \u201cSuper Tuesday\u201d. "
            "Shops opened early before Black Friday.")
    raw = [tag(text, "Super", "GPE"), tag(text, "Tuesday", "DATE"),
           tag(text, "Super", "WORK_OF_ART", 1), tag(text, "Tuesday", "DATE", 1),
           tag(text, "Black", "PERSON"), tag(text, "Friday", "DATE")]
    kept = {(m.text, m.label) for m in normalise_dates(raw, text)}
    assert kept == {("Tuesday", "DATE"), ("Friday", "DATE")}


def test_a_name_a_weekday_follows_in_an_attribution_stays() -> None:
    text = "The minister spoke in Paris Monday, said Holm Tuesday."
    raw = [tag(text, "Paris", "GPE"), tag(text, "Monday", "DATE"),
           tag(text, "Holm", "PERSON"), tag(text, "Tuesday", "DATE")]
    assert {m.text for m in normalise_dates(raw, text)} == {"Paris", "Monday", "Holm", "Tuesday"}


def test_a_word_always_written_before_one_weekday_is_a_named_day() -> None:
    text = ("Holm quit prior to Super Tuesday. For the party, Super Tuesday is the big test, "
            "said Holm Tuesday.")
    raw = [tag(text, "Super", "GPE"), tag(text, "Super", "GPE", 1), tag(text, "Holm", "PERSON"),
           tag(text, "Holm", "PERSON", 1)]
    assert [m.text for m in normalise_dates(raw, text)] == ["Holm", "Holm"]


def test_a_name_the_text_also_writes_without_a_weekday_stays() -> None:
    """Wire style puts the day right after its subject or agent ("signed by Holm Monday",
    "The Senate Tuesday passed"): a name written elsewhere without a weekday after it is
    no named day's first word, whatever word stands before it."""
    text = ("The bill was signed by Holm Monday. The Senate Tuesday passed a second one. "
            "Holm praised the Senate.")
    raw = [tag(text, "Holm", "PERSON"), tag(text, "Senate", "ORG"),
           tag(text, "Holm", "PERSON", 1), tag(text, "Senate", "ORG", 1)]
    assert [m.text for m in normalise_dates(raw, text)] == ["Holm", "Senate", "Holm", "Senate"]
