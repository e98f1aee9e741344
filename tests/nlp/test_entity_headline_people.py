"""A person the model reads across a title-case headline is cut to the name the body
writes ("Chargers WR Okafor will start" -> "Okafor", who is the body's "Dele Okafor")."""

from __future__ import annotations

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions


def test_a_headline_role_glued_to_a_surname_is_cut_and_the_body_keeps_its_full_name() -> None:
    text = (
        "Chargers WR Okafor will start vs. Steelers\n\n"
        "Wide receiver Dele Okafor will play on Sunday. Okafor was cited on Tuesday."
    )
    raw = [tag(text, "WR Okafor", "PERSON"), tag(text, "Dele Okafor", "PERSON"),
           tag(text, "Okafor", "PERSON", 2)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Okafor", "Dele Okafor", "PERSON") in found
    assert not any(entity == "WR Okafor" for _, entity, _ in found)


def test_a_headline_verb_glued_between_two_names_keeps_the_leading_name() -> None:
    text = (
        "Marchetti Overrules Brandt on River Permits\n\n"
        "Governor Marchetti on Tuesday restored the permits. Marchetti said the rules stand."
    )
    raw = [tag(text, "Marchetti Overrules Brandt", "PERSON"), tag(text, "Marchetti", "PERSON", 1),
           tag(text, "Marchetti", "PERSON", 2)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Marchetti", "Marchetti", "PERSON") in found
    assert not any("Overrules" in entity for _, entity, _ in found)


def test_a_headline_name_the_body_writes_whole_or_never_tags_stays() -> None:
    whole = "Dele Okafor Signs With Chargers\n\nDele Okafor signed on Monday. Okafor is 24."
    raw = [tag(whole, "Dele Okafor", "PERSON"), tag(whole, "Dele Okafor", "PERSON", 1)]
    assert ("Dele Okafor", "Dele Okafor", "PERSON") in body(finalize_mentions(raw, whole, ""))
    untagged = "Rosa Delgado Wins Again\n\nThe mayor won a third term on Sunday."
    raw = [tag(untagged, "Rosa Delgado Wins", "PERSON")]
    assert ("Rosa Delgado Wins", "Rosa Delgado Wins", "PERSON") in body(
        finalize_mentions(raw, untagged, ""))


def test_a_first_line_that_is_a_sentence_is_no_headline() -> None:
    text = "Coach WR Okafor said the team was ready.\n\nOkafor spoke on Monday."
    raw = [tag(text, "WR Okafor", "PERSON"), tag(text, "Okafor", "PERSON", 1)]
    assert ("WR Okafor", "WR Okafor", "PERSON") in body(finalize_mentions(raw, text, ""))


def test_a_title_stored_apart_is_never_parsed_so_its_names_are_the_bodys() -> None:
    """The app's import passes a document's title apart from its text (and drops a
    repeated headline from the text): the model never reads the title, whose mentions
    are the names the body established, so no headline misreading reaches the body and
    the cut has nothing to do there."""
    title = "Marchetti Overrules Brandt on River Permits"
    text = "Governor Lucia Marchetti on Tuesday restored the permits. Marchetti said so."
    raw = [tag(text, "Lucia Marchetti", "PERSON"), tag(text, "Marchetti", "PERSON", 1)]
    found = finalize_mentions(raw, text, title)
    heads = {(m.text, m.entity) for m in found if m.field == "title"}
    assert ("Marchetti", "Lucia Marchetti") in heads
    assert all("Overrules" not in entity for _, entity in heads)
    assert ("Marchetti", "Lucia Marchetti", "PERSON") in body(found)
