"""A tag longer than a label, kept from before the 500-character rule, can still be cleared up.

The rule (``LABEL_MAX_CHARS``) is for a tag the analyst makes or renames to; a library made
earlier may hold a longer one (an imported export's 3 MB tag was taken whole), and a library
holding one is refused as a merge source. Deleting, renaming, merging, recolouring and
untagging it must still reach it, or the analyst could never get rid of it.
"""

from __future__ import annotations

import pytest

from workbench.core.labels import LABEL_MAX_CHARS, label_key
from workbench.core.models import Article
from workbench.store import Store

LONG = "old/" + "x" * (LABEL_MAX_CHARS + 100)


def _library_with_long_tag() -> tuple[Store, int]:
    store = Store(None)
    doc_id = store.documents.add_article(Article(title="A", text="Body."),
                                         analyze=False).documents_added[0]
    store.tags.tag_document(doc_id, "old/short")
    with store.db.atomic():  # as an older library holds it: written before the rule
        store.db.execute("UPDATE tags SET path = ?, path_key = ? WHERE path = 'old/short'",
                         [LONG, label_key(LONG)])
    return store, doc_id


def test_a_long_tag_from_before_the_rule_can_be_deleted_recoloured_and_untagged() -> None:
    store, doc_id = _library_with_long_tag()
    store.tags.recolor_tag(LONG, "#123456")
    store.tags.untag_document(doc_id, LONG)
    store.tags.delete_tag(LONG)
    assert [tag.path for tag in store.tags.list_tags()] == ["old"]


def test_a_long_tag_from_before_the_rule_can_be_renamed_or_merged_to_a_short_one() -> None:
    store, _ = _library_with_long_tag()
    store.tags.rename_tag(LONG, "old/kept")
    assert "old/kept" in [tag.path for tag in store.tags.list_tags()]
    store, doc_id = _library_with_long_tag()
    store.tags.tag_document(doc_id, "new")
    store.tags.merge_tags(LONG, "new")
    assert LONG not in [tag.path for tag in store.tags.list_tags()]


def test_a_new_tag_or_a_rename_to_a_long_path_is_still_refused() -> None:
    store, doc_id = _library_with_long_tag()
    with pytest.raises(ValueError, match="at most 500 characters"):
        store.tags.tag_document(doc_id, "y" * 600)
    with pytest.raises(ValueError, match="at most 500 characters"):
        store.tags.rename_tag("old", "z" * 600)
    with pytest.raises(ValueError, match="at most 500 characters"):
        store.tags.merge_tags("old", "z" * 600)


def test_untagging_a_long_tag_a_document_lacks_says_so_in_one_short_line() -> None:
    """The refusal repeats the start of the tag (it named all of a long one)."""
    store, doc_id = _library_with_long_tag()
    other = store.documents.add_article(Article(title="B", text="Other."),
                                        analyze=False).documents_added[0]
    with pytest.raises(LookupError, match=f"document {other} is not tagged") as refused:
        store.tags.untag_document(other, LONG)
    assert len(str(refused.value)) < 200
