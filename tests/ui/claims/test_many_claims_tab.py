"""Opening claim after claim in a document of hundreds of claims measures the rows shown,
not every row each time.

Attack run 17: with 5,000 claims in one document, each claim opened in the Claims tab
(from the reader, the list or the Claims dock) took four seconds: the tab fitted the
list's height by laying out and measuring every row again, and summed them all though
only a tabful shows. What is counted is how many rows the list's delegate measures.
"""

from __future__ import annotations

import pytest

from tests.ui.probes import process_events
from workbench.core.models import Article
from workbench.ui.widgets.word_lines import WordLinesDelegate

CLAIMS = 300
SENTENCE = "Officials said claim {} holds. "


@pytest.fixture
def tab(library, open_window):  # noqa: ANN201 - the window and the claims' ids
    text = "".join(SENTENCE.format(index) for index in range(CLAIMS))
    doc = library.documents.add_article(Article(title="Claims", text=text),
                                        analyze=False).documents_added[0]
    ids, at = [], 0
    for index in range(CLAIMS):
        sentence = SENTENCE.format(index)
        ids.append(library.claims.add_claim(doc, at, at + len(sentence) - 1)[0])
        at += len(sentence)
    window = open_window(library)
    window.open_document(doc)
    window.workspace.show_claim(ids[0])
    process_events()
    return window, ids


def test_opening_claims_measures_a_tabful_of_rows(tab, monkeypatch: pytest.MonkeyPatch) -> None:
    window, ids = tab
    measured = [0]
    real = WordLinesDelegate.shown_lines  # what measuring a row's height reads

    def counted(delegate, *args):  # noqa: ANN001, ANN002, ANN202 - the delegate's own
        measured[0] += 1
        return real(delegate, *args)

    monkeypatch.setattr(WordLinesDelegate, "shown_lines", counted)
    opened = ids[1:11]
    for claim in opened:
        window.workspace.show_claim(claim)
        process_events()
        assert window.workspace.claims.claim_id == claim
    assert measured[0] < 40 * len(opened), measured[0]


def test_the_list_still_fills_the_room_it_has(tab) -> None:
    window, ids = tab
    window.workspace.show_claim(ids[5])
    process_events()
    panel = window.workspace.claims
    room = panel.height() - panel.editor.sizeHint().height() - 8
    assert panel.claim_list.height() >= min(room, panel.claim_list.sizeHintForRow(0) * 3)
