"""A command's words are the same in its menu item, toolbar button, tooltip and shortcut list."""

from __future__ import annotations

from workbench.ui.app.window_actions import short_words


def test_a_tooltip_keeps_the_ellipsis_where_the_command_goes_on(
        qtbot, library, open_window) -> None:
    """The tooltip read "Link Claim to (Ctrl+L)", the toolbar and Help "Link Claim to…"."""
    window = open_window(library)
    assert window.actions["link_claim"].toolTip().startswith("Link Claim to… (")
    assert window.actions["import_files"].toolTip().startswith("Import Files (")


def test_short_words_drop_the_ellipsis_only_after_a_word_that_ends_the_command() -> None:
    assert short_words("Import Files…") == "Import Files"
    assert short_words("Link Claim to…") == "Link Claim to…"
    assert short_words("Quit") == "Quit"


def test_the_undo_buttons_words_quote_the_label_as_the_menu_does(
        qtbot, library, open_window) -> None:
    """Qt's icon text drops every "…": the toolbar's Undo named a claim "…suspended”" cut
    without its mark, a misquote read out by a screen reader."""
    window = open_window(library)
    window.workspace.window_actions.show_undo_labels("Mark Claim “Queen Elizabeth II suspended…”",
                                                     None)
    undo = window.actions["undo"]
    assert undo.iconText() == "Undo Mark Claim “Queen Elizabeth II suspended…”"
    assert "suspended…”" in undo.text()
    window.workspace.window_actions.show_undo_labels(None, None)
    assert undo.iconText() == "Undo"
