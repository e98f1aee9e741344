"""Analyst actions on the document being read: highlight, note, claim, tag, create entity.

Every method either takes its input as arguments (tests, scripted use) or
asks for it with a dialog when the argument is None; the write itself is one
Store call on the writer thread through ``StoreActions``, undoable from Edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from workbench.core.models import Changes
from workbench.core.text import plural
from workbench.core.vocabulary import DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLORS
from workbench.store import Store
from workbench.ui.dialogs.entities import CreateEntityDialog
from workbench.ui.dialogs.note_editor import NoteEditorDialog
from workbench.ui.dialogs.standard import ask_yes_no, modal_answer
from workbench.ui.dialogs.tags import DocumentTagsDialog, ask_tag_path
from workbench.ui.reader.mark_wording import note_command
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.tasks.store_actions import StoreActions

NO_SELECTION = "Select some text in the reader first"
NO_DOCUMENT = "Open a document from the library first"
ALREADY_HIGHLIGHTED = "The passage is highlighted in that colour already; nothing changed."
NOTE_UNCHANGED = "The note says this already; nothing changed."
ADD_NOTE_TITLE = "Add Note"  # the note editor's title: the Document menu's "Add Note…"


class AnalystController(QObject):
    """Turns reader selections and panel buttons into Store actions."""

    annotation_created = Signal(int)
    message_posted = Signal(str)

    def __init__(self, store: Store, actions: StoreActions, reader: ReaderPane,
                 dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.store = store
        self.actions = actions
        self.reader = reader
        self.parent_widget = dialog_parent
        self.last_color = DEFAULT_HIGHLIGHT_COLOR
        self.tags_dialog: DocumentTagsDialog | None = None
        actions.changes_applied.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        """Keep an open Document → Document Tags dialog showing the document's tags."""
        if changes.tags:
            self.refresh_tags_dialog()

    # -- the selection -----------------------------------------------------------

    def selection(self) -> tuple[int, int, int] | None:
        """(document id, start, end) of the reader's selection in body text, or None."""
        span = self.reader.view.selected_span()
        if self.reader.doc_id is None or span is None:
            self.message_posted.emit(NO_SELECTION)
            return None
        return self.reader.doc_id, span[0], span[1]

    def selected_text(self) -> str:
        """The selected body text (for dialog captions)."""
        found = self.reader.view.selected_span()
        content = self.reader.view.content
        if found is None or content is None:
            return ""
        return str(content.document["text"][found[0]:found[1]])

    def _created(self, result: Any) -> None:
        if isinstance(result, tuple) and isinstance(result[0], int):
            self.annotation_created.emit(result[0])

    def _highlighted(self, result: Any) -> None:
        """The highlight made, or word that the span carries it already: the store gives
        back that highlight and writes nothing, so without a word the click did nothing."""
        self._created(result)
        if (isinstance(result, tuple) and isinstance(result[1], Changes)
                and not (result[1].annotations or result[1].tags)):
            self.message_posted.emit(ALREADY_HIGHLIGHTED)

    # -- highlights and notes ----------------------------------------------------

    def highlight_selection(self, color: str | None = None) -> None:
        """Highlight the selection in ``color`` (the last colour used by default)."""
        found = self.selection()
        if found is None:
            return
        self.last_color = color or self.last_color
        doc_id, start, end = found
        chosen = self.last_color
        self.actions.run("Highlight", lambda s: s.annotations.add_annotation(doc_id, start, end,
                                                                 color=chosen), self._highlighted)

    def add_note_to_selection(self, markdown: str | None = None) -> None:
        """Add a Markdown note on the selection (asks for it with the editor when None)."""
        found = self.selection()
        if found is None:
            return
        if markdown is None:
            markdown = self._ask_note(self.selected_text(), "", ADD_NOTE_TITLE)
            if markdown is None:
                return
        doc_id, start, end = found
        color = self.last_color
        self.actions.run("Add note", lambda s: s.annotations.add_annotation(
            doc_id, start, end, note_md=markdown, color=color), self._created)

    def edit_note(self, annotation_id: int, markdown: str | None = None) -> None:
        """Replace an annotation's note."""
        annotation = self.store.annotations.get_annotation(annotation_id)
        if markdown is None:
            noun = "Claim" if annotation.kind == "claim" else "Highlight"
            title = note_command(noun, bool(annotation.note_md.strip()))
            markdown = self._ask_note(annotation.exact, annotation.note_md or "", title)
            if markdown is None:
                return
        if markdown == (annotation.note_md or ""):  # the store records no step: say so
            self.message_posted.emit(NOTE_UNCHANGED)
            return
        self.actions.run("Edit note", lambda s: s.annotations.edit_note(annotation_id, markdown))

    def recolor(self, annotation_id: int, color: str) -> None:
        """Give a highlight another colour (a name from HIGHLIGHT_COLORS or #rrggbb)."""
        self.last_color = color if color in HIGHLIGHT_COLORS else self.last_color
        self.actions.run("Change highlight colour",
                         lambda s: s.annotations.recolor_annotation(annotation_id, color))

    def delete_annotation(self, annotation_id: int) -> None:
        """Delete a highlight, note or claim (undoable); asks first when an ACH matrix uses it."""
        if not self._evidence_deletion_allowed(annotation_id):
            return
        self.actions.run(
            "Delete annotation", lambda s: s.annotations.delete_annotation(annotation_id)
        )

    def _evidence_deletion_allowed(self, annotation_id: int) -> bool:
        """True unless the annotation is evidence in an ACH analysis and the analyst says no.

        Why ask: its rows and ratings go with it (one Undo brings all back), and a
        matrix quietly losing evidence changes which hypothesis comes out ahead.
        """
        using = self.store.ach.analyses_using(annotation_id)
        if not using:
            return True
        names = "\n".join(f"• {summary.question}" for summary in using)
        analyses = plural(len(using), "analysis", "analyses")
        question = (f"This is evidence in {analyses} of competing hypotheses:\n"
                    f"{names}\n\nDelete it and its rows and ratings there? (Undo brings them "
                    "back.)")
        return ask_yes_no(self.parent_widget, "Delete Evidence", question, action="Delete")

    def _ask_note(self, excerpt: str, markdown: str, title: str) -> str | None:
        dialog = NoteEditorDialog(excerpt, markdown, self.parent_widget, title=title)
        return modal_answer(dialog, lambda: dialog.markdown)

    # -- claims ------------------------------------------------------------------

    def mark_claim_from_selection(self) -> None:
        """Mark the selection as a claim (status unverified; inside a quote, its speaker's)."""
        found = self.selection()
        if found is None:
            return
        doc_id, start, end = found
        allow = self._overlap_allowed(doc_id, start, end)
        if allow is None:
            return
        self.actions.run("Mark claim", lambda s: s.claims.add_claim(
            doc_id, start, end, allow_overlap=allow), self._created)

    def make_claim_from_quote(self, quote_id: int) -> None:
        """One click in the Quotes tab: the quote becomes a claim by its speaker.

        The tab offers this only for quotes no claim covers; a claim that
        overlaps part of the quote still makes the analyst confirm.
        """
        allow = False
        quote = self._shown_quote(quote_id)
        if quote is not None and self.reader.doc_id is not None:
            allow = self._overlap_allowed(self.reader.doc_id, quote["start"], quote["end"])
            if allow is None:
                return
        self.actions.run("Mark claim", lambda s: s.claims.claim_from_quote(
            quote_id, allow_overlap=allow), self._created)

    def _shown_quote(self, quote_id: int) -> dict[str, Any] | None:
        """The reader's row of a detected quote (with its span), if that document is shown."""
        content = self.reader.view.content
        quotes = content.quotes if content is not None else []
        return next((quote for quote in quotes if quote.get("id") == quote_id), None)

    def _overlap_allowed(self, doc_id: int, start: int, end: int) -> bool | None:
        """False when the span is free; True when it overlaps claims and the analyst says
        mark it anyway; None when they say no. Asked before the write, not after a refusal,
        so the question comes while the selection is still on screen."""
        overlapping = self.store.claims.overlapping_claims(doc_id, start, end)
        if not overlapping:
            return False
        named = ", ".join(str(claim_id) for claim_id in overlapping)
        question = (f"This passage overlaps {plural(len(overlapping), 'claim')} ({named}).\n\n"
                    "Mark it as another claim anyway?")
        if ask_yes_no(self.parent_widget, "Overlapping Claim", question, action="Mark as Claim"):
            return True
        self.message_posted.emit("Claim not marked: the passage is already claimed.")
        return None

    # -- tags --------------------------------------------------------------------

    def tag_selection(self, path: str | None = None, annotation_id: int | None = None) -> None:
        """Tag an annotation, or highlight the selection with a tag.

        A selection covering exactly a passage already marked tags that mark:
        a second highlight over the same words listed the passage twice.
        """
        found = None if annotation_id is not None else self.selection()
        if annotation_id is None and found is None:
            return
        if found is not None:
            annotation_id = self._marked_exactly(found)
            found = None if annotation_id is not None else found
        path = path or ask_tag_path(self.parent_widget, "Tag Selection",
                                    "Tag this passage with:", self.tag_paths(), action="Tag")
        if path is None:
            return
        if annotation_id is not None:
            target = annotation_id
            self.actions.run("Tag span", lambda s: s.tags.tag_annotation(target, path))
            return
        assert found is not None
        doc_id, start, end = found
        color = self.last_color
        self.actions.run("Tag span", lambda s: s.annotations.add_annotation(
            doc_id, start, end, color=color, tags=(path,)), self._created)

    def _marked_exactly(self, found: tuple[int, int, int]) -> int | None:
        """The highlight, note or claim whose span is exactly the selection, if any."""
        marked = self.reader.view.selected_annotation()
        if marked is None:
            return None
        annotation = self.store.annotations.get_annotation(marked)
        return marked if (annotation.start, annotation.end) == found[1:] else None

    def tag_document(self) -> None:
        """Document → Document Tags…: the document's tags listed; adds and removes apply now."""
        doc_id = self.reader.doc_id
        if doc_id is None:
            self.message_posted.emit(NO_DOCUMENT)
            return
        title = str(self.reader.view.content.document["title"]) if self.reader.view.content else ""
        self.tags_dialog = DocumentTagsDialog(
            title, self.store.tags.document_tags(doc_id), self.tag_paths(),
            on_add=lambda path: self.add_document_tag(doc_id, path),
            on_remove=lambda path: self.remove_document_tag(doc_id, path),
            parent=self.parent_widget)
        self.tags_dialog.finished.connect(self._forget_tags_dialog)
        self.tags_dialog.show()

    def add_document_tag(self, doc_id: int, path: str) -> None:
        """Tag a document."""
        self.actions.run("Tag document", lambda s: s.tags.tag_document(doc_id, path))

    def remove_document_tag(self, doc_id: int, path: str) -> None:
        """Remove a tag from a document."""
        self.actions.run("Remove tag", lambda s: s.tags.untag_document(doc_id, path))

    def refresh_tags_dialog(self) -> None:
        """Show the current tags in an open Document → Document Tags dialog (after changes)."""
        if self.tags_dialog is not None and self.reader.doc_id is not None:
            self.tags_dialog.set_tags(self.store.tags.document_tags(self.reader.doc_id))

    def _forget_tags_dialog(self) -> None:
        if self.tags_dialog is not None:
            self.tags_dialog.deleteLater()
        self.tags_dialog = None

    def tag_paths(self) -> list[str]:
        """Every existing tag path (for completion)."""
        return [tag.path for tag in self.store.tags.list_tags()]

    # -- entities ----------------------------------------------------------------

    def create_entity_from_selection(self, name: str | None = None,
                                     label: str | None = None) -> None:
        """Make the selection a mention of a (new or existing) entity."""
        found = self.selection()
        if found is None:
            return
        if name is None or label is None:
            asked = self._ask_entity(self.selected_text())
            if asked is None:
                return
            name, label = asked
        doc_id, start, end = found
        chosen_name, chosen_label = name, label
        self.actions.run("Create entity", lambda s: s.entities.create_entity_mention(
            doc_id, start, end, chosen_name, chosen_label))

    def _ask_entity(self, selection: str) -> tuple[str, str] | None:
        palette = self.reader.theme.palette
        names = {label: palette.label_name(label) for label in palette.entity_labels()}
        dialog = CreateEntityDialog(selection, names, self.parent_widget)
        asked = modal_answer(dialog, lambda: (dialog.name, dialog.label))
        return asked if asked is not None and asked[0] else None

