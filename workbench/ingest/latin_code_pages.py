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

import re
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
#: Accents written alone (breve, dot above, ogonek, small tilde, double acute): how the
#: Central pages read the bytes of a Western note's ½, ² or ÿ (``3˝``, ``m˛``); no news text
#: writes them alone, so each counts against a reading like a control character.
LONE_ACCENTS = frozenset("\u02d8\u02d9\u02db\u02dc\u02dd")
_ASCII_END = 0x80
_PLACE_OF_LETTER = re.compile(r"[A-Za-z\x80-\uffff]")


def _read_alike(byte: int) -> str | None:
    """What cp1252, cp1250 and cp1254 all read ``byte`` as (quotes, dashes), or None."""
    pages = ("cp1252", "cp1250", "cp1254")
    readings = {bytes([byte]).decode(page, errors="replace") for page in pages}
    return readings.pop() if len(readings) == 1 else None


#: cp1252's quotes, dashes and the like that cp1250 and cp1254 read the same: no clue.
_SAME_IN_EVERY_PAGE = frozenset(filter(None, map(_read_alike, range(_ASCII_END, 0x100))))
_GUILLEMETS = (0xAB, 0xBB)
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def guess_latin_code_page(sample: bytes) -> str | None:
    """Return the Latin code page whose reading gives the most plausible letters, or ``None``.

    ``None`` when no reading gives a plausible non-ASCII letter (only punctuation, say) or
    the text looks like another script; the caller then asks charset-normalizer.
    """
    if _reads_as_western_figures(sample):
        return "cp1252"
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


def _reads_as_western_figures(sample: bytes) -> bool:
    """Whether every byte outside ASCII reads in cp1252 as a symbol or punctuation apart
    from letters.

    Why: a note of figures (``3 ½ £``, ``© 2024``, ``21° ¬``) has no letter to score; the
    Central pages read its bytes as ``Ź`` or ``ł`` and charset-normalizer as a DOS Cyrillic
    page. A byte the Central pages read otherwise beside a letter (``mo¿e`` is Polish
    ``może``, ``by³`` is ``był``) may be a letter: those notes are scored as before, so
    ``12 m³`` still reads ``12 mł`` (a Polish ``ł`` sits the same way).
    """
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    found = False
    for index, char in enumerate(text):
        if ord(char) < _ASCII_END:
            continue
        if char.isalpha() or unicodedata.category(char) == "Cc":
            return False
        neighbours = text[max(0, index - 1) : index] + text[index + 1 : index + 2]
        if _PLACE_OF_LETTER.search(neighbours) and char not in _SAME_IN_EVERY_PAGE:
            return False
        found = True
    return found


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
    """Letters of the language's alphabet, less the weighted letters, controls and lone accents
    outside it (a table of figures with ``½ ²³`` read ``3˝ ˛ł``: Polish by one ``ł``)."""
    alphabet = ALPHABETS[language]
    score = 0
    for char, count in characters.items():
        if char in alphabet:
            score += count
        elif char.isalpha() or unicodedata.category(char) == "Cc" or char in LONE_ACCENTS:
            score -= IMPLAUSIBLE_WEIGHT * count
    return score
