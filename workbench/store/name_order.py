"""Names in the order a reader expects: case and accents set aside, "Ábel" beside "Abel".

Why: the lists sorted by name (the library by title or source, entities, tags,
sources) ordered with SQLite's ``NOCASE``, which folds ASCII letters only, so
"Ábel", "Émile" and "Zoë"'s neighbours sorted after "zebra" and "é" after "z".
``name_sort_key`` folds case (``str.casefold``: "ß" is "ss") and strips the
accents a letter's compatibility decomposition carries; the folded name itself
breaks ties, so "Abel" and "Ábel" sit together, the bare one first, in the same
order whatever the locale. SQL sorts by it through the ``name_order``
function every library connection registers (``register_name_order``).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

NAME_ORDER_SQL = "name_order"  # ``ORDER BY name_order(d.title)``


class _BareLetters(dict[int, str]):
    """A ``str.translate`` table built as it is read: each character without its accents."""

    def __missing__(self, code_point: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code_point))
        bare = "".join(part for part in decomposed if not unicodedata.combining(part))
        self[code_point] = bare
        return bare


_BARE = _BareLetters()
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")  # only these runs need a look-up: 2x faster on titles


def name_sort_key(name: str | None) -> str | None:
    """The key that sorts ``name`` by its bare letters, then by its case-folded spelling."""
    if name is None:
        return None
    if name.isascii():
        folded = name.lower()
        return f"{folded}\x00{folded}"
    folded = name.casefold()
    bare = _NOT_ASCII.sub(lambda run: run.group().translate(_BARE), folded)
    return f"{bare}\x00{folded}"


def register_name_order(connection: sqlite3.Connection) -> None:
    """Let SQL on ``connection`` sort by ``name_order(column)``."""
    connection.create_function(NAME_ORDER_SQL, 1, name_sort_key, deterministic=True)


# A value NOCASE could place apart from ``name_order``: not text, or with a character outside
# ASCII or a NUL (``length`` counts characters up to the first NUL; the blob's length counts
# bytes, so the two differ exactly then in a UTF-8 library, and always in a UTF-16 one).
_FOLDS_APART_SQL = (
    "SELECT EXISTS (SELECT 1 FROM documents WHERE typeof({column}) NOT IN ('text', 'null')"
    " OR length({column}) <> length(CAST({column} AS BLOB)))"
)
PLAIN_COLUMNS = ("title", "source")  # the documents' columns indexed ``COLLATE NOCASE``


class PlainNames:
    """Whether every document's title (or source) is plain ASCII, known once per library change.

    Why: SQL cannot index a Python function, so ``ORDER BY name_order(d.title)``
    sorts every document (50,000 titles: several times slower than NOCASE). For
    ASCII without NUL, ``name_sort_key`` is the lower-cased name (twice, joined
    by a NUL that sorts below every other character), so it orders exactly as
    NOCASE does, NULLs first and equal names tied alike; the library then sorts
    by ``d.title COLLATE NOCASE`` on its index. One accented title switches the
    column back to ``name_order``. The check (a scan of the NOCASE index) runs
    again only after this connection or another changed the library.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self._seen: tuple[int, int] | None = None
        self._plain: dict[str, bool] = {}

    def sort_sql(self, column: str) -> str:
        """How ``ORDER BY`` sorts documents ``d`` by ``column`` in ``name_order``'s order."""
        if column not in PLAIN_COLUMNS:
            raise ValueError(f"no plain-name check for documents.{column}")
        return f"d.{column} COLLATE NOCASE" if self._is_plain(column) else (
            f"{NAME_ORDER_SQL}(d.{column})")

    def _is_plain(self, column: str) -> bool:
        changes = (self.connection.execute("PRAGMA data_version").fetchone()[0],
                   self.connection.total_changes)
        if changes != self._seen:
            self._plain, self._seen = {}, changes
        if column not in self._plain:
            found = self.connection.execute(_FOLDS_APART_SQL.format(column=column)).fetchone()
            self._plain[column] = not found[0]
        return self._plain[column]
