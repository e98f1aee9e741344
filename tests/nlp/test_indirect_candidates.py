"""Indirect statements are looked for only at the tokens that may be cues."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from workbench.nlp.cues import is_according_to, is_claim_noun, is_speech_cue, is_stance_cue
from workbench.nlp.quote_indirect import _possible_cues

TEXT = (
    "According to the police, the suspect fled. The mayor said the bridge would reopen. "
    "Critics believe the plan is flawed, and Smith's claim that it costs too much was "
    "repeated by analysts, as a memo put it. She's like, \"Stop.\" Sales rose 3% on Monday."
)


PLATFORM_TEXT = 'The club was delighted. "We won," the club celebrated on Twitter after the game.'


def cues(doc: Doc) -> list[int]:
    return [t.i for t in doc if is_according_to(t) or is_speech_cue(t) or is_stance_cue(t)
            or is_claim_noun(t)]


def test_every_cue_is_among_the_possible_cues(nlp: Language) -> None:
    doc = nlp(TEXT)
    possible = _possible_cues(doc)
    assert len(cues(doc)) >= 5  # according, said, believe, claim, put
    assert set(cues(doc)) <= set(possible)
    assert possible == sorted(possible)  # text order, as the cues are yielded


def test_a_text_naming_a_platform_keeps_its_verbs(nlp: Language) -> None:
    """Any verb may say its subject posted there ("celebrated on Twitter")."""
    doc = nlp(PLATFORM_TEXT)
    celebrated = next(t.i for t in doc if t.lower_ == "celebrated")
    assert celebrated in cues(doc)
    assert celebrated in _possible_cues(doc)


def test_most_tokens_are_never_asked(nlp: Language) -> None:
    doc = nlp(TEXT)
    possible = _possible_cues(doc)
    assert len(possible) < len(doc) / 5
    assert {doc[i].lower_ for i in possible} >= {"according", "said", "believe", "claim"}
    assert "rose" not in {doc[i].lower_ for i in possible}  # a verb, but no cue's lemma


def test_an_empty_doc_has_no_possible_cue(nlp: Language) -> None:
    assert _possible_cues(nlp("")) == []


def test_possible_cues_match_the_token_tests_on_many_sentences(nlp: Language) -> None:
    """Every lemma's hash, large or small, is compared as the token array stores it."""
    docs = list(nlp.pipe([TEXT, PLATFORM_TEXT, "He told reporters he doubted it. "
                          "Her warning, issued Monday, was noted by the statement's author.",
                          "They fear the worst, he wrote, and I think so too."]))
    for doc in docs:
        assert set(cues(doc)) <= set(_possible_cues(doc))
        assert cues(doc)


def test_a_lemma_s_kind_is_read_once_per_process(nlp: Language) -> None:
    """The lemmas' strings are read for the first text that has them, not for each text:
    a second text with the same words reads none, and its possible cues are the same."""
    from workbench.nlp import quote_indirect

    first, again = nlp(TEXT), nlp(TEXT.replace("Monday", "Tuesday"))
    quote_indirect._LEMMA_KINDS.clear()
    possible = _possible_cues(first)
    read = dict(quote_indirect._LEMMA_KINDS)
    assert read  # the verbs' and nouns' lemmas of the first text
    assert _possible_cues(again) == possible
    assert quote_indirect._LEMMA_KINDS == read
    claim = next(t for t in first if t.lower_ == "claim")
    assert read[claim.lemma] == quote_indirect._CLAIM_NOUN | quote_indirect._VERB_CUE
