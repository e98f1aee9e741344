"""An export folder that never overwrites a file the exporter did not write itself.

Why: analysts keep their own ``index.md``, ``claims.md`` or notes next to an
export; a re-export must replace its own files and leave theirs alone. The
exporter lists what it wrote in a small manifest (``.workbench-export.json``)
in the folder; an existing file missing from it is refused (named) unless the
caller asked to overwrite. All names are checked before anything is written,
so a refusal leaves the folder as it was.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from workbench.export.files import (
    UnsafeExportPath,
    child_path,
    refuse_non_folder,
    write_atomically,
)

MANIFEST_NAME = ".workbench-export.json"
MANIFEST_FORMAT = "workbench-export-manifest"


class ForeignFileInTheWay(UnsafeExportPath):
    """An existing file the exporter did not write stands where an export file goes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path} already exists and was not written by a workbench export; "
            "nothing was written (choose another folder, or allow replacing it: --overwrite, "
            "or the export dialog's “Replace files in the folder that no export wrote”)"
        )


class ExportFolder:
    """Writes an export's files into one folder, keeping its manifest of what it wrote."""

    def __init__(self, folder: Path, what: str, *, overwrite: bool = False) -> None:
        refuse_non_folder(folder, what)
        self.folder = folder
        self.overwrite = overwrite
        self._ours = {name for name in read_manifest(folder) if os.path.lexists(folder / name)}
        self._claimed: set[str] = set()

    def claim(self, names: Iterable[str]) -> None:
        """Check every name before any is written, then record them all in the manifest.

        Recording first means a cancelled or crashed export's files are still
        known as the exporter's, so the next export may replace them.
        """
        wanted = [name for name in dict.fromkeys(names) if name not in self._claimed]
        for name in wanted:
            target = child_path(self.folder, name)
            if not self.overwrite and name not in self._ours and os.path.lexists(target):
                raise ForeignFileInTheWay(target)
        if wanted:
            self._claimed.update(wanted)
            self._ours.update(wanted)
            write_atomically(self.folder, MANIFEST_NAME, manifest_text(self._ours))

    def write(self, name: str, text: str) -> Path:
        """Write one file of the export (claimed here if it was not already)."""
        self.claim([name])
        return write_atomically(self.folder, name, text)


def manifest_text(names: Iterable[str]) -> str:
    """The manifest: the relative paths an export wrote into its folder, sorted."""
    record = {"format": MANIFEST_FORMAT, "version": 1, "files": sorted(names)}
    return json.dumps(record, indent=2, ensure_ascii=False) + "\n"


def read_manifest(folder: Path) -> list[str]:
    """The names a previous export recorded; none when there is no readable manifest.

    An unreadable or foreign manifest protects every existing file: the safe
    reading of a folder whose history is unknown.
    """
    try:
        record = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return []
    if not isinstance(record, dict) or record.get("format") != MANIFEST_FORMAT:
        return []
    files = record.get("files")
    if not isinstance(files, list):
        return []
    return [name for name in files if isinstance(name, str)]
