"""A re-export after a document was retitled leaves one note for it, not its old one beside it.

Why: the note is named after the title, so a retitled document's note got a new
name while the earlier export's note, with the old claims and links, stayed in
the folder: two notes with one ``workbench_id``, the stale one found by search.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.manifests import read_manifest
from tests.support import run_cli
from workbench.core.models import Article
from workbench.export import export_folder
from workbench.export.export_folder import MANIFEST_NAME, ExportFolder
from workbench.export.markdown import _remove_renamed_notes
from workbench.store import Store


def _library(path: Path, title: str = "Old title", other: str = "Other story") -> Path:
    store = Store(path)
    store.documents.add_article(
        Article(title=title, text="The council voted on Monday to close the bridge."),
        analyze=False,
    )
    store.documents.add_article(
        Article(title=other, text="Rain is expected across the region."), analyze=False
    )
    store.close()
    return path


def _notes(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix == ".md")


def test_the_old_note_of_a_retitled_document_is_removed(tmp_path: Path) -> None:
    db = _library(tmp_path / "library.sqlite")
    out = tmp_path / "notes"
    assert run_cli(db, "export", "--format", "markdown", "--out", str(out)) == 0
    assert "Old title.md" in _notes(out)
    new_version = tmp_path / "new.txt"
    new_version.write_text("New title\n\nThe council voted on Monday to close the bridge.\n",
                           encoding="utf-8")
    assert run_cli(db, "update", "1", str(new_version), "--no-analyze") == 0
    assert run_cli(db, "export", "--format", "markdown", "--out", str(out)) == 0
    assert _notes(out) == ["New title.md", "Other story.md", "claims.md", "index.md",
                           "timeline.md"]
    assert "Old title.md" not in read_manifest(out)


def test_notes_of_documents_left_out_and_the_analysts_own_stay(tmp_path: Path) -> None:
    db = _library(tmp_path / "library.sqlite")
    out = tmp_path / "notes"
    assert run_cli(db, "export", "--format", "markdown", "--out", str(out)) == 0
    mine = out / "My copy.md"  # the analyst's copy of a note: front matter and all
    mine.write_text((out / "Old title.md").read_text(encoding="utf-8"), encoding="utf-8")
    new_version = tmp_path / "new.txt"
    new_version.write_text("New title\n\nThe council voted on Monday to close the bridge.\n",
                           encoding="utf-8")
    assert run_cli(db, "update", "1", str(new_version), "--no-analyze") == 0
    assert run_cli(db, "export", "--format", "markdown", "--out", str(out), "--doc", "2") == 0
    assert "Old title.md" in _notes(out)  # document 1 was not exported this time
    assert run_cli(db, "export", "--format", "markdown", "--out", str(out)) == 0
    assert "Old title.md" not in _notes(out)
    assert mine.is_file()  # no export wrote it, so no export removes it


def test_many_renamed_notes_rewrite_the_manifest_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Why: each removal rewrote (and synced) the whole manifest, so a re-export after every
    note's name changed rewrote it once per note: quadratic in the folder's size."""
    ids = range(1, 31)
    first = ExportFolder(tmp_path, "Markdown export")
    for doc_id in ids:
        first.write(f"Old {doc_id}.md",
                    f"---\nworkbench_id: {doc_id}\nworkbench_library: \"ab12\"\n---\n")
    again = ExportFolder(tmp_path, "Markdown export")
    again.claim([f"New {doc_id}.md" for doc_id in ids])
    manifest_writes: list[str] = []
    real_write = export_folder.write_atomically

    def counting_write(folder: Path, name: str, text: str) -> Path:
        manifest_writes.extend([name] if name == MANIFEST_NAME else [])
        return real_write(folder, name, text)

    monkeypatch.setattr(export_folder, "write_atomically", counting_write)
    _remove_renamed_notes(again, {doc_id: f"New {doc_id}" for doc_id in ids}, "ab12")
    assert len(manifest_writes) == 1
    assert not list(tmp_path.glob("Old *.md"))
    assert sorted(read_manifest(tmp_path)) == sorted(f"New {doc_id}.md" for doc_id in ids)


def test_two_libraries_sharing_a_folder_keep_each_others_notes(tmp_path: Path) -> None:
    """Why: both libraries number documents from 1; a re-export of one removed the other's
    note of document 1 as its own "renamed" note, since notes carried only the document id.
    (Taking over the other library's folder needs --overwrite: test_library_folders.py.)"""
    first = _library(tmp_path / "first.sqlite", "First library story", "First other")
    second = _library(tmp_path / "second.sqlite", "Second library story", "Second other")
    out = tmp_path / "shared"
    take_over = ("export", "--format", "markdown", "--out", str(out), "--overwrite")
    assert run_cli(first, "export", "--format", "markdown", "--out", str(out)) == 0
    assert run_cli(second, *take_over) == 0
    assert run_cli(first, *take_over) == 0
    assert {"First library story.md", "Second library story.md"} <= set(_notes(out))
    new_version = tmp_path / "new.txt"
    new_version.write_text("Retitled\n\nThe council voted on Monday to close the bridge.\n",
                           encoding="utf-8")
    assert run_cli(second, "update", "1", str(new_version), "--no-analyze") == 0
    assert run_cli(second, *take_over) == 0
    notes = set(_notes(out))
    assert "First library story.md" in notes  # the other library's note of document 1
    assert "Retitled.md" in notes and "Second library story.md" not in notes


def test_a_note_from_before_library_ids_is_not_taken_for_this_librarys(tmp_path: Path) -> None:
    folder = ExportFolder(tmp_path, "Markdown export")
    folder.write("Old 1.md", "---\nworkbench_id: 1\n---\n")
    again = ExportFolder(tmp_path, "Markdown export")
    again.claim(["New 1.md"])
    _remove_renamed_notes(again, {1: "New 1"}, "ab12")
    assert (tmp_path / "Old 1.md").is_file()


def test_a_same_titled_note_of_another_library_is_not_replaced(tmp_path: Path) -> None:
    """Why: both notes are named "Shared story.md"; the second library's export replaced the
    first library's note without a word (the manifest listed the name as an export's)."""
    first = _library(tmp_path / "first.sqlite", "Shared story")
    second = _library(tmp_path / "second.sqlite", "Shared story")
    out = tmp_path / "shared"
    assert run_cli(first, "export", "--format", "markdown", "--out", str(out)) == 0
    before = (out / "Shared story.md").read_text(encoding="utf-8")
    assert run_cli(second, "export", "--format", "markdown", "--out", str(out)) == 1
    assert (out / "Shared story.md").read_text(encoding="utf-8") == before
    assert run_cli(first, "export", "--format", "markdown", "--out", str(out)) == 0  # its own
    assert run_cli(second, "export", "--format", "markdown", "--out", str(out),
                   "--overwrite") == 0
    assert (out / "Shared story.md").read_text(encoding="utf-8") != before
