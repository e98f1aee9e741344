"""Make an analyst's Markdown note safe to put in an exported note.

The note is the analyst's own Markdown and keeps its formatting, but a
library can be filled from someone else's JSON export, so a note may be
hostile too: raw HTML is shown as text, images become plain links, and only
http(s) and mailto links survive (``javascript:``, ``file:``, ``data:``,
relative and Obsidian ``[[…]]`` links are left as visible, inert text).
Code spans are kept verbatim (every renderer shows them as text); lines inside
fenced code are neutralised like text, because a renderer without fenced-code
support (plain Python-Markdown) would read them as Markdown.
"""

from __future__ import annotations

import html
import re
import unicodedata

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_BACKTICKS = re.compile(r"`+")
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)")
DEEPEST_HEADING = 6
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
# A line opening a block no setext underline can make a heading of: a quote, a list
# item, indented code, a table row (an ATX heading and a fence are matched apart).
_BLOCK_START = re.compile(r"^(?: {4}|\t| {0,3}(?:>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|\|))")
_DEFINITION = re.compile(r"\]:")
_ANGLE = re.compile(r"<(?:([^<>\s]+)>)?")
# "![" after an even run of backslashes (none, or escaped backslashes) is an image; after an odd
# run the "!" itself is escaped.
_IMAGE = re.compile(r"(?<!\\)((?:\\\\)*)!\[")
_WIKILINK = re.compile(r"\[\[")
_OUR_BLOCK_ID = re.compile(r"(\s)\^(claim-\d+)\s*$")
_EMAIL = re.compile(r"^[^@\s:/]+@[^@\s:/]+\.[^@\s:/]+$")
SAFE_FENCE_LANGUAGES = frozenset(
    "text markdown md python py json yaml toml sql bash sh shell console csv xml html css"
    " javascript js typescript ts java c cpp rust go r ruby diff".split()
)


def allowed_link(destination: str) -> bool:
    """Whether a link destination is http(s) with a host or mailto, as a renderer would read it."""
    value = html.unescape(destination.strip().strip("<>")).replace("\\", "")
    value = "".join(ch for ch in value if not (ch.isspace() or unicodedata.category(ch)[0] == "C"))
    lower = value.lower()
    if lower.startswith(("http://", "https://")):
        return len(lower.split("//", 1)[1].split("/", 1)[0]) > 0
    return lower.startswith("mailto:") and len(lower) > len("mailto:")


def sanitize_note(markdown_text: str) -> str:
    """The note with raw HTML, images and non-web links neutralised; fences always closed."""
    lines: list[str] = []
    paragraph: list[str] = []
    fence: tuple[str, int] | None = None
    for line in markdown_text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        opening = _FENCE.match(line)
        if fence is not None:
            lines.append(_sanitize_text(line))
            if opening and _closes(opening, fence):
                fence = None
            continue
        if opening and not (opening.group(2)[0] == "`" and "`" in opening.group(3)):
            fence = (opening.group(2)[0], len(opening.group(2)))
            line = opening.group(1) + opening.group(2) + _fence_language(opening.group(3))
        elif line.strip():
            paragraph.append(line)
            continue
        lines += _sanitize_paragraph(paragraph) + [line]
        paragraph = []
    lines += _sanitize_paragraph(paragraph)
    if fence is not None:
        lines.append(fence[0] * fence[1])
    return "\n".join(lines).strip("\n")


def nested_headings(markdown_text: str, below: int) -> str:
    """The note's headings moved ``below`` levels down (at most to ``######``), fenced
    code left as written. Why: a note is exported under its passage's ``###`` heading,
    and an analyst's ``# Summary`` in it opened a new top-level section of the
    exported document, every later passage and the quotes read as its part.

    A setext heading (a paragraph underlined with ``===`` or ``---``) is written as
    the ATX heading it nests to: left as it was, "Summary" over "===" was still a
    top-level ``<h1>`` (attack run 11); under a quote or a list item, where CommonMark
    reads no heading but Python-Markdown does, a blank line goes before the underline."""
    lines: list[str] = []
    fence: tuple[str, int] | None = None
    paragraph: int | None = None  # where in ``lines`` a plain paragraph began
    for line in markdown_text.split("\n"):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and _closes(opening, fence):
                fence = None
        elif opening:
            fence, paragraph = (opening.group(2)[0], len(opening.group(2))), None
        elif heading := _HEADING.match(line):
            level = min(DEEPEST_HEADING, len(heading.group(2)) + below)
            line, paragraph = heading.group(1) + "#" * level + line[heading.end():], None
        elif (underline := _SETEXT.match(line)) and paragraph is not None:
            level = min(DEEPEST_HEADING, (1 if underline.group(1)[0] == "=" else 2) + below)
            words = " ".join(part.strip() for part in lines[paragraph:])
            del lines[paragraph:]
            line, paragraph = "#" * level + " " + words, None
        elif _SETEXT.match(line) and lines and lines[-1].strip():
            lines.append("")  # Python-Markdown underlines any line: "- item" over "---" is an <h2>
        elif not line.strip() or _BLOCK_START.match(line) or _SETEXT.match(line):
            paragraph = None  # a list item, quote or rule ends the paragraph, opens none
        elif paragraph is None:
            paragraph = len(lines)
        lines.append(line)
    return "\n".join(lines)


def _closes(match: re.Match[str], fence: tuple[str, int]) -> bool:
    marker = match.group(2)
    return marker[0] == fence[0] and len(marker) >= fence[1] and not match.group(3).strip()


def _fence_language(info: str) -> str:
    """Keep a fence's language only when it is a plain, known one (no plugin code blocks)."""
    words = info.strip().split()
    if words and words[0].lower() in SAFE_FENCE_LANGUAGES:
        return words[0].lower()
    return ""


def _sanitize_paragraph(lines: list[str]) -> list[str]:
    """Neutralise consecutive lines, keeping code spans only where every renderer agrees.

    Why per paragraph: a code span may run across lines, and Python-Markdown
    pairs backticks differently from CommonMark when one has no partner. So
    code spans are trusted only when, on every line of the paragraph, each
    backtick run pairs with an equal run on the same line; otherwise the
    whole paragraph is treated as text (inside real code that only shows an
    entity, never runs anything).
    """
    split = [_code_spans(line) for line in lines]
    if any(pieces is None for pieces in split):
        return [_sanitize_text(line) for line in lines]
    return [
        "".join(piece if is_code else _sanitize_text(piece) for is_code, piece in pieces or [])
        for pieces in split
    ]


def _code_spans(line: str) -> list[tuple[bool, str]] | None:
    """(is_code, text) pieces of a line, or None when a backtick run is unpaired or escaped."""
    pieces: list[tuple[bool, str]] = []
    position = 0
    while (opening := _BACKTICKS.search(line, position)) is not None:
        closing = _find_closing(line, opening)
        if closing is None or line[: opening.start()].endswith("\\"):
            return None
        if opening.start() > position:
            pieces.append((False, line[position : opening.start()]))
        pieces.append((True, line[opening.start() : closing]))
        position = closing
    if position < len(line):
        pieces.append((False, line[position:]))
    return pieces


def _find_closing(line: str, opening: re.Match[str]) -> int | None:
    size = len(opening.group())
    for candidate in _BACKTICKS.finditer(line, opening.end()):
        if len(candidate.group()) == size:
            return candidate.end()
    return None


def _sanitize_text(text: str) -> str:
    text = _DEFINITION.sub(lambda m: _definition(text, m), text)
    text = _neutralise_links(text)
    text = _IMAGE.sub(r"\1&#33;[", text)
    text = _WIKILINK.sub("\\[\\[", text)
    text = _ANGLE.sub(_angle, text)
    return _OUR_BLOCK_ID.sub(r"\1&#94;\2", text)


def _definition(text: str, match: re.Match[str]) -> str:
    """Escape ``]:`` (a reference definition, even inside quotes or lists) unless it is a web link.

    The destination may also start on the next line, which this line cannot
    see: an empty destination counts as unsafe, and a harmless ``\\]:`` is the
    worst that can happen to ordinary prose.
    """
    return "]:" if allowed_link(_destination(text, match.end())) else "\\]:"


def _angle(match: re.Match[str]) -> str:
    """Keep ``<https://…>`` and ``<mailto:…>`` autolinks; every other ``<`` becomes text."""
    inner = match.group(1)
    if inner and (allowed_link(inner) or _EMAIL.match(inner)):
        return match.group()
    return "&lt;" + (inner + ">" if inner else "")


def _neutralise_links(text: str) -> str:
    """Escape the ``(`` of every inline link whose destination is not http(s) or mailto."""
    out: list[str] = []
    index = 0
    while True:
        found = text.find("](", index)
        if found == -1:
            out.append(text[index:])
            return "".join(out)
        out.append(text[index:found])
        destination = _destination(text, found + 2)
        out.append("](" if allowed_link(destination) else "]\\(")
        index = found + 2


def _destination(text: str, start: int) -> str:
    """The link destination starting at ``start`` (angle-bracketed or up to balanced ``)``)."""
    rest = text[start:].lstrip()
    if rest.startswith("<"):
        end = rest.find(">")
        return rest[: end + 1] if end != -1 else ""
    depth = 0
    for position, ch in enumerate(rest):
        if ch.isspace():
            return rest[:position]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return rest[:position]
            depth -= 1
    return rest
