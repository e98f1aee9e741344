"""Canonical speakers (issue 15, step 2): the entity a speaker span resolves to.

Written sentences, mentions built by hand, so each rule is tested without the model:
the parse's hint behind a pronoun is overruled when the text says it is someone else.
"""

from __future__ import annotations

from workbench.core.models import Mention, Quote
from workbench.nlp.quote_resolution import resolve_speakers
from workbench.nlp.speaker_gender import genders_from_text


def person(text: str, surface: str, entity: str | None = None, nth: int = 0) -> Mention:
    """A PERSON mention of the ``nth`` occurrence of ``surface`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, "PERSON", entity or surface)


def pronoun_quote(text: str, pronoun: str, quoted: str, hint: str | None) -> Quote:
    """A direct quote ``quoted`` whose speaker span is ``pronoun`` (the parse's hint kept)."""
    start = text.index(quoted)
    at = text.index(pronoun)
    return Quote(
        start,
        start + len(quoted),
        quoted,
        speaker=hint,
        speaker_text=pronoun,
        speaker_start=at,
        speaker_end=at + len(pronoun),
    )


def test_hint_named_after_the_pronoun_in_its_clause_is_not_the_speaker() -> None:
    text = (
        "Ana Ruiz met Omar Haddad on Monday. Ruiz left the talks early. "
        'He said Ruiz is "a partner we can trust".'
    )
    mentions = [
        person(text, "Ana Ruiz"),
        person(text, "Omar Haddad"),
        person(text, "Ruiz", "Ana Ruiz", nth=1),
        person(text, "Ruiz", "Ana Ruiz", nth=2),
    ]
    quote = pronoun_quote(text, "He", '"a partner we can trust"', hint="Ruiz")
    (resolved,) = resolve_speakers([quote], mentions, text)
    assert resolved.speaker != "Ana Ruiz"


def test_hint_the_text_calls_by_the_other_gender_gives_way() -> None:
    text = (
        "Tom Reyes, a cyclist, was hit by a van on Friday. He died in hospital. "
        'Police spoke with Maria Lund, and she told them "I did not see him at all".'
    )
    mentions = [person(text, "Tom Reyes"), person(text, "Maria Lund")]
    quote = pronoun_quote(text, "she", '"I did not see him at all"', hint="Tom Reyes")
    (resolved,) = resolve_speakers([quote], mentions, text)
    assert resolved.speaker == "Maria Lund"


def test_same_hint_stays_when_the_text_gives_no_gender() -> None:
    text = 'Tom Reyes was hit by a van. Police met Maria Lund, and she said "I did not see".'
    mentions = [person(text, "Tom Reyes"), person(text, "Maria Lund")]
    quote = pronoun_quote(text, "she", '"I did not see"', hint="Tom Reyes")
    (resolved,) = resolve_speakers([quote], mentions, text)
    assert resolved.speaker == "Tom Reyes"


def test_gender_comes_only_from_a_pronoun_with_one_candidate() -> None:
    text = "Tom Reyes was hit. He died. Ana Ruiz met Omar Haddad. He left."
    mentions = [person(text, "Tom Reyes"), person(text, "Ana Ruiz"), person(text, "Omar Haddad")]
    sentences = [0] + [text.index(s) for s in ("He died", "Ana Ruiz", "He left")]

    def sentence_of(offset: int) -> int:
        return sum(1 for start in sentences if start <= offset) - 1

    assert genders_from_text(text, mentions, sentence_of, []) == {"Tom Reyes": "m"}


def test_bare_title_after_the_is_the_one_holder_named_earlier() -> None:
    text = (
        "Pope Francis opened the summit in Rome. The decree signed by the Pope read "
        '"Abuse must be reported to the authorities."'
    )
    mentions = [Mention(5, 12, "Francis", "PERSON", "Francis")]
    start = text.index('"Abuse')
    at = text.index("Pope read")
    quote = Quote(
        start, len(text), text[start:], speaker_text="Pope", speaker_start=at, speaker_end=at + 4
    )
    (resolved,) = resolve_speakers([quote], mentions, text)
    assert resolved.speaker == "Francis"


def test_sentence_opening_pronoun_continues_the_one_person_just_named() -> None:
    text = (
        '"We are deeply concerned," said Lena Park. According to Dr. Sam Osei, the '
        'outbreak is "without precedent in our time." He said "no other virus spread '
        'this fast."'
    )
    mentions = [person(text, "Lena Park"), person(text, "Sam Osei")]
    quote = pronoun_quote(text, "He said", '"no other virus spread this fast."', hint="Lena Park")
    quote = Quote(
        quote.start,
        quote.end,
        quote.text,
        speaker="Lena Park",
        speaker_text="He",
        speaker_start=quote.speaker_start,
        speaker_end=quote.speaker_start + 2,
    )
    (resolved,) = resolve_speakers([quote], mentions, text)
    assert resolved.speaker == "Sam Osei"


def test_hint_stays_when_the_previous_sentence_names_two_people() -> None:
    text = (
        "Lena Park spoke first. Sam Osei thanked Ana Ruiz for the data. "
        'He said "the numbers are clear."'
    )
    mentions = [person(text, "Lena Park"), person(text, "Sam Osei"), person(text, "Ana Ruiz")]
    quote = pronoun_quote(text, "He", '"the numbers are clear."', hint="Lena Park")
    (resolved,) = resolve_speakers([quote], mentions, text)
    assert resolved.speaker == "Lena Park"


def role_quote(text: str, role: str) -> Quote:
    """A quote at the end of ``text`` spoken by the role phrase ``role``."""
    at = text.rindex(role)
    start = text.index("\u201c")
    return Quote(
        start,
        text.index("\u201d") + 1,
        "",
        speaker_text=role,
        speaker_start=at,
        speaker_end=at + len(role),
    )


def test_role_written_out_finds_the_holder_of_its_abbreviated_title() -> None:
    text = "Dr. Ana Ruiz testified. \u201cWe are not out of the woods,\u201d the doctor said."
    mentions = [person(text, "Ana Ruiz")]
    (resolved,) = resolve_speakers([role_quote(text, "the doctor")], mentions, text)
    assert resolved.speaker == "Ana Ruiz"


def test_coach_is_a_title_a_role_phrase_can_name() -> None:
    text = (
        "Coach Bill Reyes said nothing on Monday. On Tuesday, the coach said: \u201cWe lost.\u201d"
    )
    mentions = [person(text, "Bill Reyes")]
    (resolved,) = resolve_speakers([role_quote(text, "the coach")], mentions, text)
    assert resolved.speaker == "Bill Reyes"


def test_sentence_adverb_run_into_a_speaker_name_is_not_a_given_name() -> None:
    text = "Governor Andrew Cuomo spoke on Sunday. Later Cuomo said \u201cthe worst is over\u201d."
    mentions = [person(text, "Andrew Cuomo"), person(text, "Cuomo", "Andrew Cuomo", nth=1)]
    (resolved,) = resolve_speakers([role_quote(text, "Later Cuomo")], mentions, text)
    assert resolved.speaker == "Andrew Cuomo"


def said_by(text: str, name: str, quoted: str) -> Quote:
    """A direct quote ``quoted`` whose speaker span is the last ``name`` before it."""
    start = text.index(quoted)
    at = text.rindex(name, 0, start + len(quoted) + 40)
    return Quote(
        start,
        start + len(quoted),
        quoted,
        speaker_text=name,
        speaker_start=at,
        speaker_end=at + len(name),
    )


def test_role_after_a_named_speaker_continues_that_speaker() -> None:
    text = (
        "\u201cWe are ready for the election,\u201d said Ana Ruiz. The prime minister "
        "added: \u201cWe will campaign on our record.\u201d"
    )
    mentions = [person(text, "Ana Ruiz")]
    first = said_by(text, "Ana Ruiz", "\u201cWe are ready for the election,\u201d")
    second = said_by(text, "The prime minister", "\u201cWe will campaign on our record.\u201d")
    assert [q.speaker for q in resolve_speakers([first, second], mentions, text)] == [
        "Ana Ruiz",
        "Ana Ruiz",
    ]


def test_role_does_not_continue_past_another_person() -> None:
    text = (
        "\u201cWe are ready,\u201d said Ana Ruiz. Omar Haddad disagreed. The minister "
        "said: \u201cWe are not.\u201d"
    )
    mentions = [person(text, "Ana Ruiz"), person(text, "Omar Haddad")]
    quotes = [
        said_by(text, "Ana Ruiz", "\u201cWe are ready,\u201d"),
        said_by(text, "The minister", "\u201cWe are not.\u201d"),
    ]
    assert [q.speaker for q in resolve_speakers(quotes, mentions, text)] == ["Ana Ruiz", None]


def test_a_spokesman_is_not_the_person_who_spoke_before() -> None:
    text = "\u201cWe are ready,\u201d said Ana Ruiz. The spokesman added: \u201cNo comment.\u201d"
    mentions = [person(text, "Ana Ruiz")]
    quotes = [
        said_by(text, "Ana Ruiz", "\u201cWe are ready,\u201d"),
        said_by(text, "The spokesman", "\u201cNo comment.\u201d"),
    ]
    assert [q.speaker for q in resolve_speakers(quotes, mentions, text)] == ["Ana Ruiz", None]
