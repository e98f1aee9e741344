"""Message and question boxes: titles typed once in Title Case, texts shown literally.

Why a sweep of the source: a title typed in Title Case was also passed through
``title_case`` at run time, so a title built around a file name came out
changed ("Merge Field_notes.sqlite Failed"), and Qt's static boxes
(``QMessageBox.question`` …) guess the text's format, so an evidence statement
or a path holding markup was rendered as HTML. One way now: each title is typed
in the house Title Case where it is written, checked here, and every box goes
through ``dialogs/standard.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.ui.wording_rule import title_case
from workbench.ui.reader.analyst_controller import ADD_NOTE_TITLE
from workbench.ui.reader.mark_wording import note_command
from workbench.ui.tasks.runner import Task

UI = Path(__file__).resolve().parents[3] / "workbench" / "ui"
#: Calls whose first text argument (after the parent) is a window title.
TITLED_CALLS = {"show_error", "ask_yes_no", "confirm", "getText", "getInt", "getItem",
                "getDouble", "getMultiLineText", "setWindowTitle", "ask_text", "ask_item",
                "ask_int", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
                "getExistingDirectory"}
GUESSING_BOXES = {"question", "warning", "information", "critical", "about"}


def _calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                found.append((f"{path.relative_to(UI)}:{node.lineno}", node))
    return found


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _typed_title(call: ast.Call) -> str | None:
    """The first string literal among a titled call's first two arguments."""
    for argument in call.args[:2]:
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            return argument.value
    return None


def test_every_typed_window_title_is_already_in_title_case() -> None:
    titles = {where: title for where, call in _calls() if _name(call) in TITLED_CALLS
              and (title := _typed_title(call)) is not None}
    assert len(titles) > 30, titles  # the sweep really read the ui's dialogs
    wrong = {where: title for where, title in titles.items() if title_case(title) != title}
    assert not wrong, wrong


def test_no_window_title_ends_in_an_ellipsis() -> None:
    # The menu command that opens a dialog ends in "…" ("This Is…"); the dialog's
    # own title names what is open and never does (it read "This Is…").
    titles = {where: title for where, call in _calls() if _name(call) in TITLED_CALLS
              and (title := _typed_title(call)) is not None}
    trailing = {where: title for where, title in titles.items()
                if title.rstrip().endswith(("…", "..."))}
    assert not trailing, trailing


def test_the_note_editors_titles_drop_the_menus_ellipsis() -> None:
    titles = [ADD_NOTE_TITLE, *(note_command(noun, has_note) for noun in ("Claim", "Highlight")
                                for has_note in (False, True))]
    assert not [title for title in titles if title.endswith("…")], titles


def test_no_box_lets_qt_guess_whether_its_text_is_html() -> None:
    guessing = [where for where, call in _calls()
                if isinstance(call.func, ast.Attribute) and call.func.attr in GUESSING_BOXES
                and isinstance(call.func.value, ast.Name) and call.func.value.id == "QMessageBox"]
    assert not guessing, guessing


def test_a_failed_tasks_box_names_its_file_as_written(qtbot, library, open_window) -> None:
    window = open_window(library)
    task = Task("Merge field_notes.sqlite", lambda _store, _progress: None)
    task.error = "The file is not a library."
    window._on_task_error(task, "Traceback …")
    [box] = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert title_case(box.windowTitle()) == box.windowTitle()
    assert "field_notes.sqlite" in box.text()
    assert "The file is not a library." in box.text()
    assert box.textFormat() == box.textFormat().PlainText
