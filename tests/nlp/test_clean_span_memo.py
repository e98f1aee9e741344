"""The cleaned name span remembered per text is the span a fresh cleaning gives."""

from __future__ import annotations

from workbench.nlp.names import clean_span


def test_remembered_clean_span_equals_the_uncached_one() -> None:
    text = "The spokesman, Dr. Ann Lee's office said (es))Spanish [and] \"Ring of Fire"
    for start in range(0, len(text), 3):
        for end in range(start + 1, min(len(text), start + 30), 4):
            assert clean_span(text, start, end) == clean_span.__wrapped__(text, start, end)
            assert clean_span(text, start, end) == clean_span.__wrapped__(text, start, end)
