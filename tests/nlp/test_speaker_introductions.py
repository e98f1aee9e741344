"""Unnamed speakers introduced with "a"/"an" (issue 15, session 20).

News quotes an unnamed person as "a source with knowledge of the talks" or "a man wearing
a red scarf": the words after the noun are all the reader learns of them, so the speaker
text keeps them; and a later "the source" is that introduced speaker, not a bare role.
Sentences written for these tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.speaker_introductions import IntroducedSpeakers

if TYPE_CHECKING:
    from spacy.language import Language


def test_bare_role_is_the_last_introduction_of_its_noun() -> None:
    introduced = IntroducedSpeakers()
    introduced.note("a source with knowledge of the talks", 10)
    introduced.note("a Western diplomat", 50)
    assert introduced.fuller("the source", 100) == "source with knowledge of the talks"
    assert introduced.fuller("The diplomat", 100) == "Western diplomat"
    assert introduced.fuller("the official", 100) is None


def test_bare_introduction_far_or_later_names_nobody() -> None:
    introduced = IntroducedSpeakers()
    introduced.note("a source", 10)  # describes no one
    introduced.note("a man wearing a red scarf", 200)
    assert introduced.fuller("the source", 100) is None
    assert introduced.fuller("the man", 100) is None  # introduced after it
    assert introduced.fuller("the man", 200 + 4001) is None  # too far back
    assert introduced.fuller("the man", 300) == "man wearing a red scarf"


def test_participle_or_adjective_in_ed_before_the_noun_is_no_noun() -> None:
    """Words in -ed or -ing before the noun ("a highly placed source", "a senior retired
    general") modify it; only those after it end the noun phrase."""
    introduced = IntroducedSpeakers()
    introduced.note("a highly placed source with access to the talks", 10)
    introduced.note("a senior retired general", 20)
    introduced.note("a man wearing a red scarf", 30)
    assert introduced.fuller("the source", 100) == "highly placed source with access to the talks"
    assert introduced.fuller("the general", 100) == "senior retired general"
    assert introduced.fuller("the man", 100) == "man wearing a red scarf"
    assert introduced.fuller("the access", 100) is None


def test_word_after_the_noun_is_not_the_role() -> None:
    introduced = IntroducedSpeakers()
    introduced.note("a source with knowledge of the talks", 10)
    assert introduced.fuller("the knowledge", 100) is None


def test_source_keeps_its_knowledge_and_a_later_source_is_it(nlp: Language) -> None:
    text = (
        '"The talks are close to collapse," a source with knowledge of the union\'s thinking '
        "said on Sunday. The union met the mayor twice last week. "
        '"Nobody expects a deal before March," the source added.'
    )
    first, second = direct(analyse(nlp, text))
    assert first.speaker_text == "a source with knowledge of the union's thinking"
    assert second.speaker_text == "the source"
    assert second.speaker == "source with knowledge of the union's thinking"


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        pytest.param(
            '"We will stay until they listen," said a woman holding a hand-painted sign.',
            "a woman holding a hand-painted sign",
            id="participle-describes-an-introduced-speaker",
        ),
        pytest.param(
            '"We will stay until they listen," said Maria Lopez, holding a hand-painted sign.',
            "Maria Lopez",
            id="participle-after-a-named-speaker-is-no-description",
        ),
        pytest.param(
            '"The depot will close in May," according to a memo obtained by the Valley Courier.',
            "a memo",
            id="past-participle-after-a-document-is-no-description",
        ),
    ],
)
def test_what_a_participle_after_the_speaker_belongs_to(
    nlp: Language, text: str, speaker_text: str
) -> None:
    """A participle describes an unnamed person introduced with "a", not a name or a
    document (a memo "obtained by" a paper is how it reached the paper, not who it is)."""
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == speaker_text


def test_a_source_introduced_by_according_to_is_the_later_bare_source() -> None:
    text = ("The plan would close two rail yards, according to a source familiar with the "
            "negotiations who asked not to be named. Unions met on Friday. ")
    introduced = IntroducedSpeakers(text)
    at = len(text)
    assert introduced.fuller("the source", at) == "source familiar with the negotiations"
    assert introduced.fuller("the official", at) is None
    assert introduced.fuller("the source", text.index("according")) is None  # not yet


def test_according_to_a_bare_noun_introduces_no_one() -> None:
    text = "The deal is close, according to a source. Talks resume on Monday. "
    assert IntroducedSpeakers(text).fuller("the source", len(text)) is None


def test_a_speaker_noted_after_the_attribution_is_the_later_one() -> None:
    text = ("Prices will rise, according to an official at the treasury. " + "x" * 40)
    introduced = IntroducedSpeakers(text)
    introduced.note("an official with the central bank", len(text) - 10)
    assert introduced.fuller("the official", len(text)) == "official with the central bank"
    assert introduced.fuller("the official", len(text) - 20) == "official at the treasury"


def test_according_to_a_study_introduces_no_speaker() -> None:
    text = ("Children who walk to school sleep longer, according to a new study of more "
            "than 6,000 pupils. ")
    assert IntroducedSpeakers(text).fuller("the study", len(text)) is None
