"""A nation's armed forces named by a definite phrase ("the Israeli military said") speak
as that organisation, without the article, as "the Trump campaign" does."""

from __future__ import annotations

from workbench.nlp.speaker_descriptions import named_description


def test_a_nations_military_or_army_is_named_without_its_article() -> None:
    text = 'The Ruritanian military said the school was "booby-trapped".'
    assert named_description("The Ruritanian military", 0, text, 0) == "Ruritanian military"
    assert named_description("the Ruritanian army", 0, text, 0) == "Ruritanian army"


def test_a_bare_military_names_no_organisation() -> None:
    text = 'The military said the school was "booby-trapped".'
    assert named_description("the military", 0, text, 0) is None
