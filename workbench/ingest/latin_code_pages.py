"""Which single-byte Latin code page a text without a declared encoding was written in.

Why: charset-normalizer needs more text than a short news item gives. A Polish, Czech or
Turkish note of one or two sentences came back as cp1252 (``Ředitel`` as ``Øeditel``,
``Şişli`` as ``Þiþli``) or even as a Japanese multibyte page. Each Latin code page read
here is scored by the letters its reading gives: a letter of one language's alphabet counts
for that language, a letter outside it or a control character against; the page whose best
language scores highest wins, Western cp1252 first on a tie (German, French and Spanish
letters sit on the same bytes in cp1250). Icelandic ``ð``/``þ`` are left out of the Western
languages on purpose: they are the bytes of Turkish ``ğ``/``ş``.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

#: The code pages tried, the preferred first on a tie, each with the languages it is written for.
_WESTERN = ("de", "fr", "es", "pt", "it", "nl", "da", "sv", "fi", "ca")
_CENTRAL = ("pl", "cs", "sk", "hu", "hr", "ro", "de")
_TURKISH = ("tr",)
CODE_PAGE_LANGUAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cp1252", _WESTERN),
    ("latin_1", _WESTERN),
    ("iso8859_15", _WESTERN),
    ("cp1250", _CENTRAL),
    ("iso8859_2", _CENTRAL),
    ("cp1254", _TURKISH),
    ("iso8859_9", _TURKISH),
)
_LOWER_ALPHABETS = {
    "de": "äöüß",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíñóúüªº",
    "pt": "áàâãçéêíóôõúªº",
    "it": "àèéìíîòóùú",
    "nl": "éëïóöü",
    "da": "æøåé",
    "sv": "åäöé",
    "fi": "äöåšž",
    "ca": "àçéèíïòóúü",
    "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "hu": "áéíóöőúüű",
    "hr": "čćđšž",
    "ro": "ăâîşţ",
    "tr": "çğıöşüâîû",
}
#: Each language's letters in both cases; Turkish dotted capital İ is no plain ``upper()``.
ALPHABETS = {
    language: frozenset(letters + letters.upper() + ("İ" if language == "tr" else ""))
    for language, letters in _LOWER_ALPHABETS.items()
}
#: A reading where more than this share of the letters lies outside ASCII is another script
#: (Cyrillic or Greek bytes read as Latin letters): charset-normalizer decides that one.
MAX_NON_ASCII_LETTER_SHARE = 0.5
#: What a letter outside the language or a control character costs against one letter inside.
IMPLAUSIBLE_WEIGHT = 2
_ASCII_END = 0x80
_GUILLEMETS = (0xAB, 0xBB)
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def guess_latin_code_page(sample: bytes) -> str | None:
    """Return the Latin code page whose reading gives the most plausible letters, or ``None``.

    ``None`` when no reading gives a plausible non-ASCII letter (only punctuation, say) or
    the text looks like another script; the caller then asks charset-normalizer.
    """
    byte_counts = Counter(sample)
    high_bytes = Counter({byte: count for byte, count in byte_counts.items() if byte >= _ASCII_END})
    if not high_bytes:
        return None
    ascii_letters = sum(byte_counts[byte] for byte in _ASCII_LETTERS)
    best: tuple[int, str] | None = None
    for code_page, languages in CODE_PAGE_LANGUAGES:
        characters = _read_high_bytes(high_bytes, code_page)
        if characters is None:
            continue
        letters = sum(count for char, count in characters.items() if char.isalpha())
        if letters > (letters + ascii_letters) * MAX_NON_ASCII_LETTER_SHARE:
            continue
        score = max(_language_score(characters, language) for language in languages)
        score -= _guillemets_read_as_letters(high_bytes, code_page)
        if score > 0 and (best is None or score > best[0]):
            best = (score, code_page)
    return best[1] if best else None


def _read_high_bytes(high_bytes: Counter[int], code_page: str) -> Counter[str] | None:
    """Count the characters the non-ASCII bytes read as; ``None`` if a byte is undefined."""
    characters: Counter[str] = Counter()
    for byte, count in high_bytes.items():
        try:
            characters[bytes([byte]).decode(code_page)] += count
        except UnicodeDecodeError:
            return None
    return characters


def _guillemets_read_as_letters(high_bytes: Counter[int], code_page: str) -> int:
    """What reading a balanced pair of « and » bytes as letters costs (ISO-8859-2: Ť and ť).

    Why: every other page here reads bytes 0xAB and 0xBB as guillemets, and a French or
    Spanish note's «fine» came back as Czech ``Ťfineť``; as many openings as closings is
    quotation, not letters.
    """
    opening, closing = high_bytes[_GUILLEMETS[0]], high_bytes[_GUILLEMETS[1]]
    if not opening or opening != closing or not bytes(_GUILLEMETS).decode(code_page).isalpha():
        return 0
    return IMPLAUSIBLE_WEIGHT * (opening + closing)


def _language_score(characters: Counter[str], language: str) -> int:
    """Letters of the language's alphabet, less the weighted letters and controls outside it."""
    alphabet = ALPHABETS[language]
    score = 0
    for char, count in characters.items():
        if char in alphabet:
            score += count
        elif char.isalpha() or unicodedata.category(char) == "Cc":
            score -= IMPLAUSIBLE_WEIGHT * count
    return score
