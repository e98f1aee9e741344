"""`show` and `claims` say which marks a new version of the text orphaned.

Why: after `workbench update` removed a claim's words, `show` still listed the claim and
the note as if they sat in the text, and `claims` too; only `workbench orphans` told.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.models import Article
from workbench.store import Store

OLD = "The senator said the nominee will be confirmed. Critics called him a gifted writer."
NEW = "The senator said the vote is close. Critics called him a careful judge."


def _span(part: str) -> tuple[int, int]:
    start = OLD.index(part)
    return start, start + len(part)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        doc = store.documents.add_article(Article(title="Vote", text=OLD)).documents_added[0]
        store.claims.add_claim(doc, *_span("the nominee will be confirmed"))
        store.annotations.add_annotation(doc, *_span("gifted writer"), note_md="why")
        store.annotations.add_annotation(doc, *_span("The senator"))  # kept
        store.versions.replace_document_text(doc, NEW)
    return path


def _out(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["--db", str(db), *argv]) == 0
    return capsys.readouterr().out


def test_show_marks_orphaned_claims_and_notes(db: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = _out(db, capsys, "show", "1")
    claims = out.split("\nClaims:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert claims == ["  [1] [unverified]  the nominee will be confirmed — unknown author"
                      " (orphaned: not in the current text)"]
    marks = out.split("\nAnnotations:\n", 1)[1].splitlines()
    assert marks == [
        "      3 [highlight] The senator — unknown author",
        "      2 [note] gifted writer — unknown author (orphaned: not in the current text)",
        "        note: why",
    ]


def test_claims_marks_an_orphaned_claim(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _out(db, capsys, "claims")
    assert "(doc 1, 0 links, unknown author, orphaned)" in out


def test_orphans_cuts_a_long_title_after_a_whole_word(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`orphans` cut titles at 40 characters mid-word ("(US State Department: Sanctions
    Against R)") with no ellipsis."""
    path = tmp_path / "long.sqlite"
    title = "State Department says sanctions against Russia are not ruled out"
    with Store(path) as store:
        doc = store.documents.add_article(Article(title=title, text=OLD)).documents_added[0]
        store.claims.add_claim(doc, *_span("the nominee will be confirmed"))
        store.versions.replace_document_text(doc, NEW)
    out = _out(path, capsys, "orphans")
    assert "(State Department says sanctions…)" in out
