"""A long run of brackets is tokenized reading a bounded tail of it per step.

Attack run 14: a page of nested brackets ("((((Harbour Bridge))))", "]]])]}]" runs of 500
marks, each a little different) spent its first minutes in spaCy's tokenizer, whose
suffix rules were searched over the whole rest of the run at every mark peeled off: the
characters read grew with the square of the run. What must stay small is the count of
characters the suffix rules read (seconds depend on the machine; the speed target lives
in the benchmarks), and the tokens must be the ones the full search gives.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

spacy = pytest.importorskip("spacy")

from tests.nlp.tokenizer_steps import window_suffix_search  # noqa: E402
from workbench.nlp.suffix_window import SUFFIX_WINDOW, TailSearch  # noqa: E402

RUN = 2_000


def _run() -> str:
    marks = random.Random(14)
    return "Bridge" + "".join(marks.choice(")]}") for _ in range(RUN)) + "."


def _counting(
    search: Callable[..., re.Match[str] | None], read: list[int]
) -> Callable[..., object]:
    def counted(string: str, pos: int = 0) -> re.Match[str] | None:
        read.append(len(string) - pos)
        return search(string, pos)

    return counted


def test_peeling_a_run_of_brackets_reads_each_step_s_tail_only() -> None:
    whole = spacy.blank("en")
    expected = [token.text for token in whole.tokenizer(_run())]
    nlp = window_suffix_search(spacy.blank("en"))
    tail = nlp.tokenizer.suffix_search
    assert isinstance(tail, TailSearch)
    read: list[int] = []
    tail._search = _counting(tail._search, read)  # noqa: SLF001 - counting its reads
    assert [token.text for token in nlp.tokenizer(_run())] == expected
    assert len(read) > RUN
    assert max(read) <= SUFFIX_WINDOW


def test_short_chunks_and_suffixes_are_split_as_before() -> None:
    text = "Wait... (see 5km), his dogs' bowls; U.S.-based (R-S.C.): \"yes.\" 1990s' [a]]"
    whole = [token.text for token in spacy.blank("en").tokenizer(text)]
    nlp = window_suffix_search(window_suffix_search(spacy.blank("en")))
    assert [token.text for token in nlp.tokenizer(text)] == whole
    assert not isinstance(nlp.tokenizer.suffix_search._search, TailSearch)  # noqa: SLF001


def test_the_app_s_pipeline_reads_suffixes_in_the_tail() -> None:
    from workbench.nlp.pipeline import load_pipeline

    assert isinstance(load_pipeline().tokenizer.suffix_search, TailSearch)
