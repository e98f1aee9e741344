"""Ranks and province abbreviations stay whole, and a title never ends a sentence."""

from __future__ import annotations

import pytest

from workbench.nlp.abbreviations import TITLE_COMPONENT
from workbench.nlp.pipeline import analyze_document, load_pipeline


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Const. Rita Moore arrived.", "Const."),
        ("Staff Sgt. Kim Park spoke.", "Sgt."),
        ("Det. Paul Hess left early.", "Det."),
        ("Insp. Tom Ward agreed.", "Insp."),
        ("Lt. Dana Cole was there.", "Lt."),
        ("Det.-Sgt. Mike Carbone spoke.", "Det.-Sgt."),
        ("Det.-Const. Ana Reis spoke.", "Det.-Const."),
        ("She lives in Guelph, Ont. and works there.", "Ont."),
    ],
)
def test_abbreviation_is_one_token(text: str, token: str) -> None:
    doc = load_pipeline()(text)
    assert token in [t.text for t in doc]


def test_no_sentence_breaks_at_a_title_before_a_name() -> None:
    doc = load_pipeline()('"The road was closed," said Capt. Mary Jones of the fire service.')
    assert len(list(doc.sents)) == 1


def test_a_province_can_still_end_a_sentence() -> None:
    doc = load_pipeline()("He grew up in Guelph, Ont. He moved west in 1990.")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We found nothing," said Capt. Mary Jones of the fire service.', "Mary Jones"),
        ('"The driver fled on foot," said Det. Sgt. Paul Hess of the city police.', "Paul Hess"),
        ('"Nobody was hurt," Const. Rita Moore told reporters on Friday.', "Rita Moore"),
        ('"Someone in that building knows," said Det.-Sgt. Mike Carbone.', "Mike Carbone"),
    ],
)
def test_speaker_after_a_rank_is_the_named_officer(text: str, speaker: str) -> None:
    (quote,) = analyze_document("", text).quotes
    assert quote.speaker is not None and quote.speaker.endswith(speaker)


def test_the_title_component_runs_once_before_the_parser() -> None:
    names = load_pipeline().pipe_names
    assert names.count(TITLE_COMPONENT) == 1
    assert names.index(TITLE_COMPONENT) < names.index("parser")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The airline\'s chief, Michael O\' Leary, defended the order by saying, "The plane '
         'is the best we could buy."', "Michael O' Leary"),
        ("\"We will fly it,\" said Sean O\u2019 Brien, the carrier's finance director.",
         "Sean O\u2019 Brien"),
    ],
)
def test_a_surname_prefix_set_apart_keeps_the_speaker_whole(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze_document("", text).quotes] == [speaker]


def test_a_surname_prefix_set_apart_is_one_token() -> None:
    assert "O'" in [t.text for t in load_pipeline()("Michael O' Leary flew home.")]
