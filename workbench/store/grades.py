"""Grades of the NATO/Admiralty code: source reliability (A-F) and claim credibility (1-6).

``store.grades``. A source (a document's ``source``: the outlet or publisher)
is graded once and every document of it inherits the grade; a document may
carry its own grade, which wins. A claim's credibility is the analyst's
judgement of the information itself. Every change is an analyst action in
``store.history``, so Undo restores the grade before it. The wording of each
grade lives in ``workbench.core.vocabulary``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlite_utils import Database

from workbench.core.labels import source_key
from workbench.core.models import Changes
from workbench.core.records import DocumentGrade, SourceGrade
from workbench.core.vocabulary import parse_credibility, parse_reliability
from workbench.store.documents import DocumentNotFound
from workbench.store.history import History, Recorder
from workbench.store.labels import annotation_named, document_named, named
from workbench.store.name_order import name_sort_key
from workbench.store.rows import dict_rows, ids_param, in_ids, now_iso
from workbench.store.source_names import (
    counted_sources,
    effective_reliability,
    graded_source,
    source_grades,
    source_is,
)


class UnknownSource(LookupError):
    """No document has this source and no grade names it; ``close`` holds likely meant names."""

    def __init__(self, name: str, close: Sequence[str]) -> None:
        self.name = name
        self.close = tuple(close)
        hint = f"; did you mean {', '.join(repr(c) for c in self.close)}?" if self.close else ""
        super().__init__(f"no source named {name!r}{hint}")


class Grades:
    """Grade sources, documents and claims; read effective grades for many ids at once."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    # -- sources ---------------------------------------------------------------

    def grade_source(self, name: str, reliability: str | None) -> Changes:
        """Give the source ``name`` a reliability grade (None clears it); its documents inherit it.

        Raises ``UnknownSource`` (with close names) when neither a document
        nor an earlier grade names the source: a typo must not grade nobody.
        """
        grade = None if reliability is None else parse_reliability(reliability)
        canonical = self.resolve_source(name)
        existing = self.db.execute(
            "SELECT id FROM sources WHERE name_key = ?", [source_key(canonical)]
        ).fetchone()

        def action(rec: Recorder) -> None:
            if grade is None:
                if existing is not None:
                    rec.delete("sources", {"id": existing[0]})
            elif existing is None:
                rec.insert(
                    "sources", {"name": canonical, "reliability": grade, "graded_at": now_iso()}
                )
            else:
                rec.update(
                    "sources", {"id": existing[0]}, {"reliability": grade, "graded_at": now_iso()}
                )

        source = named(canonical)
        label = f"Grade source{source} as {grade}" if grade else f"Clear grade of{source}"
        changes = self.history.record_action(label, action)[1]
        return replace(changes, documents_changed=tuple(self._source_documents(canonical)))

    def resolve_source(self, name: str) -> str:
        """The source as the library spells it (``source_key``: any case, Unicode too), or
        ``UnknownSource``: the graded spelling, else the one most of its documents use."""
        wanted = source_key(name)
        if wanted is None:
            raise UnknownSource(name, ())
        graded = graded_source(self.db, name)
        if graded is not None:
            return graded[0]
        clause, params = source_is(self.db, name)
        spellings = self.db.execute(  # most documents', then the first imported
            f"SELECT source FROM documents WHERE {clause}"
            " GROUP BY source ORDER BY count(*) DESC, min(id) LIMIT 1", params,
        ).fetchone()
        if spellings is not None:
            return str(spellings[0])
        folded = {str(source_key(n)): n for n in self.source_names()}
        close = difflib.get_close_matches(wanted, list(folded), n=3, cutoff=0.6)
        raise UnknownSource(name, [folded[c] for c in close])

    def source_names(self) -> list[str]:
        """Every source a document names or a grade remembers, alphabetically."""
        rows = self.db.execute(
            "SELECT source FROM documents WHERE source IS NOT NULL AND trim(source) <> ''"
            " UNION SELECT name FROM sources"
        )
        seen: dict[str, str] = {}
        for (name,) in sorted(rows, key=lambda row: name_sort_key(str(row[0])) or ""):
            seen.setdefault(str(source_key(str(name))), str(name))
        return list(seen.values())

    def source_reliability(self, name: str | None) -> str | None:
        """The grade of source ``name`` (compared by ``source_key``), or None."""
        graded = graded_source(self.db, name)
        return graded[1] if graded else None

    def list_sources(self, *, graded_only: bool = False) -> list[SourceGrade]:
        """Sources with their grade and document count; ``graded_only`` keeps graded ones.

        Names are one source whatever their case, as in ``source_names``.
        """
        counts = {str(source_key(name)): n for name, n in counted_sources(self.db)}
        graded = {
            str(row.pop("name_key")): row  # the key the store wrote beside the name
            for row in dict_rows(self.db.execute(
                "SELECT s.name_key, s.name, s.reliability, s.graded_at, s.origin, s.author_id,"
                " au.name AS author, s.edited_by FROM sources s"
                " LEFT JOIN authors au ON au.id = coalesce(s.edited_by, s.author_id)"
            ))
        }  # fmt: skip
        result = []
        for name in self.source_names():
            key = str(source_key(name))
            hit = graded.get(key)
            if hit is not None:
                result.append(SourceGrade(**hit, documents=counts.get(key, 0)))
            elif not graded_only:
                result.append(SourceGrade(name, documents=counts.get(key, 0)))
        return result

    def _source_documents(self, name: str) -> list[int]:
        clause, params = source_is(self.db, name)
        rows = self.db.execute(f"SELECT id FROM documents WHERE {clause} ORDER BY id", params)
        return [int(r[0]) for r in rows]

    # -- documents -------------------------------------------------------------

    def grade_document(self, doc_id: int, reliability: str | None) -> Changes:
        """Give one document its own reliability (None: inherit its source's again)."""
        grade = None if reliability is None else parse_reliability(reliability)
        self._require("documents", "id", doc_id, DocumentNotFound(f"no document with id {doc_id}"))
        name = document_named(self.db, doc_id)
        label = f"Grade document{name} as {grade}" if grade else f"Clear grade of document{name}"
        return self.history.record_action(
            label,
            lambda rec: rec.update("documents", {"id": doc_id}, {"reliability_override": grade}),
        )[1]

    def document_reliability(self, doc_id: int) -> str | None:
        """The reliability that counts for a document: its own, else its source's."""
        return self.document_grades([doc_id]).get(doc_id, DocumentGrade(doc_id)).effective

    def document_grades(self, doc_ids: Iterable[int]) -> dict[int, DocumentGrade]:
        """Each existing document's grade (override, source and source grade), by id."""
        rows = self.db.execute(
            "SELECT d.id, d.source, d.reliability_override FROM documents d"
            f" WHERE {in_ids('d.id')}",
            [ids_param(doc_ids)],
        )
        grades = source_grades(self.db)
        return {
            int(doc_id): DocumentGrade(int(doc_id), source,
                                       effective_reliability(None, source, grades), override)
            for doc_id, source, override in rows
        }

    # -- claims ----------------------------------------------------------------

    def grade_claim(self, claim_id: int, credibility: int | str | None) -> Changes:
        """Give a claim a credibility grade 1-6 (None clears it)."""
        grade = None if credibility is None else parse_credibility(credibility)
        self._require(
            "claims", "annotation_id", claim_id, LookupError(f"no claim with id {claim_id}")
        )
        name = annotation_named(self.db, claim_id)
        label = f"Grade claim{name} as {grade}" if grade else f"Clear grade of claim{name}"
        return self.history.record_action(
            label,
            lambda rec: rec.update(
                "claims", {"annotation_id": claim_id}, {"credibility": grade}
            ),
        )[1]

    def _require(self, table: str, key: str, value: int, missing: Exception) -> None:
        sql = f"SELECT 1 FROM {table} WHERE {key} = ?"  # noqa: S608 - fixed names
        if self.db.execute(sql, [value]).fetchone() is None:
            raise missing

