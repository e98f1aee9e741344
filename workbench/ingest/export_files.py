"""Files a workbench folder export wrote (listed in its manifest): an export's, not articles.

Why: importing a Markdown or CSV export folder back made a document of
every note, of the overview notes and of every row of ``timeline.csv`` and
``claims.csv`` (attack run 19). The folder's manifest names what the export
wrote; those files are left out of a folder import and refused when named,
with the way to bring a library's work back: its JSON export.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.export_manifest import MANIFEST_NAME, listed_files, name_key, read_manifest

EXPORT_FILE = (
    f"written by a workbench export (listed in its {MANIFEST_NAME}), not an article: to bring"
    " a library's work back, import its JSON export (workbench export --format json)"
)


def export_file_keys(folder: Path) -> frozenset[str]:
    """The folded names of the files the export in ``folder`` wrote; empty when it has none."""
    return frozenset(name_key(name) for name in listed_files(read_manifest(folder)))


def is_export_file(path: Path, listings: dict[Path, frozenset[str]] | None = None) -> bool:
    """Whether ``path`` is listed in its folder's export manifest.

    ``listings`` keeps each folder's listing, so a scan of many files reads a
    folder's manifest (up to 16 MB) once, not once per file.
    """
    if listings is None:
        return name_key(path.name) in export_file_keys(path.parent)
    if path.parent not in listings:
        listings[path.parent] = export_file_keys(path.parent)
    return name_key(path.name) in listings[path.parent]
