"""The manifest a folder export keeps of the files it wrote: its name, format and names.

Why in the core: the exporter writes it (``export.export_folder``) and the
importer reads it (``ingest.export_files``) to leave an export's notes and
tables out of an import: they describe a library's work, they are not
articles. Two layers that never import each other share the words here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

MANIFEST_NAME = ".workbench-export.json"
MANIFEST_FORMAT = "workbench-export-manifest"


def name_key(name: str) -> str:
    """A file name as a case-insensitive, normalising file system compares it."""
    return unicodedata.normalize("NFC", name).casefold()


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
