"""The merge report dialog: counts, both sides of each conflict with authors, and the choices.

Built on real ``MergeReport`` / ``MergeConflict`` records with plain functions
for ``resolve`` and ``reload``, as the window hands it the writer-backed ones.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.probes import empty_text
from workbench.core.authorship import UNKNOWN_AUTHOR
from workbench.core.merge_records import (
    KEEP_BOTH,
    KEEP_MINE,
    KEEP_THEIRS,
    MergeConflict,
    MergeReport,
)
from workbench.core.models import Changes
from workbench.ui.dialogs.merge_report import (
    NO_OPEN_CONFLICTS,
    NOTHING_TO_MERGE,
    MergeReportDialog,
    count_rows,
    headline,
    kind_label,
)

STATUS = MergeConflict(11, "claim status", 'claim "The bridge was closed" in "Storm"',
                       "supported", "disputed", "Alice", "Bob", 3)
NOTE = MergeConflict(12, "note", 'note on "the minister said" in "Budget"',
                     "Check the wire.", "The quote is complete.", "Alice", None, 4)
ENTITY = MergeConflict(13, "entity", 'entity "J. Smith"', "merged into John Smith",
                       "kept apart", "Alice", "Bob", None, (KEEP_MINE, KEEP_THEIRS))
REPORT = MergeReport("bob.sqlite", 5, {"documents": 2, "annotations": 7},
                     {"documents": 30, "claims": 4}, (STATUS, NOTE, ENTITY),
                     ('highlight "storm surge" in "Storm"',))


class Recorded:
    """Stands in for the writer: remembers what was asked, answers open conflicts."""

    def __init__(self, open_conflicts: list[MergeConflict] | None = None) -> None:
        self.asked: list[tuple[int, str]] = []
        self.open = list(open_conflicts or [])

    def resolve(self, conflict_id: int, choice: str) -> None:
        self.asked.append((conflict_id, choice))

    def reload(self) -> list[MergeConflict]:
        return list(self.open)


def _dialog(qtbot, report: MergeReport | None, writer: Recorded) -> MergeReportDialog:
    dialog = MergeReportDialog(report, writer.resolve, writer.reload)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_report_counts_what_was_added_and_already_here() -> None:
    assert count_rows(REPORT) == [("documents", 2, 30), ("annotations", 7, 0), ("claims", 0, 4)]
    assert headline(REPORT) == ("Merged bob.sqlite: 9 items added, 34 already here, "
                                "3 conflicts to resolve, 1 without a place in our text")


def test_kinds_of_work_read_as_words() -> None:
    assert [kind_label(kind) for kind in ("documents", "document_tags", "ach_hypotheses")] == [
        "Documents", "Document tags", "ACH hypotheses"]


def test_the_dialog_shows_counts_orphans_and_both_sides_with_authors(qtbot) -> None:
    dialog = _dialog(qtbot, REPORT, Recorded())
    counts = dialog.counts
    assert [counts.item(row, 0).text() for row in range(counts.rowCount())] == [
        "Documents", "Annotations", "Claims"]
    assert dialog.orphans.item(0).text() == 'highlight "storm surge" in "Storm"'
    panel = dialog.conflicts
    assert panel.current_id == STATUS.id  # the first open conflict is selected
    assert (panel.mine.value.toPlainText(), panel.theirs.value.toPlainText()) == (
        "supported", "disputed")
    assert (panel.mine.author.text(), panel.theirs.author.text()) == ("by Alice", "by Bob")
    panel.select(NOTE.id)
    assert panel.theirs.author.text() == f"by {UNKNOWN_AUTHOR}"
    assert panel.subject.text() == f"Note: {NOTE.subject}"
    assert empty_text(dialog) == ""


def test_only_the_choices_a_conflict_offers_are_buttons(qtbot) -> None:
    dialog = _dialog(qtbot, REPORT, Recorded())
    panel = dialog.conflicts
    assert all(button.isVisible() for button in panel.buttons.values())
    panel.select(ENTITY.id)
    assert [choice for choice, button in panel.buttons.items() if button.isVisible()] == [
        KEEP_MINE, KEEP_THEIRS]


def test_a_choice_asks_the_writer_and_the_row_becomes_resolved(qtbot) -> None:
    writer = Recorded()
    dialog = _dialog(qtbot, REPORT, writer)
    panel = dialog.conflicts
    qtbot.mouseClick(panel.buttons[KEEP_THEIRS], Qt.MouseButton.LeftButton)
    assert writer.asked == [(STATUS.id, KEEP_THEIRS)]
    assert panel.rows[STATUS.id].state_text == "Resolving…"
    assert not panel.buttons[KEEP_MINE].isEnabled()  # no second choice while it runs
    dialog.resolution_finished(STATUS.id, KEEP_THEIRS)
    assert panel.rows[STATUS.id].state_text == "Kept theirs"
    assert panel.current_id == NOTE.id  # on to the next open conflict
    assert dialog.conflicts_label.text() == "Conflicts: 2 open of 3"
    panel.select(STATUS.id)
    assert not any(button.isEnabled() for button in panel.buttons.values())
    qtbot.mouseClick(panel.buttons[KEEP_MINE], Qt.MouseButton.LeftButton)
    assert writer.asked == [(STATUS.id, KEEP_THEIRS)]


def test_the_choices_are_on_the_keyboard(qtbot) -> None:
    writer = Recorded()
    dialog = _dialog(qtbot, REPORT, writer)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.conflicts.table.setFocus()
    qtbot.keyClick(dialog.conflicts.table, Qt.Key.Key_Down)
    assert dialog.conflicts.current_id == NOTE.id
    qtbot.keyClick(dialog.conflicts.table, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: writer.asked == [(NOTE.id, KEEP_BOTH)], timeout=2000)


def test_an_undo_reopens_the_conflict_and_a_failure_keeps_it_open(qtbot) -> None:
    writer = Recorded([NOTE, ENTITY])
    dialog = _dialog(qtbot, REPORT, writer)
    panel = dialog.conflicts
    panel.choose(KEEP_MINE)
    dialog.resolution_finished(STATUS.id, KEEP_MINE)
    writer.open = [STATUS, NOTE, ENTITY]  # Edit → Undo took the choice back
    dialog.on_changes(Changes(claims=True, conflicts=True, note="Undid Resolve conflict"))
    assert panel.rows[STATUS.id].state_text == "Open"
    panel.select(STATUS.id)
    assert panel.buttons[KEEP_MINE].isEnabled()
    panel.choose(KEEP_THEIRS)
    dialog.resolution_failed(STATUS.id, "the claim was deleted")
    assert panel.rows[STATUS.id].state_text == "Open"
    assert panel.outcome.text() == "Not resolved: the claim was deleted"
    writer.open = [NOTE]  # the entity conflict was resolved in another window
    dialog.on_changes(Changes(entities=True, conflicts=True, note="Resolve conflict"))
    assert panel.rows[ENTITY.id].state_text == "No longer open"
    assert panel.rows[STATUS.id].state_text == "No longer open"


def test_a_merge_that_changed_nothing_says_so(qtbot) -> None:
    nothing = MergeReport("bob.sqlite", None, {}, {"documents": 30, "annotations": 12})
    dialog = _dialog(qtbot, nothing, Recorded())
    assert empty_text(dialog) == NOTHING_TO_MERGE
    assert not dialog.conflicts_box.isVisible()
    assert dialog.headline.text().startswith("Merged bob.sqlite: 0 items added, 42 already")


def test_their_work_on_work_we_deleted_is_counted_and_named(qtbot) -> None:
    """A merge that only left work out is no "nothing to merge": each item is listed."""
    lines = ('their claim status on the claim "The bridge was closed" you deleted '
             "(left out with it)",
             'their tag on the document "Storm" you deleted (left out with it)')
    report = MergeReport("bob.sqlite", None, {}, {"documents": 30}, left_out=lines)
    dialog = _dialog(qtbot, report, Recorded())
    assert dialog.left_out.isVisible() and dialog.left_out_label.isVisible()
    assert dialog.left_out_label.text().startswith("2 items of theirs on work you deleted")
    assert [dialog.left_out.item(row).text() for row in range(dialog.left_out.count())] == list(
        lines)
    assert dialog.left_out.item(0).toolTip()
    assert headline(report).endswith("2 left out with work you deleted")
    assert not dialog.empty_title.isVisible()
    assert not dialog.orphans.isVisible()
    plain = _dialog(qtbot, REPORT, Recorded())
    assert not plain.left_out.isVisible() and not plain.left_out_label.isVisible()



def test_their_work_past_what_the_library_takes_is_named(qtbot) -> None:
    """Attack run 10: a 13th hypothesis a merge keeps out is listed under its own heading."""
    lines = ('hypothesis "Theirs 12" of analysis "Why?": it has 12 already, the most an'
             " analysis takes",)
    report = MergeReport("bob.sqlite", None, {}, {"documents": 30}, refused=lines)
    dialog = _dialog(qtbot, report, Recorded())
    assert dialog.refused.isVisible() and dialog.refused_label.isVisible()
    assert dialog.refused_label.text().startswith("1 item of theirs past what the library takes")
    assert dialog.refused.item(0).text() == lines[0]
    assert headline(report).endswith("1 left out, past what the library takes")
    assert not dialog.empty_title.isVisible() and not dialog.left_out.isVisible()
    plain = _dialog(qtbot, REPORT, Recorded())
    assert not plain.refused.isVisible() and not plain.refused_label.isVisible()
    rated = MergeReport("bob.sqlite", None, {}, {"documents": 30}, refused=lines,
                        refused_ratings=3)  # reviewer: the ratings went without a word
    assert headline(rated).endswith("1 left out, past what the library takes (and 3 ratings)")

def test_the_open_conflicts_dialog_lists_them_or_says_there_are_none(qtbot) -> None:
    writer = Recorded([ENTITY])
    dialog = _dialog(qtbot, None, writer)
    assert dialog.windowTitle() == "Merge Conflicts"
    assert list(dialog.conflicts.rows) == [ENTITY.id]
    assert not dialog.headline.isVisible() and not dialog.counts.isVisible()
    none = _dialog(qtbot, None, Recorded())
    assert empty_text(none) == NO_OPEN_CONFLICTS


def test_their_values_are_shown_as_text_never_as_html(qtbot) -> None:
    hostile = MergeConflict(21, "note", 'note "<img src="/etc/x.png">" in "<b>T</b>"',
                            "<b>mine</b>", '<img src="/etc/passwd">', "<i>Eve</i>", None)
    dialog = _dialog(qtbot, MergeReport("x.json", 1, {}, {}, (hostile,)), Recorded())
    panel = dialog.conflicts
    assert panel.subject.textFormat() == Qt.TextFormat.PlainText
    assert panel.subject.text() == f"Note: {hostile.subject}"
    assert panel.theirs.value.toPlainText() == '<img src="/etc/passwd">'
    assert panel.mine.author.text() == "by <i>Eve</i>"
    assert panel.mine.author.textFormat() == Qt.TextFormat.PlainText
    tooltip = panel.table.topLevelItem(0).toolTip(1)
    assert "&lt;img" in tooltip and "<img" not in tooltip
    QApplication.processEvents()
