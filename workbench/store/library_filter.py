"""What the analyst narrowed the library to (``LibraryFilter``), and its search compiled once.

Why a module of its own: the filter is the one value the library table, the reader's
search marks and the export's "this view" all pass around; its compiled FTS5 query,
snippet query and symbol runs are cached on it, since cells ask on every paint, while
the queries that read the library with it live in ``library.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from workbench.store.search import SearchSyntaxError, build_query, highlight_query
from workbench.store.search_symbols import symbol_runs


@dataclass(frozen=True)
class LibraryFilter:
    """What the analyst narrowed the library to; every field is optional.

    Dates are ISO days (``YYYY-MM-DD``) and both ends are inclusive.
    """

    query: str = ""
    advanced: bool = False
    tag: str | None = None
    entity_id: int | None = None
    source: str | None = None
    published_from: str | None = None
    published_to: str | None = None

    @cached_property
    def _compiled(self) -> tuple[str, str | None]:
        """(FTS5 expression, why the query was refused); cached, as cells ask on every paint."""
        try:
            return build_query(self.query, self.advanced), None
        except SearchSyntaxError as refused:
            return "", str(refused)

    @property
    def fts_query(self) -> str:
        """The FTS5 expression for ``query`` ("" when there is nothing to search for)."""
        return self._compiled[0]

    @property
    def query_problem(self) -> str | None:
        """Why the query cannot run (too large), or None; the library queries raise it."""
        return self._compiled[1]

    @cached_property
    def snippet_query(self) -> str:
        """The cheap query that marks the matched words in snippets (``highlight_query``)."""
        return highlight_query(self.query, self.advanced) if self.fts_query else ""

    @cached_property
    def symbols(self) -> tuple[str, ...]:
        """The runs of symbols of a simple query ("🔥", "€"), which the symbol index answers."""
        return () if self.advanced else symbol_runs(self.query)

    @property
    def searching(self) -> bool:
        """Whether a full-text search narrows (and can rank) the results, or was refused."""
        return bool(self.fts_query or self.symbols) or self.query_problem is not None

