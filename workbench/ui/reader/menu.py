"""The reader's right-click menu: what the analyst can do with a selection or a mark.

Built fresh for each click from what lies under the pointer: a selection
(highlight, note, claim, tag, create entity), an annotation (edit note,
colour, tag, delete), an entity mention ("This is…", "Not an entity", entity
page) and a quote (make it a claim). Window actions are reused so the menu
shows the same shortcuts as the Document menu.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from workbench.core.records import Claim
from workbench.core.vocabulary import CLAIM_STATUSES
from workbench.ui.entities.controller import EntityController
from workbench.ui.reader.analyst_controller import AnalystController
from workbench.ui.reader.mark_wording import (
    colour_command,
    delete_command,
    note_command,
    tag_command,
)
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.reader.quote_claims import claim_of_quote
from workbench.ui.theme.icons import ICONS
from workbench.ui.widgets.swatches import color_menu
from workbench.ui.widgets.wording import menu_literal

SELECTION_ACTIONS = ("add_note", "mark_claim", "tag_selection", "create_entity")
#: One name wherever the menu offers it: over a claim's mark or over a quote a claim stands for.
SHOW_CLAIM = "Show Claim in Inspector"


class ReaderMenu:
    """Builds the context menu for one position in the reader."""

    def __init__(self, reader: ReaderPane, analyst: AnalystController,
                 entities: EntityController, window_actions: dict[str, QAction],
                 open_entity: Callable[[int], None], show_claim: Callable[[int], None]) -> None:
        self.reader = reader
        self.analyst = analyst
        self.entities = entities
        self.window_actions = window_actions
        self.open_entity = open_entity
        self.show_claim = show_claim

    def _item(self, menu: QMenu, text: str, icon: str,
              slot: Callable[[], object] | None = None) -> QAction:
        """An item of ``menu`` with the ``ICONS`` glyph of ``icon``, running ``slot`` when chosen.

        Keys of the one icon table, the window's command's where there is one (a note, a
        tag, a claim): over a claim the menu was bare words while over a selection every
        item had its icon, so one menu looked like two programs'.
        """
        action = menu.addAction(self.reader.theme.icon(ICONS[icon]), text)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def build(self, position: int) -> QMenu:
        """The menu for Qt ``position`` (and the current selection)."""
        view = self.reader.view
        menu = QMenu(view)
        if view.selected_span() is not None:
            self._selection_items(menu)
        annotations = view.annotations_at(position)
        shown_claim = None
        if annotations:
            shown_claim = self._annotation_items(menu, annotations[0])
        mention = view.mention_at(position)
        if mention is not None:
            self._mention_items(menu, mention)
        quote = view.quote_at(position)
        if quote is not None and quote.get("id") is not None:
            self._quote_items(menu, quote, shown_claim)
        menu.addSeparator()
        # With their keys shown, as every other item here and a text box's own menu show them.
        copy = self._item(menu, "Copy", "copy")
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(view.textCursor().hasSelection())
        copy.triggered.connect(view.copy)
        select_all = self._item(menu, "Select All", "select_all")
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        select_all.triggered.connect(view.selectAll)
        return menu

    def _quote_items(self, menu: QMenu, quote: dict[str, Any], shown_claim: int | None) -> None:
        """Make a quote a claim, or, once a claim stands for it, show that claim instead.

        Why ``shown_claim``: the claim's own mark usually lies under the pointer
        too and has already offered "Show Claim in Inspector"; the menu offered
        the same action twice, under two names.
        """
        claim_id = claim_of_quote(self.reader.view.content, quote)
        if claim_id is not None and claim_id == shown_claim:
            return
        menu.addSeparator()
        if claim_id is not None:
            self._item(menu, SHOW_CLAIM, "mark_claim", lambda: self.show_claim(claim_id))
            return
        self._item(menu, "Make Claim from Quote", "mark_claim",
                   lambda: self.analyst.make_claim_from_quote(int(quote["id"])))

    def show(self, global_position: QPoint, position: int) -> None:
        """Build and run the menu at the pointer."""
        menu = self.build(position)
        menu.exec(global_position)
        menu.deleteLater()

    def _selection_items(self, menu: QMenu) -> None:
        theme = self.reader.theme
        highlight = color_menu(menu, "Highlight", theme.palette, theme.theme,
                               self.analyst.highlight_selection)
        highlight.setIcon(theme.icon(ICONS["highlight"]))
        for key in SELECTION_ACTIONS:
            menu.addAction(self.window_actions[key])

    def _annotation_items(self, menu: QMenu, annotation_id: int) -> int | None:
        """The highlight, note or claim's own items; the claim's id when it is one."""
        content = self.reader.view.content
        annotation = next((a for a in content.annotations if a.id == annotation_id), None) \
            if content else None
        if annotation is None:
            return None
        menu.addSeparator()
        claim = content.claims.get(annotation_id) if content else None
        noun = "Claim" if claim is not None else "Highlight"
        if claim is not None:
            self._claim_items(menu, claim)
        else:
            colours = color_menu(menu, colour_command(noun), self.reader.theme.palette,
                                 self.reader.theme.theme,
                                 lambda name: self.analyst.recolor(annotation_id, name))
            colours.setIcon(self.reader.theme.icon(ICONS["colour"]))
        has_note = bool(annotation.note_md.strip())
        self._item(menu, f"{note_command(noun, has_note)}…", "add_note",
                   lambda: self.analyst.edit_note(annotation_id))
        self._item(menu, f"{tag_command(noun)}…", "tag_selection",
                   lambda: self.analyst.tag_selection(annotation_id=annotation_id))
        self._item(menu, delete_command(noun), "delete",
                   lambda: self.analyst.delete_annotation(annotation_id))
        return claim.id if claim is not None else None

    def _claim_items(self, menu: QMenu, claim: Claim) -> None:
        claim_id = claim.id
        self._item(menu, SHOW_CLAIM, "mark_claim", lambda: self.show_claim(claim_id))
        status_menu = menu.addMenu(self.reader.theme.icon(ICONS["claim_status"]), "Claim Status")
        for status in CLAIM_STATUSES:
            action = status_menu.addAction(status.capitalize())
            action.setCheckable(True)
            action.setChecked(status == claim.status)
            action.triggered.connect(lambda _c=False, s=status: self.analyst.actions.run(
                "Change status", lambda store: store.claims.set_claim_status(claim_id, s)))

    def _mention_items(self, menu: QMenu, mention: dict[str, Any]) -> None:
        menu.addSeparator()
        entity_id = int(mention["entity_id"])
        self._item(menu, f"Open Entity Page: {menu_literal(mention['entity'])}", "entity_page",
                   lambda: self.open_entity(entity_id))
        self._item(menu, "This Is…", "this_is", lambda: self.entities.move_mention(mention))
        self._item(menu, "Not an Entity", "not_entity",
                   lambda: self.entities.hide_mention(mention))
