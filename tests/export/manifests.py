"""What an export folder's manifest records, read the way the exporter reads it."""

from __future__ import annotations

from pathlib import Path

from workbench.core.export_manifest import listed_files, parse_manifest
from workbench.export.export_folder import MANIFEST_NAME


def _record(folder: Path) -> dict[str, object]:
    try:
        return parse_manifest((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def read_manifest(folder: Path) -> list[str]:
    """The names the folder's export recorded; none without a readable manifest."""
    return listed_files(_record(folder))


def manifest_library(folder: Path) -> str | None:
    """The library the folder's manifest names; None for none."""
    library = _record(folder).get("library")
    return library if isinstance(library, str) and library else None
