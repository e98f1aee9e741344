"""Recognise ``.json`` files: only workbench exports are known, and they are handled elsewhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
    """Refuse ``.json`` files: point exports to the export importer, others to ``.jsonl``.

    A file meant as an export (it names the format) that is not JSON, a
    truncated export say, is told so, with the line and column where it
    breaks, rather than called unsupported.
    """
    if is_workbench_export(path):
        raise WorkbenchExportError(
            "workbench export: not an article file; it is imported by the export importer"
        )
    data = read_limited_bytes(path, JSON_MAX_BYTES, "JSON")
    if EXPORT_MARKER in data or EXPORT_MARKER in data.replace(b"\x00", b""):
        parse_json(data)
    raise IngestError(UNSUPPORTED_JSON)


def parse_json(data: bytes) -> Any:
    """Parse a JSON file's bytes (UTF-8, or UTF-16/32 as JSON allows); say where it breaks.

    Surrogates encoded in the bytes come through as lone surrogates (as
    ``\\ud800`` escapes do) for the caller's checks to name, not as a crash.
    """
    try:
        return json.loads(data)
    except UnicodeDecodeError as error:
        raise IngestError(
            f"not valid JSON: not {error.encoding.upper()} text (bad byte at offset {error.start})"
        ) from None
    except json.JSONDecodeError as error:
        raise IngestError(f"not valid JSON: {describe_json_error(error)}") from None
    except RecursionError:
        raise IngestError("JSON nested too deeply to read") from None


def describe_json_error(error: json.JSONDecodeError) -> str:
    """``line 3, column 7: Expecting ',' delimiter``, noting a file that stops too early."""
    where = f"line {error.lineno}, column {error.colno}: {error.msg}"
    rest = error.doc[error.pos:].rstrip()
    cut_literal = bool(rest) and any(word.startswith(rest) for word in ("null", "true", "false"))
    if (error.pos >= len(error.doc.rstrip()) or error.msg.startswith("Unterminated string")
            or cut_literal):  # a file cut inside 'null' stops early too
        where += " (the file ends too early: truncated?)"
    return where


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
