"""Entity-page fixtures: the page shown in a window of its own, as the Entities view holds it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget

from tests.ui.probes import entity_curation
from workbench.store import Store
from workbench.ui.entities.page import EntityPage
from workbench.ui.theme.manager import ThemeManager


@pytest.fixture
def shown_entity_page(qtbot) -> Callable[[Store, int], EntityPage]:
    """``shown_entity_page(store, width)``: an entity page ``width`` px wide, shown and exposed."""

    def show(store: Store, width: int) -> EntityPage:
        holder = QWidget()
        qtbot.addWidget(holder)
        page = EntityPage(store, entity_curation(store, holder), ThemeManager(), holder)
        page.resize(width, 400)
        holder.show()
        qtbot.waitExposed(holder)
        return page

    return show
