"""Which sentence-opening pronouns may teach a person's gender (``genders_from_text``).

Issue 15: a quoted person's own words ("... said "We miss him. His work lives on."") and
a paragraph opening with "His" two paragraphs below a quoted source gave that source the
gender of the story's subject, so a later "she said" for her went to someone else.
"""

from __future__ import annotations

from workbench.core.models import Mention, Quote
from workbench.nlp.pronoun_fit import SentenceIndex
from workbench.nlp.quote_resolution import resolve_speakers
from workbench.nlp.speaker_gender import (
    genders_from_text,
    in_quotation,
    previous_paragraph_start,
)


def people(text: str, *names: str) -> list[Mention]:
    """PERSON mentions of the first occurrence of each name, sorted by start."""
    found = [Mention(text.index(n), text.index(n) + len(n), n, "PERSON", n) for n in names]
    return sorted(found, key=lambda m: m.start)


def genders(text: str, *names: str) -> dict[str, str]:
    return genders_from_text(text, people(text, *names), SentenceIndex(text).index)


def test_pronoun_inside_a_quotation_teaches_no_gender() -> None:
    text = 'The fire spread fast. Clara Voss said "We lost everything. His shop is gone."'
    assert genders(text, "Clara Voss") == {}


def test_pronoun_after_a_closed_quotation_still_teaches() -> None:
    text = 'Clara Voss said "We lost everything" on Monday. She thanked the firefighters.'
    assert genders(text, "Clara Voss") == {"Clara Voss": "f"}


def test_curly_quotation_marks_count_too() -> None:
    text = "Clara Voss said \u201cWe lost everything. His shop is gone.\u201d"
    assert genders(text, "Clara Voss") == {}


def test_person_two_paragraphs_up_teaches_no_gender() -> None:
    text = (
        "The lab's director, Ines Moreau, said the loss was felt by all.\n\n"
        "The funeral will be held in Brest on Friday.\n\n"
        "His son Paul said the family was grateful."
    )
    assert genders(text, "Ines Moreau", "Paul") == {}


def test_person_in_the_paragraph_before_still_teaches() -> None:
    text = "Rafael Ortiz retired in May.\n\nHis successor has not been named."
    assert genders(text, "Rafael Ortiz") == {"Rafael Ortiz": "m"}


def test_paragraph_start_skips_blank_lines() -> None:
    text = "One.\n\n  \nTwo.\n\nThree."
    assert previous_paragraph_start(text, text.index("Three")) == text.index("Two")
    assert previous_paragraph_start(text, text.index("Two")) == 0
    assert previous_paragraph_start(text, 0) == 0


def test_quotation_is_read_on_the_pronoun_line_only() -> None:
    text = 'She said "yes.\nHis'
    assert not in_quotation(text, text.index("His"))
    assert in_quotation('a "b. His', 6)


def test_quoted_source_keeps_her_quotes_after_the_subjects_family_speaks() -> None:
    text = (
        'Ines Moreau said "Nobody knew the sea better." She called him "a teacher to us all."'
        "\n\nThe funeral is on Friday.\n\n"
        'His wife Ada said "We thought he would live forever. His books remain."'
    )
    mentions = people(text, "Ines Moreau", "Ada")
    named = quote(text, '"Nobody knew the sea better."', "Ines Moreau", None)
    pronoun = quote(text, '"a teacher to us all."', "She", "Ines Moreau")
    resolved = resolve_speakers([named, pronoun], mentions, text)
    assert [q.speaker for q in resolved] == ["Ines Moreau", "Ines Moreau"]


def quote(text: str, quoted: str, speaker_text: str, hint: str | None) -> Quote:
    """A direct quote with its speaker span (the first ``speaker_text``) and parse hint."""
    start, at = text.index(quoted), text.index(speaker_text)
    return Quote(
        start,
        start + len(quoted),
        quoted,
        speaker=hint,
        speaker_text=speaker_text,
        speaker_start=at,
        speaker_end=at + len(speaker_text),
    )
