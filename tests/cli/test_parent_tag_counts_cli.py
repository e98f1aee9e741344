"""`workbench tags` counts a parent's documents with its children's, as the Tag Manager does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.models import Article
from workbench.store import Store


def test_tags_lists_a_parent_with_the_documents_below_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "library.sqlite"
    store = Store(path)
    for title in ("One", "Two", "Three"):
        (doc,) = store.documents.add_article(Article(title, f"{title} said so."),
                                             analyze=False).documents_added
        store.tags.tag_document(doc, "iran/sanctions")
    store.close()
    assert main(["--db", str(path), "tags"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "3 documents" in lines["iran"] and "3 documents" in lines["iran/sanctions"]
    assert main(["--db", str(path), "tags", "--json"]) == 0
    counts = {t["path"]: t["documents"] for t in json.loads(capsys.readouterr().out)}
    assert counts == {"iran": 3, "iran/sanctions": 3}


def test_tags_help_says_a_parent_counts_its_childrens_documents(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["tags", "--help"])
    assert "a parent tag counts its children's documents" in " ".join(
        capsys.readouterr().out.split())


def test_tags_names_passages_as_the_tag_manager_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The terminal said "1 span" where the Tag Manager's column says Passages."""
    path = tmp_path / "library.sqlite"
    store = Store(path)
    (doc,) = store.documents.add_article(Article("One", "One said so."),
                                         analyze=False).documents_added
    annotation, _ = store.annotations.add_annotation(doc, 0, 3)
    store.tags.tag_annotation(annotation, "iran/sanctions")
    store.close()
    assert main(["--db", str(path), "tags"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert lines["iran"].rstrip().endswith("0 documents, 1 passage")
