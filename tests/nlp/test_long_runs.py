"""A run of emoji or symbols is parsed in pieces (the tokenizer's cost grows with its square)."""

from __future__ import annotations

import re

from workbench.nlp.pipeline import analyze_document, split_into_chunks
from workbench.nlp.text_cuts import LONGEST_RUN, without_long_runs

_RUN = re.compile(r"\S+")


def _longest_run(piece: str) -> int:
    return max((len(run) for run in _RUN.findall(piece)), default=0)


def test_prose_keeps_its_cuts() -> None:
    text = "Officials met on Monday. " * 40
    assert without_long_runs(text, [(0, len(text))]) == [(0, len(text))]


def test_a_long_run_is_cut_into_pieces_that_cover_the_text() -> None:
    text = "Before the run. " + "😀" * 2_300 + " After the run."
    pieces = without_long_runs(text, [(0, len(text))])
    assert pieces[0] == (0, len("Before the run. "))
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert pieces[-1][1] == len(text)
    assert all(_longest_run(text[start:end]) <= LONGEST_RUN for start, end in pieces)


def test_the_parser_never_gets_a_run_longer_than_the_bound() -> None:
    text = ("Maria Lopez arrived in Madrid on Monday.\n\n" + "🔥🎉" * 3_000
            + "\n\n\"We are ready,\" said Maria Lopez.")
    chunks = split_into_chunks(text)
    assert "".join(chunk for _, chunk in chunks) == text
    assert all(_longest_run(chunk) <= LONGEST_RUN for _, chunk in chunks)


def test_what_follows_a_long_run_is_found_at_its_place(nlp) -> None:
    tail = "\n\n\"We are ready,\" said Maria Lopez in Madrid."
    text = "Maria Lopez arrived on Monday.\n\n" + "🔥" * 5_000 + tail
    analysis = analyze_document("", text, nlp)
    madrid = [m for m in analysis.mentions if m.text == "Madrid"]
    assert [text[m.start:m.end] for m in madrid] == ["Madrid"]
    assert madrid[0].start == text.index("Madrid")
    quote = next(q for q in analysis.quotes if "ready" in q.text)
    assert text[quote.start:quote.end] == quote.text
    assert quote.speaker and "Lopez" in quote.speaker
