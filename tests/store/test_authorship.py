"""Every analyst row is signed (origin, author) where all writes pass: the history's recorder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workbench.core.authorship import Author, InvalidAuthor, clean_name, is_author_id
from workbench.core.models import Article
from workbench.store import Store

ANA = Author("a" * 32, "Ana Analyst")
BEN = Author("b" * 32, "Ben")


def _doc(store: Store) -> int:
    store.documents.add_article(Article(title="T", text="Ministers met on Monday in Paris."))
    return int(store.db.execute("SELECT max(id) FROM documents").fetchone()[0])


@pytest.fixture
def signed() -> Iterator[Store]:
    store = Store(author=ANA)
    yield store
    store.close()


def test_an_annotation_is_signed_with_a_fresh_origin_and_the_acting_author(signed: Store) -> None:
    doc = _doc(signed)
    first, _ = signed.annotations.add_annotation(doc, 0, 9)
    second, _ = signed.annotations.add_annotation(doc, 10, 13)
    rows = signed.db.execute(
        "SELECT author_id, origin FROM annotations WHERE id IN (?, ?) ORDER BY id", [first, second]
    ).fetchall()
    assert [r[0] for r in rows] == [ANA.id, ANA.id]
    assert all(is_author_id(r[1]) for r in rows) and rows[0][1] != rows[1][1]
    assert signed.authors.names() == {ANA.id: "Ana Analyst"}


def test_an_edit_records_its_editor_and_undo_restores_the_previous_one(signed: Store) -> None:
    doc = _doc(signed)
    note, _ = signed.annotations.add_annotation(doc, 0, 9, note_md="first")
    signed.authors.act_as(BEN)
    signed.annotations.edit_note(note, "second")
    edited = "SELECT edited_by FROM annotations WHERE id = ?"
    assert signed.db.execute(edited, [note]).fetchone()[0] == BEN.id
    signed.history.undo()
    assert signed.db.execute(edited, [note]).fetchone()[0] is None
    assert signed.authors.names()[BEN.id] == "Ben"


def test_work_without_an_author_is_unattributed_but_still_has_an_origin() -> None:
    with Store() as store:
        doc = _doc(store)
        ann, _ = store.annotations.add_annotation(doc, 0, 9)
        author, origin = store.db.execute(
            "SELECT author_id, origin FROM annotations WHERE id = ?", [ann]
        ).fetchone()
        assert author is None and is_author_id(origin)
        assert store.authors.names() == {}


def test_machine_extractions_are_not_signed(signed: Store) -> None:
    columns = {row[1] for row in signed.db.execute("PRAGMA table_info(mentions)")}
    assert "author_id" not in columns and "origin" not in columns


@pytest.mark.parametrize("name", ["", "   ", "x" * 121, None])
def test_names_that_cannot_be_shown_are_refused(name: object) -> None:
    with pytest.raises(InvalidAuthor):
        clean_name(name)


@pytest.mark.parametrize("typed", ["Ana Analyst\u200b", "\ufeffAna\u00ad Analyst",
                                   "Ana\u2060 Analyst\u200e", "\u202eAna Analyst\u202c"])
def test_a_name_typed_with_hidden_characters_is_recorded_without_them(typed: str) -> None:
    """Attack run 18: `--author $'Ana Analyst\u200b'` signed as a second author shown alike."""
    assert clean_name(typed) == "Ana Analyst"


def test_a_name_keeps_its_zero_width_joiners() -> None:
    assert clean_name("Ma\u200dya") == "Ma\u200dya"


def test_a_name_is_one_clean_line_and_an_id_has_its_shape() -> None:
    assert clean_name("  Ana\n\tAnalyst\u2028 ") == "Ana Analyst"
    with pytest.raises(InvalidAuthor):
        Author("not-an-id", "Ana")
