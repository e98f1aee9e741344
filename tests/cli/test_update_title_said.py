"""``workbench update`` says when the file gave the document another title.

Found by attack round 6: an analyst saved a document's text without its headline,
edited it and ran ``update``; the file's first paragraph silently became the title
(the summary spoke only of annotations), and the library listed it under that.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(
            Article(title="Council approves budget", text="The council approved the budget."),
            analyze=False,
        )
    return path


def test_a_title_read_from_the_file_is_named_with_the_old_one(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = tmp_path / "edited.txt"
    edited.write_text("The council approved the budget on Monday.\n\nIt passed 7-2.\n")
    assert run_cli(library, "update", "1", str(edited), "--no-analyze") == 0
    out = capsys.readouterr().out
    assert "its title is now 'The council approved the budget on Monday.'" in out
    assert "(was 'Council approves budget')" in out
    assert "`--title` sets another" in out


def test_an_unchanged_or_typed_title_is_not_announced(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    same = tmp_path / "same.txt"
    same.write_text("Council approves budget\n\nThe council approved the budget on Monday.\n")
    assert run_cli(library, "update", "1", str(same), "--no-analyze") == 0
    assert "title" not in capsys.readouterr().out
    other = tmp_path / "other.txt"
    other.write_text("Budget\n\nThe council approved the budget on Tuesday.\n")
    assert run_cli(library, "update", "1", str(other), "--no-analyze", "--title", "Typed") == 0
    assert "title" not in capsys.readouterr().out


def test_the_titles_are_compared_without_reading_the_whole_text(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A book-length text costs hundreds of ms to load; only the titles are needed."""
    def whole_row(*_args: object) -> None:
        raise AssertionError("the whole document was read for its title")

    with Store(library) as store:
        documents = type(store.documents)
    monkeypatch.setattr(documents, "get_document", whole_row)
    edited = tmp_path / "edited.txt"
    edited.write_text("Council passes budget\n\nThe council approved the budget on Monday.\n")
    assert run_cli(library, "update", "1", str(edited), "--no-analyze") == 0
    assert "its title is now 'Council passes budget'" in capsys.readouterr().out


def test_update_json_reports_the_title_and_the_one_before(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The text output named a title read from the file; ``--json`` said nothing of it."""
    import json

    edited = tmp_path / "edited.txt"
    edited.write_text("The council approved the budget on Monday.\n\nIt passed 7-2.\n")
    assert run_cli(library, "update", "1", str(edited), "--no-analyze", "--json") == 0
    record = json.loads(capsys.readouterr().out)
    assert record["title"] == "The council approved the budget on Monday."
    assert record["previous_title"] == "Council approves budget"
    again = tmp_path / "again.txt"
    again.write_text("The council approved the budget on Monday.\n\nIt passed 8-1.\n")
    assert run_cli(library, "update", "1", str(again), "--no-analyze", "--json") == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["title"], record["previous_title"]) == (
        "The council approved the budget on Monday.", None)
    typed = tmp_path / "typed.txt"
    typed.write_text("Budget\n\nThe council approved the budget on Tuesday.\n")
    assert run_cli(library, "update", "1", str(typed), "--no-analyze", "--json",
                   "--title", "Typed") == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["title"], record["previous_title"]) == (
        "Typed", "The council approved the budget on Monday.")
