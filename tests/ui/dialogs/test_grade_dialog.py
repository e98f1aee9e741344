"""Grade Reliability: every choice in view at once, the current grade preselected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QListView, QWidget

from workbench.core.records import DocumentGrade
from workbench.ui.dialogs import grade as grade_dialog


def test_the_choices_are_a_list_with_the_sources_grade_selected(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    grade = DocumentGrade(document_id=1, source="Cnews Live", source_reliability="C")
    dialog = grade_dialog.reliability_dialog(parent, grade)
    dialog.show()
    assert dialog.windowTitle() == "Grade Reliability"
    assert dialog.findChild(QListView) is not None  # fourteen sentences, not a drop-down
    assert dialog.textValue().startswith("Source “Cnews Live”: C")
    assert dialog.labelText().startswith("Reliability now: C")


def test_choosing_a_line_returns_what_it_grades(qtbot, monkeypatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    grade = DocumentGrade(document_id=1, source="Cnews Live", source_reliability="C")

    def pick_document_b(dialog: QInputDialog) -> int:
        dialog.setTextValue(next(line for line, _ in grade_dialog.reliability_choices(grade)
                                 if line.startswith("This document: B")))
        return QInputDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", pick_document_b)
    assert grade_dialog.choose_reliability(parent, grade) == ("document", "B")


def _shown_choices(qtbot, parent: QWidget) -> QListView:
    """The list of a reliability dialog shown over ``parent``."""
    grade = DocumentGrade(document_id=1, source="Wikinews", source_reliability="C")
    dialog = grade_dialog.reliability_dialog(parent, grade)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog.findChild(QListView)


def test_every_sentence_is_shown_whole(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    view = _shown_choices(qtbot, parent)
    assert not view.horizontalScrollBar().isVisible()  # "…cannot be judged" was cut off
    assert not view.verticalScrollBar().isVisible()


def test_every_sentence_is_shown_whole_when_the_style_pads_the_rows(qtbot) -> None:
    """The list is sized from the rows Qt lays out, not from the font plus fixed pixels.

    A style that pads list items (or a theme with roomier rows) made each row
    taller than "font height + 2 px", so the last choices hid behind a scroll bar.
    """
    parent = QWidget()
    parent.setStyleSheet("QListView::item { padding: 7px 14px; }")
    qtbot.addWidget(parent)
    view = _shown_choices(qtbot, parent)
    assert view.verticalScrollBar().maximum() == 0
    assert view.horizontalScrollBar().maximum() == 0


def test_the_lines_have_air_and_the_document_and_source_groups_a_gap(qtbot) -> None:
    """Fourteen 14 px sentences read as one block; rows are padded and the two groups apart."""
    parent = QWidget()
    qtbot.addWidget(parent)
    view = _shown_choices(qtbot, parent)
    model = view.model()
    texts = [model.index(row, 0).data() for row in range(model.rowCount())]
    gap = texts.index("")
    assert texts[gap - 1] == "This document: Not graded (inherits C from its source)"
    assert texts[gap + 1].startswith("Source “Wikinews”: A")
    assert texts[-1] == "Source “Wikinews”: Not graded"
    assert not model.flags(model.index(gap, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert view.sizeHintForRow(0) >= view.fontMetrics().height() + 8
    view.setCurrentIndex(model.index(gap - 1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == gap + 1  # the arrow keys pass over the gap


def test_an_ungraded_document_opens_on_its_own_not_graded_line_not_the_last(qtbot) -> None:
    """Why: with a source and no grade the cursor sat on the list's last line."""
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = grade_dialog.reliability_dialog(parent, DocumentGrade(document_id=1,
                                                                   source="Reuters"))
    dialog.show()
    view = dialog.findChild(QListView)
    assert dialog.textValue() == "This document: Not graded"
    assert view.currentIndex().data() == "This document: Not graded"
    assert view.currentIndex().row() < view.model().rowCount() - 1
