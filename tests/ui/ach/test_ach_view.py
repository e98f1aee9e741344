"""The ACH matrix editor: keys 1-5 rate, 0 clears, scores at the foot, a row opens its passage."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QHelpEvent, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.probes import shown_ach_view
from workbench.store import Store
from workbench.ui.ach.view import AchView
from workbench.ui.tasks.store_actions import StoreActions

TEXT = "Officials said the bridge would reopen in May. Engineers disagreed."


class ChangeFeed(QObject):
    changes_applied = Signal(object)


def _view(qtbot, library: Store, make_document,
          title: str = "Bridge") -> tuple[AchView, int, list[int]]:
    doc = make_document(library, title, TEXT)
    claim_id, _ = library.claims.add_claim(doc, 15, 45)
    analysis_id = library.ach.create_analysis("Will it reopen?", ["Yes", "No"]).ids[0]
    library.ach.add_evidence(analysis_id, claim_id)
    feed = ChangeFeed()
    actions = StoreActions(library, None, feed.changes_applied)
    view = AchView(library, actions, feed.changes_applied)
    view._feed = feed  # type: ignore[attr-defined] - keep the signal alive with the view
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    return view, claim_id, [h.id for h in library.ach.get_analysis(analysis_id).hypotheses]


def test_number_keys_rate_the_current_cell_and_the_foot_row_rescores(
    qtbot, library, make_document
) -> None:
    view, _, (yes, no) = _view(qtbot, library, make_document)
    model = view.model
    view.table.setCurrentIndex(model.index(0, 2))
    qtbot.keyClick(view.table, Qt.Key.Key_1)
    qtbot.keyClick(view.table, Qt.Key.Key_Right)
    qtbot.keyClick(view.table, Qt.Key.Key_5)
    assert library.ach.get_analysis(1).evidence[0].ratings == {yes: "CC", no: "II"}
    foot = model.rowCount() - 1
    assert [model.index(foot, c).data() for c in (2, 3)] == ["0", "2"]
    assert model.index(0, 4).data() == "4"  # diagnosticity: CC (2) to II (-2)
    assert view.table.currentIndex().column() == 3  # the cell stays current after rescoring
    qtbot.keyClick(view.table, Qt.Key.Key_0)
    assert library.ach.get_analysis(1).evidence[0].ratings == {yes: "CC"}
    library.history.undo()


def test_enter_or_double_click_opens_the_rows_passage(qtbot, library, make_document) -> None:
    view, _, _ = _view(qtbot, library, make_document)
    view.table.setCurrentIndex(view.model.index(0, 0))
    with qtbot.waitSignal(view.location_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args[1:] == [15, 45]


def test_a_deleted_claim_leaves_the_matrix_consistent(qtbot, library, make_document) -> None:
    view, claim_id, _ = _view(qtbot, library, make_document)
    assert view.model.rowCount() == 2
    view.actions.run("Delete", lambda s: s.annotations.delete_annotation(claim_id))
    assert view.model.rowCount() == 1  # only the foot row of scores is left


def test_a_hidden_matrix_rescores_when_shown_not_on_every_change(
    qtbot, library, make_document, monkeypatch
) -> None:
    view, claim_id, (yes, _no) = _view(qtbot, library, make_document)
    view.hide()
    rescored: list[int] = []
    original = view._rescore
    monkeypatch.setattr(view, "_rescore", lambda: (rescored.append(1), original())[1])
    evidence = library.ach.get_analysis(1).evidence[0].id
    for rating in ("C", "I", "II"):
        view.actions.run("rate", lambda s, r=rating: s.ach.rate(evidence, yes, r))
    assert rescored == [] and view.stale
    view.show()
    assert rescored == [1] and not view.stale
    assert view.model.index(0, 2).data() == "II"


def test_a_rated_cell_names_who_rated_it(qtbot, library, make_document) -> None:
    from workbench.core.authorship import Author
    from workbench.operations.ach import analysis_record

    view, _, (yes, _no) = _view(qtbot, library, make_document)
    analysis_id = view.model.record["id"]
    evidence = library.ach.get_analysis(analysis_id).evidence[0].id
    library.authors.act_as(Author("c" * 32, "Chloé"))
    library.ach.rate(evidence, yes, "C")
    view.model.set_record(analysis_record(library, analysis_id))
    tip = view.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert _as_shown(tip) == "H1: Yes\nConsistent\nRated by Chloé"
    assert "Rated by" not in _as_shown(view.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole))


def _as_shown(tooltip: str) -> str:
    """The text a tooltip puts on screen (rich text rendered, as Qt does)."""
    return QTextDocumentFragment.fromHtml(tooltip).toPlainText()


def test_cell_tooltips_show_imported_and_typed_text_literally_like_the_header(
    qtbot, library, make_document
) -> None:
    """A rating cell and an evidence cell said "H text: consistent" in raw text, so a
    document title or hypothesis holding markup was rendered (an <img> loads a file)."""
    view, _, _ = _view(qtbot, library, make_document,
                       title='<img src="/tmp/x.png"> Bridge <b>closed</b>')
    library.ach.add_hypothesis(1, "The <b>ferry</b> replaces the bridge")
    view.reload()
    rating_tip = view.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    evidence_tip = view.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    for tip in (rating_tip, evidence_tip):
        assert "<img" not in tip and "<b>" not in tip  # escaped, never markup
    assert _as_shown(rating_tip).splitlines() == ["H3: The <b>ferry</b> replaces the bridge",
                                                  "Not rated (keys 1-5 rate)"]
    assert _as_shown(evidence_tip).splitlines() == [
        "the bridge would reopen in May",
        'From “<img src="/tmp/x.png"> Bridge <b>closed</b>”',
        "Double-click (or Enter) opens the passage."]


def test_the_hint_names_every_hypothesis_tied_for_most_likely(qtbot, library,
                                                              make_document) -> None:
    """Two hypotheses at 0 inconsistency: the hint named only the first as most likely."""
    view, _, (yes, no) = _view(qtbot, library, make_document)
    assert view.hint.text().startswith("No ratings yet")  # nothing ranks an unrated matrix
    unrated_foot = view.model.rowCount() - 1
    assert not any(view.model.index(unrated_foot, c).data(Qt.ItemDataRole.FontRole).bold()
                   for c in (2, 3))  # and no score is bold as if it led
    view.table.setCurrentIndex(view.model.index(0, 2))
    qtbot.keyClick(view.table, Qt.Key.Key_1)  # CC for "Yes": neither is inconsistent
    assert view.hint.text().startswith("Most likely (least inconsistent): H1 and H2, tied.")
    foot = view.model.rowCount() - 1
    assert all(view.model.index(foot, c).data(Qt.ItemDataRole.FontRole).bold() for c in (2, 3))
    qtbot.keyClick(view.table, Qt.Key.Key_Right)
    qtbot.keyClick(view.table, Qt.Key.Key_5)  # II for "No"
    assert view.hint.text().startswith("Most likely (least inconsistent): H1.")
    assert not view.model.index(foot, 3).data(Qt.ItemDataRole.FontRole).bold()
    library.history.undo()
    library.history.undo()


def test_with_no_analysis_the_picker_says_so(qtbot, library) -> None:
    view = shown_ach_view(qtbot, library)
    assert view.picker.count() == 0 and view.picker.currentText() == ""
    assert view.picker.placeholderText() == "No analysis yet"


def test_hovering_a_hypothesis_header_shows_its_full_text_literally(
    qtbot, library, make_document
) -> None:
    """H1/H2 were explained only in the footer; a text with markup must not render as HTML."""
    view, _, _ = _view(qtbot, library, make_document)
    library.ach.add_hypothesis(1, "The <b>ferry</b> replaces the bridge for the summer")
    view.reload()
    header = view.table.horizontalHeader()
    column = view.model.columnCount() - 2  # the newest hypothesis, before Diagnosticity
    assert view.model.headerData(column, Qt.Orientation.Horizontal) == "H3"
    spot = QPoint(header.sectionViewportPosition(column) + 4, header.height() // 2)
    QApplication.sendEvent(header.viewport(), QHelpEvent(QEvent.Type.ToolTip, spot,
                                                         header.viewport().mapToGlobal(spot)))
    qtbot.waitUntil(QToolTip.isVisible)
    shown = QTextDocumentFragment.fromHtml(QToolTip.text()).toPlainText()
    assert shown.startswith("H3: The <b>ferry</b> replaces the bridge for the summer")
    QToolTip.hideText()


def test_tab_leaves_the_matrix_and_arrows_still_move_between_cells(
    qtbot, library, make_document
) -> None:
    """Tab went cell by cell and wrapped from the last to the first: a keyboard trap."""
    view, _, _ = _view(qtbot, library, make_document)
    view.activateWindow()
    table = view.table
    table.setFocus()
    last = view.model.index(view.model.rowCount() - 1, view.model.columnCount() - 1)
    table.setCurrentIndex(last)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    table.setFocus()
    table.setCurrentIndex(view.model.index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.currentIndex().column() == 3


def test_long_evidence_takes_two_lines_cut_after_a_word(qtbot, library, make_document) -> None:
    """At 1024 px the evidence was one line cut by character ("⚠ single sour…")."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from workbench.ui.widgets.word_lines import ELLIPSIS

    view, _claim, _ = _view(qtbot, library, make_document)
    long_text = ("Officials said the bridge over the river would reopen in May after repairs to"
                 " its northern span, which engineers had judged unsafe since the floods of"
                 " the spring, and that traffic would run on one lane until the summer.")
    doc = make_document(library, "Long", long_text)
    long_claim, _ = library.claims.add_claim(doc, 0, len(long_text))
    library.ach.add_evidence(view.analysis_id, long_claim)
    view.reload()
    qtbot.wait(20)
    table = view.table
    spacing = table.fontMetrics().lineSpacing()
    short_row, long_row = 0, 1
    assert table.rowHeight(long_row) >= table.rowHeight(short_row) + spacing  # a line more
    assert table.rowHeight(long_row) >= 2 * spacing
    index = view.model.index(long_row, 0)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    lines = table.itemDelegateForColumn(0).shown_lines(option, index)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    shown = " ".join(lines).removesuffix(ELLIPSIS)
    cell = " ".join(str(index.data()).split())  # the statement, its source warning after it
    assert cell.startswith(long_text[:40]) and cell.startswith(shown)
    assert cell[len(shown)] == " "  # cut after a whole word


def test_an_ungraded_piece_of_evidence_shows_a_dash_in_its_grade_cell(
    qtbot, library, make_document
) -> None:
    """A blank Grade cell read as 'still loading' where every other table shows "–"."""
    view, claim_id, _ = _view(qtbot, library, make_document)
    grade = view.model.index(0, 1)
    assert grade.data() == "–"
    assert "Not graded" in grade.data(Qt.ItemDataRole.ToolTipRole)
    library.grades.grade_claim(claim_id, 2)
    view.reload()
    assert view.model.index(0, 1).data() == "?2"


def test_the_weighted_inconsistency_stays_in_view_at_1024_by_640(
    qtbot, library, make_document
) -> None:
    """With many rows the scores were the table's last row and scrolled out of view."""
    view, _, _ = _view(qtbot, library, make_document)
    analysis_id = view.analysis_id
    for n in range(14):
        doc = make_document(library, f"Report {n}", f"{TEXT} Report {n}.")
        claim_id, _ = library.claims.add_claim(doc, 15, 45)
        library.ach.add_evidence(analysis_id, claim_id)
    view.resize(1024, 640 - 120)  # a dock under the window's title, menu and tool bars
    view.reload()
    qtbot.wait(20)
    foot = view.model.rowCount() - 1
    assert view.table.verticalScrollBar().maximum() > 0  # the evidence does scroll
    assert view.table.isRowHidden(foot) and not view.scores.isRowHidden(foot)
    cell = view.scores.visualRect(view.model.index(foot, 0))
    assert view.scores.isVisible() and cell.height() > 0
    assert view.scores.viewport().rect().contains(cell.center())
    bottom = view.scores.mapTo(view, view.scores.rect().bottomLeft()).y()
    assert bottom <= view.height()  # on screen, above the dock's edge
    assert view.model.index(foot, 0).data() == "Weighted inconsistency"
    # its columns line up with the table's
    assert [view.scores.columnWidth(c) for c in range(view.model.columnCount())] == \
        [view.table.columnWidth(c) for c in range(view.model.columnCount())]
