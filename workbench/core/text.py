"""Text normalisation applied exactly once, at import."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import urlsplit

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[^\S\n]+\n")
_MANY_BLANKS = re.compile(r"\n{3,}")
_SPACE = re.compile(r"\s")


def normalize_text(text: str) -> str:
    """Return ``text`` as NFC with ``\\n`` newlines and no control characters.

    Why: every offset we store indexes this exact string, so it must never be
    re-normalised later; doing it once here keeps spans stable.
    """
    return normalize_passage(text).strip()


def normalize_passage(text: str) -> str:
    """``normalize_text`` but for the final strip: a passage copied out of the source
    (``--quote``) becomes what import made of it there, spaces at its ends kept.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\ufeff", "")
    text = _CONTROL.sub("", text)
    ascii_only = text.isascii()  # ASCII is NFC, and its only spaces are " " and tab
    if not ascii_only:
        text = unicodedata.normalize("NFC", text)
    if not ascii_only or " \n" in text or "\t\n" in text:
        text = _TRAILING_SPACE.sub("\n", text)
    if "\n\n\n" in text:
        text = _MANY_BLANKS.sub("\n\n", text)
    return text


def has_visible_character(text: str) -> bool:
    """True when ``text`` holds a character that shows: not spacing, a control or format
    character (zero-width space, joiner, soft hyphen) or a mark with nothing to sit on.

    Why: those survive ``strip()`` and normalising; a file, tag or name made only of
    them showed as nothing at all. (A lone surrogate shows, as a replacement mark, and
    its own checks name it.) Nor do the few letters and symbols drawn as nothing:
    Hangul fillers (U+3164 is the classic "blank" user name) and blank braille.
    """
    return any(
        unicodedata.category(ch) not in _INVISIBLE_CATEGORIES and ch not in _BLANK_GLYPHS
        for ch in text
    )


_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me"})
#: Letters (Lo) and a symbol (So) by category, blank on screen: Hangul choseong, jungseong,
#: compatibility and halfwidth fillers, and the braille pattern with no dots.
_BLANK_GLYPHS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def normalize_line(text: str) -> str:
    """Collapse whitespace in a one-line field such as a title."""
    return " ".join(normalize_text(text).split())


def content_hash(text: str) -> str:
    """Hash of the normalised body text, used to detect exact duplicates."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


WORD_COUNT_SLICE = 1 << 20


def count_words(text: str) -> int:
    """Count whitespace-separated words (what an analyst means by length).

    Why in slices: ``split()`` of a 50 MB text builds 8 million strings
    (~470 MB) just to count them; slices cut at whitespace count the same.
    """
    if len(text) <= WORD_COUNT_SLICE:
        return len(text.split())
    words, start = 0, 0
    while start < len(text):
        space = _SPACE.search(text, min(start + WORD_COUNT_SLICE, len(text)))
        end = space.start() if space else len(text)
        words += len(text[start:end].split())
        start = end
    return words


# C0 and C1 controls, DEL, line/paragraph separators, the bidirectional
# embeddings, overrides and isolates (the "Trojan Source" set), lone surrogates.
_UNPRINTABLE = (
    (0x00, 0x1F),
    (0x7F, 0x9F),
    (0x2028, 0x2029),
    (0x202A, 0x202E),
    (0x2066, 0x2069),
    (0xD800, 0xDFFF),
)


@functools.lru_cache(maxsize=8)
def _unprintable(keep: str) -> re.Pattern[str]:
    """A character class of ``_UNPRINTABLE`` without the characters in ``keep``."""
    kept = sorted({ord(char) for char in keep})
    ranges = []
    for low, high in _UNPRINTABLE:
        for code in (c for c in kept if low <= c <= high):
            if code > low:
                ranges.append((low, code - 1))
            low = code + 1
        if low <= high:
            ranges.append((low, high))
    return re.compile("[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ranges) + "]")


def printable(text: str, keep: str = "\n\t") -> str:
    """``text`` safe for a terminal: control characters are shown as ``\\uXXXX``.

    Why: file names, titles, tags and quotes come from outside; an escape
    sequence in one must not retitle, clear or reorder the analyst's terminal,
    and a lone surrogate must not crash the print. ``keep`` lists the
    characters that stay (newline and tab in multi-line output; none in a
    one-line message). The ``\\uXXXX`` form is also a JSON string escape, so
    escaping JSON output leaves it the same data.
    """
    return _unprintable(keep).sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def blank_invisible(text: str) -> str:
    """``text`` with every invisible or line-breaking character as a space.

    Why a wider set than ``printable``'s: a name shown on one line (an undo
    label) must not break, reorder or hide text, so beside the controls,
    separators and bidi marks it escapes, every other format character
    (zero-width ones), private-use, unassigned and non-ASCII space character
    becomes a plain space too (categories C and Z). ``printable`` keeps those
    because a terminal shows them harmlessly and the analyst's text is theirs.
    """
    return "".join(" " if char != " " and is_invisible(char) else char for char in text)


def is_invisible(char: str) -> bool:
    """True for a character that shows nothing on a line: a space or line separator, a
    control, a format character (zero-width space, joiner, byte-order and direction
    marks), a private-use or unassigned one (Unicode categories C and Z)."""
    return unicodedata.category(char)[0] in "CZ"


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 claim``, ``1,204 claims`` (``many`` for irregular plurals): one wording for every
    count, in the terminal and the app alike, thousands grouped as the app's counts show them."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


#: Plural nouns of the library's tables and reports whose singular is not the word less its "s".
_IRREGULAR_SINGULARS = {"entities": "entity", "aliases": "alias", "analyses": "analysis",
                        "hypotheses": "hypothesis", "evidence": "evidence"}  # fmt: skip


def singular(noun: str) -> str:
    """``claims`` -> ``claim``, ``hypotheses`` -> ``hypothesis``: one row of a plural table name.

    Why: reports and merge lines name rows by their table; cutting the "s" alone made
    "1 entitie" and "ach hypothese", and two lists of exceptions had grown apart.
    """
    return _IRREGULAR_SINGULARS.get(noun, noun.removesuffix("s"))


# Most characters of a typed value an error message repeats.
ECHOED_CHARS = 80


def echoed(value: str) -> str:
    """A typed value quoted for an error message, cut to ``ECHOED_CHARS``.

    Why: a 100,000-character --from, tag or name came back whole in the
    message, one screen-filling line (a dialog taller than the screen in the app).
    """
    return repr(value) if len(value) <= ECHOED_CHARS else repr(shorten(value, ECHOED_CHARS))


#: an ISO day at the start of a ``published`` value (a time or offset may follow)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?=T|\s|$)")
#: the widest publication text a listing prints; a longer one is cut with "…"
PUBLISHED_TEXT_WIDTH = 24


def published_day(value: str | None) -> str:
    """The day of an ISO ``published`` value; a date kept as text, whole up to a width.

    Why: listings cut every value to ten characters, meant to drop an ISO time, so a
    date an import keeps as text read as another one: "Spring 2019" as "Spring 201",
    year 10000 as "10000-01-0".
    """
    text = value or ""
    return text[:10] if _ISO_DAY.match(text) else shorten(text, PUBLISHED_TEXT_WIDTH)


def shorten(text: str, limit: int = 100, *, whole_words: bool = True) -> str:
    """``text`` on one line, at most ``limit`` characters, cut after a whole word with "…".

    One rule for the terminal and the exports: a cut falls at the last space
    in the back half of the allowance (so a long first word is not dropped
    whole), trailing punctuation goes, and the ellipsis counts in the limit.
    ``whole_words=False`` cuts at a whole character instead, for a table column
    that keeps what fits ("Süddeutsche Z…"; a cut at the word read "Süddeutsche…").
    """
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: whole_character_end(line, max(limit - 1, 0))]
    if not whole_words:
        return cut.rstrip() + "…"
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.") + "…"


def distinct_aliases(name: str, aliases: list[str]) -> list[str]:
    """``aliases`` to show beside ``name``: one of each spelling, case apart.

    Why: the model reads a sentence's first word capitalised, so a date word
    such as "now" collected the alias "Now" and its page read "now — Also:
    Now". A case variant names nothing new; it stays stored (and removable),
    it is only not listed. The first spelling of each is kept. Compared as
    ``labels.label_key`` compares names (NFC around the folding): an older library's
    "Café" with a combining accent is the precomposed "Café" the lookups find.
    """
    seen = {unicode_folded(name)}
    shown = []
    for alias in aliases:
        if unicode_folded(alias) not in seen:
            seen.add(unicode_folded(alias))
            shown.append(alias)
    return shown


def unicode_folded(name: str) -> str:
    """``name`` NFC-normalised and case-folded: ``labels.label_key``'s rule, here so
    that this module's alias listing keys names as the lookups do (vocabulary imports
    this module). Normalised again after folding, as folding can undo NFC ("ǰ" folds to
    "j" and a combining caron).

    The Turkish dotted capital "İ" folds to a plain "i" (``casefold`` gives "i" and a
    combining dot above), so "İSTANBUL" and "İstanbul" share "istanbul"'s key; the
    dotless "ı" is another letter in Turkish and stays apart. Migration 0020 re-keyed
    the names stored before."""
    composed = unicodedata.normalize("NFC", name).replace(_DOTTED_CAPITAL_I, "i")
    return unicodedata.normalize("NFC", composed.casefold())


_DOTTED_CAPITAL_I = "\u0130"


_JOINER = "\u200d"
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)


def end_before_spaces(text: str, end: int, start: int = 0) -> int:
    """Where the characters before ``end`` stop once the white space before it is left out
    (never before ``start``): ``len(text[start:end].rstrip())`` plus ``start``, without
    the copy. Why: the extraction rules ask this once per quote or name, and copying the
    text before each one reads a long text once per mention."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def whole_character_end(text: str, cut: int) -> int:
    """``cut`` moved back so ``text[:cut]`` ends after a whole character as a reader sees it.

    Why: a cut by code points split a flag (two regional indicators) into a lone letter
    symbol, left a family emoji's joiner dangling and dropped a letter's points or skin
    tone onto nothing. Not full grapheme segmentation: the marks that attach to what
    comes before (combining marks, joiners, selectors, skin tones, tags) and flag pairs.
    """
    while 0 < cut < len(text) and (_attaches(text[cut]) or text[cut - 1] == _JOINER):
        cut -= 1
    indicators = 0
    while indicators < cut and ord(text[cut - 1 - indicators]) in _REGIONAL_INDICATORS:
        indicators += 1
    if indicators % 2 and cut < len(text) and ord(text[cut]) in _REGIONAL_INDICATORS:
        cut -= 1
    return cut


def whole_character_after(text: str, cut: int) -> int:
    """``cut`` moved on so ``text[:cut]`` ends after a whole character: ``whole_character_end``
    the other way, for a mark that must take in the skin tone, joined parts or flag half
    after what it found ("[👍]🏽" showed a yellow thumb and a lone brown square)."""
    while 0 < cut < len(text) and (_attaches(text[cut]) or text[cut - 1] == _JOINER):
        cut += 1
    if whole_character_end(text, cut) != cut and cut < len(text):  # half a flag pair
        cut += 1
    return cut


def _attaches(char: str) -> bool:
    """True for a character drawn with the one before it (a mark, joiner, selector, tone)."""
    code = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Mc", "Me")
        or char == _JOINER
        or 0xFE00 <= code <= 0xFE0F  # variation selectors
        or 0x1F3FB <= code <= 0x1F3FF  # skin tones
        or 0xE0020 <= code <= 0xE007F  # tag characters (subdivision flags)
    )


_ENCLOSING_MARKS = {'"': '"', "“": "”", "„": "“", "«": "»", "'": "'", "‘": "’"}


def unquoted(text: str) -> str:
    """``text`` without one pair of quotation marks around all of it.

    Why: a label or a merge report puts an excerpt in quotes itself, and a claim
    that is a quotation ('"I won," he said' cut to '"I won"') would read doubled.
    Marks that do not enclose the whole text (a quote followed by words) stay.
    """
    stripped = text.strip()
    closing = _ENCLOSING_MARKS.get(stripped[:1])
    inner = stripped[1:-1]
    if closing and len(stripped) > 2 and stripped.endswith(closing) and stripped[0] not in inner:
        return inner.strip()
    return text


def site_of(url: str | None) -> str | None:
    """The web site of an http(s) address ("en.wikinews.org"), or None.

    Why: a file that names no outlet (a CSV of scraped articles) still says
    where each article was published; analysts grade sources, so the site is
    the source rather than nothing to grade.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return host.removeprefix("www.") or None


def source_beside_link(source: str | None, url: str | None) -> str | None:
    """The source to name beside a document's link: None when it is only the link's site.

    Why shared: the reader named "en.wikinews.org" once, as its link, while `workbench show`
    printed it twice ("en.wikinews.org · … · https://en.wikinews.org/wiki/…").
    """
    if not source:
        return None
    site = site_of(url)
    if site is not None and site == str(source).strip().lower().removeprefix("www."):
        return None
    return source


def literal_spans(word: str, text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-overlapping, case-sensitive occurrence of ``word`` in
    ``text``, left to right: what ``re.finditer(re.escape(word), text)`` finds.

    Why not the regex: the entity passes look up every name of a document this way, and a
    document's names outnumber ``re``'s pattern cache, so each lookup compiled its
    pattern again (a fifth of the mention pass's time); ``str.find`` compiles nothing."""
    if not word:
        return [match.span() for match in re.finditer("", text)]
    spans = []
    start = text.find(word)
    while start >= 0:
        spans.append((start, start + len(word)))
        start = text.find(word, start + len(word))
    return spans


def union_of_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint (start, end) ranges covering exactly ``spans``: those that overlap
    or touch joined. The reader's highlights, page furniture and the quotations a
    pronoun may sit in are each tested against such a union."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
