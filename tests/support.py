"""Constants shared by tests (importable as ``tests.support`` via pytest's pythonpath)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_3d486de69af5284c.txt"
SEED_TITLE = (
    "US State Department: Sanctions Against Russia and North Korea "
    "Not Ruled Out Over Arms Agreement"
)
