"""Entity curation from the window: rename, retype, aliases, merge, hide, move a mention.

As in ``AnalystController``, a None argument means "ask the analyst"; every
decision is one undoable Store action on the writer thread, and the reader's
highlights follow as soon as ``changes_applied`` arrives.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from workbench.core.vocabulary import ENTITY_LABELS, entity_label_name
from workbench.store import Store
from workbench.ui.dialogs.entities import EntityPickerDialog, MergeTargetDialog
from workbench.ui.dialogs.input_dialogs import ask_item, ask_text
from workbench.ui.dialogs.standard import ask_yes_no, modal_answer, show_error
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.widgets.plain_text import plain_tooltip


class EntityController(QObject):
    """Curation actions shared by the reader menu, the Entities view and the duplicates panel."""

    message_posted = Signal(str)

    def __init__(self, store: Store, actions: StoreActions, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.store = store
        self.actions = actions
        self.parent_widget = dialog_parent

    def rename(self, entity_id: int, name: str | None = None) -> None:
        """Give an entity a new canonical name (the old one stays as an alias)."""
        entity = self.store.entities.get_entity(entity_id)
        if name is None:
            name = ask_text(self.parent_widget, "Rename Entity",
                            plain_tooltip(f"New name for {entity['name']}:"),
                            action="Rename", text=entity["name"], label_of="an entity's name")
            if name is None or not name.strip() or name == entity["name"]:
                return
        refusal = self.store.entities.rename_refusal(entity_id, name)
        if refusal is not None:  # said before the writer runs, in a dialog, not only the bar
            show_error(self.parent_widget, "Rename Not Possible", refusal)
            return
        new_name = name
        self.actions.run("Rename entity", lambda s: s.entities.rename_entity(entity_id, new_name))

    def relabel(self, entity_id: int, label: str | None = None) -> None:
        """Change an entity's type."""
        entity = self.store.entities.get_entity(entity_id)
        if label is None:
            known = entity["label"] in ENTITY_LABELS
            current = ENTITY_LABELS.index(entity["label"]) if known else 0
            names = [entity_label_name(code) for code in ENTITY_LABELS]
            name = ask_item(self.parent_widget, "Change Type",
                            plain_tooltip(f"Type of {entity['name']}:"), names,
                            action="Change", current=current)
            label = ENTITY_LABELS[names.index(name)] if name in names else None
            if label is None or label == entity["label"]:
                return
        chosen = label
        self.actions.run("Change type", lambda s: s.entities.relabel_entity(entity_id, chosen))

    def add_alias(self, entity_id: int, alias: str | None = None) -> None:
        """Declare another name for an entity."""
        if alias is None:
            entity = self.store.entities.get_entity(entity_id)
            alias = ask_text(self.parent_widget, "Add Alias",
                             plain_tooltip(f"Another name for {entity['name']}:"),
                             action="Add", label_of="an alias")
            if alias is None or not alias.strip():
                return
        refusal = self.store.entities.alias_refusal(entity_id, alias)
        if refusal is not None:  # said before the writer runs, in a dialog, as rename does
            show_error(self.parent_widget, "Alias Not Possible", refusal)
            return
        chosen = alias
        self.actions.run("Add alias", lambda s: s.entities.add_entity_alias(entity_id, chosen))

    def remove_alias(self, entity_id: int, alias: str | None = None) -> None:
        """Forget one of an entity's aliases."""
        if alias is None:
            aliases = self.store.entities.entity_aliases([entity_id]).get(entity_id, [])
            if not aliases:
                self.message_posted.emit("This entity has no aliases")
                return
            alias = ask_item(self.parent_widget, "Remove Alias", "Alias:", aliases,
                             action="Remove")
            if alias is None:
                return
        chosen = alias
        self.actions.run(
            "Remove alias", lambda s: s.entities.remove_entity_alias(entity_id, chosen)
        )

    def hide(self, entity_id: int, confirm: bool = True) -> None:
        """Hide an entity everywhere as a false positive (undoable)."""
        entity = self.store.entities.get_entity(entity_id)
        if confirm and not ask_yes_no(self.parent_widget, "Hide Entity",
                                    f"Hide “{entity['name']}” everywhere as a false positive? "
                                    "Its highlights disappear; Edit → Undo brings them back.",
                                    action="Hide"):
            return
        self.actions.run("Hide entity", lambda s: s.entities.set_entity_hidden(entity_id, True))

    def merge(self, entity_ids: list[int], target_id: int | None = None) -> None:
        """Fold several entities into one (asks which one survives when None)."""
        if len(set(entity_ids)) < 2:
            self.message_posted.emit("Select two or more entities to merge")
            return
        if target_id is None:
            target_id = self._ask_target(entity_ids)
            if target_id is None:
                return
        target, sources = target_id, [i for i in entity_ids if i != target_id]
        self.actions.run("Merge entities", lambda s: s.entities.merge_entities(target, sources))

    def dismiss_duplicate(self, first_id: int, second_id: int) -> None:
        """Never suggest this pair again."""
        self.actions.run(
            "Dismiss duplicate", lambda s: s.entities.dismiss_duplicate(first_id, second_id)
        )

    def move_mention(self, mention: dict[str, Any], entity_id: int | None = None) -> None:
        """Reader "This is…": attach one mention to another entity."""
        if entity_id is None:
            dialog = EntityPickerDialog(self.store, mention["text"], self.parent_widget)
            entity_id = modal_answer(dialog, lambda: dialog.entity_id)
            if entity_id is None:
                return
        mention_id, target = int(mention["id"]), entity_id
        self.actions.run("Move mention", lambda s: s.entities.move_mention(mention_id, target))

    def hide_mention(self, mention: dict[str, Any]) -> None:
        """Reader "Not an entity": drop this one mention (kept dropped after re-analysis)."""
        mention_id = int(mention["id"])
        self.actions.run("Hide mention", lambda s: s.entities.hide_mention(mention_id))

    def _ask_target(self, entity_ids: list[int]) -> int | None:
        rows = self.store.entities.entity_rows(entity_ids)
        dialog = MergeTargetDialog(rows, self.parent_widget)
        target = modal_answer(dialog, lambda: dialog.target_id)
        return target if target in entity_ids else None

