"""File kinds in words an analyst knows: what a path is when it is not a regular file.

Why in the core: import refuses to read a pipe or a device and export refuses
to write over one; both name the kind the same way. Which paths are streams or
system files (never an analyst's file) is asked by export and the library check alike.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

#: Where a process's open files (its standard output, a pipe) and the kernel's own files live:
#: never a file of the analyst's, though ``stat`` may call it a regular, empty one.
SYSTEM_FOLDERS = ("/proc/", "/sys/", "/dev/fd/")
#: Links followed looking for a stream before a chain is taken for a loop (Linux stops at 40).
_MOST_LINKS_FOLLOWED = 40


def describe_special_file(mode: int) -> str:
    """Name a non-regular file kind (from ``st_mode``) in words an analyst knows."""
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def links_to_a_stream(path: Path) -> bool:
    """True for a link into a process's open files (``/dev/stdout`` -> ``/proc/self/fd/1``).

    Why: written through or replaced, ``/dev/stdout`` run as root became a plain file in
    /dev; resolved, it is whatever the output was sent to, which is not what was named.
    """
    return os.path.islink(path) and os.readlink(path).startswith(SYSTEM_FOLDERS)


def in_system_folder(path: Path) -> bool:
    """True for a path in /proc, /sys or /dev/fd (``/proc/version`` looks like an empty file)."""
    return (os.path.abspath(path) + "/").startswith(SYSTEM_FOLDERS)


def names_an_open_file(path: Path) -> bool:
    """True for a link to a process's open file (``/dev/stdout``, ``/dev/fd/1``, ``/proc/…/fd/1``).

    ``links_to_a_stream`` knows the first (its link points into /proc); the others
    are links in a system folder that point straight at the file or pipe. Every
    link on the way is looked at: an analyst's own link to ``/dev/stdout``, or a
    relative one into /proc, names standard output as well (attack run 14: it was
    replaced by a plain file holding the export). Here, not in the export: the
    library check asks the same question of ``--db``.
    """
    hop = Path(path)
    for _ in range(_MOST_LINKS_FOLLOWED):
        if links_to_a_stream(hop) or (in_system_folder(hop) and os.path.islink(hop)):
            return True
        if not os.path.islink(hop):
            return False
        hop = Path(os.path.dirname(os.path.abspath(hop)), os.readlink(hop))  # from its folder
    return False  # a loop: no stream at its end
