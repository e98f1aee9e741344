"""An analyst's headings in a note stay inside the passage's section of the exported note."""

from __future__ import annotations

from pathlib import Path

from workbench.core.models import Article
from workbench.export.note_markdown import nested_headings
from workbench.store import Store


def test_a_notes_headings_are_nested_under_its_passage_heading() -> None:
    note = "# Summary\nText # not one\n## Detail\n   ### Indented\n#### Deep\n#hashtag\n#"
    assert nested_headings(note, 3).split("\n") == [
        "#### Summary", "Text # not one", "##### Detail", "   ###### Indented",
        "###### Deep", "#hashtag", "####"]


def test_fenced_code_keeps_its_hash_lines() -> None:
    note = "```bash\n# a comment\n```\n# After\n~~~\n# kept\n~~~"
    assert nested_headings(note, 3).split("\n") == [
        "```bash", "# a comment", "```", "#### After", "~~~", "# kept", "~~~"]


def test_an_exported_note_opens_no_section_of_its_own(tmp_path: Path, store: Store) -> None:
    from tests.export.test_markdown_export import export_markdown

    (doc,) = store.documents.add_article(
        Article("Fire report", "The fire began at noon. Nobody was hurt."),
        analyze=False).documents_added
    store.annotations.add_annotation(doc, 4, 8, note_md="# Summary\nChecked with the chief.")
    export_markdown(store, tmp_path)
    (note,) = [p for p in tmp_path.glob("*.md") if p.name.startswith("Fire")]
    text = note.read_text(encoding="utf-8")
    assert "\n#### Summary\n" in text and "\n# Summary" not in text
