"""The schema of a workbench JSON export, checked in full before anything is written.

Why check the whole file first: a restore writes rows that other rows point
to (entities, tags, claims, links), so a problem found half-way would leave
half a library behind, and a value SQLite cannot hold (a lone surrogate, an
id of 2^63) used to abort the whole import batch. ``validate_export`` returns
every problem with its JSON path; an empty list means the restorer can trust
each field's type and range. The keys are documented in docs/json-export.md.
"""

from __future__ import annotations

from typing import Any

from workbench.core.labels import source_key
from workbench.core.text import plural
from workbench.core.vocabulary import RELIABILITY_GRADES
from workbench.ingest.errors import IngestError
from workbench.ingest.json_checks import (
    Fields,
    Problems,
    report_lone_surrogates,
    shown,
    type_name,
)
from workbench.ingest.workbench_json_ach import check_analyses
from workbench.ingest.workbench_json_authors import (
    check_alias_marks,
    check_authors,
    check_signature,
)
from workbench.ingest.workbench_json_parts import (
    HEX_COLOR,
    ExportContext,
    Vocabulary,
    check_document,
)

__all__ = ["InvalidExport", "Vocabulary", "check_header", "validate_export"]


class InvalidExport(IngestError):
    """An export that breaks the schema; ``problems`` lists each with its JSON path."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems.messages
        self.count = problems.count
        counted = plural(problems.count, "problem")
        super().__init__(f"invalid workbench export: {counted}, nothing imported")


def check_header(data: Any, export_format: str, supported_version: int) -> None:
    """Refuse a file that is not an export, or one of a version this app cannot read."""
    if not isinstance(data, dict) or data.get("format") != export_format:
        raise IngestError("not a workbench export")
    if "version" not in data:
        raise IngestError("invalid workbench export: version: required (a whole number)")
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise IngestError(
            f"export version must be a whole number, got {type_name(version)} ({shown(version)})"
        )
    if version > supported_version:
        raise IngestError(
            f"export version {version} is newer than this app reads (version {supported_version})"
        )
    if version < 1:
        raise IngestError(f"export version {version} is not a version (they start at 1)")


def validate_export(data: dict[str, Any], vocabulary: Vocabulary) -> Problems:
    """Every problem of a whole export (its header already checked), with its JSON path."""
    problems = Problems()
    report_lone_surrogates(data, problems)
    top = Fields(data, "", problems)
    context = ExportContext(vocabulary, problems)
    documents = top.objects("documents", required=True)
    for path, entity in top.objects("entities"):
        _check_entity(Fields(entity, path, problems), context)
    for path, tag in top.objects("tags"):
        _check_tag(Fields(tag, path, problems), context)
    for path, document in documents:
        check_document(Fields(document, path, problems), context)
    for path, link in top.objects("links"):
        check_link(Fields(link, path, problems), context)
    for path, source in top.objects("sources"):
        _check_source(Fields(source, path, problems), context)
    check_analyses(top, context)
    check_authors(top, problems)
    return problems


def _check_source(source: Fields, context: ExportContext) -> None:
    """A graded source: its name (once per file, case aside) and its reliability A-F."""
    name = source.text("name", required=True, nonempty=True)
    if name is not None and name.strip():
        context.unique_name("source", str(source_key(name)), source.where)
    source.choice("reliability", RELIABILITY_GRADES, required=True)
    source.text("graded_at")
    check_signature(source, "source", context)


def _check_entity(entity: Fields, context: ExportContext) -> None:
    entity_id = entity.row_id("id")
    context.unique("entity", entity_id, entity.where)
    if entity_id is not None:
        context.entity_ids.add(entity_id)
    # No label cap on a name or alias: extraction writes them (any span the model read, and a
    # renamed entity's old name becomes an alias), so a library's own export must import again.
    entity.text("name", required=True, nonempty=True)
    entity.text("label", required=True, nonempty=True)
    entity.strings("aliases")
    check_alias_marks(entity, context)


def _check_tag(tag: Fields, context: ExportContext) -> None:
    context.unique("tag", tag.row_id("id"), tag.where)
    path = tag.text("path", required=True)
    if path is not None and (problem := context.tag_problem(path)):
        tag.problem("path", problem)
    tag.matching("color", HEX_COLOR, "a colour (#rrggbb)")
    check_signature(tag, "tag", context)


def check_link(link: Fields, context: ExportContext) -> None:
    """A link between two claims, by their annotation ids (an end may lie outside the file)."""
    context.unique("link", link.row_id("id"), link.where)
    link.row_id("from_annotation_id", required=True)
    link.row_id("to_annotation_id", required=True)
    link.choice("relation", context.vocabulary.relations, required=True)
    link.text("note")
    link.text("created_at")
    check_signature(link, "link", context)
