"""Untagged speaker names become PERSON mentions so quotes link to an entity (issue 15)."""

from __future__ import annotations

from workbench.core.models import Mention, Quote
from workbench.nlp.speaker_mentions import with_speaker_mentions


def quote_said_by(text: str, speaker_text: str, speaker: str) -> Quote:
    at = text.index(speaker_text)
    start = text.index("\u201c")
    end = text.index("\u201d") + 1
    return Quote(
        start,
        end,
        text[start:end],
        speaker=speaker,
        speaker_text=speaker_text,
        speaker_start=at,
        speaker_end=at + len(speaker_text),
    )


def test_untagged_speaker_name_becomes_a_person_mention() -> None:
    text = "\u201cHe shaped the field,\u201d said the university's chancellor, Pradeep Khosla."
    quote = quote_said_by(text, "the university's chancellor, Pradeep Khosla", "Pradeep Khosla")
    (added,) = with_speaker_mentions([quote], [], text)
    assert (added.text, added.label, added.entity) == ("Pradeep Khosla", "PERSON", "Pradeep Khosla")
    assert text[added.start : added.end] == "Pradeep Khosla"


def test_untagged_surname_is_a_mention_of_the_full_name() -> None:
    text = "Maurizio Cattelan made it. \u201cIt is a joke,\u201d Cattelan said."
    mentions = [Mention(0, 17, "Maurizio Cattelan", "PERSON", "Maurizio Cattelan")]
    at = text.index("Cattelan said")
    quote = Quote(
        29,
        44,
        text[29:44],
        speaker="Maurizio Cattelan",
        speaker_text="Cattelan",
        speaker_start=at,
        speaker_end=at + 8,
    )
    result = with_speaker_mentions([quote], mentions, text)
    assert [(m.start, m.entity) for m in result] == [
        (0, "Maurizio Cattelan"),
        (at, "Maurizio Cattelan"),
    ]


def test_a_shorter_mention_of_someone_else_gives_way_to_the_speaker_name() -> None:
    text = "Usman Khan was shot. \u201cI thank them,\u201d tweeted Mayor Sadiq Khan."
    khan = text.index("Khan.")
    mentions = [
        Mention(0, 10, "Usman Khan", "PERSON", "Usman Khan"),
        Mention(khan, khan + 4, "Khan", "PERSON", "Usman Khan"),
    ]
    quote = quote_said_by(text, "Sadiq Khan", "Sadiq Khan")
    result = with_speaker_mentions([quote], mentions, text)
    assert [(m.text, m.entity) for m in result] == [
        ("Usman Khan", "Usman Khan"),
        ("Sadiq Khan", "Sadiq Khan"),
    ]


def test_speaker_already_tagged_adds_nothing() -> None:
    text = "\u201cWe are ready,\u201d said Ana Ruiz."
    at = text.index("Ana Ruiz")
    mentions = [Mention(at, at + 8, "Ana Ruiz", "PERSON", "Ana Ruiz")]
    quote = quote_said_by(text, "Ana Ruiz", "Ana Ruiz")
    assert with_speaker_mentions([quote], mentions, text) == mentions


def test_laws_and_organisations_are_not_made_people() -> None:
    text = (
        "\u201cNo licence may be renewed,\u201d Republic Act No. 3846 says. "
        "\u201cNo,\u201d said Coles."
    )
    law = quote_said_by(text, "Republic Act No", "Act No")
    shop = quote_said_by(text, "Coles", "Coles")
    assert with_speaker_mentions([law, shop], [], text) == []


def test_an_office_alone_as_the_speaker_makes_no_person_mention() -> None:
    text = ("\u201cWe are ahead,\u201d said former Vice President of Ruritania Lena Holm. "
            "\u201cWe won,\u201d said her deputy, Karl Brandt.")
    office = quote_said_by(text, "former Vice President", "Vice President")
    deputy = quote_said_by(text, "her deputy, Karl Brandt", "Karl Brandt")
    added = with_speaker_mentions([office, deputy], [], text)
    assert [(m.text, m.entity) for m in added] == [("Karl Brandt", "Karl Brandt")]


def test_a_speaker_the_document_names_as_a_body_keeps_its_label() -> None:
    text = ("\u201cThe truck lost control in the smoke,\u201d Nevada Highway Patrol said. "
            "The Nevada Highway Patrol is still investigating.")
    body_at = text.rindex("Nevada Highway Patrol")
    name = "Nevada Highway Patrol"
    mentions = [Mention(body_at, body_at + len(name), name, "ORG", name)]
    quote = quote_said_by(text, name, name)
    found = with_speaker_mentions([quote], mentions, text)
    assert [(m.start, m.label) for m in found] == [(quote.speaker_start, "ORG"), (body_at, "ORG")]
