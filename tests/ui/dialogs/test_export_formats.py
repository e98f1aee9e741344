"""The export dialog lists the format table, nothing more and nothing less."""

from __future__ import annotations

from workbench.export.formats import FORMATS


def test_the_dialog_offers_exactly_the_table_formats(qtbot, library, open_window) -> None:
    window = open_window(library)
    window.actions["export"].trigger()
    dialog = window.workspace.dialogs[-1]
    combo = dialog.format_combo
    offered = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    assert offered == [(row.name, row.menu_label) for row in FORMATS]
    for row in FORMATS:
        combo.setCurrentIndex(combo.findData(row.name))
        assert dialog.wikilinks_check.isEnabled() == row.wikilinks
        assert dialog.out_edit.placeholderText() == ("Folder" if row.folder else "File")
    dialog.close()
