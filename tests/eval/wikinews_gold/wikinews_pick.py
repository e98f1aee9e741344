"""dev10's and dev11's pick: Wikinews articles of the CSVs that no split holds, chosen mechanically.

dev6 to dev9 came from ECB+ (mainstream US news), so only dev to dev4 read the register of
the held-out Wikinews splits.  dev10 goes back to that register: the CSV articles that
``articles.jsonl`` does not hold (whatever other set, such as a timex set, read them),
leaving out interviews (a title that says so, or the transcript's "((WN))" turns: their
answers carry no quotation marks) and the articles with fewer
than two quotation-mark spans of 20+ characters (``candidates.py`` pairing), then a seeded
shuffle of the remaining slugs, so the pick is a sample of the register rather than its
most quote-heavy corner; the first ``PICKED`` of that order are dev10.  dev11 (the
confirmation reading of session 20) is picked the same way with its own seed, every
article an earlier split holds (dev10 too) left out; a split's order ignores the splits
picked after it, so dev10's order reads as it did when dev10 was picked.  dev10 left only
14 articles with two long spans, so dev11 also admits articles with one: its order puts the
articles that pass dev10's two-span bar first (all 14), then the one-span articles, each
part in the seeded order, so the split stays as close to dev10's register as the CSVs allow.
dev12 (the confirmation reading of session 21) takes every article dev11 left with one long
span or more (22), in its seeded order, and tops the split up to ``PICKED`` from ECB+
(``ecbplus_texts.py``: odd topics only, texts never stored): the documents no split holds with
one long span or more, in the same seeded order of their names, one per event as dev6 to dev9.
dev13 (the confirmation reading of session 22) finds no CSV article left, so it takes, in its
seeded order, the MEANTIME articles of the development half (airbus, apple) that no split holds
with a long span (``meantime_texts.py``; CC BY 4.0 English Wikinews of 2004-2011, the register
nearest the held-out one), then tops up from ECB+ as dev12 did.  dev14 (the confirmation reading
of session 23) is picked by the same code with its own seed: neither the CSVs nor MEANTIME's
development half has an unheld article with a long span left (gm and stock are never read), so
all of it is the ECB+ top-up.  dev15 (the confirmation reading of session 26, once dev14 became
tuning data) finds no long span left anywhere but in ECB+ events dev14 already reads, so it
counts a quotation-mark span of any length (``SPLIT_SPAN_CHARS``): the CSV articles, then
MEANTIME's development-half articles, then one ECB+ document per event dev14 does not hold
(``FRESH_EVENTS_AFTER``: the reports of one event are near-duplicates, and dev14 is tuning data
now), each part in dev15's seeded order.  Those 30 held only 9 direct quotes in 6 articles, too
few to confirm anything (one error moved speaker accuracy by 0.11), so dev15 has a second stage
(``SECOND_STAGE``, added the same session before any of it was scored): one unheld ECB+
document with a long span (20+ characters) per odd-topic event the first stage did not take,
in the same seeded order of the sorted names (the first of each event), every document any
earlier split holds left out.  That admits the events dev14 holds again (with other reports:
new texts, outlets and wordings of a familiar story, as dev14 itself reread dev6's to dev13's
events), because no other source has long quotes left; every such event is taken (27, about
the 25 more documents and 60 quotes a reading needs), so the count is the pool, not a choice.

Usage: python tests/eval/wikinews_gold/wikinews_pick.py [--split dev10|...|dev15] [--data DIR]
(prints the order, then a second stage's order)
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from pathlib import Path

from build_texts import DEFAULT_DATA, normalise, read_manifest, read_rows
from candidates import quote_spans

PICKED = 30
#: The seed of each mechanically picked split, in the order they were picked.
SEEDS = {"dev10": 10, "dev11": 11, "dev12": 12, "dev13": 13, "dev14": 14, "dev15": 15}
LONG_SPAN = 20
MIN_LONG_SPANS = 2
#: The fewest long spans an article of each split may hold (dev11: the two-span ones ran out).
SPLIT_MIN_SPANS = {
    "dev10": MIN_LONG_SPANS, "dev11": 1, "dev12": 1, "dev13": 1, "dev14": 1, "dev15": 1,
}
#: The prefix of an ECB+ article's slug in articles.jsonl (its document name follows).
ECBPLUS_SLUG = "ecbplus-"
#: The prefix of a MEANTIME article's slug (its corpus's short name and doc id follow).
MEANTIME_SLUG = "meantime-"
#: Splits whose top-up reads MEANTIME's unheld articles before ECB+ (dev12 was picked without).
MEANTIME_TOP_UP = frozenset({"dev13", "dev14", "dev15"})
#: The shortest span (characters, marks included) a split counts; dev15: the long ones ran out.
SPLIT_SPAN_CHARS = {"dev15": 1}
#: The split whose ECB+ events a split's top-up leaves out (dev15: dev14's, now tuning data).
FRESH_EVENTS_AFTER = {"dev15": "dev14"}
#: How many documents each split's second stage adds after the first PICKED: dev15's is every
#: odd-topic event its first stage did not take that has an unheld ECB+ document with a long span.
SECOND_STAGE = {"dev15": 27}
SLUG_CHARS = 50
INTERVIEW_TITLE = re.compile(r"interview|talks? (?:to|with) wikinews|tells? wikinews", re.I)
#: The interviewer's turn in a Wikinews interview transcript.
INTERVIEW_TURN = "((WN))"


def slug_of(title: str) -> str:
    """The slug the earlier splits use: ASCII-folded, lowercase words joined by hyphens,
    cut after the last whole word that keeps it within 50 characters."""
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", folded.lower())
    slug = ""
    for word in words:
        longer = f"{slug}-{word}" if slug else word
        if len(longer) > SLUG_CHARS:
            break
        slug = longer
    return slug


def long_spans(text: str, span_chars: int = LONG_SPAN) -> int:
    """How many paired quotation-mark spans of ``span_chars``+ characters (20 unless a
    split says otherwise) the text holds."""
    return sum(1 for start, end in quote_spans(text)[0] if end - start >= span_chars)


def span_chars(split: str) -> int:
    """The shortest span ``split`` counts: 20 characters, or what SPLIT_SPAN_CHARS says."""
    return SPLIT_SPAN_CHARS.get(split, LONG_SPAN)


def eligible(
    rows: dict[str, dict[str, str]],
    taken_urls: set[str],
    min_spans: int = MIN_LONG_SPANS,
    min_chars: int = LONG_SPAN,
) -> list[tuple[str, str, int]]:
    """(slug, url, long spans) of every unheld, non-interview article with enough quotes."""
    found = []
    for url, row in rows.items():
        if url in taken_urls or "TEST_PAGE" in row["title"] or INTERVIEW_TITLE.search(row["title"]):
            continue
        text = normalise(row["text"])
        if INTERVIEW_TURN in text:
            continue
        count = long_spans(text, min_chars)
        if count >= min_spans:
            found.append((slug_of(row["title"]), url, count))
    return sorted(found)


def held_before(split: str, manifest: list[dict[str, object]]) -> set[str]:
    """URLs the splits held when ``split`` was picked: neither it nor a split picked later."""
    return {str(a["url"]) for a in _held(split, manifest) if a.get("url")}


def ecbplus_held_before(split: str, manifest: list[dict[str, object]]) -> set[str]:
    """ECB+ document names the splits held when ``split`` was picked (dev6 to dev9...)."""
    return {str(a["ecbplus_doc"]) for a in _held(split, manifest) if a.get("ecbplus_doc")}


def meantime_held_before(split: str, manifest: list[dict[str, object]]) -> set[str]:
    """MEANTIME doc ids the splits held when ``split`` was picked (dev5...)."""
    return {str(a["meantime_doc"]) for a in _held(split, manifest) if a.get("meantime_doc")}


def _held(split: str, manifest: list[dict[str, object]]) -> list[dict[str, object]]:
    picked = list(SEEDS)
    not_yet = set(picked[picked.index(split) :])
    return [a for a in manifest if a.get("split") not in not_yet]


def ecbplus_order(
    split: str,
    held: set[str],
    texts: dict[str, str],
    old_events: frozenset[str] = frozenset(),
    min_chars: int | None = None,
) -> list[tuple[str, str, int]]:
    """(slug, document, long spans) of every unheld ECB+ article in ``texts`` with a long span
    or more, in ``split``'s seeded order, the first of each event only, no event of
    ``old_events`` (those of FRESH_EVENTS_AFTER's split): the top-up when the CSVs run short.

    Why a seeded shuffle rather than dev6's ranking by spans: the split should sample the
    register as the Wikinews part does, not its most quote-heavy corner.  ``min_chars``
    overrides the split's shortest span (a second stage asks for long ones again)."""
    found = []
    for name, text in sorted(texts.items()):
        count = long_spans(text, min_chars or span_chars(split))
        if name not in held and count >= SPLIT_MIN_SPANS[split]:
            found.append((ECBPLUS_SLUG + name, name, count))
    random.Random(SEEDS[split]).shuffle(found)
    events: set[str] = set(old_events)
    order = []
    for article in found:
        if ecbplus_event(article[1]) not in events:
            events.add(ecbplus_event(article[1]))
            order.append(article)
    return order


def meantime_order(
    split: str, held: set[str], ranking: list[tuple[int, int, str, str]]
) -> list[tuple[str, str, int]]:
    """(slug, doc id, long spans) of every unheld MEANTIME article of ``ranking`` (rows of
    ``meantime_texts.ranking``: long spans, spans, corpus, doc id) with a long span or more,
    in ``split``'s seeded order of the sorted slugs.

    Why before ECB+: MEANTIME is English Wikinews too, the register of the held-out splits,
    and CC BY, so its few unheld articles with a quote come first."""
    found = []
    for long_count, all_count, corpus, doc_id in ranking:
        if span_chars(split) < LONG_SPAN:
            long_count = all_count  # dev15 counts spans of any length
        if doc_id not in held and long_count >= SPLIT_MIN_SPANS[split]:
            slug = f"{MEANTIME_SLUG}{corpus.removeprefix('corpus_')}-{doc_id}"
            found.append((slug, doc_id, long_count))
    found.sort()
    random.Random(SEEDS[split]).shuffle(found)
    return found


def ecbplus_event(name: str) -> str:
    """The seminal event an ECB+ document reports: its topic and half ("39_4ecbplus" ->
    "39ecbplus"); the split takes one article per event, as dev6 to dev9 did, since the
    reports of one event are near-duplicates."""
    topic, rest = name.split("_", 1)
    return topic + rest.lstrip("0123456789")


def _ecbplus_texts() -> dict[str, str]:
    """Every odd-topic ECB+ article's text (the even topics are a held-out half elsewhere)."""
    from ecbplus_texts import odd_topic_texts

    return odd_topic_texts()


def _meantime_ranking() -> list[tuple[int, int, str, str]]:
    """The development half's MEANTIME articles by long spans (gm and stock are never read)."""
    from meantime_texts import ranking

    return ranking()


def pick_order(split: str, data_dir: Path = DEFAULT_DATA) -> list[tuple[str, str, int]]:
    """Every eligible article in ``split``'s seeded order, those passing the two-span bar
    first (a stable sort, so dev10's order, where all pass, is unchanged), then, only if the
    CSVs hold fewer than PICKED, the top-up (MEANTIME's unheld articles first for the splits
    that read them, then ECB+); the first PICKED are the split."""
    manifest = read_manifest()
    order = eligible(
        read_rows(data_dir), held_before(split, manifest), SPLIT_MIN_SPANS[split], span_chars(split)
    )
    random.Random(SEEDS[split]).shuffle(order)
    order.sort(key=lambda article: article[2] < MIN_LONG_SPANS)
    if len(order) >= PICKED:
        return order
    if split in MEANTIME_TOP_UP:
        order += meantime_order(split, meantime_held_before(split, manifest), _meantime_ranking())
    held = ecbplus_held_before(split, manifest)
    return order + ecbplus_order(split, held, _ecbplus_texts(), events_of(split, manifest))


def second_stage_order(split: str) -> list[tuple[str, str, int]]:
    """(slug, document, long spans) of ``split``'s second stage in its seeded order (none for a
    split without one); the first SECOND_STAGE of them join the split after its first PICKED."""
    if split not in SECOND_STAGE:
        return []
    held = ecbplus_held_before(split, read_manifest())
    return second_stage(split, pick_order(split)[:PICKED], held, _ecbplus_texts())


def second_stage(
    split: str, first: list[tuple[str, str, int]], held: set[str], texts: dict[str, str]
) -> list[tuple[str, str, int]]:
    """One ECB+ document of ``texts`` outside ``held`` with a span of 20+ characters per
    odd-topic event that no ECB+ document of ``first`` (the split's first stage) reports, in
    ``split``'s seeded order, the first of each event.

    Why long spans again and dev14's events admitted: the first stage's short spans were
    mostly terms and names, and only those events have reports with quotes left unread."""
    taken = frozenset(
        ecbplus_event(name) for slug, name, _ in first if slug.startswith(ECBPLUS_SLUG)
    )
    return ecbplus_order(split, held, texts, taken, LONG_SPAN)


def picked(split: str) -> list[tuple[str, str, int]]:
    """Every article of ``split``: the first PICKED of its order, then its second stage."""
    return pick_order(split)[:PICKED] + second_stage_order(split)[: SECOND_STAGE.get(split, 0)]


def events_of(split: str, manifest: list[dict[str, object]]) -> frozenset[str]:
    """The ECB+ events the split FRESH_EVENTS_AFTER names for ``split`` holds (none if it
    names none): dev15 leaves dev14's out, as their other reports would be near-duplicates
    of tuning text."""
    earlier = FRESH_EVENTS_AFTER.get(split)
    return frozenset(
        ecbplus_event(str(a["ecbplus_doc"]))
        for a in manifest
        if earlier and a.get("split") == earlier and a.get("ecbplus_doc")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=list(SEEDS), default=list(SEEDS)[-1])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding the CSVs")
    args = parser.parse_args()
    for number, (slug, url, count) in enumerate(pick_order(args.split, args.data), 1):
        mark = f"  {args.split}" if number <= PICKED else ""
        print(f"{number:3} {count:3} {slug}{mark}  {url if mark else ''}".rstrip())
    for number, (slug, name, count) in enumerate(second_stage_order(args.split), 1):
        mark = f"  {args.split} (second stage)" if number <= SECOND_STAGE[args.split] else ""
        print(f"{number:3} {count:3} {slug}{mark}  {name if mark else ''}".rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
