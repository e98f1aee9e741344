"""Emoji and other symbols in searches: a side index of what the word index drops.

Why a second index: the word index's tokenizer (``unicode61``) keeps letters
and digits only, so "🔥", "€" or "✔" are separators there and a search for
them found nothing. ``documents_symbols`` (migration 0016) is an FTS5 index
of the same documents whose tokenizer keeps only symbols (Unicode categories
``So``, ``Sc``, ``Sm``: emoji and pictographs, currency signs, mathematical
signs); kept by triggers in the same transaction as the document, like the
word index. It is small: a news article holds a handful of symbols.

A run of adjacent symbols is one token there ("🔥🔥", "👍🔥"), so a symbol
typed in a search matches every indexed run that contains it: the runs are
looked up in the index's vocabulary (``documents_symbols_terms``), a few
thousand rows in a large library, and OR-ed. A search's words still go to
the word index; its symbols narrow (or, alone, make) the result.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlite_utils import Database

from workbench.core.text import whole_character_after, whole_character_end
from workbench.store.search_snippets import SNIPPET_CLOSE, SNIPPET_OPEN, scanned_snippet

SYMBOL_CATEGORIES = frozenset({"So", "Sc", "Sm"})
# unicode61's option string for the same categories (the migration's tokenizer).
SYMBOL_TOKENIZER = "unicode61 categories 'So Sc Sm'"
# A pasted paragraph must not turn into a long query: at most this many symbol runs ...
MAX_SYMBOL_RUNS = 8
# ... each matching at most this many indexed runs (the most widespread first).
MAX_TERMS_PER_RUN = 64
SYMBOL_MATCH = "documents_symbols MATCH ?"
_CHARS_PER_WORD_SHOWN = 7
_SPACES = re.compile(r"\s+")
WORD_MATCH = "documents_fts MATCH ?"


def is_symbol(character: str) -> bool:
    """Whether the symbol index keeps ``character`` (and the word index drops it)."""
    return unicodedata.category(character) in SYMBOL_CATEGORIES


def symbol_runs(text: str) -> tuple[str, ...]:
    """The distinct runs of symbols in a query, in order, cut as the symbol index cuts them.

    Beside words, a run of ASCII signs ("+", "|", ">", "$") is punctuation of the
    query ("profits + 5", "Apple | Microsoft"), as the word index has always read
    it, not a symbol every document must hold; alone ("$") it is searched.
    """
    runs: dict[str, None] = {}
    current: list[str] = []
    for character in text + " ":
        if is_symbol(character):
            current.append(character)
        elif current:
            runs.setdefault("".join(current))
            current = []
    if any(character.isalnum() for character in text):
        runs = {run: None for run in runs if not run.isascii()}
    return tuple(runs)[:MAX_SYMBOL_RUNS]


def symbol_query(db: Database, runs: tuple[str, ...]) -> str | None:
    """The FTS5 expression for ``documents_symbols`` that every run must match.

    None when some run is in no document (nothing can match); "" when there
    are no runs.
    """
    groups = []
    for run in runs:
        terms = [
            str(row[0])
            for row in db.execute(
                "SELECT term FROM documents_symbols_terms WHERE instr(term, ?) > 0"
                " ORDER BY doc DESC LIMIT ?", [run, MAX_TERMS_PER_RUN])
        ]
        if not terms:
            return None
        groups.append("(" + " OR ".join(_quoted(term) for term in terms) + ")")
    return " AND ".join(groups)


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


@dataclass(frozen=True)
class SearchPlan:
    """Where a search's matches come from: FROM source, WHERE clauses, parameters, index.

    ``index`` is the FTS5 table that ranks the matches (the word index when the
    search has words, else the symbol index), None when nothing can match.
    """

    source: str
    clauses: tuple[str, ...]
    params: tuple[object, ...]
    index: str | None

    @property
    def rank(self) -> str:
        """The relevance expression to sort by (best first, ascending)."""
        return f"{self.index}.rank" if self.index else "d.id"

    @property
    def counting_source(self) -> str:
        """What a count of the matches reads: the index alone, without the documents table.

        Why: every clause of a plan with an index names only that index, and an
        external-content FTS5 index has one row per document, so joining each
        match to its document row (one lookup per match, over a common word's
        thousands) changes no count. Used by every status-bar and word-weight count.
        """
        return self.index or self.source

    def score(self, title_weight: float) -> str:
        """bm25 with the title weighted ``title_weight`` times the body (0 when nothing matches)."""
        return f"bm25({self.index}, {title_weight}, 1.0)" if self.index else "0"


def search_plan(db: Database, word_query: str, runs: tuple[str, ...]) -> SearchPlan:
    """The plan for a search with an FTS5 ``word_query`` ("" for none) and symbol ``runs``."""
    symbols = symbol_query(db, runs) if runs else ""
    if symbols is None:  # a symbol no document holds
        return SearchPlan("documents d", ("0",), (), None)
    if not word_query:
        return SearchPlan("documents_symbols JOIN documents d ON d.id = documents_symbols.rowid",
                          (SYMBOL_MATCH,), (symbols,), "documents_symbols")
    clauses: list[str] = [WORD_MATCH]
    params: list[object] = [word_query]
    if symbols:
        # The index's rowid, not d.id (equal under the join): a count needs only the index.
        clauses.append(
            f"documents_fts.rowid IN (SELECT rowid FROM documents_symbols WHERE {SYMBOL_MATCH})"
        )
        params.append(symbols)
    return SearchPlan("documents_fts JOIN documents d ON d.id = documents_fts.rowid",
                      tuple(clauses), tuple(params), "documents_fts")


def symbol_snippets(db: Database, runs: tuple[str, ...], doc_ids: list[int], tokens: int
                    ) -> dict[int, str]:
    """Snippets around the first searched symbol of each document, the symbol marked.

    Not FTS5's ``snippet()``: it counts tokens of its own index, and the
    symbol index has few, so its window would span most of an article.
    """
    if not runs or not doc_ids:
        return {}
    pattern = re.compile("|".join(re.escape(run) for run in runs))
    marks = ", ".join("?" for _ in doc_ids)
    rows = db.execute(f"SELECT id, text FROM documents WHERE id IN ({marks})", list(doc_ids))
    return {int(doc_id): _symbol_snippet(text or "", pattern, tokens) for doc_id, text in rows}


def _symbol_snippet(text: str, pattern: re.Pattern[str], tokens: int) -> str:
    """About ``tokens`` words around the first match, marked where it stands ("€[5bn]" stays
    glued: a symbol is often written against a word)."""
    match = pattern.search(text)
    if match is None:  # in the title only
        return scanned_snippet(text, None, tokens)
    reach = tokens * _CHARS_PER_WORD_SHOWN // 2
    # Whole characters: 👍 searched, 👍🏽 written; 👧 searched, a family 👩‍👩‍👧 written.
    found_start = whole_character_end(text, match.start())
    found_end = whole_character_after(text, match.end())
    start, end = max(0, found_start - reach), min(len(text), found_end + reach)
    before, after = text[start:found_start], text[found_end:end]
    if start > 0:  # cut at a word's start, not inside it
        before = "…" + before.split(maxsplit=1)[-1] if len(before.split()) > 1 else "…"
    if end < len(text):
        after = after.rsplit(maxsplit=1)[0] + "…" if len(after.split()) > 1 else "…"
    marked = f"{before}{SNIPPET_OPEN}{text[found_start:found_end]}{SNIPPET_CLOSE}{after}"
    return _SPACES.sub(" ", marked).strip()
