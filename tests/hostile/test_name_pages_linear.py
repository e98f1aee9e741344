"""Pages of thousands of names: the list vote and the headline's short forms stay linear.

Attack run 14: 127,000 characters of capitalised words spent 20 s of 75 in the list vote
(``entity_appositions._listed_between`` built the lists of every name's start and end for
each mention); run-on names the model tagged ("USS USS Carney USS ..." thousands of words)
spent 18 s of 110 in the headline's short forms (every cut of each name, each read
against the whole name). What must stay small is the work per name; seconds depend on the
machine.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from workbench.core.models import Mention
from workbench.nlp import entity_appositions, headline
from workbench.nlp.entity_appositions import listed_between_people


class CountingSpans(Sequence[tuple[int, int]]):
    """Spans that count how many of them were read."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.read = 0

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        self.read += 1
        return self.spans[index]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        for span in self.spans:
            self.read += 1
            yield span


def test_a_name_in_a_list_is_found_reading_few_of_the_page_s_names() -> None:
    names = [f"Ana Ruiz{number}" for number in range(5_000)]
    text = ", ".join(names)
    spans, at = [], 0
    for name in names:
        spans.append((at, at + len(name)))
        at += len(name) + 2
    people = CountingSpans(spans[:2_500] + spans[2_501:])
    start, end = spans[2_500]
    mention = Mention(start, end, text[start:end], "ORG", text[start:end])
    assert listed_between_people(mention, text, people)
    assert people.read < 100
    alone = Mention(0, 3, "Ana", "ORG", "Ana")
    assert not entity_appositions.one_word_listed_between_organisations(alone, text, people)


def test_a_run_on_name_s_short_forms_are_cut_no_longer_than_the_headline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = [0]
    real = headline.abbreviates

    def counted(*args: object) -> bool:
        calls[0] += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(headline, "abbreviates", counted)
    run_on = " ".join(["USS", "Carney"] * 2_000)
    text = f"The {run_on} sailed. General Motors Company said so."
    body = [Mention(4, 4 + len(run_on), run_on, "PRODUCT", run_on)] * 50
    start = text.index("General")
    body.append(Mention(start, start + 22, "General Motors Company", "ORG",
                        "General Motors Company"))
    found = headline.title_mentions(body, text, "General Motors Recalls Cars")
    assert calls[0] < 100
    assert [(mention.text, mention.entity) for mention in found] == [
        ("General Motors", "General Motors Company")]


def test_headline_short_forms_of_a_plain_name_are_as_before() -> None:
    mention = Mention(0, 24, "General Motors Company", "ORG", "General Motors Company")
    assert headline._short_forms(mention, 3) == headline._short_forms(mention, 30)  # noqa: SLF001
