"""File kinds in words an analyst knows: what a path is when it is not a regular file.

Why in the core: import refuses to read a pipe or a device and export refuses
to write over one; both name the kind the same way.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

#: Where a process's open files (its standard output, a pipe) and the kernel's own files live:
#: never a file of the analyst's, though ``stat`` may call it a regular, empty one.
SYSTEM_FOLDERS = ("/proc/", "/sys/", "/dev/fd/")


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
