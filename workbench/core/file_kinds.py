"""File kinds in words an analyst knows: what a path is when it is not a regular file.

Why in the core: import refuses to read a pipe or a device and export refuses
to write over one; both name the kind the same way.
"""

from __future__ import annotations

import stat


def describe_special_file(mode: int) -> str:
    """Name a non-regular file kind (from ``st_mode``) in words an analyst knows."""
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"
