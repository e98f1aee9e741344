"""Full names read before a surname: what counts, and what the reading costs."""

from __future__ import annotations

from workbench.nlp.speaker_full_names import full_name_before


class _SliceLengths(str):
    """A text that records the length of every slice taken of it."""

    lengths: list[int]

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        piece = str.__getitem__(self, key)
        if isinstance(key, slice):
            self.lengths.append(len(piece))
        return piece


def test_a_two_word_name_opening_a_sentence_is_no_full_name() -> None:
    assert full_name_before("It rained.  Zorba Hale spoke.", "Hale", frozenset()) is None
    assert full_name_before("Zorba Hale spoke.", "Hale", frozenset()) is None
    assert full_name_before("with Zorba Hale today", "Hale", frozenset()) == "Zorba Hale"
    assert full_name_before("It rained. Zorba Hale spoke.", "Hale", frozenset(),
                            openers=True) == "Zorba Hale"


def test_a_surname_written_often_is_not_read_with_the_whole_text_before_it() -> None:
    """Each rejected candidate copied the text up to it: a long text naming a surname a
    thousand times was read a thousand times over."""
    text = _SliceLengths(" ".join(["It rained. Zorba Hale spoke."] * 1000))
    text.lengths = []
    assert full_name_before(text, "Hale", frozenset()) is None
    assert max(text.lengths, default=0) < 100
