"""Where the whole library settles a model entity: later documents settle earlier ones."""

from __future__ import annotations

from workbench.nlp.library_labels import LibraryLabels
from workbench.nlp.library_settling import settling_moves


def row(entity_id: int, name: str, label: str, documents: int, *, aliases: tuple[str, ...] = (),
        curated: bool = False) -> dict[str, object]:
    return {"id": entity_id, "name": name, "label": label, "documents": documents,
            "created_by": "model", "aliases": list(aliases), "curated": curated}


def test_a_label_the_later_documents_agree_on_moves_the_first_documents_entity() -> None:
    rows = [row(1, "White House", "FAC", 1), row(2, "White House", "ORG", 12)]
    assert settling_moves(rows) == [(1, "White House", "ORG")]


def test_a_split_without_a_firm_majority_stays() -> None:
    rows = [row(1, "Jordan", "GPE", 2), row(2, "Jordan", "PERSON", 2)]
    assert settling_moves(rows) == []


def test_a_bare_acronym_saved_before_its_full_name_joins_it() -> None:
    rows = [row(1, "FEMA", "ORG", 2),
            row(2, "Federal Emergency Management Agency", "ORG", 1, aliases=("FEMA",))]
    assert settling_moves(rows) == [(1, "Federal Emergency Management Agency", "ORG")]


def test_a_curated_entity_never_moves() -> None:
    rows = [row(1, "White House", "FAC", 1, curated=True), row(2, "White House", "ORG", 12)]
    assert settling_moves(rows) == []


def test_an_entity_with_no_document_left_has_nothing_to_move() -> None:
    rows = [row(1, "White House", "FAC", 0), row(2, "White House", "ORG", 12)]
    assert settling_moves(rows) == []


def test_a_person_or_organisation_follows_the_library_leaning() -> None:
    rows = [row(1, "Brexit", "PERSON", 1), row(2, "Brexit", "ORG", 2)]
    assert settling_moves(rows) == [(1, "Brexit", "ORG")]


def test_settled_gives_the_spelling_most_documents_use() -> None:
    library = LibraryLabels.from_rows([row(1, "Liberal party", "ORG", 1),
                                       row(2, "Liberal Party", "ORG", 4)])
    assert library.settled("Liberal party", "ORG") == ("Liberal Party", "ORG")
    assert library.settled("Liberal Party", "ORG") == ("Liberal Party", "ORG")


def test_settled_gives_a_bare_surname_the_one_full_name_the_library_knows() -> None:
    library = LibraryLabels.from_rows([row(1, "Marta Ellingsen", "PERSON", 4),
                                       row(2, "Ellingsen", "ORG", 1)])
    assert library.settled("Ellingsen", "ORG") == ("Marta Ellingsen", "PERSON")


def test_dates_never_move() -> None:
    library = LibraryLabels.from_rows([row(1, "Monday", "DATE", 5)])
    assert library.settled("Monday", "DATE") == ("Monday", "DATE")


def test_unsettled_names_only_the_pairs_that_would_move() -> None:
    library = LibraryLabels.from_rows([row(1, "White House", "FAC", 1),
                                       row(2, "White House", "ORG", 12),
                                       row(3, "Jordan", "GPE", 2)])
    assert library.unsettled() == [("White House", "FAC")]


def test_a_place_or_a_body_follows_the_library_leaning() -> None:
    rows = [row(1, "Orbital Yard", "FAC", 1), row(2, "Orbital Yard", "ORG", 2)]
    assert settling_moves(rows) == [(1, "Orbital Yard", "ORG")]
    rows = [row(1, "Harrow Rise", "ORG", 1), row(2, "Harrow Rise", "GPE", 2)]
    assert settling_moves(rows) == [(1, "Harrow Rise", "GPE")]


def test_a_place_leans_to_a_body_only_on_two_documents_and_never_a_known_one() -> None:
    library = LibraryLabels.from_rows([row(1, "Harrow Rise", "ORG", 1)])
    assert library.settled("Harrow Rise", "GPE") == ("Harrow Rise", "GPE")
    assert library.settled("Harrow Rise", "PERSON") == ("Harrow Rise", "ORG")
    rows = [row(1, "Harrow Rise", "GPE", 1), row(2, "Harrow Rise", "ORG", 2)]
    assert settling_moves(rows) == [(1, "Harrow Rise", "ORG")]
    rows = [row(1, "Germany", "GPE", 1), row(2, "Germany", "ORG", 2)]
    assert settling_moves(rows) == []


def test_a_leaning_never_moves_a_person_to_a_place() -> None:
    rows = [row(1, "Harrow Rise", "PERSON", 1), row(2, "Harrow Rise", "GPE", 2)]
    assert settling_moves(rows) == []


def test_a_body_leans_to_a_place_only_on_two_documents_and_never_a_known_one() -> None:
    """Issue 15: one article's city "Liverpool" must not make the club a place."""
    library = LibraryLabels.from_rows([row(1, "Harrow Rise", "GPE", 1)])
    assert library.settled("Harrow Rise", "ORG") == ("Harrow Rise", "ORG")
    assert library.settled("Harrow Rise", "FAC") == ("Harrow Rise", "FAC")
    library = LibraryLabels.from_rows([row(1, "Liverpool", "GPE", 1)])
    assert library.settled("Liverpool", "ORG") == ("Liverpool", "ORG")
    rows = [row(1, "Liverpool", "ORG", 1), row(2, "Liverpool", "GPE", 3)]
    assert settling_moves(rows) == []


def test_two_spellings_in_as_many_documents_become_one_entity() -> None:
    """A tie of case or accents: the spelling a writer chose wins, not two entities."""
    rows = [row(1, "GitHub", "ORG", 2), row(2, "Github", "ORG", 2),
            row(3, "Thessaloníki", "GPE", 1), row(4, "Thessaloniki", "GPE", 1),
            row(5, "ex-Muslims", "NORP", 1), row(6, "Ex-Muslims", "NORP", 1),
            row(7, "Sentinel", "ORG", 1), row(8, "SENTINEL", "ORG", 1)]
    assert sorted(settling_moves(rows)) == [(2, "GitHub", "ORG"), (4, "Thessaloníki", "GPE"),
                                            (6, "ex-Muslims", "NORP"), (8, "Sentinel", "ORG")]


def test_a_spelling_of_another_label_is_no_tie() -> None:
    rows = [row(1, "WHO", "ORG", 2), row(2, "Who", "PERSON", 2)]
    assert settling_moves(rows) == []
