"""Reader fixtures: a reader pane showing one new document, as a list opens it."""

from __future__ import annotations

import pytest

from workbench.ui.reader.pane import ReaderPane
from workbench.ui.theme.manager import ThemeManager


@pytest.fixture
def shown_reader(qtbot, store, make_document):
    """``shown_reader(title, text)``: a 700 x 500 reader pane, exposed, showing a new document
    of that title and text; the tests of a line's overflow and a passage's landing share it."""

    def opener(title: str, text: str) -> ReaderPane:
        doc_id = make_document(store, title, text)
        pane = ReaderPane(store, ThemeManager())
        qtbot.addWidget(pane)
        pane.resize(700, 500)
        pane.show()
        qtbot.waitExposed(pane)
        pane.show_document(doc_id)
        return pane

    return opener
