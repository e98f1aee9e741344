"""Recognise ``.json`` files: only workbench exports are known, and they are handled elsewhere."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.core.models import Article
from workbench.ingest.decoding import MEGABYTE, decode_text, read_limited_bytes
from workbench.ingest.errors import IngestError, WorkbenchExportError

JSON_MAX_BYTES = 500 * MEGABYTE
EXPORT_FORMAT = "workbench-export"
EXPORT_MARKER = b"workbench-export"
UNSUPPORTED_JSON = (
    "unsupported .json file (only workbench exports are recognised; "
    "put one article object per line in a .jsonl file instead)"
)


def read_json(path: Path) -> list[Article]:
    """Refuse ``.json`` files: point exports to the export importer, others to ``.jsonl``."""
    if is_workbench_export(path):
        raise WorkbenchExportError(
            "workbench export: not an article file; it is imported by the export importer"
        )
    raise IngestError(UNSUPPORTED_JSON)


def is_workbench_export(path: Path) -> bool:
    """Tell whether a file is a workbench JSON export (``{"format": "workbench-export"}``)."""
    data = read_limited_bytes(path, JSON_MAX_BYTES, "JSON")
    if EXPORT_MARKER not in data and EXPORT_MARKER not in data.replace(b"\x00", b""):
        return False
    try:
        loaded = json.loads(decode_text(data))
    except (ValueError, RecursionError, IngestError):
        return False
    return isinstance(loaded, dict) and loaded.get("format") == EXPORT_FORMAT
