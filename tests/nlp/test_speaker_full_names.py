"""Full names read before a surname: what counts, and what the reading costs."""

from __future__ import annotations

from workbench.nlp.speaker_full_names import full_name_before


class SliceLengths(str):
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
    text = SliceLengths(" ".join(["It rained. Zorba Hale spoke."] * 1000))
    text.lengths = []
    assert full_name_before(text, "Hale", frozenset()) is None
    assert max(text.lengths, default=0) < 100


def test_a_name_read_in_place_counts_only_between_begin_and_end() -> None:
    text = "by artist Maurizio Cattelan. " + "It rained. " * 10 + "Cattelan spoke."
    later = text.rindex("Cattelan")
    assert full_name_before(text, "Cattelan", frozenset(), end=later) == "Maurizio Cattelan"
    assert full_name_before(text, "Cattelan", frozenset(), begin=20, end=later) is None
    princess = "Princess Ubolratana Mahidol met us. Then Princess Ubolratana spoke."
    later = princess.rindex("Princess")
    assert full_name_before(princess, "Ubolratana", frozenset(), "Princess",
                            end=later) == "Ubolratana Mahidol"
    assert full_name_before(princess, "Ubolratana", frozenset(), "Princess",
                            begin=10, end=later) is None


def test_speakers_by_untagged_surnames_do_not_copy_the_text_before_each_quote() -> None:
    """Each untagged speaker read the full name in a copy of all the text before its
    quote, and a lone surname its sentence's opening in another: a long text with many
    quotes cost its length times its quotes. Full names and lone surnames still resolve."""
    from tests.nlp.test_speaker_names import quote_by
    from workbench.nlp.quote_resolution import resolve_speakers
    from workbench.nlp.untagged_names import LOOK_BACK_CHARS

    letters = "abcdefghijklmnoprstuvwyz"
    surnames = [f"Ka{a}{b}ler" for a in letters for b in letters]
    text, quotes, expected = "", [], set()
    for named, lone in zip(surnames[::2], surnames[1::2], strict=True):
        text += f"Yesterday artist Karim {named} arrived. It rained, said {named}, and "
        quotes.append(quote_by(named, len(text) - len(f"{named}, and ")))
        text += f'"it will rain more," said {lone} today. '
        quotes.append(quote_by(lone, len(text) - len(f"{lone} today. ")))
        expected |= {f"Karim {named}", lone}
    text = SliceLengths(text)
    text.lengths = []
    assert len(text) > 2 * LOOK_BACK_CHARS
    resolved = resolve_speakers(quotes, [], text)
    assert {q.speaker for q in resolved} == expected
    assert max(text.lengths, default=0) <= LOOK_BACK_CHARS
