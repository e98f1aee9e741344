"""dev6 to dev9 texts: ECB+ news articles of odd topics, rebuilt at run time, never stored.

ECB+ (Cybulska & Vossen 2014; annotations CC BY 3.0) ships tokens of articles whose text
stays with their publishers, so dev6 keeps only annotations in the repository: offsets,
speaker names and a fingerprint of each quote (``fingerprint``), never the quoted words.
The text every offset counts in is the one the suggestion evaluation imports
(``tests/eval/ecbplus.py``, ``EcbDocument.text``): the tokens detokenised, an ``ecbplus``
file's sentence 0 (its source URL) dropped, the first remaining sentence (the headline of
an ``ecbplus`` file, the lead of an ``ecb`` one) as the first line, a blank line, then the
other sentences joined by spaces (ECB+ records no paragraphs). The tokeniser's traces stay
(``“ I have ”`` with spaces inside the marks, ``Gray ’ s``, ``16 - year - old``).

Only odd topics are read here: the even ones are the suggestion evaluation's held-out half.

Usage: ``python ecbplus_texts.py --rank`` prints how dev6 was picked, ``--rank-dev7``,
``--rank-dev8`` and ``--rank-dev9`` how dev7, dev8 and dev9 were; ``--show NAME`` prints one
article with its quotation-mark spans numbered, for the annotator (to the terminal only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[2])]

import ecbplus  # noqa: E402
from candidates import quote_spans  # noqa: E402

LONG_SPAN_CHARS = 20
#: How many events (a topic's ``ecb`` or ``ecbplus`` half) dev6 takes, one article each.
EVENTS = 25


def available() -> bool:
    """Whether the shared ECB+ tarball is on this machine (dev6 is skipped without it)."""
    return ecbplus.available()


@cache
def _odd_topic_documents() -> dict[str, ecbplus.EcbDocument]:
    return {d.name: d for d in ecbplus.documents() if d.topic % 2 == 1}


def ecbplus_text(name: str) -> str:
    """The text of one odd-topic ECB+ article as the eval imports it (KeyError for even ones)."""
    return _odd_topic_documents()[name].text


def odd_topic_texts() -> dict[str, str]:
    """Every odd-topic article's text by document name (dev12's ECB+ top-up reads them all)."""
    return {name: document.text for name, document in _odd_topic_documents().items()}


def fingerprint(quote: str) -> str:
    """A short hash that checks an offset pair without storing the words it covers."""
    return hashlib.sha1(quote.encode("utf-8")).hexdigest()[:12]


def long_spans(text: str) -> tuple[int, int]:
    """(quotation-mark spans of 20+ characters, all spans) of a text, paired mechanically."""
    spans = quote_spans(text)[0]
    return sum(1 for start, end in spans if end - start >= LONG_SPAN_CHARS), len(spans)


def ranking() -> list[tuple[int, int, str]]:
    """Each odd-topic event's best article (most long spans, then most spans, then name),
    events ordered the same way: dev6 is the first ``EVENTS`` of them.

    Why one per event: the top of a plain ranking is a few topics' near-duplicate reports,
    and a fresh set should test many stories, both halves of ECB+."""
    best: dict[tuple[int, str], tuple[int, int, str]] = {}
    for name, document in _odd_topic_documents().items():
        row = (*long_spans(document.text), name)
        held = best.get(document.event)
        if held is None or (-row[0], -row[1], row[2]) < (-held[0], -held[1], held[2]):
            best[document.event] = row
    return sorted(best.values(), key=lambda row: (-row[0], -row[1], row[2]))


def split_documents(*splits: str) -> set[str]:
    """The ECB+ file names the given splits hold (from articles.jsonl)."""
    records = (json.loads(line) for line in (HERE / "articles.jsonl").open(encoding="utf-8"))
    return {str(r["ecbplus_doc"]) for r in records if r.get("split") in splits}


def dev6_documents() -> set[str]:
    """The ECB+ file names dev6 holds (from articles.jsonl)."""
    return split_documents("dev6")


def ranking_without(taken: set[str]) -> list[tuple[int, int, str]]:
    """Each odd-topic event's best article that ``taken`` does not hold, events ordered by
    long spans, then by how few articles ``taken`` holds from the topic (so the topics the
    earlier splits used least come first on a tie), then spans and name.

    Why again one per event: a fresh set should test many stories; the tie-break spreads
    it over topics the earlier splits barely saw."""
    documents = _odd_topic_documents()
    used = Counter(documents[name].topic for name in taken if name in documents)
    best: dict[tuple[int, str], tuple[int, int, int, str]] = {}
    for name, document in documents.items():
        if name in taken:
            continue
        long_count, count = long_spans(document.text)
        row = (-long_count, used[document.topic], -count, name)
        held = best.get(document.event)
        if held is None or row < held:
            best[document.event] = row
    ordered = sorted(best.values())
    return [(-row[0], -row[2], row[3]) for row in ordered]


def dev7_ranking() -> list[tuple[int, int, str]]:
    """dev7's pick: the ranking of the articles dev6 does not hold."""
    return ranking_without(dev6_documents())


def dev8_ranking() -> list[tuple[int, int, str]]:
    """dev8's pick: the ranking of the articles neither dev6 nor dev7 holds."""
    return ranking_without(split_documents("dev6", "dev7"))


def dev9_ranking() -> list[tuple[int, int, str]]:
    """dev9's pick: the ranking of the articles none of dev6, dev7 and dev8 holds."""
    return ranking_without(split_documents("dev6", "dev7", "dev8"))


def show(name: str) -> None:
    """Print one article with its spans numbered as annotations.txt refers to them."""
    text = ecbplus_text(name)
    spans, unpaired = quote_spans(text)
    pieces, position = [], 0
    for number, (start, end) in enumerate(spans, 1):
        pieces += [text[position:start], f"[{number}]", text[start:end]]
        position = end
    print(f"=== {name}: {len(spans)} spans, unpaired marks at {unpaired}")
    print("".join([*pieces, text[position:]]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rank", action="store_true", help="print the dev6 ranking")
    parser.add_argument("--rank-dev7", action="store_true", help="print the dev7 ranking")
    parser.add_argument("--rank-dev8", action="store_true", help="print the dev8 ranking")
    parser.add_argument("--rank-dev9", action="store_true", help="print the dev9 ranking")
    parser.add_argument("--show", nargs="*", default=[], help="print articles, spans numbered")
    args = parser.parse_args()
    if not available():
        print("ECB+ is not in /work/shared/data/ecbplus", file=sys.stderr)
        return 1
    if args.rank:
        for number, (long_count, count, name) in enumerate(ranking(), 1):
            mark = "dev6" if number <= EVENTS else ""
            print(f"{number:3d} {long_count:3d} {count:3d} {name:14s} {mark}")
    if args.rank_dev7:
        for number, (long_count, count, name) in enumerate(dev7_ranking(), 1):
            mark = "dev7" if number <= EVENTS else ""
            print(f"{number:3d} {long_count:3d} {count:3d} {name:14s} {mark}")
    if args.rank_dev8:
        for number, (long_count, count, name) in enumerate(dev8_ranking(), 1):
            mark = "dev8" if number <= EVENTS else ""
            print(f"{number:3d} {long_count:3d} {count:3d} {name:14s} {mark}")
    if args.rank_dev9:
        for number, (long_count, count, name) in enumerate(dev9_ranking(), 1):
            mark = "dev9" if number <= EVENTS else ""
            print(f"{number:3d} {long_count:3d} {count:3d} {name:14s} {mark}")
    for name in args.show:
        show(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
