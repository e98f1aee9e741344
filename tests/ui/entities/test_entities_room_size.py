"""The Entities room split by concern: the view (filters, buttons, page), the table's paged
model and its column widths each in a module of its own, all well under ~400 lines."""

from __future__ import annotations

from pathlib import Path

import workbench.ui.entities

ROOM = Path(workbench.ui.entities.__file__).parent


def test_every_entities_module_stays_small() -> None:
    sizes = {path.name: path.read_text(encoding="utf-8").count("\n")
             for path in ROOM.glob("*.py")}
    assert {"view.py", "table_model.py", "table_view.py", "page.py"} <= set(sizes)
    assert max(sizes.values()) < 300, sizes


def test_the_table_is_built_without_the_view() -> None:
    """The model and its view import nothing of the dock around them."""
    for name in ("table_model.py", "table_view.py"):
        assert "entities.view" not in (ROOM / name).read_text(encoding="utf-8")
