"""Planning a huge document's chunks: whole coverage, paragraph cuts, quotes kept together."""

from __future__ import annotations

import random

from workbench.nlp.chunks import ChunkSpan, is_huge, person_merges, plan_chunks
from workbench.nlp.text_cuts import best_cut, quote_closed_breaks


def _paragraphs(count: int) -> str:
    return "\n\n".join(f"Paragraph {n} says one thing. It then says another." for n in range(count))


def test_chunks_cover_the_text_exactly_and_stay_under_the_limit() -> None:
    text = _paragraphs(200)
    spans = plan_chunks(text, 500)
    assert spans[0].start == 0 and spans[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(spans, spans[1:], strict=False))
    assert all(0 < span.end - span.start <= 500 for span in spans)
    assert len(spans) > 10


def test_cuts_fall_after_a_paragraph_break() -> None:
    text = _paragraphs(200)
    for span in plan_chunks(text, 500)[:-1]:
        assert text[span.end - 2 : span.end] == "\n\n"


def test_a_quotation_over_several_paragraphs_stays_in_one_chunk() -> None:
    filler = _paragraphs(6)
    quote = ("“The first part of what she said runs on.\n\n"
             "“The second part goes on too.\n\n“And it ends here,” she said.")
    text = f"{filler}\n\n{quote}\n\n{filler}"
    opening = text.index("“The first")
    closing = text.index("she said.", opening)
    for span in plan_chunks(text, 400):
        assert not opening < span.end <= closing, "a cut inside the quotation"


def test_without_line_breaks_a_cut_ends_a_sentence() -> None:
    text = " ".join(f"Sentence number {n} is here." for n in range(300))
    for span in plan_chunks(text, 400)[:-1]:
        assert text[span.start : span.end].rstrip().endswith(".")


def test_the_plan_is_the_same_every_time() -> None:
    text = _paragraphs(300)
    assert plan_chunks(text, 700) == plan_chunks(text, 700)


def _recounted_closed(prefix: str) -> bool:
    """The oracle: the quote marks of ``prefix`` counted from scratch."""
    opened = prefix.count("“") + prefix.count("«")
    return opened <= prefix.count("”") + prefix.count("»") and prefix.count('"') % 2 == 0


def _prefix_rule_cut(text: str, start: int, end: int) -> int | None:
    """The rule as first written: recount every prefix (the last quote-closed break)."""
    window = text[start:end]
    breaks = [n + 2 for n in range(len(window) // 2, len(window) - 1) if window[n:n + 2] == "\n\n"]
    closed = [b for b in breaks if _recounted_closed(window[:b])]
    return start + closed[-1] if closed else None


def test_running_quote_counts_cut_where_recounting_every_prefix_would() -> None:
    rng = random.Random(3)
    pieces = ["Plain words here.", "“Opened", "closed.”", '"straight', "«Non»", "\n\n", "\n"]
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(5, 60)))
        expected = _prefix_rule_cut(text, 0, len(text))
        if expected is not None:
            assert best_cut(text, 0, len(text)) == expected


class _SliceCounter(str):
    """A window that adds up the characters every slice of it reads."""

    read = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        piece = str.__getitem__(self, key)
        type(self).read += len(piece)
        return piece


def test_quote_marks_are_read_once_not_again_per_paragraph_break() -> None:
    text = _paragraphs(400)
    breaks = [n + 2 for n in range(len(text) - 1) if text[n:n + 2] == "\n\n"]
    _SliceCounter.read = 0
    assert quote_closed_breaks(_SliceCounter(text), breaks) == breaks
    assert _SliceCounter.read <= len(text)  # a recount of every prefix read ~200 times as much


def test_a_short_text_is_one_chunk_and_not_huge() -> None:
    assert plan_chunks("Short.", 500) == [ChunkSpan(0, 6)]
    assert not is_huge("Short.")


def test_a_break_is_closed_when_curly_guillemet_and_straight_marks_are_all_closed() -> None:
    window = ("“Yes,” she said. «Non» \"ok\"\n\n“It goes on\n\nand ends.”\n\n"
              'He said "it goes on\n\n')
    breaks = [n + 2 for n in range(len(window) - 1) if window[n:n + 2] == "\n\n"]
    assert quote_closed_breaks(window, breaks) == [breaks[0], breaks[2]]


def test_person_merges_join_a_surname_to_its_one_full_name() -> None:
    names = [(1, "Angela Merkel", "PERSON"), (2, "Merkel", "PERSON"),
             (3, "Chancellor Merkel", "PERSON"), (4, "Smith", "PERSON"),
             (5, "Anna Smith", "PERSON"), (6, "John Smith", "PERSON"), (7, "Merkel", "ORG")]
    assert person_merges(names) == {2: 1, 3: 1}
