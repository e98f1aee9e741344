"""Gathering and filtering the timeline: stories, tags below tags, entity names, bad filters."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.timeline_support import build_library
from workbench.operations.timeline import (
    entity_names,
    filter_timeline,
    gather_timeline,
    story_of,
    timeline_filter,
)

TODAY = dt.date(2024, 1, 1)


def test_a_story_is_every_claim_reachable_by_links(store):
    lib = build_library(store)
    third, _ = store.claims.add_claim(lib.answer, 0, 6, allow_overlap=True)  # "Moscow"
    store.claims.link_claims(third, lib.answer_claim, "supports")
    assert story_of(store, lib.summit_claim) == {lib.summit_claim, lib.answer_claim, third}
    assert story_of(store, lib.lone_claim) == {lib.lone_claim}


def test_filters_combine_and_keep_undated_items_out_of_date_ranges(store):
    lib = build_library(store)
    timeline = gather_timeline(store, today=TODAY)
    claims = filter_timeline(timeline, timeline_filter(store, status="unverified"))
    assert {i.claim_id for i in claims.items} == {lib.summit_claim, lib.lone_claim}
    assert [i.claim_id for i in claims.undated] == [lib.undated_claim]
    ranged = filter_timeline(timeline, timeline_filter(store, since="2023-09-14"))
    assert all(i.when.start >= dt.datetime(2023, 9, 14) for i in ranged.items)
    assert len(ranged.undated) == len(timeline.undated)


def test_a_tag_matches_the_tags_below_it_on_passages_and_documents(store):
    build_library(store)
    timeline = gather_timeline(store, today=TODAY)
    events = filter_timeline(timeline, timeline_filter(store, tag="Events"))
    assert [i.kind for i in events.items] == ["highlight"]
    replies = filter_timeline(timeline, timeline_filter(store, tag="replies"))
    assert {i.document_id for i in replies.items} == {2}


def test_entity_names_cover_the_items(store):
    lib = build_library(store)
    timeline = gather_timeline(store, today=TODAY)
    names = entity_names(store, timeline.items)
    assert names[lib.putin] == "Vladimir Putin"


def test_orphaned_marks_are_listed_as_undated_with_the_reason(store):
    lib = build_library(store)
    store.db.execute("UPDATE annotations SET status = 'orphaned' WHERE id IN (?, ?)",
                     [lib.highlight, lib.summit_claim])
    timeline = gather_timeline(store, today=TODAY)
    assert "highlight" not in {i.kind for i in timeline.items}
    assert lib.summit_claim not in {i.claim_id for i in timeline.items}
    story = filter_timeline(timeline, timeline_filter(store, story=lib.summit_claim))
    orphan = next(i for i in story.undated if i.claim_id == lib.summit_claim)
    assert "lost its place when the document changed" in orphan.reason
    assert orphan.linked_claim_ids == (lib.answer_claim,)
    assert any(i.kind == "highlight" and "lost its place" in i.reason
               for i in timeline.undated)


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"entity": "Nobody"}, LookupError, "no entity named"),
        ({"tag": "nothing/here"}, LookupError, "no tag"),
        ({"story": 99}, LookupError, "no claim with id 99"),
        ({"status": "maybe"}, ValueError, "unknown claim status"),
        ({"until": "2023-02-30"}, ValueError, "--to '2023-02-30' is not a date"),
    ],
)
def test_bad_filters_are_refused_with_a_reason(store, options, error, message):
    build_library(store)
    with pytest.raises(error, match=message):
        timeline_filter(store, **options)


def test_a_timeline_of_some_documents_reads_only_theirs(store):
    """An export of one document gathers its items alone, the same as from the whole library."""
    lib = build_library(store)
    whole = gather_timeline(store, today=TODAY)
    some = gather_timeline(store, [lib.answer], today=TODAY)
    assert some.items and {item.document_id for item in some.items} == {lib.answer}
    assert list(some.items) == [i for i in whole.items if i.document_id == lib.answer]
    assert {d.id for d in store.timeline.timeline_documents([lib.answer])} == {lib.answer}
    assert store.timeline.timeline_documents([]) == []


def test_a_story_follows_links_read_once(store):
    from workbench.operations.timeline import claim_links, story_in

    lib = build_library(store)
    links = claim_links(store)
    assert story_in(links, lib.answer_claim) == {lib.summit_claim, lib.answer_claim}
    assert story_in(links, lib.lone_claim) == {lib.lone_claim}
