"""Analysis gives DATE/TIME mentions values read on the publication date and the tense."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.models import Analysis, Mention
from workbench.nlp.pipeline import analyze_document, analyze_many
from workbench.nlp.time_expressions import span_tense, with_time_values
from workbench.nlp.workers import analyze_items

FRIDAY = "2023-09-15"


def _values(analysis: Analysis) -> dict[str, str | None]:
    return {m.text: m.value for m in analysis.mentions
            if m.label in ("DATE", "TIME") and m.field == "text"}


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        ("The minister said on Wednesday that the talks had failed.", "Wednesday", "past"),
        ("The leaders will meet on Wednesday in Geneva.", "Wednesday", "future"),
        ("The summit is scheduled to open on Monday.", "Monday", "future"),
        ("Officials have met twice since Monday.", "Monday", "past"),
        ("The ministry publishes its figures on Monday.", "Monday", "present"),
    ],
)
def test_the_governing_verb_gives_the_tense(nlp, sentence: str, expression: str,
                                            tense: str) -> None:
    doc = nlp(sentence)
    ent = next(e for e in doc.ents if e.text == expression)
    assert span_tense(ent) == tense


def test_tense_decides_which_wednesday(nlp) -> None:
    text = ("The minister said on Wednesday that talks had stalled. "
            "The two sides will meet again on Wednesday in Geneva.")
    analysis = analyze_document("Talks", text, nlp, published=FRIDAY)
    values = [m.value for m in analysis.mentions if m.text == "Wednesday" and m.field == "text"]
    assert values == ["2023-09-13", "2023-09-20"]


def test_values_are_anchored_on_the_publication_date(nlp) -> None:
    text = ("Officials met yesterday to discuss the crisis of the 1990s. "
            "Yesterday's meeting followed talks in September 2021.")
    values = _values(analyze_document("Crisis", text, nlp, published=FRIDAY))
    assert values["yesterday"] == "2023-09-14"
    assert values["Yesterday"] == "2023-09-14"  # case variants: one value
    assert next(v for k, v in values.items() if "1990s" in k) == "199"
    assert values["September 2021"] == "2021-09"


def test_without_a_date_only_stated_years_get_values(nlp) -> None:
    text = "Officials met yesterday to discuss plans drafted in September 2021."
    values = _values(analyze_document("Plans", text, nlp, published=None))
    assert values["yesterday"] is None
    assert values["September 2021"] == "2021-09"


def test_a_date_line_anchors_a_document_without_publication_date(nlp) -> None:
    text = "March 01, 2008\n\nThe company announced on Thursday that it had won the contract."
    values = _values(analyze_document("Contract", text, nlp, published=None))
    assert values["Thursday"] == "2008-02-28"


def test_a_clock_time_takes_the_day_named_before_it(nlp) -> None:
    text = ("The aircraft made its first test flight Tuesday in Everett, Washington "
            "at 18:00 UTC.")
    values = _values(analyze_document("Flight", text, nlp, published="2009-12-16"))
    assert values["18:00 UTC"] == "2009-12-15T18:00Z"


def test_a_split_day_and_part_of_day_get_one_value(nlp) -> None:
    text = "An apartment block caught fire on Saturday morning in Badalona."
    values = _values(analyze_document("Fire", text, nlp, published="2019-01-07"))
    assert set(values.values()) == {"2019-01-05TMO"}


def test_other_mentions_keep_no_value() -> None:
    analysis = Analysis(mentions=(Mention(0, 6, "Geneva", "GPE", "Geneva"),
                                  Mention(10, 19, "Wednesday", "DATE", "Wednesday")))
    valued = with_time_values(analysis, [], dt.date(2023, 9, 15))
    assert [m.value for m in valued.mentions] == [None, "2023-09-13"]


def test_batches_and_workers_pass_each_documents_date(nlp) -> None:
    items = [(1, "A", "Officials met on Monday."), (2, "B", "Officials met on Monday.")]
    published = {1: "2023-09-15", 2: "2023-09-22"}
    batched = dict(analyze_many(items, nlp, published=published))
    assert _values(batched[1])["Monday"] == "2023-09-11"
    assert _values(batched[2])["Monday"] == "2023-09-18"
    results = {r.document_id: r.analysis for r in analyze_items(items, workers=1,
                                                                published=published)}
    assert _values(results[2])["Monday"] == "2023-09-18"


def test_impossible_and_far_dates_do_not_crash(nlp) -> None:
    text = "The deal was signed on February 30, 2023, and expires in the year 9999."
    analysis = analyze_document("Deal", text, nlp, published=FRIDAY)
    assert _values(analysis).get("February 30, 2023") is None


def test_a_year_after_the_is_kept_as_a_date(nlp) -> None:
    text = "The deal was a breach of the 1991 agreement, officials said on Monday."
    values = _values(analyze_document("Deal", text, nlp, published=FRIDAY))
    assert values.get("1991") == "1991"


def _date(text: str, words: str, after: int = 0) -> Mention:
    start = text.index(words, after)
    return Mention(start, start + len(words), words, "DATE", words)


def _body_values(text: str, mentions: tuple[Mention, ...], published: str,
                 tenses: list | None = None) -> list[tuple[str, str | None]]:
    analysis = with_time_values(Analysis(mentions=mentions), tenses or [],
                                dt.date.fromisoformat(published), text)
    return [(m.text, m.value) for m in analysis.mentions if m.label in ("DATE", "TIME")]


def test_anaphora_are_read_on_the_last_date_named() -> None:
    text = "Deliveries start in 2011 and end two years later. The next day, shares fell."
    mentions = (_date(text, "2011"), _date(text, "two years later"), _date(text, "next day"))
    assert _body_values(text, mentions, "2007-06-09") == [
        ("2011", "2011"), ("two years later", "2013"), ("The next day", "2007-06-10")]


def test_a_range_in_one_mention_becomes_both_ends() -> None:
    text = "It will take delivery between 2014 and 2016."
    values = _body_values(text, (_date(text, "between 2014 and 2016"),), "2007-06-09")
    assert values == [("2014", "2014"), ("2016", "2016")]


def test_the_untagged_end_of_a_range_is_added() -> None:
    text = "It will receive aircraft from 2009 to 2011, officials said."
    values = _body_values(text, (_date(text, "2009"),), "2007-06-09")
    assert values == [("2009", "2009"), ("2011", "2011")]


def test_a_model_span_across_lines_is_read_line_by_line() -> None:
    text = "June 8, 2010\n\nYesterday, Steve Jobs unveiled the iPhone 4."
    whole = text.index(",", 14)
    tenses = [(0, whole, "past", text[:whole])]
    values = _body_values(text, (_date(text, "June 8, 2010"),), "2010-06-08", tenses)
    assert values == [("June 8, 2010", "2010-06-08"), ("Yesterday", "2010-06-07")]


def test_words_the_model_does_not_tag_as_dates_are_found() -> None:
    text = ("The store currently sells music and more recently films. Now that it is open, "
            "it is now the largest; the date 7/8/07 was chosen. Nowhere else.")
    values = _body_values(text, (), "2007-07-09")
    assert values == [("currently", "PRESENT_REF"), ("more recently", "PAST_REF"),
                      ("now", "PRESENT_REF"), ("7/8/07", "2007-07-08")]


def test_found_words_never_overlap_other_mentions() -> None:
    text = "Now TV said it recently changed."
    channel = Mention(0, 6, "Now TV", "ORG", "Now TV")
    values = _body_values(text, (channel,), "2023-09-15")
    assert values == [("recently", "PAST_REF")]


WEDNESDAY = "2009-03-11"


def test_a_clock_time_before_its_day_takes_that_day(nlp) -> None:
    """'at 4 p.m. on Tuesday' split by the model: 4 p.m. is Tuesday's."""
    values = _values(analyze_document("", "The index closed at 4 p.m. on Tuesday.", nlp,
                                      published=WEDNESDAY))
    assert values["4 p.m."] == "2009-03-10T16:00"
    assert values["Tuesday"] == "2009-03-10"


def test_an_infinitive_after_a_planning_verb_is_future(nlp) -> None:
    text = "The firm expects sales to recover in the second half."
    assert _values(analyze_document("", text, nlp, published=WEDNESDAY)) == {
        "the second half": "2009-H2"}


@pytest.mark.parametrize(
    ("sentence", "year"),
    [("Its 2009 outlook is bleak.", "2009"), ("GM's 2010 plan failed.", "2010"),
     ("Sales fell in 2008 and 2009.", "2009")],
)
def test_a_year_after_a_possessive_or_a_conjunction_is_kept(nlp, sentence: str,
                                                            year: str) -> None:
    assert _values(analyze_document("", sentence, nlp, published=WEDNESDAY))[year] == year


@pytest.mark.parametrize(("sentence", "words", "value"),
                         [("Sales in Q4 2008 rose.", "Q4 2008", "2008-Q4"),
                          ("Analysts expected more in Q1 2009.", "Q1 2009", "2009-Q1")])
def test_quarters_written_q_and_a_digit_are_found(nlp, sentence: str, words: str,
                                                  value: str) -> None:
    assert _values(analyze_document("", sentence, nlp, published=WEDNESDAY))[words] == value


def test_durations_carry_their_length_and_ages_are_no_dates(nlp) -> None:
    """An age's value (P58Y) would never reach the timeline, and as a date mention it made
    an entity "58-year-old" among the library's dates: ages are left out (entity_dates)."""
    text = "The 58-year-old chief executive ran the company for three years."
    values = _values(analyze_document("", text, nlp, published=WEDNESDAY))
    assert values == {"three years": "P3Y"}


def test_a_part_of_day_with_no_value_is_coded_by_the_one_table(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The part-of-day codes are core's ``PARTS_OF_DAY`` (no copy that could drift)."""
    from workbench.core import time_values
    from workbench.nlp.time_expressions import _on_day_of

    monkeypatch.setitem(time_values.PARTS_OF_DAY, "evening", "XX")
    text = "Fire on Saturday evening in Badalona."
    day = Mention(8, 16, "Saturday", "DATE", "Saturday", value="2019-01-05")
    part = Mention(17, 24, "evening", "TIME", "evening")
    assert _on_day_of(day, part, text, dt.date(2019, 1, 7)).value == "2019-01-05TXX"
