"""A two-word rank before a person's name is no part of the name before it (issue 15):
"[Iranian Grand] Master Pouya Idani". Sentences written for these tests; mentions made
by hand, as the small model tags them."""

from __future__ import annotations

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_glued import is_nationality_word
from workbench.nlp.entity_ranks import without_rank_fragments


def test_a_fragment_ending_where_a_rank_continues_keeps_its_nationality() -> None:
    text = "Iranian Grand Master Pouya Idani beat Norwegian Grand Master Ola Berg on Friday."
    raw = [tag(text, "Iranian Grand", "ORG"), tag(text, "Pouya Idani", "PERSON"),
           tag(text, "Norwegian Grand", "WORK_OF_ART"), tag(text, "Ola Berg", "PERSON")]
    assert body(finalize_mentions(raw, text, "")) == {
        ("Iranian", "Iranian", "NORP"), ("Pouya Idani", "Pouya Idani", "PERSON"),
        ("Norwegian", "Norwegian", "NORP"), ("Ola Berg", "Ola Berg", "PERSON")}


def test_a_whole_rank_inside_the_fragment_is_cut_too() -> None:
    text = "British Field Marshal Edwin Harrow led the army."
    raw = [tag(text, "British Field Marshal", "ORG"), tag(text, "Edwin Harrow", "PERSON")]
    assert [(m.text, m.label) for m in without_rank_fragments(raw, text)] == [
        ("British", "NORP"), ("Edwin Harrow", "PERSON")]


def test_a_rank_alone_is_no_entity_and_makes_the_name_after_it_a_person() -> None:
    text = "He met Grand Master Ola Berg in the final."
    raw = [tag(text, "Grand Master", "ORG"), tag(text, "Ola Berg", "ORG")]
    assert body(finalize_mentions(raw, text, "")) == {("Ola Berg", "Ola Berg", "PERSON")}


def test_a_rank_word_without_the_rank_and_a_name_is_left_alone() -> None:
    text = "The Grand Hotel hosted the Field Museum gala. The Grand Master of the lodge spoke."
    raw = [tag(text, "Grand Hotel", "ORG"), tag(text, "Field Museum", "ORG"),
           tag(text, "Grand Master", "ORG")]
    assert without_rank_fragments(raw, text) == raw


def test_ukrainian_and_norwegian_are_nationalities() -> None:
    assert is_nationality_word("Ukrainian")
    assert is_nationality_word("Norwegian")
    assert not is_nationality_word("Basilashvili")
