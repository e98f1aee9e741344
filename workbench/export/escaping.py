"""Escape imported text so that it shows as text in Markdown, never as markup.

Why so careful: titles, quotes, entity names and excerpts come from articles
the analyst did not write. In a note they must not become HTML, images,
links, headings, list items, code, Obsidian tags, comments or maths, whether
the note is opened in Obsidian (CommonMark + extensions) or rendered with
Python-Markdown. Only escapes that both understand are used: backslash
escapes for characters both accept, HTML entities for the rest.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from urllib.parse import quote, urlsplit

from workbench.core.text import shorten as shorten  # re-exported: the exports cut with it

# Backslash escapes understood by CommonMark *and* Python-Markdown.
_BACKSLASHED = {"\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]"}
_BACKSLASHED["#"] = "\\#"  # headings at line start, Obsidian #tags anywhere
# "|" as an entity: GFM-style table parsers (Python-Markdown's tables, Obsidian) read lines of
# pipes as a table; a backslash escape would show literally where tables are off.
_ENTITIES = {"<": "&lt;", ">": "&gt;", "|": "&#124;"}
_CHARACTER_MAP = str.maketrans({**_BACKSLASHED, **_ENTITIES})
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_LIST_MARKER = re.compile(r"^([-+])")
_ORDERED_MARKER = re.compile(r"^(\d+)([.)])")
_BLOCK_ID_AT_END = re.compile(r"(\s)\^([A-Za-z0-9-]+)\s*$")
_WIKILINK_UNSAFE = re.compile(r"[\[\]|#^<>*_`\\$%\n\r]")
_YAML_UNSAFE = re.compile(
    "[<>\\[\\]`\u0085\u2028\u2029\ufeff\ufffe\uffff\x7f-\x84\x86-\x9f\ud800-\udfff"
    "\u202a-\u202e\u2066-\u2069]"
)
# Bidirectional embeddings and overrides (closed by PDF) and isolates (closed by PDI).
_BIDI_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")
_BIDI_ISOLATES = frozenset("\u2066\u2067\u2068")
_PDF, _PDI = "\u202c", "\u2069"
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
WEB_SCHEMES = ("http", "https")


def escape_text(text: str) -> str:
    """Escape one line of imported text for use inside a paragraph, heading or list item."""
    line = " ".join(text.split())
    return _escape_line_start(_escape_characters(line))


def escape_lines(text: str) -> list[str]:
    """Escape multi-line imported text line by line (blank lines kept, indentation dropped)."""
    lines = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        lines.append(_escape_line_start(_escape_characters(line)) if line else "")
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def block_quote(text: str) -> str:
    """Imported text as a Markdown block quote (each line escaped, paragraphs kept)."""
    lines = escape_lines(text) or ["…"]
    return "\n".join(f"> {line}" if line else ">" for line in lines)


def balanced_bidi(text: str) -> str:
    """``text`` with every direction embedding, override and isolate it opens closed at its end.

    Why: an imported title ending in an open right-to-left override ("Evil \u202etxt.gpj")
    reversed the rest of its line in a rendered note: the counts after it in the index, a
    claim's status after its claimant ("Trojan Source"). Closed where the field ends, its
    own text shows as its author wrote it and the export's words after it stay in order.
    A closer with nothing to close is dropped. A PDI closes the embeddings inside its
    isolate too, as the Unicode bidi algorithm reads it.
    """
    if not _BIDI_CONTROLS.search(text):
        return text
    kept: list[str] = []
    open_closers: list[str] = []
    for char in text:
        if char in _BIDI_EMBEDDINGS:
            open_closers.append(_PDF)
        elif char in _BIDI_ISOLATES:
            open_closers.append(_PDI)
        elif char == _PDF:
            if not open_closers or open_closers[-1] != _PDF:
                continue
            open_closers.pop()
        elif char == _PDI:
            if _PDI not in open_closers:
                continue
            while open_closers.pop() != _PDI:
                pass
        kept.append(char)
    return "".join(kept) + "".join(reversed(open_closers))


def _escape_characters(line: str) -> str:
    line = balanced_bidi(line)
    line = _ENTITY_LIKE.sub("&amp;", line)
    line = line.translate(_CHARACTER_MAP)
    if line.count("$") >= 2:  # Obsidian reads $…$ as maths
        line = line.replace("$", "&#36;")
    line = line.replace("%%", "%&#37;")  # Obsidian comments hide text
    line = line.replace("~~~", "&#126;~~")  # a fence in CommonMark
    return _BLOCK_ID_AT_END.sub(r"\1&#94;\2", line)  # an Obsidian block id


def _escape_line_start(line: str) -> str:
    """Neutralise what only means something at the start of a line (lists, setext headings)."""
    line = _LIST_MARKER.sub(r"\\\1", line)
    line = _ORDERED_MARKER.sub(r"\1\\\2", line)
    if line.startswith("="):
        line = "&#61;" + line[1:]
    return line


def wikilink_alias(text: str) -> str:
    """Text that can sit after ``|`` in an Obsidian wikilink without ending or breaking it."""
    return " ".join(_WIKILINK_UNSAFE.sub(" ", balanced_bidi(text)).split()) or "link"


def safe_web_url(url: str | None) -> str | None:
    """``url`` percent-encoded for a Markdown link if it is http(s) with a host, else None."""
    if not url:
        return None
    candidate = url.strip()
    if any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        return None
    return quote(candidate, safe=":/?#&=%+@!$,;~-._*'")


def link_path(file_name: str, anchor: str | None = None) -> str:
    """A relative link destination for a note (ASCII specials percent-encoded, Unicode kept)."""
    encoded = "".join(
        ch if ord(ch) > 127 or ch.isalnum() or ch in "-._~" else quote(ch) for ch in file_name
    )
    return f"{encoded}#{anchor}" if anchor else encoded


def yaml_string(value: str) -> str:
    """A double-quoted YAML scalar that is inert Markdown too (``<``, ``[``, … as \\u escapes).

    Why not ``yaml.safe_dump``: a renderer that does not know front matter shows
    it as text, and a title like ``<script>`` or ``[x](javascript:…)`` must not
    become markup there either. JSON strings are valid YAML; the escapes also
    cover every character PyYAML refuses to read raw.
    """
    encoded = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def front_matter(fields: Mapping[str, str | int | Iterable[str] | None]) -> str:
    """YAML front matter (block lists, fixed key order, None values left out)."""
    lines = ["---"]
    for key, value in fields.items():
        if value is None:
            continue
        if isinstance(value, int):
            lines.append(f"{key}: {value}")
        elif isinstance(value, str):
            lines.append(f"{key}: {yaml_string(value)}")
        else:
            items = list(value)
            lines.append(f"{key}: []" if not items else f"{key}:")
            lines.extend(f"  - {yaml_string(item)}" for item in items)
    lines.append("---")
    return "\n".join(lines) + "\n"


def obsidian_tag(path: str) -> str | None:
    """A tag path as a valid Obsidian tag (no spaces or punctuation), or None if nothing is left.

    A level made only of emoji or punctuation is spelt by its characters' Unicode names
    (``🏳️‍🌈`` is ``waving-white-flag-rainbow``), so ``עברית/🏳️‍🌈`` keeps its two levels:
    dropped, it became ``עברית`` and read as the parent tag (attack round 9).
    A tag of digits alone, which Obsidian does not read as a tag, starts with ``_``
    (``2024`` is ``_2024``): dropped, the note lost it (attack round 15).
    """
    parts = [_tag_level(part) for part in unicodedata.normalize("NFC", path).split("/")]
    tag = "/".join(part for part in parts if part)
    if not tag:
        return None
    return f"_{tag}" if tag.replace("/", "").isdigit() else tag


def _tag_level(part: str) -> str:
    """One level of a tag path in Obsidian's characters (letters, digits, ``_``, ``-``).

    Emoji and other pictographs beside letters are spelt by name too (``🔥hot`` is
    ``fire-hot``): dropped, it became ``hot`` and read as that other tag. A letter's
    combining marks stay on it: ``हिन्दी`` was cut to ``ह-न-द`` (attack round 15).
    A keycap emoji is ``keycap-1`` (it kept U+FE0F and U+20E3 as if they were the digit's
    marks, neither a letter Obsidian reads), and the signs ending a word are spelt
    (``C++`` is ``C-plus-plus``, ``c#`` ``c-sharp``): dropped, ``C++``, ``c#`` and ``c``
    were one tag ``c`` (Obsidian ignores case).
    """
    part = _WORD_SIGNS.sub(_signs_spelt, _KEYCAP.sub(_keycap_spelt, part))
    level = _tag_slug("".join(_tag_characters(part)))
    if level or not part.strip():
        return level
    return _tag_slug(" ".join(unicodedata.name(character, "") for character in part
                              if unicodedata.category(character) not in _UNSPELT).lower())


def _keycap_spelt(match: re.Match[str]) -> str:
    key = match.group(1)
    return f" keycap {key if key.isdigit() else unicodedata.name(key).lower()} "


def _signs_spelt(match: re.Match[str]) -> str:
    return "".join(f" {_SIGN_WORDS[sign]} " for sign in match.group())


def _tag_characters(part: str) -> Iterable[str]:
    """Each character of a level as it reads in a tag: kept, spelt out, or a separator."""
    after_word = False
    for character in part:
        category = unicodedata.category(character)
        if character.isalnum() or character in "_-" or (
                after_word and category in _MARKS and character not in _SELECTORS):
            after_word = True
            yield character
        elif category in _PICTURES:
            after_word = False
            yield f" {unicodedata.name(character, '').lower()} "
        else:  # punctuation, spaces, joiners, a symbol's variation selector
            after_word = False
            yield " "


def _tag_slug(text: str) -> str:
    return re.sub(r"-{2,}", "-", re.sub(r"\s+", "-", text)).strip("-")


#: What is not spelt out in a tag level: combining marks (emoji variation selectors) and
#: format characters (the zero-width joiner of an emoji sequence).
_UNSPELT = frozenset({"Mn", "Me", "Cf", "Zs"})
#: Marks that belong to the letter before them (vowel signs, accents, Hebrew points).
_MARKS = frozenset({"Mn", "Mc", "Me"})
#: Variation selectors and the keycap's enclosing mark: an emoji's, never a letter's.
_SELECTORS = frozenset([*map(chr, range(0xFE00, 0xFE10)), "\u20e3"])
_KEYCAP = re.compile("([0-9#*])\ufe0f?\u20e3")
"""A keycap emoji: a digit, ``#`` or ``*``, its emoji selector, the enclosing keycap."""
_SIGN_WORDS = {"+": "plus", "#": "sharp"}
_WORD_SIGNS = re.compile(r"(?<=[^\W_])[+#]+(?![^\W_])")
"""Signs ending a word ("C++", "c#", "Notepad++"): what tells such a tag apart ("a+b" is
still "a-b", its sign between words as punctuation)."""
#: Symbols spelt by name beside letters: emoji and pictographs, their skin-tone modifiers,
#: currency signs. Maths signs (``<``, ``+``) part words as punctuation does.
_PICTURES = frozenset({"So", "Sk", "Sc"})
