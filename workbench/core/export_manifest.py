"""The manifest a folder export keeps of the files it wrote: its name, format and names.

Why in the core: the exporter writes it (``export.export_folder``) and the
importer reads it (``ingest.export_files``) to leave an export's notes and
tables out of an import: they describe a library's work, they are not
articles. Two layers that never import each other share the words here.
"""

from __future__ import annotations

import json
import os
import stat
import unicodedata
from collections.abc import Mapping
from pathlib import Path

MANIFEST_NAME = ".workbench-export.json"
MANIFEST_FORMAT = "workbench-export-manifest"
#: A manifest larger than this is no export's (a folder export lists a few thousand names).
MANIFEST_MAX_BYTES = 16 * 1024 * 1024


def name_key(name: str) -> str:
    """A file name as a case-insensitive, normalising file system compares it."""
    return unicodedata.normalize("NFC", name).casefold()


def read_manifest(folder: Path) -> dict[str, object]:
    """The manifest in ``folder`` as its record; empty when missing, unreadable or no manifest.

    Why one capped reading for both sides: the folder is untrusted for the
    importer and the exporter alike (an export may target any folder), and a
    planted manifest of gigabytes, or one that is a pipe or a device, must
    not be read whole into memory or block the export. At most the cap and one
    byte are read, so a file growing after its size was checked is still cut.
    """
    path = folder / MANIFEST_NAME
    try:
        if not path.is_file():  # never open a pipe or a device: opening one may block
            return {}
        with path.open("rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return {}
            data = handle.read(MANIFEST_MAX_BYTES + 1)
        if len(data) > MANIFEST_MAX_BYTES:
            return {}
        return parse_manifest(data.decode("utf-8"))
    except (OSError, ValueError):  # ValueError: not UTF-8
        return {}


def parse_manifest(text: str) -> dict[str, object]:
    """A manifest file's text as its record; empty when it is not JSON or not a manifest.

    Why here: the exporter and the importer read the same file and must agree
    on what counts as a manifest.
    """
    try:
        record = json.loads(text)
    except (ValueError, RecursionError):
        return {}
    if not isinstance(record, dict) or record.get("format") != MANIFEST_FORMAT:
        return {}
    return record


def listed_files(record: object) -> list[str]:
    """The file names a parsed manifest lists; none for anything that is not a manifest.

    An unknown or damaged record lists nothing: the safe reading for both
    sides (the exporter then protects every file, the importer reads them all).
    """
    if not isinstance(record, Mapping) or record.get("format") != MANIFEST_FORMAT:
        return []
    files = record.get("files")
    if not isinstance(files, list):
        return []
    return [name for name in files if isinstance(name, str) and is_plain_file_name(name)]


def named_library(record: Mapping[str, object]) -> str | None:
    """The library a parsed manifest names; None for none (an export before library ids)."""
    library = record.get("library")
    return library if isinstance(library, str) and library else None


def is_plain_file_name(name: str) -> bool:
    """Whether ``name`` names a file right inside the folder (no path, no climbing out).

    Why here: the exporter writes only such names (``export.files.child_path``)
    and the manifest reader keeps only such names, by this one test. A listed
    ``../notes.md`` or ``/home/me/x.md`` is a planted one; kept, it made every
    later export of the folder fail ("refusing to write '../notes.md' outside …")
    and stayed in each manifest the exporter rewrote.
    """
    return (bool(name) and name not in (".", "..") and "/" not in name and "\\" not in name
            and "\x00" not in name)
