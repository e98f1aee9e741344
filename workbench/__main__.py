"""Allow ``python -m workbench``."""

from __future__ import annotations

import multiprocessing
import sys

try:
    from workbench.cli import main
except KeyboardInterrupt:  # Ctrl-C in the second or two the command line takes to load
    sys.stderr.write("workbench: interrupted\n")
    sys.exit(130)

if __name__ == "__main__":
    # A frozen (PyInstaller) app starts its extraction processes by running itself again:
    # freeze_support turns that run into the worker instead of a second window or CLI.
    multiprocessing.freeze_support()
    sys.exit(main())
