"""A speaker written as a tie alone ("her daughter", "his wife") is the one person the
text names in that tie, read either way ("Ann Roe's mother Mary Lake" makes Ann Roe a
child); two people named in one tie leave the phrase unresolved (issue 15: relatives).
Sentences written for these tests."""

from __future__ import annotations

from workbench.core.models import Mention, Quote
from workbench.nlp.quotes import attach_speakers
from workbench.nlp.speaker_stated_kin import kin_speaker, stated_ties


def _people(text: str, *names: str) -> list[Mention]:
    """A person mention at every place each name is written."""
    found = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            found.append(Mention(start, start + len(name), name, "PERSON", name))
            start = text.find(name, start + 1)
    return found


def test_a_tie_read_backwards_names_the_child() -> None:
    text = "Ann Roe's mother Mary Lake spoke first."
    ties = stated_ties(_people(text, "Ann Roe", "Mary Lake"), text)
    assert kin_speaker("her daughter", ties) == "Ann Roe"
    assert kin_speaker("her mother", ties) == "Mary Lake"


def test_a_possessive_mark_the_model_took_in_is_dropped() -> None:
    text = "Ann Roe' mother Mary Lake spoke first."
    mentions = [Mention(0, 8, "Ann Roe'", "PERSON", "Ann Roe'"), *_people(text, "Mary Lake")]
    assert kin_speaker("her daughter", stated_ties(mentions, text)) == "Ann Roe"


def test_apposed_tie_names_the_relative() -> None:
    text = "Tom Hill carried his son, Sam Hill, to the car."
    ties = stated_ties(_people(text, "Tom Hill", "Sam Hill"), text)
    assert kin_speaker("His son", ties) == "Sam Hill"
    assert kin_speaker("his daughter", ties) is None  # a son is no daughter


def test_two_people_in_one_tie_leave_the_phrase() -> None:
    text = "Tom Hill thanked his son, Sam Hill, and his son, Joe Hill."
    ties = stated_ties(_people(text, "Tom Hill", "Sam Hill", "Joe Hill"), text)
    assert kin_speaker("his son", ties) is None


def test_only_a_tie_alone_is_read() -> None:
    text = "Tom Hill carried his son, Sam Hill, to the car."
    ties = stated_ties(_people(text, "Tom Hill", "Sam Hill"), text)
    assert kin_speaker("the son of a neighbour", ties) is None
    assert kin_speaker("his son's teacher", ties) is None


def test_her_daughter_quoted_is_the_daughter_named_later() -> None:
    text = (
        'The mother said her daughter cried out "I have been hit," then fell. '
        "Mary Lake laid her daughter, Ann Roe, on the grass."
    )
    start, end = text.index('"I have'), text.index('," then') + 2
    speaker = text.index("her daughter")
    quote = Quote(start, end, text[start:end], "direct", None, "her daughter", speaker,
                  speaker + len("her daughter"))
    mentions = _people(text, "Mary Lake", "Ann Roe")
    [resolved] = attach_speakers([quote], mentions, text)
    assert resolved.speaker == "Ann Roe"
    assert resolved.speaker_text == "her daughter"
