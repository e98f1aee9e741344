"""Speakers on PolNeAR train errors, session 16: general rules the train split showed.

One sentence per rule, written for the test (never an article's own words). Extraction
runs on the real small English model (fixture ``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def test_a_participle_of_saying_speaks_for_the_clause_it_adds_to(nlp: Language) -> None:
    text = (
        "Senator Maria Lopez sharpened her attack on Monday, telling reporters that Smith "
        'is a "fraud" and questioning how he has "avoided paying any taxes for a decade."'
    )
    quote = next(q for q in direct(analyse(nlp, text)) if "taxes" in q.text)
    assert quote.speaker == "Maria Lopez"


def _parsed(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A sentence with the parse the small model gave its article (word, head, dep, pos,
    tag, lemma), so the rule is tested on the misattachment it answers, not on how the
    model happens to parse a shorter sentence."""
    import spacy
    from spacy.tokens import Doc

    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*rows, strict=True))
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
    )


# Each case: the parse the small model gave (misattached), the index of the participle
# of saying, and the speaker subject_of must still find for it.
_MISATTACHED_PARTICIPLES = {
    # The senators argue that "there is precedent," citing a case ...: "citing" hung on
    # "is", whose only subject is the expletive "there".
    "on_a_reported_clause_without_a_subject": ([
        ("The", 1, "det", "DET", "DT", "the"),
        ("senators", 2, "nsubj", "NOUN", "NNS", "senator"),
        ("argue", 2, "ROOT", "VERB", "VBP", "argue"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("there", 5, "expl", "PRON", "EX", "there"),
        ("is", 2, "ccomp", "VERB", "VBZ", "be"),
        ("precedent", 5, "attr", "NOUN", "NN", "precedent"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("citing", 5, "advcl", "VERB", "VBG", "cite"),
        ("a", 10, "det", "DET", "DT", "a"),
        ("case", 8, "dobj", "NOUN", "NN", "case"),
    ], 8, "senators"),
    # Moore denied the notion that a shakeup is coming, explaining ...: "explaining"
    # hung on "coming", the clause that completes "notion".
    "on_a_claim_denied": ([
        ("Moore", 1, "nsubj", "PROPN", "NNP", "Moore"),
        ("denied", 1, "ROOT", "VERB", "VBD", "deny"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("notion", 1, "dobj", "NOUN", "NN", "notion"),
        ("that", 8, "mark", "SCONJ", "IN", "that"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("shakeup", 8, "nsubj", "NOUN", "NN", "shakeup"),
        ("is", 8, "aux", "AUX", "VBZ", "be"),
        ("coming", 3, "acl", "VERB", "VBG", "come"),
        (",", 8, "punct", "PUNCT", ",", ","),
        ("explaining", 8, "advcl", "VERB", "VBG", "explain"),
    ], 10, "Moore"),
    # Rubio pushed back, saying that the bill had support but was waylaid by mistrust
    # and arguing that ...: "arguing" coordinated with the passive "waylaid", whose
    # agent never speaks.
    "coordinated_with_a_passive": ([
        ("Rubio", 1, "nsubj", "PROPN", "NNP", "Rubio"),
        ("pushed", 1, "ROOT", "VERB", "VBD", "push"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("saying", 1, "advcl", "VERB", "VBG", "say"),
        ("that", 6, "mark", "SCONJ", "IN", "that"),
        ("bill", 6, "nsubj", "NOUN", "NN", "bill"),
        ("had", 3, "ccomp", "VERB", "VBD", "have"),
        ("support", 6, "dobj", "NOUN", "NN", "support"),
        ("but", 6, "cc", "CCONJ", "CC", "but"),
        ("was", 10, "auxpass", "AUX", "VBD", "be"),
        ("waylaid", 6, "conj", "VERB", "VBN", "waylay"),
        ("by", 10, "agent", "ADP", "IN", "by"),
        ("mistrust", 11, "pobj", "NOUN", "NN", "mistrust"),
        ("and", 10, "cc", "CCONJ", "CC", "and"),
        ("arguing", 10, "conj", "VERB", "VBG", "argue"),
    ], 14, "Rubio"),
}


@pytest.mark.parametrize("case", sorted(_MISATTACHED_PARTICIPLES))
def test_a_misattached_participle_of_saying_is_the_reporters(case: str) -> None:
    from workbench.nlp.speakers import subject_of

    rows, participle, expected = _MISATTACHED_PARTICIPLES[case]
    speaker = subject_of(_parsed(rows)[participle])
    assert speaker is not None and speaker.text == expected


def test_the_s_of_has_before_said_is_no_passive(nlp: Language) -> None:
    text = (
        "Ever since Sam Ortiz announced his candidacy last year, he's said the same thing "
        'at every diner stop and every campaign event: "It\'s not about me, it\'s about us."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "he"
    assert quote.speaker == "Sam Ortiz"


def test_it_s_said_that_stays_a_passive_with_no_speaker() -> None:
    from workbench.nlp.verb_subjects import is_agentless_passive

    doc = _parsed([
        ("It", 2, "nsubjpass", "PRON", "PRP", "it"),
        ("'s", 2, "auxpass", "AUX", "VBZ", "be"),
        ("said", 2, "ROOT", "VERB", "VBN", "say"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("he", 5, "nsubj", "PRON", "PRP", "he"),
        ("left", 2, "ccomp", "VERB", "VBD", "leave"),
    ])
    assert is_agentless_passive(doc[2])
