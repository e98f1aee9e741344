"""The letters an organisation's name may be written as (issue 15, Canadian bodies): a name
with lowercase words, a hyphenated word, and a local body known by its kind's letters."""

from __future__ import annotations

from workbench.nlp.acronym_letters import acronym_forms, stands_for


def test_a_name_with_lowercase_words_is_spelt_in_capitals() -> None:
    assert stands_for("SQP", ("Société", "québécoise", "du", "patrimoine"))
    assert stands_for("OQF", ("Office", "québécois", "de", "la", "forêt"))


def test_each_part_of_a_hyphenated_word_gives_a_letter() -> None:
    assert stands_for("FIRA", ("Federal-Indigenous", "Relations", "Agency"))
    assert stands_for("FRA", ("Federal-Indigenous", "Relations", "Agency"))


def test_a_local_body_is_known_by_its_kinds_letters_from_three_up() -> None:
    name = ("Kugluktuk", "Fishers", "and", "Trappers", "Association")
    assert stands_for("FTA", name)
    assert stands_for("KFTA", name)
    assert "BC" not in acronym_forms(("University", "of", "British", "Columbia"))
    assert not stands_for("BC", ("University", "of", "British", "Columbia"))
