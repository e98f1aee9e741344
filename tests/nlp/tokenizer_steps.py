"""The news tokenizer's rules set one after another, as the pipeline did before
``news_tokenizer`` built them in one step: the oracle its tests compare against.

Kept in the tests, not the app: the app builds its tokenizer once (``news_tokenizer``);
these steps only say what that build must equal, each rule set as it was explained in its
own module (``abbreviations``, ``suffix_window``, ``glued_marks``, ``prime_marks``).
"""

from __future__ import annotations

import re
from typing import Any

from workbench.nlp.abbreviations import TITLE_COMPONENT, add_first_component, mark_title_sentences
from workbench.nlp.glued_marks import BRACKET_COLONS, glued_infix_pattern
from workbench.nlp.news_tokenizer import news_special_cases
from workbench.nlp.prime_marks import with_prime_prefix, with_prime_suffixes
from workbench.nlp.suffix_window import TailSearch


def add_news_abbreviations(nlp: Any) -> Any:
    """The news abbreviations as special cases, and titles kept inside their sentence."""
    for abbreviation, tokens in news_special_cases().items():
        nlp.tokenizer.add_special_case(abbreviation, tokens)
    return add_first_component(nlp, TITLE_COMPONENT, mark_title_sentences)


def window_suffix_search(nlp: Any) -> Any:
    """Suffixes looked for in a chunk's tail only (idempotent)."""
    current = nlp.tokenizer.suffix_search
    if current is not None and not isinstance(current, TailSearch):
        nlp.tokenizer.suffix_search = TailSearch(current)
    return nlp


def _pattern(search: Any) -> str:
    return search.__self__.pattern if search is not None else ""


def split_glued_marks(nlp: Any) -> Any:
    """Quotation marks glued to a word split off, the "):" emoticon dropped, and primes
    written for quotation marks split off (idempotent)."""
    tokenizer = nlp.tokenizer
    if any(emoticon in tokenizer.rules for emoticon in BRACKET_COLONS):
        tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k not in BRACKET_COLONS}
    infix = _pattern(tokenizer.infix_finditer)
    if glued_infix_pattern(infix) != infix:
        tokenizer.infix_finditer = re.compile(glued_infix_pattern(infix)).finditer
    prefix = _pattern(tokenizer.prefix_search)
    if with_prime_prefix(prefix) != prefix:
        tokenizer.prefix_search = re.compile(with_prime_prefix(prefix)).search
    suffix = _pattern(tokenizer.suffix_search)
    if with_prime_suffixes(suffix) != suffix:
        search = re.compile(with_prime_suffixes(suffix)).search
        windowed = isinstance(tokenizer.suffix_search, TailSearch)
        tokenizer.suffix_search = TailSearch(search) if windowed else search
    return nlp
