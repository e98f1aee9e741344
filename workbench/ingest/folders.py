"""Expand the paths an analyst chose into the files to import, refusing what is not a file.

Why a module of its own: a folder is untrusted input. It may hold symbolic links
to system files, named pipes that block a reader forever, sockets, devices, or
subfolders nobody may read. Every such entry is either skipped with a reason
(links, pipes: a deliberate policy, the batch is still fine) or reported as a
failure (a folder that could not be read, so files may be missing). Nothing
here opens a file, so nothing here can hang.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.export_manifest import MANIFEST_NAME, name_key
from workbench.core.file_kinds import describe_special_file
from workbench.ingest.errors import IngestError
from workbench.ingest.export_files import EXPORT_FILE, export_file_keys, is_export_file

LINK_NOT_FOLLOWED = "symbolic link, not followed"
LINK_LEAVES_FOLDER = "symbolic link pointing outside the imported folder, not followed"
LINK_BROKEN = "symbolic link to a missing file, skipped"
LINK_LOOP = "symbolic link back into a folder already imported, skipped"
NOTHING_TO_IMPORT = "no files to import in this folder"
SAVED_PAGE_FILES = "the images, scripts and frames of a saved web page ({page}), skipped"
# A browser's "Web page, complete" writes "<page>.html" and its parts into "<page>_files",
# the word in the browser's language ("_Dateien", "-fichiers" …); only those words, so an
# analyst's "election-coverage" folder beside "election.html" is still imported.
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_PARTS_WORDS = ("files", "dateien", "fichiers", "archivos", "arquivos", "file", "bestanden",
                "filer", "soubory", "pliki", "tiedostot", "dosyalar", "файлы", "ファイル")
_PARTS_FOLDER = re.compile(rf"(?P<page>.+)[_-](?i:{'|'.join(_PARTS_WORDS)})")


@dataclass
class InputScan:
    """The files to import, plus what was skipped on purpose and what could not be read."""

    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    # Whether each file is listed in its folder's export manifest, read once per folder (a
    # walk left the listed files out; a named one is refused by its reader), so a reader
    # need not read the manifest (up to 16 MB) again for each file of that folder.
    export_listed: dict[Path, bool] = field(default_factory=dict)


def scan_inputs(
    paths: Iterable[str | Path],
    *,
    is_candidate: Callable[[str], bool] | None = None,
    named_only: Callable[[str], str | None] | None = None,
    follow_links: bool = False,
) -> InputScan:
    """Expand folders recursively (sorted like ``find | sort``); keep explicit paths as given.

    Explicit paths are the analyst's choice: they are yielded even when missing, links
    or special files, so the reader can name the problem. Inside folders, links are
    skipped unless ``follow_links``, and even then only when they stay inside the
    folder being imported. ``is_candidate(name)`` picks the file names worth importing;
    ``named_only(name)`` says why a file a folder leaves out is read only when named (a
    ``.json`` article list left out in silence looked imported), None for any other name.
    """
    accept = is_candidate or _any_name
    rules = _FolderRules(accept, named_only or _no_reason, follow_links)
    scan = InputScan()
    seen: set[str] = set()
    listings: dict[Path, frozenset[str]] = {}  # each named file's folder's manifest, read once
    for raw_path in paths:
        path = Path(raw_path)
        walked = path.is_dir()
        found = _walk_folder(path, rules, scan) if walked else [path]
        for candidate in found:
            key = os.path.normcase(os.path.realpath(candidate))
            if key not in seen:
                seen.add(key)
                scan.files.append(candidate)
                scan.export_listed[candidate] = not walked and is_export_file(candidate, listings)
    # A file a folder left out but the analyst also named is read: not "skipped" as well.
    # (By its path, not its target: a link in a folder is an entry of its own.)
    named = {_spelling(path) for path in scan.files}
    scan.skipped = [(path, why) for path, why in scan.skipped if _spelling(path) not in named]
    return scan


def _spelling(path: str | Path) -> str:
    """A path as one string whether given relative or absolute (links not resolved)."""
    return os.path.normcase(os.path.abspath(path))


@dataclass(frozen=True)
class _FolderRules:
    """What a folder walk keeps, what it names when leaving it out, and whether it follows links."""

    accept: Callable[[str], bool]
    named_only: Callable[[str], str | None]
    follow_links: bool


def _walk_folder(path: Path, rules: _FolderRules, scan: InputScan) -> list[Path]:
    """The files a chosen folder holds; a folder with none at all is reported as unreadable.

    Why: importing an empty folder (or one of unsupported files) used to end "imported 0
    document(s), 0 failed" with exit 0, as if the analyst's choice had worked. Files left
    out because they are read only when named do not count: nothing was imported.
    """
    before = len(scan.skipped) + len(scan.unreadable)
    walker = _FolderWalk(path, rules, scan)
    walker.walk(path)
    left_out = len(scan.skipped) + len(scan.unreadable) - before - walker.named_only
    if not walker.found and left_out == 0:
        scan.unreadable.append((str(path), NOTHING_TO_IMPORT))
    return walker.found


def check_regular_file(path: Path) -> os.stat_result:
    """Refuse anything a reader must not open: missing paths, folders, pipes, devices.

    Why before opening: opening a named pipe blocks until a writer appears, so an
    import would hang forever; a device can stream endless bytes. Returns the
    file's stat, so a caller needing its size does not ask again.
    """
    try:
        status = path.stat()
        mode = status.st_mode
    except FileNotFoundError:
        raise IngestError("does not exist") from None
    except PermissionError:
        raise IngestError("permission denied") from None
    except OSError as error:
        raise IngestError(f"cannot read file: {error.strerror or error}") from None
    if stat.S_ISDIR(mode):
        raise IngestError("is a folder, not a file")
    if not stat.S_ISREG(mode):
        raise IngestError(f"not a regular file ({describe_special_file(mode)})")
    return status


class _FolderWalk:
    """One folder's walk: sorted depth-first, links and special files sorted out."""

    def __init__(self, root: Path, rules: _FolderRules, scan: InputScan) -> None:
        self.root_real = os.path.realpath(root)
        self.rules = rules
        self.scan = scan
        self.found: list[Path] = []
        self.named_only = 0  # files left out with a line, as read only when named
        self.visited: set[str] = set()  # real folders walked (links followed): root first

    def walk(self, folder: Path) -> None:
        """List ``folder`` (name order) and handle each entry; report it if it cannot be read.

        The folder is marked visited, so a link back to it from below is the loop it is
        (``sub/self -> ../sub`` walked ``sub`` twice and named ``sub/self/self``); only
        when links are followed, as only then is it read (no ``realpath`` per folder)."""
        if self.rules.follow_links:
            self.visited.add(os.path.normcase(os.path.realpath(folder)))
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            self.scan.unreadable.append((str(folder), _folder_reason(error)))
            return
        pages = _saved_pages(entry.name for entry in entries)
        exported = (export_file_keys(folder) if any(entry.name == MANIFEST_NAME
                                                    for entry in entries) else frozenset())
        for entry in entries:
            if name_key(entry.name) in exported:  # an export's note or table, not an article
                self.scan.skipped.append((str(Path(entry.path)), EXPORT_FILE))
                self.named_only += 1  # left out with a line; a folder of only these has none
            elif not is_hidden(entry.name):
                self._visit(entry, pages)

    def _visit(self, entry: os.DirEntry[str], pages: dict[str, str]) -> None:
        path = Path(entry.path)
        try:
            if entry.is_symlink():
                self._visit_link(path)
            elif entry.is_dir(follow_symlinks=False):
                page = _page_of_parts_folder(entry.name, pages)
                if page is None:
                    self.walk(path)
                else:  # its ad frames and empty helper pages are not articles
                    self.scan.skipped.append((str(path), SAVED_PAGE_FILES.format(page=page)))
            elif self.rules.accept(entry.name):
                regular = entry.is_file(follow_symlinks=False)
                mode = stat.S_IFREG if regular else entry.stat(follow_symlinks=False).st_mode
                self._add_file(path, mode)
            else:
                self._leave_out(path)
        except OSError as error:
            self.scan.unreadable.append((str(path), f"cannot read: {error.strerror or error}"))

    def _leave_out(self, path: Path) -> None:
        """Name a file read only when chosen by name; pass over any other in silence."""
        reason = self.rules.named_only(path.name)
        if reason is not None:
            self.scan.skipped.append((str(path), reason))
            self.named_only += 1

    def _add_file(self, path: Path, mode: int) -> None:
        """Keep a regular file; skip a pipe, socket or device with a reason."""
        if stat.S_ISREG(mode):
            self.found.append(path)
        else:
            reason = f"not a regular file ({describe_special_file(mode)}), skipped"
            self.scan.skipped.append((str(path), reason))

    def _visit_link(self, path: Path) -> None:
        """Skip a link, or follow it when asked and it stays inside the imported folder."""
        target = os.path.realpath(path)
        try:
            mode = os.stat(target).st_mode
        except OSError:
            mode = None
        is_folder = mode is not None and stat.S_ISDIR(mode)
        if not is_folder and not self.rules.accept(path.name):
            return  # a link to a file nobody would import anyway
        reason = self._link_refusal(target, mode)
        if reason is not None:
            self.scan.skipped.append((str(path), reason))
        elif is_folder:
            self.walk(path)  # which marks it visited
        elif mode is not None:
            self._add_file(path, mode)

    def _link_refusal(self, target: str, mode: int | None) -> str | None:
        """Why a link is not followed, or None when it may be."""
        if not self.rules.follow_links:
            return LINK_NOT_FOLLOWED
        if not _is_inside(target, self.root_real):
            return LINK_LEAVES_FOLDER
        if mode is None:
            return LINK_BROKEN
        if stat.S_ISDIR(mode) and os.path.normcase(target) in self.visited:
            return LINK_LOOP
        return None


def _any_name(_name: str) -> bool:
    return True


def _no_reason(_name: str) -> None:
    return None


def _saved_pages(names: Iterable[str]) -> dict[str, str]:
    """Stem -> file name of the web pages in one folder listing."""
    return {name.rsplit(".", 1)[0]: name for name in names
            if name.lower().endswith(_PAGE_SUFFIXES)}


def _page_of_parts_folder(folder: str, pages: dict[str, str]) -> str | None:
    """The saved page whose parts ``folder`` holds ("x_files" beside "x.html"), or None."""
    match = _PARTS_FOLDER.fullmatch(folder)
    return pages.get(match["page"]) if match else None


def _is_inside(target: str, root: str) -> bool:
    """True when the resolved ``target`` is ``root`` or below it."""
    try:
        common = os.path.commonpath([os.path.normcase(target), os.path.normcase(root)])
    except ValueError:  # different drives on Windows
        return False
    return common == os.path.normcase(root)


def _folder_reason(error: OSError) -> str:
    """One line for a folder that could not be listed (its files were not imported)."""
    if isinstance(error, PermissionError):
        cause = "permission denied"
    else:
        cause = error.strerror or str(error)
    return f"cannot read folder: {cause}; its files were not imported"


def is_hidden(name: str) -> bool:
    """Hidden files, and Office lock files such as ``~$report.docx``, are never articles."""
    return name.startswith((".", "~$"))
