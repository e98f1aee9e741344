"""The note editor says which pane is the Markdown and which the preview."""

from __future__ import annotations

from workbench.ui.dialogs.note_editor import NoteEditorDialog


def test_both_panes_are_labelled_and_the_source_has_a_mnemonic(qtbot) -> None:
    dialog = NoteEditorDialog("some words", "**bold** text")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.editor_label.buddy() is dialog.editor
    assert dialog.editor_label.text() == "&Markdown" and dialog.editor_label.isVisible()
    assert dialog.preview_label.text() == "Preview" and dialog.preview_label.isVisible()
    top = lambda widget: widget.mapTo(dialog, widget.rect().topLeft()).y()  # noqa: E731
    assert top(dialog.editor_label) < top(dialog.editor)


def test_the_preview_stands_apart_from_the_editor(qtbot) -> None:
    """With the style's 1 px splitter handle "Preview" touched the editor's frame."""
    dialog = NoteEditorDialog("some words", "**bold** text")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    editor_right = dialog.editor.mapTo(dialog, dialog.editor.rect().topRight()).x()
    for pane in (dialog.preview_label, dialog.preview):
        assert pane.mapTo(dialog, pane.rect().topLeft()).x() - editor_right >= 8


def test_the_gap_between_editor_and_preview_is_the_dialog_s_own_colour(qtbot) -> None:
    """A 12 px splitter handle made the gap: the style painted it as a grey band."""
    from workbench.ui.theme.manager import ThemeManager

    theme = ThemeManager()
    theme.set_preference("light")  # the theme's palette is what painted the handle grey
    dialog = NoteEditorDialog("some words", "**bold** text")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    editor = dialog.editor
    right = editor.mapTo(dialog, editor.rect().topRight()).x()
    left = dialog.preview.mapTo(dialog, dialog.preview.rect().topLeft()).x()
    middle_y = editor.mapTo(dialog, editor.rect().center()).y()
    image = dialog.grab().toImage()
    background = dialog.palette().window().color().rgb()
    gap = [image.pixelColor(x, middle_y).rgb() for x in range(right + 2, left - 1)]
    assert gap and sum(colour == background for colour in gap) >= len(gap) - 2
