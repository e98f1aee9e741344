"""Snippets for documents too long for FTS5's ``snippet()``.

``snippet()`` scores every window of a matching document, and its cost grows
with the square of the document's length: 0.1 s for 50,000 words, 2.3 s for
200,000, and a 31 MB document (an attack run's input) kept one search busy for
more than ten minutes. Documents over ``SQL_SNIPPET_MAX_WORDS`` words get their
snippet here instead: the words around the first place a highlighted word or
phrase occurs, marked the same way, in one linear scan.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from workbench.store.rows import ids_param, in_ids

SNIPPET_OPEN = "\x02"
SNIPPET_CLOSE = "\x03"
SQL_SNIPPET_MAX_WORDS = 50_000
_QUOTED_PART = re.compile(r'"((?:[^"]|"")*)"(\*?)')
_CHARS_PER_WORD = 20  # generous: a window of text this wide holds the words wanted


def long_documents(db: Database, doc_ids: list[int]) -> set[int]:
    """The ``doc_ids`` too long for ``snippet()`` (by their stored word count)."""
    rows = db.execute(f"SELECT id FROM documents WHERE {in_ids('id')} AND word_count > ?",
                      [ids_param(doc_ids), SQL_SNIPPET_MAX_WORDS]).fetchall()
    return {int(row[0]) for row in rows}


def long_document_snippets(db: Database, highlight: str, doc_ids: set[int], tokens: int
                           ) -> dict[int, str]:
    """Snippets of long documents, read from their text one at a time."""
    pattern = highlight_pattern(highlight)
    found = {}
    for doc_id in doc_ids:
        row = db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()
        found[doc_id] = scanned_snippet(row[0] if row else "", pattern, tokens)
    return found


def highlight_pattern(highlight: str) -> re.Pattern[str] | None:
    """The quoted words and phrases of a ``highlight_query`` as one case-blind pattern
    (a phrase's words apart by any spaces, a starred part as a prefix)."""
    parts = []
    for phrase, star in _QUOTED_PART.findall(highlight):
        words = phrase.replace('""', '"').split()
        if words:
            parts.append(r"(?<!\w)" + r"\s+".join(map(re.escape, words))
                         + (r"\w*" if star else r"(?!\w)"))
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def scanned_snippet(text: str, pattern: re.Pattern[str] | None, tokens: int) -> str:
    """About ``tokens`` words around the first match of ``pattern``, the match marked;
    the opening words when nothing matches as written (FTS5 also matches by token
    folding this pattern does not redo)."""
    match = pattern.search(text) if pattern is not None else None
    if match is None:
        words = text[: tokens * _CHARS_PER_WORD].split()
        return " ".join(words[:tokens]) + ("…" if len(words) > tokens else "")
    reach = tokens * _CHARS_PER_WORD
    before = text[max(0, match.start() - reach): match.start()].split()
    after = text[match.end(): match.end() + reach].split()
    lead = before[-(tokens // 2):] if tokens > 1 else []
    tail = after[: max(0, tokens - len(lead) - 1)]
    marked = SNIPPET_OPEN + match.group() + SNIPPET_CLOSE
    return ("…" if len(before) > len(lead) else "") + " ".join([*lead, marked, *tail]) \
        + ("…" if len(after) > len(tail) else "")
