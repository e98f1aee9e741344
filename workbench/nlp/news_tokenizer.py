"""The model's tokenizer with every news rule of ours, built with one load of its special cases.

Why one build: spaCy re-reads all of a tokenizer's ~1,350 special cases (each one searched
with the prefix, suffix and infix rules) whenever one of those rules or the special cases
change. Setting our rules one after another (the suffix window, the glued-mark rules and
the emoticons they drop) re-read them three times more in every worker process, ~0.1-0.2 s
of CPU each per import. A new ``Tokenizer`` given the final rules reads them once, and its
state is the one the steps reached: each special case is read with the final rules either
way (spaCy sorts them before reading), so the tokens are the same.

The rules themselves live where they are explained: ``abbreviations`` (titles, provinces,
name prefixes kept whole), ``glued_marks`` (quotation marks glued to a word split off,
the "):" emoticon dropped), ``prime_marks`` (primes written for quotation marks split off),
``suffix_window`` (suffixes looked for in a chunk's tail).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from workbench.nlp.abbreviations import (
    NAME_PREFIXES,
    NAME_SUFFIXES,
    PROVINCE_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
)
from workbench.nlp.glued_marks import BRACKET_COLONS, GluedInfixes
from workbench.nlp.prime_marks import with_prime_prefix, with_prime_suffixes
from workbench.nlp.suffix_window import TailSearch

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer


def news_special_cases() -> dict[str, list[dict[int, str]]]:
    """The news abbreviations (``abbreviations``: titles, provinces, name prefixes and
    suffixes) kept whole, as spaCy's special cases (one token each)."""
    from spacy.symbols import ORTH

    kept_whole = TITLE_ABBREVIATIONS + PROVINCE_ABBREVIATIONS + NAME_SUFFIXES + NAME_PREFIXES
    return {abbreviation: [{ORTH: abbreviation}] for abbreviation in dict.fromkeys(kept_whole)}


def news_tokenizer(tokenizer: Tokenizer) -> Tokenizer:
    """A new tokenizer: ``tokenizer``'s rules with the news abbreviations kept whole, the
    ``BRACKET_COLONS`` emoticons dropped, suffixes read in a chunk's tail and quotation
    marks glued to a word (and primes written for them, ``prime_marks``) split off (searched
    behind one look-ahead, ``GluedInfixes``); the
    tokens are those of the rules set one after another (the tests' oracle,
    ``tests/nlp/tokenizer_steps.py``)."""
    from spacy.tokenizer import Tokenizer as SpacyTokenizer

    rules = {**tokenizer.rules, **news_special_cases()}
    prefix: Any = tokenizer.prefix_search
    suffix: Any = tokenizer.suffix_search
    infix: Any = tokenizer.infix_finditer
    prefix_pattern = with_prime_prefix(prefix.__self__.pattern if prefix is not None else "")
    suffix_pattern = with_prime_suffixes(suffix.__self__.pattern if suffix is not None else "")
    pattern = infix.__self__.pattern if infix is not None else ""
    return SpacyTokenizer(
        tokenizer.vocab,
        rules={key: value for key, value in rules.items() if key not in BRACKET_COLONS},
        prefix_search=re.compile(prefix_pattern).search,
        suffix_search=TailSearch(re.compile(suffix_pattern).search),
        infix_finditer=GluedInfixes(pattern),
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
        faster_heuristics=tokenizer.faster_heuristics,
        max_cache_size=tokenizer.max_cache_size,
    )
