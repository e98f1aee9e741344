"""How exported notes refer to each other: a document's note, a claim's anchor in it.

Why apart from the note: the index, the claims page, the timeline and the ACH export
link into the notes as the notes link to each other, and none of them renders a note.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from workbench.export.escaping import escape_text, link_path, wikilink_alias


def claim_anchor(claim_id: int) -> str:
    """The stable anchor (HTML id and Obsidian block id) of a claim in its note."""
    return f"claim-{claim_id}"


@dataclass(frozen=True)
class NoteLinks:
    """How notes refer to each other: the file stem of every exported document, and the style."""

    names: Mapping[int, str]
    wikilinks: bool = False
    #: The exporting library's id, written into each note's front matter (None: not written).
    library_id: str | None = None

    def to_note(self, doc_id: int, text: str) -> str | None:
        """A link to a document's note (None when it is not exported)."""
        name = self.names.get(doc_id)
        if name is None:
            return None
        if self.wikilinks:
            return f"[[{name}|{wikilink_alias(text)}]]"
        return f"[{escape_text(text)}]({link_path(name + '.md')})"

    def to_claim(self, doc_id: int, claim_id: int, text: str) -> str | None:
        """A link to a claim's anchor in its document's note (None when it is not exported)."""
        name = self.names.get(doc_id)
        if name is None:
            return None
        anchor = claim_anchor(claim_id)
        if self.wikilinks:
            return f"[[{name}#^{anchor}|{wikilink_alias(text)}]]"
        return f"[{escape_text(text)}]({link_path(name + '.md', anchor)})"
