"""A quote or claim sits on the timeline when it was said, not at a date it talks about."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.said_when import dates_the_saying
from workbench.core.timeline import document_items
from workbench.core.timeline_records import (
    BY_DOCUMENT,
    BY_SENTENCE,
    DatedMention,
    SourceMark,
    TimelineDocument,
)

TODAY = dt.date(2024, 6, 1)
PUBLISHED = "2021-03-04"


def _items(text: str, dates: dict[str, str], marks: list[tuple[str, str]]):
    """Items of ``text`` with ``dates`` (words: value) and marks (kind, words)."""
    mentions = tuple(DatedMention(text.index(w), text.index(w) + len(w), w, v)
                     for w, v in dates.items())
    sources = tuple(SourceMark(kind, n, text.index(w), text.index(w) + len(w), w,
                               status="unverified" if kind == "claim" else None)
                    for n, (kind, w) in enumerate(marks, 1))
    doc = TimelineDocument(id=1, title="T", text=text, published=PUBLISHED,
                           dated_mentions=mentions, marks=sources)
    return document_items(doc, TODAY)


def _one(items, kind):
    return next(i for i in items if i.kind == kind)


GUIDELINES = "The guidelines established in 2015 are out of date, the director said."


@pytest.mark.parametrize("kind", ["quote", "claim"])
def test_a_year_the_words_talk_about_does_not_date_the_saying(kind):
    words = "The guidelines established in 2015 are out of date"
    items = _items(GUIDELINES, {"2015": "2015"}, [(kind, words)])
    said = _one(items, kind)
    assert said.when.iso == PUBLISHED and said.dated_by == BY_DOCUMENT
    assert "'2015'" in said.reason and "not when it was said" in said.reason
    # The year is still on the timeline, as the sentence's own item.
    assert _one(items, "sentence").when.iso == "2015-01-01"


@pytest.mark.parametrize(
    ("text", "said_on", "marked"),
    [
        ("The minister said on Tuesday that the guidelines established in 2015 are out of date.",
         "Tuesday", "the guidelines established in 2015 are out of date"),
        ("The minister told reporters late Tuesday that the 2015 guidelines are out of date.",
         "Tuesday", "the 2015 guidelines are out of date"),
        ('"The 2015 guidelines are out of date," Alexander Smith told TASS on Tuesday.',
         "Tuesday", "The 2015 guidelines are out of date,"),
        ('On Tuesday, the minister said: "The 2015 guidelines are out of date."',
         "Tuesday", "The 2015 guidelines are out of date."),
    ],
)
def test_a_date_attached_to_the_verb_of_saying_dates_the_quote(text, said_on, marked):
    items = _items(text, {said_on: "2021-03-02", "2015": "2015"}, [("quote", marked)])
    quote = _one(items, "quote")
    assert quote.when.iso == "2021-03-02" and quote.dated_by == BY_SENTENCE
    # A claim over the whole sentence takes the same date: the verb rule, not the span.
    claim = _one(_items(text, {said_on: "2021-03-02", "2015": "2015"}, [("claim", text)]),
                 "claim")
    assert claim.when.iso == "2021-03-02"


CONTENT_CLAUSES = [
    ("The minister told reporters late Tuesday that the 2015 guidelines are out of date.",
     "the 2015 guidelines are out of date"),
    ("The minister said that in 2015 the budget doubled.", "in 2015 the budget doubled"),
    ("A report published in 2015 is wrong, the minister said.",
     "A report published in 2015 is wrong"),
    ("The report in March 2015 was wrong, the minister said.",
     "The report in March 2015 was wrong"),
]


@pytest.mark.parametrize(("text", "marked"), CONTENT_CLAUSES)
def test_a_claim_on_the_content_clause_is_not_dated_by_a_year_it_talks_about(text, marked):
    """A claim marked on what was said only: its year is what it talks about, so it sits at
    its document's date (the verb rule alone decides for a claim, and accepted "that",
    "published" and the noun "report")."""
    date = "March 2015" if "March 2015" in text else "2015"
    claim = _one(_items(text, {date: "2015-03" if "March" in date else "2015"},
                        [("claim", marked)]), "claim")
    assert claim.when.iso == PUBLISHED and claim.dated_by == BY_DOCUMENT
    assert "not when it was said" in claim.reason


def test_a_claim_on_the_content_clause_takes_the_date_of_its_saying():
    text = "The minister said on Tuesday that in 2015 the budget doubled."
    claim = _one(_items(text, {"Tuesday": "2021-03-02", "2015": "2015"},
                        [("claim", "in 2015 the budget doubled")]), "claim")
    assert claim.when.iso == "2021-03-02" and claim.dated_by == BY_SENTENCE


def test_a_highlight_still_takes_the_date_nearest_to_it():
    items = _items(GUIDELINES, {"2015": "2015"}, [("highlight", "guidelines established")])
    assert _one(items, "highlight").when.iso == "2015-01-01"


def test_a_quote_with_no_date_in_its_sentence_stays_off_the_timeline():
    items = _items("Nobody knows, she said.", {}, [("quote", "Nobody knows")])
    assert not [i for i in items if i.kind == "quote"]


@pytest.mark.parametrize(
    ("text", "date", "dates_it"),
    [
        ("He said the guidelines established in 2015 were wrong.", "2015", False),
        ("He said in a statement on Friday that it was wrong.", "Friday", True),
        ("Talking to reporters last week in Baghdad, he said so.", "last week", True),
        ('He said: "This year we failed."', "This year", False),
        ("In 2015, the rules changed, he said.", "2015", False),
        ("Late on Sunday, the army announced a truce.", "Sunday", True),
        ("The rules changed in 2015.", "2015", False),
        # After the complementiser "that" the date belongs to the reported clause.
        ("He said that in 2015 the budget doubled.", "2015", False),
        ("He told reporters late Tuesday that the 2015 guidelines are out of date.", "2015",
         False),
        # Published, released, issued: not the saying, unless of the statement that said it.
        ("A report published in 2015 is wrong, the minister said.", "2015", False),
        ("He said a report released in 2015 was wrong.", "2015", False),
        ("Data issued in 2015 show a rise, she said.", "2015", False),
        ("He said in a statement released on Friday that it was wrong.", "Friday", True),
        ("She said in a letter published on Monday that it was wrong.", "Monday", True),
        # A word of saying used as a noun is not the verb.
        ("The report in March 2015 was wrong, he said.", "March 2015", False),
        ("He said the report in March 2015 was wrong.", "March 2015", False),
        ("Her comments in 2015 were misread, he said.", "2015", False),
        ("In 2015, the report found a rise.", "2015", False),
        ("The agency reported in March 2015 that prices rose.", "March 2015", True),
        ("In March 2015, the agency reported a rise.", "March 2015", True),
    ],
)
def test_which_dates_date_the_saying(text, date, dates_it):
    start = text.index(date)
    assert dates_the_saying(text, (0, len(text)), (start, start + len(date))) is dates_it


def test_a_quote_about_a_century_sits_at_its_document_date_not_undated():
    """'has no place in the 21st century' said in 2019: the century cannot be placed, and the
    quote fell to the undated list instead of the day it was said."""
    text = 'Bolsonaro said: "This mindset has no place in the 21st century."'
    quote = _one(_items(text, {"the 21st century": "20"},
                        [("quote", '"This mindset has no place in the 21st century."')]), "quote")
    assert quote.when.iso == PUBLISHED and "'the 21st century'" in quote.reason


@pytest.mark.parametrize(
    ("text", "date", "dates_it"),
    [
        # Every written form of a verb of saying from the core's vocabulary, not a list's few.
        ("Adding on Tuesday that it was wrong, he left.", "Tuesday", True),
        ("He talked to reporters on Tuesday about the rules.", "Tuesday", True),
        # "talks" is the noun far more often than the verb.
        ("Peace talks in 2015 failed, the minister said.", "2015", False),
    ],
)
def test_the_forms_of_the_core_vocabulary_date_the_saying(text, date, dates_it):
    start = text.index(date)
    assert dates_the_saying(text, (0, len(text)), (start, start + len(date))) is dates_it


@pytest.mark.parametrize(
    ("text", "dates_it"),
    [
        # A place named after the verb is one unit however long its name.
        ('"Prices are rising," Smith said in a speech at the Brookings Institution Thursday.',
         True),
        ("Smith told an audience at the Brookings Institution Thursday that it failed.", True),
        ("Smith said at the Brookings Institution in Washington Thursday that it failed.", True),
        ("Smith said at the Council on Foreign Relations Thursday that it failed.", True),
        ("Smith said during remarks at the Brookings Institution Thursday that it failed.", True),
        ("Said Smith at the Brookings Institution Thursday: it failed.", True),
        # An occasion right after the verb is what was said about, not where.
        ("Smith said the meeting on Thursday was a failure.", False),
        ("Smith said at a conference hosted by the Brookings Institution Thursday: no.", False),
    ],
)
def test_a_weekday_after_a_place_phrase_dates_the_saying(text, dates_it):
    start = text.index("Thursday")
    assert dates_the_saying(text, (0, len(text)), (start, start + 8)) is dates_it


def test_a_quote_said_at_a_named_place_on_a_weekday_sits_on_that_day():
    """It sat at its document's date: "in a speech at the Brookings Institution" stood
    between the verb and its weekday. The weekday's value is the one the time normaliser gave
    it against the document date (PUBLISHED, a Thursday: the Thursday before)."""
    text = '"Prices are rising," Smith said in a speech at the Brookings Institution Thursday.'
    quote = _one(_items(text, {"Thursday": "2021-02-25"}, [("quote", '"Prices are rising,"')]),
                 "quote")
    assert quote.when.iso == "2021-02-25" and quote.dated_by == BY_SENTENCE
