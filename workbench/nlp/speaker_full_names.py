"""Full names a text writes before a surname or a titled given name it reads later.

Why a module of its own: speakers and canonical links both complete a short name the
model tagged or the parse found ("Cattelan", "Princess Ubolratana") with the full name
written earlier ("Italian artist Maurizio Cattelan"); reading given names off the
capitalised words before a surname takes its own guards (sentence ends, possessive
employers, titles), apart from the rest of the speaker-name rules.
"""

from __future__ import annotations

import re

from workbench.core.letters import CAPITAL
from workbench.core.text import end_before_spaces
from workbench.core.whole_words import whole_word_spans
from workbench.nlp.names import is_honorific, strip_opening_adverb
from workbench.nlp.speaker_names import name_words

_FULL_NAME_WORDS = 2
#: Up to three capitalised words right before a surname ("Italian artist Maurizio ").
_GIVEN_NAMES = re.compile(rf"(?:{CAPITAL}[\w'\u2019-]*\.?[ \u00a0]+){{1,3}}$")
_GIVEN_CHARS = 60


def _closes_sentence(words: str) -> bool:
    """True when a run of capitalised words holds a sentence end ("... a Muslim. I"): a
    word with a full stop is a given name only as an initial ("J.") or a title ("Dr.")."""
    return any(
        word.endswith(".") and len(word) > 2 and not is_honorific(word) for word in words.split()
    )


def _after_possessive(words: str) -> str:
    """The words after the last possessive: in "the Bank of Canada's Tiff Macklem" the
    employer's "Canada's" is no given name of Macklem."""
    parts = re.split(r"\S+['\u2019]s?[ \u00a0]+", words)
    return parts[-1]


def full_name_before(
    text: str,
    surname: str,
    lowercase: frozenset[str],
    title: str | None = None,
    *,
    openers: bool = False,
    begin: int = 0,
    end: int | None = None,
) -> str | None:
    """The first full name ending in ``surname`` that ``text`` writes ("Italian artist
    Maurizio Cattelan" for a later "Cattelan" the model did not tag), else None. With
    the ``title`` the name was written after, first the full name that title introduced
    (:func:`titled_full_name_before`). Only a surname written in ``text[begin:end]``
    counts, read in place: a caller asking once per quote bounds its look-back without
    copying the text before each quote.

    Given names must be words the text never writes in lowercase, and no title ("Ms
    Larkin" names nobody in full). A two-word name must not open a sentence, so a
    capitalised opener ("Yesterday Cattelan said") is not taken for a given name; with
    ``openers`` it may, unless its first word is a sentence adverb ("Later Larkin"):
    canonical links read a name the model tagged at that very place, where a full name
    opening a sentence ("at all. Tzipi Livni, the minister") is the common case.
    """
    end = len(text) if end is None else end
    if title:
        titled = titled_full_name_before(text, title, surname, lowercase, begin=begin, end=end)
        if titled is not None:
            return titled
    for found_start, found_end in whole_word_spans(surname, text, begin, end):
        before = _GIVEN_NAMES.search(text, max(0, found_start - _GIVEN_CHARS), found_start)
        if before is None:
            continue
        written = _after_title(_after_possessive(before.group(0)))
        if _closes_sentence(written):
            if not openers:
                continue
            written = _after_sentence_end(written)
        given = [w for w in name_words(written) if w.lower() not in lowercase]
        words = [*name_words(written), surname]
        if len(words) < _FULL_NAME_WORDS or len(given) != len(words) - 1:
            continue
        start = found_start - len(written)
        opens = _opens_sentence(text, start)
        if openers and opens:
            opens = strip_opening_adverb(text, start, found_end) != start
        if len(words) > _FULL_NAME_WORDS or not opens:
            return " ".join(words)
    return None


def _opens_sentence(text: str, start: int) -> bool:
    """True when nothing but white space, or a sentence end before it, comes before
    ``start``. Read back from ``start`` over the white space alone: copying the text up
    to each candidate name would read a long text once per mention of the surname."""
    last = end_before_spaces(text, start) - 1
    return last < 0 or text[last] in ".!?"


def _after_sentence_end(words: str) -> str:
    """The words after the last one closing a sentence ("Tuesday. Tzipi " -> "Tzipi ")."""
    parts = words.split()
    ends = [i for i, word in enumerate(parts) if _closes_sentence(word)]
    return " ".join(parts[ends[-1] + 1 :]) + " " if ends else words


def _after_title(words: str) -> str:
    """The words after the last title: "Ms " and "President " are no given names."""
    parts = words.split()
    titles = [i for i, word in enumerate(parts) if is_honorific(word)]
    if not titles:
        return words
    return words[len(" ".join(parts[: titles[-1] + 1])) :].lstrip()


def titled_full_name_before(
    text: str,
    title: str,
    name: str,
    lowercase: frozenset[str],
    *,
    begin: int = 0,
    end: int | None = None,
) -> str | None:
    """The full name a title introduced earlier with ``name`` first ("Princess Ubolratana
    Mahidol" for a later "Princess Ubolratana"), else None. Royals, and people news
    names by title and given name, keep the given name: the name after it is the rest.
    The next word must be one the text never writes in lowercase ("Princess Diana said"
    is no surname "Said"). Only names written in ``text[begin:end]`` count."""
    gap = "[ \u00a0]+"
    pattern = rf"(?<!\w){re.escape(title)}{gap}{re.escape(name)}{gap}({CAPITAL}[\w'\u2019-]+)"
    end = len(text) if end is None else end
    for found in re.compile(pattern).finditer(text, begin, end):
        rest = found.group(1)
        if rest.lower() not in lowercase and not is_honorific(rest):
            return f"{name} {rest}"
    return None
