"""Undo labels name their object: a short, quoted, one-line excerpt of untrusted text."""

from __future__ import annotations

import pytest

from workbench.core.models import Article
from workbench.store import Store
from workbench.store.labels import MAX_NAME, named, short_name

TEXT = (
    "Officials said the army moved troops to the border overnight. "
    "Russia will respond to any provocation along the frontier, a spokesman warned."
)
ARMY = "the army moved troops"
RUSSIA = "Russia will respond to any provocation along the frontier"


@pytest.fixture
def store() -> Store:
    store = Store(None)
    store.documents.add_article(Article(title="Border\nreport", text=TEXT, source="Wire One"))
    return store


def _span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def _claim(store: Store, phrase: str) -> int:
    return store.claims.add_claim(1, *_span(phrase))[0]


def _last(store: Store) -> str:
    label = store.history.undo_labels()[0]
    assert label is not None
    return label


# -- the excerpt ---------------------------------------------------------------------


def test_a_short_name_stays_as_written() -> None:
    assert named("al-Assad") == " “al-Assad”"


def test_control_and_line_characters_become_single_spaces() -> None:
    assert short_name("Kyiv\n\nsaid\r\tno\x00more\u2028now") == "Kyiv said no more now"


def test_bidi_overrides_and_zero_width_characters_are_dropped() -> None:
    assert short_name("abc\u202edef\u200bghi") == "abc def ghi"


def test_a_long_text_is_cut_at_a_word_with_an_ellipsis() -> None:
    cut = short_name(RUSSIA)
    assert cut == "Russia will respond to any provocation…"
    assert len(cut) <= MAX_NAME


def test_one_long_word_is_cut_inside_it() -> None:
    assert short_name("x" * 100) == "x" * (MAX_NAME - 1) + "…"


def test_nothing_to_name_leaves_the_template_alone() -> None:
    assert named("") == named(" \n\t ") == named(None) == ""


# -- one label per action kind -------------------------------------------------------


def test_claim_labels_name_the_claim(store: Store) -> None:
    claim = _claim(store, RUSSIA)
    assert _last(store) == "Mark claim “Russia will respond to any provocation…”"
    store.claims.set_claim_status(claim, "disputed")
    assert _last(store) == "Mark claim “Russia will respond to any provocation…” as disputed"
    store.claims.set_claimant(claim, None, "spokesman")
    assert _last(store).startswith("Change claimant “Russia will")
    other = _claim(store, ARMY)
    store.claims.link_claims(other, claim, "supports")
    assert _last(store) == f"Link claims “{ARMY}” (supports)"
    store.annotations.delete_annotation(claim)
    assert _last(store) == "Delete claim “Russia will respond to any provocation…”"


def test_highlight_note_and_tag_labels_name_the_span(store: Store) -> None:
    highlight, _ = store.annotations.add_annotation(1, *_span(ARMY))
    assert _last(store) == f"Highlight “{ARMY}”"
    store.annotations.add_annotation(1, *_span("border"), note_md="which one?")
    assert _last(store) == "Add note “border”"
    store.tags.tag_annotation(highlight, "military/moves")
    assert _last(store) == f"Tag span “{ARMY}” with military/moves"
    store.tags.untag_annotation(highlight, "military/moves")
    assert _last(store) == f"Remove tag military/moves from “{ARMY}”"
    store.annotations.edit_note(highlight, "check")
    assert _last(store) == f"Edit note “{ARMY}”"
    store.annotations.delete_annotation(highlight)
    assert _last(store) == f"Delete annotation “{ARMY}”"


def test_document_labels_name_the_title_on_one_line(store: Store) -> None:
    store.tags.tag_document(1, "region/east")
    assert _last(store) == "Tag document “Border report” with region/east"
    store.grades.grade_document(1, "B")
    assert _last(store) == "Grade document “Border report” as B"
    store.grades.grade_source("Wire One", "C")
    assert _last(store) == "Grade source “Wire One” as C"


def test_ach_labels_name_question_hypothesis_and_evidence(store: Store) -> None:
    claim = _claim(store, ARMY)
    analysis = store.ach.create_analysis("Is an attack coming?", ["Yes", "No"]).ids[0]
    assert _last(store) == "New analysis “Is an attack coming?”"
    hypothesis = store.ach.add_hypothesis(analysis, "A feint").ids[0]
    assert _last(store) == "Add hypothesis “A feint”"
    evidence = store.ach.add_evidence(analysis, claim).ids[0]
    assert _last(store) == f"Add evidence “{ARMY}”"
    store.ach.rate(evidence, hypothesis, "II")
    assert _last(store) == f"Rate evidence “{ARMY}” as II"
    store.ach.rate(evidence, hypothesis, None)
    assert _last(store) == f"Clear rating “{ARMY}”"
    store.grades.grade_claim(claim, 3)
    assert _last(store) == f"Grade claim “{ARMY}” as 3"
    store.ach.remove_evidence(evidence)
    assert _last(store) == f"Remove evidence “{ARMY}”"
    store.ach.remove_hypothesis(hypothesis)
    assert _last(store) == "Remove hypothesis “A feint”"
    store.ach.delete_analysis(analysis)
    assert _last(store) == "Delete analysis “Is an attack coming?”"


def test_entity_labels_quote_the_names(store: Store) -> None:
    mention, _ = store.entities.create_entity_mention(1, *_span("Russia"), "Russia", "GPE")
    assert _last(store) == "Mark “Russia” as GPE"
    sql = "SELECT entity_id FROM mentions WHERE id = ?"
    entity = store.db.execute(sql, [mention]).fetchone()[0]
    store.entities.rename_entity(entity, "Russian\nFederation")
    assert _last(store) == "Rename “Russia” to “Russian Federation”"



def test_tag_paths_are_put_on_one_line(store: Store) -> None:
    highlight, _ = store.annotations.add_annotation(1, *_span(ARMY))
    store.tags.tag_annotation(highlight, "topics/\x1barmy\n")
    assert "\x1b" not in _last(store) and "\n" not in _last(store)
    assert _last(store) == f"Tag span “{ARMY}” with topics/ army"


def test_a_new_span_is_named_by_code_point_offsets(store: Store) -> None:
    """Offsets are code points: an emoji before the span must not shift the excerpt."""
    text = "🙂🙂 Kim met Putin in Vladivostok."
    doc = store.documents.add_article(Article(title="Summit", text=text)).documents_added[0]
    start = text.index("Kim met")
    store.annotations.add_annotation(doc, start, start + len("Kim met Putin"))
    assert _last(store) == "Highlight “Kim met Putin”"


def test_dismissing_a_duplicate_suggestion_names_both_entities(store: Store) -> None:
    with store.db.conn:
        for name in ("Kim Jong Un", "Kim\nJong-un"):
            store.db.execute("INSERT INTO entities (name, label) VALUES (?, 'PERSON')", [name])
    store.entities.dismiss_duplicate(2, 1)
    assert _last(store) == "Dismiss duplicate suggestion “Kim Jong Un” and “Kim Jong-un”"
