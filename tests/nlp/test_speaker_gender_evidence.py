"""Which sentence-opening pronouns may teach a person's gender (``genders_from_text``).

Issue 15: a quoted person's own words ("... said "We miss him. His work lives on."") and
a sentence opening with "His" after a source whose quote named the subject (a name the
model left untagged) gave that source the gender of the story's subject, so her own
"She called him ..." quotes went to the subject.
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.core.models import Mention, Quote
from workbench.nlp.pronoun_fit import SentenceIndex
from workbench.nlp.quote_resolution import resolve_speakers
from workbench.nlp.speaker_gender import genders_from_text


def people(text: str, *names: str) -> list[Mention]:
    """PERSON mentions of the first occurrence of each name, sorted by start."""
    found = [Mention(text.index(n), text.index(n) + len(n), n, "PERSON", n) for n in names]
    return sorted(found, key=lambda m: m.start)


def index(text: str) -> Callable[[int], int]:
    """The sentence index of an offset, as the resolver gives it."""
    return SentenceIndex(text).index


def genders(text: str, *names: str, quoted: tuple[str, ...] = ()) -> dict[str, str]:
    """``genders_from_text`` with ``quoted`` (marks included) as the direct quotations."""
    spans = [(text.index(q), text.index(q) + len(q)) for q in quoted]
    return genders_from_text(text, people(text, *names), index(text), spans)


def test_pronoun_inside_a_quotation_teaches_no_gender() -> None:
    text = 'The fire spread fast. Clara Voss said "We lost everything. His shop is gone."'
    quoted = ('"We lost everything. His shop is gone."',)
    assert genders(text, "Clara Voss", quoted=quoted) == {}


def test_pronoun_after_a_closed_quotation_still_teaches() -> None:
    text = 'Clara Voss said "We lost everything" on Monday. She thanked the firefighters.'
    assert genders(text, "Clara Voss", quoted=('"We lost everything"',)) == {"Clara Voss": "f"}


def test_pronoun_inside_a_single_quoted_quotation_teaches_no_gender() -> None:
    text = "Clara Voss said 'We lost everything. His shop is gone,' on Monday."
    quoted = ("'We lost everything. His shop is gone,'",)
    assert genders(text, "Clara Voss", quoted=quoted) == {}


def test_a_single_quoted_pronoun_does_not_stop_she_resolving_to_the_speaker() -> None:
    text = (
        "Clara Voss said 'We lost everything. His shop is gone,' on Monday. "
        "Later, she said 'We stay.'"
    )
    named = quote(text, "'We lost everything. His shop is gone,'", "Clara Voss", None)
    pronoun = quote(text, "'We stay.'", "she", "Clara Voss")
    resolved = resolve_speakers([named, pronoun], people(text, "Clara Voss"), text)
    assert [q.speaker for q in resolved] == ["Clara Voss", "Clara Voss"]


def test_surname_the_model_left_untagged_counts_as_a_second_person() -> None:
    text = (
        "Kemal Aydin died on Sunday. The lab will close for a week. Staff sent flowers. "
        'Ines Moreau said "Aydin changed the field." The board met. His wife Ada thanked them.'
    )
    assert genders(text, "Kemal Aydin", "Ines Moreau") == {}
    unnamed = text.replace('"Aydin changed', '"The man changed')
    assert genders(unnamed, "Kemal Aydin", "Ines Moreau") == {"Ines Moreau": "m"}


def test_untagged_surname_of_the_same_person_is_no_second_person() -> None:
    text = "Rafael Ortiz retired in May. Ortiz led the port for years. His successor starts soon."
    assert genders(text, "Rafael Ortiz") == {"Rafael Ortiz": "m"}


def test_quoted_source_keeps_her_quotes_after_the_subjects_family_speaks() -> None:
    text = (
        "Kemal Aydin died on Sunday.\n\n"
        'Ines Moreau said "Aydin knew the sea better than anyone." She called him "a teacher '
        'to us all."\n\nThe funeral is on Friday.\n\n'
        'His wife Ada said "We thought he would live forever. His books remain."'
    )
    mentions = people(text, "Kemal Aydin", "Ines Moreau", "Ada")
    named = quote(text, '"Aydin knew the sea better than anyone."', "Ines Moreau", None)
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


def test_a_gendered_person_noun_before_a_name_gives_its_gender() -> None:
    text = "Brian Olsen and his daughter Emma spoke. Her husband, Karim, stayed home."
    assert genders(text, "Brian Olsen", "Emma", "Karim") == {"Emma": "f", "Karim": "m"}


def test_a_possessive_after_a_name_gives_no_gender() -> None:
    # "his" is Sanders's followers', not Clinton's.
    text = "Sanders was fully supportive of Clinton and his followers cheered."
    assert genders(text, "Sanders", "Clinton") == {}


def test_he_added_after_a_woman_spoke_is_the_man_named_with_her() -> None:
    """The parse offers a person named paragraphs back; the passage names the man."""
    text = (
        "Lawyer Priya Natarajan read a statement. Officers arrived at noon.\n\n"
        'Brian Olsen and his daughter Emma spoke. "It was terrifying," she said. '
        '"I thought we would die," he added.'
    )

    def quote(words: str, pronoun: str, hint: str, cue: str) -> Quote:
        start = text.index(words)
        at = text.index(f" {pronoun} ", start) + 1
        end = at + len(pronoun)
        return Quote(start, start + len(words), words, "direct", hint, pronoun, at, end, cue)

    quotes = [
        quote('"It was terrifying,"', "she", "Emma", "said"),
        quote('"I thought we would die,"', "he", "Priya Natarajan", "added"),
    ]
    mentions = people(text, "Priya Natarajan", "Brian Olsen", "Emma")
    resolved = resolve_speakers(quotes, mentions, text)
    assert [q.speaker for q in resolved] == ["Emma", "Brian Olsen"]
