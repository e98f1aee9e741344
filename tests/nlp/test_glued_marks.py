"""Quotation marks glued to a word become tokens of their own; apostrophes and inch marks stay."""

from __future__ import annotations

import pytest

from workbench.nlp.pipeline import analyze_document, load_pipeline


def _tokens(text: str) -> list[str]:
    return [token.text for token in load_pipeline().tokenizer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win,"said Smith.', '" We will win , " said Smith .'),
        ("\u201cNo,\u201dhe said.", "\u201c No , \u201d he said ."),
        ('"Really?"she asked.', '" Really ? " she asked .'),
        ('Jones said:"Go home."', 'Jones said : " Go home . "'),
        ("Lee said,\u201cLook here.\u201d", "Lee said , \u201c Look here . \u201d"),
        ('the old days."We are back."', 'the old days . " We are back . "'),
        ('he talked about"joint plans"', 'he talked about " joint plans "'),
        ("'We will win,'said Smith.", "' We will win , ' said Smith ."),
        ("\u2018No,\u2019he said.", "\u2018 No , \u2019 he said ."),
        ('"Hi"\u2014he waved.', '" Hi " \u2014 he waved .'),
        ('"Well\u2026"he said.', '" Well \u2026 " he said .'),
        ('in the U.S.,"said Kim', 'in the U.S. , " said Kim'),
    ],
)
def test_a_glued_mark_is_its_own_token(text: str, expected: str) -> None:
    assert _tokens(text) == expected.split()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I don't know.", "n't"),
        ("O'Leary won.", "O'Leary"),
        ("rock 'n' roll", "n"),
        ("the 90's", "'s"),
        ("He is 6'2\" tall.", "6'2"),
        ("the U.N.'s record", "U.N."),
        ("President Biden Jr.'s decision", "'s"),
        ("Washington D.C.\u2019s lawyer", "\u2019s"),
        ("y'all and ma'am", "ma'am"),
    ],
)
def test_apostrophes_and_inch_marks_are_not_split(text: str, kept: str) -> None:
    tokens = _tokens(text)
    assert kept in tokens
    assert "".join(tokens) == text.replace(" ", "")


def test_glued_quote_gets_its_cue_and_speaker() -> None:
    text = 'The mayor spoke on Monday. "We will win this election,"said Smith. "It is ours."'
    quotes = analyze_document("", text).quotes
    assert [q.speaker for q in quotes] == ["Smith", "Smith"]
    assert quotes[0].text == '"We will win this election,"'


def test_curly_marks_glued_on_both_sides_keep_the_speaker() -> None:
    text = "Ana Diaz spoke first.\u201cWe have the votes,\u201dDiaz said.\u201cAll of them.\u201d"
    quotes = analyze_document("", text).quotes
    assert quotes[0].text == "\u201cWe have the votes,\u201d"
    assert len(quotes) == 2
    assert all(q.cue == "said" and (q.speaker or "").endswith("Diaz") for q in quotes)


def test_emoji_and_crlf_keep_offsets_and_speaker() -> None:
    text = 'The coach \U0001f3c6 spoke.\r\n"We won it all \U0001f600,"said Kim Lee.\r\n'
    doc = load_pipeline()(text)
    assert doc.text == text
    assert [t.text for t in doc if t.text in {'"', "said"}] == ['"', '"', "said"]
    (quote,) = analyze_document("", text).quotes
    assert text[quote.start:quote.end] == '"We won it all \U0001f600,"'
    assert quote.speaker == "Kim Lee"


def test_a_bracket_before_a_colon_is_no_emoticon() -> None:
    assert _tokens('Rep. Ann Cole (D-Ore.): "No."')[-6:] == [")", ":", '"', "No", ".", '"']
    assert ":" in _tokens("Ann Cole (D-Ore.): yes")
