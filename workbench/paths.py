"""Where the app's bundled folders (resources/, seeds/) live, in a checkout or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding resources/ and seeds/: the PyInstaller bundle or the source checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def seeds_dir() -> Path:
    """The sample articles imported into an empty default library."""
    return app_root() / "seeds"


def resources_dir() -> Path:
    """Icons, stylesheets, palette and about text."""
    return app_root() / "resources"
