"""Post-posed attributions the small model misparses (issue 15, session 7).

One written sentence per category of news writing: a person named by their age ("the
43-year-old said"), a common-noun speaker after an inverted cue followed by a relative
clause ("said one attendee, who ..."), and an abbreviated police or council title the
tokenizer does not know ("said Const. Mike Williams"). Real small English model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.names import is_honorific, strip_honorifics
from workbench.nlp.speaker_phrases import name_phrase
from workbench.nlp.speaker_surface import is_title_before_name, post_posed_speaker

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def test_person_named_by_age_before_the_cue_speaks(nlp: Language) -> None:
    text = 'A Calgary man has been charged. "I made a mistake," the 34-year-old said in court.'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the 34-year-old"


def test_person_named_by_age_speaks_even_when_the_verb_is_read_as_adjective(
    nlp: Language,
) -> None:
    text = '"I was scared," the 16-year-old told police.'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the 16-year-old"


def test_common_noun_after_inverted_cue_speaks_despite_relative_clause(
    nlp: Language,
) -> None:
    text = (
        '"This is not going to be over in February," said one attendee, who like others '
        "spoke on the condition of anonymity to discuss the private meeting."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "one attendee"


def test_abbreviated_police_title_is_not_the_speaker(nlp: Language) -> None:
    text = '"There were no injuries," said Const. Mike Williams of the Toronto Police Service.'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Mike Williams"


def test_a_post_posed_speaker_after_a_split_title_keeps_the_quote(nlp: Language) -> None:
    text = '"The road stays closed overnight," Supt. Ana Ruiz said on Monday.'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Ana Ruiz"


def test_only_a_title_before_its_period_and_a_name_is_a_split_title(nlp: Language) -> None:
    doc = nlp("Supt. Ana Ruiz spoke. Then Trump. Biden spoke.\nCst.\nBo Li left.")
    titled = [t.text for t in doc if is_title_before_name(t)]
    assert titled == ["Supt"]


def test_a_sentence_ending_in_a_name_does_not_pass_to_the_next_name(nlp: Language) -> None:
    text = '"We will not resign," said Trump. Biden then spoke for an hour.'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Trump"


def test_canadian_and_us_titles_are_honorifics() -> None:
    for title in ("MPP", "MLA", "Coun.", "Const.", "Insp.", "Det.", "Congresswoman"):
        assert is_honorific(title), title
    assert strip_honorifics(("MPP", "Sol", "Mamakwa")) == ("Sol", "Mamakwa")


def _tagged(words: list[str], tags: list[str], pos: list[str]) -> Doc:
    """A doc with the tags the parser gave a real sentence (the parse itself varies)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos)


def test_noun_after_a_participle_is_what_was_said_not_who_said_it() -> None:
    words = ["\u201c", "Toronto", "values", ",", "\u201d", "VERB", "the", "city", "embodied"]
    tags = ["``", "NNP", "NNS", ",", "\'\'", "VBG", "DT", "NN", "VBD"]
    pos = ["PUNCT", "PROPN", "NOUN", "PUNCT", "PUNCT", "VERB", "DET", "NOUN", "VERB"]
    saying = _tagged([*words[:5], "saying", *words[6:]], tags, pos)
    assert post_posed_speaker(saying[5]) is None
    said = _tagged([*words[:5], "said", *words[6:]], [*tags[:5], "VBD", *tags[6:]], pos)
    speaker = post_posed_speaker(said[5])
    assert speaker is not None and speaker.text == "city"


def test_person_after_an_employers_possessive_speaks(nlp: Language) -> None:
    (quote,) = direct(analyse(nlp, '"This changes everything," U of T\'s Emily Smith said.'))
    assert quote.speaker_text == "Emily Smith"


def test_employers_possessive_is_no_given_name() -> None:
    from workbench.nlp.speaker_full_names import full_name_before

    text = "the Bank of Canada's Tiff Macklem said"
    assert full_name_before(text, "Macklem", frozenset()) == "Tiff Macklem"


def test_title_with_its_place_speaks_as_its_holder(nlp: Language) -> None:
    text = (
        "US Ambassador to Germany Richard Grenell alleged the airline had \u201ccontributed "
        "to incredible human suffering\u201d in the region."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Richard Grenell"


def test_the_person_a_spokesman_serves_is_not_the_speaker(nlp: Language) -> None:
    (quote,) = direct(analyse(nlp, '"We are reviewing it," a spokesman for Donald Trump said.'))
    assert quote.speaker_text == "a spokesman for Donald Trump"


def test_signature_line_above_a_paragraph_is_not_its_subject(nlp: Language) -> None:
    text = (
        "DeVita narrowly avoided being caught up in the accident.\n\n\u2014Troy Roberts\n\n"
        'Another eyewitness, Nicole Towarek, described extensive tire marks and "insane" '
        "heat. Florida Department of Transportation official Troy Roberts said the road "
        "itself will be examined."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Nicole Towarek"


def test_a_courts_opinion_reads_its_words(nlp: Language) -> None:
    text = (
        "The opinion of the Court, released on Wednesday, read in part, \u201cIt is "
        "concluded that the oath of office is unconstitutional.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The opinion of the Court"


def test_part_of_a_statement_speaks_as_the_statement(nlp: Language) -> None:
    (quote,) = direct(analyse(nlp, 'Part of the statement read: "We will not comply."'))
    assert quote.speaker_text == "the statement"


def test_a_speaker_phrase_never_spans_a_line_break(nlp: Language) -> None:
    # the parser runs a job line or a photo credit into the sentence under it
    for text, head, phrase in (
        ("Senior Reporter\nThe minister said the plan was final.", "minister", "The minister"),
        ("A view of the harbour. Getty Images\nOfficials said so.", "Officials", "Officials"),
    ):
        doc = nlp(text)
        (token,) = [t for t in doc if t.text == head]
        assert text[slice(*name_phrase(token))] == phrase


def test_common_noun_with_a_place_after_an_inverted_cue_speaks(nlp: Language) -> None:
    # The parse takes "a Toronto councillor" for the object of "added" after a paragraph
    # break; the word order still says who spoke, and the next sentence is theirs too.
    text = (
        "The vote on the transit plan was delayed again.\n\n"
        '"The plan is weak," added a Toronto councillor. "It will not work."'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["a Toronto councillor"] * 2
    assert [q.speaker for q in quotes] == [None, None]


def test_one_unnamed_party_member_speaks_as_the_phrase_not_the_party(nlp: Language) -> None:
    text = (
        "Insiders were asked about the primary.\n\n"
        '"It is over," added another New Hampshire Democrat.\n\n'
        '"She is too far behind," said an Iowa Democrat.'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == [
        "another New Hampshire Democrat",
        "an Iowa Democrat",
    ]
    assert [q.speaker for q in quotes] == [None, None]


def test_a_party_member_named_in_apposition_is_the_person(nlp: Language) -> None:
    text = (
        "Since then, a Republican, Mark Amodei, has voiced support for the inquiry, "
        'telling a local paper: "I am a big fan of oversight."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Mark Amodei"
    assert quote.speaker == "Mark Amodei"


def test_a_party_as_a_whole_still_speaks_as_its_entity(nlp: Language) -> None:
    text = '"We will vote against it," the Democrats said in a statement.'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Democrats"


def test_a_surname_ending_in_s_is_a_subject_that_agrees(nlp: Language) -> None:
    # The tagger reads "Mills" as a plural noun; a plural common noun never agrees with
    # "writes", but a capitalised word the text never writes in lowercase is a name.
    text = 'Clinton replied to Mills with a note.\n\nMills then writes back, "You look cute."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Mills"


def test_a_plural_common_noun_still_does_not_agree_with_a_singular_cue(nlp: Language) -> None:
    text = 'He praised the volunteers. Volunteers calls the plan "a gift" to volunteers.'
    quotes = direct(analyse(nlp, text))
    assert all(q.speaker_text != "Volunteers" for q in quotes)


def _with_person(doc: Doc, index: int) -> Doc:
    """``doc`` with token ``index`` tagged as a one-word PERSON entity."""
    from spacy.tokens import Span

    doc.ents = [Span(doc, index, index + 1, label="PERSON")]
    return doc


def test_inverted_name_the_parse_took_for_an_object_is_the_speaker() -> None:
    words = ["\u201c", "It", "is", "done", ",", "\u201d", "added", "Okonkwo", "."]
    tags = ["``", "PRP", "VBZ", "VBN", ",", "\'\'", "VBD", "NNP", "."]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PUNCT"]
    doc = _with_person(_tagged(words, tags, pos), 7)
    speaker = post_posed_speaker(doc[6])
    assert speaker is not None and speaker.text == "Okonkwo"


def test_bare_noun_after_a_cue_stays_its_object() -> None:
    words = ["\u201c", "It", "is", "done", ",", "\u201d", "told", "reporters", "."]
    tags = ["``", "PRP", "VBZ", "VBN", ",", "\'\'", "VBD", "NNS", "."]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "VERB", "NOUN", "PUNCT"]
    assert post_posed_speaker(_tagged(words, tags, pos)[6]) is None


def test_a_no_break_space_between_the_closing_mark_and_an_inverted_cue(nlp: Language) -> None:
    """The parser keeps the no-break space as its own token and takes the name for the
    object of "added"; the space is no word between the quote and its attribution."""
    text = (
        "The panel met. \u201cWe have nothing to hide,\u201d\u00a0added Marisol Ortega. "
        "Others left."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Marisol Ortega"
