"""How often our layers make spaCy objects or enter a pass per chunk, counted, not timed.

Why: issue 15 allows no import slowdown beyond 10%, and after the call-count cuts of
``test_layer_costs`` the layers' cost was spread flat: what is left is work done again for
the same answer (a ``Span`` made anew for the clause or the quote a rule asked of before)
and passes entered where they cannot find anything. These tests count that work, so a
change that brings it back fails here (a timed test would fail on a busy machine).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy

from tests.nlp.entity_support import tag
from tests.support import counted_calls
from workbench.nlp.headline import title_mentions


class _CountedDoc(spacy.tokens.Doc):
    """A doc that counts the ``Span`` objects made of it by slicing or by characters."""

    slices = 0
    char_spans = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, slice):
            type(self).slices += 1
        return super().__getitem__(index)

    def char_span(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        type(self).char_spans += 1
        return super().char_span(*args, **kwargs)


def test_a_clause_or_a_quote_s_tokens_are_made_once_per_chunk(nlp: object) -> None:
    """The attribution rules ask a clause of each of its tokens and a quote's tokens for
    each rule: 200 articles asked 18,757 clauses of 2,864 and 11,435 character spans of
    3,811, each ask making a new ``Span``."""
    from workbench.nlp.quote_clauses import QuoteContext

    text = '"We will rebuild," the mayor said on Monday.\nShe left. Then it rained.'
    doc = nlp(text)  # type: ignore[operator]
    counted = _CountedDoc(doc.vocab).from_bytes(doc.to_bytes())
    context = QuoteContext(counted, [(0, 18)])
    _CountedDoc.slices = _CountedDoc.char_spans = 0
    clauses = [context.clause(token) for token in counted for _ in range(3)]
    assert _CountedDoc.slices == len({(c.start, c.end) for c in clauses}) > 1
    assert [(c.start, c.end) for c in clauses[::3]] == [
        (context.clause_starts[i], context.clause_ends[i]) for i in range(len(counted))]
    quoted = [context.tokens((0, 18)) for _ in range(4)]
    assert _CountedDoc.char_spans == 1
    assert quoted[0] is not None and quoted[0].text == '"We will rebuild,"'
    assert context.tokens((1, 3)) is not None and context.tokens((1, 3)).text == "We"
    assert _CountedDoc.char_spans == 2


class _ScannedPattern:
    """A compiled pattern that notes each whole-text ``findall``."""

    def __init__(self, pattern: object) -> None:
        self.pattern, self.scans = pattern, 0

    def findall(self, text: str) -> object:
        self.scans += 1
        return self.pattern.findall(text)  # type: ignore[attr-defined]


def test_the_headline_weighs_only_the_body_s_names_it_writes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The title's aliases are the body's name forms the title writes: each form was looked
    for in the title and the text's lowercase words read for every document; now only a
    form the title writes is looked for, and the lowercase words are read only when such
    a one-word form is written in lowercase in the text ("Price" / "the price")."""
    from workbench.nlp import headline

    scanned = _ScannedPattern(headline._COMMON_WORD)
    monkeypatch.setattr(headline, "_COMMON_WORD", scanned)
    looked = counted_calls(monkeypatch, headline, "literal_spans")
    text = "Mayor Anna Price of Springfield met Oxfam's director in Paris. Price said so."
    body = [tag(text, "Anna Price", "PERSON"), tag(text, "Springfield", "GPE"),
            tag(text, "Oxfam", "ORG"), tag(text, "Paris", "GPE"), tag(text, "Price", "PERSON", 1)]
    body[4] = replace(body[4], entity="Anna Price")
    found = title_mentions(body, text, "Price meets Oxfam")
    assert [(m.text, m.label, m.entity) for m in found] == [("Price", "PERSON", "Anna Price"),
                                                            ("Oxfam", "ORG", "Oxfam")]
    assert (scanned.scans, sorted(call[0] for call in looked)) == (0, ["Oxfam", "Price"])
    priced = text + " The price of bread rose."
    found = title_mentions(body, priced, "Price meets Oxfam")
    assert [m.text for m in found] == ["Oxfam"]  # "price" is a word the text writes
    assert scanned.scans == 1


class _TokensCountedDoc(spacy.tokens.Doc):
    """A doc that counts the ``Token`` objects made of it."""

    tokens_made = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, int):
            type(self).tokens_made += 1
        return super().__getitem__(index)


def test_a_statement_s_open_quotation_is_counted_with_no_token_per_word(nlp: object) -> None:
    """Whether an indirect statement leaves a quotation open is read from the doc's
    running count of quotation marks: walking its tokens made a ``Token`` of each word,
    again for each mark trimmed off its end (59,077 per 200 articles). (How much of it is
    quoted is still read token by token: the doc's punctuation and space arrays cost
    more than the few ``Token`` objects they spared.)"""
    from workbench.nlp.quote_indirect import _trimmed

    text = ('The minister said that the new rules for the regional water board were, in '
            'her words, "completely and utterly wrong."')
    doc = nlp(text)  # type: ignore[operator]
    counted = _TokensCountedDoc(doc.vocab).from_bytes(doc.to_bytes())
    _TokensCountedDoc.tokens_made = 0
    content = _trimmed(counted[3:len(counted)])
    assert _TokensCountedDoc.tokens_made < 16  # the ends looked at, not every word
    assert content is not None and content.text == text[text.index("the new"):]


def test_a_headline_credit_is_ruled_out_with_no_token_per_word_before(nlp: object) -> None:
    """Whether a quoted paragraph's sentence before is on the document's first line is
    read from the text before it: joining the tokens before it made a ``Token`` of every
    word of the document up to there."""
    from workbench.nlp.quote_headline_credits import headline_credit

    text = ("Cecile Richards: 'I'm Sick Of It'\n\nThe board met on Monday to talk about the "
            "budget for the coming years and the staff.\n\n\"We will not wait.\"")
    doc = nlp(text)  # type: ignore[operator]
    counted = _TokensCountedDoc(doc.vocab).from_bytes(doc.to_bytes())
    previous = counted[5:len(counted) - 8]
    first_line = counted[0:4]
    _TokensCountedDoc.tokens_made = 0
    assert headline_credit(previous) is None
    assert _TokensCountedDoc.tokens_made < 5
    credited = headline_credit(first_line)
    assert credited is not None and credited.text == "Richards"


def test_time_detection_asks_once_per_mention_whether_it_is_a_body_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Detection's cuts and joins read whether a mention is a body time once each: the
    loop, the overlap tests, the first template and both joins asked it ~9 times a mention."""
    import datetime as dt

    from workbench.nlp import time_detection, time_joins

    text = ("Ana Lee met Oxfam officials in Paris on Tuesday, three weeks after the summit "
            "of March 2020, and will return in the spring, the ministry said.")
    mentions = [tag(text, "Ana Lee", "PERSON"), tag(text, "Oxfam", "ORG"),
                tag(text, "Paris", "GPE"), tag(text, "Tuesday", "DATE"),
                tag(text, "three weeks", "DATE"), tag(text, "March 2020", "DATE"),
                tag(text, "the spring", "DATE")]
    calls = counted_calls(monkeypatch, time_detection, "is_body_time")
    joins = counted_calls(monkeypatch, time_joins, "is_body_time")
    found = time_detection.with_split_time_spans(mentions, [], text, dt.date(2024, 4, 10))
    assert [m.text for m in found] == [m.text for m in mentions]
    assert [call[0] for call in calls] == mentions
    assert joins == []
