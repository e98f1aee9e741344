"""Merge another analyst's library file into this one (``store.merge``).

Why one recorded action: a merge writes documents, annotations, claims,
curation and conflicts that point to each other; run through one
``Recorder`` inside one transaction, it is atomic (a kill -9 halfway leaves
the library as it was: SQLite never commits half a transaction) and undone
as a whole. Their rows keep their ``origin`` and ``author_id`` (passed to the
recorder explicitly), so a second merge of the same file finds every row
already here and adds nothing, and merging A into B or B into A gives the
same work apart from the conflicts each analyst resolves.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workbench.core.merge_records import MergeConflict, MergeReport
from workbench.core.models import Changes
from workbench.core.progress import Progress
from workbench.store.authors import register_author
from workbench.store.history import History, Recorder
from workbench.store.labels import short_name
from workbench.store.merge_conflicts import conflict_records, record_conflict, resolve
from workbench.store.merge_deletions import apply_their_deletions
from workbench.store.merge_documents import merge_document, merge_document_grade
from workbench.store.merge_edits import adopt_their_history
from workbench.store.merge_entities import merge_entity_curation
from workbench.store.merge_run import FoundConflict, MergeRun
from workbench.store.merge_source import MergeRefused, check_our_types, checked_copy
from workbench.store.merge_tables import TABLES, merge_table
from workbench.store.merge_words import shown
from workbench.store.rows import dict_rows, now_iso

#: Test hook: seconds to sleep after each document the merge adds (inside its transaction),
#: so a test can kill a merge midway.
PAUSE_ENV = "WORKBENCH_MERGE_PAUSE_S"


class Merge:
    """Bring another library's work in; list and resolve the conflicts merges found."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    def merge_library(
        self, path: Path, source: str | None = None, progress: Progress | None = None
    ) -> tuple[MergeReport, Changes]:
        """Merge the library file at ``path``; raises ``MergeRefused`` (nothing changed).

        ``source`` is the name the report gives (the file the analyst chose,
        when ``path`` is a library made from a JSON export). Cancelling through
        ``progress`` raises ``Cancelled`` and leaves the library unchanged.
        """
        source = source or Path(path).name
        progress = progress or Progress()
        check_our_types(self.db.conn)
        with tempfile.TemporaryDirectory(prefix="workbench-merge-") as folder:
            copy = checked_copy(Path(path), Path(folder), source)
            with closing(sqlite3.connect(copy)) as theirs:
                return self._merge_from(theirs, source, progress)

    def open_conflicts(self) -> list[MergeConflict]:
        """Conflicts not yet resolved, oldest first."""
        return conflict_records(self.db, "c.resolution IS NULL")

    def resolve_conflict(self, conflict_id: int, choice: str) -> Changes:
        """Keep "mine", "theirs" or "both" for one conflict (one undoable action)."""
        return resolve(self.db, self.history, conflict_id, choice)

    def _merge_from(
        self, theirs: sqlite3.Connection, source: str, progress: Progress
    ) -> tuple[MergeReport, Changes]:
        documents = theirs.execute("SELECT count(*) FROM documents").fetchone()[0]
        progress.start(documents + len(TABLES) + 1)

        def action(rec: Recorder) -> MergeReport:
            run = MergeRun(rec, theirs)
            _merge_everything(run, progress)
            return _finish(run, source)

        try:
            # the documents the merge added are the ones its row images inserted (changes_for)
            return self.history.record_action(f"Merge {short_name(source)}", action)
        except sqlite3.IntegrityError as error:
            raise MergeRefused(f"{source} holds work this library cannot take: {error}") from None


def _merge_everything(run: MergeRun, progress: Progress) -> None:
    pause = float(os.environ.get(PAUSE_ENV) or 0)
    for document in _their_documents(run):
        merge_document(run, document)
        progress.step(str(document["title"]))
        if (
            pause
            and run.new_documents
            and run.our_id("documents", document["id"]) == (run.new_documents[-1])
        ):
            time.sleep(pause)
    for spec in TABLES:
        merge_table(run, spec)
        progress.step(spec.report)
    merge_entity_curation(run)
    apply_their_deletions(run)
    graded = run.theirs.execute(
        "SELECT id, reliability_override, edited_by FROM documents"
        " WHERE reliability_override IS NOT NULL ORDER BY id"
    )
    for document in dict_rows(graded):
        ours = merge_document_grade(run, document)
        if ours is not None:
            _grade_conflict(run, ours, document)
    adopt_their_history(run)
    progress.step("conflicts")


def _their_documents(run: MergeRun) -> Iterator[dict[str, Any]]:
    """Their documents one at a time (a library's texts need not fit in memory twice)."""
    cursor = run.theirs.execute("SELECT * FROM documents ORDER BY id")
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def _grade_conflict(run: MergeRun, ours: dict[str, object], theirs: dict[str, object]) -> None:
    key = {"id": ours["id"]}
    mine, value = ours["reliability_override"], theirs["reliability_override"]
    if run.known_conflict("documents", key, "reliability_override", value):
        return
    run.conflicts.append(
        FoundConflict(
            kind="document grade",
            subject=f'grade of document "{ours["title"]}"',
            table="documents",
            key=key,
            column="reliability_override",
            origin=None,
            mine=mine,
            theirs=value,
            mine_shown=shown(run, "reliability_override", mine),
            theirs_shown=shown(run, "reliability_override", value),
            mine_author=ours.get("edited_by"),  # type: ignore[arg-type]
            theirs_author=theirs.get("edited_by"),  # type: ignore[arg-type]
            document_id=int(ours["id"]),  # type: ignore[call-overload]
            choices=("mine", "theirs"),
        )
    )


def _finish(run: MergeRun, source: str) -> MergeReport:
    """Record the merge and its conflicts (when it changed anything) and build the report."""
    report = MergeReport(
        source=source,
        added={kind: count for kind, count in sorted(run.added.items()) if count},
        same={kind: count for kind, count in sorted(run.same.items()) if count},
        orphans=tuple(run.orphans),
        left_out=tuple(run.left_out),
        refused=tuple(run.refused),
        refused_ratings=run.refused_ratings,
    )
    if not report.changed_anything and not run.conflicts:
        return report
    _register_authors(run)
    merge_id = run.rec.insert("merges", {"merged_at": now_iso(), "source": source, "report": "{}"})
    for found in run.conflicts:
        record_conflict(run.rec, merge_id, found)
    conflicts = tuple(conflict_records(run.rec.db, "c.merge_id = ?", [merge_id]))
    report = MergeReport(
        source=source,
        merge_id=merge_id,
        added=report.added,
        same=report.same,
        conflicts=conflicts,
        orphans=report.orphans,
        left_out=report.left_out,
        refused=report.refused,
        refused_ratings=report.refused_ratings,
    )
    run.rec.update("merges", {"id": merge_id}, {"report": json.dumps(report.as_json())})
    return report


def _register_authors(run: MergeRun) -> None:
    """Their authors, by the names their library knows (a name we know for an id is kept)."""
    for author_id, name, first_seen in run.theirs.execute(
        "SELECT id, name, first_seen FROM authors"
    ).fetchall():
        register_author(run.rec.db, author_id, name, first_seen)
