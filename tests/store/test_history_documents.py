"""Undo and redo name the documents they take away or bring back (the library list needs them)."""

from __future__ import annotations

from pathlib import Path

from tests.store.merge_fixtures import ALICE, build_pair
from workbench.store import Store


def test_undo_and_redo_of_a_merge_name_the_documents_removed_and_added(tmp_path: Path) -> None:
    alice, bob = build_pair(tmp_path)
    with Store(alice, author=ALICE) as store:
        before = {d["id"] for d in store.documents.list_documents()}
        store.merge.merge_library(bob)
        new = sorted({d["id"] for d in store.documents.list_documents()} - before)
        assert len(new) == 1
        undone = store.history.undo()
        assert undone is not None and undone.documents_removed == tuple(new)
        assert not set(new) & set(undone.documents_changed + undone.documents_added)
        redone = store.history.redo()
        assert redone is not None and redone.documents_added == tuple(new)
        assert redone.documents_removed == ()
