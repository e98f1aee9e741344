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
