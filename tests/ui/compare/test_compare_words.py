"""`workbench compare` and the Compare window name the comparison's parts in the same words.

Found on a working day: the terminal printed "Shared entities (12)" where the window's side
list said "Named by both (12)" for the same twelve entities.
"""

from __future__ import annotations

import re

import pytest

from tests.compare_support import add_reports
from workbench.commands.compare import _print
from workbench.operations.comparing import compare_documents
from workbench.store import Store
from workbench.ui.compare.side_list import fill_side_list


def test_every_group_of_the_side_list_is_a_heading_of_the_cli_text(
        qtbot, library: Store, capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtWidgets import QTreeWidget

    a, b, _ = add_reports(library)
    comparison = compare_documents(library, a, b)
    _print(comparison)
    printed = capsys.readouterr().out
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    fill_side_list(tree, comparison, ({}, {}))
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    headings = [re.sub(r" \(.*\)$", "", group) for group in groups]
    assert len(headings) == 7
    for heading in headings:
        assert re.search(rf"^{re.escape(heading)}[ :]", printed, re.MULTILINE), heading
