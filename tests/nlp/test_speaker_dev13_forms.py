"""Kinds of speaker error read in dev13 beside the earlier Wikinews splits (issue 15,
session 23): a verb of saying coordinated after a clause with a subject of its own ("…,
and a passenger … screamed") is that clause's subject's, not the first clause's
(``verb_subjects.sibling_clause_subject``: the parser hangs every conjunct on the first
verb); the hedge after an unnamed person ("a man believed to be the victim's husband")
stays in the speaker phrase (``speaker_phrases``); a name between commas closing a long
title's subject phrase ("Northwind's worldwide vice-president of sales for the Zephyr,
Carla Mendes, indicated") is the speaker however deep the parse hangs it
(``speaker_phrase_names``); a kin noun of the pronoun's gender with the name set off
after it ("His sister, Anna Reed,") is whom "she" continues, though her brother, who
shares her surname, was called "he", and the subject of the clause a parenthetical "he
said" reports ("Greenfield, he said, is ...") is never what "he" stands for
(``speaker_antecedents``); a name right before a coordinated "said" with no subject,
which the parse hung on a phrase ("in reaction Commissioner for Competition Jan Berg
said"), is its subject (``verb_subjects``). Sentences written for these tests; run on the
real small model (``nlp``), the last on a parse written by hand as the model made it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.nlp.quote_support import speaker_pairs
from workbench.nlp.quote_clauses import QuoteContext
from workbench.nlp.speaker_antecedents import Antecedents
from workbench.nlp.speakers import subject_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The parser hangs "screamed" on "slowed": the ferry would speak.
        pytest.param(
            "The ferry slowed near the dock, and a passenger believed to be the captain's "
            'wife screamed, "Watch out!"',
            [("a passenger believed to be the captain's wife", None)],
            id="a_coordinated_cue_is_its_own_clauses_subjects",
        ),
        pytest.param(
            "The bus driver slowed down, and a woman believed to be the owner of the shop "
            'shouted, "Stop, stop, stop!" and ran into the road.',
            [("a woman believed to be the owner of the shop", None)],
            id="a_hedged_unnamed_speaker_keeps_the_hedge",
        ),
        # A cue with a subject of its own, or one continuing its own clause, is unchanged.
        pytest.param(
            'Smith scored twice, and Jones said, "He was the best player today."',
            [("Jones", "Jones")],
            id="a_coordinated_cue_with_its_own_subject",
        ),
        pytest.param(
            'The bus slowed down, and an old man stood up and shouted, "This is my stop!"',
            [("an old man", None)],
            id="a_cue_continuing_its_own_clause",
        ),
        # The parse hangs the name on "Zephyr", four links below "vice".
        pytest.param(
            "Northwind's worldwide vice-president of sales for the Zephyr, Carla Mendes, "
            "indicated that the update is meant for people who want \"an easy way to keep "
            'their files safe."',
            [("Carla Mendes", "Carla Mendes")],
            id="a_name_closing_a_long_titles_subject_speaks",
        ),
        # No comma before the verb: the name is whom the spokesman serves.
        pytest.param(
            'A spokesman for Jane Doe said the family was "devastated by the news."',
            [("A spokesman for Jane Doe", None)],
            id="a_name_inside_the_title_is_no_speaker",
        ),
    ],
)
def test_quote_speakers_and_canonical_speakers(
    nlp: Language, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    """Each case is one sentence form; the id names what it checks."""
    assert speaker_pairs(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed was shot by two officers on Friday night. He pointed a gun at them. His "
        "sister, Anna Reed, told reporters she doubted her brother had a gun.",
        "Tom Reed was shot by police on Friday. Police said he had a knife. His sister, "
        "Anna Reed, told reporters she did not believe it.",
    ],
)
def test_a_sister_sharing_her_brothers_surname_is_she(nlp: Language, text: str) -> None:
    doc = nlp(text)
    antecedents = Antecedents(QuoteContext(doc, []))
    names = {t.lower_: antecedents.name_for(t) for t in doc if t.lower_ in ("he", "she")}
    assert names == {"he": "Tom Reed", "she": "Anna Reed"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Omar Haddad spoke after the vote. Greenfield, he said, is the only bank that can "
         "afford it.", "Omar Haddad"),
        ("Northwind would gain a strong partner, said Eddie Lam, an analyst at Bay Research "
         "in Toronto. Delta, he said, also fits well with the company's plans.", "Eddie Lam"),
    ],
)
def test_a_parenthetical_speaker_is_not_what_it_reports_on(
    nlp: Language, text: str, name: str
) -> None:
    doc = nlp(text)
    pronoun = next(t for t in doc if t.lower_ == "he")
    assert Antecedents(QuoteContext(doc, [])).name_for(pronoun) == name



def _misparsed_reaction(nlp: Language, ent_type: str = "") -> Doc:
    """`The commission welcomed it and in reaction Commissioner for Competition Jan Berg
    said` parsed as the small model parsed dev13's sentence of this form: "Berg" the
    object of "for", "said" a conjunct of "welcomed" with no subject of its own."""
    words = (
        "The commission welcomed it and in reaction Commissioner for Competition Jan Berg said"
    ).split()
    heads = [1, 2, 2, 2, 2, 12, 5, 6, 7, 11, 11, 8, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "cc", "prep", "pobj", "npadvmod", "prep",
            "compound", "compound", "pobj", "conj"]
    pos = ["DET", "NOUN", "VERB", "PRON", "CCONJ", "ADP", "NOUN", "PROPN", "ADP", "PROPN",
           "PROPN", "PROPN", "VERB"]
    tags = ["DT", "NN", "VBD", "PRP", "CC", "IN", "NN", "NNP", "IN", "NNP", "NNP", "NNP", "VBD"]
    ents = ["O"] * 10 + ([f"B-{ent_type}", f"I-{ent_type}"] if ent_type else ["O", "O"]) + ["O"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)


@pytest.mark.parametrize(("ent_type", "speaker"), [("", "Berg"), ("PERSON", "Berg"),
                                                     ("ORG", "commission")])
def test_a_name_right_before_a_subjectless_coordinated_cue_speaks(
    nlp: Language, ent_type: str, speaker: str
) -> None:
    """The name the parse hung on a phrase right before "said" is its subject; an
    organisation there ("a statement from Apple said") is no person taking the verb."""
    doc = _misparsed_reaction(nlp, ent_type)
    found = subject_of(doc[12])
    assert found is not None and found.text == speaker
