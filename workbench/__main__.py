"""Allow ``python -m workbench``."""

from __future__ import annotations

import multiprocessing
import sys

from workbench.cli import main

if __name__ == "__main__":
    # A frozen (PyInstaller) app starts its extraction processes by running itself again:
    # freeze_support turns that run into the worker instead of a second window or CLI.
    multiprocessing.freeze_support()
    sys.exit(main())
