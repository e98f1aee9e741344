"""The timeline's core: values read as intervals, items placed, fallbacks and the undated list."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from workbench.core.time_spans import out_of_range, parse_value
from workbench.core.timeline import build_timeline, document_date, document_items
from workbench.core.timeline_records import (
    BY_DOCUMENT,
    BY_SENTENCE,
    DatedMention,
    SourceMark,
    TimelineDocument,
    item_record,
)

TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2023-09-13", "2023-09-13", "2023-09-14", "day"),
        ("2023-09", "2023-09-01", "2023-10-01", "month"),
        ("2023-12", "2023-12-01", "2024-01-01", "month"),
        ("2023-W37", "2023-09-11", "2023-09-18", "week"),
        ("2023-Q3", "2023-07-01", "2023-10-01", "quarter"),
        ("2023-SU", "2023-06-01", "2023-09-01", "season"),
        ("2023-WI", "2023-12-01", "2024-03-01", "season"),
        ("2023", "2023-01-01", "2024-01-01", "year"),
        ("199", "1990-01-01", "2000-01-01", "decade"),
        ("19", "1900-01-01", "2000-01-01", "century"),
    ],
)
def test_values_become_intervals_with_their_precision(value, start, end, precision):
    span = parse_value(value)
    assert span is not None
    assert span.start.date().isoformat() == start
    assert span.end.date().isoformat() == end
    assert span.precision == precision
    assert not span.timed


def test_a_time_of_day_is_kept():
    span = parse_value("2023-09-13T14:05")
    assert span is not None and span.timed and span.precision == "day"
    assert span.iso == "2023-09-13T14:05"
    assert parse_value("2023-09-13TMO").iso == "2023-09-13"  # a part of the day: the day


@pytest.mark.parametrize(
    "value",
    [None, "", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-09-13", "2023-02-30",
     "2023-13", "2023-W60", "2023-Q5", "2023-09-13T25:00", "yesterday", "0000"],
)
def test_references_and_garbage_name_no_period(value):
    assert parse_value(value) is None


def test_dates_before_1000_or_far_ahead_are_out_of_range():
    assert "before the year 1000" in out_of_range(parse_value("0999"), TODAY)
    assert "50 years ahead" in out_of_range(parse_value("2080-01-01"), TODAY)
    assert out_of_range(parse_value("2070-01-01"), TODAY) is None
    assert out_of_range(parse_value("1000"), TODAY) is None


TEXT = "Talks began on 3 May and ended on 9 May. Nobody spoke. Then came 2021."


def _document(**fields) -> TimelineDocument:
    base = dict(id=7, title="Talks", text=TEXT, published="2022-01-02",
                dated_mentions=(DatedMention(15, 20, "3 May", "2020-05-03"),
                                DatedMention(34, 39, "9 May", "2020-05-09"),
                                DatedMention(66, 70, "2021", "2021")))
    return TimelineDocument(**(base | fields))


def _mark(kind: str, words: str, mark_id: int = 1, **fields) -> SourceMark:
    start = TEXT.index(words)
    return SourceMark(kind, mark_id, start, start + len(words), words, **fields)


def test_an_item_takes_the_date_nearest_to_it_and_says_why():
    doc = _document(marks=(_mark("highlight", "ended on 9 May"),))
    item = next(i for i in document_items(doc, TODAY) if i.kind == "highlight")
    assert item.when.iso == "2020-05-09"
    assert item.dated_by == BY_SENTENCE
    assert "nearest" in item.reason and "2 dates" in item.reason
    first = _document(marks=(_mark("highlight", "Talks began"),))
    assert next(i for i in document_items(first, TODAY) if i.kind == "highlight").when.iso \
        == "2020-05-03"


def test_a_claim_without_a_date_falls_back_to_the_document_date_marked_as_such():
    doc = _document(marks=(_mark("claim", "Nobody spoke", status="unverified"),))
    item = next(i for i in document_items(doc, TODAY) if i.kind == "claim")
    assert item.when.iso == "2022-01-02"
    assert item.dated_by == BY_DOCUMENT


def test_a_highlight_without_a_date_is_not_on_the_timeline():
    doc = _document(marks=(_mark("highlight", "Nobody spoke"),))
    assert [i.kind for i in document_items(doc, TODAY)].count("highlight") == 0


def test_a_sentence_is_an_item_for_each_date_it_carries():
    """Two dates, two moments: the sentence took only its first, and "9 May" never
    reached the axis."""
    items = document_items(_document(), TODAY)
    assert sorted((i.kind, i.when.iso) for i in items) == [
        ("sentence", "2020-05-03"), ("sentence", "2020-05-09"), ("sentence", "2021-01-01")]
    assert "one of 2 dates" in next(i.reason for i in items if i.when.iso == "2020-05-09")


def test_a_marked_sentence_adds_only_the_dates_its_marks_did_not_take():
    doc = _document(marks=(_mark("highlight", "ended on 9 May"),))
    items = document_items(doc, TODAY)
    assert sorted((i.kind, i.when.iso) for i in items) == [
        ("highlight", "2020-05-09"), ("sentence", "2020-05-03"), ("sentence", "2021-01-01")]


def test_a_date_said_twice_in_a_sentence_is_one_item():
    twice = (DatedMention(15, 20, "3 May", "2020-05-03"),
             DatedMention(34, 39, "9 May", "2020-05-03"))
    items = document_items(_document(dated_mentions=twice), TODAY)
    assert [(i.kind, i.when.iso) for i in items] == [("sentence", "2020-05-03")]


def test_a_document_without_a_date_leaves_claims_undated_and_is_listed():
    doc = _document(published=None, marks=(_mark("claim", "Nobody spoke", status="disputed"),))
    timeline = build_timeline([doc], TODAY)
    undated = {i.kind: i.reason for i in timeline.undated}
    assert "no publication date" in undated["claim"]
    assert "no publication date" in undated["document"]
    assert all(i.dated for i in timeline.items)


def test_out_of_range_dates_are_flagged_never_placed():
    doc = _document(dated_mentions=(DatedMention(15, 20, "3 May", "0201-05-03"),
                                    DatedMention(66, 70, "2021", "2999")))
    timeline = build_timeline([doc], TODAY)
    assert timeline.items == ()
    reasons = " ".join(i.reason for i in timeline.undated)
    assert "before the year 1000" in reasons and "50 years ahead" in reasons


@pytest.mark.parametrize(
    ("published", "text", "problem"),
    [
        ("2023-09-14", "SEOUL, March 1, 2023 - Talks ended.", "conflicting publication dates"),
        ("2023-02-30", "", "is not a date"),
        ("yesterday-ish", "", "is not a date"),
        ("0099-01-01", "", "before the year 1000"),
        (None, "Talks ended on Friday.", "no publication date"),
    ],
)
def test_bad_publication_dates_are_named(published, text, problem):
    span, reason = document_date(published, text, TODAY)
    assert span is None and problem in reason


def test_publication_dates_a_day_apart_do_not_conflict():
    span, reason = document_date("2023-09-14T23:00:00", "SEOUL, Sept. 15, 2023 - Talks.", TODAY)
    assert span is not None and span.iso == "2023-09-14T23:00" and reason == ""


def test_a_document_with_no_publication_date_is_dated_by_its_date_line():
    """The analysis anchors 'Friday' on the date line; the timeline must use the same day."""
    span, reason = document_date(None, "WASHINGTON, Sept. 13, 2023 - Officials met.", TODAY)
    assert span is not None and span.iso == "2023-09-13" and reason == ""


def test_items_are_in_date_order_and_the_record_has_the_documented_keys():
    later = _document(id=8, published="2020-01-01")
    timeline = build_timeline([_document(), later], TODAY)
    dates = [item.when.start for item in timeline.items]
    assert dates == sorted(dates)
    record = item_record(timeline.items[0])
    assert {"date", "precision", "text", "kind", "document_id"} <= set(record)
    assert record["date"] == "2020-05-03" and record["precision"] == "day"


def test_the_items_cache_places_again_only_documents_that_changed():
    from workbench.core.timeline import ItemsCache

    cache = ItemsCache()
    other = _document(id=8)
    first = build_timeline([_document(), other], TODAY, cache)
    assert cache.built == 2
    assert build_timeline([_document(), other], TODAY, cache) == first
    assert cache.built == 0
    marked = _document(marks=(_mark("claim", "Nobody spoke", status="unverified"),))
    changed = build_timeline([marked, other], TODAY, cache)
    assert cache.built == 1
    assert changed == build_timeline([marked, other], TODAY)  # the same as without a cache
    assert any(i.kind == "claim" for i in changed.items)
    build_timeline([other], TODAY, cache)  # document 7 deleted
    build_timeline([marked, other], TODAY, cache)
    assert cache.built == 1  # it was forgotten, so placed again
    build_timeline([marked, other], dt.date(2030, 1, 1), cache)
    assert cache.built == 2  # another day: every document again


def test_a_span_knows_its_seconds_once():
    day, timed = parse_value("1970-01-02"), parse_value("1970-01-02T01:00")
    assert day.seconds == (86_400.0, 172_800.0)
    assert timed.seconds == (90_000.0, 90_000.0)
    assert parse_value("1969").seconds[0] < 0


def test_the_items_cache_is_not_fooled_by_a_hash_that_did_not_change(monkeypatch):
    """Two different records can share a hash; the cache compares the record itself."""
    from workbench.core.timeline import ItemsCache
    from workbench.core.timeline_records import TimelineDocument

    monkeypatch.setattr(TimelineDocument, "__hash__", lambda self: 1)
    cache = ItemsCache()
    build_timeline([_document()], TODAY, cache)
    marked = _document(marks=(_mark("claim", "Nobody spoke", status="unverified"),))
    changed = build_timeline([marked], TODAY, cache)
    assert cache.built == 1
    assert any(i.kind == "claim" for i in changed.items)


def test_items_are_immutable_records_with_a_changed_copy():
    item = build_timeline([_document()], TODAY).items[0]
    with pytest.raises(AttributeError):
        item.text = "edited"  # type: ignore[misc]
    assert item._replace(text="edited").text == "edited" and item.text != "edited"


CONFLICTED = ("WASHINGTON, Sept. 13, 2023 - Talks ended. Officials warned on Tuesday. "
              "The talks began on March 3, 2021.")


def _conflicted_document() -> TimelineDocument:
    def mention(words: str, value: str) -> DatedMention:
        start = CONFLICTED.index(words)
        return DatedMention(start, start + len(words), words, value)

    return TimelineDocument(id=9, title="Warning", text=CONFLICTED, published="2023-09-20",
                            dated_mentions=(mention("Sept. 13", "2023-09-13"),
                                            mention("Tuesday", "2023-09-19"),
                                            mention("March 3, 2021", "2021-03-03")))


def test_dates_counted_from_conflicting_publication_dates_are_not_placed():
    """Header 20 September, date line 13 September: 'Tuesday' was counted from one of them
    and placed as if certain; dates that spell their year stay on the axis."""
    timeline = build_timeline([_conflicted_document()], TODAY)
    assert sorted(i.when.iso for i in timeline.items) == ["2021-03-03", "2023-09-13"]
    tuesday = next(i for i in timeline.undated if "Tuesday" in i.text)
    assert "'Tuesday'" in tuesday.reason and "publication dates that disagree" in tuesday.reason


def test_decades_need_no_publication_date_to_be_placed_and_centuries_are_too_wide():
    """"the '90s" (199) does not hang on the anchor: in a document whose publication
    dates disagree it stays on the axis. 'the 20th century' (19) is listed undated as too
    wide to place, not as counted from the disagreeing dates."""
    text = "WASHINGTON, Sept. 13, 2023 - Built in the 20th century, rebuilt in the '90s."
    mentions = tuple(DatedMention(text.index(w), text.index(w) + len(w), w, v)
                     for w, v in (("the 20th century", "19"), ("the '90s", "199")))
    doc = TimelineDocument(id=9, title="Bridge", text=text, published="2023-09-20",
                           dated_mentions=mentions)
    timeline = build_timeline([doc], TODAY)
    assert sorted(i.date_value for i in timeline.items) == ["199"]
    reason = timeline.items[0].reason
    assert "'the 20th century': a whole century, too wide" in reason
    assert "disagree" not in reason


def test_a_sentence_item_names_the_far_off_date_beside_its_own():
    """'met on Monday, and will meet again in 2999': the sentence item said Monday was
    "the only date in its sentence" and 2999 appeared nowhere."""
    doc = _document(dated_mentions=(DatedMention(15, 20, "3 May", "2020-05-03"),
                                    DatedMention(34, 39, "9 May", "2999-05-09")))
    sentence = next(i for i in document_items(doc, TODAY) if i.kind == "sentence")
    assert "that can be placed" in sentence.reason
    assert "'9 May'" in sentence.reason and "50 years ahead" in sentence.reason


def test_a_claim_whose_only_date_cannot_be_placed_does_not_say_it_has_none():
    doc = _document(dated_mentions=(DatedMention(34, 39, "9 May", "2999-05-09"),),
                    marks=(_mark("claim", "ended on 9 May", status="unverified"),))
    claim = next(i for i in document_items(doc, TODAY) if i.kind == "claim")
    assert claim.dated_by == BY_DOCUMENT
    assert "no date in its sentence" not in claim.reason
    assert "'9 May'" in claim.reason and "50 years ahead" in claim.reason
    undated = next(i for i in document_items(dataclasses.replace(doc, published=None), TODAY)
                   if i.kind == "claim")
    assert "no date in its sentence" not in undated.reason
    assert "cannot be placed" in undated.reason and "no publication date" in undated.reason


def test_a_dated_item_names_the_dates_of_its_sentence_that_cannot_be_placed():
    doc = _document(dated_mentions=(DatedMention(15, 20, "3 May", "2999-05-03"),
                                    DatedMention(34, 39, "9 May", "2020-05-09")),
                    marks=(_mark("highlight", "ended on 9 May"),))
    marked = next(i for i in document_items(doc, TODAY) if i.kind == "highlight")
    assert marked.when.iso == "2020-05-09"
    assert "the only date in its sentence that can be placed" in marked.reason
    assert "'3 May': 2999-05-03 is more than 50 years ahead" in marked.reason


THREE = "Talks began on 3 May, paused on 6 May and ended on 9 May. They met again in 2021."
THREE_DATES = tuple(DatedMention(THREE.index(w), THREE.index(w) + len(w), w, v) for w, v in
                    (("3 May", "2020-05-03"), ("6 May", "2020-05-06"), ("9 May", "2020-05-09"),
                     ("2021", "2021")))


def _reasons(*marked: str) -> dict[tuple[str, str], str]:
    """(kind, date) -> reason for THREE with a highlight on each of ``marked``."""
    marks = tuple(SourceMark("highlight", n, THREE.index(w), THREE.index(w) + len(w), w)
                  for n, w in enumerate(marked, 1))
    doc = TimelineDocument(id=3, title="Three", text=THREE, published="2022-01-02",
                           dated_mentions=THREE_DATES, marks=marks)
    return {(i.kind, i.when.iso): i.reason for i in document_items(doc, TODAY)}


@pytest.mark.parametrize(
    ("marked", "kind", "date", "reason"),
    [
        ((), "sentence", "2021-01-01", "'2021', the only date in its sentence"),
        ((), "sentence", "2020-05-06", "'6 May', one of 3 dates in the sentence (an item each)"),
        (("ended on 9 May",), "sentence", "2020-05-03",
         "'3 May', one of 3 dates in the sentence (1 taken by a mark there, an item each for"
         " the rest)"),
        (("ended on 9 May", "began on 3 May"), "sentence", "2020-05-06",
         "'6 May', one of 3 dates in the sentence (the others taken by marks there)"),
        (("paused on 6 May and ended on 9 May",), "sentence", "2020-05-03",
         "'3 May', one of 3 dates in the sentence (1 taken by a mark there, an item each for"
         " the rest)"),
        (("ended on 9 May",), "highlight", "2020-05-09",
         "'9 May', the nearest to it of 3 dates in its sentence"),
        (("again in 2021",), "highlight", "2021-01-01", "'2021', the only date in its sentence"),
        (("9 May. They met",), "highlight", "2020-05-09",
         "'9 May', the nearest to it of 4 dates in its 2 sentences"),
    ],
)
def test_why_an_item_took_its_date_is_true_in_every_case(marked, kind, date, reason):
    """Before: a sentence left one date by a mark called it "the only date in its
    sentence", and a mark over two sentences counted their dates "in its sentence"."""
    assert _reasons(*marked)[(kind, date)] == reason


def test_a_sentence_left_one_date_by_a_mark_does_not_call_it_the_only_one():
    reasons = _reasons("paused on 6 May", "ended on 9 May")
    assert reasons[("sentence", "2020-05-03")] == (
        "'3 May', one of 3 dates in the sentence (the others taken by marks there)")
    doc = _document(marks=(_mark("highlight", "ended on 9 May"),))
    sentence = next(i for i in document_items(doc, TODAY) if i.kind == "sentence"
                    and i.when.iso == "2020-05-03")
    assert sentence.reason == "'3 May', one of 2 dates in the sentence (the other taken by a" \
        " mark there)"


def test_a_century_is_not_a_place_on_the_axis():
    """'the 21st century' as a 100-year bar ran a person's lane from 2000 to the axis's end."""
    text = "Macron said colonialism has no place in the 21st century. Talks began in 2019."
    mentions = tuple(DatedMention(text.index(w), text.index(w) + len(w), w, v)
                     for w, v in (("the 21st century", "20"), ("2019", "2019")))
    start = text.index("colonialism")
    doc = TimelineDocument(id=4, title="G7", text=text, published="2019-08-24",
                           dated_mentions=mentions,
                           marks=(SourceMark("highlight", 1, start, start + 11, "colonialism"),))
    timeline = build_timeline([doc], TODAY)
    assert [i.date_value for i in timeline.items] == ["2019"]
    assert [i.kind for i in timeline.undated] == ["highlight"]  # the mark says why, once
    assert "a whole century, too wide" in timeline.undated[0].reason


def test_a_date_line_that_says_nothing_but_its_date_is_no_sentence_item():
    """A Wikinews article opens "Friday, January 4, 2019": 12 of a 35-article library's 300
    timeline items were such lines, each a "dated sentence" telling nothing but the date."""
    text = "Friday, January 4, 2019\n\nTalks began on 3 May. (2019)"
    dateline = "Friday, January 4, 2019"
    doc = _document(text=text, published="2019-01-04", dated_mentions=(
        DatedMention(0, len(dateline), dateline, "2019-01-04"),
        DatedMention(text.index("3 May"), text.index("3 May") + 5, "3 May", "2019-05-03"),
        DatedMention(text.index("2019)"), text.index("2019)") + 4, "2019", "2019")))
    items = document_items(doc, TODAY)
    assert [(i.kind, i.when.iso) for i in items] == [("sentence", "2019-05-03")]
    marked = _document(text=text, published="2019-01-04", dated_mentions=doc.dated_mentions,
                       marks=(SourceMark("highlight", 1, 0, len(dateline), dateline),))
    kinds = sorted(i.kind for i in document_items(marked, TODAY))
    assert kinds == ["highlight", "sentence"]  # the analyst's own mark on it stays
