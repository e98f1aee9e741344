"""A linked claim whose text left its document, in ``workbench compare`` and the Compare window.

Attack run 10: a claim of B linked to one of A was orphaned by a new version of B
(``workbench update``). The comparison still gave the claim's old offsets as if it
stood in B's text: ``compare --json`` pointed at another passage (or past the
end), and a click on the link in the Compare window raised IndexError in the
slot (the offsets lay past B's new text). An orphan has no place: no offsets,
its words kept and said to be orphaned.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal

from tests.compare_support import REPORT_B, add_reports
from tests.support import run_cli
from workbench.store import Store

REPLACED_B = "Kelston bridge shut after flooding\n\nThe bridge reopened on Friday.\n"


def orphaned_link(store: Store) -> tuple[int, int, str, str]:
    """A claim of A linked to one of B, then B's text replaced so B's claim is orphaned."""
    a, b, _ = add_reports(store)
    text_a, text_b = store.documents.document_text(a), store.documents.document_text(b)
    words_a, words_b = "The Kelston Fire Service rescued four drivers", "Traders in Hallam Street"
    start_a, start_b = text_a.index(words_a), text_b.index(words_b)
    claim_a, _ = store.claims.add_claim(a, start_a, start_a + len(words_a))
    claim_b, _ = store.claims.add_claim(b, start_b, start_b + len(words_b))
    store.claims.link_claims(claim_a, claim_b, "supports")
    report = store.versions.replace_document_text(b, REPLACED_B.split("\n\n", 1)[1])
    assert store.claims.get_claim(claim_b).anchor_status == "orphaned", report
    return a, b, words_a, words_b


def test_json_gives_an_orphaned_claim_no_offsets(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        a, b, words_a, words_b = orphaned_link(store)
    assert run_cli(path, "compare", str(a), str(b), "--json") == 0
    (link,) = json.loads(capsys.readouterr().out)["linked_claims"]
    assert link["a"]["text"] == words_a and link["a"]["start"] is not None
    assert link["b"] == {"start": None, "end": None, "text": words_b, "orphaned": True}
    assert "orphaned" not in link["a"]


def test_text_says_the_claim_is_orphaned(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        a, b, _, words_b = orphaned_link(store)
    assert run_cli(path, "compare", str(b), str(a)) == 0
    out = capsys.readouterr().out
    assert f"A: '{words_b}' (orphaned: its text is no longer in the document)" in out


class ChangeFeed(QObject):
    changes_applied = Signal(object)


def test_clicking_an_orphaned_link_marks_only_the_placed_side(qtbot, tmp_path: Path) -> None:
    from workbench.ui.compare.view import CompareWindow
    from workbench.ui.tasks.store_actions import StoreActions
    from workbench.ui.theme.manager import ThemeManager

    store = Store(tmp_path / "library.sqlite")
    a, b, words_a, _ = orphaned_link(store)
    feed = ChangeFeed()
    window = CompareWindow(store, StoreActions(store, None, feed.changes_applied),
                           ThemeManager(), (a, b), feed.changes_applied)
    window._feed = feed  # type: ignore[attr-defined] - keep the signal alive with the window
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.content is not None)
    tree = window.side_list
    links = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                 if tree.topLevelItem(i).text(0).startswith("Linked claims"))
    row = links.child(0)
    assert "orphaned" in row.toolTip(0)
    tree.scrollToItem(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(row).center())
    (selection,) = window.texts[0].extraSelections()
    assert selection.cursor.selectedText() == words_a
    assert window.texts[1].extraSelections() == []
    assert REPORT_B not in window.texts[1].toPlainText()
    store.close()
