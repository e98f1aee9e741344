"""What the commands on one mark (a highlight or a claim) are called, wherever they appear.

Why one place: the reader's context menu said "Edit Highlight Note…" and
"Highlight Colour", the same buttons on the note card said "Edit note" and
"Change colour", and the editor they opened was titled "Note"; a new analyst
could not tell they were the same commands.
"""

from __future__ import annotations


def note_command(noun: str, has_note: bool) -> str:
    """"Edit Highlight Note" or "Add Note to Claim" (menus add the "…")."""
    return f"Edit {noun} Note" if has_note else f"Add Note to {noun}"


def colour_command(noun: str) -> str:
    """The colour submenu and the card's palette button."""
    return f"{noun} Colour"


def tag_command(noun: str) -> str:
    """Tag the mark's passage (menus add the "…")."""
    return f"Tag {noun}"


def delete_command(noun: str) -> str:
    """Delete the mark (undoable)."""
    return f"Delete {noun}"
