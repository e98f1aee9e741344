"""Batch claim search: "n more" beyond the rows shown and an honest "No likely matches".

The batch dialog ranks with the same calibrated threshold as the Suggestions
panel (issue 16) and must say the same words: a statement whose evidence
stays under the threshold reads "No likely matches", not an empty row, and
documents past the "Up to" limit are counted, not silently dropped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workbench.core.progress import Progress
from workbench.ui.dialogs.batch_search import (
    BatchSearchDialog,
    documents_text,
    search_statements,
    summary_text,
)
from workbench.ui.inspector.suggestions_panel import NO_MATCH, more_text
from workbench.ui.widgets.match_words import NO_LIKELY_MATCHES, more_documents, more_in_document

BRIDGE = "Twelve people died when the Morandi bridge collapsed in Genoa during a storm."
NOISE = "The Russian government dismissed the claim from Berlin as groundless."
REPORTS = (
    ("Genoa desk", "Genoa - In Genoa, 12 people were killed after the Morandi bridge collapsed "
                   "during a storm on Tuesday. The Morandi bridge had been repaired in 2016. "
                   "Rescuers searched the Morandi bridge rubble in Genoa overnight."),
    ("Italy wire", "Rome - The Morandi bridge in Genoa collapsed in a storm and 12 people died, "
                   "officials said. The bridge carried a motorway over the city. Twelve people "
                   "died in the storm, the mayor of Genoa said."),
    ("Evening news", "Twelve people died in Genoa when the Morandi bridge collapsed during a "
                     "violent storm, the fire service said on Tuesday evening. Later the mayor "
                     "said twelve people died in the Morandi bridge collapse in Genoa."),
    ("Marathon", "Berlin - Thousands ran the marathon in Berlin on Sunday. A Kenyan runner won."),
)


def _library(library, make_document) -> None:
    for title, text in REPORTS:
        make_document(library, title, text)


def test_documents_past_the_limit_are_counted_and_noise_says_no_likely_matches(
        library, make_document) -> None:
    _library(library, make_document)
    records = search_statements(library, Progress(), [BRIDGE, NOISE], limit=1)
    bridge, noise = records
    assert len(bridge["suggestions"]) == 1
    assert bridge["more_documents"] >= 2  # three reports of the collapse, one row asked for
    assert noise["suggestions"] == [] and noise["more_documents"] == 0
    assert documents_text(0) == NO_LIKELY_MATCHES
    assert f"{NO_LIKELY_MATCHES.lower()} for 1 statement." in summary_text(records)
    assert summary_text(records).endswith("Double-click a match to open it.")
    # Nothing found: no hint about double-clicking a match, and the count says statements.
    assert summary_text([noise, noise]) == (
        f"2 statements, 0 documents found, {NO_LIKELY_MATCHES.lower()} for 2 statements.")


def test_the_dialog_shows_n_more_and_no_likely_matches_rows(qtbot, library,
                                                            make_document) -> None:
    _library(library, make_document)
    dialog = BatchSearchDialog(_NoRunnerActions(library))  # the tree; no search is started
    qtbot.addWidget(dialog)
    dialog.records = search_statements(library, Progress(), [BRIDGE, NOISE], limit=1)
    dialog._fill()
    bridge, noise = (dialog.results_tree.topLevelItem(n) for n in range(2))
    assert bridge.text(2) == "1 document"
    more = bridge.child(bridge.childCount() - 1).text(0)
    assert more.startswith(more_documents(dialog.records[0]["more_documents"]))
    assert noise.text(2) == NO_LIKELY_MATCHES and noise.childCount() == 0
    first = dialog.records[0]["suggestions"][0]
    assert first["more_in_document"] >= 1  # every report says it twice
    assert more_in_document(first["more_in_document"]) in bridge.child(0).text(2)


def test_the_batch_dialog_and_the_suggestions_panel_use_the_same_words() -> None:
    assert NO_MATCH.startswith(NO_LIKELY_MATCHES)
    assert more_documents(1) == "1 more document" and more_documents(3) == "3 more documents"
    assert more_documents(0) == "" and more_in_document(0) == ""

    class _Shown:
        more_in_document = 2

    assert more_text(_Shown()).strip(" ·") == more_in_document(2)


class _NoRunnerActions:
    """Just enough of StoreActions for the dialog to build (no search is started)."""

    def __init__(self, store) -> None:
        self.store = store
        self.runner = None


def test_tab_in_the_statements_box_moves_on_instead_of_typing_a_tab(qtbot) -> None:
    dialog = BatchSearchDialog(actions=None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.statements_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.statements_edit)
    qtbot.keyClicks(dialog.statements_edit, "The bridge closed")
    qtbot.keyClick(dialog.statements_edit, Qt.Key.Key_Tab)
    assert "\t" not in dialog.statements_edit.toPlainText()
    assert QApplication.focusWidget() is not dialog.statements_edit
