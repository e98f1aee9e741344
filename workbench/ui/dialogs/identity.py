"""Tools → Your Name…: the name the analyst's work is signed with (asked once, on first start).

Why ask at all: colleagues merge their libraries (``workbench merge``), and
every highlight, note, claim and rating then says who made it. The name is
kept with a stable id in the user's settings folder (``operations.identity``);
renaming keeps the id, so earlier work follows the new name. Skipping is
fine: work is signed "unknown author" until a name is set here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workbench.core.authorship import NAME_MAX_CHARS, InvalidAuthor, clean_name
from workbench.ui.dialogs.one_line import OneLineDialog

FIRST_START_HINT = (
    "Your highlights, notes, claims, tags and ratings are signed with this name, so that "
    "colleagues who merge your work with theirs can tell who did what. You can change it "
    "later in Tools → Your Name…; skip to leave your work signed \u201cunknown author\u201d."
)
SETTINGS_HINT = (
    "Your work is signed with this name. Changing it keeps your id: everything you did "
    "before follows the new name, in this library and in any you merge with."
)


def name_problem(text: str) -> str | None:
    """Why ``text`` cannot be the analyst's name, or None."""
    try:
        clean_name(text)
    except InvalidAuthor as error:
        return str(error).capitalize()
    return None


class IdentityDialog(OneLineDialog):
    """One line: the analyst's name, checked as typed (OK only when it can be recorded).

    Why OK and not Save: this is a setting, like the extraction cluster's
    address; settings dialogs say OK, dialogs that act on the library say
    what they do ("Create", "Merge", "Link").
    """

    def __init__(self, name: str = "", *, first_start: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__("Your name:", name, FIRST_START_HINT if first_start else SETTINGS_HINT,
                         name_problem, parent, reject="Skip" if first_start else "Cancel",
                         quiet_when_empty=True)
        self.setObjectName("IdentityDialog")
        self.setWindowTitle("Welcome — Your Name" if first_start else "Your Name")
        self.edit.setPlaceholderText("e.g. Ana Ruiz")
        self.edit.setMaxLength(NAME_MAX_CHARS + 40)  # room to see "too long", not to paste a book
        self.setMinimumWidth(440)

    def name(self) -> str:
        """The name as it will be recorded (one line, spaces tidied)."""
        return clean_name(self.edit.text())
