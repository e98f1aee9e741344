"""A warm-process start-up that dies at once (importable by name in the spawned child)."""

from __future__ import annotations

import os


def die_at_start(_niceness: int) -> None:
    """Stand-in for the warm worker's initializer: the process ends before it ever answers."""
    os._exit(3)
