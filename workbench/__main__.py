"""Allow ``python -m workbench``."""

from __future__ import annotations

import sys

try:
    from workbench.cli import main
except KeyboardInterrupt:  # Ctrl-C in the second or two the command line takes to load
    sys.stderr.write("workbench: interrupted\n")
    sys.exit(130)

if __name__ == "__main__":
    sys.exit(main())
