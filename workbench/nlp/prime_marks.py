"""Prime marks used as quotation marks split off the words they touch: `″We won,″ said`.

Why: some copy (converted word-processor files, OCR, a few CMSs) writes quotation marks
and apostrophes as primes (″ ′) or their reversed forms (‶ ‵). spaCy's English tokenizer
knows none of them as punctuation, so `Smith″` and `″Iron` stay one token each: the
model reads "Smith″" as an organisation, "″Iron Lady″" as a name with its marks glued
on, and the entity list shows names no text search finds. The quote rules already read
a double prime as a straight mark (``quote_nesting.STRAIGHT``). Here a prime opening a
chunk is a prefix, and one closing a word (after a letter or the comma, stop, "!" or
"?" that ends a quotation) a suffix, as a straight mark is; a single prime before "s"
after a letter is a possessive ("Apple′s"), split like "'s".

What is never split: a prime after a digit, the foot, inch, minute or second mark it
is ("6′2″", "40° 26′ 46″ N"), nor a prime inside a word.
"""

from __future__ import annotations

from spacy.lang.char_classes import ALPHA

DOUBLE_PRIMES = "\u2033\u2036"
SINGLE_PRIMES = "\u2032\u2035"
_PRIMES = DOUBLE_PRIMES + SINGLE_PRIMES
PRIME_PREFIX = rf"^[{DOUBLE_PRIMES}]|^[{SINGLE_PRIMES}](?=[{ALPHA}])"
"""A prime opening a chunk: `″We`; a single one only before a letter (not `′90s`)."""
PRIME_SUFFIXES = (
    rf"(?<=[{ALPHA}])[{SINGLE_PRIMES}][sS]$",  # a possessive: `Apple′s`
    rf"(?<=[{ALPHA}.,!?\u2026])[{_PRIMES}]$",  # a closing mark: `Smith″`, `win,″`
    rf"(?<=[{_PRIMES}])[.,;:!?\u2026]$",  # a stop after it: `no″.`
)


def with_prime_prefix(pattern: str) -> str:
    """A tokenizer's prefix rules (``pattern``) with ``PRIME_PREFIX`` after them, once."""
    return _joined(pattern, PRIME_PREFIX)


def with_prime_suffixes(pattern: str) -> str:
    """A tokenizer's suffix rules (``pattern``) with ``PRIME_SUFFIXES`` after them, once."""
    return _joined(pattern, "|".join(PRIME_SUFFIXES))


def _joined(pattern: str, added: str) -> str:
    if added in pattern:
        return pattern
    return f"{pattern}|{added}" if pattern else added
