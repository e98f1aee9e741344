"""Compile annotations.txt into quotes.jsonl and scare_quotes.jsonl, and verify both.

Annotators refer to quote spans by the numbers candidates.py prints and type the
speaker as written; this script finds the offsets, so a gold file never carries a
hand-typed offset that could be off by one.  It then re-reads every written record
and checks that text[start:end] == quote and text[speaker_start:speaker_end] ==
speaker_text (exit 1 otherwise).  Format of annotations.txt: see GUIDE.md.

Usage: python tests/eval/wikinews_gold/compile_gold.py [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from candidates import quote_spans

HERE = Path(__file__).resolve().parent
KINDS = {"p": "person", "o": "organisation", "g": "group/common-noun", "u": "unknown"}


@dataclass
class Article:
    slug: str
    text: str
    spans: list[tuple[int, int]]


@cache
def manifest() -> dict[str, dict[str, object]]:
    """articles.jsonl by slug."""
    lines = (HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = (json.loads(line) for line in lines if line.strip())
    return {str(record["slug"]): record for record in records}


def is_ecbplus(slug: str) -> bool:
    """Whether the article's text is rebuilt from ECB+ and never stored (dev6)."""
    return manifest().get(slug, {}).get("source") == "ecbplus"


def ecbplus_missing(slug: str) -> bool:
    """An ECB+ article on a machine without the shared ECB+ files: its records are kept."""
    if not is_ecbplus(slug):
        return False
    from ecbplus_texts import available

    return not available()


@cache
def gold_text(slug: str) -> str:
    """The text an article's offsets count in: texts/<slug>.txt, or ECB+ rebuilt (dev6)."""
    if is_ecbplus(slug):
        from ecbplus_texts import ecbplus_text

        return ecbplus_text(str(manifest()[slug]["ecbplus_doc"]))
    with (HERE / "texts" / f"{slug}.txt").open(encoding="utf-8", newline="") as handle:
        return handle.read()


def load_text(slug: str) -> Article:
    text = gold_text(slug)
    return Article(slug, text, quote_spans(text)[0])


def covered(slug: str, text: str) -> dict[str, str]:
    """The quoted words as a record stores them: the text itself, or for an ECB+ article
    (whose text stays with its publisher) only its fingerprint."""
    if is_ecbplus(slug):
        from ecbplus_texts import fingerprint

        return {"quote_sha1": fingerprint(text)}
    return {"quote": text}


def resolve_span(article: Article, ref: str) -> tuple[int, int]:
    """'3' is candidate span 3; '+120-180' is an explicit span."""
    if ref.startswith("+"):
        start, end = ref[1:].split("-")
        return int(start), int(end)
    return article.spans[int(ref) - 1]


def resolve_speaker(
    article: Article, written: str, quote: tuple[int, int]
) -> tuple[int, int]:
    """Offsets of the occurrence of `written` nearest the quote (outside it).

    A trailing '<' or '>' restricts the search to before or after the quote; '@N'
    names the start offset outright.
    """
    if "@" in written:
        written, offset = written.rsplit("@", 1)
        return int(offset), int(offset) + len(written)
    direction = written[-1] if written[-1] in "<>" else ""
    written = written.rstrip("<>")
    start, end = quote
    best: tuple[int, int] | None = None
    for match in re.finditer(rf"(?<!\w){re.escape(written)}(?!\w)", article.text):
        if start <= match.start() < end:
            continue
        if direction == "<" and match.start() >= start:
            continue
        if direction == ">" and match.start() < end:
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best is None or distance < best[0]:
            best = (distance, match.start())
    if best is None:
        raise ValueError(f"{article.slug}: speaker text {written!r} not found")
    return best[1], best[1] + len(written)


def quote_record(article: Article, fields: list[str]) -> dict[str, object]:
    start, end = resolve_span(article, fields[0])
    written, speaker, kind = fields[1], fields[2], KINDS[fields[3]]
    record: dict[str, object] = {
        "slug": article.slug, "start": start, "end": end,
        **covered(article.slug, article.text[start:end]),
        "speaker_text": None, "speaker_start": None, "speaker_end": None,
        "speaker": None if speaker == "-" else speaker, "speaker_kind": kind,
    }
    if written != "-":
        speaker_start, speaker_end = resolve_speaker(article, written, (start, end))
        record.update(speaker_text=article.text[speaker_start:speaker_end],
                      speaker_start=speaker_start, speaker_end=speaker_end)
    return record


def parse(path: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Quote and scare-quote records from annotations.txt, in file order."""
    quotes: list[dict[str, object]] = []
    scares: list[dict[str, object]] = []
    article: Article | None = None
    skipping = False
    previous: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.lstrip().startswith("@"):
            line = line.split("#", 1)[0]
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            skipping = ecbplus_missing(line[1:].strip())
            article = None if skipping else load_text(line[1:].strip())
            continue
        if skipping:
            continue
        assert article is not None, f"line {number}: no article yet"
        fields = [field.strip() for field in line.split("|")]
        if len(fields) == 2 and fields[1] == "S":
            start, end = resolve_span(article, fields[0])
            quote = covered(article.slug, article.text[start:end])
            scares.append({"slug": article.slug, "start": start, "end": end, **quote})
        elif len(fields) == 2 and fields[1] == "=":
            fields = [fields[0], *previous[1:]]
        if len(fields) == 4:
            try:
                quotes.append(quote_record(article, fields))
            except (ValueError, KeyError, IndexError) as problem:
                raise SystemExit(f"annotations.txt line {number}: {problem}") from problem
            previous = fields
        elif len(fields) != 2:
            raise SystemExit(f"annotations.txt line {number}: expected 'N | S' or 4 fields")
    return quotes, scares


def verify(quotes: list[dict[str, object]], scares: list[dict[str, object]]) -> list[str]:
    """Every problem found when re-reading the records against the texts."""
    problems: list[str] = []
    seen: set[tuple[object, object]] = set()
    for record in [*quotes, *scares]:
        slug = str(record["slug"])
        if ecbplus_missing(slug):
            continue
        text = gold_text(slug)
        key = (slug, record["start"])
        if key in seen:
            problems.append(f"{slug}: span at {record['start']} annotated twice")
        seen.add(key)
        words = text[record["start"]:record["end"]]  # type: ignore[misc]
        if covered(slug, words) != {k: record.get(k) for k in covered(slug, words)}:
            problems.append(f"{slug}: quote text differs at {record['start']}")
        if record.get("speaker_start") is not None and (
            text[record["speaker_start"]:record["speaker_end"]] != record["speaker_text"]  # type: ignore[misc]
        ):
            problems.append(f"{slug}: speaker text differs at {record['speaker_start']}")
    return problems


def write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    ordered = sorted(records, key=lambda record: (str(record["slug"]), int(str(record["start"]))))
    lines = (json.dumps(record, ensure_ascii=False) + "\n" for record in ordered)
    path.write_text("".join(lines), encoding="utf-8")


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def kept_without_text(path: Path) -> list[dict[str, object]]:
    """Records of ECB+ articles already compiled, kept as they are when ECB+ is absent."""
    if not path.exists():
        return []
    return [record for record in read_jsonl(path) if ecbplus_missing(str(record["slug"]))]


def show(quotes: list[dict[str, object]]) -> None:
    """Print each quote with its speaker in context, for the annotator's review pass."""
    for record in quotes:
        text = gold_text(str(record["slug"]))
        context = "-"
        if record["speaker_start"] is not None:
            s, e = int(str(record["speaker_start"])), int(str(record["speaker_end"]))
            before, after = text[max(0, s - 30):s], text[e:e + 30]
            context = f"{before}[[{text[s:e]}]]{after}".replace("\n", " / ")
        quote = text[int(str(record["start"])):int(str(record["end"]))]
        print(f"{record['slug'][:25]} {record['start']} {quote[:45]!r}.. -> {record['speaker']} "
              f"({record['speaker_kind']}) :: {context}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each quote with its speaker")
    args = parser.parse_args()
    quotes, scares = parse(HERE / "annotations.txt")
    quotes += kept_without_text(HERE / "quotes.jsonl")
    scares += kept_without_text(HERE / "scare_quotes.jsonl")
    write_jsonl(HERE / "quotes.jsonl", quotes)
    write_jsonl(HERE / "scare_quotes.jsonl", scares)
    problems = verify(read_jsonl(HERE / "quotes.jsonl"), read_jsonl(HERE / "scare_quotes.jsonl"))
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.show:
        show(quotes)
    articles = len({quote["slug"] for quote in quotes})
    print(f"{len(quotes)} quotes, {len(scares)} scare quotes, {articles} articles")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
