"""Speakers on PolNeAR train errors, session 17: a relative clause before a bare verb of
saying, and dates near a cue that never speak.

One sentence per rule, written for the test (never an article's own words). Extraction
runs on the real small English model (fixture ``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_an_official_described_by_a_who_clause_speaks_not_the_date(nlp: Language) -> None:
    text = (
        "Although there is no such overlap with Moreno's team, a Treasury official who "
        "spoke anonymously to discuss internal strategy said Wednesday, \"Certainly there "
        'are discussions between the Treasury and the Moreno campaign."'
    )
    quote = direct(analyse(nlp, text))[0]
    assert quote.speaker_text == "a Treasury official"


def test_a_date_next_to_a_bare_cue_never_speaks(nlp: Language) -> None:
    quote = direct(analyse(nlp, 'Speaking at the rally, said Wednesday, "There are talks."'))[0]
    assert quote.speaker_text is None


def test_a_name_before_a_who_clause_read_as_the_complement_speaks(nlp: Language) -> None:
    text = (
        "Lopez, meanwhile, who sits at zero such endorsements, said that fact speaks "
        'volumes about which candidate is "prepared to take on the establishment."'
    )
    quote = direct(analyse(nlp, text))[0]
    assert quote.speaker_text == "Lopez"


def test_a_participle_after_a_relative_clause_keeps_the_main_subject(nlp: Language) -> None:
    text = (
        "Marsh has denounced supporters that level sexist attacks, saying her campaign "
        'does not want "that kind of rubbish," in an interview on Sunday.'
    )
    quote = direct(analyse(nlp, text))[0]
    assert quote.speaker_text == "Marsh"


def test_a_name_opening_a_paragraph_run_into_the_last_one_speaks(nlp: Language) -> None:
    text = (
        "Mayor Ortiz rejected criticism from Hale that closing the unit made the city less "
        "safe.\n\nOrtiz said the decision was made by fire commissioner Ann Bell and said, "
        "\u201cWho are you going to trust on safety and keeping people safe?\u201d\n\n"
        "Ortiz, speaking on KXRW, called Hale a \u201cblowhard,\u201d and said his remarks "
        "were priceless \u201cpropaganda\u201d for the developers."
    )
    quote = next(q for q in direct(analyse(nlp, text)) if "blowhard" in q.text)
    assert quote.speaker_text == "Ortiz"


def test_a_participle_cut_off_after_a_quoted_title_is_the_sentence_subjects(
    nlp: Language,
) -> None:
    text = (
        "The governor spoke on Fox\u2019s \u201cSunday Morning Futures,\u201d calling the "
        "bill a \u201cdisaster for working families.\u201d"
    )
    quote = next(q for q in direct(analyse(nlp, text)) if "disaster" in q.text)
    assert quote.speaker_text == "The governor"


#: A quote credited by a post-posed "said Early", a participle clause running on after it.
_SAID_BY_EARLY = (
    "\u201cHaving the voter file and two people who understand it is valuable,\u201d "
    "said Early, explaining he worked closely with Brandt"
)


def test_a_name_read_as_an_adverb_after_a_post_posed_said_speaks(nlp: Language) -> None:
    quote = direct(analyse(nlp, f"{_SAID_BY_EARLY} on the data."))[0]
    assert quote.speaker_text == "Early"


def test_a_participle_after_an_inverted_name_keeps_that_speaker(nlp: Language) -> None:
    text = (
        f"{_SAID_BY_EARLY}, who cleaned up the rolls: "
        "\u201cVito is outstanding with data. He is a real good data manipulator.\u201d"
    )
    assert [q.speaker_text for q in direct(analyse(nlp, text))] == ["Early", "Early"]


def test_a_name_after_a_leading_of_phrase_and_a_who_clause_speaks(nlp: Language) -> None:
    text = "Of Hale, Bergstrom, who has donated to Rubio, said, \u201cHe is flat-out scary.\u201d"
    assert direct(analyse(nlp, text))[0].speaker_text == "Bergstrom"


def test_a_noun_with_a_who_clause_read_as_the_complement_speaks(nlp: Language) -> None:
    text = (
        "One delegate, who like others spoke on the condition of anonymity to discuss the "
        'closed meeting, said the message was that "this is not going to be settled in '
        'March as much as we would all like it to be."'
    )
    assert direct(analyse(nlp, text))[0].speaker_text == "One delegate"


def test_names_in_the_who_clause_of_a_post_posed_name_never_speak(nlp: Language) -> None:
    """Session 26: the model may label the inverted name as a nationality ("Immelman"),
    but the "who" after it says it is a person; the golfers the clause names only follow."""
    text = (
        '"To become a member is something special I will cherish," added Immelman who '
        "follows in the footsteps of compatriots Gary Player and Ernie Els."
    )
    quote = direct(analyse(nlp, text))[0]
    assert quote.speaker_text == "Immelman"
