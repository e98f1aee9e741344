"""Speakers on unseen news, session 12: rules found on a fresh development set (dev3).

One sentence per rule, written for the test: first-person "I" is nobody's surname, a
sentence end is no part of a given name. Extraction runs on the real small English
model (fixture ``nlp``) where a parse is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_first_person_is_not_a_name_to_complete() -> None:
    from workbench.nlp.speaker_names import hint_is_a_name

    assert not hint_is_a_name("I", frozenset())
    assert hint_is_a_name("Ibsen", frozenset())


def test_a_sentence_end_is_no_given_name() -> None:
    """"... still a Quaker. Hale" is not a person called "Quaker. Hale"; initials and
    titles with a full stop still are parts of a name."""
    from workbench.nlp.speaker_full_names import full_name_before

    assert full_name_before("She was born a Quaker. Hale ", "Hale", frozenset()) is None
    assert full_name_before("the poet J. Hale ", "Hale", frozenset()) == "J. Hale"


def test_an_interviewee_saying_i_gets_no_invented_name(nlp: Language) -> None:
    text = (
        "People kept asking whether I was still a Catholic. I said, \u201cNo, I am a "
        "Quaker now, and I have been for years.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "I"
    assert quote.speaker is None or "." not in quote.speaker


TRANSCRIPT = (
    "Jane Doe runs a shelter in Hamilton.\n\n"
    "((WN)) How did it start?\n\n"
    "((Jane Doe)) My brother called one night. And I said, \u201cBring them here, we have "
    "room for all of them.\u201d\n\n"
    "((WN)) In your first letter you wrote \u201cnobody should sleep outside in winter\u201d. "
    "Why?\n\n"
    "((Jane Doe)) Because it was minus thirty that week.\n"
)


def test_transcript_turns_say_who_i_and_you_are() -> None:
    from workbench.nlp.speaker_transcripts import Transcript

    transcript = Transcript(TRANSCRIPT)
    assert transcript.speaker("i", TRANSCRIPT.index("I said")) == "Jane Doe"
    assert transcript.speaker("i", TRANSCRIPT.index("How did")) is None  # the interviewer
    assert transcript.speaker("you", TRANSCRIPT.index("you wrote")) == "Jane Doe"
    assert transcript.speaker("you", TRANSCRIPT.index("I said")) is None


def test_a_colon_seen_once_is_no_turn() -> None:
    from workbench.nlp.speaker_transcripts import Transcript

    text = "Costumes ranged widely.\n\nRey from Star Wars: a dozen of them. I said \u201chi\u201d."
    assert Transcript(text).turns == []


def test_interviewee_quoting_herself_is_the_interviewee(nlp: Language) -> None:
    quotes = direct(analyse(nlp, TRANSCRIPT))
    said = next(q for q in quotes if q.text.startswith("\u201cBring"))
    assert said.speaker_text == "I"
    assert said.speaker == "Jane Doe"


def test_subject_of_the_sentence_before_beats_an_older_main_subject(nlp: Language) -> None:
    """"Okafor" is a subordinate subject, but of the sentence right before "He said";
    Reyes is a main subject only two sentences back."""
    text = (
        "Mayor Dan Reyes toured the flooded streets on Monday. It was the first time "
        "Paul Okafor had spoken in public since he was fired by Dan Reyes. He said \u201cIt "
        "feels strange to be back here.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "He"
    assert quote.speaker is not None and quote.speaker.endswith("Okafor")


def test_the_company_is_the_business_just_named() -> None:
    from workbench.core.models import Mention
    from workbench.nlp.speaker_descriptions import described_entity

    text = (
        "Maple Leaf Foods told Reuters on Monday that sales rose. Brightline Toys, which "
        "makes board games, opened a plant in Hamilton, Ont. The company said "
    )
    mentions = [
        Mention(0, 16, "Maple Leaf Foods", "ORG", "Maple Leaf Foods"),
        Mention(text.index("Reuters"), text.index("Reuters") + 7, "Reuters", "ORG", "Reuters"),
        Mention(text.index("Brightline"), text.index(", which"), "Brightline Toys", "ORG",
                "Brightline Toys"),
    ]
    start = text.index("The company")
    found = described_entity("The company", start, mentions, text)
    assert found is not None and found.entity == "Brightline Toys"


def test_the_company_is_neither_a_public_body_nor_the_outlet_told() -> None:
    from workbench.core.models import Mention
    from workbench.nlp.speaker_descriptions import described_entity

    text = "A spokesman told Reuters the Toronto Police Service had called. The company said "
    mentions = [
        Mention(text.index("Reuters"), text.index("Reuters") + 7, "Reuters", "ORG", "Reuters"),
        Mention(text.index("Toronto"), text.index(" had"), "Toronto Police Service", "ORG",
                "Toronto Police Service"),
    ]
    assert described_entity("The company", text.index("The company"), mentions, text) is None


def test_the_company_said_links_the_quote_to_the_business(nlp: Language) -> None:
    text = (
        "Northwind Logistics Inc. opened a new plant in Hamilton on Monday. \u201cWe "
        "expect to hire two hundred people by the spring,\u201d the company said."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the company"
    assert quote.speaker == "Northwind Logistics Inc."


def test_a_bracketed_full_stop_still_ends_the_introduced_sentence(nlp: Language) -> None:
    text = (
        "The audit itself spelled out the pattern in plain words: \u201cTrains ran late on "
        "most days of the winter, and not only during storms[.]\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The audit"


def test_furniture_labels_are_no_turns() -> None:
    """A credit line on every picture ("Photo: ...") recurs like a turn label but is not
    one; a full name or a name in capitals is."""
    from workbench.nlp.speaker_transcripts import Transcript

    credits = "Photo: Lakeside Ledger\n\nThe fair opened.\n\nPhoto: Lakeside Ledger\n\nI said hi.\n"
    assert Transcript(credits).turns == []
    spoken = "MORALES: I will run.\n\nHOST: Why now?\n\nMORALES: I said \u201cno\u201d before.\n"
    transcript = Transcript(spoken)
    assert transcript.speaker("i", spoken.index("I said")) == "MORALES"


def test_quotative_be_like_reports_speech(nlp: Language) -> None:
    text = (
        "I told my sister I was exhausted, and she's like \u201cyou need to sleep more "
        "often\u201d. So I went to bed."
    )
    quotes = [q for q in direct(analyse(nlp, text)) if q.text.startswith("\u201c")]
    assert [q.speaker_text for q in quotes] == ["she"]


def test_a_comparison_with_be_like_is_no_cue(nlp: Language) -> None:
    from workbench.nlp.cues import is_speech_cue

    doc = nlp("The street was like \u201ca war zone after the storm,\u201d a firefighter said.")
    assert not any(is_speech_cue(t) and t.lemma_ == "be" for t in doc)


def test_narrator_is_not_the_she_of_her_own_story(nlp: Language) -> None:
    text = (
        "Jane Doe runs a shelter in Hamilton.\n\n"
        "((WN)) How did your family react?\n\n"
        "((Jane Doe)) I told my mother about the shelter, and she said, \u201cYou will "
        "never have a quiet evening again.\u201d\n\n"
        "((WN)) Was she right?\n\n"
        "((Jane Doe)) Yes, completely.\n"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "she"
    assert quote.speaker != "Jane Doe"


def test_a_language_marker_is_no_turn() -> None:
    from workbench.nlp.speaker_transcripts import Transcript

    text = "((Ana Ruiz)) I said no.\n\n((hi))Hindi language: ...\n\n((hi))Hindi language: ...\n"
    assert [turn.label for turn in Transcript(text).turns] == []


def test_the_woman_is_the_one_woman_the_passage_names(nlp: Language) -> None:
    text = (
        "Jane Morrow, a nurse from Regina, was driving home when the storm hit. Police "
        "later found her car in a ditch.\n\nMorrow was treated for minor injuries.\n\n"
        "\u201cI thought I was going to die,\u201d the woman said.\n"
    )
    (quote,) = direct(analyse(nlp, text, {"Morrow": "Jane Morrow"}))
    assert quote.speaker_text == "the woman"
    assert quote.speaker == "Jane Morrow"


def test_the_woman_needs_the_text_to_have_called_that_person_she() -> None:
    from workbench.core.models import Mention
    from workbench.nlp.speaker_descriptions import described_entity

    text = "Police found the body of Tom Bell on Monday. His car was gone. The woman said "
    bell = Mention(text.index("Tom"), text.index(" on"), "Tom Bell", "PERSON", "Tom Bell")
    start = text.index("The woman")
    assert described_entity("The woman", start, [bell], text) is None
    assert described_entity("The man", start, [bell], text) == bell
