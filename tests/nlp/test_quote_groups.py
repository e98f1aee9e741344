"""Parts of one quotation share a group: split by the attribution, run over paragraphs."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.quote_support import direct
from workbench.nlp.quotes import find_quotes


def test_a_split_quote_running_over_paragraphs_is_one_group(nlp: Language) -> None:
    text = (
        '"We were told the bridge would be safe for another decade," said resident Tom '
        'Hale.\n"Then in March the engineers closed it and nobody could tell us why.\n'
        '"Now we drive forty minutes to get to work," he said.'
    )
    quotes = direct(find_quotes(nlp(text)))
    assert [q.text[:9] for q in quotes] == ['"We were ', '"Then in ']
    assert quotes[1].text.endswith('to work,"')  # its two paragraphs are one span
    assert len({q.group for q in quotes}) == 1 and quotes[0].group is not None


def test_an_opening_mark_without_a_close_continues_in_the_next_paragraph(
    nlp: Language,
) -> None:
    text = (
        "\u201cThis is the largest investment in transit in our history,\u201d Sarkaria "
        "said. \u201cFamilies have waited long enough for the service they deserve.\n\n"
        "\u201cThe first trains will run in 2027.\u201d\n\nThe line opens in stages."
    )
    quotes = direct(find_quotes(nlp(text)))
    assert [q.text[-6:] for q in quotes] == ["tory,\u201d", "2027.\u201d"]
    assert "deserve.\n\n\u201cThe first" in quotes[1].text
    assert len({q.group for q in quotes}) == 1
    assert {q.speaker_text for q in quotes} == {"Sarkaria"}


def test_a_quotation_over_paragraphs_is_one_span(nlp: Language) -> None:
    text = (
        "The mayor spoke after the vote.\n\n"
        "\u201cWe listened to every family on the east side.\n\n"
        "\u201cThe new school will open in September,\u201d Mayor Ruth Ellis said."
    )
    (quote,) = direct(find_quotes(nlp(text)))
    assert quote.text == text[text.index("\u201cWe") : text.index(" Mayor")]
    assert quote.speaker_text == "Ruth Ellis" and quote.group is None


def test_turns_of_a_quoted_transcript_stay_apart(nlp: Language) -> None:
    text = (
        "The exchange went on for a minute.\n\n"
        '"HOST: Senator, will you vote for the bill on Friday?\n\n'
        '"SENATOR: I will read it first, and then I will decide."'
    )
    quotes = direct(find_quotes(nlp(text)))
    assert [q.text[:6] for q in quotes] == ['"HOST:', '"SENAT']
