"""Three ways Wikinews names a speaker that the ECB+ splits rarely write (issue 15, dev10):
a common noun given its name by "named"/"called" (``speaker_called_names``), a sentence
opened by its verb of saying (``speaker_inverted_openings``) and a document inverted after
the quotation, `"...", read the warning.` (``speaker_documents.inverted_reading``).
Sentences written for these tests; run on the real small model (``nlp``)."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.quote_support import analyse, direct


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker_text for q in direct(analyse(nlp, text))]


def test_a_noun_named_by_a_participle_speaks_by_its_name(nlp: Language) -> None:
    text = (
        "Many carried signs. A university student named Wong said, "
        '"Even though the weather was so bad, we never back down."'
    )
    assert _speakers(nlp, text) == ["Wong"]
    text = 'Votes were counted. A man called Peter Obi told reporters, "It is over for them now."'
    assert _speakers(nlp, text) == ["Peter Obi"]


def test_a_participle_with_no_name_after_it_leaves_the_noun(nlp: Language) -> None:
    text = 'A nurse named in the report said, "We were not told about the danger at all."'
    assert _speakers(nlp, text) == ["A nurse"]


def test_an_opening_verb_of_saying_credits_the_person_named_before_the_comma(
    nlp: Language,
) -> None:
    """The model reads the verb as a name's first word ("Remarked Center")."""
    text = (
        "Scientists cautioned against optimism. Remarked Center for Biological Diversity "
        'scientist Tierra Curry, "This reprieve is a thank-you from the butterflies." '
        "Milkweed is the sole food."
    )
    assert _speakers(nlp, text) == ["Tierra Curry"]
    text = 'Remarked Greenpeace campaigner Laura Smith, "This ruling is a victory for families."'
    assert _speakers(nlp, text) == ["Laura Smith"]


def test_a_document_inverted_after_the_quote_speaks(nlp: Language) -> None:
    text = (
        "The storm is near. "
        '"Heavy rain will cause flooding in low areas of the county tonight", read the '
        "warning. More rain is due."
    )
    assert _speakers(nlp, text) == ["the warning"]


def test_someone_reading_a_letter_is_no_inverted_document(nlp: Language) -> None:
    text = '"It was the best day of my whole life," he read the letter aloud to the class.'
    assert _speakers(nlp, text) == ["he"]


def test_a_court_decision_speaks_for_the_court_named_in_it(nlp: Language) -> None:
    """ "decision" is a document noun: the court compounded onto it is its author."""
    text = 'Traffic "ground to a halt" - as the Supreme Court decision put it - for four days.'
    assert _speakers(nlp, text) == ["the Supreme Court"]


def test_calling_someone_quoted_words_names_nobody(nlp: Language) -> None:
    text = (
        "The plan split the board; one member called Ross "
        '"the worst chairman this club has ever had." The vote failed.'
    )
    assert _speakers(nlp, text) == ["one member"]
