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


def test_a_bundle_is_chosen_by_author_and_date_not_by_documents(
    qtbot, library, open_window, tmp_path
) -> None:
    window = open_window(library)
    window.actions["export"].trigger()
    dialog = window.workspace.dialogs[-1]
    assert not dialog.form.isRowVisible(dialog.author_combo)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("bundle"))
    assert dialog.form.isRowVisible(dialog.author_combo)
    assert dialog.form.isRowVisible(dialog.since_edit)
    assert not any(button.isEnabled() for button in dialog.scope_buttons.values())
    dialog.out_edit.setText(str(tmp_path / "work"))
    dialog.since_edit.setText("2026-01-01")
    request = dialog.request()
    assert request is not None and (request.doc_ids, request.tag) == (None, None)
    assert (request.author, request.since) == (None, "2026-01-01")
    dialog.since_edit.setText("yesterday")
    dialog.start()
    assert dialog.task is None and dialog.status_label.text().startswith("Since: give a date")
    dialog.since_edit.setText("0001-01-01T00:00+01:00")  # off the calendar in UTC
    dialog.start()
    assert dialog.task is None and dialog.status_label.text().startswith("Since: give a date")
    dialog.close()


def test_scopes_that_cannot_be_chosen_say_why(qtbot, library, open_window) -> None:
    """No tags and no open document: the Tag row is greyed out whole, and both radios explain."""
    window = open_window(library)
    window.actions["export"].trigger()
    dialog = window.workspace.dialogs[-1]
    assert dialog.current_document is None
    assert dialog.scope_buttons["document"].toolTip().startswith("Open a document")
    assert not dialog.scope_buttons["tag"].isEnabled()
    assert not dialog.tag_combo.isEnabled()
    assert dialog.scope_buttons["tag"].toolTip() == "No document is tagged yet"
    assert dialog.scope_buttons["library"].toolTip() == ""
    dialog.close()


def test_the_documents_label_lines_up_with_its_first_choice(qtbot, library, open_window) -> None:
    """A label 4 px below its radio looked like it named the wrong line."""
    window = open_window(library)
    window.actions["export"].trigger()
    dialog = window.workspace.dialogs[-1]
    qtbot.waitExposed(dialog)
    label = dialog.form.labelForField(dialog.scope_buttons["library"])
    assert label is not None and label.text() == "Documents:"
    label_middle = label.mapTo(dialog, label.rect().center()).y()
    radio = dialog.scope_buttons["library"]
    radio_middle = radio.mapTo(dialog, radio.rect().center()).y()
    assert abs(label_middle - radio_middle) <= 1
    dialog.close()


def test_enter_in_the_export_dialog_exports_not_browses(qtbot, library, open_window) -> None:
    window = open_window(library)
    window.actions["export"].trigger()
    dialog = window.workspace.dialogs[-1]
    assert dialog.export_button.isDefault() and not dialog.browse_button.autoDefault()
    dialog.close()


def test_after_a_markdown_export_its_folder_opens_from_the_dialog(
        qtbot, library, make_document, open_window, tmp_path, monkeypatch) -> None:
    """The analyst exported Markdown, then went looking for the folder by hand."""
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    make_document(library, "Bridge vote", "The council voted to rebuild the bridge.")
    window = open_window(library)
    window.actions["export"].trigger()
    dialog = window.workspace.dialogs[-1]
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("markdown"))
    assert not dialog.open_button.isVisible()  # nothing written yet
    dialog.out_edit.setText(str(tmp_path / "notes"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.open_button.isVisible(), timeout=20000)
    assert dialog.open_button.text() == "Open Folder"
    dialog.open_button.click()
    assert opened == [str(tmp_path / "notes")]
    dialog.close()


def test_a_greyed_export_says_it_waits_for_a_place_to_save(qtbot, library, open_window,
                                                           tmp_path) -> None:
    from workbench.ui.dialogs.export import NEEDS_PLACE

    window = open_window(library)
    window.actions["export"].trigger()
    dialog = window.workspace.dialogs[-1]
    dialog.out_edit.setText("")
    assert not dialog.export_button.isEnabled()
    assert dialog.export_button.toolTip() == NEEDS_PLACE
    dialog.out_edit.setText(str(tmp_path / "notes"))
    assert dialog.export_button.isEnabled() and dialog.export_button.toolTip() == ""
    dialog.close()
