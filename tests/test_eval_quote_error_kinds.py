"""The eval's error kinds (tests/eval/quote_error_kinds.py): how PolNeAR direct-quote misses
and false quotes are sorted before anyone reads them.

Why tested though the app does not ship it: the kinds decide which errors are read as
detection faults and which as the gold's conventions, so a quote split by its attribution
must never be counted with phrases of one clause, nor a one-word fragment with longer
phrases. Sentences are made up for this test.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "eval"))

from quote_error_kinds import extra_kind, miss_kind, pieces_kind, speaker_kind  # noqa: E402
from quote_scoring import GoldStatement, Predicted  # noqa: E402


def _gold(text: str, quoted: str) -> GoldStatement:
    start = text.index(quoted)
    return GoldStatement(start, start + len(quoted))


def test_pieces_split_by_a_verb_of_saying_are_an_attribution_split() -> None:
    assert pieces_kind('"We will rebuild," the mayor said. "And soon."') == (
        "split by an attribution"
    )


def test_pieces_with_only_a_paragraph_between_are_consecutive_quotations() -> None:
    assert pieces_kind('"The bridge is closed."\n\n"It will reopen in May."') == (
        "consecutive quotations"
    )


def test_pieces_joined_by_the_writers_words_are_phrases_of_one_clause() -> None:
    assert pieces_kind('"reckless" and a "danger to the town"') == "phrases of one clause"


def test_a_missed_several_piece_span_names_its_pieces_kind() -> None:
    text = 'Ms. Varga called the plan "reckless" and a "danger to the town" on Monday.'
    gold = _gold(text, '"reckless" and a "danger to the town"')
    assert miss_kind(text, gold, []) == (
        "MISS several quoted pieces in one gold span, phrases of one clause"
    )


def test_a_predicted_piece_of_that_span_names_the_same_kind() -> None:
    text = '"We will rebuild," the mayor said. "And soon." Then she left.'
    gold = _gold(text, text[: text.index(" Then")])
    piece = Predicted(0, text.index(" the mayor"))
    assert extra_kind(text, piece, [gold]) == (
        "EXTRA one piece of a several-piece gold span, split by an attribution"
    )


def test_a_one_word_miss_is_kept_apart_from_longer_short_phrases() -> None:
    text = 'The minister said the dam would "flood" a "whole river valley" soon.'
    assert miss_kind(text, _gold(text, '"flood"'), []) == "MISS short, one word"
    assert miss_kind(text, _gold(text, '"whole river valley"'), []) == "MISS short, lower case"


def test_an_extra_with_no_gold_under_it_says_whether_a_cue_was_found() -> None:
    text = 'Ms. Varga said, "We will rebuild the bridge before the floods of May." He left.'
    start = text.index('"We')
    quote = Predicted(start, text.index(" He left"), note="cue='said' conf=0.9")
    assert extra_kind(text, quote, []) == "EXTRA longer, with a cue"
    bare = Predicted(start, quote.end, note="cue=None conf=0.3")
    assert extra_kind(text, bare, []) == "EXTRA longer, no cue"


def test_a_quoted_tweet_is_its_own_kind() -> None:
    text = 'The senator tweeted on Sunday: "Our thoughts are with every family in the valley."'
    start = text.index('"Our')
    assert extra_kind(text, Predicted(start, len(text)), []) == "EXTRA a tweet or post"


def _statement(*sources: str) -> GoldStatement:
    return GoldStatement(0, 10, [(100 + i, 100 + i + len(s), s) for i, s in enumerate(sources)])


def test_a_wrong_speaker_is_sorted_by_the_gold_source() -> None:
    ours = Predicted(0, 10, names=("Ana Varga", "Varga"), speaker_span=(50, 55))
    assert speaker_kind(ours, _statement()) == "SPK gold names no source"
    assert speaker_kind(Predicted(0, 10), _statement("the mayor")) == "SPK we name nobody"
    assert speaker_kind(ours, _statement("she")) == "SPK gold source a pronoun, relative or verb"
    assert speaker_kind(ours, _statement("Varga, the town's mayor,")) == (
        "SPK gold source a longer phrase holding our name (scorer's rule)"
    )
    assert speaker_kind(ours, _statement("a statement from the council")) == (
        "SPK gold source a document or outlet"
    )
    assert speaker_kind(ours, _statement("Tom Heller")) == "SPK another speaker"
    phrase = Predicted(0, 10, names=("The first protester",), speaker_span=(50, 69))
    assert speaker_kind(phrase, _statement("Tom Heller")) == "SPK ours a common-noun phrase"
