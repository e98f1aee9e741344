"""A name's edges as a new user reads them on the Entities page (issue 15).

Three slips glue an ordinary word onto a name: a function word or reporting verb at its
end ("Center for Biological Diversity and"), the verb of a question at its start ("Will
Red Hat employees be barred?"), and a role capitalised only because it opens the sentence
("Companion Karen Gillan will leave"). Each made an entity named after one sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import canonical_name, finalize_mentions, raw_mentions
from workbench.nlp.entity_titles import without_person_titles

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Center for Biological Diversity and", "Center for Biological Diversity"),
        ("Technology Innovations of", "Technology Innovations"),
        ("Herbert Flynn Jr told", "Herbert Flynn Jr"),
        ("Office for the", "Office"),
        ("Bank of England", "Bank of England"),
        ("Isle of Man", "Isle of Man"),
        ("Ministry of Defence", "Ministry of Defence"),
        ('Pacific "Ring of Fire', "Pacific Ring of Fire"),
        ("Pacific \u201cRing of Fire", "Pacific Ring of Fire"),
        ('Dwayne "The Rock" Johnson', 'Dwayne "The Rock" Johnson'),
    ],
)
def test_a_name_never_ends_in_a_function_word_or_reporting_verb_nor_opens_a_quote(surface: str,
                                                                 expected: str) -> None:
    assert canonical_name(surface) == expected


def test_the_verb_opening_a_question_is_not_part_of_the_name(nlp: Language) -> None:
    text = "Will Trump win the election? Donald Trump said he will."
    found = {(m.text, m.label) for m in raw_mentions(nlp(text)) if m.label == "PERSON"}
    assert ("Trump", "PERSON") in found
    assert not any(name.startswith("Will") for name, _ in found)


def test_a_given_name_like_a_verb_stays(nlp: Language) -> None:
    text = "Will Smith said he was happy with the film."
    assert ("Will Smith", "PERSON") in {(m.text, m.label) for m in raw_mentions(nlp(text))}


def test_a_role_opening_a_sentence_is_cut_from_the_persons_name() -> None:
    text = ("Companion Karen Gillan will leave the show. Her companion role ends in May, "
            "Karen Gillan said.")
    raw = [tag(text, "Companion Karen Gillan", "PERSON"), tag(text, "Karen Gillan", "PERSON", 1)]
    assert body(finalize_mentions(raw, text, "Cast")) == {
        ("Companion Karen Gillan", "Karen Gillan", "PERSON"),
        ("Karen Gillan", "Karen Gillan", "PERSON")}


def test_a_role_capitalised_as_an_office_is_cut_too() -> None:
    text = ("The show said former Companion Karen Gillan will return. Karen Gillan left "
            "in 2012 and no companion has stayed longer.")
    raw = [tag(text, "Companion Karen Gillan", "PERSON"), tag(text, "Karen Gillan", "PERSON", 1)]
    assert ("Companion Karen Gillan", "Karen Gillan", "PERSON") in body(
        finalize_mentions(raw, text, "Cast"))


def test_a_given_name_that_is_also_a_word_stays() -> None:
    text = ("Rose Mary Woods testified on Monday. Prices rose after Rose Mary Woods spoke, "
            "and Woods said the gap was an accident.")
    raw = [tag(text, "Rose Mary Woods", "PERSON"), tag(text, "Rose Mary Woods", "PERSON", 1),
           tag(text, "Woods", "PERSON", 2)]
    found = body(finalize_mentions(raw, text, "Tapes"))
    assert ("Rose Mary Woods", "Rose Mary Woods", "PERSON") in found


def test_a_figure_after_a_persons_name_is_not_part_of_it(nlp: Language) -> None:
    text = "The advisory placed Humberto 785 miles west of Bermuda."
    found = [(m.text, m.label) for m in raw_mentions(nlp(text))]
    assert not any(char.isdigit() for name, label in found if label == "PERSON"
                   for char in name)


class _CountedText(str):
    """A text that counts how often it is scanned for a name."""

    scans = 0

    def count(self, *args: object) -> int:  # type: ignore[override]
        type(self).scans += 1
        return super().count(*args)  # type: ignore[arg-type]


def test_a_role_word_is_weighed_once_per_name_not_per_mention() -> None:
    """Each scan reads the whole text: once per mention was quadratic in a long article."""
    sentence = "Rose Mary Woods testified. Prices rose. "
    text = _CountedText(sentence * 6)
    raw = [tag(text, "Rose Mary Woods", "PERSON", n) for n in range(6)]
    _CountedText.scans = 0
    found = without_person_titles(raw, text)
    assert {m.entity for m in found} == {"Rose Mary Woods"}
    assert _CountedText.scans <= 2


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Ahmed \u200dKhan", "Ahmed Khan"),  # attack run 18: a joiner opening a word
        ("Ahmed\u200d Khan", "Ahmed Khan"),  # one closing a word
        ("\u200dLina Park\u200d", "Lina Park"),  # at the name's edges
        ("Team 👨\u200d👩\u200d👧 Park", "Team 👨\u200d👩\u200d👧 Park"),  # an emoji family stays
        ("\u0915\u094d\u200d\u0937 Rao", "\u0915\u094d\u200d\u0937 Rao"),  # inside an Indic word
    ],
)
def test_a_joiner_at_a_word_edge_is_no_part_of_the_name(surface: str, expected: str) -> None:
    assert canonical_name(surface) == expected


def test_a_found_name_leaves_out_its_stray_joiner_but_its_mention_keeps_the_text() -> None:
    from workbench.nlp.pipeline import analyze_document  # noqa: PLC0415 - loads the model

    text = 'The family 👨\u200d👩\u200d👧 of Ahmed \u200dKhan said "we are fine" on Sunday.'
    [mention] = [m for m in analyze_document("Flood", text).mentions if "Khan" in m.text]
    assert mention.entity == "Ahmed Khan"
    assert text[mention.start:mention.end] == mention.text == "Ahmed \u200dKhan"
