"""Guards for two issue-15 leftovers that need no new rule.

"He added that "..."" after `Singh, speaking to CBC, said ...` continues Singh when the
article names him in full anywhere (news always does before a bare surname): the small
model's place tag on a lone "Singh" is then read as a misread surname. A sentence that
never names him in full stays unresolved: a lone word tagged as a place is no "he".

`Premier Doug Ford's office said "..."`: the office speaks, not Ford. The gold guide
(tests/eval/wikinews_gold/GUIDE.md) takes the canonical speaker to be a full name only
when a person is written as the speaker, else the phrase itself ("Interpol
spokesperson"), and the scorer judges an unresolved canonical speaker by the phrase it
keeps; so the phrase is the speaker text and no person is made the canonical speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import speaker_pairs

if TYPE_CHECKING:
    from spacy.language import Language


def test_he_added_that_continues_a_surname_named_in_full_before(nlp: Language) -> None:
    text = (
        "NDP leader Jagmeet Singh criticised the budget on Monday. Singh, speaking to "
        'CBC, said the deal was weak. He added that "nobody believes these numbers."'
    )
    assert speaker_pairs(nlp, text) == [("He", "Jagmeet Singh")]


def test_he_added_after_an_aside_on_a_full_name(nlp: Language) -> None:
    text = (
        "Mayor John Tory, speaking at city hall, said the budget was balanced. "
        'He added that "taxes will not rise this year."'
    )
    assert speaker_pairs(nlp, text) == [("He", "John Tory")]


def test_an_office_speaks_as_the_phrase_not_as_the_person(nlp: Language) -> None:
    text = "Premier Doug Ford's office said \"the premier has full confidence in the minister.\""
    assert speaker_pairs(nlp, text) == [("Premier Doug Ford's office", None)]


def test_a_campaign_speaks_as_the_phrase(nlp: Language) -> None:
    text = 'Senator Bernie Sanders\'s campaign said "we raised a record amount."'
    assert speaker_pairs(nlp, text) == [("Senator Bernie Sanders's campaign", None)]
