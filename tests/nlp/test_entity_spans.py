"""Spans the model runs past a name's end: a sentence that ends inside, the pronoun I; and
spans that name nothing: a credit label, a plural common noun opening a sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions, raw_mentions

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_span_running_over_a_sentence_end_stops_at_the_full_stop() -> None:
    text = "He has lived in Adelaide. I believe he will win, I said."
    raw = [tag(text, "Adelaide. I", "PERSON")]
    surfaces = {surface for surface, _, _ in body(finalize_mentions(raw, text, ""))}
    assert surfaces == {"Adelaide"}


def test_titles_and_initials_keep_their_full_stops() -> None:
    text = "Gov. Gavin Newsom met John R. Bolton and Calif. Senator Alex Padilla."
    raw = [tag(text, "Gov. Gavin Newsom", "PERSON"), tag(text, "John R. Bolton", "PERSON")]
    surfaces = {surface for surface, _, _ in body(finalize_mentions(raw, text, ""))}
    assert {"John R. Bolton"} <= surfaces
    assert any(surface.endswith("Gavin Newsom") for surface in surfaces)


def test_the_pronoun_i_is_never_a_name() -> None:
    text = "I think the council is wrong, I told the mayor, Sally Capp."
    raw = [tag(text, "I", "PERSON"), tag(text, "I", "PERSON", 1),
           tag(text, "Sally Capp", "PERSON")]
    assert body(finalize_mentions(raw, text, "")) == {("Sally Capp", "Sally Capp", "PERSON")}


def test_an_acronym_before_a_known_place_is_no_given_name() -> None:
    text = "Post COVID Melbourne will see empty shops. Melbourne must adapt."
    raw = [tag(text, "COVID Melbourne", "PERSON"), tag(text, "Melbourne", "PERSON", 1)]
    assert body(finalize_mentions(raw, text, "")) == {("Melbourne", "Melbourne", "GPE")}


def test_a_credit_label_glued_to_a_caption_name_is_cut_off() -> None:
    text = "Jo MarchukImage: Campaign photo.\n\nMarchuk is the nominee. The BlackImage app."
    raw = [tag(text, "Jo MarchukImage", "PERSON"), tag(text, "Marchuk", "PERSON", 1),
           tag(text, "BlackImage", "ORG")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Jo Marchuk", "Jo Marchuk", "PERSON") in found
    assert ("BlackImage", "BlackImage", "ORG") in found  # no colon: a name, not a credit


def test_a_credit_label_after_a_caption_name_and_a_space_is_cut_off() -> None:
    text = ("Party Chairman Jo Vale Image: Jo Vale.\n\nVale leads the party. "
            "Getty Images: a caption. Corporate Image was a band.")
    raw = [tag(text, "Jo Vale Image", "PERSON"), tag(text, "Jo Vale", "PERSON", 1),
           tag(text, "Vale", "PERSON", 2), tag(text, "Getty Images", "ORG"),
           tag(text, "Corporate Image", "ORG")]
    found = body(finalize_mentions(raw, text, ""))
    assert {name for _, name, label in found if label == "PERSON"} == {"Jo Vale"}
    assert ("Getty Images", "Getty Images", "ORG") in found  # a plural: an agency's name
    assert ("Corporate Image", "Corporate Image", "ORG") in found  # no colon after it


def test_a_plural_common_noun_opening_a_sentence_is_no_name(nlp: Language) -> None:
    text = ("Ann Lee sent her condolences to the family.  Observers questioned whether "
            "the virus was the cause. Williams agreed with them. Democrats said so too.")
    found = {m.text for m in raw_mentions(nlp(text))}
    assert "Observers" not in found
    assert {"Ann Lee", "Williams", "Democrats"} <= found
