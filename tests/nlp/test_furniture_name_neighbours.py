"""A bare name line is a byline's only beside one: its neighbours are the adjacent
non-blank lines, long paragraphs included (issue 15 review).

A candidates' page puts each name as a subhead over a long biography; a caption's credit
two paragraphs further down is no neighbour of the subhead, so the name stays prose.
"""

from __future__ import annotations

from workbench.nlp.furniture import furniture_spans

BIO = (
    "A former teacher and school board trustee, the candidate has lived in the riding for "
    "twenty years and says housing costs are the issue she hears about most at the door. "
    "She served two terms on the board, chaired its finance committee, and led a campaign "
    "to reopen the rural library branch that closed in 2015. She is running on a promise "
    "to build more affordable rental units near transit lines."
)


def _furniture(text: str) -> list[str]:
    return [text[start:end] for start, end in furniture_spans(text).spans]


def test_a_subhead_two_paragraphs_from_a_credit_is_no_byline() -> None:
    text = (
        f"Meet the candidates\n\nJane Smith\n\n{BIO}\n\nJane Smith at a debate on Monday. "
        f"(Supplied)\n\n{BIO}\n\nTom Reed\n\n{BIO}"
    )
    found = _furniture(text)
    assert found == ["Jane Smith at a debate on Monday. (Supplied)"]


def test_a_subhead_after_a_long_paragraph_after_a_date_line_is_no_byline() -> None:
    text = f"Posted March 3, 2019\n\n{BIO}\n\nMaria Lopez\n\n{BIO}"
    assert "Maria Lopez" not in _furniture(text)


def test_a_name_right_over_its_job_line_is_still_a_byline() -> None:
    text = f"Maria Lopez\nCTV News Toronto Digital Journalist\n\n{BIO}\n\nTom Reed\n\n{BIO}"
    found = _furniture(text)
    assert "Maria Lopez" in found
    assert "Tom Reed" not in found
