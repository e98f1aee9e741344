"""Read-only entity queries: the Entities view, entity pages, the quote index, duplicates."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from rapidfuzz import fuzz
from sqlite_utils import Database

from workbench.store.curation import EntityCuration
from workbench.store.documents import dict_rows

NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT")



def normalized_name(name: str) -> str:
    """Casefolded, accent-free, hyphen- and punctuation-free form for duplicate detection."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"[-‐‑–—_.']", " ", plain.casefold())
    plain = re.sub(r"[^\w\s]", "", plain)
    return " ".join(plain.split())


class EntityQueries(EntityCuration):
    """Entities across the library."""

    db: Database

    def list_entities(
        self,
        *,
        label: str | None = None,
        name: str | None = None,
        include_hidden: bool = False,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Entities with document and mention counts and aliases, most mentioned first."""
        conditions, params = ["1"], []
        if label:
            conditions.append("e.label = ?")
            params.append(label.upper())
        if name:
            conditions.append(
                "(e.name LIKE ? OR e.id IN (SELECT entity_id FROM entity_aliases"
                " WHERE alias LIKE ?))"
            )
            params += [f"%{name}%", f"%{name}%"]
        if not include_hidden:
            conditions.append("e.hidden = 0")
        rows = dict_rows(
            self.db.execute(
                "SELECT e.id, e.name, e.label, e.hidden, e.created_by,"
                " count(m.id) AS mentions, count(DISTINCT m.document_id) AS documents"
                " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id"
                f" WHERE {' AND '.join(conditions)} GROUP BY e.id"
                " ORDER BY documents DESC, mentions DESC, e.name LIMIT ?",
                [*params, -1 if limit is None else limit],
            )
        )
        aliases = self.entity_aliases([r["id"] for r in rows])
        for row in rows:
            row["aliases"] = aliases.get(row["id"], [])
        return rows

    def entity_documents(self, entity_id: int, limit: int = 200) -> list[dict[str, Any]]:
        """Documents mentioning an entity, newest first, with a snippet around the first mention."""
        rows = dict_rows(
            self.db.execute(
                "SELECT d.id, d.title, d.source, d.published, count(m.id) AS mentions,"
                " min(CASE WHEN m.field = 'text' THEN m.start END) AS first_start"
                " FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.entity_id = ?"
                " GROUP BY d.id ORDER BY d.published DESC, d.id DESC LIMIT ?",
                [entity_id, limit],
            )
        )
        for row in rows:
            row["snippet"] = self._snippet(row["id"], row.pop("first_start"))
        return rows

    def _snippet(self, doc_id: int, start: int | None) -> str:
        if start is None:
            return ""
        begin = max(0, start - 80)
        text = self.db.execute(
            "SELECT substr(text, ?, 220) FROM documents WHERE id = ?", [begin + 1, doc_id]
        ).fetchone()[0]
        return ("…" if begin else "") + " ".join(text.split()) + "…"

    def co_occurring_entities(self, entity_id: int, limit: int = 15) -> list[dict[str, Any]]:
        """Entities that appear in the most documents together with this one."""
        marks = ",".join("?" * len(NAME_LABELS))
        return dict_rows(
            self.db.execute(
                "SELECT e.id, e.name, e.label, count(DISTINCT o.document_id) AS documents"
                " FROM mentions o JOIN entities e ON e.id = o.entity_id"
                " WHERE o.document_id IN (SELECT document_id FROM mentions WHERE entity_id = ?)"
                f" AND o.entity_id != ? AND e.hidden = 0 AND e.label IN ({marks})"
                " GROUP BY e.id ORDER BY documents DESC, e.name LIMIT ?",
                [entity_id, entity_id, *NAME_LABELS, limit],
            )
        )

    def list_quotes(
        self,
        *,
        speaker: str | None = None,
        speaker_id: int | None = None,
        kind: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """The who-said-what index: quotes with speaker, date and source, newest first."""
        conditions, params = ["1"], []
        if speaker_id is not None:
            conditions.append("q.speaker_entity_id = ?")
            params.append(speaker_id)
        if speaker:
            conditions.append(
                "(e.name LIKE ? OR q.speaker_text LIKE ? OR e.id IN"
                " (SELECT entity_id FROM entity_aliases WHERE alias LIKE ?))"
            )
            params += [f"%{speaker}%"] * 3
        if kind:
            conditions.append("q.kind = ?")
            params.append(kind)
        return dict_rows(
            self.db.execute(
                'SELECT q.id, q.document_id, q.start, q."end", q.text, q.kind, q.cue,'
                " e.name AS speaker, q.speaker_entity_id, q.speaker_text, d.title, d.published,"
                " d.source FROM quotes q JOIN documents d ON d.id = q.document_id"
                " LEFT JOIN entities e ON e.id = q.speaker_entity_id"
                f" WHERE {' AND '.join(conditions)} AND coalesce(e.hidden, 0) = 0"
                " ORDER BY d.published DESC, q.document_id, q.start LIMIT ?",
                [*params, -1 if limit is None else limit],
            )
        )

    def quotes_mentioning(self, entity_id: int, limit: int = 200) -> list[dict[str, Any]]:
        """Quotes whose text mentions the entity (what others said about it)."""
        return dict_rows(
            self.db.execute(
                'SELECT DISTINCT q.id, q.document_id, q.start, q."end", q.text, q.kind,'
                " e.name AS speaker, q.speaker_text, d.title, d.published, d.source"
                " FROM mentions m JOIN quotes q ON q.document_id = m.document_id"
                ' AND m.field = \'text\' AND m.start >= q.start AND m."end" <= q."end"'
                " JOIN documents d ON d.id = q.document_id"
                " LEFT JOIN entities e ON e.id = q.speaker_entity_id"
                " WHERE m.entity_id = ? ORDER BY d.published DESC, q.document_id, q.start LIMIT ?",
                [entity_id, limit],
            )
        )

    def duplicate_entity_candidates(self, limit: int = 100) -> list[dict[str, Any]]:
        """Pairs of entities that are probably one, with a reason and a score."""
        from workbench.store.duplicates import find_duplicate_pairs

        entities = [e for e in self.list_entities() if e["label"] in NAME_LABELS]
        dismissed = {
            (a, b)
            for a, b in self.db.execute(
                "SELECT first_entity_id, second_entity_id FROM entity_duplicate_dismissals"
            )
        }
        pairs = find_duplicate_pairs(entities, dismissed)
        return pairs[:limit]


def similarity(first: str, second: str) -> float:
    """Token-order-insensitive similarity of two normalised names, 0..100."""
    return float(fuzz.token_sort_ratio(normalized_name(first), normalized_name(second)))
