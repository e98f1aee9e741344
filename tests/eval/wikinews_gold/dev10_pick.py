"""dev10's pick: Wikinews articles of the CSVs that no split holds, chosen mechanically.

dev6 to dev9 came from ECB+ (mainstream US news), so only dev to dev4 read the register of
the held-out Wikinews splits.  dev10 goes back to that register: the CSV articles that
``articles.jsonl`` does not hold (whatever other set, such as a timex set, read them),
leaving out interviews (a title that says so, or the transcript's "((WN))" turns: their
answers carry no quotation marks) and the articles with fewer
than two quotation-mark spans of 20+ characters (``candidates.py`` pairing), then a seeded
shuffle of the remaining slugs, so the pick is a sample of the register rather than its
most quote-heavy corner; the first ``PICKED`` of that order are dev10.

Usage: python tests/eval/wikinews_gold/dev10_pick.py [--data DIR]   (prints the order)
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
SEED = 10
LONG_SPAN = 20
MIN_LONG_SPANS = 2
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


def long_spans(text: str) -> int:
    """How many paired quotation-mark spans of 20+ characters the text holds."""
    return sum(1 for start, end in quote_spans(text)[0] if end - start >= LONG_SPAN)


def eligible(rows: dict[str, dict[str, str]], taken_urls: set[str]) -> list[tuple[str, str, int]]:
    """(slug, url, long spans) of every unheld, non-interview article with enough quotes."""
    found = []
    for url, row in rows.items():
        if url in taken_urls or "TEST_PAGE" in row["title"] or INTERVIEW_TITLE.search(row["title"]):
            continue
        text = normalise(row["text"])
        if INTERVIEW_TURN in text:
            continue
        count = long_spans(text)
        if count >= MIN_LONG_SPANS:
            found.append((slug_of(row["title"]), url, count))
    return sorted(found)


def dev10_order(data_dir: Path = DEFAULT_DATA) -> list[tuple[str, str, int]]:
    """Every eligible article in dev10's seeded order; the first PICKED are the split."""
    taken = {str(article["url"]) for article in read_manifest() if article.get("url")}
    taken -= {str(a["url"]) for a in read_manifest() if a.get("split") == "dev10"}
    order = eligible(read_rows(data_dir), taken)
    random.Random(SEED).shuffle(order)
    return order


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding the CSVs")
    args = parser.parse_args()
    for number, (slug, _url, count) in enumerate(dev10_order(args.data), 1):
        print(f"{number:3} {count:3} {slug}{'  dev10' if number <= PICKED else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
