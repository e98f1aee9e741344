"""Analyst work of a merge, table by table: added, the same, or a conflict.

Why one rule for every table: a row of their work is ours when it carries
the same ``origin`` (a copy of the same piece of work) or, for rows a
library holds once per thing (a tag's path, a source's name, a rule for one
name and label, a rating of one evidence under one hypothesis), the same
natural key. A row we hold is "the same" when its mutable values agree and a
conflict when one differs (claim status, note, grade, rating, the entity a
name is merged into ...): both values are kept for the analyst to choose,
never resolved here. Any other row is added with its origin and author, its
references translated to our ids; a row whose parent did not come over is
left out (its parent was refused, e.g. an annotation of a missing document).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.core.ach_records import MAX_HYPOTHESES
from workbench.core.anchoring import TextSelector, select_span
from workbench.core.labels import label_key, source_key
from workbench.core.merge_records import KEEP_BOTH, KEEP_MINE, KEEP_THEIRS
from workbench.core.reanchor import reanchor
from workbench.core.text import plural
from workbench.store.merge_documents import entity_for
from workbench.store.merge_edits import OURS, THEIRS, side_ahead
from workbench.store.merge_run import FoundConflict, MergeRun, Row
from workbench.store.merge_words import describe, one_of, short, shown, their_row
from workbench.store.rows import dict_rows
from workbench.store.schema_third_wave import EDITED_TABLES
from workbench.store.tags import spelt_as_stored
from workbench.store.versions_spans import place_curated_span

ONE_SIDE = (KEEP_MINE, KEEP_THEIRS)
BOTH_SIDES = (KEEP_MINE, KEEP_THEIRS, KEEP_BOTH)


@dataclass(frozen=True)
class Mutable:
    """A column the analyst edits in place: different values are a conflict of ``kind``."""

    column: str
    kind: str
    choices: tuple[str, ...] = ONE_SIDE


@dataclass(frozen=True)
class TableSpec:
    """How one table's rows are matched, translated and compared."""

    table: str
    report: str  # the key in the report's added/same counts
    refs: tuple[tuple[str, str], ...] = ()  # (column, table its id belongs to)
    natural: tuple[str, ...] = ()  # columns that name the same thing without an origin
    mutable: tuple[Mutable, ...] = ()
    key: tuple[str, ...] = ("id",)
    #: which of their rows are analyst work (machine rows of the table are left alone)
    where: str = "1"


TABLES: tuple[TableSpec, ...] = (
    TableSpec("tags", "tags", natural=("path",),
              mutable=(Mutable("path", "tag name"), Mutable("color", "tag colour"))),
    TableSpec("sources", "sources", natural=("name",),
              mutable=(Mutable("reliability", "source grade"),)),
    TableSpec("document_tags", "document_tags",
              refs=(("document_id", "documents"), ("tag_id", "tags")),
              natural=("document_id", "tag_id"), key=("document_id", "tag_id")),
    TableSpec("annotations", "annotations", refs=(("document_id", "documents"),),
              mutable=(Mutable("note_md", "note", BOTH_SIDES),
                       Mutable("color", "highlight colour"))),
    TableSpec("span_tags", "passage_tags",
              refs=(("annotation_id", "annotations"), ("tag_id", "tags")),
              natural=("annotation_id", "tag_id"), key=("annotation_id", "tag_id")),
    TableSpec("claims", "claims",
              refs=(("annotation_id", "annotations"), ("claimant_entity_id", "entities"),
                    ("quote_id", "quotes")),
              natural=("annotation_id",), key=("annotation_id",),
              mutable=(Mutable("status", "claim status"), Mutable("statement", "claim statement"),
                       Mutable("credibility", "claim grade"),
                       Mutable("claimant_entity_id", "claimant"))),
    TableSpec("claim_status_history", "status_changes", refs=(("annotation_id", "annotations"),)),
    TableSpec("links", "links",
              refs=(("from_annotation_id", "annotations"), ("to_annotation_id", "annotations")),
              natural=("from_annotation_id", "to_annotation_id", "relation"),
              mutable=(Mutable("note", "link note", BOTH_SIDES),)),
    TableSpec("suggestion_rejections", "rejected_suggestions",
              refs=(("claim_id", "annotations"), ("document_id", "documents")),
              natural=("claim_id", "document_id", "start", "end")),
    TableSpec("mentions", "analyst_mentions",
              refs=(("document_id", "documents"), ("entity_id", "entities")),
              natural=("document_id", "field", "start", "end"),
              mutable=(Mutable("entity_id", "mention entity"),), where="source = 'analyst'"),
    # an alias without an origin is the extraction's: the receiver's extraction makes its own
    TableSpec("entity_aliases", "entity_aliases", refs=(("entity_id", "entities"),),
              natural=("entity_id", "alias"), where="origin IS NOT NULL"),
    TableSpec("entity_rules", "entity_rules", refs=(("entity_id", "entities"),),
              natural=("name", "label"), mutable=(Mutable("entity_id", "entity merged"),)),
    TableSpec("mention_overrides", "mention_overrides",
              refs=(("document_id", "documents"), ("entity_id", "entities")),
              natural=("document_id", "field", "start", "end"),
              mutable=(Mutable("entity_id", "mention entity"),
                       Mutable("hidden", "mention hidden"))),
    TableSpec("entity_duplicate_dismissals", "duplicate_dismissals",
              refs=(("first_entity_id", "entities"), ("second_entity_id", "entities")),
              natural=("first_entity_id", "second_entity_id")),
    TableSpec("ach_analyses", "ach_analyses", mutable=(Mutable("question", "ACH question"),)),
    # one hypothesis per wording (case and spaces aside), as the analysis keeps them
    TableSpec("ach_hypotheses", "ach_hypotheses", refs=(("analysis_id", "ach_analyses"),),
              natural=("analysis_id", "text"), mutable=(Mutable("text", "hypothesis"),)),
    TableSpec("ach_evidence", "ach_evidence",
              refs=(("analysis_id", "ach_analyses"), ("annotation_id", "annotations")),
              natural=("analysis_id", "annotation_id")),
    TableSpec("ach_ratings", "ach_ratings",
              refs=(("evidence_id", "ach_evidence"), ("hypothesis_id", "ach_hypotheses")),
              natural=("evidence_id", "hypothesis_id"), key=("evidence_id", "hypothesis_id"),
              mutable=(Mutable("rating", "ACH rating"),)),
)  # fmt: skip
#: References that may point nowhere in our library (the row keeps NULL instead).
_OPTIONAL_REFS = {("claims", "claimant_entity_id"), ("claims", "quote_id"),
                  ("mention_overrides", "entity_id")}  # fmt: skip
_SPAN_ROWS = {"suggestion_rejections", "mention_overrides", "mentions"}


def merge_table(run: MergeRun, spec: TableSpec) -> None:
    """Merge every row of one of their tables into ours."""
    for theirs in run.their_rows(spec.table, where=spec.where):
        if run.deleted_here(spec.table, theirs.get("origin")):
            run.same[f"{spec.report}_deleted_here"] += 1
            continue
        values = _translated(run, spec, theirs)
        if values is None:
            run.orphans.extend(_lost(run, spec, theirs))
            run.left_out.extend(_on_work_deleted_here(run, spec, theirs))
            continue
        ours = _our_copy(run, spec, values)
        if ours is None and spec.table == "ach_hypotheses" and _analysis_full(run, values,
                                                                               theirs):
            continue
        if ours is None:
            if spec.table == "tags":  # their POLITICS/Asia under our politics: politics/Asia
                values["path"] = spelt_as_stored(run.ours, values["path"])
            rowid = run.rec.insert(spec.table, values)
            _our_index(run, spec).add(spec, {**values, "id": rowid})
            _remember(run, spec, theirs, values, rowid)
            run.added[spec.report] += 1
            continue
        _remember(run, spec, theirs, ours, ours.get("id"))
        if not compare(run, spec, ours, values, theirs):
            run.same[spec.report] += 1


def _analysis_full(run: MergeRun, values: Row, theirs: Row) -> bool:
    """Whether their new hypothesis would be one past the most an analysis takes; if so it is
    named in the report's ``refused`` with how many ratings stay out with it (counted in
    ``refused_ratings``: they were dropped without a word).

    Why: each side adding hypotheses to one analysis merged into 14, past the 12 the
    analysis takes, and the library's own JSON export was then refused whole on import
    (attack run 10).
    """
    held = run.ours.execute("SELECT count(*) FROM ach_hypotheses WHERE analysis_id = ?",
                            [values["analysis_id"]]).fetchone()[0]
    if held < MAX_HYPOTHESES:
        return False
    question = run.ours.execute("SELECT question FROM ach_analyses WHERE id = ?",
                                [values["analysis_id"]]).fetchone()[0]
    ratings = run.theirs.execute("SELECT count(*) FROM ach_ratings WHERE hypothesis_id = ?",
                                 [theirs["id"]]).fetchone()[0]
    run.refused_ratings += ratings
    with_ratings = f" and its {plural(ratings, 'rating')}" if ratings else ""
    run.refused.append(f'hypothesis "{short(values["text"])}"{with_ratings}, of analysis'
                       f' "{short(question)}": it has {held} already, the most an analysis takes')
    return True


def _translated(run: MergeRun, spec: TableSpec, theirs: Row) -> Row | None:
    """Their row in our ids (without its own id), or None when a parent has no place here."""
    values = {column: value for column, value in theirs.items() if column != "id"}
    for column, parent in spec.refs:
        if theirs[column] is None:
            continue
        mapped = (
            entity_for(run, theirs[column])
            if parent == "entities"
            else run.our_id(parent, theirs[column])
        )
        if mapped is None and (spec.table, column) not in _OPTIONAL_REFS:
            return None
        values[column] = mapped
    if spec.table == "annotations" and theirs["document_id"] in run.reanchor_from:
        return _reanchored(run, theirs, values)
    if spec.table in _SPAN_ROWS and theirs["document_id"] in run.reanchor_from:
        return _moved_span(run, theirs, values)
    return values


def _reanchored(run: MergeRun, theirs: Row, values: Row) -> Row:
    """Their annotation placed on our text (their document is another version), else orphaned."""
    our_text = _our_text(run, values["document_id"])
    if run.our_row("annotations", "origin = ?", [values["origin"]]) is not None:
        return values  # already here (an earlier merge placed it): compared, not moved
    selector = TextSelector(
        theirs["start"], theirs["end"], theirs["exact"], theirs["prefix"], theirs["suffix"]
    )
    # An orphan's selectors come from an older text than their current one: no old text for it.
    old_text = None if theirs["status"] == "orphaned" else run.reanchor_from[theirs["document_id"]]
    result = reanchor(selector, our_text, old_text=old_text)
    if result.anchored and result.start is not None and result.end is not None:
        placed = select_span(our_text, result.start, result.end)
        return {**values, "start": placed.start, "end": placed.end, "exact": placed.exact,
                "prefix": placed.prefix, "suffix": placed.suffix}  # fmt: skip
    title = _our_title(run, values["document_id"])
    run.orphans.append(f'"{short(theirs["exact"])}" in "{title}" (kept as an orphan)')
    return {**values, "status": "orphaned"}


def _moved_span(run: MergeRun, theirs: Row, values: Row) -> Row | None:
    """A curated span moved onto our version of the text, or None when its text is gone."""
    if theirs.get("field", "text") != "text":
        return values
    our_text = _our_text(run, values["document_id"])
    place = place_curated_span(theirs, run.reanchor_from[theirs["document_id"]], our_text)
    if place is None:
        return None
    return {**values, "start": place[0], "end": place[1]}


def _our_copy(run: MergeRun, spec: TableSpec, values: Row) -> Row | None:
    """Our row with their origin, else (for tables with one row per thing) with the same key."""
    index = _our_index(run, spec)
    found = index.by_origin.get(values.get("origin")) if "origin" in values else None
    if found is not None or not spec.natural:
        return found
    return index.by_natural.get(_natural_key(spec, values))


@dataclass
class _OurIndex:
    """Our rows of one table by origin and by natural key, read once per merge."""

    by_origin: dict[Any, Row]
    by_natural: dict[tuple[Any, ...], Row]

    def add(self, spec: TableSpec, row: Row) -> None:
        if row.get("origin") is not None:
            self.by_origin.setdefault(row["origin"], row)
        if spec.natural:
            self.by_natural.setdefault(_natural_key(spec, row), row)


def _our_index(run: MergeRun, spec: TableSpec) -> _OurIndex:
    """Why one read: asking SQLite once per row of theirs is a query per row of their library."""
    index = run.indexes.get(spec.table)
    if index is None:
        index = _OurIndex({}, {})
        for row in dict_rows(run.ours.execute(f'SELECT * FROM "{spec.table}" ORDER BY rowid')):
            index.add(spec, row)
        run.indexes[spec.table] = index
    return index  # type: ignore[no-any-return]


def _natural_key(spec: TableSpec, row: Row) -> tuple[Any, ...]:
    """The values naming ``row`` as the library compares them: a tag by ``label_key``, a
    source by ``source_key`` (its unique ``name_key`` since 0019)."""
    return tuple(_compared(spec.table, column, row[column]) for column in spec.natural)


def _compared(table: str, column: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if (table, column) == ("tags", "path"):
        return label_key(value)
    if (table, column) == ("ach_hypotheses", "text"):  # as Ach._refuse_held compares them
        return label_key(" ".join(value.split()))
    return source_key(value) if (table, column) == ("sources", "name") else value


def _remember(run: MergeRun, spec: TableSpec, theirs: Row, ours: Row, rowid: Any) -> None:
    """Map their id to ours, for the tables whose ids later rows point to."""
    if spec.key == ("id",):
        run.map_id(spec.table, theirs["id"], rowid)
    elif spec.table == "claims":
        run.map_id("claims", theirs["annotation_id"], ours["annotation_id"])


def compare(run: MergeRun, spec: TableSpec, ours: Row, values: Row, their_row: Row) -> bool:
    """Record a conflict for each mutable value that differs; True if there was any."""
    conflicted = False
    for mutable in spec.mutable:
        mine, theirs = ours[mutable.column], values[mutable.column]
        if mine == theirs:
            continue
        key = {column: ours[column] for column in spec.key}
        ahead = side_ahead(run, spec.table, mutable.column, ours, their_row)
        if ahead == OURS:
            continue
        if ahead == THEIRS:
            run.rec.update(
                spec.table, key, {mutable.column: theirs, "edited_by": _editor(values, spec.table)}
            )
            ours[mutable.column] = theirs  # the row read once stays true to the library
            status = (spec.table, mutable.column) == ("claims", "status")
            run.added["claim_status_updates" if status else f"{spec.report}_updated"] += 1
            continue
        conflicted = True
        if run.known_conflict(spec.table, key, mutable.column, theirs):
            continue
        run.conflicts.append(
            FoundConflict(
                kind=mutable.kind,
                subject=describe(run, spec.table, ours),
                table=spec.table,
                key=key,
                column=mutable.column,
                origin=ours.get("origin"),
                mine=mine,
                theirs=theirs,
                mine_shown=shown(run, mutable.column, mine),
                theirs_shown=shown(run, mutable.column, theirs),
                mine_author=_editor(ours, spec.table),
                theirs_author=_editor(values, spec.table),
                document_id=_document_of(run, spec.table, ours),
                choices=mutable.choices,
            )
        )
    return conflicted


def _editor(row: Row, table: str) -> str | None:
    """Who last set a row's values: its editor if edited in place, else its author."""
    if table in EDITED_TABLES and row.get("edited_by"):
        return str(row["edited_by"])
    return row.get("author_id")


def _document_of(run: MergeRun, table: str, ours: Row) -> int | None:
    if "document_id" in ours:
        return int(ours["document_id"])
    annotation_id = ours.get("annotation_id") or ours.get("from_annotation_id")
    if table == "annotations":
        annotation_id = ours["id"]
    if annotation_id is None:
        return None
    found = run.ours.execute(
        "SELECT document_id FROM annotations WHERE id = ?", [annotation_id]
    ).fetchone()
    return int(found[0]) if found else None


def _lost(run: MergeRun, spec: TableSpec, theirs: Row) -> list[str]:
    """How a row that found no place is reported (only analyst spans are worth a line)."""
    if spec.table in _SPAN_ROWS and theirs.get("document_id") in run.reanchor_from:
        return [f"{spec.report.replace('_', ' ')} at {theirs['start']}-{theirs['end']} "
                "(its text is not in our version)"]  # fmt: skip
    return []


def _on_work_deleted_here(run: MergeRun, spec: TableSpec, theirs: Row) -> list[str]:
    """Their row kept out because the work it hangs on is work we deleted, in words.

    Why: their status change or tag on a claim we deleted stays out with the
    claim (a deletion is not undone by a merge), but it was dropped without a
    word, so the analyst never learnt a colleague had disputed it (attack run 19).
    """
    for column, parent in spec.refs:
        if parent == "entities" or theirs.get(column) is None:
            continue
        if run.our_id(parent, theirs[column]) is not None:
            continue
        found = dict_rows(run.theirs.execute(f'SELECT * FROM "{parent}" WHERE id = ?',
                                             [theirs[column]]))
        row = found[0] if found else {}
        if run.deleted_here(parent, row.get("origin")):
            return [f"their {one_of(spec.report)} on the {their_row(parent, row)} you deleted"
                    " (left out with it)"]
    return []


def _our_text(run: MergeRun, doc_id: int) -> str:
    if doc_id not in run.texts:
        found = run.ours.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()
        run.texts[doc_id] = str(found[0])
    return run.texts[doc_id]


def _our_title(run: MergeRun, doc_id: int) -> str:
    return str(run.ours.execute("SELECT title FROM documents WHERE id = ?", [doc_id]).fetchone()[0])
