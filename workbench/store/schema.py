"""The library schema, created and upgraded only by numbered sqlite-utils migrations.

Why numbered functions and nothing else: a library file lives for months; every
change to its shape must be replayable in order on any older file, inside a
transaction, so that a failed upgrade leaves the file as it was.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "workbench"
migrations = Migrations(MIGRATION_SET)


def _execute_all(db: Database, script: str) -> None:
    """Run each statement of ``script`` inside the migration's transaction.

    Why not ``executescript``: sqlite3 commits before running a script, which
    would break the one-transaction-per-migration guarantee.
    """
    for statement in _split_statements(script):
        db.execute(statement)


def _split_statements(script: str) -> list[str]:
    """Split SQL on ``;`` at statement ends, keeping trigger bodies whole."""
    statements: list[str] = []
    current: list[str] = []
    for line in script.splitlines():
        if line.strip().startswith("--"):
            continue
        current.append(line)
        candidate = "\n".join(current).strip()
        if candidate.endswith(";") and _is_complete(candidate):
            statements.append(candidate)
            current = []
    rest = "\n".join(current).strip()
    if rest:
        statements.append(rest)
    return statements


def _is_complete(candidate: str) -> bool:
    """Whether ``candidate`` ends a statement (sqlite3 knows trigger bodies)."""
    return sqlite3.complete_statement(candidate)


@migrations(name="0001_documents")
def _m0001_documents(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            source TEXT,
            author TEXT,
            published TEXT,
            url TEXT,
            dateline TEXT,
            text TEXT NOT NULL,
            format TEXT NOT NULL,
            origin_path TEXT,
            external_id TEXT,
            imported_at TEXT NOT NULL,
            word_count INTEGER NOT NULL DEFAULT 0,
            analysis_version INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'pending'
        )
        """
    )
    db.execute("CREATE INDEX idx_documents_status ON documents(status)")
    db.execute("CREATE INDEX idx_documents_published ON documents(published)")
    db.execute("CREATE INDEX idx_documents_url ON documents(url)")
    # External-content FTS5 kept in sync by triggers, so the index changes in the
    # same transaction as the row. The update trigger fires only when title or
    # text change: status updates during analysis must not rewrite the index.
    _execute_all(
        db,
        """
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        """,
    )


@migrations(name="0002_entities_and_quotes")
def _m0002_entities_and_quotes(db: Database) -> None:
    _execute_all(
        db,
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            label TEXT NOT NULL,
            notes TEXT,
            created_by TEXT NOT NULL DEFAULT 'model',
            hidden INTEGER NOT NULL DEFAULT 0,
            UNIQUE (name, label)
        );
        -- Aliases are unique per entity, not per label: "Kim" abbreviates
        -- different people in different articles (resolution is per document).
        CREATE TABLE entity_aliases (
            id INTEGER PRIMARY KEY,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            UNIQUE (entity_id, alias)
        );
        CREATE INDEX idx_entity_aliases_alias ON entity_aliases(alias);
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT 'text',
            source TEXT NOT NULL DEFAULT 'model',
            confidence REAL
        );
        CREATE INDEX idx_mentions_document ON mentions(document_id, field, start);
        CREATE INDEX idx_mentions_entity ON mentions(entity_id);
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'direct',
            speaker_entity_id INTEGER REFERENCES entities(id),
            speaker_text TEXT,
            speaker_start INTEGER,
            speaker_end INTEGER,
            cue TEXT,
            confidence REAL,
            group_id INTEGER
        );
        CREATE INDEX idx_quotes_document ON quotes(document_id, start);
        CREATE INDEX idx_quotes_speaker ON quotes(speaker_entity_id);
        """,
    )


@migrations(name="0003_analyst_work")
def _m0003_analyst_work(db: Database) -> None:
    _execute_all(
        db,
        """
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE COLLATE NOCASE,
            color TEXT
        );
        CREATE TABLE document_tags (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (document_id, tag_id)
        );
        CREATE INDEX idx_document_tags_tag ON document_tags(tag_id);
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('highlight', 'note', 'claim')),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            note_md TEXT NOT NULL DEFAULT '',
            color TEXT,
            status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphaned')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX idx_annotations_document ON annotations(document_id, start);
        CREATE TABLE span_tags (
            annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (annotation_id, tag_id)
        );
        CREATE INDEX idx_span_tags_tag ON span_tags(tag_id);
        CREATE TABLE claims (
            annotation_id INTEGER PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
            claimant_entity_id INTEGER REFERENCES entities(id),
            claimant_text TEXT,
            quote_id INTEGER,
            status TEXT NOT NULL DEFAULT 'unverified'
                CHECK (status IN ('unverified', 'corroborated', 'disputed', 'retracted')),
            statement TEXT NOT NULL
        );
        CREATE INDEX idx_claims_status ON claims(status);
        CREATE INDEX idx_claims_claimant ON claims(claimant_entity_id);
        CREATE TABLE claim_status_history (
            id INTEGER PRIMARY KEY,
            annotation_id INTEGER NOT NULL REFERENCES claims(annotation_id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            note TEXT
        );
        CREATE INDEX idx_claim_history_claim ON claim_status_history(annotation_id);
        CREATE TABLE links (
            id INTEGER PRIMARY KEY,
            from_annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            to_annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            relation TEXT NOT NULL
                CHECK (relation IN ('supports', 'contradicts', 'same', 'elaborates', 'cites')),
            note TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (from_annotation_id, to_annotation_id, relation),
            CHECK (from_annotation_id <> to_annotation_id)
        );
        CREATE INDEX idx_links_to ON links(to_annotation_id);
        CREATE TABLE suggestion_rejections (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            UNIQUE (claim_id, document_id, start, "end")
        );
        -- One row per analyst action; ops holds row images so undo/redo are exact
        -- and survive restarts.
        CREATE TABLE undo_log (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL,
            created_at TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0,
            ops TEXT NOT NULL
        );
        """,
    )


@migrations(name="0004_versions_and_curation")
def _m0004_versions_and_curation(db: Database) -> None:
    _execute_all(
        db,
        """
        -- Earlier texts of a document, kept when a new version replaces them.
        CREATE TABLE document_versions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            replaced_at TEXT NOT NULL,
            UNIQUE (document_id, version)
        );
        -- Analyst decisions that outlive re-analysis: the model's (name, label)
        -- for an entity is mapped to the entity the analyst made of it.
        CREATE TABLE entity_rules (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            label TEXT NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            UNIQUE (name, label)
        );
        CREATE INDEX idx_entity_rules_entity ON entity_rules(entity_id);
        -- A mention moved to another entity (or hidden) by the analyst, by span.
        CREATE TABLE mention_overrides (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            field TEXT NOT NULL DEFAULT 'text',
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            entity_id INTEGER REFERENCES entities(id) ON DELETE CASCADE,
            hidden INTEGER NOT NULL DEFAULT 0,
            UNIQUE (document_id, field, start, "end")
        );
        CREATE TABLE entity_duplicate_dismissals (
            id INTEGER PRIMARY KEY,
            first_entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            second_entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            UNIQUE (first_entity_id, second_entity_id)
        );
        ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        """,
    )


@migrations(name="0005_library_sort_indexes")
def _m0005_library_sort_indexes(db: Database) -> None:
    """Indexes that keep sorting and filtering the library table fast at 100,000 documents."""
    _execute_all(
        db,
        """
        CREATE INDEX idx_documents_title ON documents(title COLLATE NOCASE);
        CREATE INDEX idx_documents_source ON documents(source COLLATE NOCASE);
        CREATE INDEX idx_documents_word_count ON documents(word_count);
        CREATE INDEX idx_documents_imported_at ON documents(imported_at);
        """,
    )


@migrations(name="0006_mentions_by_entity_and_document")
def _m0006_mentions_by_entity_and_document(db: Database) -> None:
    """Let the Entities view count documents per entity without scanning every mention."""
    _execute_all(
        db, "CREATE INDEX idx_mentions_entity_document ON mentions(entity_id, document_id);"
    )


@migrations(name="0007_version_lookup_indexes")
def _m0007_version_lookup_indexes(db: Database) -> None:
    """Let every imported article be checked for an earlier version without a table scan."""
    _execute_all(
        db,
        """
        CREATE INDEX idx_documents_external_id ON documents(external_id);
        CREATE INDEX idx_documents_origin_path ON documents(origin_path);
        CREATE INDEX idx_documents_title_source ON documents(title, source);
        """,
    )


@migrations(name="0008_analysis_chunks")
def _m0008_analysis_chunks(db: Database) -> None:
    """Record which chunks of a huge document are analysed, so a killed run resumes there.

    Rows exist only while a chunked analysis is under way: finishing the
    document (or marking it for analysis again) removes them.
    """
    _execute_all(
        db,
        """
        CREATE TABLE analysis_chunks (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            analysis_version INTEGER NOT NULL,
            PRIMARY KEY (document_id, start)
        );
        """,
    )


@migrations(name="0009_mention_values")
def _m0009_mention_values(db: Database) -> None:
    """Give DATE/TIME mentions their normalised TIMEX3 value ('2023-09-13'; NULL = none).

    Existing mentions keep NULL until their document is analysed again
    (``workbench reanalyze``); the analysis version says which ones are older.
    """
    _execute_all(db, "ALTER TABLE mentions ADD COLUMN value TEXT;")


@migrations(name="0010_grades")
def _m0010_grades(db: Database) -> None:
    """Grades of the NATO/Admiralty code: a reliability per source, per document, per claim.

    Why a table of sources and not a column on documents: a source (an outlet)
    is graded once and its documents inherit the grade; a document's own
    ``reliability_override`` wins. The CHECKs repeat the vocabulary's ranges
    (``RELIABILITY_WORDING``, ``CREDIBILITY_WORDING``) so no writer can store
    a grade outside them.
    """
    _execute_all(
        db,
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            reliability TEXT NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
            graded_at TEXT NOT NULL
        );
        ALTER TABLE documents ADD COLUMN reliability_override TEXT
            CHECK (reliability_override IN ('A', 'B', 'C', 'D', 'E', 'F'));
        ALTER TABLE claims ADD COLUMN credibility INTEGER
            CHECK (credibility BETWEEN 1 AND 6);
        """,
    )


@migrations(name="0011_ach")
def _m0011_ach(db: Database) -> None:
    """Analysis of Competing Hypotheses: analyses, hypotheses, evidence items and ratings.

    Why evidence names an annotation (a claim, highlight or note) and not a
    copy of its text: the matrix stays linked to the passage, follows it when
    a new version re-anchors it, and a deleted claim takes its row with it
    (the store records that deletion so Undo restores the row and its
    ratings). The 2-12 hypotheses rule lives in ``store.ach``, which can name
    the range in its refusal; the CHECK repeats ``ACH_RATINGS``.
    """
    _execute_all(
        db,
        """
        CREATE TABLE ach_analyses (
            id INTEGER PRIMARY KEY,
            question TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE ach_hypotheses (
            id INTEGER PRIMARY KEY,
            analysis_id INTEGER NOT NULL REFERENCES ach_analyses(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX idx_ach_hypotheses_analysis ON ach_hypotheses(analysis_id, position);
        CREATE TABLE ach_evidence (
            id INTEGER PRIMARY KEY,
            analysis_id INTEGER NOT NULL REFERENCES ach_analyses(id) ON DELETE CASCADE,
            annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            UNIQUE (analysis_id, annotation_id)
        );
        CREATE INDEX idx_ach_evidence_annotation ON ach_evidence(annotation_id);
        CREATE TABLE ach_ratings (
            evidence_id INTEGER NOT NULL REFERENCES ach_evidence(id) ON DELETE CASCADE,
            hypothesis_id INTEGER NOT NULL REFERENCES ach_hypotheses(id) ON DELETE CASCADE,
            rating TEXT NOT NULL CHECK (rating IN ('CC', 'C', 'N', 'I', 'II')),
            PRIMARY KEY (evidence_id, hypothesis_id)
        );
        CREATE INDEX idx_ach_ratings_hypothesis ON ach_ratings(hypothesis_id);
        """,
    )


def apply_migrations(db: Database) -> list[str]:
    """Bring ``db`` up to the current schema; return the names of migrations applied."""
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return pending


def known_migration_names() -> list[str]:
    """Names of every migration this version of the app knows, in order."""
    return [m.name for m in migrations._migrations]  # noqa: SLF001 - no public accessor


def unknown_applied(db: Database) -> list[str]:
    """Migrations recorded in ``db`` that this app does not know (a newer schema)."""
    known = set(known_migration_names())
    return [m.name for m in migrations.applied(db) if m.name not in known]
