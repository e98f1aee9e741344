"""Empty lists say why they are empty: no claims or entities yet, or filters that match nothing."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from workbench.ui.claims.library_view import NO_CLAIMS, NO_MATCHING_CLAIM, ClaimsView
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.empty_hint import EmptyHint

TEXT = "Officials said the bridge would reopen on Monday. Engineers disagreed."


def _ink(image: QImage) -> int:
    """Pixels clearly unlike the background (the bottom-left corner)."""
    background = image.pixelColor(1, image.height() - 2).lightness()
    return sum(abs(image.pixelColor(x, y).lightness() - background) > 40
               for x in range(0, image.width(), 2) for y in range(0, min(80, image.height())))


def test_a_hint_is_painted_only_while_it_says_something(qtbot) -> None:
    ThemeManager().set_preference("dark")
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    said = {"text": "Nothing here yet."}
    EmptyHint(tree, lambda: said["text"])
    tree.resize(300, 200)
    tree.show()
    qtbot.waitExposed(tree)
    assert _ink(tree.viewport().grab().toImage()) > 20
    said["text"] = ""
    tree.addTopLevelItem(QTreeWidgetItem([""]))  # a row with no text: nothing to see
    assert _ink(tree.viewport().grab().toImage()) == 0


def test_the_claims_dock_says_whether_the_library_or_the_filter_is_empty(
        qtbot, library, make_document) -> None:
    view = ClaimsView(library, ThemeManager())
    qtbot.addWidget(view)
    view.reload()
    assert view.empty_hint.text() == NO_CLAIMS
    doc = make_document(library, "Bridge", TEXT)
    library.claims.add_claim(doc, 0, 48, claimant_text="Officials")
    view.reload()
    assert view.empty_hint.text() == ""
    view.claimant_edit.setText("Engineers")
    assert view.empty_hint.text() == NO_MATCHING_CLAIM


def test_a_document_without_tags_says_how_to_add_one(qtbot) -> None:
    """Document → Tags… showed a blank list over a lone Remove button."""
    from workbench.ui.dialogs.tags import NO_DOCUMENT_TAGS, DocumentTagsDialog

    dialog = DocumentTagsDialog("Bridge", [], ["topic/roads"], lambda _p: None, lambda _p: None)
    qtbot.addWidget(dialog)
    assert dialog.empty_hint.text() == NO_DOCUMENT_TAGS
    assert "Add" in NO_DOCUMENT_TAGS
    dialog.set_tags(["topic/roads"])
    assert dialog.empty_hint.text() == ""


def test_the_link_picker_says_why_it_has_nothing_to_pick(qtbot, library, make_document) -> None:
    """Link to… with one claim in the library opened on a blank list."""
    from workbench.ui.claims.picker import NO_MATCHING_CLAIM, NO_OTHER_CLAIM, ClaimPickerDialog

    lonely = ClaimPickerDialog([], "The bridge reopens in May.")
    qtbot.addWidget(lonely)
    assert lonely.empty_hint.text() == NO_OTHER_CLAIM
    doc = make_document(library, "Bridge", "Engineers said the bridge stays shut until June.")
    claim_id, _ = library.claims.add_claim(doc, 0, 20)
    picker = ClaimPickerDialog([library.claims.get_claim(claim_id)], "The bridge reopens.")
    qtbot.addWidget(picker)
    assert picker.empty_hint.text() == ""
    picker.filter_edit.setText("zebras")
    assert picker.empty_hint.text() == NO_MATCHING_CLAIM
