"""Rebuild the normalised Wikinews gold texts from the source CSVs.

The gold offsets in quotes.jsonl are code points into texts/<slug>.txt, so the
texts must be reproducible from the public CSVs (CC BY 2.5, Wikinews
contributors).  This script applies the same normalisation as the shipped seeds
(seeds/ATTRIBUTION.md, "Changes made") and, with --check, fails if a shipped text
differs from what the CSVs give -- the guarantee that nobody edited a text by hand
after annotating it.  The dev5 articles (``"source": "meantime"``) come from the
MEANTIME corpus instead, read as the app imports them (meantime_texts.py); the dev6 articles
(``"source": "ecbplus"``) have no stored text at all (ecbplus_texts.py).

Usage:
    python tests/eval/wikinews_gold/build_texts.py [--data DIR] [--check]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = Path("/work/shared/data/wikinews_cc_by")
CSV_NAMES = ("wikinews_2019.csv", "wikinews_2020.csv")

WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
DATELINE = re.compile(rf"^(?:{WEEKDAYS}), [A-Z][a-z]+ \d{{1,2}}, \d{{4}}$")
# Image captions end with a photo credit ("Protesters at the march. Image: Andrew Gray.").
CAPTION = re.compile(r"(?:^|\s|[a-z])(?:Image|Photo): [^\n]{1,80}$")
CAPTION_MAX_CHARS = 250
BOILERPLATE = re.compile(
    r"^(?:Sources?|External links|Related news|Have an opinion on this story\?.*"
    r"|This article (?:is|has been) archived.*)$",
)
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def normalise(raw: str) -> str:
    """Return the article body as the seeds store it: one blank line between paragraphs."""
    text = unicodedata.normalize("NFC", raw.replace("\u00a0", " ").translate(ZERO_WIDTH))
    paragraphs = [re.sub(r"\s+", " ", block).strip() for block in re.split(r"\n\s*\n", text)]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and DATELINE.match(paragraphs[0]):
        paragraphs = paragraphs[1:]
    kept: list[str] = []
    for paragraph in paragraphs:
        if BOILERPLATE.match(paragraph):
            break  # everything after a "Sources" heading is page furniture
        if len(paragraph) <= CAPTION_MAX_CHARS and CAPTION.search(paragraph):
            continue
        kept.append(paragraph)
    return "\n\n".join(kept) + "\n"


def canonical_url(url: str) -> str:
    """The CSVs spell URLs with a doubled slash (https://en.wikinews.org//wiki/...)."""
    return url.replace("wikinews.org//wiki/", "wikinews.org/wiki/")


def read_rows(data_dir: Path) -> dict[str, dict[str, str]]:
    """All CSV rows keyed by canonical URL."""
    csv.field_size_limit(sys.maxsize)
    rows: dict[str, dict[str, str]] = {}
    for name in CSV_NAMES:
        with (data_dir / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                rows[canonical_url(row["url"])] = row
    return rows


def read_manifest() -> list[dict[str, object]]:
    lines = (HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def source_text(article: dict[str, object], rows: dict[str, dict[str, str]]) -> str:
    """The text an article's gold offsets count in, rebuilt from where it came from."""
    if article.get("source") == "meantime":
        from meantime_texts import meantime_text

        return meantime_text(str(article["meantime_doc"]))
    return normalise(rows[str(article["url"])]["text"])


def build(data_dir: Path, check: bool) -> int:
    """Write (or with check=True compare) every text named in articles.jsonl; return exit code."""
    rows = read_rows(data_dir)
    failures = 0
    for article in read_manifest():
        if article.get("source") == "ecbplus":
            continue  # dev6: ECB+ texts are rebuilt at run time, never stored (ecbplus_texts.py)
        target = HERE / "texts" / f"{article['slug']}.txt"
        text = source_text(article, rows)
        if not check:
            target.write_text(text, encoding="utf-8")
        elif not target.exists() or target.read_text(encoding="utf-8") != text:
            print(f"differs: {target.name}", file=sys.stderr)
            failures += 1
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding the CSVs")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    return build(args.data, args.check)


if __name__ == "__main__":
    sys.exit(main())
