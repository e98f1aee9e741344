"""Kinds of speaker error read in dev12 and the earlier Wikinews splits (issue 15, session
22): a participle right after its noun ("the officer charged with") is no verb of saying,
so a quotation running on after `"…," she told Reuters.` keeps her (``cues``); "continue
to" with a verb of its own is no verb of saying, so a partial quote ending that clause is
the post-posed "X said"'s (``cues``); "It read, "…"" after a body released a statement is
the document speaking (``speaker_documents``); a public body cited by its bare noun
("police said", "The army said") is that body (``speaker_institutions``). Sentences
written for these tests; run on the real small model (``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import speaker_pairs
from workbench.core.models import Mention
from workbench.nlp.cues import is_speech_cue
from workbench.nlp.speaker_institutions import institution_speaker
from workbench.nlp.speaker_name_shaped_orgs import people_read_as_organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sentence after the run-on quotation opens with "The officer charged with …":
        # "charged" describes the officer, it reports nobody's words.
        pytest.param(
            "Maria Lopez runs a bakery near the square, which was looted again on Saturday. "
            '"The government should resign. We will not be able to open until Christmas," '
            'she told Reuters. "Someone has to understand the deeper reasons for this and '
            'solve it." The officer charged with the shooting has been jailed pending trial.',
            [("she", "Maria Lopez"), ("she", "Maria Lopez")],
            id="a_quote_running_on_after_told_reuters_is_not_the_next_sentences",
        ),
        pytest.param(
            "Ahmed Khan said the market had been quiet for a week. \"Nobody comes here at "
            'night any more," Khan said. "We close at six now." The man accused of the '
            "robbery was released on bail.",
            [("Khan", "Ahmed Khan"), ("Khan", "Ahmed Khan")],
            id="a_man_accused_of_a_crime_is_no_speaker_of_the_quote_before",
        ),
        pytest.param(
            'Mayor Ruth Adler opened the new bridge on Friday. "It took us ten years," she '
            'said. "We are very happy that it is finally open," she continued.',
            [("she", "Ruth Adler"), ("she", "Ruth Adler")],
            id="continued_after_a_quote_still_speaks",
        ),
        pytest.param(
            "The Northern Rowing Federation released a statement about the arrest of its "
            'captain on Friday. It read, "First of all, we would like to state that the '
            'federation has always condemned violence of any kind."',
            [("It", "The Northern Rowing Federation")],
            id="it_reading_out_a_statement_is_the_body_that_released_it",
        ),
        # "It read well" quotes nothing: only "it read" right before its opening mark does.
        pytest.param(
            "The new guide was printed on Monday. It read well, said its editor Tom Hale.",
            [],
            id="a_person_reading_aloud_is_no_document",
        ),
        pytest.param(
            'Two hikers died on the mountain on Saturday. "They had hired some equipment '
            'early that day and got within a kilometre of the hut," police said. The army '
            'said the helicopter was carrying food "to help the villagers cut off by the '
            'snow."',
            [("police", "police"), ("The army", "army")],
            id="police_and_the_army_cited_by_their_noun_are_the_speakers",
        ),
        pytest.param(
            'A fire broke out on Main Street. A police spokesman said "nobody was hurt in '
            'it."',
            [("A police spokesman", None)],
            id="a_person_of_an_institution_keeps_no_body_as_speaker",
        ),
    ],
)
def test_quote_speakers_and_canonical_speakers(
    nlp: Language, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    """Each case is one sentence form; the id names what it checks."""
    assert speaker_pairs(nlp, text) == expected


def test_continue_to_with_its_own_verb_leaves_the_post_posed_speaker(nlp: Language) -> None:
    text = (
        "Harbour Foods said on Monday it had bought a rival bakery chain. The bakeries will "
        'continue to sell bread under their old name "for at least the next two years," '
        "Martinez said."
    )
    assert ("Martinez", "Martinez") in speaker_pairs(nlp, text)


@pytest.mark.parametrize(
    ("phrase", "body"),
    [("police", "police"), ("The Army", "army"), ("the coast guard", "coast guard"),
     ("the company", None), ("police officers", None), ("a police officer", None)],
)
def test_only_a_bare_institution_noun_names_the_body(phrase: str, body: str | None) -> None:
    assert institution_speaker(phrase) == body


def _token(nlp: Language, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_a_naming_participle_after_its_noun_stays_a_cue(nlp: Language) -> None:
    """"in a box labeled "…"" frames the label written after it; "the officer charged
    with" reports nothing."""
    boxed = 'In a box labeled "reason for the visit," she wrote "chest pain."'
    labeled = _token(nlp, boxed, "labeled")
    charged = _token(nlp, "The officer charged with the shooting has been jailed.", "charged")
    assert is_speech_cue(labeled)
    assert not is_speech_cue(charged)


def test_a_pronoun_after_a_hyphenated_reporter_is_the_reporter(nlp: Language) -> None:
    text = (
        'Rebels attacked the town on Monday. "The people need to be safe," Deng, the '
        "governor, said. Al-Sawarmi Khalid, spokesman for the armed forces, said the army "
        'had not bombed the town. "We respect international law," he said.'
    )
    assert speaker_pairs(nlp, text)[-1] == ("he", "Al-Sawarmi Khalid")


@pytest.mark.parametrize(
    "name",
    [
        # "Al-Sawarmi Khalid, spokesman for the armed forces," is a person's name, so a
        # later "he" can stand for him.
        pytest.param("Al-Sawarmi Khalid", id="hyphenated"),
        # Tokenised news corpora write "Al - Sawarmi Khalid"; the name is still a person's.
        pytest.param("Al - Sawarmi Khalid", id="hyphen_set_off_by_spaces"),
    ],
)
def test_a_hyphenated_full_name_read_as_an_organisation_is_a_person(name: str) -> None:
    text = f"{name}, spokesman for the armed forces, said the army had not fired."
    mention = Mention(0, len(name), name, "ORG", name)
    assert [m.label for m in people_read_as_organisations([mention], text)] == ["PERSON"]
