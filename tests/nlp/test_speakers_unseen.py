"""Speakers on unseen news, third pass (issue 15): one written sentence per rule.

Documents speak for their authors, roles with a place ("the prime minister of
Tunisia") are the person named with that role, untagged surnames find the full name,
pronouns whose antecedent is an object, and first-person speakers inside a speech.
Extraction runs on the real small English model (fixture ``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_statement_from_an_organisation_speaks_for_it(nlp: Language) -> None:
    text = (
        "\u201cSchools will reopen on the first of March,\u201d a statement from the "
        "Ministry of Health said."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the Ministry of Health"


def test_press_release_speaks_for_the_name_compounded_on_it(nlp: Language) -> None:
    text = "\u201cHuber was respected and loved by all of us,\u201d reads an AEW press release."
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "AEW"


def test_decree_signed_by_a_person_reads_his_words(nlp: Language) -> None:
    text = (
        "The decree signed by Pope Francis read \u201cThe crimes of sexual abuse offend "
        "Our Lord and must be reported.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is not None and quote.speaker_text.endswith("Francis")
    assert quote.cue == "read"


def test_document_without_author_keeps_its_phrase(nlp: Language) -> None:
    text = "\u201cThe dam is safe,\u201d the report said."
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the report"


def test_role_with_a_place_is_the_person_named_with_it_in_apposition(nlp: Language) -> None:
    text = (
        "Youssef Chahed, the Prime Minister of Tunisia, met Emmanuel Macron, the "
        "President of France, on Friday. \u201cThis is for security reasons only,\u201d "
        "the prime minister of Tunisia said."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the prime minister of Tunisia"
    assert quote.speaker == "Youssef Chahed"


def test_role_of_another_place_is_not_resolved_to_the_wrong_holder() -> None:
    from workbench.nlp.speaker_role_titles import Role, titled_role

    assert titled_role("the prime minister of Tunisia") == Role("minister", "tunisia")
    assert titled_role("the former president") == Role("former president")
    assert titled_role("the writer") is None


def test_untagged_surname_is_the_full_name_the_text_introduced() -> None:
    """No mention at all (the model tagged neither): "Cattelan" is still Maurizio Cattelan."""
    from tests.nlp.test_speaker_names import quote_by
    from workbench.nlp.quote_resolution import resolve_speakers

    text = "The toilet is by Italian artist Maurizio Cattelan. Later Cattelan wrote to us. "
    start = text.index("Cattelan wrote")
    (quote,) = resolve_speakers([quote_by("Cattelan", start)], [], text + " " * 40)
    assert quote.speaker == "Maurizio Cattelan"


def test_a_sentence_opener_is_not_a_given_name() -> None:
    from tests.nlp.test_speaker_names import quote_by
    from workbench.nlp.quote_resolution import resolve_speakers

    text = "Yesterday Cattelan spoke. Then Cattelan wrote to us. "
    start = text.index("Cattelan wrote")
    (quote,) = resolve_speakers([quote_by("Cattelan", start)], [], text + " " * 40)
    assert quote.speaker == "Cattelan"  # the surname alone, never "Yesterday Cattelan"


def test_pronoun_antecedent_named_as_an_object(nlp: Language) -> None:
    """"He" opening a sentence after Mark Tully's makes Tully male, so "she" is the
    woman the police questioned (an object), not the last subject."""
    text = (
        "Mark Tully founded the firm in 1990. He sold it in 2010. The police questioned "
        "Jane Ortiz on Monday. \u201cI was never at the office that night,\u201d she said."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "she"
    assert quote.speaker == "Jane Ortiz"


def test_an_object_does_not_beat_a_fitting_subject(nlp: Language) -> None:
    text = (
        "Rosa Kline chairs the council. The mayor thanked Tom Bell for his work. "
        "\u201cThe budget is balanced,\u201d she said."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Rosa Kline"


def test_surname_tagged_as_organisation_still_continues_as_he(nlp: Language) -> None:
    """"Sanders said ... He wrote": the model's ORG tag on a surname the text also writes
    after a given name does not hide the speaker from the pronoun."""
    from spacy.tokens import Span

    from workbench.nlp.quotes import find_quotes

    text = (
        "Senator Bernie Sanders ended his campaign on Wednesday. Sanders said in his live "
        'stream, "I do not make this decision lightly". He wrote in a tweet, "while the '
        'campaign ends, the struggle for justice continues on".'
    )
    doc = nlp(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == "Sanders"]
    quotes = [q for q in find_quotes(doc) if q.kind == "direct"]
    assert [q.speaker_text for q in quotes] == ["Sanders", "He"]
    assert quotes[1].speaker == "Sanders"


def test_a_person_modifying_a_common_noun_is_not_the_speaker(nlp: Language) -> None:
    """"The Clinton campaign said": the campaign speaks, not Hillary Clinton."""
    text = (
        "Hillary Clinton spoke in Ohio on Monday. \u201cThe debate showed who is ready to "
        "lead,\u201d the Clinton campaign said on Tuesday."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the Clinton campaign"
    assert quote.speaker == "Clinton campaign"  # the campaign, never "Hillary Clinton"
