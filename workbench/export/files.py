"""Write export files atomically and only inside the folder the analyst chose."""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path

from workbench.core.export_manifest import is_plain_file_name
from workbench.core.file_kinds import describe_special_file, links_to_a_stream, names_an_open_file


class UnsafeExportPath(ValueError):
    """A file name that would land outside the export folder (never written)."""


def child_path(folder: Path, name: str) -> Path:
    """``folder / name``, refusing names that are empty, contain a separator or climb out."""
    if not is_plain_file_name(name) or Path(name).name != name or Path(name).is_absolute():
        raise UnsafeExportPath(f"refusing to write {name!r} outside {folder}")
    target = folder / name
    if os.path.dirname(os.path.abspath(target)) != os.path.abspath(folder):
        raise UnsafeExportPath(f"refusing to write {name!r} outside {folder}")
    return target


def write_atomically(folder: Path, name: str, text: str) -> Path:
    """Write ``text`` (UTF-8, ``\\n`` newlines) to ``folder/name`` via a temporary file and rename.

    Why: a crash or a full disk must never leave half a note where a whole one
    was; the rename replaces a symlink at the target rather than following it.
    """
    target = child_path(folder, name)
    make_folder(folder)
    return write_file_atomically(target, text.encode("utf-8"))


def write_file_atomically(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` through a fresh temporary file in the same folder.

    A target that is a folder, device, pipe or socket is refused (the rename would
    replace ``/dev/full`` or a FIFO by a plain file); an error creating or
    writing the temporary file names the target, not the temporary name (a full
    disk said only "No space left on device", whichever of an export's files it hit).
    """
    refuse_special_file(target)
    make_folder(target.parent)
    temporary = target.parent / f".wb-{secrets.token_hex(6)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(temporary, flags, 0o666)
    except OSError as error:
        if error.errno == errno.ENOENT and target.parent.is_dir():  # /proc, /sys, /dev/fd
            raise UnsafeExportPath(
                f"cannot write {target}: {target.parent} takes no new files (a system folder)"
            ) from None
        raise OSError(error.errno, error.strerror, str(target)) from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as error:  # a full disk fails the write: name the file, not only "No space"
        temporary.unlink(missing_ok=True)
        if error.filename is None and error.strerror:
            raise OSError(error.errno, error.strerror, str(target)) from None
        raise
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def takes_a_stream(target: Path) -> bool:
    """True when a one-file export writes into ``target`` rather than replacing it.

    Decided by what the path names once every link is followed (``os.stat``),
    not by how it is spelt: a character device (``/dev/null``, a terminal) or a
    pipe (a FIFO, standard output sent to ``| less``) is written into. A link to
    a process's open file (``/dev/stdout``, ``/dev/fd/1``, ``/proc/self/fd/1``)
    that a shell sent to a regular file is written into too: replacing it would
    replace the link (as root, ``/dev/stdout`` itself), not the file. Anything
    else (a missing path, a regular file, a folder, a disk, a socket) goes to
    ``write_file_atomically``, which replaces or refuses it.
    """
    try:
        mode = os.stat(target).st_mode
    except (OSError, ValueError):  # missing, a loop, a parent that is a file, a NUL
        return False
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return True
    return stat.S_ISREG(mode) and names_an_open_file(target)


def write_into_stream(target: Path, data: bytes) -> Path:
    """Write ``data`` into the device or pipe ``target`` names (``takes_a_stream``).

    Why appended and opened without waiting: a shell's ``>>`` must keep what the
    file held, and a named pipe nobody reads would otherwise block the export
    forever; it is refused in words instead. Errors name the target.
    """
    flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(target, flags)
    except OSError as error:
        if error.errno == errno.ENXIO and stat.S_ISFIFO(os.stat(target).st_mode):
            raise UnsafeExportPath(
                f"{target} is a named pipe no program is reading; nothing was written"
            ) from None
        raise OSError(error.errno, error.strerror, str(target)) from None
    try:
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)  # a full pipe waits for its reader
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
    except OSError as error:  # /dev/full, a reader that went away
        raise OSError(error.errno, error.strerror, str(target)) from None
    return target


def refuse_non_folder(folder: Path, what: str) -> None:
    """Refuse in words a file or device where ``what`` (e.g. "Markdown export") needs a folder.

    Why before writing anything: ``/dev/null`` is a device, not "a file"; a
    missing folder is fine (the first write makes it, ``make_folder``).
    """
    try:
        mode = os.stat(folder).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    if names_an_open_file(folder):  # /dev/stderr sent to a file
        raise UnsafeExportPath(f"{folder} is a stream, not a folder; {what} needs a folder")
    if stat.S_ISREG(mode):
        raise UnsafeExportPath(f"{folder} is a file; {what} needs a folder")
    if not stat.S_ISDIR(mode):
        raise UnsafeExportPath(
            f"{folder} is not a folder ({describe_special_file(mode)}); {what} needs a folder"
        )


def make_folder(folder: Path) -> Path:
    """Create ``folder`` with its parents; a file standing in the way is named.

    Why: ``mkdir`` reports a file where a parent folder should be as
    "File exists" or "Not a directory", naming neither the file nor the export.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        in_the_way = next(
            (part for part in (folder, *folder.parents) if part.exists() and not part.is_dir()),
            folder,
        )
        raise UnsafeExportPath(
            f"{in_the_way} is a file, not a folder: cannot write into {folder}"
        ) from None
    return folder


def refuse_special_file(target: Path) -> None:
    """Refuse to replace anything at ``target`` but a regular file or a link.

    A folder is refused with a sentence of its own: the rename cannot replace
    it, and the error it raised named the temporary file (``.wb-1a2b.tmp``),
    not the folder the analyst typed. Devices, pipes and sockets are refused too.
    """
    try:
        mode = os.lstat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    if stat.S_ISDIR(mode):
        raise UnsafeExportPath(f"{target} is a folder; export to a file (name one inside it)")
    if links_to_a_stream(target):
        raise UnsafeExportPath(
            f"{target} is a stream, not a file; export to a file ('-' for standard output)"
        )
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise UnsafeExportPath(
            f"{target} is not a regular file ({describe_special_file(mode)}); export to a file"
        )

