"""Turn what a user typed into a safe FTS5 query, and run searches.

Simple mode must never raise, whatever the input: every token is quoted, so
FTS5 operators (NOT, AND, OR, NEAR, ``-``, ``:``, ``*``, ``^``, parentheses)
become plain words. Advanced mode passes FTS5 syntax through and turns syntax
errors into a one-line ``SearchSyntaxError``.

Both modes bound their cost. FTS5 ranking and ``snippet()`` are quadratic in
repeated terms (advanced ``"the " * 300`` took 17 s on 36 documents), so an
advanced query over ``MAX_ADVANCED_TERMS`` terms or ``MAX_ADVANCED_CHARACTERS``
characters is refused with a message saying so (``SearchQueryTooLarge``);
simple mode asks for each word once. Snippets are cut with a separate query,
an OR of the first ``SNIPPET_TERMS`` distinct words and phrases, which marks
the same words at a cost that no longer grows with repetitions.
Lone surrogates (which SQLite cannot take) become spaces in either mode.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from itertools import product

from sqlite_utils import Database

from workbench.core.text import printable
from workbench.store.search_snippets import (
    SNIPPET_CLOSE,
    SNIPPET_OPEN,
    long_document_snippets,
    long_documents,
)
from workbench.store.search_symbols import (
    WORD_MATCH,
    search_plan,
    symbol_runs,
    symbol_snippets,
)

MAX_ADVANCED_TERMS = 32
MAX_ADVANCED_CHARACTERS = 1_000
SNIPPET_TERMS = 16
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_SURROGATE = re.compile("[\ud800-\udfff]")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_DOUBLE_S = re.compile("ss")
MAX_SHARP_S_CHOICES = 3
"""The "ss" of a word read both ways at most: eight spellings, whatever a word holds."""
# Parts of an advanced query: a "phrase"(*), a {column set}, or a word(*) perhaps naming a column.
_ADVANCED_PART = re.compile(r'"((?:[^"]|"")*)"(\s*\*)?|\{[^}]*\}|([^\W_]+)(\*)?(\s*:)?')


class SearchSyntaxError(ValueError):
    """A query the search cannot run (FTS5 could not parse it); the message is one line."""


class SearchQueryTooLarge(SearchSyntaxError):
    """An advanced query with more terms or characters than a search may cost.

    A ``SearchSyntaxError`` so that every caller that reports bad queries
    reports this one too, in its own words.
    """


@dataclass(frozen=True)
class SearchHit:
    """One matching document with a snippet; matches are wrapped in the SNIPPET markers."""

    document_id: int
    title: str
    snippet: str
    rank: float

    def snippet_text(self, open_mark: str = "[", close_mark: str = "]") -> str:
        """Return the snippet with match markers replaced for display."""
        return self.snippet.replace(SNIPPET_OPEN, open_mark).replace(SNIPPET_CLOSE, close_mark)


def without_surrogates(text: str | None) -> str:
    """``text`` with lone surrogates turned into spaces (SQLite cannot encode them)."""
    return _SURROGATE.sub(" ", text or "")


def simple_words(text: str) -> list[str]:
    """The distinct words of ``text`` in order, each as first typed.

    Repeated words are kept once: FTS5 is quadratic in repeated terms, and a
    pasted paragraph must not stall the search.
    """
    unique: dict[str, str] = {}
    for token in _TOKEN.findall(without_surrogates(text)):
        # Fold case only where FTS5's tokenizer surely folds the same way (ASCII);
        # other scripts keep exact tokens so the AND stays exact.
        unique.setdefault(token.lower() if token.isascii() else token, token)
    return list(unique.values())


def sharp_s_spellings(word: str) -> list[str]:
    """``word`` as typed, then its spellings with "ß" for "ss" and "ss" for "ß".

    Why: German writes "Straße", Swiss German, capitals and English keyboards "Strasse",
    and the index's tokenizer (unicode61) folds neither into the other, so each spelling
    found only its own documents. Asking for every spelling changes no index: no
    migration, no re-index of a library, the same answer for libraries made before.
    """
    folded = word.lower().replace("ß", "ss")
    places = [m.start() for m in _DOUBLE_S.finditer(folded)][:MAX_SHARP_S_CHOICES]
    if not places:
        return [word]
    spellings = {word.lower(): word}  # by their folded case: "Strasse" is "strasse"
    for choices in product((False, True), repeat=len(places)):
        spelling = folded
        for place in reversed([p for p, sharp in zip(places, choices, strict=True) if sharp]):
            spelling = spelling[:place] + "ß" + spelling[place + 2:]
        spellings.setdefault(spelling, spelling)
    return list(spellings.values())


def _any_spelling(word: str) -> str:
    """One simple-mode word as FTS5 matches it: quoted, or a bracketed OR of its spellings."""
    spellings = [_quoted(spelling) for spelling in sharp_s_spellings(word)]
    return spellings[0] if len(spellings) == 1 else "(" + " OR ".join(spellings) + ")"


def simple_query(text: str) -> str:
    """Return an FTS5 query matching documents that contain every word of ``text``, each
    in any of its ``sharp_s_spellings``.

    An empty string means "no searchable words"; callers return no results.
    """
    return " AND ".join(_any_spelling(word) for word in simple_words(text))


def advanced_query(text: str) -> str:
    """``text`` as an FTS5 expression, refused (``SearchQueryTooLarge``) when too large."""
    query = without_surrogates(text).strip()
    if len(query) > MAX_ADVANCED_CHARACTERS:
        raise SearchQueryTooLarge(
            f"advanced search takes at most {MAX_ADVANCED_CHARACTERS:,} characters; this query"
            f" has {len(query):,}: shorten it, or turn advanced search off"
        )
    terms = sum(1 for word in _TOKEN.findall(query) if word not in _OPERATORS)
    if terms > MAX_ADVANCED_TERMS:
        raise SearchQueryTooLarge(
            f"advanced search takes at most {MAX_ADVANCED_TERMS} terms; this query has"
            f" {terms:,}: shorten it, or turn advanced search off"
        )
    return query


def build_query(text: str, advanced: bool) -> str:
    """Return the FTS5 expression for ``text`` in the chosen mode."""
    return advanced_query(text) if advanced else simple_query(text)


def highlight_query(text: str, advanced: bool) -> str:
    """An OR of the first ``SNIPPET_TERMS`` distinct words and phrases of ``text``, for snippets.

    Every part is quoted, so it parses whatever the advanced query was;
    operators and column names are left out. "" when nothing is left.
    """
    if not advanced:
        words = simple_words(text)[:SNIPPET_TERMS]
        parts = [_quoted(spelling) for word in words for spelling in sharp_s_spellings(word)]
        return " OR ".join(dict.fromkeys(parts))
    distinct = list(dict.fromkeys(_advanced_parts(without_surrogates(text))))
    return " OR ".join(distinct[:SNIPPET_TERMS])


def _advanced_parts(query: str) -> list[str]:
    """The quoted words and phrases (prefix stars kept) of an advanced query."""
    parts: list[str] = []
    for match in _ADVANCED_PART.finditer(query):
        phrase, phrase_star, word, word_star, column = match.groups()
        if phrase is not None and phrase.strip():
            parts.append(f'"{phrase}"' + ("*" if phrase_star else ""))
        elif word is not None and not column and not _is_operator(word, query[match.end():]):
            parts.append(_quoted(word.lower() if word.isascii() else word) + (word_star or ""))
    return parts


def _is_operator(word: str, rest: str) -> bool:
    """Whether FTS5 reads ``word`` as an operator; "NEAR" is one only before its bracket
    (alone, it is the word "near", and its snippet was left blank)."""
    if word == "NEAR":
        return rest.lstrip().startswith("(")
    return word in _OPERATORS


def is_interruption(error: sqlite3.Error) -> bool:
    """Whether a query failed because ``Connection.interrupt`` stopped it (a newer search won)."""
    return "interrupted" in str(error)


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def search_documents(
    db: Database, text: str, *, advanced: bool = False, limit: int = 50, offset: int = 0
) -> list[SearchHit]:
    """Rank documents matching ``text`` by bm25 (title weighted above body), with snippets.

    Symbols in a simple query ("🔥", "€") are looked up in the symbol index
    (``search_symbols``); the words in the word index.
    """
    query = build_query(text, advanced)
    runs = () if advanced else symbol_runs(text)
    if not query and not runs:
        return []
    plan = search_plan(db, query, runs)
    sql = (
        f"SELECT d.id, d.title, {plan.score(4.0)} AS score FROM {plan.source}"
        f" WHERE {' AND '.join(plan.clauses)} ORDER BY score, d.id LIMIT ? OFFSET ?"
    )
    rows = _run(db, sql, [*plan.params, limit, offset])
    ids = [int(r[0]) for r in rows]
    highlight = highlight_query(text, advanced)
    snippets = snippets_for(db, highlight, ids, 16) if highlight \
        else symbol_snippets(db, runs, ids, 16)
    return [SearchHit(int(r[0]), r[1], snippets.get(int(r[0]), ""), float(r[2])) for r in rows]


def snippets_for(db: Database, highlight: str, doc_ids: list[int], tokens: int) -> dict[int, str]:
    """Marked snippets of ``doc_ids`` for a ``highlight_query``; none when it cannot run.

    By rowid on the FTS table alone: joining documents made SQLite walk every
    match of a common word to find the page's rows.
    """
    if not highlight or not doc_ids:
        return {}
    long_ids = long_documents(db, doc_ids)  # snippet() is quadratic in their length
    found = long_document_snippets(db, highlight, long_ids, tokens)
    doc_ids = [doc_id for doc_id in doc_ids if doc_id not in long_ids]
    if not doc_ids:
        return found
    marks = ", ".join("?" for _ in doc_ids)
    sql = (
        f"SELECT rowid, snippet(documents_fts, 1, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', '…',"
        f" {int(tokens)}) FROM documents_fts WHERE documents_fts MATCH ? AND rowid IN ({marks})"
    )
    try:
        rows = db.execute(sql, [highlight, *doc_ids]).fetchall()
    except sqlite3.OperationalError as error:
        if is_interruption(error):
            raise  # the search was stopped: its caller must know
        return found  # a snippet is a nicety: the rows still show
    return found | {int(row[0]): row[1] or "" for row in rows}


def count_matches(db: Database, text: str, *, advanced: bool = False,
                  at_most: int | None = None) -> int:
    """Count documents matching ``text`` (for the status bar). With ``at_most``, counting
    stops one document past it: enough to tell a common word from a rare one without
    walking all of a common word's matches (the suggestions' word weights)."""
    query = build_query(text, advanced)
    runs = () if advanced else symbol_runs(text)
    if not query and not runs:
        return 0
    plan = search_plan(db, query, runs)
    matching = f"FROM {plan.counting_source} WHERE {' AND '.join(plan.clauses)}"
    if at_most is None:
        rows = _run(db, f"SELECT count(*) {matching}", list(plan.params))
    else:
        rows = _run(db, f"SELECT count(*) FROM (SELECT 1 {matching} LIMIT ?)",
                    [*plan.params, max(at_most + 1, 0)])
    return int(rows[0][0])


_NO_SUCH_COLUMN = re.compile(r"no such column: (.+)")


def search_syntax_error(error: sqlite3.OperationalError) -> SearchSyntaxError:
    """An FTS5 parse error in the analyst's words: what was typed and what to change.

    Why: "russia -arms" answered "no such column: arms" and "(a OR" 'fts5: syntax
    error near ""', SQLite's view of the query rather than the analyst's.
    """
    message = " ".join(str(error).split())
    column = _NO_SUCH_COLUMN.fullmatch(message)
    if column:
        message = (f"{column.group(1)!r} is read as a column name (after '-' or before ':'); "
                   "put it in double quotes, or use NOT to leave a word out")
    elif message == 'fts5: syntax error near ""':
        message = "the query ends too early (an unclosed bracket, or an operator with no word)"
    elif message.startswith("unknown special query"):
        message = ("a '*' must follow the word or phrase it completes"
                   ' (Solei*, "human err"*)')
    return SearchSyntaxError(f"invalid search syntax: {message}")


def check_search_query(text: str, *, advanced: bool = False) -> None:
    """Raise ``SearchSyntaxError`` for a query no library could run, without opening one.

    Why: the command line checks its usage before it opens the library, so a
    mistyped query on a mistyped ``--db`` is the usage error (exit 2) it is,
    not a missing library, and makes nothing. FTS5 parses a query the same way
    whatever the table holds, so an empty in-memory table with the index's
    columns and tokenizer finds the same errors.
    """
    query = build_query(text, advanced)
    if not query:
        if not advanced and not symbol_runs(text):
            # "-" or "*" alone searched nothing and answered "0 matching documents"
            raise SearchSyntaxError(
                f"nothing to search for in '{printable(text, keep='')}': punctuation alone is"
                " neither a word nor a symbol; give words, emoji or symbols such as €"
            )
        return
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(
            f"CREATE VIRTUAL TABLE documents_fts USING fts5(title, text,"
            f" tokenize='{INDEX_TOKENIZER}')"
        )
        _run(Database(connection), f"SELECT count(*) FROM documents_fts WHERE {WORD_MATCH}",
             [query])
    finally:
        connection.close()


# The search index's tokenizer (migration 0001 creates documents_fts with it; migrations stay
# frozen, so a test holds this copy equal to what a new library's index says).
INDEX_TOKENIZER = "porter unicode61 remove_diacritics 2"


def _run(db: Database, sql: str, params: list[object]) -> list[tuple[object, ...]]:
    """Execute a MATCH query, turning FTS5 parse errors into SearchSyntaxError."""
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as error:
        if is_interruption(error):
            raise
        raise search_syntax_error(error) from None
