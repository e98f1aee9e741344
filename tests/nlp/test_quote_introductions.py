"""Quotes introduced by a dash, and speakers credited after the quote with a long name
(issue 15, session 15: where the textacy-style baseline named the speaker and we named
nobody). Sentences written for these tests; run on the real small model (``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_whole_sentence_after_a_dash_is_the_clause_subjects(nlp: Language) -> None:
    """The parse hangs the quote on "branded", a verb inside the reported clause."""
    text = (
        "Mrs Justice Clara Venn agreed with the bank's defence that, while the app is "
        'branded, the loans it sells are not - "I conclude that the use of the logo does '
        'not suggest a relevant connection with the lending." During the case the bank '
        "showed the court its website."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is not None
    assert quote.speaker_text.endswith("Clara Venn")


def test_an_em_dash_hands_a_quote_to_the_speaker_before_it(nlp: Language) -> None:
    text = 'Coach Helen Marsh ended her speech with a warning \u2014 "We will not forget this day."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is not None
    assert quote.speaker_text.endswith("Helen Marsh")


def test_a_phrase_after_a_dash_is_no_handed_over_sentence(nlp: Language) -> None:
    """A phrase inside the narrative after a dash is no introduced quote: the dash rule
    does not name the clause's subject for it."""
    text = (
        "The storm left the harbour town without power - "
        '"a week of darkness" - and the repairs took a month.'
    )
    for quote in direct(analyse(nlp, text)):
        assert quote.speaker_text != "The storm"


def test_a_long_name_after_the_quote_still_credits_it(nlp: Language) -> None:
    text = (
        "The party went on until dawn. "
        '"Endless noise!" Rep. Martha Kellerman, D-Ore., said of the celebrations.'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is not None
    assert quote.speaker_text.endswith("Martha Kellerman")


def test_a_next_sentence_reporting_news_of_its_own_does_not_claim_the_quote(
    nlp: Language,
) -> None:
    text = (
        'The crowd chanted "Never again!" The committee chairman, Senator Paul Dremmen '
        "of Ohio, said the hearing would resume on Monday."
    )
    for quote in direct(analyse(nlp, text)):
        assert not (quote.speaker_text or "").endswith("Dremmen")


def test_and_added_after_a_reported_passive_is_the_reporters(nlp: Language) -> None:
    """The parse hangs "and added" on the passive "taken", whose agent is no speaker."""
    text = (
        "Mayor Ellen Park said the decision was taken by the police chief and added, "
        '"We stand behind it completely."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is not None
    assert quote.speaker_text.endswith("Ellen Park")


def test_a_message_sent_out_before_a_colon_is_the_senders(nlp: Language) -> None:
    """The colon hangs on "sent" in an adverbial clause; the sentence's subject is "It"."""
    text = (
        "It is fair to say the town felt the same when, just after noon, Ortega sent out "
        "the following message on Twitter: \u201cI will stay in Lisbon for one more year "
        "and cannot wait to start.\u201d Her coach was pleased."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Ortega"


def test_a_statement_read_out_before_a_colon_is_not_the_readers(nlp: Language) -> None:
    """Reading a statement is no writing it: the sender rule stays with verbs of sending."""
    text = (
        "It was a long day when, just after noon, the clerk read out the following "
        "statement in court: \u201cThe hearing is adjourned until Monday.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text != "the clerk"


def test_a_quote_left_open_after_a_sent_message_keeps_the_cue_after_it(nlp: Language) -> None:
    text = (
        "Later the singer posted a long message on her Facebook page: \u201cFriends, "
        "nobody loses anything by listening,\u201d she wrote."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "she"


def test_a_policy_whose_states_is_misread_as_a_noun_speaks_for_its_owner(nlp: Language) -> None:
    """The parse reads "states" as a plural noun with "policy" compounded onto it."""
    text = (
        "A ban is possible. The FIFA's anti-doping policy states: \"A second positive "
        'test is likely to end in a ban, the length of which may grow." The hearing is '
        "next week."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "FIFA"
