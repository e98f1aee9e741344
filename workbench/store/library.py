"""The library as a whole: full-text search, and the library table's pages and filters.

``store.library``: every method reads through ``self.db`` and returns plain
values, so the GUI never writes SQL. The library table asks
once for the ordered ids of a filter (``library_ids``) and then fetches rows a
page at a time by primary key (``library_rows``), so a 100,000-document library
scrolls without loading every row; per-row counts are correlated subqueries
over ``idx_mentions_document`` and so cost only the page's rows.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from workbench.core.labels import label_key
from workbench.store import search as fts
from workbench.store.date_sorting import (
    FIRST_DAY_SQL,
    LAST_DAY_SQL,
    date_order_sql,
    register_date_order,
)
from workbench.store.history import History
from workbench.store.library_filter import LibraryFilter
from workbench.store.name_order import SORTED_COLUMNS, register_name_order
from workbench.store.rows import dict_rows
from workbench.store.search import (
    SearchHit,
    SearchQueryTooLarge,
    is_interruption,
    snippets_for,
)
from workbench.store.search_index import merge_index_steps
from workbench.store.search_symbols import (
    SYMBOL_MATCH,
    WORD_MATCH,
    SearchPlan,
    search_plan,
    symbol_snippets,
)
from workbench.store.source_names import counted_sources, source_is

ENTITY_COUNT_SQL = (
    "(SELECT count(DISTINCT m.entity_id) FROM mentions m JOIN entities e ON e.id = m.entity_id"
    " WHERE m.document_id = d.id AND e.hidden = 0)"
)
# One grouped pass over mentions, cheaper than ENTITY_COUNT_SQL per row when sorting everything.
ENTITY_COUNTS_SQL = (
    "(SELECT m.document_id, count(DISTINCT m.entity_id) AS n FROM mentions m"
    " JOIN entities e ON e.id = m.entity_id AND e.hidden = 0 GROUP BY m.document_id)"
)
# Tags a document carries: its own and those on its highlights, notes and claims.
TAGS_OF_DOCUMENT_SQL = (
    "SELECT dt.tag_id FROM document_tags dt WHERE dt.document_id = {doc}"
    " UNION SELECT st.tag_id FROM span_tags st JOIN annotations sa ON sa.id = st.annotation_id"
    " WHERE sa.document_id = {doc}"
)
# The tags below a tag ("topic/sanctions" below "topic", not "topics"), a condition on
# ``tags``; two parameters, the path's ``label_key``.
TAG_BELOW_SQL = "substr(path_key, 1, length(?) + 1) = ? || '/'"
# A tag and every tag below it; three parameters, the path's ``label_key``.
TAG_SUBTREE_SQL = f"SELECT id FROM tags WHERE path_key = ? OR {TAG_BELOW_SQL}"
LIBRARY_SORT_KEYS = {
    "title": f"d.{SORTED_COLUMNS['title']}",  # ``name_sort_key``, indexed (migration 0021)
    "source": f"d.{SORTED_COLUMNS['source']}",
    "published": "d.published",
    "word_count": "d.word_count",
    "imported_at": "d.imported_at",
    "status": "d.status",
    "entity_count": "coalesce(counts.n, 0)",
    "annotation_count": "(SELECT count(*) FROM annotations a WHERE a.document_id = d.id)",
    "tag_count": f"(SELECT count(*) FROM ({TAGS_OF_DOCUMENT_SQL.format(doc='d.id')}))",
    "relevance": "",  # the search's own index ranks (``SearchPlan.rank``)
}
_ROW_COLUMNS = (
    "d.id, d.title, d.source, d.published, d.word_count, d.status, d.imported_at, "
    f"{ENTITY_COUNT_SQL} AS entity_count"
)
# The WHERE clauses of a search by one index; a filter that is nothing else can skip the join.
SEARCH_CLAUSES = {WORD_MATCH: "documents_fts", SYMBOL_MATCH: "documents_symbols"}
SNIPPET_TOKENS = 14


@dataclass(frozen=True)
class CurationCounts:
    """How much analyst work a document carries (shown as library columns)."""

    annotations: int = 0
    tags: int = 0


class Library:
    """Full-text search, and library-table paging, filtering and counting."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    def search(
        self, text: str, *, advanced: bool = False, limit: int = 50, offset: int = 0
    ) -> list[SearchHit]:
        """Full-text search; simple mode never raises, advanced may raise SearchSyntaxError."""
        return fts.search_documents(self.db, text, advanced=advanced, limit=limit, offset=offset)

    def count_search(self, text: str, *, advanced: bool = False) -> int:
        """Number of documents matching ``text``."""
        return fts.count_matches(self.db, text, advanced=advanced)

    def merge_search_index(self) -> Iterator[int]:
        """Merge the full-text index's segments in small committed steps (rows written each).

        Run after an import that added many documents; see ``search_index``.
        """
        return merge_index_steps(self.db)

    def library_ids(
        self,
        library_filter: LibraryFilter,
        *,
        order_by: str = "published",
        descending: bool = False,
        limit: int | None = None,
    ) -> list[int]:
        """Ids of every document passing the filter (the first ``limit``), in display order.

        Why ids first: one ordered scan per filter or sort change, after which
        any page (``library_rows``) is a primary-key lookup, so jumping to the
        middle of 100,000 rows never re-sorts; with ``limit`` SQLite keeps only
        the top rows (a search's first page). Raises ``SearchSyntaxError`` for
        an advanced query FTS5 cannot parse.
        """
        sql, params = self._library_ids_sql(library_filter, order_by, descending)
        if limit is not None:
            sql, params = sql + " LIMIT ?", [*params, limit]
        cursor = _run(self.db, sql, params, library_filter.searching)
        return [row[0] for row in cursor.fetchall()]

    def _library_ids_sql(
        self, library_filter: LibraryFilter, order_by: str, descending: bool
    ) -> tuple[str, list[Any]]:
        """The ordered id query for ``library_ids`` (without its LIMIT)."""
        direction = "DESC" if descending else "ASC"
        source, where, params, plan = self._filtered_from(library_filter)
        key = _sort_key(order_by, plan)
        if order_by == "relevance" and where in SEARCH_CLAUSES:
            # Search alone, by relevance: rank inside FTS5 without joining documents
            # (two to three times faster on a 100,000-document library).
            # ", rowid" lets SQLite keep a top-N heap under LIMIT (FTS5 sorts every match).
            sql = (
                f"SELECT rowid FROM {SEARCH_CLAUSES[where]} WHERE {where}"
                f" ORDER BY rank {direction}, rowid {direction}"
            )
            return sql, params
        if order_by == "entity_count":
            source += f" LEFT JOIN {ENTITY_COUNTS_SQL} counts ON counts.document_id = d.id"
        by_date = key == LIBRARY_SORT_KEYS["published"]  # text dates after days, both ways
        order = date_order_sql(key, direction) if by_date else f"{key} {direction}"
        order += f", d.id {direction}"
        return f"SELECT d.id FROM {source} WHERE {where} ORDER BY {order}", params

    def library_rows(
        self, doc_ids: list[int], library_filter: LibraryFilter | None = None
    ) -> list[dict[str, Any]]:
        """Table rows for ``doc_ids`` in that order, with counts (and a snippet when searching)."""
        if not doc_ids:
            return []
        marks = ", ".join("?" for _ in doc_ids)
        sql = f"SELECT {_ROW_COLUMNS} FROM documents d WHERE d.id IN ({marks})"
        found = {row["id"]: row for row in dict_rows(self.db.execute(sql, list(doc_ids)))}
        if library_filter is not None and library_filter.searching:
            snippets = snippets_for(
                self.db, library_filter.snippet_query, list(found), SNIPPET_TOKENS
            ) if library_filter.snippet_query else symbol_snippets(
                self.db, library_filter.symbols, list(found), SNIPPET_TOKENS)
            for doc_id, snippet in snippets.items():
                found[doc_id]["snippet"] = snippet
        counts = self.document_curation_counts(list(found))
        rows = []
        for doc_id in doc_ids:
            row = found.get(doc_id)
            if row is None:
                continue
            curation = counts.get(doc_id, CurationCounts())
            row.update(annotation_count=curation.annotations, tag_count=curation.tags)
            row.setdefault("snippet", None)
            rows.append(row)
        return rows

    def count_library(self, library_filter: LibraryFilter) -> int:
        """Number of documents the filter lets through (for the status bar and row count)."""
        source, where, params, _ = self._filtered_from(library_filter)
        if where in SEARCH_CLAUSES:
            source = SEARCH_CLAUSES[where]  # a plain search counts index entries, no join
        sql = f"SELECT count(*) FROM {source} WHERE {where}"
        rows = _run(self.db, sql, params, library_filter.searching).fetchall()
        return int(rows[0][0])

    def document_curation_counts(self, doc_ids: list[int]) -> dict[int, CurationCounts]:
        """Annotation and tag counts per document (the library's Notes and Tags columns).

        Tags count the document's own and those on its annotations, like the
        tag filter, so a document listed under a tag always shows it.
        """
        if not doc_ids:
            return {}
        marks = ", ".join("?" for _ in doc_ids)
        annotations = dict(
            self.db.execute(
                f"SELECT document_id, count(*) FROM annotations WHERE document_id IN ({marks})"
                " GROUP BY document_id",
                list(doc_ids),
            ).fetchall()
        )
        tags = dict(
            self.db.execute(
                f"SELECT doc, count(DISTINCT tag_id) FROM (SELECT document_id AS doc, tag_id"
                f" FROM document_tags WHERE document_id IN ({marks}) UNION SELECT a.document_id,"
                " s.tag_id FROM span_tags s JOIN annotations a ON a.id = s.annotation_id"
                f" WHERE a.document_id IN ({marks})) GROUP BY doc",
                [*doc_ids, *doc_ids],
            ).fetchall()
        )
        return {
            doc_id: CurationCounts(int(annotations.get(doc_id, 0)), int(tags.get(doc_id, 0)))
            for doc_id in doc_ids
        }

    def library_tags(self) -> list[str]:
        """Every tag path, parents before children, for the hierarchical tag filter."""
        rows = self.db.execute("SELECT path FROM tags ORDER BY name_order(path)")
        return [row[0] for row in rows]

    def library_id(self) -> str | None:
        """The library's own random id (migration 0017); None only if its row is gone.

        Why: an export says which library wrote it, so two libraries sharing an
        export folder never take each other's notes for their own. Every open
        library has the table: a read-only one still needing 0017 is refused on
        opening (``Store._prepare``), so a failed read is an error, not "no id".
        """
        row = self.db.execute("SELECT value FROM library_meta WHERE key = 'library_id'").fetchone()
        return str(row[0]) if row else None

    def library_sources(self) -> list[tuple[str, int]]:
        """Each distinct source (``source_key``) with its number of documents, most first."""
        return counted_sources(self.db)

    def _filtered_from(
        self, library_filter: LibraryFilter
    ) -> tuple[str, str, list[Any], SearchPlan | None]:
        """FROM clause, WHERE clause, parameters and search plan for a filter.

        When searching, the search's index is joined (``search_plan``: the word
        index, the symbol index, or both); the plan is None otherwise.
        """
        if library_filter.query_problem is not None:
            raise SearchQueryTooLarge(library_filter.query_problem)
        clauses: list[str] = []
        params: list[Any] = []
        source = "documents d"
        plan = None
        if library_filter.searching:
            plan = search_plan(self.db, library_filter.fts_query, library_filter.symbols)
            source = plan.source
            clauses.extend(plan.clauses)
            params.extend(plan.params)
        for clause, values in _narrowing_clauses(self.db, library_filter):
            clauses.append(clause)
            params.extend(values)
        if library_filter.tag:
            clause, values = self._tag_clause(library_filter.tag)
            clauses.append(clause)
            params.extend(values)
        return source, " AND ".join(clauses) or "1", params, plan

    def _tag_clause(self, path: str) -> tuple[str, list[Any]]:
        """SQL keeping documents that carry ``path`` or a tag below it, on themselves or a span.

        Same rule as the export's tag scope, so "filter by topic" and "export
        topic" always agree.
        """
        clause = (
            f"(d.id IN (SELECT document_id FROM document_tags WHERE tag_id IN ({TAG_SUBTREE_SQL}))"
            " OR d.id IN (SELECT a.document_id FROM annotations a JOIN span_tags s"
            f" ON s.annotation_id = a.id WHERE s.tag_id IN ({TAG_SUBTREE_SQL})))"
        )
        key = label_key(path)
        return clause, [key, key, key] * 2


def library_over(db: Database) -> Library:
    """The library part over a connection the caller owns (a search thread's read-only one).

    Why: a search thread reads while the window's Store stays on the UI
    thread, and a connection belongs to the thread that opened it.
    """
    register_name_order(db.conn)  # its lists sort by ``name_order`` as the Store's do
    register_date_order(db.conn)
    return Library(db, History(db))


def _narrowing_clauses(db: Database, library_filter: LibraryFilter) -> list[tuple[str, list[Any]]]:
    """Clauses for entity, source (each spelling: ``source_spellings``) and date filters."""
    clauses: list[tuple[str, list[Any]]] = []
    if library_filter.entity_id is not None:
        clauses.append(
            (
                "d.id IN (SELECT document_id FROM mentions WHERE entity_id = ?)",
                [library_filter.entity_id],
            )
        )
    if library_filter.source:
        clauses.append(source_is(db, library_filter.source, "d.source"))
    if library_filter.published_from:
        # a text date by the period it names (``store.date_sorting``), not by its letters
        clauses.append((f"{LAST_DAY_SQL}(d.published) >= ?", [library_filter.published_from]))
    if library_filter.published_to:
        clauses.append((f"{FIRST_DAY_SQL}(d.published) < ?",
                        [_day_after(library_filter.published_to)]))
    return clauses


def _day_after(day: str) -> str:
    """The ISO day after ``day``, so an inclusive end date matches timestamps on that day."""
    try:
        parsed = dt.date.fromisoformat(day[:10])
    except ValueError:
        return day
    return (parsed + dt.timedelta(days=1)).isoformat()


def _sort_key(order_by: str, plan: SearchPlan | None) -> str:
    if order_by not in LIBRARY_SORT_KEYS:
        raise ValueError(f"cannot sort the library by {order_by!r}")
    if order_by == "relevance":
        return plan.rank if plan is not None else LIBRARY_SORT_KEYS["published"]
    return LIBRARY_SORT_KEYS[order_by]


def _run(db: Database, sql: str, params: list[Any], searching: bool) -> Any:
    """Execute a library query; when searching, FTS5 parse errors become ``SearchSyntaxError``."""
    try:
        return db.execute(sql, params)
    except sqlite3.OperationalError as error:
        if not searching or is_interruption(error):
            raise
        raise fts.search_syntax_error(error) from None
