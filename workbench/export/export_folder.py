"""An export folder that never overwrites a file the exporter did not write itself.

Why: analysts keep their own ``index.md``, ``claims.md`` or notes next to an
export; a re-export must replace its own files and leave theirs alone. The
exporter lists what it wrote in a small manifest (``.workbench-export.json``)
in the folder; an existing file missing from it is refused (named) unless the
caller asked to overwrite. The manifest also names the library that last
exported there (``library``), so another library's export is refused whole:
its ``index.md``, ``claims.md``, ``timeline.md``, ACH notes and CSV tables name no library.
All names are checked before anything is written, so a refusal leaves the
folder as it was.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from workbench.core.export_manifest import (
    MANIFEST_FORMAT,
    MANIFEST_NAME,
    listed_files,
    name_key,
    named_library,
    read_manifest,
)
from workbench.export.files import (
    UnsafeExportPath,
    child_path,
    refuse_non_folder,
    write_atomically,
)

#: First lines of the overview notes every Markdown export writes (a folder with no manifest).
OVERVIEW_HEADINGS = ("# Analyst Workbench export", "# Claims", "# Timeline")
HEAD_CHARS = 2048
_WORKBENCH_ID = re.compile(r"^workbench_id: (\d+)\r?$", re.MULTILINE)
_WORKBENCH_LIBRARY = re.compile(r"^workbench_library: \"?([0-9a-f]+)\"?\r?$", re.MULTILINE)


class ForeignFileInTheWay(UnsafeExportPath):
    """An existing file the exporter did not write stands where an export file goes."""

    def __init__(self, path: Path, *, has_manifest: bool = True) -> None:
        self.path = path
        history = "" if has_manifest else (
            " (the folder has no export manifest: exports before this version kept none, so"
            " a file of theirs that no longer looks exported is protected too)"
        )
        super().__init__(
            f"{path} already exists and was not written by a workbench export{history}; "
            "nothing was written (choose another folder, or allow replacing it: --overwrite, "
            "or the export dialog's “Replace files in the folder that no export wrote”)"
        )


class OtherLibrarysNote(ForeignFileInTheWay):
    """A note another library's export wrote stands where this library's note of that name goes.

    Why: two libraries exporting into one folder name notes after their titles; the
    second library's note of a same-titled document silently replaced the first's.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        UnsafeExportPath.__init__(
            self,
            f"{path} was written by another library's export (its workbench_library differs);"
            " nothing was written (export this library to its own folder, or allow replacing"
            " it: --overwrite)",
        )


class OtherLibrarysFolder(UnsafeExportPath):
    """The folder holds another library's export (its manifest names that library).

    Why the whole folder: the overview notes and ACH notes carry no library id,
    so the second library's export replaced the first's without a word.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder
        super().__init__(
            f"{folder} holds another library's export (its {MANIFEST_NAME} names another"
            " library); nothing was written (export this library to another folder, or allow"
            " replacing that export: --overwrite, or the export dialog's “Replace files in the"
            " folder that no export wrote”)"
        )


class ExportFolder:
    """Writes an export's files into one folder, keeping its manifest of what it wrote."""

    def __init__(self, folder: Path, what: str, *, overwrite: bool = False,
                 library_id: str | None = None) -> None:
        refuse_non_folder(folder, what)
        self.folder = folder
        self.overwrite = overwrite
        #: The exporting library: an earlier note naming another library is not this one's.
        self.library_id = library_id
        #: Read once: a folder that had no manifest when the export began is judged by content.
        self.has_manifest = (folder / MANIFEST_NAME).is_file()
        earlier = read_manifest(folder)  # read once: it gives the library and the names
        #: The library that last exported here (None: none named, as before library ids).
        self.folder_library = named_library(earlier)
        if (not overwrite and library_id is not None and self.folder_library is not None
                and self.folder_library != library_id):
            raise OtherLibrarysFolder(folder)
        #: Earlier exports' files still there, by folded name (case-insensitive file systems).
        self._before = {name_key(name): name for name in listed_files(earlier)
                        if os.path.lexists(folder / name)}
        self._claimed: dict[str, str] = {}
        self._written: dict[str, str] = {}

    def claim(self, names: Iterable[str], heads: Mapping[str, str] | None = None) -> None:
        """Check every name before any is written, then record them all in the manifest.

        Recording first means a crashed export's files are still known as the
        exporter's; ``settle`` then keeps only what was really written, so a
        name claimed by a cancelled export never covers a file the analyst makes
        later. ``heads`` gives a file's first line (a CSV header) so a folder
        exported before manifests existed can be recognised.
        """
        wanted = {name_key(name): name for name in names}
        wanted = {key: name for key, name in wanted.items() if key not in self._claimed}
        for key, name in wanted.items():
            target = child_path(self.folder, name)
            if key in self._before and not self.overwrite and self._other_librarys(target):
                raise OtherLibrarysNote(target)
            if self.overwrite or key in self._before or not os.path.lexists(target):
                continue
            if self.has_manifest or not looks_exported(target, (heads or {}).get(name)):
                raise ForeignFileInTheWay(target, has_manifest=self.has_manifest)
        if wanted:
            self._claimed.update(wanted)
            self._record({**self._before, **self._claimed})

    def _other_librarys(self, path: Path) -> bool:
        """Whether ``path`` is a note another library's export wrote (never for a non-note)."""
        if self.library_id is None or path.suffix != ".md":
            return False
        owner = note_owner(path)[0]
        return owner is not None and owner != self.library_id

    def write(self, name: str, text: str) -> Path:
        """Write one file of the export (claimed here if it was not already)."""
        self.claim([name])
        written = write_atomically(self.folder, name, text)
        self._written[name_key(name)] = name
        return written

    def earlier_files(self) -> list[str]:
        """The files an earlier export of this folder wrote, still there, that this one does not."""
        return [name for key, name in self._before.items() if key not in self._claimed]

    def remove_earlier(self, names: Iterable[str]) -> None:
        """Delete files an earlier export wrote (and only such files), and forget them.

        Why all at once: the manifest is rewritten (and synced) once, not once a file.
        """
        keys = {name_key(name): name for name in names}
        for key, name in keys.items():
            if key not in self._before or key in self._claimed:
                raise ValueError(f"{name!r} is not an earlier export's file this export leaves")
        if not keys:
            return
        for key in keys:
            child_path(self.folder, self._before.pop(key)).unlink(missing_ok=True)
        self._record({**self._before, **self._claimed})

    def settle(self) -> None:
        """Leave the manifest listing only files exports really wrote (when done or cancelled)."""
        still_there = {key: name for key, name in self._before.items()
                       if os.path.lexists(self.folder / name)}
        self._record({**still_there, **self._written})

    def _record(self, names: Mapping[str, str]) -> None:
        write_atomically(self.folder, MANIFEST_NAME,
                         manifest_text(names.values(), self.library_id or self.folder_library))


def looks_exported(path: Path, expected_head: str | None) -> bool:
    """Whether a file in a folder with no manifest carries an export's own opening.

    Notes open with front matter holding ``workbench_id``, overview notes with
    their fixed heading, CSV tables with the header the exporter writes now.
    """
    head = _file_head(path)
    if head is None:
        return False
    first, rest = head
    if expected_head is not None:
        return first == expected_head
    if first == "---":
        return "\nworkbench_id: " in "\n" + _front_matter(rest)
    return first in OVERVIEW_HEADINGS and rest.lstrip("\r\n").startswith("*")


def note_owner(path: Path) -> tuple[str | None, int | None]:
    """The ``workbench_library`` and ``workbench_id`` of a note: which library's which document.

    Why both: every library numbers its documents from 1, so an id alone
    cannot tell two libraries' notes in one folder apart. Notes from before
    libraries had ids carry none (None).
    """
    head = _file_head(path)
    if head is None or head[0] != "---":
        return None, None
    matter = _front_matter(head[1])
    document = _WORKBENCH_ID.search(matter)
    library = _WORKBENCH_LIBRARY.search(matter)
    return (library.group(1) if library else None,
            int(document.group(1)) if document else None)


def _file_head(path: Path) -> tuple[str, str] | None:
    """A file's first line (line end dropped) and the rest of its first ``HEAD_CHARS``.

    Why only a head: an export's files are recognised by how they open, and a
    folder can hold books; None when the file cannot be read.
    """
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(HEAD_CHARS)
    except OSError:
        return None
    first, _, rest = head.partition("\n")
    return first.rstrip("\r"), rest


def _front_matter(after_opening: str) -> str:
    """What follows a note's opening ``---`` up to its closing one (or the head's end)."""
    return after_opening.split("\n---", 1)[0]


def manifest_text(names: Iterable[str], library: str | None = None) -> str:
    """The manifest: the relative paths an export wrote into its folder, sorted.

    ``library`` names the library that exported there (left out when unknown:
    a writer called without one keeps the one it found).
    """
    record: dict[str, object] = {"format": MANIFEST_FORMAT, "version": 1, "files": sorted(names)}
    if library is not None:
        record["library"] = library
    return json.dumps(record, indent=2, ensure_ascii=False) + "\n"
