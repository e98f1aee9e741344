"""A speaker named through a relative "who" keeps "who" as speaker text, the name as speaker.

Sentences written for the test: `Senator Maria Okafor, who called the plan "a waste of
public money"` names Maria Okafor through "who", as `"...," she said` names her through
"she"; the quote before a name with a "who" clause after it, a "who" far from the name
and a phrase speaker with no canonical name keep their speaker text.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from tests.nlp.test_speaker_full_names import SliceLengths
from workbench.core.models import Quote
from workbench.nlp.speaker_mentions import with_speaker_mentions
from workbench.nlp.speaker_relatives import name_before_relative, relative_pronoun_speaker

if TYPE_CHECKING:
    from spacy.language import Language


def test_the_who_after_a_name_is_the_speaker_text(nlp: Language) -> None:
    text = (
        "The budget passed on Monday. It drew a sharp reply from Senator Maria Okafor, "
        'who called the plan "a waste of public money and a betrayal of voters."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Maria Okafor"
    assert quote.speaker_text == "who"
    assert text[quote.speaker_start : quote.speaker_end] == "who"


def _quote(text: str, quoted: str, speaker: str | None, named: str) -> Quote:
    start = text.index(quoted)
    at = text.index(named)
    return Quote(start, start + len(quoted), quoted, speaker=speaker, speaker_text=named,
                 speaker_start=at, speaker_end=at + len(named))


def test_a_quote_before_the_who_clause_keeps_the_name() -> None:
    text = '"We will appeal," said Maria Okafor, who called the ruling "a disgrace to us all."'
    quote = _quote(text, '"We will appeal,"', "Maria Okafor", "Maria Okafor")
    assert relative_pronoun_speaker(quote, text) == quote


def test_a_who_in_another_sentence_or_without_a_canonical_speaker_changes_nothing() -> None:
    text = 'Maria Okafor, who left. Then the board said "we are sorry for the delay."'
    quote = _quote(text, '"we are sorry for the delay."', "Maria Okafor", "Maria Okafor")
    assert relative_pronoun_speaker(quote, text) == quote
    text = 'A former spymaster who wrote "forgeries work best beside leaks" is cited.'
    quote = _quote(text, '"forgeries work best beside leaks"', None, "A former spymaster")
    assert relative_pronoun_speaker(quote, text) == quote


def test_an_untagged_name_before_who_still_becomes_a_mention() -> None:
    text = 'It drew a reply from Maria Okafor (D-Ore.), who called it "a waste of money."'
    at = text.index("who")
    assert name_before_relative(text, at) == (text.index("Maria"), text.index(" (D"))
    quote = _quote(text, '"a waste of money."', "Maria Okafor", "who")
    (mention,) = with_speaker_mentions([quote], [], text)
    assert (mention.text, mention.entity, mention.label) == ("Maria Okafor",) * 2 + ("PERSON",)


def test_a_quote_far_after_the_who_is_left_without_copying_the_text_between() -> None:
    """A quote beyond one clause of the "who" keeps its name; measuring the distance
    by copying all the text between cost a long text its length for each such quote."""
    text = SliceLengths(
        "Maria Okafor, who left. " + "It rained all day. " * 500 + 'Then "we are sorry."'
    )
    text.lengths = []
    quote = _quote(text, '"we are sorry."', "Maria Okafor", "Maria Okafor")
    assert relative_pronoun_speaker(quote, text) == quote
    assert max(text.lengths, default=0) < 200


def test_a_who_after_the_name_and_its_apposition_is_the_speaker_text(nlp: Language) -> None:
    """`Laura Brent, a councillor for the east ward, who said`: the "who" still stands for
    the name the cue was read through, so it is the speaker text, as with no apposition."""
    text = (
        "The plan was criticised by Laura Brent, a councillor for the east ward, who said "
        'the budget was "a gift to developers."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Laura Brent"
    assert text[quote.speaker_start : quote.speaker_end] == "who"


def test_an_apposition_before_who_is_crossed_to_find_an_untagged_name() -> None:
    text = 'Paul Hanley, the union\'s chief organiser, who added it was "too little."'
    at = text.index("who")
    assert name_before_relative(text, at) == (0, len("Paul Hanley"))


def test_a_who_after_a_quotation_or_a_capitalised_aside_is_no_apposition() -> None:
    """An apposition is lower-case words with no quotation mark in them: in `X, "the
    fixer," who` the quoted nickname stands between, and `X, Ohio Democrats, who` lists
    another party; neither "who" is read as the name's."""
    for text in (
        'It drew a reply from Hanley, "the fixer," who said it was "a waste of money."',
        'It drew a reply from Hanley, Ohio Democrats, who said it was "a waste of money."',
    ):
        quote = replace(_quote(text, '"a waste of money."', "Paul Hanley", "Hanley"), cue="said")
        assert relative_pronoun_speaker(quote, text) == quote
    text = 'It drew a reply from Hanley, a union man, who said it was "a waste of money."'
    quote = replace(_quote(text, '"a waste of money."', "Paul Hanley", "Hanley"), cue="said")
    assert relative_pronoun_speaker(quote, text).speaker_text == "who"
