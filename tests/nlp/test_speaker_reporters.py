"""Whose words a partial quote in a reported clause are (issue 15, session 14).

`X said Y's plan would "..."`: the quote hangs on a verb inside what X said, and the words
are X's report, not Y's speech. A verb that reports words outright ("said", "told") and
a pronoun subject keep the inner speaker. Sentences written for these tests; run on the
real small model (``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_quote_in_a_reported_clause_is_the_reporters(nlp: Language) -> None:
    text = (
        "Harold Benton said the councillors had repeatedly called on the mayor to be "
        "\u201cfar more open with residents about the budget.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Harold Benton"


def test_quote_after_a_non_speech_inner_verb_is_the_reporters(nlp: Language) -> None:
    text = (
        "Maria Ostrowska said the new figures have confirmed the scheme as "
        "\u201ca costly and badly planned experiment\u201d in the eyes of most voters."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Maria Ostrowska"


def test_inner_verb_of_saying_keeps_its_own_speaker(nlp: Language) -> None:
    text = (
        "Police officers said the driver told them \u201cI never saw the cyclist at all\u201d "
        "after the crash."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the driver"


def test_pronoun_inner_subject_keeps_the_parse_speaker(nlp: Language) -> None:
    text = (
        "Fiona Greaves said she had described the delay as \u201ca failure of basic "
        "planning\u201d in her letter to the board."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Fiona Greaves"


def test_quote_before_the_reporting_verb_is_not_moved(nlp: Language) -> None:
    text = (
        "\u201cThe bridge will reopen in May,\u201d the engineer said, though Tom Reyes "
        "said the council doubted it."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the engineer"


def test_digest_item_credits_the_name_after_the_dash(nlp: Language) -> None:
    text = (
        "Morning roundup.\n\nTurnout models missed the late surge - Dana Whitfield: "
        "\u201cThe final week of polling showed a large swing among younger voters in "
        "the northern counties.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Dana Whitfield"


def test_colon_intro_without_a_dash_keeps_its_subject(nlp: Language) -> None:
    text = (
        "The hospital board was blunt in its report: \u201cStaffing levels on the night "
        "shift were unsafe for most of the year.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The hospital board"


def test_agentless_cue_gives_way_to_a_speaker_after_the_quote(nlp: Language) -> None:
    text = (
        "Nobody knows how the seats are shared out, but delegates are asked to rank their "
        "options, and the transport group is less likely to be \u201ccaptured by the "
        "airport lobby,\u201d Wen Li said."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Wen Li"


def test_a_label_before_a_non_speech_clause_keeps_no_speaker(nlp: Language) -> None:
    text = (
        "On the discharge form, in a box labeled \u201cmedical history,\u201d a doctor had "
        "typed \u201cnone known.\u201d"
    )
    quotes = direct(analyse(nlp, text))
    assert all(q.speaker_text is None for q in quotes if "medical" in q.text)


def test_a_saying_only_supposed_in_an_if_clause_is_the_reporters(nlp: Language) -> None:
    """`only if evidence suggested "..."`: nothing has suggested it yet, so the quoted
    words are what the official said the rule requires."""
    text = (
        "A fisheries official said the licence would be withdrawn only if new research "
        "suggested \u201ca lasting harm\u201d to the salmon in the estuary."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "A fisheries official"


def test_an_unless_clause_supposes_the_saying_too(nlp: Language) -> None:
    text = (
        "Councillor Joan Merritt said the library would stay closed unless the audit "
        "confirmed \u201cno structural risk\u201d in the east wing."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Joan Merritt"


def test_a_saying_only_expected_is_the_reporters_even_after_say(nlp: Language) -> None:
    """`she expected that voters will say "..."`: the voters have said nothing yet; the
    words are the mayor's forecast, though "say" keeps its subject when it reports."""
    text = (
        "Mayor Lena Ortiz said she expected that voters will say \u201cenough is enough\u201d "
        "to the tax plan in November."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Lena Ortiz"


def test_a_telling_only_expected_is_the_reporters(nlp: Language) -> None:
    text = (
        "Health Minister Dana Price said she expects the provinces to tell Ottawa "
        "\u201cwe cannot do this alone\u201d at the meeting."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Dana Price"
