"""Merge another analyst's work into the library: the one action CLI and GUI both call.

Why here and not only in the store: the analyst may hand over a library file
or a JSON export (or a bundle of one analyst's work). A JSON file is first
turned into a temporary library by ``merge_inputs.library_from_json`` and
then merged like any library, so both kinds of file meet the same matching,
conflicts and undo. The analyst's own file and the other file are never
changed; a file that cannot be merged raises ``MergeRefused`` with one
sentence and nothing changed.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from workbench.core.merge_records import MergeConflict, MergeReport
from workbench.core.models import Changes
from workbench.core.progress import Progress
from workbench.store import MergeRefused, Store, starts_as_sqlite

__all__ = [
    "MergeRefused", "merge_file", "merge_file_changes", "open_conflicts", "resolve_conflict",
]  # fmt: skip

SNIFF_JSON_BYTES = 1_000_000  # a refused file this small is read whole to say what it holds
# Said with every refused file. Why: "x.jsonl is neither a bundle nor an export" left the
# analyst guessing what merge does take, and that articles are imported, not merged.
WHAT_MERGE_TAKES = ("merge takes another analyst's library file, a bundle or a full JSON"
                    " export; articles (JSONL, CSV, text) go to `workbench import`")
_JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")


def merge_file(store: Store, path: Path, progress: Progress | None = None) -> MergeReport:
    """Merge the library (or JSON export) at ``path`` into ``store``; one undoable action."""
    return merge_file_changes(store, path, progress)[0]


def merge_file_changes(
    store: Store, path: Path, progress: Progress | None = None
) -> tuple[MergeReport, Changes]:
    """``merge_file`` with what the merge touched (the documents it added, for the views)."""
    path = Path(path)
    _refuse_this_library(store, path)
    if not path.is_file() or _is_sqlite(path):
        return store.merge.merge_library(path, progress=progress)
    if not _looks_like_json(path) or _is_json_lines(path):
        raise MergeRefused(f"{_not_mergeable(path)}; {WHAT_MERGE_TAKES}")
    from workbench.operations.merge_inputs import (  # noqa: PLC0415 - H3's module, JSON only
        MergeInputRefused,
        library_from_json,
    )

    with tempfile.TemporaryDirectory(prefix="workbench-merge-json-") as folder:
        try:
            library = library_from_json(path, Path(folder))
        except MergeInputRefused as refused:
            raise MergeRefused(f"{refused}; {WHAT_MERGE_TAKES}") from None
        return store.merge.merge_library(library, source=path.name, progress=progress)


def resolve_conflict(store: Store, conflict_id: int, choice: str) -> Changes:
    """Keep "mine", "theirs" or "both" for one conflict; undoable. LookupError / ValueError."""
    return store.merge.resolve_conflict(conflict_id, choice)


def open_conflicts(store: Store) -> list[MergeConflict]:
    """Conflicts that merges found and the analyst has not resolved yet."""
    return store.merge.open_conflicts()


def _refuse_this_library(store: Store, path: Path) -> None:
    """Refuse to merge the library into itself: it would add nothing and hides a wrong path."""
    if store.path is None or not path.exists():
        return
    try:
        same = path.samefile(store.path)
    except OSError:
        return  # the store says why the file cannot be read
    if same:
        raise MergeRefused(f"{path.name} is this library; merge another analyst's library")


def _not_mergeable(path: Path) -> str:
    """Why a file that is neither a library nor a JSON object cannot be merged, in its own terms."""
    size = path.stat().st_size
    if _is_json_lines(path):
        return f"{path.name} holds JSON lines (one record a line), not a library or export"
    if size == 0:
        return f"{path.name} is empty: neither a library file nor a JSON export"
    kind = _json_kind(path) if size <= SNIFF_JSON_BYTES else None
    if kind is not None:
        return (f"{path.name} holds JSON (a {kind}), not a workbench export or bundle "
                "(those are one JSON object)")
    return f"{path.name} is neither a library file nor a JSON export"


def _json_kind(path: Path) -> str | None:
    """What JSON value a small file holds ("list", "number", …), None when it is not JSON."""
    try:
        value = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError, RecursionError):  # nested too deep is no answer either
        return None
    names = {list: "list", str: "string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "number")


def _is_json_lines(path: Path) -> bool:
    """A .jsonl/.ndjson file: articles to import, however its first line reads."""
    return path.suffix.lower() in _JSON_LINES_SUFFIXES


def _looks_like_json(path: Path) -> bool:
    """Whether the file starts (after blanks and a byte-order mark) with a JSON object."""
    with open(path, "rb") as handle:
        start = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"{")


def _is_sqlite(path: Path) -> bool:
    try:
        return starts_as_sqlite(path)
    except OSError:
        return True  # let the store say why the file cannot be read
