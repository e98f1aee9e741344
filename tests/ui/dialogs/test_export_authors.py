"""The bundle export dialog: authors who share a name listed apart; a date to come refused."""

from __future__ import annotations

from workbench.core.authorship import Author

TEXT = "Officials said the bridge would reopen. Engineers disagreed."


def test_the_bundle_dialog_tells_shared_names_apart_and_refuses_a_future_date(
    library, make_document, open_window, tmp_path
) -> None:
    doc = make_document(library, "Bridge", TEXT)
    for author, phrase in ((Author("a" * 32, "Ana"), "Officials"), (Author("c" * 32, "ana"),
                                                                   "Engineers")):
        library.authors.act_as(author)
        start = TEXT.index(phrase)
        library.claims.add_claim(doc, start, start + len(phrase))
    window = open_window(library)
    window.actions["export"].trigger()
    dialog = window.workspace.dialogs[-1]
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("bundle"))
    combo = dialog.author_combo
    listed = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert listed == [("Any author", None), ("Ana (aaaaaaaa)", "a" * 32),
                      ("ana (cccccccc)", "c" * 32)]
    dialog.out_edit.setText(str(tmp_path / "work.json"))
    dialog.since_edit.setText("2999-01-01")
    dialog.start()
    assert dialog.task is None and dialog.status_label.text() == "Since: that date is still to come"
    assert not (tmp_path / "work.json").exists()
    dialog.close()
