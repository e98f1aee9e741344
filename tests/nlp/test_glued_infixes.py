"""The glued-mark infixes are searched behind one look-ahead: the same matches, cheaper.

Why pinned here: the guard is only right while every rule starts its match with one of
``GLUED_MARK_OPENERS``; a rule added later that starts with another character would be
skipped at that character. The tokenizer's own tokens are compared with the stepwise
oracle (unguarded) in ``test_news_tokenizer``.
"""

from __future__ import annotations

import random
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest

spacy = pytest.importorskip("spacy")

from workbench.nlp.glued_marks import (  # noqa: E402
    GLUED_MARK_INFIXES,
    GLUED_MARK_OPENERS,
    GluedInfixes,
    glued_infix_pattern,
)
from workbench.nlp.news_tokenizer import news_tokenizer  # noqa: E402

_ZERO_WIDTH = {sre.ASSERT, sre.ASSERT_NOT, sre.AT}


def _first_characters(rule: str) -> set[str]:
    """The characters the first consuming item of ``rule`` can match (a literal or a class)."""
    return _opening(list(sre_parse.parse(rule)))


def _opening(items: list[tuple[object, object]]) -> set[str]:
    while items and items[0][0] in _ZERO_WIDTH:
        items = items[1:]
    op, value = items[0]
    if op is sre.BRANCH:  # `a|b` inside one rule: what either opens with
        return set().union(*(_opening(list(branch)) for branch in value[1]))  # type: ignore[index]
    if op in {sre.MAX_REPEAT, sre.MIN_REPEAT}:  # `[—–]+`: its item's characters
        return _opening(list(value[2]))  # type: ignore[index]
    if op is sre.LITERAL:
        return {chr(value)}  # type: ignore[arg-type]
    assert op is sre.IN, op
    found = set()
    for kind, item in value:  # type: ignore[attr-defined]
        assert kind is sre.LITERAL, kind  # no rule of ours opens with a range or a category
        found.add(chr(item))
    return found


def test_every_rule_starts_with_one_of_the_guarded_characters() -> None:
    for rule in GLUED_MARK_INFIXES:
        assert _first_characters(rule) <= set(GLUED_MARK_OPENERS), rule


def test_the_guarded_search_finds_what_the_rules_find() -> None:
    spacy_infixes = spacy.blank("en").tokenizer.infix_finditer.__self__.pattern
    guarded = GluedInfixes(spacy_infixes)
    plain = re.compile(glued_infix_pattern(spacy_infixes))
    rng = random.Random(55)
    chars = list("\"'\u201c\u201d\u201e\u2033\u2036\u2018\u2019\u2014\u2013,.:;!?()aZé09 -\u2026")
    for _ in range(5_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 25)))
        assert [m.span() for m in guarded(text)] == [m.span() for m in plain.finditer(text)]


def test_the_tokenizer_names_its_rules_as_written() -> None:
    """What spaCy saves and the evaluation's parse cache is named by: the unguarded rules."""
    tokenizer = spacy.blank("en").tokenizer
    built = news_tokenizer(tokenizer)
    assert isinstance(built.infix_finditer, GluedInfixes)
    assert built.infix_finditer.__self__.pattern == glued_infix_pattern(
        tokenizer.infix_finditer.__self__.pattern)
    assert [t.text for t in built('"Yes,"said Al.')] == ['"', "Yes", ",", '"', "said", "Al", "."]
