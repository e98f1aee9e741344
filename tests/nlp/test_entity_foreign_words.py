"""Another script's words and Latin species names are no entities (issue 15)."""

from __future__ import annotations

from tests.nlp.entity_support import entities, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_foreign_words import without_foreign_words


def test_a_word_in_another_script_quoted_in_an_english_article_is_no_entity() -> None:
    text = ('The winner wrote her answer in Russian: "Город Тюмень растёт." Anna Petrova '
            "won the prize in Tyumen and thanked her teachers there.")
    raw = [tag(text, "Тюмень", "PERSON"), tag(text, "Anna Petrova", "PERSON"),
           tag(text, "Tyumen", "GPE")]
    assert entities(finalize_mentions(raw, text, "")) == {
        "Anna Petrova": "PERSON", "Tyumen": "GPE"}


def test_a_text_in_another_script_keeps_its_mentions() -> None:
    text = "Город Тюмень растёт быстро, и Тюмень привлекает туристов со всего мира."
    raw = [tag(text, "Тюмень", "GPE")]
    assert without_foreign_words(raw, text) == raw


def test_a_species_latin_name_in_brackets_or_commas_is_no_person_or_place() -> None:
    text = ("The great white shark (Carcharodon carcharias) left the bay. Magellanic "
            "penguins, Spheniscus magellanicus, are smaller. Sand crabs (Emerita talpoida) "
            "dig fast, Dana Whitfield said.")
    raw = [tag(text, "Carcharodon", "PERSON"), tag(text, "Spheniscus", "GPE"),
           tag(text, "Emerita", "PERSON"), tag(text, "Dana Whitfield", "PERSON")]
    assert entities(without_foreign_words(raw, text)) == {"Dana Whitfield": "PERSON"}


def test_a_name_before_an_english_word_in_brackets_or_commas_stays() -> None:
    text = ("Police in the region (Paris area) were on alert. Ministers met in Lyon, "
            "Ortega various, and (Kenya analysis) followed.")
    raw = [tag(text, "Paris", "GPE"), tag(text, "Ortega", "PERSON"), tag(text, "Kenya", "GPE")]
    assert without_foreign_words(raw, text) == raw
