"""The other library of a merge: copied, checked and brought up to our schema before any read.

Why a copy: the file named on ``workbench merge`` is another analyst's
library (or something posing as one); it is never written. It is copied
through SQLite's backup API into a temporary folder, and only the copy is
inspected and migrated. Why checks of our own: a library written by an older
or a hostile program may hold text where numbers belong, ids pointing
nowhere, offsets outside the text or fields of gigabytes; each is refused
with one sentence before anything touches the analyst's library.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlite_utils import Database

from workbench.core.labels import LABEL_MAX_CHARS
from workbench.core.text import content_hash
from workbench.core.vocabulary import (
    ACH_RATINGS,
    ANNOTATION_KINDS,
    ANNOTATION_STATUSES,
    CLAIM_STATUSES,
    CREDIBILITY_GRADES,
    DOCUMENT_STATUSES,
    RELATIONS,
    RELIABILITY_GRADES,
)
from workbench.store.files.library_file import (
    WORKBENCH,
    check_library_path,
    connect_library_read_only,
    schema_state,
    starts_as_sqlite,
)
from workbench.store.files.refusals import LibraryRefused
from workbench.store.schema import apply_migrations, unknown_applied
from workbench.store.schema_third_wave import AUTHORED_TABLES

#: The longest document text a merge accepts (the importer reads at most 200 MB).
MAX_DOCUMENT_CHARS = 200_000_000
#: The longest any other field may be: a note or a claim, not a book.
MAX_FIELD_CHARS = 1_000_000
#: Tables the merge reads; every column of each is checked against our declared types.
MERGED_TABLES: tuple[str, ...] = (
    "documents",
    "document_versions",
    "entities",
    "mentions",
    "quotes",
    *AUTHORED_TABLES,
    "authors",
    "edit_history",
)
_LONG_TEXT_COLUMNS = {("documents", "text"), ("document_versions", "text")}
#: Columns only the analyst writes that hold a label (``LABEL_MAX_CHARS``, as the store refuses
#: a longer one). Entity names and aliases are left out: extraction writes them too.
_LABEL_COLUMNS = {("tags", "path"), ("ach_analyses", "question"), ("ach_hypotheses", "text")}
_ALLOWED_TYPES = {"INTEGER": ("integer",), "REAL": ("real", "integer"), "TEXT": ("text",)}
_SPAN_TABLES = ("annotations", "mentions", "quotes", "mention_overrides", "suggestion_rejections")
#: Columns holding a word of our vocabulary: (table, column, the words, whether NULL is allowed).
_VOCABULARY: tuple[tuple[str, str, tuple[object, ...], bool], ...] = (
    ("claims", "status", CLAIM_STATUSES, False),
    ("claims", "credibility", CREDIBILITY_GRADES, True),
    ("claim_status_history", "status", CLAIM_STATUSES, False),
    ("annotations", "kind", ANNOTATION_KINDS, False),
    ("annotations", "status", ANNOTATION_STATUSES, False),
    ("links", "relation", RELATIONS, False),
    ("sources", "reliability", RELIABILITY_GRADES, False),
    ("documents", "reliability_override", RELIABILITY_GRADES, True),
    ("documents", "status", DOCUMENT_STATUSES, False),
    ("ach_ratings", "rating", ACH_RATINGS, False),
    ("mention_overrides", "field", ("text", "title"), False),
    ("mentions", "field", ("text", "title"), False),
    ("edit_history", "table_name", (*AUTHORED_TABLES, "entities"), False),
)
_TITLE_SPANS = ("mentions", "mention_overrides")
_HEX_ID = "length({c}) = 32 AND {c} NOT GLOB '*[^0-9a-f]*'"


class MergeRefused(ValueError):
    """A file that cannot be merged (not a library, newer, damaged, hostile); nothing changed."""


def checked_copy(path: Path, folder: Path, name: str | None = None) -> Path:
    """A migrated, checked copy of the library at ``path`` in ``folder`` (else ``MergeRefused``).

    ``name`` is what refusals call the file: the JSON export the analyst chose
    when ``path`` is the library staged from it (not ``merge-input-<hex>.sqlite``).
    """
    path = Path(path)
    shown = name or path.name
    _refuse_unreadable(path)
    copy = Path(folder) / "theirs.sqlite"
    try:
        source_connection = connect_library_read_only(path)
        with closing(source_connection) as source, closing(sqlite3.connect(copy)) as target:
            source.backup(target)
    except (sqlite3.Error, LibraryRefused) as error:
        raise MergeRefused(f"{shown} cannot be read as a library: {error}") from None
    with closing(sqlite3.connect(copy)) as conn:
        try:
            _check_library(conn, shown)
            apply_migrations(Database(conn))
            check_contents(conn, shown)
        except sqlite3.Error as error:
            raise MergeRefused(f"{shown} is not a library this app can merge: {error}") from None
    return copy


def _refuse_unreadable(path: Path) -> None:
    """Refuse a missing path, a folder, a device, or a file that is not SQLite at all."""
    if not path.exists():
        raise MergeRefused(f"{path}: no such file")
    try:
        check_library_path(path)
    except LibraryRefused as refused:
        raise MergeRefused(str(refused)) from None
    if not starts_as_sqlite(path):
        raise MergeRefused(f"{path.name} is not a library file (nor a JSON export)")


def _check_library(conn: sqlite3.Connection, name: str) -> None:
    """Refuse a damaged file, another program's database, or a library from a newer app."""
    verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    if verdict != "ok":
        raise MergeRefused(f"{name} is damaged ({verdict}); it was not merged")
    if schema_state(conn) != WORKBENCH:
        raise MergeRefused(f"{name} is an SQLite database but not an Analyst Workbench library")
    newer = unknown_applied(Database(conn))
    if newer:
        raise MergeRefused(
            f"{name} was written by a newer Analyst Workbench (unknown migrations: "
            f"{', '.join(newer)}); update the app to merge it"
        )


@functools.cache
def _our_columns() -> dict[str, tuple[str, ...]]:
    """The columns of every merged table in a library of this version (built in memory once)."""
    db = Database(memory=True)
    apply_migrations(db)
    return {table: tuple(column for column, _ in _declared_columns(db.conn, table))
            for table in MERGED_TABLES}  # fmt: skip


def check_contents(conn: sqlite3.Connection, name: str) -> None:
    """Refuse wrong types, oversized fields, dangling ids, bad ids and spans outside their text."""
    for table, expected in _our_columns().items():
        found = tuple(column for column, _ in _declared_columns(conn, table))
        if set(found) != set(expected):
            odd = sorted(set(found) ^ set(expected))
            raise MergeRefused(
                f"{name} is not shaped like a library of this app: {table} differs in "
                f"{', '.join(odd) or 'every column'}; it was not merged"
            )
    for table in MERGED_TABLES:
        for column, declared in _declared_columns(conn, table):
            _check_column(conn, name, table, column, declared)
    dangling = conn.execute("PRAGMA foreign_key_check").fetchone()
    if dangling is not None:
        raise MergeRefused(
            f"{name} is inconsistent: a row of {dangling[0]} (rowid {dangling[1]}) "
            f"points to a {dangling[2]} row that does not exist"
        )
    for table in _SPAN_TABLES:
        _check_spans(conn, name, table)
    for table, column, words, nullable in _VOCABULARY:
        _check_words(conn, name, table, column, words, nullable)
    _check_hashes(conn, name)


def _check_hashes(conn: sqlite3.Connection, name: str) -> None:
    """Every text has the hash it claims: documents are matched by it, so a false one would
    join their work to the wrong article (or add a duplicate). An earlier version
    without its text (a bundle sends only the hashes of a document's lineage)
    has nothing to check."""
    for table, rows in (("documents", ""), ("document_versions", " WHERE text != ''")):
        query = f"SELECT rowid, text, content_hash FROM {table}{rows}"
        for rowid, text, digest in conn.execute(query):
            if content_hash(text) != digest:
                raise MergeRefused(
                    f"{name} holds a text in {table} (rowid {rowid}) that does not match "
                    "its content hash; it was not merged"
                )


def _check_words(
    conn: sqlite3.Connection,
    name: str,
    table: str,
    column: str,
    words: tuple[object, ...],
    nullable: bool,
) -> None:
    """Refuse a value our vocabulary does not have (a status, a grade, a relation ...)."""
    missing = "" if nullable else f' OR "{column}" IS NULL'
    found = conn.execute(
        f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" NOT IN'
        f" (SELECT value FROM json_each(?)){missing} LIMIT 1",
        [json.dumps(list(words))],
    ).fetchone()
    if found is not None:
        raise MergeRefused(
            f"{name} holds {found[1]!r} as {table}.{column} (rowid {found[0]}), "
            "which this app does not know; it was not merged"
        )


def check_our_types(conn: sqlite3.Connection) -> None:
    """Refuse to merge into a library holding a value of the wrong type where merged work
    lives (a file another program edited): the merge compares and records our values as
    they are held, and a BLOB statement stopped it on "bytes is not JSON serializable"
    (attack run 12). Nothing is merged; ``check --repair`` repairs what it knows."""
    for table in MERGED_TABLES:
        for column, declared in _declared_columns(conn, table):
            found = _wrong_type(conn, table, column, declared)
            if found is not None:
                raise MergeRefused(f"this library holds {found}; nothing was merged "
                                   "(`workbench check --repair` repairs the values it knows)")


def _wrong_type(conn: sqlite3.Connection, table: str, column: str, declared: str) -> str | None:
    """The first value of ``column`` whose type its declaration does not take, worded."""
    allowed = _ALLOWED_TYPES.get(declared)
    if allowed is None:
        return None
    quoted = f'"{column}"'
    marks = ", ".join(f"'{kind}'" for kind in (*allowed, "null"))
    found = conn.execute(
        f'SELECT rowid, typeof({quoted}) FROM "{table}" WHERE typeof({quoted}) NOT IN ({marks})'
        " LIMIT 1"
    ).fetchone()
    if found is None:
        return None
    return f"a {found[1]} where {table}.{column} needs {declared.lower()} (rowid {found[0]})"


def _declared_columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(row[1], str(row[2]).upper()) for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _check_column(
    conn: sqlite3.Connection, name: str, table: str, column: str, declared: str
) -> None:
    quoted = f'"{column}"'
    found = _wrong_type(conn, table, column, declared)
    if found is not None:
        raise MergeRefused(f"{name} holds {found}; it was not merged")
    if declared == "TEXT":
        limit = MAX_DOCUMENT_CHARS if (table, column) in _LONG_TEXT_COLUMNS else MAX_FIELD_CHARS
        if (table, column) in _LABEL_COLUMNS:
            limit = LABEL_MAX_CHARS
        longest = conn.execute(f'SELECT max(length({quoted})) FROM "{table}"').fetchone()[0]
        if longest is not None and longest > limit:
            raise MergeRefused(
                f"{name} holds a {table}.{column} of {longest:,} characters "
                f"(at most {limit:,}); it was not merged"
            )
    if column in ("origin", "author_id") or (table == "authors" and column == "id"):
        _check_hex_ids(conn, name, table, column)


def _check_hex_ids(conn: sqlite3.Connection, name: str, table: str, column: str) -> None:
    # Rows the extraction wrote (its entity aliases) have no origin; every id given must be sound.
    required = table == "authors"
    shape = _HEX_ID.format(c=f'"{column}"')
    condition = f"NOT ({shape})" + ("" if required else f' AND "{column}" IS NOT NULL')
    if required:
        condition = f'"{column}" IS NULL OR ' + condition
    found = conn.execute(f'SELECT rowid FROM "{table}" WHERE {condition} LIMIT 1').fetchone()
    if found is not None:
        raise MergeRefused(
            f"{name} holds a malformed {table}.{column} (rowid {found[0]}); it was not merged"
        )


def _check_spans(conn: sqlite3.Connection, name: str, table: str) -> None:
    """Every span lies inside its document's text (or title, for spans of the title)."""
    spanned = "d.text"
    if table in _TITLE_SPANS:
        spanned = "CASE WHEN s.field = 'title' THEN d.title ELSE d.text END"
    # An orphaned annotation keeps the place it had in an earlier version of the text (a
    # shorter new version leaves it past the end), as `workbench check` allows: a colleague's
    # library with one was refused whole. Only the end past the text is allowed it: a
    # negative or inverted span is no place in any version, and `IS NOT` holds for a NULL
    # status too (`!=` let a row with no status skip every check).
    past_end = f's."end" > length({spanned})'
    if table == "annotations":
        past_end = f"({past_end} AND s.status IS NOT 'orphaned')"
    found = conn.execute(
        f'SELECT s.rowid FROM "{table}" s JOIN documents d ON d.id = s.document_id'
        f' WHERE s.start < 0 OR s."end" < s.start OR {past_end} LIMIT 1'
    ).fetchone()
    if found is not None:
        raise MergeRefused(
            f"{name} holds a span of {table} (rowid {found[0]}) outside its document's text"
        )
