"""What an export folder's manifest records, read by the reader the exporter uses."""

from __future__ import annotations

from pathlib import Path

from workbench.core.export_manifest import listed_files, named_library
from workbench.core.export_manifest import read_manifest as read_record


def read_manifest(folder: Path) -> list[str]:
    """The names the folder's export recorded; none without a readable manifest."""
    return listed_files(read_record(folder))


def manifest_library(folder: Path) -> str | None:
    """The library the folder's manifest names; None for none."""
    return named_library(read_record(folder))
