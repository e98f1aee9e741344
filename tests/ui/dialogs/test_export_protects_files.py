"""The export dialog shows why an export into a folder holding the analyst's own files stopped."""

from __future__ import annotations


def _folder_with_own_index(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "index.md").write_text("my own index", encoding="utf-8")
    return folder


def _export_dialog(window, fmt: str):
    window.actions["export"].trigger()
    dialog = window.workspace.dialogs[-1]
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
    return dialog


def test_the_dialog_names_the_file_it_would_not_overwrite(
    qtbot, library, open_window, tmp_path
) -> None:
    folder = _folder_with_own_index(tmp_path)
    dialog = _export_dialog(open_window(library), "markdown")
    dialog.out_edit.setText(str(folder))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.status_label.text().startswith("Export failed"), timeout=20000)
    assert "index.md already exists and was not written by a workbench export" in (
        dialog.status_label.text()
    )
    assert (folder / "index.md").read_text(encoding="utf-8") == "my own index"
    dialog.close()


def test_the_dialog_replaces_them_only_when_asked_and_only_for_folder_formats(
    qtbot, library, open_window, tmp_path
) -> None:
    folder = _folder_with_own_index(tmp_path)
    dialog = _export_dialog(open_window(library), "json")
    assert dialog.replace_check.isHidden()  # one file: nothing to protect in a folder
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("markdown"))
    assert not dialog.replace_check.isHidden() and not dialog.replace_check.isChecked()
    dialog.out_edit.setText(str(folder))
    dialog.replace_check.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.status_label.text() != "",
                    timeout=20000)
    assert not dialog.status_label.text().startswith("Export failed")
    assert (folder / "index.md").read_text(encoding="utf-8") != "my own index"
    dialog.close()


def test_the_dialog_never_writes_an_export_over_the_open_library(
    qtbot, library, open_window
) -> None:
    """Attack run 15: a JSON export aimed at the library file replaced the library."""
    before = library.path.read_bytes()
    dialog = _export_dialog(open_window(library), "json")
    dialog.out_edit.setText(str(library.path))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.status_label.text().startswith("Export failed"), timeout=20000)
    assert "is a file of the open library" in dialog.status_label.text()
    assert library.path.read_bytes() == before
    dialog.close()


def test_the_dialog_says_the_folder_is_another_librarys_export(
    qtbot, library, open_window, tmp_path
) -> None:
    """The folder check of ``ExportFolder`` reaches the dialog as its message, and the
    replace box takes the folder over, as ``--overwrite`` does."""
    from workbench.operations.exporting import ExportRequest, run_export
    from workbench.store import Store

    folder = tmp_path / "notes"
    with Store(tmp_path / "other.sqlite") as other:
        run_export(other, ExportRequest("markdown", folder))
    index = (folder / "index.md").read_bytes()
    dialog = _export_dialog(open_window(library), "markdown")
    dialog.out_edit.setText(str(folder))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.status_label.text().startswith("Export failed"), timeout=20000)
    assert f"{folder} holds another library's export" in dialog.status_label.text()
    assert (folder / "index.md").read_bytes() == index
    dialog.replace_check.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.status_label.text().startswith("Wrote"),
                    timeout=20000)
    dialog.close()
