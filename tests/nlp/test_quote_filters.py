"""Titles, labels and footers in quotation marks are not quotations (issue 15)."""

from __future__ import annotations

from types import SimpleNamespace

from workbench.nlp.quote_filters import is_scare_quote


def scare(text: str, quoted: str) -> bool:
    """``is_scare_quote`` for the quoted span ``quoted`` (marks included) of ``text``."""
    start = text.index(quoted)
    return is_scare_quote(SimpleNamespace(text=text), (start, start + len(quoted)))  # type: ignore[arg-type]


def test_a_term_known_as_is_a_label() -> None:
    text = "She would tax millionaires, in what has become known as the ''Buffett rule'' now."
    assert scare(text, "''Buffett rule''")


def test_title_after_the_work_it_names_is_not_speech() -> None:
    text = "In his 2002 book, \u201cMake Your Kid a Millionaire,\u201d he suggested saving."
    assert scare(text, "\u201cMake Your Kid a Millionaire,\u201d")
    anthem = "At the end of the anthem \u201cA Change Is Gonna Come,\u201d she added a line."
    assert scare(anthem, "\u201cA Change Is Gonna Come,\u201d")


def test_speech_after_a_work_noun_in_lowercase_is_still_speech() -> None:
    text = "She wrote in the book, \u201cwe were never told the truth about the mine.\u201d"
    assert not scare(text, "\u201cwe were never told the truth about the mine.\u201d")


def test_a_quoted_web_address_is_no_quote() -> None:
    text = 'She posted the link "https://example.org/rally-report" and said nothing more.'
    assert scare(text, '"https://example.org/rally-report"')
    assert not scare(text.replace("https://example.org/rally-report", "we won it"), '"we won it"')


def test_a_title_credited_to_its_author_is_a_label() -> None:
    text = 'She cited "Water in the Prairie West" by Anne Roy and the "Map of Lakes," by Ed Ko.'
    assert scare(text, '"Water in the Prairie West"')
    assert scare(text, '"Map of Lakes,"')


def test_words_followed_by_their_passive_agent_are_not_a_title() -> None:
    text = 'The bill was "rushed," by the council\'s count, and "anointed" by Premier Roy.'
    assert not scare(text, '"rushed,"')
    assert not scare(text, '"anointed"')


def test_a_self_described_label_is_no_quote() -> None:
    text = 'Many self-described "Berners" marched, and a self-styled "news junkie" watched.'
    assert scare(text, '"Berners"')
    assert scare(text, '"news junkie"')
    proclaimed = 'The mayor, a self-proclaimed "numbers guy," ordered an audit.'
    assert scare(proclaimed, '"numbers guy,"')


def test_a_label_rule_does_not_reach_a_quoted_sentence() -> None:
    text = 'The self-described optimist said, "We will rebuild the bridge before May."'
    assert not scare(text, '"We will rebuild the bridge before May."')
