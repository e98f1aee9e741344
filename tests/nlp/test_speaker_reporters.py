"""Whose words a partial quote in a reported clause are (issue 15, session 14).

`X said Y's plan would "..."`: the quote hangs on a verb inside what X said, and the words
are X's report, not Y's speech. A verb that reports words outright ("said", "told") and
a pronoun subject keep the inner speaker. Sentences written for these tests; run on the
real small model (``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

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


#: (sentence, speaker wanted): "even if" and "as if" grant or compare a saying rather than
#: suppose it, so the one in the clause said the quoted words.
GRANTED_SAYINGS = (
    ("The union said the strike would continue, even if the company's chief executive "
     "called it \u201cillegal and pointless\u201d on Monday.", "the company's chief executive"),
    ("Police said the man had been released, even if the victim's family insisted he was "
     "\u201ca danger to everyone\u201d.", "the victim's family"),
    ("Residents said they would keep protesting, even if the mayor said last week that the "
     "plant was \u201cnot going anywhere.\u201d", "the mayor"),
    ("The union said talks would go on even if the labour minister told reporters on "
     "Monday that the offer was \u201cfinal and not open to change\u201d.", "the labour minister"),
    ("The league said the match would be replayed even if the referee insisted the goal "
     "was \u201cclean and fair to both sides\u201d.", "the referee"),
    ("The union said talks would go on as if the minister called the offer \u201cfinal and "
     "not open to change\u201d on Monday.", "the minister"),
)


@pytest.mark.parametrize(("text", "speaker"), GRANTED_SAYINGS)
def test_a_saying_granted_by_even_if_keeps_its_speaker(
    nlp: Language, text: str, speaker: str
) -> None:
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials said they would not be surprised if the driver told police he had been "
         "\u201cblinded by the low sun\u201d at the crossing.", "the driver"),
        ("Analysts said shares would fall if the chief executive told investors the quarter "
         "had been \u201ca disaster from start to finish\u201d.", "the chief executive"),
    ],
)
def test_a_verb_of_saying_in_an_if_clause_keeps_its_speaker(
    nlp: Language, text: str, speaker: str
) -> None:
    """Only the verbs of expecting hand a "say" or "tell" to the reporter; in a condition
    the one who says or tells keeps the words, as any verb that reports words does."""
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == speaker


def test_a_pronoun_in_an_if_clause_keeps_the_words(nlp: Language) -> None:
    """`if she described the defeat as "my own failure"`: the words are hers to say (the
    "my" is hers), as a pronoun subject keeps them in any reported clause."""
    text = (
        "Party officials said Maria Lopez could stay on as leader if she described the "
        "defeat as \u201cmy own failure\u201d at the conference."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Maria Lopez"


#: (sentence, speaker wanted): a saying only hoped or wanted, which nobody reports, is the
#: words of the one who hopes or wants it (session 58).
HOPED_SAYINGS = (
    ("Mayor Lena Ortiz hopes the province will say \u201cyes, we will pay our share\u201d "
     "before the budget.", "Lena Ortiz"),
    ("We hope in 2027 the province says, \u201cThank you, Hamilton, for carrying the cost "
     "alone.\u201d", "We"),
    ("I hope in 2027 Ottawa says, \u201cThank you, Alberta, for carrying the cost "
     "alone.\u201d", "I"),
)


@pytest.mark.parametrize(("text", "speaker"), HOPED_SAYINGS)
def test_a_saying_only_hoped_is_the_hopers(nlp: Language, text: str, speaker: str) -> None:
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == speaker


def test_a_thing_only_wanted_says_nothing_yet(nlp: Language) -> None:
    """`he wants a platform that calls for "..."`: no such platform exists; the words
    are what the one who wants it said he wants."""
    text = (
        "Jagmeet Singh said in a statement Tuesday that he wants a party platform that "
        "calls for \u201ca national pharmacare plan, a higher minimum wage and an end to "
        "tax breaks.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Jagmeet Singh"


#: (sentence, speaker wanted): a saying the clause denies is nobody's there; the words
#: are those of the verb of saying above it (session 58).
DENIED_SAYINGS = (
    ("Pierre Poilievre, while being interviewed on CBC Monday morning, called again for "
     "Prime Minister Justin Trudeau to resign for not calling the Surrey shooting an act of "
     "\u201corganized crime.\u201d", "Pierre Poilievre"),
    ("Councillor Jane Dunn said the mayor did not call the report \u201ca whitewash\u201d "
     "at the meeting.", "Jane Dunn"),
)


@pytest.mark.parametrize(("text", "speaker"), DENIED_SAYINGS)
def test_a_saying_denied_is_the_reporters(nlp: Language, text: str, speaker: str) -> None:
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == speaker


def test_a_speculation_reports_the_quote_in_its_clause(nlp: Language) -> None:
    """`experts discounted X's claims, but have speculated that ... "..."`: "speculate"
    is a verb of saying, so the quote in its clause is the experts', not the owner's of
    the claims before it (session 58)."""
    text = (
        "Mining analysts have similarly discounted Vale's claims, but have speculated that "
        "the company might be able to boost its \u201cannual output\u201d through other means."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Mining analysts"


#: A verb of saying set off as a frame after a hope ("We hope ..., the minister said,
#: "..."") credits the quote; only a saying that is itself the hoped thing is the hoper's.
FRAMED_AFTER_A_HOPE = (
    "I hope the bridge reopens by Friday, the minister said, \"and we are working around "
    "the clock.\"",
    "I hope the school reopens by spring, the minister said, \"and we are doing all we "
    "can.\"",
)


@pytest.mark.parametrize("text", FRAMED_AFTER_A_HOPE)
def test_a_saying_framed_after_a_hope_is_the_sayers(nlp: Language, text: str) -> None:
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the minister"
