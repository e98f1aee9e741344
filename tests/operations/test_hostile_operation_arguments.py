"""The operations the window calls, given hostile arguments: vanished ids, very long typed
values, emoji and CRLF offsets at both ends of a document (no Qt needed)."""

from __future__ import annotations

import pytest

from workbench.core.models import Article
from workbench.core.text import ECHOED_CHARS
from workbench.operations import exporting, merge, timeline
from workbench.operations.ach import analysis_record
from workbench.operations.claimants import claimant_of
from workbench.store import Store

TEXT = "🙂 Start\r\nSaid \"x\" 👍🏽.\r\nEnd 🇳🇴"
LONG = "x" * 100_000


@pytest.fixture()
def store() -> Store:
    with Store() as library:
        library.documents.add_article(Article("Emoji 🙂", TEXT), analyze=False)
        yield library


@pytest.mark.parametrize("call", [
    lambda s: timeline.timeline_filter(s, since=LONG),
    lambda s: timeline.timeline_filter(s, until=LONG),
    lambda s: timeline.timeline_filter(s, entity=LONG),
    lambda s: timeline.timeline_filter(s, tag=LONG),
])  # fmt: skip
def test_a_very_long_typed_value_is_not_repeated_whole(store: Store, call: object) -> None:
    """A 100,000-character --from, name or tag came back whole: a message taller than
    the screen in the window's dialog."""
    with pytest.raises((LookupError, ValueError)) as refused:
        call(store)  # type: ignore[operator]
    assert len(str(refused.value)) < ECHOED_CHARS + 120


def test_a_very_long_since_is_not_repeated_whole() -> None:
    for typed in (LONG, "9" * 5000):
        problem = exporting.since_problem(typed)
        assert problem is not None
        assert len(problem.message) < ECHOED_CHARS + 200


def test_a_short_typed_value_is_still_named_exactly(store: Store) -> None:
    with pytest.raises(ValueError, match="'2024-02-30' is not a date"):
        timeline.timeline_filter(store, since="2024-02-30")


@pytest.mark.parametrize(("call", "words"), [
    (lambda s: exporting.document_export(s, 999), "no document with id 999"),
    (lambda s: exporting.note_markdown(s, 999), "no document with id 999"),
    (lambda s: exporting.note_preview(s, 999), "no document with id 999"),
    (lambda s: timeline.story_of(s, 999), "no claim with id 999"),
    (lambda s: analysis_record(s, 999), "no analysis with id 999"),
    (lambda s: merge.resolve_conflict(s, 999, "mine"), "no conflict with id 999"),
])  # fmt: skip
def test_an_id_that_vanished_is_a_lookup_error_naming_it(
    store: Store, call: object, words: str
) -> None:
    with pytest.raises(LookupError, match=words):
        call(store)  # type: ignore[operator]


def test_spans_at_both_ends_of_an_emoji_crlf_document_export_whole(store: Store) -> None:
    """Offsets are code points: the first emoji, the flag at the end, the whole text."""
    for start, end in ((0, 1), (len(TEXT) - 2, len(TEXT)), (0, len(TEXT))):
        store.annotations.add_annotation(1, start, end)
    exported = exporting.document_export(store, 1)
    spans = sorted(TEXT[a["start"]:a["end"]] for a in exported["annotations"])
    assert spans == sorted(["🙂", "🇳🇴", TEXT])
    assert "🇳🇴" in exporting.note_markdown(store, 1)
    with pytest.raises(ValueError, match="outside the text"):
        store.annotations.add_annotation(1, len(TEXT) - 1, len(TEXT) + 1)


def test_a_claimant_as_long_as_an_article_is_refused(store: Store) -> None:
    """A text pasted into the claimant field was stored whole and shown on every claim line."""
    _, pasted = claimant_of("Jane Doe said " * 10_000, lambda name: None)
    with pytest.raises(ValueError, match="a claimant's name has at most"):
        store.claims.add_claim(1, 0, 1, claimant_text=pasted)
    claim_id, _ = store.claims.add_claim(1, 0, 1, claimant_text="Jane Doe")
    with pytest.raises(ValueError, match="a claimant's name has at most"):
        store.claims.set_claimant(claim_id, None, pasted)
    assert store.claims.get_claim(claim_id).claimant == "Jane Doe"
