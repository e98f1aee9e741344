"""A pronoun speaker is not a person its own sentence goes on to name, nor one its quote
names (issue 15): "..., he testified, Lee fired the shot" and `"Lee fired the shot," he
said` are said by someone else; and a lone name the model tagged as no person still
counts when it says "she"/"he" of itself ("Guzel said she had come")."""

from __future__ import annotations

from workbench.nlp.pipeline import analyze_document
from workbench.nlp.pronoun_fit import SentenceIndex


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze_document("", text).quotes if q.kind == "direct"]


def test_a_pronoun_speaker_is_not_the_person_its_quote_names() -> None:
    text = (
        "Omar Reyes, 21, told jurors he and a friend went to the park that night. "
        "After an argument with some rivals, Dwayne Hollis pulled the trigger. "
        '"Dwayne fired the shot," he said.'
    )
    assert _speakers(text) == ["Omar Reyes"]


def test_a_pronoun_speaker_is_not_the_person_named_later_in_its_sentence() -> None:
    text = (
        'Omar Reyes, 21, told jurors he and two friends went to the park to "start trouble." '
        "They rode bikes to the park, he testified, and Dwayne Hollis, now 16, was armed "
        "with a handgun he had picked up under a trash can. After a face-off with some "
        'rivals who "wanted to fight," he testified, Hollis pulled the trigger.'
    )
    quotes = analyze_document("", text).quotes
    reported = [q.speaker for q in quotes if q.text.startswith("Hollis pulled")]
    assert reported == ["Omar Reyes"]


def test_a_lone_name_saying_she_of_herself_is_the_later_she() -> None:
    text = (
        '"We hope for better roads," Valentina Petrova, an official at a polling station, '
        "told reporters. Voters appeared reluctant to criticise the government. In a "
        "village outside the capital, 25-year-old Guzel said she had come to vote. "
        '"I voted for our neighbour. He knows village life well," she said.'
    )
    assert _speakers(text)[-1] == "Guzel"


def test_a_sentence_ends_where_the_next_one_starts() -> None:
    """The pronoun's own sentence is read up to the next start, and the last one has
    none (the look-up that replaced a copy of every later start per quote)."""
    text = "He testified. Hollis pulled it. Then he left"
    sentences = SentenceIndex(text)
    assert sentences.end(0) == text.index("Hollis")
    assert sentences.end(text.index("pulled")) == text.index("Then")
    assert sentences.end(text.index("left")) is None
