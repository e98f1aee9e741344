"""Pronoun speakers: after a closing straight mark, and after a role set off by a name.

`"It was a good day," she recalls`: the mark before "she" closes the quotation, so "she"
does not open a sentence, and the parse's governing person (named two sentences back)
is not overruled by the one person the previous sentence names. "Another voice actor,
Carla Brisk, ...": the person in apposition to a role subject is an antecedent. A lone
surname no model tagged right after a quote is the speaker's name. Sentences written for
these tests (session 10, issue 15).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.test_canonical_speakers import person, pronoun_quote
from workbench.core.models import Quote
from workbench.nlp.quote_resolution import resolve_speakers
from workbench.nlp.sentence_starts import at_sentence_start

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_closing_straight_mark_does_not_open_a_sentence() -> None:
    text = '"It was a good day," she recalls.'
    assert not at_sentence_start(text, text.index("she"))


def test_an_opening_straight_mark_still_does() -> None:
    text = 'He told them: "she was right."'
    assert at_sentence_start(text, text.index("she"))
    text = '"It was late." She left.'
    assert at_sentence_start(text, text.index("She"))


def test_the_pronoun_after_a_quote_keeps_the_parse_person() -> None:
    text = (
        "Dana Holt spoke about her first audition. The producers later made Mia Rowe a "
        'regular. "It was a good day," she recalls.'
    )
    mentions = [person(text, "Dana Holt"), person(text, "Mia Rowe")]
    quote = pronoun_quote(text, "she", '"It was a good day,"', hint="Dana Holt")
    (resolved,) = resolve_speakers([quote], mentions, text)
    assert resolved.speaker == "Dana Holt"


def test_a_role_noun_with_a_name_in_apposition_is_a_pronouns_antecedent(nlp: Language) -> None:
    """ "Another voice actor, Carla Brisk, ..." two sentences before "she": the subject is
    the role noun, but the person set off after it is whom "she" continues."""
    from workbench.nlp.quote_clauses import QuoteContext
    from workbench.nlp.speaker_antecedents import Antecedents

    text = (
        "Another voice actor, Carla Brisk, would list two villains as dream roles. "
        "The studio dubbed the first seasons years later. Then she was cast."
    )
    doc = nlp(text)
    pronoun = next(t for t in doc if t.lower_ == "she")
    assert Antecedents(QuoteContext(doc, [])).name_for(pronoun) == "Carla Brisk"


def test_a_credit_line_behind_a_pronoun_is_no_name() -> None:
    from workbench.nlp.speaker_names import hint_is_a_name

    assert not hint_is_a_name("Jane Doe / Lakeside Ledger", frozenset())
    assert hint_is_a_name("Jane Doe", frozenset())


def test_an_untagged_surname_after_a_quote_is_the_canonical_speaker() -> None:
    text = '"It is heartbreaking," Okafor told reporters.'
    start = text.index("Okafor")
    quote = Quote(0, text.index(" Okafor"), '"It is heartbreaking,"', speaker_text="Okafor",
                  speaker_start=start, speaker_end=start + len("Okafor"), cue="told")
    (resolved,) = resolve_speakers([quote], [], text)
    assert resolved.speaker == "Okafor"


def test_a_capitalised_word_opening_a_sentence_or_a_day_is_no_surname() -> None:
    for text, word in (('Officials told reporters the plan "is dead."', "Officials"),
                       ('"It is over," said Wednesday the official.', "Wednesday")):
        start = text.index(word)
        quote = Quote(0, 5, text[:5], speaker_text=word, speaker_start=start,
                      speaker_end=start + len(word), cue="said")
        (resolved,) = resolve_speakers([quote], [], text)
        assert resolved.speaker is None


def test_their_statement_continues_the_main_subject_before(nlp: Language) -> None:
    """ "Their statement also read": the owner of the main subject is the group the
    sentence before was about, not the organisation named last in it."""
    from tests.nlp.quote_support import analyse, direct

    text = (
        "The government of Tuvalu issued a statement saying the issue should be decided by "
        'Congress. Their statement also read "the ruling ignores our objections."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Their"
    assert quote.speaker == "government of Tuvalu"  # an owned group, without its article


def test_a_lone_word_is_a_surname_only_where_no_sentence_may_start() -> None:
    from workbench.nlp.speaker_names import lone_surname_at

    def at(text: str, word: str) -> bool:
        return lone_surname_at(text, text.index(word), word)

    assert at('"It is over," Okafor said.', "Okafor")
    assert at('"It is over," said Okafor.', "Okafor")
    assert not at('She had "left it all[.]" Sources report she stayed.', "Sources")
    assert not at("((Q)) Statistics show a rise.", "Statistics")
    assert not at("The firm's VP of sales explained it.", "VP")
    # a tokenised text (ECB+, MEANTIME) writes the closing mark apart from its comma
    assert at('" It is over, " Okafor said.', "Okafor")
    assert at('" Is it over? " Okafor asked.', "Okafor")
    assert not at('" It is over. " Sources report she stayed.', "Sources")


def test_a_person_named_inside_the_quote_is_not_its_pronoun_speaker() -> None:
    """ "He" opening the sentence after a quoted sentence: that sentence is the quote
    itself, and the one person it names ("Dan Cole") is whom the speaker talks about,
    never the speaker; the parse's person, named before the quote, speaks."""
    text = (
        'Tom Reed, the mayor, blamed the council. "People like Dan Cole should answer '
        'for this." He said the vote was wrong.'
    )
    mentions = [person(text, "Tom Reed"), person(text, "Dan Cole")]
    quoted = '"People like Dan Cole should answer for this."'
    quote = pronoun_quote(text, "He", quoted, hint="Tom Reed")
    (resolved,) = resolve_speakers([quote], mentions, text)
    assert resolved.speaker == "Tom Reed"


def test_a_body_named_inside_the_quote_is_not_its_pronoun_speaker() -> None:
    """ "it" with no parse hint after a quote that names another organisation: the
    nearest mention is inside the quote, and a speaker is never what its words name."""
    from workbench.nlp.resolution import Mention

    text = 'The Harbor Trust wrote to the city. "We will not pay Acme Corp a cent," it said.'

    def body(surface: str) -> Mention:
        start = text.index(surface)
        return Mention(start, start + len(surface), surface, "ORG", surface)

    quoted = '"We will not pay Acme Corp a cent,"'
    at = text.index(" it said") + 1
    quote = Quote(
        text.index(quoted),
        text.index(quoted) + len(quoted),
        quoted,
        speaker_text="it",
        speaker_start=at,
        speaker_end=at + 2,
    )
    (resolved,) = resolve_speakers([quote], [body("Harbor Trust"), body("Acme Corp")], text)
    assert resolved.speaker == "Harbor Trust"


def _named_quote(text: str, name: str, quoted: str, entity: str) -> Quote:
    """A direct quote ``quoted`` credited to the first ``name`` written after it."""
    start = text.index(quoted)
    at = text.index(name, start)
    return Quote(start, start + len(quoted), quoted, speaker=entity, speaker_text=name,
                 speaker_start=at, speaker_end=at + len(name))


@pytest.mark.parametrize("sentence_before", [
    "That is something that Benson echoes.",
    "The others left. Benson stayed behind.",  # a name opening its sentence is its subject
])
def test_a_speaker_named_again_before_the_quote_takes_the_floor(sentence_before: str) -> None:
    """ "That is something Benson echoes. "...," she said": Benson, who spoke before and is
    the one person the sentence before the quotation names where a subject stands, is
    "she", over the parse's person (the speaker of two sentences back). Named as the one
    talked about ("assured Lane that") she is not: the news passages test that shape."""
    text = (
        'Laura Benson saw the crash. "He drove off," Benson said. "The driver was rude," '
        f'said Sgt. Tom Bradley. {sentence_before} "I just feel sad," she said.'
    )
    mentions = [
        person(text, "Laura Benson"),
        person(text, "Benson", "Laura Benson", nth=1),
        person(text, "Tom Bradley"),
        person(text, "Benson", "Laura Benson", nth=2),
    ]
    quotes = [
        _named_quote(text, "Benson", '"He drove off,"', "Laura Benson"),
        _named_quote(text, "Tom Bradley", '"The driver was rude,"', "Tom Bradley"),
        pronoun_quote(text, "she", '"I just feel sad,"', hint="Tom Bradley"),
    ]
    assert resolve_speakers(quotes, mentions, text)[-1].speaker == "Laura Benson"
