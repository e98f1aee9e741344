"""Speakers read from the structure around the cue (issue 15, fourth pass).

Each test is one sentence written for it: a cue after "before/after" belongs to the
subject of the verb the preposition hangs on, a quote line signed at its end by a dash
and a name is that person's, and a cue whose subject is a thing ("it", "the ad") inside
a person's reported speech is the person's. Runs on the real small model (``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_cue_after_before_belongs_to_the_main_subject_not_the_object(nlp: Language) -> None:
    text = (
        "\u201cKeep your hands in sight,\u201d Morrison sings to Hutchins before asking "
        "her, \u201cI just want to know, where do we go from here?\u201d"
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["Morrison", "Morrison"]


def test_quote_line_split_by_an_inner_quotation_is_signed_at_its_end(nlp: Language) -> None:
    text = (
        "\u201cHe cannot lead us.\u201d \u2015 Marta Quiroga\n"
        "\u201cAs a teacher I would rather live in what he calls \u201chell\u201d than in "
        "his country.\u201d \u2015 Lidia Benavides\n"
    )
    quotes = direct(analyse(nlp, text))
    assert quotes[0].speaker_text == "Marta Quiroga"
    assert quotes[1].text.startswith("\u201cAs a teacher")
    assert quotes[1].speaker_text == "Lidia Benavides"


def test_a_guillemet_quote_line_split_by_an_inner_quotation_is_signed_too(nlp: Language) -> None:
    text = (
        "\u00abHe cannot lead us.\u00bb \u2015 Marta Quiroga\n"
        "\u00abAs a teacher I would rather live in what he calls \u201chell\u201d than in "
        "his country.\u00bb \u2015 Lidia Benavides\n"
    )
    quotes = direct(analyse(nlp, text))
    signed = [q.speaker_text for q in quotes if q.text.startswith("\u00abAs a teacher")]
    assert signed == ["Lidia Benavides"]


def test_pronoun_takes_the_subject_of_its_own_sentence_first(nlp: Language) -> None:
    text = (
        "Kent Oz appeared at a Senate hearing in 2014. Senator Maria Lopez scolded him: "
        "\u201cThe scientific community is almost monolithic against you,\u201d she said."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "she"
    assert quote.speaker == "Maria Lopez"


def test_cue_with_it_as_subject_inside_reported_speech_is_the_reporters(nlp: Language) -> None:
    text = (
        "Ortega says it underscores that the mayor is \u201ctemperamentally unfit to run "
        "the city.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Ortega"


def test_document_without_author_inside_a_persons_report_is_the_persons(nlp: Language) -> None:
    text = (
        "City Attorney Dana Holm said in the letter that the advertisement "
        "\u201cunmistakably and wrongfully\u201d suggests that the officers support the campaign."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is not None and quote.speaker_text.endswith("Dana Holm")


def test_previous_sentence_with_a_quoted_phrase_still_gives_its_subject(nlp: Language) -> None:
    text = (
        "Though she called the bank\u2019s conduct \u201coutrageous\u201d and asked for bonuses "
        "to be \u201cclawed back,\u201d Maria Lopez kept her remarks about breaking up banks "
        "hypothetical.\n\n\u201cIf any bank cannot be managed well, it should be broken up.\u201d"
    )
    quote = direct(analyse(nlp, text))[-1]
    assert quote.text.startswith("\u201cIf any bank")
    assert quote.speaker_text == "Maria Lopez"


def test_previous_subject_named_in_apposition_speaks_the_next_quote(nlp: Language) -> None:
    text = (
        "His former business partner at Corvex, Thomas R. Whitfield, called him a master at "
        "bolting together impossible transactions. \u201cHe showed again and again an "
        "ability to put together deals that other people could not.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Thomas R. Whitfield"


def test_only_the_cue_speaker_phrase_goes_to_a_documents_author(nlp: Language) -> None:
    """``speaker_phrase`` (cue sites) names the author; ``name_phrase`` keeps the phrase."""
    from workbench.nlp.speaker_phrases import name_phrase, speaker_phrase

    text = "A statement from the Ministry of Health said schools would reopen."
    doc = nlp(text)
    (statement,) = [t for t in doc if t.text == "statement"]
    start, end = speaker_phrase(statement)
    assert text[start:end] == "the Ministry of Health"
    start, end = name_phrase(statement)
    assert text[start:end] == "A statement from the Ministry of Health"


def test_pronoun_prefers_a_person_just_named_over_an_older_subject(nlp: Language) -> None:
    text = (
        "Harry Webb was struck by a car near the air base in August. The crash happened "
        "at night on a country road. Police spoke with Anne Lacey as a suspect. She told "
        "police she had immunity, but \u201cthat she had no plans to leave the country in "
        "the near future.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Anne Lacey"


def test_time_heading_above_the_paragraph_is_not_a_second_subject(nlp: Language) -> None:
    text = (
        "5:45 p.m.\n\nLibertarian presidential candidate Tom Archer\u2019s doctor is "
        "calling the candidate \u201cremarkably physically fit.\u201d\n"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is not None and quote.speaker_text.endswith("doctor")


def test_person_right_before_a_subjectless_ing_cue_is_the_speaker(nlp: Language) -> None:
    text = (
        "The new commercial uses footage of Hillary Clinton asking, \u201cWhy are we not "
        "fifty points ahead, you might ask?\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Hillary Clinton"


def test_title_abbreviation_the_parser_ends_a_sentence_at_keeps_its_name(nlp: Language) -> None:
    text = (
        "Officers searched the ravine overnight. \u201cWe are asking anyone with dashcam "
        "video to come forward,\u201d Const. Rob Davis said."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Rob Davis"


def test_newspaper_that_obtained_a_memo_is_not_its_author(nlp: Language) -> None:
    text = (
        "\u201cThe plant will close in March,\u201d according to a memo obtained by the "
        "Hamilton Spectator."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "a memo"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # A court paper is filed, a brief submitted, a report prepared: the agent of each
        # wrote the document, so its words are theirs, as with "signed by".
        (
            "\u201cThe defendant fled before officers arrived,\u201d according to a court "
            "document filed by prosecutor Dana Whitfield.",
            "Dana Whitfield",
        ),
        (
            "\u201cThe bridge is unsafe,\u201d according to a report prepared by engineer "
            "Sam Kowal.",
            "Sam Kowal",
        ),
        (
            "\u201cThe agency acted unlawfully,\u201d a complaint submitted by the Sierra Club "
            "said on Monday.",
            "the Sierra Club",
        ),
        # Calculations, analyses and studies are no documents of their own, but "by" names
        # who made them; without a "by" the work keeps its phrase.
        (
            'A "living wage" is $14 an hour, according to calculations by economist Peter '
            "Lindqvist of Leeds University.",
            "Peter Lindqvist",
        ),
        (
            'The plan would cost "at least $2 trillion over a decade," according to an '
            "analysis by the Tax Policy Center.",
            "the Tax Policy Center",
        ),
        (
            'The plan would cost "at least $2 trillion over a decade," according to a '
            "recent analysis.",
            "a recent analysis",
        ),
    ],
)
def test_who_made_a_document_or_study_speaks_through_it(
    nlp: Language, text: str, author: str
) -> None:
    """The agent a document or study is "filed/prepared/submitted by" or simply "by" is
    its author; each case runs alone so one failure does not hide the others."""
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == author


def test_surname_tagged_as_a_place_still_is_the_pronouns_person(nlp: Language) -> None:
    text = (
        "Mayor Olivia Chow and Councillor Brad Bradford clashed over the budget on "
        "Wednesday. Bradford accused the mayor of hiding costs.\n\n"
        "\u201cThe numbers don't add up,\u201d he said."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "he"
    assert quote.speaker is not None and quote.speaker.endswith("Brad Bradford")


def test_quoted_sentence_after_a_colon_is_not_the_next_sentences(nlp: Language) -> None:
    text = (
        "The nurses\u2019 union released a statement: \u201cWe cannot accept that our "
        "members are paid less than anyone else in the country.\u201d Premier Doug Ford "
        "called it a \u201cterrible opening offer\u201d but agreed to meet."
    )
    first = direct(analyse(nlp, text))[0]
    assert first.text.startswith("\u201cWe cannot accept")
    assert first.speaker_text is not None and "union" in first.speaker_text


def test_cue_deep_in_the_next_sentence_is_not_the_quotes(nlp: Language) -> None:
    text = (
        "Councillor Ana Ruiz spoke first.\n\n\u201cThis budget fails our seniors.\u201d After "
        "a two-hour debate that ran past midnight, the mayor said the vote would wait."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is not None and quote.speaker_text.endswith("Ana Ruiz")


def test_a_cue_past_a_semicolon_is_not_the_quotes(nlp: Language) -> None:
    # The parse hangs the quoted clause on "disclose", after the semicolon; the one who
    # added the words is the spokesperson.
    text = (
        "The spokesperson added regarding the request, they \"would not consider requests "
        'of this nature"; Interpol did not disclose at the time whether it received any.'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The spokesperson"


def test_a_common_noun_with_an_organisation_in_apposition_is_the_organisation(
    nlp: Language,
) -> None:
    text = 'The company, Maple Foods, said in a statement that it "regrets the incident."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Maple Foods"
    assert quote.speaker == "Maple Foods"


def test_a_statement_read_out_from_someone_is_theirs(nlp: Language) -> None:
    text = (
        "The victim was identified as Daniel Moreau.\n\n"
        "Outside the courthouse, lawyer Priya Natarajan read a statement from the family: "
        '"Daniel was a loving son and brother."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the family"
    assert quote.speaker is None


def test_a_reader_with_no_document_still_speaks(nlp: Language) -> None:
    text = 'Smith took questions from reporters after the vote: "We are ready."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Smith"


def test_the_cue_right_after_the_quote_wins_over_a_later_one(nlp: Language) -> None:
    """The parse hangs the quote on the host's "said"; the subject-led "Ortega said"
    right after the closing mark is the quote's attribution."""
    text = (
        '"I never wrote that, not once," Ortega said, after the host Dana Pryce said the '
        "mayor had praised the plan."
    )
    quote = direct(analyse(nlp, text))[0]
    assert quote.text.startswith('"I never wrote that')
    assert quote.speaker_text == "Ortega"


@pytest.mark.parametrize(
    "text",
    [
        '"The dam is safe," according to engineer Luis Ortega.',
        'According to engineer Luis Ortega, "the dam is safe."',
    ],
)
def test_according_to_a_role_and_a_name_is_the_name(nlp: Language, text: str) -> None:
    """The parse reads the lowercase role after "according to" as a verb with the name its
    object: the name is still the source."""
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Luis Ortega"
