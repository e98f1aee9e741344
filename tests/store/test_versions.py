"""New versions of a document: history kept, annotations re-anchored or orphaned, undo, CLI."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.commands import versions as version_commands
from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.store import Store, UndoConflict

OLD = (
    "Seoul - Officials said the talks would resume on Monday.\n\n"
    'Kim said "we will not give in" to reporters \U0001f642 at the border. '
    "The goverment confirmed that 39 people were hurt.\n\n"
    "Analysts in Z\u00fcrich expect sanctions to follow."
)
NEW = (
    "Seoul - Officials said the talks would resume on Monday, after a week of delays.\n\n"
    "A new paragraph explains the background of the dispute.\n\n"
    "Kim said \u201cwe will not give in\u201d to reporters \U0001f642 at the border. "
    "The government confirmed the figure.\n\n"
    "Analysts in Z\u00fcrich expect sanctions to follow."
)


@pytest.fixture
def vstore() -> Iterator[Store]:
    library = Store(None)
    yield library
    library.close()


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def add_doc(store: Store, text: str = OLD, **meta: str) -> int:
    article = Article(title=meta.pop("title", "Talks in Seoul"), text=text, **meta)
    return store.documents.add_article(article).documents_added[0]


def annotate(store: Store, doc_id: int, part: str, **options: str) -> int:
    text = store.documents.document_text(doc_id)
    return store.annotations.add_annotation(doc_id, *span(text, part), **options)[0]


def test_update_keeps_the_old_version_and_updates_the_row(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    report = vstore.versions.replace_document_text(doc_id, Article(title="Talks resume", text=NEW))
    assert (report.document_id, report.version, report.unchanged) == (doc_id, 2, False)
    # What the versions diff reads (``commands/versions.py``): each version's title and text.
    assert vstore.versions.version_content(doc_id, 1) == ("Talks in Seoul", OLD)
    assert vstore.versions.version_content(doc_id, 2) == ("Talks resume", NEW)
    history = vstore.versions.document_versions(doc_id)
    assert [(v["version"], v["current"], v["title"]) for v in history] == [
        (1, False, "Talks in Seoul"),
        (2, True, "Talks resume"),
    ]
    assert history[0]["replaced_at"] and history[1]["since"] == history[0]["replaced_at"]
    row = vstore.documents.get_document(doc_id)
    assert (row["version"], row["status"], row["text"]) == (2, "pending", NEW)
    assert row["word_count"] == len(NEW.split())
    with pytest.raises(LookupError, match="no version 7"):
        vstore.versions.version_content(doc_id, 7)


def test_annotations_are_kept_moved_fuzzily_moved_or_orphaned(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    kept = annotate(vstore, doc_id, "Officials said the talks")
    moved = annotate(vstore, doc_id, "Analysts in Z\u00fcrich")
    quoted = annotate(vstore, doc_id, '"we will not give in"', note_md="key quote")
    typo = annotate(vstore, doc_id, "The goverment confirmed")
    gone = annotate(vstore, doc_id, "39 people were hurt")
    report = vstore.versions.replace_document_text(doc_id, NEW)
    assert (report.kept, report.moved_exact, report.moved_fuzzy, report.orphaned) == (1, 1, 2, 1)
    assert report.orphan_ids == (gone,) and set(report.fuzzy_ids) == {quoted, typo}
    assert vstore.annotations.get_annotation(kept).start == 8
    for annotation_id, expected in [
        (moved, "Analysts in Z\u00fcrich"),
        (quoted, "\u201cwe will not give in\u201d"),
        (typo, "The government confirmed"),
    ]:
        row = vstore.annotations.get_annotation(annotation_id)
        assert (row.status, NEW[row.start : row.end], row.exact) == (
            "anchored",
            expected,
            expected,
        )
    assert vstore.annotations.get_annotation(quoted).note_md == "key quote"


def test_orphan_keeps_its_old_selectors_and_is_listed(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    gone = annotate(vstore, doc_id, "39 people were hurt")
    before = vstore.annotations.get_annotation(gone)
    vstore.versions.replace_document_text(doc_id, NEW)
    after = vstore.annotations.get_annotation(gone)
    assert after.status == "orphaned"
    for key in ("start", "end", "exact", "prefix", "suffix"):
        assert getattr(after, key) == getattr(before, key)
    orphans = vstore.versions.orphaned_annotations()
    assert [(o["id"], o["document_id"], o["document_title"]) for o in orphans] == [
        (gone, doc_id, "Talks in Seoul")
    ]


def test_reattach_is_undoable(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    gone = annotate(vstore, doc_id, "39 people were hurt")
    vstore.versions.replace_document_text(doc_id, NEW)
    orphaned = vstore.annotations.get_annotation(gone)
    vstore.versions.reattach_annotation(gone, *span(NEW, "confirmed the figure"))
    row = vstore.annotations.get_annotation(gone)
    assert (row.status, row.exact) == ("anchored", "confirmed the figure")
    assert vstore.versions.orphaned_annotations() == []
    assert vstore.history.undo_labels()[0] == "Re-attach annotation “39 people were hurt”"
    vstore.history.undo()
    assert vstore.annotations.get_annotation(gone) == orphaned
    vstore.history.redo()
    assert vstore.annotations.get_annotation(gone).exact == "confirmed the figure"
    with pytest.raises(ValueError, match="outside the text"):
        vstore.versions.reattach_annotation(gone, 5, 5000)


def test_search_follows_the_new_text(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    vstore.versions.replace_document_text(doc_id, NEW)
    search = vstore.library.search
    assert [hit.document_id for hit in search("background dispute")] == [doc_id]
    assert search("hurt") == []


def test_claims_and_links_survive_an_update(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    elsewhere = "Elsewhere the goverment denied everything."
    other = add_doc(vstore, elsewhere, title="Denial")
    claim, _ = vstore.claims.add_claim(doc_id, *span(OLD, "The goverment confirmed"))
    counter, _ = vstore.claims.add_claim(other, *span(elsewhere, "denied everything"))
    vstore.claims.link_claims(claim, counter, "contradicts")
    vstore.claims.set_claim_status(claim, "disputed")
    vstore.versions.replace_document_text(doc_id, NEW)
    record = vstore.claims.get_claim(claim)
    assert (record.text, record.statement, record.status) == (
        "The government confirmed",
        "The government confirmed",
        "disputed",
    )
    assert [link.other_claim_id for link in record.links] == [counter]
    assert [h.status for h in vstore.claims.claim_history(claim)] == ["unverified", "disputed"]


def test_an_edited_statement_is_left_alone(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    claim, _ = vstore.claims.add_claim(doc_id, *span(OLD, "The goverment confirmed"))
    vstore.db.execute("UPDATE claims SET statement = 'my words' WHERE annotation_id = ?", [claim])
    vstore.versions.replace_document_text(doc_id, NEW)
    assert vstore.claims.get_claim(claim).statement == "my words"


def test_update_is_one_undoable_action(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    moved = annotate(vstore, doc_id, "Analysts in Z\u00fcrich")
    before = vstore.annotations.get_annotation(moved)
    vstore.versions.replace_document_text(doc_id, NEW, title="Talks resume")
    vstore.history.undo()
    row = vstore.documents.get_document(doc_id)
    assert (row["text"], row["title"], row["version"]) == (OLD, "Talks in Seoul", 1)
    assert vstore.annotations.get_annotation(moved) == before
    assert len(vstore.versions.document_versions(doc_id)) == 1
    assert vstore.library.search("hurt")[0].document_id == doc_id
    vstore.history.redo()
    assert vstore.versions.version_content(doc_id, 2)[1] == NEW


def _extraction(store: Store, doc_id: int) -> tuple[list[tuple[object, ...]], ...]:
    """The document's model mentions, quotes and analysis columns, whole rows."""
    mentions = store.db.execute(
        "SELECT * FROM mentions WHERE document_id = ? AND source = 'model' ORDER BY id", [doc_id]
    ).fetchall()
    quotes = store.db.execute(
        "SELECT * FROM quotes WHERE document_id = ? ORDER BY id", [doc_id]).fetchall()
    row = store.db.execute(
        "SELECT status, analysis_version FROM documents WHERE id = ?", [doc_id]).fetchall()
    return mentions, quotes, row


def _analyse(store: Store, doc_id: int, text: str, version: int = 1) -> None:
    store.analysis.save_analysis(doc_id, Analysis(
        mentions=(Mention(*span(text, "Kim"), "Kim", "PERSON", "Kim Jong Un"),
                  Mention(*span(text, "Seoul"), "Seoul", "GPE", "Seoul")),
        quotes=(Quote(*span(text, "we will not give in"), "we will not give in"),),
        version=version,
    ))


def test_an_update_is_undone_after_its_reanalysis_with_the_old_texts_extraction(
    vstore: Store,
) -> None:
    """Before: the new text's analysis reused the ids the update freed, and undo refused
    ("the quotes table changed") and dropped the update from the history."""
    doc_id = add_doc(vstore)
    _analyse(vstore, doc_id, OLD)
    claim, _ = vstore.claims.add_claim(doc_id, *span(OLD, "39 people were hurt"))
    analysed = _extraction(vstore, doc_id)
    vstore.versions.replace_document_text(doc_id, NEW)
    _analyse(vstore, doc_id, NEW, version=2)
    assert vstore.history.undo() is not None
    assert vstore.documents.document_text(doc_id) == OLD
    assert _extraction(vstore, doc_id) == analysed
    placed = vstore.annotations.get_annotation(claim)  # orphaned by the update, back in place
    assert (placed.status, placed.start, placed.exact) == (
        "anchored", span(OLD, "39 people")[0], "39 people were hurt")
    vstore.history.redo()
    assert vstore.documents.document_text(doc_id) == NEW
    mentions, quotes, row = _extraction(vstore, doc_id)
    assert (mentions, quotes, row[0][0]) == ([], [], "pending")  # the new text: analysed again
    vstore.history.undo()
    vstore.history.undo()  # and the claim before it, as recorded
    assert vstore.documents.document_text(doc_id) == OLD
    assert vstore.claims.list_claims() == []


def test_an_update_is_not_undone_over_a_change_that_is_not_the_analysis(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    _analyse(vstore, doc_id, OLD)
    vstore.versions.replace_document_text(doc_id, NEW)
    vstore.db.execute("UPDATE documents SET title = 'Edited elsewhere' WHERE id = ?", [doc_id])
    with pytest.raises(UndoConflict, match="the documents table changed since"):
        vstore.history.undo()
    assert vstore.documents.document_text(doc_id) == NEW


def test_an_old_mention_whose_id_is_taken_since_is_a_conflict_not_a_crash(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    other = add_doc(vstore, "Another article about something else entirely.", title="Other")
    _analyse(vstore, doc_id, OLD)
    freed = vstore.db.execute("SELECT max(id), entity_id FROM mentions").fetchone()
    vstore.versions.replace_document_text(doc_id, NEW)
    vstore.db.execute(
        'INSERT INTO mentions (id, document_id, entity_id, start, "end", text, label, field,'
        " source) VALUES (?, ?, ?, 0, 7, 'Another', 'ORG', 'text', 'model')",
        [freed[0], other, freed[1]],
    )
    with pytest.raises(UndoConflict, match="the mentions table changed since"):
        vstore.history.undo()
    assert vstore.documents.document_text(doc_id) == NEW


def test_unchanged_text_makes_no_version(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    report = vstore.versions.replace_document_text(doc_id, OLD + "\n")
    assert report.unchanged and report.version == 1
    assert len(vstore.versions.document_versions(doc_id)) == 1


def test_headline_change_alone_is_a_version(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    kept = annotate(vstore, doc_id, "Officials said")
    report = vstore.versions.replace_document_text(doc_id, OLD, title="Seoul talks to resume")
    assert (report.version, report.kept, report.orphaned) == (2, 1, 0)
    assert vstore.annotations.get_annotation(kept).status == "anchored"


def test_text_of_another_document_is_refused(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    add_doc(vstore, NEW, title="Copy")
    with pytest.raises(ValueError, match="already has exactly this text"):
        vstore.versions.replace_document_text(doc_id, NEW)
    with pytest.raises(ValueError, match="empty"):
        vstore.versions.replace_document_text(doc_id, "   ")


def test_extraction_is_cleared_and_analyst_spans_follow(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    zurich = span(OLD, "Z\u00fcrich")
    analysis = Analysis(
        mentions=(Mention(*span(OLD, "Kim"), "Kim", "PERSON", "Kim Jong Un"),),
        quotes=(Quote(*span(OLD, "we will not give in"), "we will not give in"),),
    )
    vstore.analysis.save_analysis(doc_id, analysis)
    entity = vstore.db.execute("SELECT id FROM entities").fetchone()[0]
    vstore.db.execute(
        'INSERT INTO mentions (document_id, entity_id, start, "end", text, label, field, source)'
        " VALUES (?, ?, ?, ?, 'Z\u00fcrich', 'GPE', 'text', 'analyst')",
        [doc_id, entity, *zurich],
    )
    vstore.db.execute(
        'INSERT INTO mention_overrides (document_id, field, start, "end", hidden)'
        " VALUES (?, 'text', ?, ?, 1)",
        [doc_id, *span(OLD, "Kim")],
    )
    report = vstore.versions.replace_document_text(doc_id, NEW)
    mentions = vstore.db.execute('SELECT source, start, "end", text FROM mentions').fetchall()
    assert mentions == [("analyst", *span(NEW, "Z\u00fcrich"), "Z\u00fcrich")]
    assert vstore.db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 0
    override = vstore.db.execute('SELECT start, "end" FROM mention_overrides').fetchone()
    assert tuple(override) == span(NEW, "Kim")
    assert (report.curation_moved, report.curation_dropped) == (2, 0)


def test_an_orphan_finds_its_place_when_the_text_returns(vstore: Store) -> None:
    doc_id = add_doc(vstore)
    gone = annotate(vstore, doc_id, "39 people were hurt")
    vstore.versions.replace_document_text(doc_id, NEW)
    report = vstore.versions.replace_document_text(doc_id, OLD)
    assert report.recovered == 1 and report.orphaned == 0
    assert vstore.annotations.get_annotation(gone).status == "anchored"


def test_previous_version_is_found_by_url_or_title_and_source(vstore: Store) -> None:
    url = "https://example.org/seoul"
    by_url = add_doc(vstore, OLD, url=url)
    by_title = add_doc(vstore, "One two three four five six seven.", title="Live", source="Wire")
    assert vstore.versions.find_previous_version(Article("Talks", NEW, url=url)) == by_url
    assert (
        vstore.versions.find_previous_version(Article("Renamed headline", OLD, url=url)) == by_url
    )
    assert vstore.versions.find_previous_version(Article("Talks in Seoul", OLD, url=url)) is None
    update = Article("Live", "One two three four five six seven eight.", source="Wire")
    assert vstore.versions.find_previous_version(update) == by_title
    unrelated = Article("Live", "A different story about something else.", source="Wire")
    assert vstore.versions.find_previous_version(unrelated) is None
    assert vstore.versions.find_previous_version(Article("New", "Brand new text.")) is None


def test_previous_version_by_feed_id_or_same_file(vstore: Store) -> None:
    by_id = add_doc(vstore, "Feed text one.", external_id="feed-42")
    by_file = add_doc(vstore, OLD, title="Seoul", origin_path="/news/seoul.txt")
    from_feed = Article("T", "Other words.", external_id="feed-42")
    assert vstore.versions.find_previous_version(from_feed) == by_id
    again = Article("Seoul", NEW, origin_path="/news/seoul.txt")
    assert vstore.versions.find_previous_version(again) == by_file
    reused = Article("Seoul", "An unrelated piece about gardening.", origin_path="/news/seoul.txt")
    assert vstore.versions.find_previous_version(reused) is None


# -- command line (the handlers, on a library with versions) -----------------


def run(store: Store, handler: str, **options: object) -> int:
    return int(getattr(version_commands, handler)(store, argparse.Namespace(**options)))


def test_update_command_reports_and_diff_shows_changes(
    vstore: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc_id = add_doc(vstore)
    annotate(vstore, doc_id, "39 people were hurt")
    path = tmp_path / "new.txt"
    path.write_text(f"Talks resume\n\n{NEW}\n", encoding="utf-8")
    options = {"doc": str(doc_id), "file": str(path), "title": None, "no_analyze": True}
    assert run(vstore, "run_update", workers=None, **options) == 0
    out = capsys.readouterr().out
    assert "is now version 2" in out and "1 orphaned" in out
    assert run(vstore, "run_diff", doc=str(doc_id), from_version=None, to_version=None) == 0
    diff = capsys.readouterr().out
    assert "-Talks in Seoul" in diff and "+Talks resume" in diff
    assert "+A new paragraph explains the background of the dispute." in diff
    assert run(vstore, "run_versions", doc=str(doc_id), json=True) == 0
    assert '"version": 2' in capsys.readouterr().out


def test_orphans_and_reattach_commands(
    vstore: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    doc_id = add_doc(vstore)
    gone = annotate(vstore, doc_id, "39 people were hurt")
    vstore.versions.replace_document_text(doc_id, NEW)
    assert run(vstore, "run_orphans", json=True) == 0
    assert '"status": "orphaned"' in capsys.readouterr().out
    options = {"quote": "the figure", "occurrence": 1, "start": None, "end": None}
    assert run(vstore, "run_reattach", annotation=gone, **options) == 0
    assert vstore.annotations.get_annotation(gone).exact == "the figure"
    assert run(vstore, "run_orphans", json=False) == 0
    assert capsys.readouterr().out.endswith("\nNo orphaned annotations.\n")


def test_the_versions_of_a_missing_document_are_refused(vstore: Store) -> None:
    with pytest.raises(LookupError, match="no document with id 99"):
        vstore.versions.document_versions(99)


def test_a_statement_marked_under_the_old_rule_still_follows_its_span(vstore: Store) -> None:
    # Before closing marks were kept, every edge mark came off: 'Kim said "we will not give in'.
    doc_id = add_doc(vstore)
    claim, _ = vstore.claims.add_claim(doc_id, *span(OLD, 'Kim said "we will not give in"'))
    vstore.db.execute(
        "UPDATE claims SET statement = ? WHERE annotation_id = ?",
        ['Kim said "we will not give in', claim],
    )
    vstore.versions.replace_document_text(doc_id, NEW)
    assert vstore.claims.get_claim(claim).statement == "Kim said \u201cwe will not give in\u201d"


@pytest.mark.parametrize(
    "url", ["https://example.org/", "https://example.org", "file:///etc/passwd", "#", "N/A"]
)
def test_a_url_that_names_no_story_does_not_make_a_new_version(vstore: Store, url: str) -> None:
    """Before: a .jsonl whose rows all carried the site's home page (or a placeholder) as
    their url became one document with a version per row; each row is its own article."""
    first = add_doc(vstore, OLD, url=url)
    other = Article("Harbour reopens", "The harbour in Bergen reopened on Tuesday.", url=url)
    assert first and vstore.versions.find_previous_version(other) is None


def test_an_entity_change_is_redone_after_the_update_before_it_is_redone(
    vstore: Store,
) -> None:
    """Before: update (analysed), change an entity's type, undo both, redo both: redoing the
    update leaves the document waiting for analysis with no mentions, and the type change
    was refused ("the mentions table changed") and dropped from the history."""
    doc_id = add_doc(vstore)
    _analyse(vstore, doc_id, OLD)
    vstore.versions.replace_document_text(doc_id, NEW)
    _analyse(vstore, doc_id, NEW, version=2)
    seoul = vstore.entities.find_entity_id("Seoul")
    assert seoul is not None
    vstore.entities.relabel_entity(seoul, "LOC")
    vstore.history.undo()
    vstore.history.undo()
    vstore.history.redo()
    vstore.history.redo()
    assert vstore.entities.get_entity(seoul)["label"] == "LOC"
    assert vstore.history.undo() is not None  # still in the history, both ways
    assert vstore.entities.get_entity(seoul)["label"] == "GPE"


def test_a_hidden_mention_is_redone_after_the_update_before_it_is_redone(
    vstore: Store,
) -> None:
    """As above for "Not an entity" on one mention: its row, gone with the redone update's
    cleared extraction, was a conflict; the hiding rule still holds for the next analysis."""
    doc_id = add_doc(vstore)
    _analyse(vstore, doc_id, OLD)
    vstore.versions.replace_document_text(doc_id, NEW)
    _analyse(vstore, doc_id, NEW, version=2)
    seoul = next(m for m in vstore.analysis.document_entities(doc_id) if m["text"] == "Seoul")
    vstore.entities.hide_mention(seoul["id"])
    vstore.history.undo()
    vstore.history.undo()
    vstore.history.redo()
    vstore.history.redo()
    _analyse(vstore, doc_id, NEW, version=2)
    assert [m["text"] for m in vstore.analysis.document_entities(doc_id)] == ["Kim"]


def test_an_update_whose_old_entities_are_gone_is_a_conflict_not_a_stuck_history(
    vstore: Store,
) -> None:
    """Update (analysed), merge two entities, re-analyse: undoing the merge is refused, and
    the update's undo then failed on every try with "FOREIGN KEY constraint failed" (its
    old mentions name the merged-away entity), so nothing older could be undone."""
    from workbench.store.labels import named as _named

    def analyse(text: str, backwards: bool = False) -> None:
        mentions = (Mention(*span(text, "Seoul"), "Seoul", "GPE", "Seoul"),
                    Mention(*span(text, "Z\u00fcrich"), "Z\u00fcrich", "GPE", "Z\u00fcrich"))
        vstore.analysis.save_analysis(doc_id, Analysis(
            mentions=mentions[::-1] if backwards else mentions))

    doc_id = add_doc(vstore)
    first = annotate(vstore, doc_id, "Officials said")
    analyse(OLD)
    vstore.versions.replace_document_text(doc_id, NEW)
    analyse(NEW)
    seoul, zurich = (vstore.entities.find_entity_id(n) for n in ("Seoul", "Z\u00fcrich"))
    assert seoul is not None and zurich is not None
    vstore.entities.merge_entities(seoul, [zurich])
    analyse(NEW, backwards=True)  # the mentions written anew, under other ids
    for _ in range(2):  # the merge, then the update: each undone or refused, never stuck
        try:
            vstore.history.undo()
        except UndoConflict:
            pass
    assert vstore.history.undo_labels()[0] == f"Highlight{_named('Officials said')}"
    vstore.history.undo()  # the highlight before them: the history was not stuck
    with pytest.raises(LookupError):
        vstore.annotations.get_annotation(first)
