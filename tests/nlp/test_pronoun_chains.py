"""A pronoun resolved to the speaker before it carries the passage on (issue 15, stop 47).

News keeps one voice through a passage: `X said ... she testified ... "...," she said`.
Each "she" that goes on with the last speaker is itself a statement of that speaker, so
the next "she" one sentence later still finds her, even when the name was written
three sentences back. The narrator of an interview turn ("I told her ...") is never the
"she" of her own narration. Sentences written for these tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.core.models import Mention
from workbench.nlp.quotes import attach_speakers, find_quotes
from workbench.nlp.speaker_memory import SpeakerMemory
from workbench.nlp.speaker_pronouns import PronounResolver

if TYPE_CHECKING:
    from spacy.language import Language


def _speakers(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    mentions = [Mention(e.start_char, e.end_char, e.text, e.label_, e.text) for e in doc.ents]
    quotes = attach_speakers(find_quotes(doc), mentions, text)
    return {q.text: q.speaker for q in quotes if q.kind == "direct"}


def test_a_pronoun_that_went_on_with_the_speaker_keeps_the_passage(nlp: Language) -> None:
    """The quote names Dana, so its "she" is not Dana; the witness spoke through the two
    sentences before, so the passage is still hers, not the last person it named."""
    text = (
        "Ruth Okafor told jurors she and a friend drove to Elm Street that night. The "
        "friend, she testified, had left a bag at the Lena Moss apartments. After a shout "
        'from neighbours who "wanted trouble," she testified, Dana Price fired. '
        '"Dana fired the shot," she said.'
    )
    assert _speakers(nlp, text)['"Dana fired the shot,"'] == "Ruth Okafor"


def test_the_narrator_of_a_turn_is_not_her_own_she() -> None:
    text = (
        "There was a lady at the station, Mira Sood, who ran the hostel. "
        "I told her I was from the north. She said I could work there."
    )
    at = text.index("Mira Sood")
    memory = SpeakerMemory(
        [Mention(at, at + len("Mira Sood"), "Mira Sood", "PERSON", "Mira Sood")], text, []
    )
    narrator_end = text.index("I told") + 1
    memory.remember(narrator_end, "Zara Kay", "PERSON", narrator=True)
    resolver = PronounResolver(memory)
    assert resolver.pronoun("she", text.index("She said")) == "Mira Sood"


def test_a_pronoun_opening_the_sentence_before_names_the_next_one(nlp: Language) -> None:
    """ "He admitted ..." was read as the witness; the next sentence's "he" names nobody
    new in between, so it is the witness too, not the lawyer the parse finds further back."""
    text = (
        '"Which is it?" defence lawyer Paul Varga asked Tom Reed, who said he had seen the '
        "car before. He admitted he was wrong. When asked about the second car, he then "
        'answered, "I don\'t know."'
    )
    assert _speakers(nlp, text)['"I don\'t know."'] == "Tom Reed"


def test_the_opener_goes_on_only_with_no_person_named_between_and_the_same_gender() -> None:
    """ "He admitted he knew Sam Cole. ... he answered": a person named after the opening
    "He" may be the next "he", so the passage's person is not assumed; nor for a "she"."""

    def going_on(sentence: str, pronoun: str = "he") -> str | None:
        text = f"Tom Reed took the stand. {sentence} When asked again, {pronoun} answered."
        people = [
            Mention(text.index(name), text.index(name) + len(name), name, "PERSON", name)
            for name in ("Tom Reed", "Sam Cole") if name in text
        ]
        memory = SpeakerMemory(people, text, [])
        memory.remember(text.index(sentence), "Tom Reed", "PERSON")
        at = text.index(f"{pronoun} answered")
        return PronounResolver(memory)._opener_going_on(pronoun, at)

    assert going_on("He admitted he knew the car.") == "Tom Reed"
    assert going_on("He admitted he knew Sam Cole.") is None
    assert going_on("He admitted he knew the car.", "she") is None
