"""Surname-only persons take the full name the text wrote untagged (issue 15)."""

from __future__ import annotations

from tests.nlp.entity_support import tag
from workbench.core.models import Mention
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.names import canonical_name
from workbench.nlp.untagged_names import with_untagged_full_names


def surname(text: str, name: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, "PERSON", name)


def test_surname_entity_takes_the_untagged_full_name_before_it() -> None:
    text = "The toilet is by Italian artist Maurizio Cattelan. Cattelan said it was a joke."
    mentions = [surname(text, "Cattelan", nth=1)]
    (mention,) = with_untagged_full_names(mentions, text)
    assert mention.entity == "Maurizio Cattelan"


def test_a_title_is_not_a_given_name() -> None:
    text = "The vote was lost. Later that day Mrs May said she would stay. May left."
    mentions = [surname(text, "May", nth=0), surname(text, "May", nth=1)]
    assert [m.entity for m in with_untagged_full_names(mentions, text)] == ["May", "May"]


def test_an_age_joined_by_hyphens_is_no_given_name() -> None:
    text = 'She said "the parents."\n\n\nFourteen-year-old Mia, on the top deck, said it shook.'
    (mention,) = with_untagged_full_names([surname(text, "Mia")], text)
    assert mention.entity == "Mia"
    text = "The war went on. President Bashar al-Assad spoke. Later al-Assad left."
    (mention,) = with_untagged_full_names([surname(text, "al-Assad", nth=1)], text)
    assert mention.entity == "Bashar al-Assad"


def test_other_labels_and_full_names_are_left_alone() -> None:
    text = "Analyst Ruth Porat met Porat Bank. Ruth Porat spoke."
    bank = Mention(
        text.index("Porat Bank"), text.index(" Bank") + 5, "Porat Bank", "ORG", "Porat Bank"
    )
    full = surname(text, "Ruth Porat", nth=1)
    assert with_untagged_full_names([bank, full], text) == [bank, full]


def test_sentence_adverb_run_into_a_name_is_cleaned_off() -> None:
    assert canonical_name("Later Cuomo") == "Cuomo"
    assert canonical_name("Meanwhile, Boeing") == "Boeing"
    assert canonical_name("Latimer Cuomo") == "Latimer Cuomo"


def test_a_surname_read_as_a_nationality_is_the_person_the_lead_line_names() -> None:
    text = ("PUBLISHED: 22:07 GMT, 7 July 2012 Wladek Brovanko stopped Tim Hale in the sixth "
            "round. Brovanko put Hale on the canvas, and Brovanko kept his belts.")
    raw = [tag(text, "Tim Hale", "PERSON"), tag(text, "Brovanko", "NORP", 1),
           tag(text, "Hale", "PERSON", 1), tag(text, "Brovanko", "NORP", 2)]
    found = {(m.text, m.entity, m.label) for m in finalize_mentions(raw, text, "")
             if m.field == "text"}
    assert ("Brovanko", "Wladek Brovanko", "PERSON") in found


def test_a_nationality_or_a_tagged_place_word_stays_what_it_is() -> None:
    text = ("Latin American leaders met. The American delegation left. The quake felled "
            "the Punta Ventana arch; Ventana had stood for centuries.")
    raw = [tag(text, "American", "NORP"), tag(text, "American", "NORP", 1),
           tag(text, "Punta", "GPE"), tag(text, "Ventana", "NORP"),
           tag(text, "Ventana", "NORP", 1)]
    found = {(m.entity, m.label) for m in finalize_mentions(raw, text, "") if m.field == "text"}
    assert ("American", "NORP") in found and ("Ventana", "NORP") in found
