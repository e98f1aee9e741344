"""The manifest a folder export keeps of the files it wrote: its name, format and names.

Why in the core: the exporter writes it (``export.export_folder``) and the
importer reads it (``ingest.export_files``) to leave an export's notes and
tables out of an import: they describe a library's work, they are not
articles. Two layers that never import each other share the words here.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping

MANIFEST_NAME = ".workbench-export.json"
MANIFEST_FORMAT = "workbench-export-manifest"


def name_key(name: str) -> str:
    """A file name as a case-insensitive, normalising file system compares it."""
    return unicodedata.normalize("NFC", name).casefold()


def parse_manifest(text: str) -> dict[str, object]:
    """A manifest file's text as its record; empty when it is not JSON or not a manifest.

    Why here: the exporter and the importer read the same file and must agree
    on what counts as a manifest (each reads the file its own way: the importer
    caps its size, a folder it imports from is untrusted).
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
    return [name for name in files if isinstance(name, str)]
