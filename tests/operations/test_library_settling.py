"""The library-wide label pass: earlier documents' model entities settled by later ones,
the analyst's curation left as it is, and nothing left to do the second time."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.operations.library_settling import settle_library_labels
from workbench.store import Store

HOUSE = "Officials at the White House said the visit would go ahead."
AGENCY = ("The Federal Emergency Management Agency (FEMA) sent teams to the coast."
          " FEMA said more would follow.")
BARE = "FEMA said the shelters were full."


def _document(store: Store, title: str, text: str, *mentions: Mention,
              quotes: tuple[Quote, ...] = ()) -> int:
    doc = store.documents.add_article(Article(title=title, text=f"{text} ({title})"),
                                      analyze=False).documents_added[0]
    store.analysis.save_analysis(doc, Analysis(mentions=mentions, quotes=quotes))
    return doc


def _house(store: Store, label: str, title: str) -> int:
    start = HOUSE.index("White House")
    return _document(store, title, HOUSE,
                     Mention(start, start + 11, "White House", label, "White House"))


def _labels(store: Store, name: str) -> dict[str, int]:
    """label -> documents of the visible entities called ``name`` that any document names."""
    return {row["label"]: row["documents"] for row in store.entities.list_entities()
            if row["name"] == name and row["documents"]}


def _facilities_mostly_organisations(store: Store, *names: str) -> None:
    """Each name a facility in one document and an organisation in four: one move apiece,
    so the batch tests can count the pass's steps."""
    for name in names:
        text = f"Officials at the {name} said the visit would go ahead."
        start = text.index(name)
        for number, label in enumerate(["FAC"] + ["ORG"] * 4):
            _document(store, f"{name} {number}", text,
                      Mention(start, start + len(name), name, label, name))


def _pending_house_the_model_reads_as_organisation(store: Store,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """One more "White House" document waiting for analysis, with the extraction patched to
    read it as an organisation: what the analysis-run tests feed the pass."""
    from workbench.operations import analysis

    doc = _house(store, "ORG", "pending")
    store.analysis.mark_for_analysis([doc])
    start = HOUSE.index("White House")
    found = Analysis(mentions=(Mention(start, start + 11, "White House", "ORG", "White House"),))
    monkeypatch.setattr(analysis.extraction, "analyze_items", lambda items, **_: iter(
        [analysis.AnalysisResult(doc_id, found) for doc_id, _, _ in items]))


@pytest.fixture
def white_house(store: Store) -> Store:
    """"White House" a facility in the first article, an organisation in the next four."""
    _house(store, "FAC", "first")
    for number in range(4):
        _house(store, "ORG", f"later {number}")
    return store


def test_later_documents_settle_the_first_documents_label(white_house: Store) -> None:
    report, changes = settle_library_labels(white_house)
    assert _labels(white_house, "White House") == {"ORG": 5}
    assert (report.entities, report.documents) == (1, 1)
    assert changes.entities
    names = [row["name"] for row in white_house.entities.list_entities()]
    assert names.count("White House") == 1  # the emptied model entity is gone


def test_a_second_pass_changes_nothing(white_house: Store) -> None:
    settle_library_labels(white_house)
    report, changes = settle_library_labels(white_house)
    assert (report.entities, report.documents) == (0, 0)
    assert not changes.entities


def test_an_entity_the_analyst_relabelled_stays_as_they_left_it(white_house: Store) -> None:
    facility = next(row["id"] for row in white_house.entities.list_entities()
                    if row["label"] == "FAC")
    white_house.entities.rename_entity(facility, "White House building")
    settle_library_labels(white_house)
    assert _labels(white_house, "White House building") == {"FAC": 1}
    white_house.history.undo()  # the analyst's own step still undoes
    assert white_house.entities.get_entity(facility)["name"] == "White House"


def test_a_mention_the_analyst_marked_keeps_its_type(store: Store) -> None:
    """The analyst marked one "White House" a facility by hand: that mention stays one."""
    _house(store, "FAC", "first")
    for number in range(8):
        _house(store, "ORG", f"later {number}")
    marked = _document(store, "marked", HOUSE)
    start = HOUSE.index("White House")
    store.entities.create_entity_mention(marked, start, start + 11, "White House", "FAC")
    settle_library_labels(store)
    assert _labels(store, "White House") == {"FAC": 1, "ORG": 9}
    (mention,) = store.analysis.document_entities(marked)
    assert mention["label"] == "FAC"


def test_an_acronym_defined_in_a_later_document_joins_the_earlier_bare_one(store: Store) -> None:
    said = Quote(0, len(BARE), BARE, speaker="FEMA", speaker_text="FEMA")
    early = _document(store, "early", BARE, Mention(0, 4, "FEMA", "ORG", "FEMA"), quotes=(said,))
    full = "Federal Emergency Management Agency"
    start, second = AGENCY.index(full), AGENCY.rindex("FEMA")
    _document(store, "later", AGENCY,
              Mention(start, start + len(full), full, "ORG", full),
              Mention(AGENCY.index("FEMA"), AGENCY.index("FEMA") + 4, "FEMA", "ORG", full),
              Mention(second, second + 4, "FEMA", "ORG", full))
    settle_library_labels(store)
    assert _labels(store, "FEMA") == {}
    assert _labels(store, full) == {"ORG": 2}
    (quote,) = store.analysis.document_quotes(early)
    agency = store.entities.find_entity_id(full)
    assert quote["speaker_entity_id"] == agency
    assert "FEMA" in store.entities.entity_aliases([agency])[agency]


def test_an_entity_an_undo_step_names_is_kept_though_emptied(white_house: Store) -> None:
    """The analyst hid one of two mentions of the facility; the other moves with the
    library, and undoing the hide puts the mention back on the row it came from."""
    twice = "The White House said the White House lawn stays closed."
    first, second = twice.index("White House"), twice.rindex("White House")
    doc = _document(white_house, "twice", twice,
                    Mention(first, first + 11, "White House", "FAC", "White House"),
                    Mention(second, second + 11, "White House", "FAC", "White House"))
    for number in range(4, 8):
        _house(white_house, "ORG", f"later {number}")
    hidden = next(m for m in white_house.analysis.document_entities(doc) if m["start"] == second)
    white_house.entities.hide_mention(hidden["id"])
    settle_library_labels(white_house)
    assert _labels(white_house, "White House") == {"ORG": 10}
    assert white_house.entities.get_entity(hidden["entity_id"])["label"] == "FAC"
    white_house.history.undo()
    assert white_house.entities.get_mention(hidden["id"])["entity_id"] == hidden["entity_id"]


def test_an_analysis_run_ends_with_the_pass(white_house: Store,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.operations import analysis

    _pending_house_the_model_reads_as_organisation(white_house, monkeypatch)
    report = analysis.analyze_pending(white_house)
    assert report.settled is not None and report.settled.entities == 1
    assert _labels(white_house, "White House") == {"ORG": 6}


def test_the_command_settles_and_says_how_much(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        _house(store, "FAC", "first")
        for number in range(4):
            _house(store, "ORG", f"later {number}")
    assert main(["--db", str(path), "entity", "settle"]) == 0
    assert capsys.readouterr().out.startswith("Settled 1 entity in 1 document (")
    assert main(["--db", str(path), "entity", "settle", "--json"]) == 0
    assert '"entities": 0' in capsys.readouterr().out


def test_a_runs_own_counts_read_only_the_entities_they_move(white_house: Store) -> None:
    from workbench.nlp.library_labels import LibraryLabels

    counts = LibraryLabels.from_rows(white_house.entities.list_entities())
    assert [row["label"] for row in white_house.entities.settling_rows(counts.unsettled())
            ] == ["FAC"]
    report, _ = settle_library_labels(white_house, counts)
    assert report.entities == 1
    assert _labels(white_house, "White House") == {"ORG": 5}


def test_the_terminal_import_says_what_the_pass_settled(
        white_house: Store, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from workbench.commands.library import analyze_in_terminal

    _pending_house_the_model_reads_as_organisation(white_house, monkeypatch)
    assert not analyze_in_terminal(white_house, workers=None)
    err = capsys.readouterr().err
    assert "settled 1 entity in 1 document by the whole library's labels" in err


def test_one_pass_settles_what_its_own_moves_make_a_majority(store: Store) -> None:
    """Three people, one organisation, one facility: the person's leaning takes the
    organisation, and four documents of five are then a majority that takes the facility
    too, in the same pass, so a second pass finds nothing."""
    for number, label in enumerate(["PERSON"] * 3 + ["ORG", "FAC"]):
        _house(store, label, f"document {number}")
    report, _ = settle_library_labels(store)
    assert _labels(store, "White House") == {"PERSON": 5}
    assert (report.entities, report.documents) == (2, 2)
    assert settle_library_labels(store)[0].entities == 0


def test_a_large_pass_leaves_the_writer_free_between_batches(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three names each a facility in one document and an organisation in four: with a
    batch of one move, the pass is three steps (the writer runs the analyst's actions
    in between), and every entity still settles."""
    from workbench.operations import library_settling

    _facilities_mostly_organisations(store, "White House", "Pentagon", "Kremlin")
    monkeypatch.setattr(library_settling, "SETTLE_BATCH", 1)
    steps = library_settling.settling_steps(store)
    taken = 0
    with pytest.raises(StopIteration) as finished:
        while True:
            next(steps)
            taken += 1
    report, _ = finished.value.value
    assert (taken, report.entities) == (3, 3)
    assert _labels(store, "Kremlin") == {"ORG": 5}


def test_an_entity_curated_between_two_batches_stays(store: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The desktop's analyst renames a facility while the pass is between two batches:
    the move read before the rename is not made."""
    from workbench.operations import library_settling

    _facilities_mostly_organisations(store, "White House", "Pentagon")
    monkeypatch.setattr(library_settling, "SETTLE_BATCH", 1)
    steps = library_settling.settling_steps(store)
    next(steps)  # one facility moved
    (waiting,) = [row for row in store.entities.list_entities()
                  if row["label"] == "FAC" and row["documents"]]
    store.entities.rename_entity(waiting["id"], f"{waiting['name']} building")
    with pytest.raises(StopIteration) as finished:
        while True:
            next(steps)
    assert _labels(store, f"{waiting['name']} building") == {"FAC": 1}
    report, _ = finished.value.value
    assert (report.entities, report.documents) == (1, 1)  # the renamed one is not counted


def test_an_entity_an_undone_step_names_waits_for_its_redo(white_house: Store) -> None:
    """Rename the facility, undo, settle, redo: the pass moved the facility's mention to
    the organisation, so the redo was refused ("the mentions table changed") and dropped
    from the history. An entity a step waiting for its redo names stays until the redo
    or the analyst's next action."""
    facility = next(row["id"] for row in white_house.entities.list_entities()
                    if row["label"] == "FAC")
    white_house.entities.rename_entity(facility, "White House building")
    white_house.history.undo()
    report, _ = settle_library_labels(white_house)
    assert report.entities == 0
    assert white_house.history.redo() is not None
    assert _labels(white_house, "White House building") == {"FAC": 1}



def test_a_merge_redone_after_the_pass_moved_its_mentions_is_kept(white_house: Store) -> None:
    """Merge the facility into the organisation, undo, settle, redo: the pass leaves the
    mention alone (both entities are named by the step waiting for its redo, so curated),
    the redo meets its rows as it left them, and its undo puts the mention back on the
    facility. Replay compares a model row whole, as any row: a redo or undo that wrote
    only its own columns over a row moved since would keep half of each."""
    rows = white_house.entities.list_entities()
    facility = next(row["id"] for row in rows if row["label"] == "FAC")
    organisation = next(row["id"] for row in rows if row["label"] == "ORG")
    white_house.entities.merge_entities(organisation, [facility])
    white_house.history.undo()
    settle_library_labels(white_house)
    white_house.history.redo()
    assert _labels(white_house, "White House") == {"ORG": 5}
    white_house.history.undo()
    assert _labels(white_house, "White House") == {"FAC": 1, "ORG": 4}
