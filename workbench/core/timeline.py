"""Building a timeline: every claim, quote, highlight, note and dated sentence placed at a date.

Rules, in order:
- an item takes a date from the sentence(s) it lies in: the dated mention
  nearest to it (inside it counts as nearest), the reason saying which of how
  many;
- a claim with no date in its sentence falls back to its document's
  publication date, marked ``document date (fallback)``;
- a sentence is an item of its own for each distinct date in it that no
  mark there took (two dates, two moments);
- an orphaned mark (its document changed under it) is undated, said so;
- anything that cannot be placed — no date at all, a value naming no period,
  a date before 1000 or over 50 years ahead, a document whose publication
  dates disagree, and in such a document every date counted from them
  ("on Tuesday") — goes to the undated list with its reason. It never sits
  on the axis, so one typo cannot stretch the scale.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.core.said_when import dates_the_saying
from workbench.core.sentences import sentence_spans
from workbench.core.time_normalise import MAX_EXPRESSION_CHARS
from workbench.core.time_spans import TimeSpan
from workbench.core.timeline_placing import (
    CONFLICT,
    Placed,
    cached_document_date,
    distrust_anchor,
    document_date,
    mention_start,
    place,
)
from workbench.core.timeline_records import (
    BY_DOCUMENT,
    BY_SENTENCE,
    DOCUMENT_KIND,
    ORPHANED,
    DatedMention,
    SourceMark,
    TimelineDocument,
    TimelineItem,
)

__all__ = ["DOCUMENT_KIND", "ORPHANED", "ItemsCache", "Timeline", "build_timeline", "document_date",
           "document_items"]



@dataclass(frozen=True)
class Timeline:
    """Dated items in chronological order and undated ones with their reasons."""

    items: tuple[TimelineItem, ...] = ()
    undated: tuple[TimelineItem, ...] = ()


class ItemsCache:
    """Each document's items, kept between builds while the document's records stay the same.

    Why: a view re-reads the whole library's timeline after every change, and
    placing every item of every document again is most of what that costs; a
    change touches a few documents. Keyed by document id; the version is the
    ``TimelineDocument`` itself (text, dates, marks, tags, entities), compared
    for equality with the one the items were built from, and the day. Not its
    hash: two different records can share a hash, and then stale items would be
    shown; equality cannot be fooled, and costs about the same (C-level tuple
    and string comparisons, short-circuited on the first difference). The store
    keeps no per-document change counter to use instead.
    Memory: the records and items, which the timeline holds anyway.
    """

    def __init__(self) -> None:
        self._by_document: dict[int, tuple[TimelineDocument, dt.date, list[TimelineItem]]] = {}
        self.built = 0
        """Documents built (not taken from the cache) by the last ``build_timeline``."""

    def items(self, document: TimelineDocument, today: dt.date) -> list[TimelineItem]:
        kept = self._by_document.get(document.id)
        if kept is not None and kept[1] == today and kept[0] == document:
            return kept[2]
        self.built += 1
        items = document_items(document, today)
        self._by_document[document.id] = (document, today, items)
        return items

    def keep_only(self, doc_ids: set[int]) -> None:
        """Forget documents that are gone (deleted since the last build)."""
        for gone in self._by_document.keys() - doc_ids:
            del self._by_document[gone]

    def clear(self) -> None:
        self._by_document.clear()


def build_timeline(documents: Iterable[TimelineDocument], today: dt.date,
                   cache: ItemsCache | None = None) -> Timeline:
    """Every document's items, dated ones sorted by date, undated ones by document.

    With ``cache``, documents unchanged since its last build are not placed again
    (``documents`` must then be the whole library: the others are forgotten).
    """
    dated: list[TimelineItem] = []
    undated: list[TimelineItem] = []
    seen: set[int] = set()
    if cache is not None:
        cache.built = 0
    for document in documents:
        seen.add(document.id)
        items = cache.items(document, today) if cache else document_items(document, today)
        for item in items:
            (dated if item.when is not None else undated).append(item)
    if cache is not None:
        cache.keep_only(seen)
    dated.sort(key=_dated_order)
    undated.sort(key=TimelineItem.sort_key)
    return Timeline(tuple(dated), tuple(undated))


def _dated_order(item: TimelineItem) -> tuple[float, int, int, str]:
    """``TimelineItem.sort_key`` for a dated item, on the span's cached seconds: the same order
    (seconds grow with the start), compared as floats rather than datetimes."""
    return item.when.seconds[0], item.document_id, item.start, item.kind  # type: ignore[union-attr]


def document_items(document: TimelineDocument, today: dt.date) -> list[TimelineItem]:
    """The items of one document, dated or not (unordered)."""
    sentences = sentence_spans(document.text) or [(0, len(document.text))]
    sentence_ends = [end for _start, end in sentences]
    doc_date, doc_problem = cached_document_date(document.published,
                                           document.text.lstrip()[:MAX_EXPRESSION_CHARS], today)
    placed = sorted([place(m, today) for m in document.dated_mentions],
                    key=mention_start)
    if doc_problem.startswith(CONFLICT):
        placed = [distrust_anchor(p, document.text) for p in placed]
    starts = [p.mention.start for p in placed]
    named = _NamedIndex(document.entity_mentions)
    items: list[TimelineItem] = []
    taken: dict[int, set[str | None]] = {}  # sentence index: the date values marks took there
    for mark in document.marks:
        if mark.orphaned:
            items.append(_orphan_item(document, mark))
            continue
        first, last = _sentences_of(sentences, sentence_ends, mark.start, mark.end)
        span = (sentences[first][0], sentences[last][1])
        candidates = placed[bisect_left(starts, span[0]) : bisect_right(starts, span[1] - 1)]
        where = "its sentence" if first == last else f"its {last - first + 1} sentences"
        item = _mark_item(document, (mark, where), span, candidates, (doc_date, doc_problem),
                          named)
        if item is not None:
            items.append(item)
        for index in range(first, last + 1):
            taken.setdefault(index, set()).add(
                item.date_value if item is not None and item.dated_by == BY_SENTENCE else None)
    for index, span in enumerate(sentences):
        candidates = placed[bisect_left(starts, span[0]) : bisect_right(starts, span[1] - 1)]
        if candidates and not _only_dates(document.text, span, candidates):
            # what marks there took, _sentence_items leaves out
            items.extend(_sentence_items(document, span, candidates, named, taken.get(index)))
    if doc_date is None:
        items.append(_document_entry(document, doc_problem))
    return items


class _NamedIndex:
    """A document's named-entity mentions by start, to find who a sentence names by bisection."""

    def __init__(self, mentions: tuple[tuple[int, int, int], ...]) -> None:
        ordered = sorted(mentions, key=lambda m: m[1])
        self.starts = [start for _e, start, _end in ordered]
        self.ids = [entity for entity, _s, _end in ordered]

    def within(self, span: tuple[int, int]) -> tuple[int, ...]:
        """Entities mentioned from ``span``'s start to its end, sorted."""
        low, high = bisect_left(self.starts, span[0]), bisect_left(self.starts, span[1])
        return tuple(sorted(set(self.ids[low:high])))


def _sentences_of(sentences: list[tuple[int, int]], ends: list[int], start: int,
                  end: int) -> tuple[int, int]:
    """Indexes of the first and last sentence the span ``[start, end)`` touches."""
    first = min(bisect_right(ends, start), len(sentences) - 1)
    last = first
    while last + 1 < len(sentences) and sentences[last + 1][0] < end:
        last += 1
    return first, last


def _mark_item(document: TimelineDocument, placed_in: tuple[SourceMark, str],
               span: tuple[int, int], candidates: list[Placed],
               fallback: tuple[TimeSpan | None, str], named: _NamedIndex) -> TimelineItem | None:
    """A mark's item; ``placed_in``: the mark and its sentences in words ("its sentence")."""
    mark, sentences = placed_in
    usable = [p for p in candidates if p.span is not None]
    problems = [f"{p.mention.text!r}: {p.problem}" for p in candidates if p.problem]
    where = (mark.start, mark.end)
    talked_about, falls_back = "", False
    if mark.kind in SAID_KINDS:
        said = _saying_dates(document.text, span, candidates, mark)
        usable = [p for p in said if p.span is not None]
        other = [p for p in candidates if p not in said and (p.span or p.problem)]
        # Dates it talks about, placeable or not ("the 21st century"): its document's date.
        falls_back = bool(other) and not usable
        talked = [p for p in other if p.span is not None]
        if falls_back and talked:
            talked_about = _talked_about(talked, mark.kind)
    if usable:
        chosen = min(usable, key=lambda p: _distance(p.mention, mark.start, mark.end))
        why = _why_chosen(chosen, len(usable), "it", problems, where=sentences)
        return _item(document, mark.kind, mark.text, where, span, mark, named,
                     _dated(chosen, why))
    base = _item(document, mark.kind, mark.text, where, span, mark, named)
    doc_date, doc_problem = fallback
    sentence_reason = "; ".join(filter(None, (
        talked_about, _unplaceable(problems) if problems else ""))) or "no date in its sentence"
    if mark.kind == "claim" or falls_back:
        if doc_date is not None:
            return _with(base, when=doc_date, date_value=doc_date.iso, dated_by=BY_DOCUMENT,
                         reason=sentence_reason)
        return _with(base, reason=f"{sentence_reason}; {doc_problem}")
    if problems:
        return _with(base, reason=sentence_reason)
    return None  # a highlight, note or quote without a date is simply not on the timeline


#: Marks dated by when they were said: a date their words talk about is not that.
SAID_KINDS = frozenset({"quote", "claim"})


def _saying_dates(text: str, span: tuple[int, int], candidates: list[Placed],
                  mark: SourceMark) -> list[Placed]:
    """The dates of a quote's or claim's sentences that date the saying (``said_when``).

    A quote's own words are left out; a claim's span often holds its attribution
    too ("the minister said on Tuesday that ..."), so only the verb rule decides.
    """
    inside = (mark.start, mark.end) if mark.kind == "quote" else None
    return [p for p in candidates
            if dates_the_saying(text, span, (p.mention.start, p.mention.end), inside)]


def _talked_about(dates_in: list[Placed], kind: str) -> str:
    """Why a quote or claim whose sentence has dates sits at its document's date instead."""
    dates = ", ".join(repr(p.mention.text) for p in dates_in[:3])
    more = f" and {len(dates_in) - 3} more" if len(dates_in) > 3 else ""
    return (f"when said: {dates}{more} in its sentence is what the {kind} talks about,"
            " not when it was said")


def _unplaceable(problems: list[str]) -> str:
    """Why a sentence's dates give no place: each date with its own problem.

    Why worded apart from "no date in its sentence": the sentence has dates, and a
    reason saying both ("no date in its sentence; 'Tuesday': 2999-01-01 ...")
    contradicted itself.
    """
    dates = "its sentence's date" if len(problems) == 1 else f"its sentence's {len(problems)} dates"
    return f"{dates} cannot be placed ({'; '.join(problems)})"


def _only_dates(text: str, span: tuple[int, int], candidates: list[Placed]) -> bool:
    """True for a sentence that says nothing but its dates: a date line ("Friday, January 4,
    2019") is the document's date, not a dated sentence (12 of a 35-article library's 300
    items were such lines)."""
    rest, cursor = [], span[0]
    for placed in candidates:
        rest.append(text[cursor:placed.mention.start])
        cursor = max(cursor, placed.mention.end)
    rest.append(text[cursor:span[1]])
    return not any(character.isalnum() for part in rest for character in part)


def _sentence_items(document: TimelineDocument, span: tuple[int, int],
                    candidates: list[Placed], named: _NamedIndex,
                    taken: set[str | None] | None) -> list[TimelineItem]:
    """A sentence's items: one per distinct date it carries that no mark in it took.

    Why one per date: "the council approved repairs on Monday, and work will start
    in the second quarter of 2024" tells of two moments; the sentence took only its
    first date, and the second never reached the axis. A sentence a mark covers
    adds only the dates the mark did not take; one whose dates cannot be placed is
    listed undated with them, unless a mark there already says so.
    """
    text = document.text[span[0] : span[1]]
    by_value = {p.mention.value: p for p in reversed(candidates) if p.span is not None}
    usable = list(reversed(by_value.values()))  # each value at its first mention
    problems = [f"{p.mention.text!r}: {p.problem}" for p in candidates if p.problem]
    if usable:
        own = [p for p in usable if taken is None or p.mention.value not in taken]
        marked = len(usable) - len(own)
        return [_item(document, "sentence", text, span, span, None, named,
                      _dated(chosen, _why_chosen(chosen, len(usable), None, problems,
                                                 taken=marked)))
                for chosen in own]
    if not problems or taken is not None:
        return []
    return [_item(document, "sentence", text, span, span, None, named,
                  (None, None, "", _unplaceable(problems)))]




def _orphan_item(document: TimelineDocument, mark: SourceMark) -> TimelineItem:
    """An orphaned mark, undated: its offsets point nowhere in the new text, so neither its
    sentence's dates nor who the sentence names can be read (only its own claimant)."""
    return _item(document, mark.kind, mark.text, (0, 0), (0, 0), mark, None,
                 (None, None, "", ORPHANED))




def _document_entry(document: TimelineDocument, problem: str) -> TimelineItem:
    return _item(document, DOCUMENT_KIND, document.title, (0, 0), (0, 0), None, None,
                 (None, None, "", problem))


def _distance(mention: DatedMention, start: int, end: int) -> int:
    """Characters between a mention and an item; 0 when the mention is inside or overlaps it."""
    if mention.end <= start:
        return start - mention.end
    if mention.start >= end:
        return mention.start - end
    return 0


def _why_chosen(chosen: Placed, count: int, relative_to: str | None,
                unplaced: list[str] | None = None, *, taken: int = 0,
                where: str = "its sentence") -> str:
    """Which date an item took, of the ``count`` that can be placed where it lies.

    Worded to be true in every case: "the only date" only when it is (a date a
    mark took is still the sentence's, so a sentence item left one date by a mark
    says the mark took the other); a mark over several sentences counts them all
    ("its 2 sentences"); dates that cannot be placed are named apart ("the only
    date" would be untrue beside "in 2999").
    """
    words = repr(chosen.mention.text)
    placeable = " that can be placed" if unplaced else ""
    if count == 1:
        why = f"{words}, the only date in {where}{placeable}"
    elif relative_to is not None:
        why = f"{words}, the nearest to {relative_to} of {count} dates in {where}{placeable}"
    else:
        items = _items_of(count, taken)
        why = f"{words}, one of {count} dates in the sentence{placeable} ({items})"
    return f"{why} ({'; '.join(unplaced)})" if unplaced else why


def _items_of(count: int, taken: int) -> str:
    """How a sentence's ``count`` dates became items when marks there took ``taken`` of them."""
    if not taken:
        return "an item each"
    by = "a mark" if taken == 1 else "marks"
    if count - taken == 1:
        return f"the other taken by {by} there" if taken == 1 else f"the others taken by {by} there"
    return f"{taken} taken by {by} there, an item each for the rest"


Dating = tuple["TimeSpan | None", "str | None", str, str]
"""An item's ``when``, ``date_value``, ``dated_by`` and ``reason``, in the record's order."""


def _item(  # noqa: PLR0913 - the one place an item is made: each argument is part of it
        document: TimelineDocument, kind: str, text: str, where: tuple[int, int],
        sentence: tuple[int, int], mark: SourceMark | None, named: _NamedIndex | None,
        dating: Dating = (None, None, "", "")) -> TimelineItem:
    """The one place an item is made (built positionally: an open makes one per item)."""
    entity_ids = named.within(sentence) if named is not None else ()
    if mark is None:
        return TimelineItem(kind, " ".join(text.split()), document.id, document.title, *where,
                            *sentence, *dating, None, None, entity_ids, document.tags, ())
    if mark.entity_ids:
        entity_ids = tuple(sorted({*entity_ids, *mark.entity_ids}))
    tags = tuple(dict.fromkeys((*document.tags, *mark.tags))) if mark.tags else document.tags
    return TimelineItem(kind, " ".join(text.split()), document.id, document.title, *where,
                        *sentence, *dating, mark.id, mark.status, entity_ids, tags,
                        mark.linked_claim_ids)


def _dated(chosen: Placed, reason: str) -> Dating:
    """The dating of an item dated by a mention of its sentence."""
    return chosen.span, chosen.mention.value, BY_SENTENCE, reason


def _with(base: TimelineItem, **changes: object) -> TimelineItem:
    return base._replace(**changes)  # type: ignore[arg-type]
