"""The Entities table at 1024 px: the name column gets the room, aliases elide."""

from __future__ import annotations

from workbench.ui.entities.table_model import COLUMN_KEYS

LONG_NAME = "US State Department"
TEXT = ("The US State Department spoke for the State Department and the Department of State. "
        "Matthew Miller said so.")


def test_a_long_entity_name_fits_its_column_at_1024_px(qtbot, library, make_document,
                                                     open_window) -> None:
    make_document(library, "Sanctions", TEXT,
                  mentions=((LONG_NAME, "ORG", LONG_NAME), ("State Department", "ORG", LONG_NAME),
                            ("Department of State", "ORG", LONG_NAME),
                            ("Matthew Miller", "PERSON", "Matthew Miller")))
    window = open_window(library)
    window.resize(1024, 640)
    window.actions["entities_view"].trigger()
    view = window.workspace.entities_view
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(1)
    header = view.table.horizontalHeader()
    name, aliases = (header.sectionSize(COLUMN_KEYS.index(key)) for key in ("name", "aliases"))
    needed = view.table.fontMetrics().horizontalAdvance(LONG_NAME) + 12
    assert name >= needed, (name, needed)
    assert aliases < name
    total = sum(header.sectionSize(n) for n in range(len(COLUMN_KEYS)))
    assert total <= view.table.viewport().width() + 1  # no horizontal scrolling


def test_an_aliases_width_the_analyst_dragged_survives_a_window_resize(qtbot) -> None:
    from PySide6.QtGui import QStandardItemModel

    from workbench.ui.entities.table_view import EntityTableView

    table = EntityTableView()
    model = QStandardItemModel(3, len(COLUMN_KEYS), table)
    aliases = COLUMN_KEYS.index("aliases")
    for row in range(3):  # longer than a fifth of any width here: the share decides
        model.setData(model.index(row, aliases), "Department of State, State Department, " * 3)
    table.setModel(model)
    table.configure_columns()
    qtbot.addWidget(table)
    table.resize(800, 300)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    fitted = header.sectionSize(aliases)
    table.resize(600, 300)
    qtbot.wait(1)
    assert header.sectionSize(aliases) != fitted  # the share follows the table while untouched
    header.resizeSection(aliases, 222)  # what a drag on the header does
    table.resize(900, 300)
    qtbot.wait(1)
    assert aliases in table.fitter.user_sized and header.sectionSize(aliases) == 222


SIDE_WIDTH = 380  # px: the Entities dock beside the reader (about what a 1024 px window leaves)


def test_at_the_side_of_the_window_names_keep_their_room_and_aliases_give_way(
        qtbot, library, make_document, open_window) -> None:
    from PySide6.QtCore import Qt

    make_document(library, "Sanctions", TEXT + " The Ministry of National Defense agreed.",
                  mentions=((LONG_NAME, "ORG", LONG_NAME), ("State Department", "ORG", LONG_NAME),
                            ("Matthew Miller", "PERSON", "Matthew Miller"),
                            ("Ministry of National Defense", "ORG",
                             "Ministry of National Defense")))
    window = open_window(library)
    window.resize(1024, 640)
    dock = window.workspace.show_dock("entities_view")
    window.removeDockWidget(dock)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.show()
    window.resizeDocks([dock], [SIDE_WIDTH], Qt.Orientation.Horizontal)
    view = window.workspace.entities_view
    qtbot.waitUntil(lambda: view.table.isVisible() and view.model.rowCount() == 3)
    qtbot.waitUntil(lambda: view.table.width() > SIDE_WIDTH // 2)  # the page moved below it
    header, metrics = view.table.horizontalHeader(), view.table.fontMetrics()
    name = header.sectionSize(COLUMN_KEYS.index("name"))
    counts = sum(header.sectionSize(n) for n, key in enumerate(COLUMN_KEYS)
                 if key not in ("name", "aliases") and not header.isSectionHidden(n))
    wanted = metrics.horizontalAdvance(LONG_NAME) + 12
    # the whole name, or every pixel the type and counts leave it (was 54 px: "Unite…")
    assert name >= min(wanted, view.table.viewport().width() - counts), name
    aliases = COLUMN_KEYS.index("aliases")
    assert header.isSectionHidden(aliases) or header.sectionSize(aliases) < name
    shown = sum(header.sectionSize(n) for n in range(len(COLUMN_KEYS))
                if not header.isSectionHidden(n))
    assert shown <= view.table.viewport().width() + 1  # no horizontal scrolling
    row = next(r for r in range(view.model.rowCount())
               if view.model.row_data(r)["name"] == LONG_NAME)
    tip = view.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "State Department" in tip.replace(LONG_NAME, "", 1)  # its aliases, in the hover text
