"""Which of two people sharing a surname "Mrs Brown" or "Mr Brown" is, by the title's
gender and what the text says of each bearer (issue 15; sentences written for these
tests)."""

from __future__ import annotations

from tests.nlp.test_canonical_speakers import person
from workbench.core.models import Quote
from workbench.nlp.quote_resolution import resolve_speakers
from workbench.nlp.speaker_title_genders import title_gender


def _titled_quote(text: str, quoted: str, speaker_text: str, hint: str) -> Quote:
    start = text.index(quoted)
    at = text.index(speaker_text, start)
    return Quote(start, start + len(quoted), quoted, speaker=hint, speaker_text=speaker_text,
                 speaker_start=at, speaker_end=at + len(speaker_text))


def _speaker(text: str, speaker_text: str, hint: str) -> str | None:
    """The speaker of the one quotation, "Brown" mentions linked to ``hint``."""
    mentions = [person(text, "Tom Brown"), person(text, "Jane Brown")]
    at = text.index(speaker_text, text.index('"'))
    surname = text.index("Brown", at)
    mentions.append(person(text, "Brown", hint, nth=text[:surname].count("Brown")))
    quote = _titled_quote(text, '"We lost half the herd,"', speaker_text, hint)
    (resolved,) = resolve_speakers([quote], sorted(mentions, key=lambda m: m.start), text)
    return resolved.speaker


def test_mrs_is_the_bearer_the_text_calls_a_wife() -> None:
    text = ('Tom Brown, 45, and his wife Jane Brown run the farm. "We lost half the herd," '
            "Mrs Brown said.")
    assert _speaker(text, "Mrs Brown", "Tom Brown") == "Jane Brown"


def test_mr_is_the_bearer_the_text_calls_a_husband() -> None:
    text = ('Jane Brown, 45, and her husband Tom Brown run the farm. "We lost half the herd," '
            "Mr Brown said.")
    assert _speaker(text, "Mr Brown", "Jane Brown") == "Tom Brown"


def test_no_gender_in_the_text_keeps_the_resolvers_choice() -> None:
    text = 'Tom Brown and Jane Brown run the farm. "We lost half the herd," Mrs Brown said.'
    assert _speaker(text, "Mrs Brown", "Tom Brown") == "Tom Brown"


def test_the_title_may_stand_before_the_speaker_text() -> None:
    text = 'He said, "No," Mr Brown added.'
    assert title_gender("Brown", text, text.index("Brown")) == "m"
    assert title_gender("Ms. Brown", text, 0) == "f"
    assert title_gender("Brown", "Brown said", 0) is None
