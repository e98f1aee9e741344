"""File care for a library: backups, safe opening, the one-window lock, integrity checks.

Plain functions over a path (or a ``LibraryLike``: anything with ``path`` and
``db``), so they work on a closed or damaged file as well as on an open Store.
"""
