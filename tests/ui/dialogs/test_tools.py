"""Tools in the window: tag manager, batch claim search, export, keyboard shortcuts."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.export.rendering import exported_files
from tests.ui.probes import select_tag, shortcut_rows, tags_shown
from workbench.store import LibraryFilter

TEXT_A = "Officials said Putin promised to help North Korea build satellites. Rain fell."
TEXT_B = "Analysts doubt that Russia will help North Korea build satellites soon."


@pytest.fixture
def docs(library, make_document) -> tuple[int, int]:
    first = make_document(library, "Seoul reacts", TEXT_A, published="2023-09-14",
                          mentions=(("Putin", "PERSON", "Vladimir Putin"),))
    second = make_document(library, "Analysts doubt", TEXT_B, published="2023-09-15")
    library.tags.tag_document(first, "topic/space")
    library.tags.tag_document(second, "topic/arms")
    annotation, _ = library.annotations.add_annotation(second, 0, 8, tags=("region/asia",))
    return first, second


def test_tag_manager_renames_merges_recolours_and_deletes(qtbot, library, docs, open_window,
                                                          settle) -> None:
    window = open_window(library)
    window.actions["tag_manager"].trigger()
    manager = window.workspace.tag_manager
    assert manager is not None
    paths = {t.path: t for t in tags_shown(manager)}
    assert set(paths) == {"topic", "topic/space", "topic/arms", "region", "region/asia"}
    assert paths["topic/space"].documents == 1 and paths["region/asia"].spans == 1
    topic = manager.tree.topLevelItem(1)
    assert topic.text(0) == "topic" and topic.childCount() == 2
    assert select_tag(manager, "topic")
    manager.rename("theme")
    settle(window)
    assert library.library.library_tags() == ["region", "region/asia", "theme", "theme/arms",
                                      "theme/space"]
    assert library.library.library_ids(LibraryFilter(tag="theme")) == [docs[1], docs[0]] or \
        set(library.library.library_ids(LibraryFilter(tag="theme"))) == set(docs)
    assert select_tag(manager, "theme/arms")
    manager.merge("theme/space")
    settle(window)
    assert library.tags.document_tags(docs[1]) == ["theme/space"]
    assert select_tag(manager, "theme/space")
    manager.recolor("#123456")
    settle(window)
    assert {t.path: t.color for t in library.tags.list_tags()}["theme/space"] == "#123456"
    assert select_tag(manager, "region")
    manager.delete(confirm=False)
    settle(window)
    assert "region" not in library.library.library_tags()
    assert library.annotations.document_annotations(docs[1]), "annotations are kept"
    combo = window.library.filter_bar.tag_combo
    assert combo.findData("region/asia") == -1 and combo.findData("theme/space") > 0
    window.actions["undo"].trigger()
    settle(window)
    assert library.annotations.document_annotations(docs[1])[0].tags == ("region/asia",)
    manager.close()


def test_batch_search_runs_on_the_task_runner_and_exports_csv(qtbot, library, docs, open_window,
                                                               settle, tmp_path) -> None:
    window = open_window(library)
    window.actions["batch_search"].trigger()
    dialog = window.workspace.dialogs[-1]
    dialog.statements_edit.setPlainText("Putin will help North Korea build satellites\n\n"
                                        "Nothing about zebras\n")
    assert dialog.statements() == ["Putin will help North Korea build satellites",
                                   "Nothing about zebras"]
    dialog.run()
    assert dialog.task is not None and window.runner.busy
    settle(window)
    assert dialog.task is None
    assert [r["statement"] for r in dialog.records][1] == "Nothing about zebras"
    assert {m["document_id"] for m in dialog.records[0]["suggestions"]} == set(docs)
    top = dialog.results_tree.topLevelItem(0)
    assert top.childCount() == len(dialog.records[0]["suggestions"])
    assert dialog.progress_bar.value() == 2
    dialog.results_tree.itemDoubleClicked.emit(top.child(0), 0)
    match = dialog.records[0]["suggestions"][0]
    assert window.reader.doc_id == match["document_id"]
    assert window.reader.view.textCursor().selectedText() == match["text"]
    out = dialog.export_csv(tmp_path / "matches.csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == len(dialog.records[0]["suggestions"]) + len(dialog.records[1][
        "suggestions"])
    assert rows[0]["statement"] == "Putin will help North Korea build satellites"
    # A target that cannot be written (a folder in the way) is reported in the dialog, not raised.
    (tmp_path / "blocked").mkdir()
    assert dialog.export_csv(tmp_path / "blocked" / "x" / "m.csv") is not None
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    assert dialog.export_csv(tmp_path / "file" / "m.csv") is None
    assert dialog.status_label.text().startswith("Could not write")
    assert not list(tmp_path.glob(".wb-*.tmp"))
    before = library.path.read_bytes()  # attack run 15: never over the open library
    assert dialog.export_csv(library.path) is None
    assert dialog.status_label.text().endswith("a file of the open library")
    assert library.path.read_bytes() == before
    dialog.close()


def test_export_dialog_writes_json_and_markdown_with_a_safe_preview(qtbot, library, docs,
                                                                    open_window, settle,
                                                                    tmp_path) -> None:
    library.annotations.add_annotation(docs[0], 0, 9, note_md="<script>alert(1)</script> **seen**")
    window = open_window(library)
    window.open_document(docs[0])
    window.actions["export"].trigger()
    dialog = window.workspace.dialogs[-1]
    assert "Seoul reacts" in dialog.preview.toPlainText()
    assert "<script" not in dialog.preview.toHtml()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    assert not dialog.wikilinks_check.isEnabled()
    dialog.out_edit.setText(str(tmp_path / "library.json"))
    dialog.scope_buttons["tag"].setChecked(True)
    dialog.tag_combo.setCurrentText("topic/space")
    dialog.start()
    assert dialog.task is not None
    settle(window)
    data = json.loads((tmp_path / "library.json").read_text(encoding="utf-8"))
    assert [d["title"] for d in data["documents"]] == ["Seoul reacts"]
    assert "Wrote 1 document" in dialog.status_label.text()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("markdown"))
    dialog.out_edit.setText(str(tmp_path / "notes"))
    dialog.scope_buttons["library"].setChecked(True)
    dialog.wikilinks_check.setChecked(True)
    dialog.start()
    settle(window)
    written = [p.name for p in exported_files(tmp_path / "notes")]
    assert "index.md" in written and "claims.md" in written and "timeline.md" in written
    assert len(written) == 5
    dialog.close()


def test_export_can_be_cancelled(qtbot, library, docs, open_window, settle, tmp_path) -> None:
    window = open_window(library)
    window.actions["export"].trigger()
    dialog = window.workspace.dialogs[-1]
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("webannotation"))
    dialog.out_edit.setText(str(tmp_path / "annotations"))
    assert dialog.request().out.name == "annotations"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    assert dialog.out_edit.text().endswith("annotations.json")
    dialog.start()
    dialog.cancel_or_close()
    settle(window)
    assert dialog.task is None
    status = dialog.status_label.text()
    assert "cancelled" in status.lower() or status.startswith("Wrote"), status
    dialog.close()


def test_every_new_action_is_in_the_menus_and_the_shortcut_list(qtbot, library, docs,
                                                                open_window) -> None:
    window = open_window(library)
    rows = dict(shortcut_rows(window))
    for command, keys in (("Undo", "Ctrl+Z"), ("Redo", "Ctrl+Shift+Z"),
                          ("Highlight Selection", "Ctrl+Shift+H"), ("Add Note", "Ctrl+Shift+N"),
                          ("Mark as Claim", "Ctrl+Shift+C"), ("Tag Selection", "Ctrl+Shift+T"),
                          ("Document Tags", "Ctrl+T"), ("Claims", "Ctrl+Shift+L"),
                          ("Entities", "Ctrl+Shift+E"), ("Claim Map", "Ctrl+Shift+M"),
                          ("Tag Manager", "Ctrl+Alt+T"), ("Batch Claim Search", "Ctrl+Shift+B"),
                          ("Export", "Ctrl+E")):
        assert rows[command] == keys, command
    assert "Right-click in the reader" in rows.values()
    sequences = [a.shortcut().toString() for a in window.actions.actions.values()
                 if not a.shortcut().isEmpty()]
    assert len(sequences) == len(set(sequences)), "no shortcut is bound twice"
    menus = {m.title().replace("&", ""): [a.text() for a in m.actions()]
             for m in window.menuBar().findChildren(type(window.actions.recent_menu))
             if m.title()}
    assert "Mark as &Claim" in menus["Document"]
    assert "&Batch Claim Search…" in menus["Tools"] and "E&xport…" in menus["File"]


def test_a_failed_batch_search_leaves_the_dialog_ready_to_search_again(
        qtbot, library, docs, open_window, settle, monkeypatch) -> None:
    import workbench.ui.dialogs.batch_search as batch_module

    real_search = batch_module.search_statements

    def broken(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    window = open_window(library)
    window.actions["batch_search"].trigger()
    dialog = window.workspace.dialogs[-1]
    dialog.statements_edit.setPlainText("Putin will help North Korea build satellites")
    monkeypatch.setattr(batch_module, "search_statements", broken)
    dialog.run()
    settle(window)
    assert dialog.task is None
    assert "disk on fire" in dialog.status_label.text()
    assert dialog.run_button.isEnabled()
    monkeypatch.setattr(batch_module, "search_statements", real_search)
    dialog.run()
    settle(window)
    assert dialog.task is None and len(dialog.records) == 1
    dialog.close()
