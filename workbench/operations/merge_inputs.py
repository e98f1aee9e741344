"""A bundle or a JSON export made into a library file, so the merge reads it like any library.

Why a staging library and not a second merge engine: ``workbench merge``
matches documents by content hash and work by origin in SQL over another
library file (``operations.merge``); turning a file of JSON into such a
library first means one engine, one set of conflict rules and one report,
whatever the colleague sent. The staging file is new, lives in ``folder``
(the caller's temporary folder) and is never the analyst's library. A bundle
keeps every origin and author; a full JSON export keeps them when it carries
them (exports written since authorship) and otherwise its rows get fresh
origins, so its work merges as new work, once.

Anything that cannot be merged — not JSON, neither a bundle nor an export,
a newer version, wrong types, ids pointing nowhere, fields past the size
limits — raises ``MergeInputRefused`` with the reason, and no file is left.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

from workbench.core.bundle_records import BUNDLE_TYPE, Work
from workbench.core.text import plural
from workbench.ingest.bundle_file import InvalidBundle, read_bundle
from workbench.ingest.decoding import read_limited_bytes
from workbench.ingest.errors import IngestError
from workbench.ingest.json_file import EXPORT_FORMAT, JSON_MAX_BYTES, parse_json
from workbench.ingest.workbench_export import load_export
from workbench.ingest.workbench_json import InvalidExport
from workbench.store import Store

STAGING_PREFIX = "merge-input-"
_SHOWN_PROBLEMS = 3


class MergeInputRefused(ValueError):
    """A file that cannot be merged; the message says why (one line, problems by JSON path)."""


def library_from_json(path: Path, folder: Path) -> Path:
    """A new library file in ``folder`` holding the work of the bundle or JSON export at ``path``.

    Raises ``MergeInputRefused`` for a file that cannot be merged (nothing is
    left in ``folder`` then).
    """
    data = _parsed(path)
    target = folder / f"{STAGING_PREFIX}{uuid.uuid4().hex}.sqlite"
    try:
        if isinstance(data, dict) and data.get("type") == BUNDLE_TYPE:
            _stage_bundle(_checked_bundle(data, path), target)
        elif isinstance(data, dict) and data.get("format") == EXPORT_FORMAT:
            _stage_export(path, target)
        else:
            raise MergeInputRefused(
                f"{path.name} is neither a workbench bundle nor a workbench JSON export"
            )
    except BaseException:
        _remove_library(target)
        raise
    return target


def _parsed(path: Path) -> Any:
    try:
        return parse_json(read_limited_bytes(path, JSON_MAX_BYTES, "JSON"))
    except IngestError as error:
        raise MergeInputRefused(f"{path.name}: {error.reason}") from None


def _checked_bundle(data: Any, path: Path) -> Work:
    try:
        return read_bundle(data)
    except InvalidBundle as error:
        raise MergeInputRefused(f"{path.name}: {_problems(error.count, error.problems)}") from None
    except IngestError as error:
        raise MergeInputRefused(f"{path.name}: {error.reason}") from None


def _stage_bundle(work: Work, target: Path) -> None:
    store = Store(target)
    try:
        store.exchange.import_work(work)
    except (sqlite3.Error, KeyError, ValueError) as error:  # a bundle the checker let through
        raise MergeInputRefused(f"the bundle's rows do not fit a library: {error}") from None
    finally:
        store.close()


def _stage_export(path: Path, target: Path) -> None:
    try:
        contents = load_export(path)
    except InvalidExport as error:
        raise MergeInputRefused(f"{path.name}: {_problems(error.count, error.problems)}") from None
    except IngestError as error:
        raise MergeInputRefused(f"{path.name}: {error.reason}") from None
    store = Store(target)
    try:
        result = store.exchange.import_export(contents)
        if result.failed:
            number, title, reason = result.failed[0]
            raise MergeInputRefused(
                f"{path.name}: document {number} ({title!r}) cannot be read: {reason}"
            )
        store.exchange.sign_unsigned()
    finally:
        store.close()


def _problems(count: int, problems: list[str]) -> str:
    """``count`` problems in one line: the first few by JSON path, then how many more."""
    shown = "; ".join(problems[:_SHOWN_PROBLEMS])
    more = count - min(count, _SHOWN_PROBLEMS)
    tail = f"; and {more} more" if more else ""
    return f"{plural(count, 'problem')}, nothing merged: {shown}{tail}"


def _remove_library(target: Path) -> None:
    """Remove a staging library and its journal files (a refused input leaves nothing)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
