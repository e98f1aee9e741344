"""An alias that differs from the name (or another alias) only in case is not listed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.core.text import distinct_aliases
from workbench.ui.entities.table_model import COLUMN_KEYS, EntityTableModel


def test_case_variants_are_folded_and_the_first_spelling_kept() -> None:
    assert distinct_aliases("now", ["NOW", "Now", "right now", "Right Now"]) == ["right now"]
    assert distinct_aliases("Kim Jong Un", ["Kim", "KIM", "Kim Jong-un"]) == ["Kim", "Kim Jong-un"]
    assert distinct_aliases("Ankara", []) == []


def _now_with_case_aliases(library, make_document) -> int:
    make_document(library, "Wire", "Now the talks resume, and now they end.",
                  mentions=(("now", "DATE", "now"),))
    [entity] = library.entities.entity_ids()
    for alias in ("Now", "NOW", "right now"):
        library.entities.add_entity_alias(entity, alias)
    return entity


def test_the_entity_page_lists_no_case_variant_of_its_name(library, make_document,
                                                           shown_entity_page) -> None:
    """The page of "now" read "Also: Now": the capital of a sentence's first word."""
    entity = _now_with_case_aliases(library, make_document)
    page = shown_entity_page(library, 500)
    page.show_entity(entity)
    assert page.aliases_label.text() == "Also: right now"
    assert page.buttons["remove_alias"].isEnabled()  # the stored variants can still go


def test_the_entities_table_lists_no_case_variant_of_the_name(qtbot, library,
                                                              make_document) -> None:
    _now_with_case_aliases(library, make_document)
    model = EntityTableModel(library)
    model.set_filter(None, "")
    cell = model.index(0, COLUMN_KEYS.index("aliases"))
    assert cell.data() == "right now"
    name_tip = model.index(0, COLUMN_KEYS.index("name")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Now" not in name_tip and "right now" in name_tip
