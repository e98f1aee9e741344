"""Curation dialogs: pick an entity, create one from a selection, choose a merge target."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.text import plural
from workbench.core.vocabulary import ENTITY_LABELS, entity_label_name
from workbench.store import Store
from workbench.ui.dialogs.input_dialogs import label_refusal

#: Names a completion offers at most: the best matches of what was typed so far. Why a cap:
#: each keystroke queries the store on the UI thread, and a longer list is scrolled, not read;
#: the analyst types another letter instead.
ENTITY_CHOICES = 30


class EntityCompleter(QCompleter):
    """Completes visible entity names as "Name (TYPE)" from the store, as the analyst types."""

    def __init__(self, store: Store, edit: QLineEdit) -> None:
        self._names = QStringListModel()
        super().__init__(self._names, edit)
        self.store = store
        self.ids: dict[str, int] = {}
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(self)
        edit.textEdited.connect(self._suggest)

    def _suggest(self, text: str) -> None:
        found = (self.store.entities.find_entities(text, limit=ENTITY_CHOICES)
                 if text.strip() else [])
        self.ids = {f"{row['name']} ({entity_label_name(row['label'])})": int(row["id"])
                    for row in found}
        self._names.setStringList(list(self.ids))

    def entity_id(self, text: str) -> int | None:
        """The id of a completed "Name (TYPE)" text, or of an exact visible name."""
        if text in self.ids:
            return self.ids[text]
        return self.store.entities.find_entity_id(text) if text.strip() else None


class EntityPickerDialog(QDialog):
    """"This Is…" (the menu command): choose the entity a mention really refers to.

    The window title drops the menu's "…": a title names the dialog that is open,
    while the ellipsis on a command only says a dialog will ask for more.
    """

    def __init__(self, store: Store, mention_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Choose the Entity")
        self.edit = QLineEdit(placeholderText="Type a name…", clearButtonEnabled=True)
        self.completer = EntityCompleter(store, self.edit)
        self.status = QLabel(objectName="MutedLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        prompt = QLabel(f"“{mention_text}” refers to:")
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self._check)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Link")  # the mention is linked to the chosen entity
        self._check(self.edit.text())
        self.resize(420, 0)

    @property
    def entity_id(self) -> int | None:
        """The chosen entity, or None when the text names none."""
        return self.completer.entity_id(self.edit.text())

    def _check(self, _text: str) -> None:
        found = self.entity_id is not None
        self._ok.setEnabled(found)
        self.status.setText("" if found or not _text else "No entity with that name")


class CreateEntityDialog(QDialog):
    """Create an entity from a selection: its name (the selection by default) and type."""

    def __init__(self, selection: str, label_names: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Create Entity from Selection")
        self.name_edit = QLineEdit(" ".join(selection.split()))
        self.type_combo = QComboBox()
        for label in ENTITY_LABELS:
            self.type_combo.addItem(label_names.get(label, label), label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Name:", self.name_edit)
        form.addRow("Type:", self.type_combo)
        self.refusal = QLabel()  # why Create is off: a name longer than a label
        self.refusal.setWordWrap(True)
        form.addRow(self.refusal)
        form.addRow(buttons)
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText("Create")
        self.name_edit.textChanged.connect(self._check_name)
        self._check_name()  # a long selection is refused from the start
        self.resize(380, 0)

    def _check_name(self) -> None:
        """Create only a name the store takes: not blank, at most ``LABEL_MAX_CHARS``."""
        refusal = label_refusal(self.name, "an entity's name")
        self.create_button.setEnabled(bool(self.name) and refusal is None)
        self.refusal.setText(refusal or "")
        self.refusal.setVisible(refusal is not None)

    @property
    def name(self) -> str:
        """The entity's name."""
        return " ".join(self.name_edit.text().split())

    @property
    def label(self) -> str:
        """The entity's type (PERSON, ORG, …)."""
        return str(self.type_combo.currentData())


def most_mentioned(entities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The entity a merge keeps unless the analyst picks another: the most mentioned.

    Why not the first selected: a Ctrl+click on the misspelling first ("Faithess
    Hijabi", 1 mention) offered to keep it and fold "Faithless Hijabi" (25) into it.
    """
    return max(entities, key=lambda entity: int(entity.get("mentions") or 0), default=None)


class MergeTargetDialog(QDialog):
    """Merge: which of the selected entities survives (the others fold into it)."""

    def __init__(self, entities: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Merge Entities")
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Keep this entity; the others become its aliases and their "
                                "mentions, quotes and claims move to it:"))
        kept = most_mentioned(entities)
        for entity in entities:
            label = entity_label_name(entity["label"])
            mentions = plural(int(entity.get("mentions") or 0), "mention")
            text = f"{entity['name']} ({label}) — {mentions}"
            button = QRadioButton(text)
            self.group.addButton(button, int(entity["id"]))
            button.setChecked(entity is kept)
            layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Merge")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def target_id(self) -> int:
        """The entity that stays."""
        return self.group.checkedId()
