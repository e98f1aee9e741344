"""Migration 0012: authorship of analyst work, so libraries can be merged.

Why these columns: two analysts annotating copies of the same articles must
be able to bring their work together (``workbench merge``) without losing or
duplicating anything. Every row an analyst creates gets ``origin``, a random
id kept by all copies of that row across libraries (merging the same file
twice finds the rows already present), and ``author_id``, who made it (NULL
for work done before authorship, or by a script without an author). Rows an
analyst can edit in place also record ``edited_by``, who changed them last,
so a merge report can show both sides of a conflict with their authors.
Machine extractions (mentions, quotes, chunks) get none of these: they are
rebuilt from the text, never merged.
"""

from __future__ import annotations

import hashlib
import json

from sqlite_utils import Database

from workbench.store.name_keys import key_dotted_capital_i, key_names_by_unicode_case
from workbench.store.name_order import key_document_names
from workbench.store.search_symbols import SYMBOL_TOKENIZER
from workbench.store.sql_script import MigrationStep, execute_all
from workbench.store.tag_keys import key_tags_by_unicode_case

#: Tables whose rows are analyst work: each gets ``author_id`` and ``origin``.
AUTHORED_TABLES: tuple[str, ...] = (
    "tags",
    "document_tags",
    "annotations",
    "span_tags",
    "claims",
    "claim_status_history",
    "links",
    "suggestion_rejections",
    "entity_aliases",
    "entity_rules",
    "mention_overrides",
    "entity_duplicate_dismissals",
    "sources",
    "ach_analyses",
    "ach_hypotheses",
    "ach_evidence",
    "ach_ratings",
)
#: Tables whose rows an analyst edits in place: each gets ``edited_by``.
EDITED_TABLES: tuple[str, ...] = (
    "documents",
    "entities",
    "annotations",
    "claims",
    "links",
    "sources",
    "ach_analyses",
    "ach_hypotheses",
    "ach_ratings",
)


def _m0012_authorship(db: Database) -> None:
    """Add the authors table, then author, origin and editor columns (existing rows get origins)."""
    execute_all(
        db,
        """
        CREATE TABLE authors (
            id TEXT PRIMARY KEY CHECK (length(id) = 32),
            name TEXT NOT NULL,
            first_seen TEXT NOT NULL
        );
        """,
    )
    for table in AUTHORED_TABLES:
        db.execute(f'ALTER TABLE "{table}" ADD COLUMN author_id TEXT')
        db.execute(f'ALTER TABLE "{table}" ADD COLUMN origin TEXT')
        _backfill_origins(db, table)
        db.execute(f'CREATE UNIQUE INDEX "idx_{table}_origin" ON "{table}"(origin)')
    for table in EDITED_TABLES:
        db.execute(f'ALTER TABLE "{table}" ADD COLUMN edited_by TEXT')


def _backfill_origins(db: Database, table: str) -> None:
    """Give each existing row an origin derived from its own contents.

    Why not random: a library copied to a colleague before this migration is
    upgraded on both machines; origins made from the row (table, key and every
    value) come out the same on both copies, so merging them later finds the
    rows already present instead of duplicating them. New rows get random ids.
    """
    cursor = db.execute(f'SELECT rowid AS _rowid_, * FROM "{table}"')
    names = [column[0] for column in cursor.description]
    updates = []
    for row in cursor.fetchall():
        values = dict(zip(names, row, strict=True))
        rowid = values.pop("_rowid_")
        values.pop("origin", None)
        values.pop("author_id", None)
        digest = hashlib.md5(
            json.dumps([table, sorted(values.items())], default=str).encode(),
            usedforsecurity=False,
        ).hexdigest()
        updates.append((digest, rowid))
    db.conn.executemany(f'UPDATE "{table}" SET origin = ? WHERE rowid = ?', updates)


def _m0013_merges(db: Database) -> None:
    """Record each merge of another library and the conflicts it found.

    Why tables: a conflict is never resolved by the merge itself; it waits in
    the library until the analyst keeps their value, the other one, or both,
    and a second merge of the same file must recognise it instead of raising it
    again. ``row_key`` names our row (JSON of its key columns), ``mine`` and
    ``theirs`` hold both values as JSON, so a resolution can write either back.
    """
    execute_all(
        db,
        """
        CREATE TABLE merges (
            id INTEGER PRIMARY KEY,
            merged_at TEXT NOT NULL,
            source TEXT NOT NULL,
            report TEXT NOT NULL
        );
        CREATE TABLE merge_conflicts (
            id INTEGER PRIMARY KEY,
            merge_id INTEGER NOT NULL REFERENCES merges(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            column_name TEXT NOT NULL,
            origin TEXT,
            mine TEXT NOT NULL,
            theirs TEXT NOT NULL,
            mine_shown TEXT NOT NULL,
            theirs_shown TEXT NOT NULL,
            mine_author TEXT,
            theirs_author TEXT,
            document_id INTEGER,
            choices TEXT NOT NULL,
            resolution TEXT CHECK (resolution IN ('mine', 'theirs', 'both'))
        );
        CREATE INDEX idx_merge_conflicts_row ON merge_conflicts(table_name, row_key, column_name);
        """,
    )


def _m0014_edit_history(db: Database) -> None:
    """Keep the earlier values of edited-in-place fields, and tombstones of deleted work.

    Why: when only one analyst edits a note after two copies split, a merge
    that sees two different notes cannot tell who changed it, and would call
    it a conflict. With the earlier values of each copy it can: their value
    is one we replaced -> ours is newer; ours is one they replaced -> theirs
    is. A row is named by its ``origin`` (an entity, which has none, by
    ``entity:<label>:<name>``); ``value`` is JSON. A deleted row leaves a row
    with ``field`` "(deleted)" so a merge does not bring it back.
    """
    execute_all(
        db,
        """
        CREATE TABLE edit_history (
            id INTEGER PRIMARY KEY,
            table_name TEXT NOT NULL,
            row_origin TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            replaced_at TEXT NOT NULL,
            author_id TEXT,
            UNIQUE (table_name, row_origin, field, value)
        );
        CREATE INDEX idx_edit_history_origin ON edit_history(row_origin);
        """,
    )


def _m0015_analysis_claims(db: Database) -> None:
    """Record which analysis run works on which pending document (``analysis_claims.py``).

    Why: two imports at once each analysed every pending document, the
    other's too. Rows live only while a run is under way; a killed run's rows
    are taken over by the next run once it is known dead.
    """
    execute_all(
        db,
        """
        CREATE TABLE analysis_runs (
            run TEXT PRIMARY KEY,
            host TEXT NOT NULL,
            pid INTEGER NOT NULL,
            heartbeat REAL NOT NULL
        );
        CREATE TABLE analysis_claims (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            run TEXT NOT NULL
        );
        CREATE INDEX idx_analysis_claims_run ON analysis_claims(run);
        """,
    )


def _m0016_symbol_index(db: Database) -> None:
    """Index the symbols the word index drops (emoji, currency signs): ``search_symbols.py``.

    Why a side index, not new token characters in the word index: "€5bn" or
    "fire🔥" would become one word there, and a search for "5bn" or "fire"
    would stop finding them. Built from the existing documents here, so an
    upgraded library finds its symbols at once.
    """
    execute_all(
        db,
        f"""
        CREATE VIRTUAL TABLE documents_symbols USING fts5(
            title, text, content='documents', content_rowid='id',
            tokenize="{SYMBOL_TOKENIZER}"
        );
        CREATE VIRTUAL TABLE documents_symbols_terms USING fts5vocab(documents_symbols, row);
        CREATE TRIGGER documents_symbols_ai AFTER INSERT ON documents BEGIN
            INSERT INTO documents_symbols(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER documents_symbols_ad AFTER DELETE ON documents BEGIN
            INSERT INTO documents_symbols(documents_symbols, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER documents_symbols_au AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_symbols(documents_symbols, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO documents_symbols(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        INSERT INTO documents_symbols(documents_symbols) VALUES ('rebuild');
        """,
    )


def _m0017_library_identity(db: Database) -> None:
    """Give the library a random id of its own (``library_meta``, key ``library_id``).

    Why: two libraries can export Markdown into one folder, and their notes
    carry only document ids, which both libraries number from 1; a re-export
    removing its retitled documents' old notes then removed the other
    library's note of the same id. Notes now say which library wrote them. A
    backup keeps the id: it is the same library's work; a copy made on disk
    gets its own on its first writable open (``library_place``).
    """
    execute_all(
        db,
        """
        CREATE TABLE library_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO library_meta(key, value) VALUES ('library_id', lower(hex(randomblob(16))));
        """,
    )


STEPS: tuple[MigrationStep, ...] = (
    ("0012_authorship", _m0012_authorship),
    ("0013_merges", _m0013_merges),
    ("0014_edit_history", _m0014_edit_history),
    ("0015_analysis_claims", _m0015_analysis_claims),
    ("0016_symbol_index", _m0016_symbol_index),
    ("0017_library_identity", _m0017_library_identity),
    ("0018_tag_keys", key_tags_by_unicode_case),
    ("0019_name_keys", key_names_by_unicode_case),
    ("0020_dotted_capital_i", key_dotted_capital_i),
    ("0021_document_sort_keys", key_document_names),
)
