"""The dev5 texts: MEANTIME English articles (CC BY 4.0) read the way the app imports them.

MEANTIME ships tokens, not text; ``tests/eval/meantime.py`` rebuilds each article (headline,
blank line, date line, blank line, body). The gold text is what the app's plain-text import
makes of that rebuilt file -- the body with its date line, title taken off -- so the offsets
in quotes.jsonl are offsets into the very text a user importing the article would analyse.
Only the development half's corpora (airbus, apple) are ever read here; gm and stock are a
held-out half for other evaluations.

Usage (from build_texts.py): ``meantime_text(doc_id)``; ``python meantime_texts.py --rank``
prints the development-half articles by their quotation-mark spans of 20+ characters, the
count dev5 was picked by.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[2])]

import meantime  # noqa: E402
from candidates import quote_spans  # noqa: E402

DEVELOPMENT_CORPORA = ("corpus_airbus", "corpus_apple")
LONG_SPAN_CHARS = 20


@cache
def development_documents() -> dict[str, meantime.Document]:
    """The airbus and apple articles by doc id (never the held-out gm and stock ones)."""
    folder = meantime.corpus_root() / "intra_cross-doc_annotation"
    found = {}
    for corpus in DEVELOPMENT_CORPORA:
        for path in sorted((folder / corpus).glob("*.xml")):
            document = meantime.read_document(path)
            found[document.doc_id] = document
    return found


def source_url(doc_id: str) -> str:
    """The Wikinews address MEANTIME records for the article (its root's ``url``)."""
    folder = meantime.corpus_root() / "intra_cross-doc_annotation"
    for corpus in DEVELOPMENT_CORPORA:
        for path in (folder / corpus).glob(f"{doc_id}_*.xml"):
            return ET.parse(path).getroot().get("url", "")
    raise KeyError(doc_id)


def imported(doc_id: str) -> tuple[str, str | None, str | None]:
    """(body, title, published) as the app's plain-text import reads the rebuilt article."""
    from workbench.ingest.plaintext import read_plain_text

    document = development_documents()[doc_id]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{doc_id}.txt"
        path.write_text(document.text, encoding="utf-8")
        article = read_plain_text(path)[0].article
    return article.text, article.title, article.published


def meantime_text(doc_id: str) -> str:
    """The gold text of one MEANTIME article: the imported body."""
    return imported(doc_id)[0]


def ranking() -> list[tuple[int, int, str, str]]:
    """(long spans, all spans, corpus, doc id), most long spans first: how dev5 was picked."""
    rows = []
    for doc_id, document in development_documents().items():
        spans = quote_spans(meantime_text(doc_id))[0]
        long_spans = sum(1 for start, end in spans if end - start >= LONG_SPAN_CHARS)
        rows.append((long_spans, len(spans), document.corpus, doc_id))
    return sorted(rows, key=lambda row: (-row[0], -row[1], row[3]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rank", action="store_true", help="print the dev5 ranking")
    args = parser.parse_args()
    if args.rank:
        for long_spans, spans, corpus, doc_id in ranking():
            title = development_documents()[doc_id].title
            print(f"{long_spans:3d} {spans:3d} {corpus:15s} {doc_id:7s} {title[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
