"""Migrations 0001-0007: the library's first tables and the indexes that keep them fast.

Documents and their full-text index, entities, mentions and quotes, the
analyst's tags, annotations, claims and links, versions and curation rules,
then the indexes added for a 100,000-document library. Why one module for
them: they shipped together as the first schema and are never edited again;
``schema.py`` registers ``STEPS`` here before the later waves, in number order.
"""

from __future__ import annotations

from sqlite_utils import Database

from workbench.store.sql_script import MigrationStep, execute_all


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
    execute_all(
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


def _m0002_entities_and_quotes(db: Database) -> None:
    execute_all(
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


def _m0003_analyst_work(db: Database) -> None:
    execute_all(
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


def _m0004_versions_and_curation(db: Database) -> None:
    execute_all(
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


def _m0005_library_sort_indexes(db: Database) -> None:
    """Indexes that keep sorting and filtering the library table fast at 100,000 documents."""
    execute_all(
        db,
        """
        CREATE INDEX idx_documents_title ON documents(title COLLATE NOCASE);
        CREATE INDEX idx_documents_source ON documents(source COLLATE NOCASE);
        CREATE INDEX idx_documents_word_count ON documents(word_count);
        CREATE INDEX idx_documents_imported_at ON documents(imported_at);
        """,
    )


def _m0006_mentions_by_entity_and_document(db: Database) -> None:
    """Let the Entities view count documents per entity without scanning every mention."""
    execute_all(
        db, "CREATE INDEX idx_mentions_entity_document ON mentions(entity_id, document_id);"
    )


def _m0007_version_lookup_indexes(db: Database) -> None:
    """Let every imported article be checked for an earlier version without a table scan."""
    execute_all(
        db,
        """
        CREATE INDEX idx_documents_external_id ON documents(external_id);
        CREATE INDEX idx_documents_origin_path ON documents(origin_path);
        CREATE INDEX idx_documents_title_source ON documents(title, source);
        """,
    )


# Applied in this order; ``schema.py`` refuses any order that is not ascending.
STEPS: tuple[MigrationStep, ...] = (
    ("0001_documents", _m0001_documents),
    ("0002_entities_and_quotes", _m0002_entities_and_quotes),
    ("0003_analyst_work", _m0003_analyst_work),
    ("0004_versions_and_curation", _m0004_versions_and_curation),
    ("0005_library_sort_indexes", _m0005_library_sort_indexes),
    ("0006_mentions_by_entity_and_document", _m0006_mentions_by_entity_and_document),
    ("0007_version_lookup_indexes", _m0007_version_lookup_indexes),
)
