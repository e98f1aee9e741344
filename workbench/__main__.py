"""Start the command line: ``python -m workbench`` and the ``workbench`` command (``run``).

Why ``run`` and not ``workbench.cli:main`` as the console script: loading the
command line takes a second or two, and Ctrl-C in that time must print one
line and exit 130 for the documented ``workbench`` command too, not only for
``python -m workbench``. The import sits inside ``run``, so a spawned worker
that re-imports this module does not load the command line either.
"""

from __future__ import annotations

import multiprocessing
import sys

INTERRUPTED = 130


def run() -> int:
    """Load and run the command line; Ctrl-C while loading is one line and exit 130."""
    # A frozen (PyInstaller) app starts its extraction processes by running itself again:
    # freeze_support turns that run into the worker instead of a second window or CLI.
    multiprocessing.freeze_support()
    try:
        from workbench.cli import main
    except KeyboardInterrupt:  # Ctrl-C in the second or two the command line takes to load
        sys.stderr.write("workbench: interrupted\n")
        return INTERRUPTED
    return main()


if __name__ == "__main__":
    sys.exit(run())
