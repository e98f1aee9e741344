"""Benchmark data built from the real NewsArticles set, cached under ~/.cache/workbench-bench.

Why real text: spaCy speed, FTS5 index shape and snippet cost all depend on
real vocabulary and article lengths. The 3,824 articles are read from
/work/shared/data at run time and never copied into the repo.

How the 100,000-document library is made: the NewsArticles texts have no
paragraph breaks, so each article is cut into "paragraphs" of three sentences
(``workbench.core.sentences``). A synthetic document takes the title,
source and URL of a randomly chosen real article (its "lead"), the lead's
first paragraph, then 2–8 paragraphs drawn at random from other real
articles, joined by blank lines; its date is a random day in the corpus's
range (Dec 2016 – Mar 2017). Bodies therefore have real sentences, real
vocabulary and real lengths (about 500 words), titles are real titles
(each reused about 26 times, as a syndicated story would be), and every body
is distinct. Each gets a synthetic analysis (see ``synthetic_analysis``) so
entity counts, mentions and quotes exist as in an analysed library. The
library is built through the Store API (``add_article`` then
``save_analysis`` per document, as an import does, grouped 500 documents to an
outer transaction so the one-off build takes minutes, not a quarter hour),
its search index then merged by ``store.library.merge_search_index`` as the
import operation does after storing that many documents, and cached per
``CORPUS_VERSION``.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import random
import re
import zipfile
import zlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from bench_support import CACHE, NEWS_ZIP

from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.core.sentences import sentence_spans
from workbench.operations.importing import MERGE_AFTER_DOCUMENTS

CORPUS_VERSION = 2  # 2: the search index merged after the build, as an import's end does
SENTENCES_PER_PARAGRAPH = 3
BUILD_BATCH = 500
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|[A-Z]\.))*(?:\s+[A-Z][a-z]+)?")
_QUOTE = re.compile(r'"([^"]{20,400})"')
_LABELS = ("PERSON", "ORG", "GPE", "NORP", "PERSON", "PERSON", "DATE")
_SKIP_NAMES = frozenset("The A An In On At But And It He She They We This That I".split())
_FIRST_DAY = dt.date(2016, 12, 30)
_DAYS = 70


def news_csv() -> Path:
    """The NewsArticles CSV, extracted once into the cache (never into the repo)."""
    target = CACHE / "news" / "NewsArticles.csv"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(NEWS_ZIP) as archive:
            archive.extract("NewsArticles.csv", target.parent)
    return target


@cache
def news_articles() -> list[dict[str, str]]:
    """The real articles with non-empty text (3,788 of 3,824), as import records."""
    records = []
    with news_csv().open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = (row["text"] or "").strip()
            if not text:
                continue
            records.append({
                "id": row["article_id"],
                "title": row["title"].strip(),
                "text": text,
                "source": _source(row["article_source_link"]),
                "published": _iso_day(row["publish_date"]),
                "url": row["article_source_link"],
            })
    return records


def _source(url: str) -> str:
    host = re.sub(r"^https?://(www\.)?", "", url).split("/")[0]
    return host.removeprefix("europe.")


def _iso_day(value: str) -> str:
    try:
        year, month, day = (int(part) for part in value.split("/"))
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def write_jsonl(records: list[dict[str, str]], path: Path) -> Path:
    """Write import records as JSON Lines (the format ``workbench import`` reads)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def real_articles(count: int) -> list[dict[str, str]]:
    """The first ``count`` real articles (all of them when ``count`` exceeds 3,788)."""
    return news_articles()[:count]


def word_count(records: list[dict[str, str]]) -> int:
    """Whitespace words in the bodies (the app's own definition of length)."""
    return sum(len(record["text"].split()) for record in records)


@cache
def paragraphs() -> list[list[str]]:
    """Each real article cut into paragraphs of three sentences."""
    result = []
    for record in news_articles():
        text = record["text"]
        spans = sentence_spans(text)
        groups = [spans[i : i + SENTENCES_PER_PARAGRAPH]
                  for i in range(0, len(spans), SENTENCES_PER_PARAGRAPH)]
        result.append([text[group[0][0] : group[-1][1]] for group in groups if group])
    return result


def synthetic_records(count: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """``count`` recombined documents (see the module docstring for how)."""
    rng = random.Random(seed)
    articles, pieces = news_articles(), paragraphs()
    for number in range(count):
        lead = rng.randrange(len(articles))
        body = [pieces[lead][0]]
        for _ in range(rng.randint(2, 8)):
            other = pieces[rng.randrange(len(pieces))]
            body.append(other[rng.randrange(len(other))])
        day = _FIRST_DAY + dt.timedelta(days=rng.randrange(_DAYS))
        yield {
            "id": f"synthetic-{number}",
            "title": articles[lead]["title"],
            "text": "\n\n".join(body),
            "source": articles[lead]["source"],
            "published": day.isoformat(),
            "url": articles[lead]["url"],
        }


def synthetic_analysis(text: str, title: str = "") -> Analysis:
    """Mentions and quotes found by regex, so libraries look analysed without spaCy.

    Capitalised word runs become mentions (label chosen by a hash of the name,
    so the same name always gets the same label); straight-quoted passages
    become direct quotes whose speaker is the nearest PERSON before them. Good
    enough for timing storage, browsing and export; not for quality.
    """
    from workbench.nlp.pipeline import ANALYSIS_VERSION

    mentions = [m for m in _regex_mentions(text, "text")] + _regex_mentions(title, "title")
    people = [m for m in mentions if m.label == "PERSON" and m.field == "text"]
    quotes = []
    for match in _QUOTE.finditer(text):
        before = [p for p in people if p.end <= match.start()]
        speaker = before[-1] if before else None
        quotes.append(Quote(
            match.start(1), match.end(1), match.group(1), "direct",
            speaker.entity if speaker else None, speaker.text if speaker else None,
            speaker.start if speaker else None, speaker.end if speaker else None, "said", 0.9))
    return Analysis(tuple(mentions), tuple(quotes), ANALYSIS_VERSION)


def _regex_mentions(text: str, field: str) -> list[Mention]:
    found = []
    for match in _NAME.finditer(text):
        start, name = match.start(), match.group()
        first = name.split(" ", 1)[0]
        if first in _SKIP_NAMES:
            start, name = start + len(first) + 1, name[len(first) + 1 :]
        if name in _SKIP_NAMES or len(name) < 3:
            continue
        label = _LABELS[zlib.crc32(name.encode()) % len(_LABELS)]
        found.append(Mention(start, match.end(), name, label, name, field, "model", 0.9))
    return found


def to_article(record: dict[str, str]) -> Article:
    """An ``Article`` built by the app's own ingest rules (normalisation, dates)."""
    from workbench.ingest.articles import build_article

    return build_article(text=record["text"], fmt="jsonl", path=Path("bench.jsonl"),
                         title=record["title"], source=record["source"],
                         published=record["published"], url=record["url"],
                         external_id=record["id"]).article


def synthetic_library(count: int = 100_000, log: Any = print) -> Path:
    """The cached library of ``count`` recombined, synthetically analysed documents."""
    path = CACHE / f"library-{count}-v{CORPUS_VERSION}.sqlite"
    if path.exists():
        return path
    from workbench.store import Store

    partial = path.with_suffix(".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    records = synthetic_records(count)
    with Store(partial) as store:
        for done in range(0, count, BUILD_BATCH):
            with store.db.atomic():
                for record in itertools.islice(records, BUILD_BATCH):
                    add_analysed(store, record)
            if (done + BUILD_BATCH) % 10_000 == 0:
                log(f"  built {done + BUILD_BATCH:,} of {count:,} documents")
        if count >= MERGE_AFTER_DOCUMENTS:  # what an import of ``count`` documents does at its end
            for _rows in store.library.merge_search_index():
                pass
    partial.rename(path)
    return path


def add_analysed(store: Any, record: dict[str, str]) -> int | None:
    """Add one record and save its synthetic analysis; return its id (None if a duplicate)."""
    changes = store.documents.add_article(to_article(record), analyze=False)
    if not changes.documents_added:
        return None
    doc_id = int(changes.documents_added[0])
    store.analysis.save_analysis(doc_id, synthetic_analysis(record["text"], record["title"]))
    return doc_id


def long_article(min_words: int = 5000, topic: str = "Trump") -> dict[str, str]:
    """One ~5,000-word article: real paragraphs of articles about one topic, in date order."""
    related = sorted((n for n, a in enumerate(news_articles()) if topic in a["title"]),
                     key=lambda n: news_articles()[n]["published"])
    body: list[str] = []
    words = 0
    for number in related:
        for piece in paragraphs()[number]:
            body.append(piece)
            words += len(piece.split())
        if words >= min_words:
            break
    return {"id": "long", "title": f"{topic}: the first ten weeks, as reported",
            "text": "\n\n".join(body), "source": "bench", "published": "2017-03-09",
            "url": "https://example.org/long"}
