"""Read Markdown articles: optional YAML front matter, a ``# title`` and prose-like body."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from workbench.core.text import normalize_line, normalize_text, shorten
from workbench.ingest.articles import ArticleRead, build_article
from workbench.ingest.decoding import read_text_file

MAX_FRONT_MATTER_CHARS = 64 * 1024
#: How much of a left-out front matter its warning quotes: a usual block (title, author,
#: date) whole, so the analyst can copy it back; a longer one is cut, its lines still named.
MAX_LEFT_OUT_QUOTE_CHARS = 200
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_ATX_HEADING = re.compile(r"^ {0,3}(?P<marks>#{1,6})(?:[ \t]+(?P<text>.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_H1 = re.compile(r"^ {0,3}=+[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S+.*$")
_BLOCKQUOTE = re.compile(r"^(?: {0,3}> ?)+")  # every level at once: a loop was quadratic
# Every pattern below scans a line (or the file) in linear time: a span never runs past the
# next opener of its kind ("[", "**"), and a run of backticks is entered at its start only.
# Why: "**a " or "<!--" repeated along a 100,000-character line made the lazy ".*?" forms
# retry to the end of the line from every opener (an import that never finished). Comments
# and raw blocks are cut by a loop instead (``_without_comments``, ``_without_raw_blocks``).
_RAW_KINDS = ("script", "style", "iframe", "object", "template")
_RAW_OPENER = re.compile(rf"<({'|'.join(_RAW_KINDS)})\b", re.I)
_RAW_CLOSERS = {name: re.compile(rf"</{name}\s*>", re.I) for name in _RAW_KINDS}
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"
# A link's destination may hold balanced parentheses, one level deep (CommonMark), as in
# Wikipedia addresses: [Mercury](https://en.wikipedia.org/wiki/Mercury_(planet)).
_DESTINATION = r"\((?:[^()\n]|\([^()\n]*\))*\)"
_IMAGE = re.compile(r"[ \t]?!\[[^\[\]\n]*\](?:" + _DESTINATION + r"|\[[^\[\]\n]*\])")
_LINK = re.compile(r"\[(?P<text>[^\[\]\n]+)\](?:" + _DESTINATION + r"|\[[^\[\]\n]*\])")
_AUTOLINK = re.compile(r"<(?P<url>(?:https?|mailto):[^<>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<text>(?:(?!\1).)+?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"\*(?=\S)(?P<text>[^*\n]+?)(?<=\S)\*")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<!\w)_(?=\S)(?P<text>[^_\n]+?)(?<=\S)_(?!\w)")
_STRIKE = re.compile(r"~~(?=\S)(?P<text>(?:(?!~~).)+?)(?<=\S)~~")
_CODE_SPAN = re.compile(r"(?<!`)`++(?P<text>[^`\n]+?)`+")
_FRONT_MATTER_KEYS = ("title", "source", "author", "url", "dateline")


def read_markdown(path: Path) -> list[ArticleRead]:
    """Read one Markdown file into an article, front matter first, then the first heading."""
    text = normalize_text(read_text_file(path))
    meta, content, problem = read_front_matter(text)
    heading_title, content = _pop_title_heading(content, meta.get("title"))
    body = markdown_to_prose(content)
    read = build_article(
        text=body,
        title=meta.get("title") or heading_title,
        fmt="markdown",
        path=path,
        source=meta.get("source"),
        author=meta.get("author"),
        published=meta.get("published") or meta.get("date"),
        url=meta.get("url"),
        dateline=meta.get("dateline"),
    )
    return [replace(read, warnings=(problem,)) if problem else read]


def read_front_matter(text: str) -> tuple[dict[str, object], str, str | None]:
    """Separate a leading ``---`` YAML block: its metadata, the rest, and why it was left out.

    Why the reason: a block that is no YAML mapping (an unclosed bracket, a list, an unsafe
    tag) is left out, and the file still imports from its text, but the title, author and
    date the analyst wrote there would otherwise vanish without a word.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text, None
    remainder, block = text[match.end() :], match.group("yaml")
    loaded, problem = _load_front_matter(block)
    if problem is not None:
        return {}, remainder, f"front matter left out: {problem}; {_left_out_lines(block)}"
    return _scalar_metadata(loaded), remainder, None


def _load_front_matter(block: str) -> tuple[dict[object, object], str | None]:
    """The block's mapping (empty for an empty block, which loses nothing), or why it is none."""
    if len(block) > MAX_FRONT_MATTER_CHARS:
        return {}, f"longer than {MAX_FRONT_MATTER_CHARS // 1024} KB"
    import yaml

    try:
        loaded = yaml.load(block, Loader=_text_dates_loader())  # noqa: S506 - a SafeLoader
    except (yaml.YAMLError, ValueError) as error:  # a tagged value (!!int abc) cannot be built
        return {}, f"not valid YAML ({_yaml_problem(error)})"
    if loaded is None:
        return {}, None
    if not isinstance(loaded, dict):
        return {}, "not a list of keys and values"
    return loaded, None


def _left_out_lines(block: str) -> str:
    """Name the file's lines left out and quote them, so the analyst can write them back.

    Why: the block is not put into the body (``title: [x`` would be read as the article's
    prose and analysed), so the warning is the only place its title and author survive.
    """
    lines = block.split("\n")
    quoted = shorten(" / ".join(line.strip() for line in lines if line.strip()),
                     MAX_LEFT_OUT_QUOTE_CHARS, whole_words=False)
    return f"lines 2-{len(lines) + 1} left out: {quoted}"  # the opening fence is line 1


def _yaml_problem(error: Exception) -> str:
    """PyYAML's problem in a few words, with its line in the file (the fence is line 1)."""
    problem = str(getattr(error, "problem", None) or error).splitlines()[0]
    mark = getattr(error, "problem_mark", None)
    return f"{problem}, line {mark.line + 2}" if mark is not None else problem


@lru_cache(maxsize=1)
def _text_dates_loader() -> type:
    """PyYAML's SafeLoader, but dates stay text (``normalize_published`` reads them).

    Why: SafeLoader builds ``2024-02-30`` as a date and raises ValueError, which
    failed the whole file; as text it is kept and shown as no date, and the
    title and author beside it survive.
    """
    import yaml

    class TextDatesLoader(yaml.SafeLoader):
        pass

    TextDatesLoader.add_constructor(
        "tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str
    )
    return TextDatesLoader


def _scalar_metadata(loaded: dict[object, object]) -> dict[str, object]:
    """Keep only known keys with scalar values (YAML aliases cannot blow up a string)."""
    meta: dict[str, object] = {}
    for key in (*_FRONT_MATTER_KEYS, "published", "date"):
        value = loaded.get(key)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            value = ", ".join(value)  # e.g. several authors
        if isinstance(value, (str, int, float, dt.date)) and not isinstance(value, bool):
            meta[key] = value
    return meta


def _pop_title_heading(content: str, front_title: object) -> tuple[str | None, str]:
    """Find the first level-1 heading; remove it when it opens the text and is the title."""
    lines = content.split("\n")
    for index in range(len(lines)):
        found = _level_one_heading(lines, index)
        if found is None:
            continue
        heading_text, line_count = found
        if front_title and normalize_line(str(front_title)) != normalize_line(heading_text):
            return None, content
        if any(line.strip() for line in lines[:index]):
            return heading_text, content  # a heading after prose stays in the text
        return heading_text, "\n".join(lines[:index] + lines[index + line_count :])
    return None, content


def _level_one_heading(lines: list[str], index: int) -> tuple[str, int] | None:
    """Return ``(text, lines used)`` for a ``# Heading`` or ``Heading`` + ``===`` at ``index``."""
    heading = _ATX_HEADING.match(lines[index])
    if heading is not None and len(heading.group("marks")) == 1:
        return inline_to_prose(heading.group("text") or ""), 1
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if lines[index].strip() and _SETEXT_H1.match(following):
        return inline_to_prose(lines[index].strip()), 2
    return None


def markdown_to_prose(content: str) -> str:
    """Lightly turn Markdown into readable plain text (the reader shows text, not markup)."""
    content = _without_raw_blocks(content)
    prose: list[str] = []
    in_fence = False
    for line in content.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            prose.append(line)
            continue
        converted = _convert_line(line, previous=prose[-1] if prose else "")
        if converted is not None:
            prose.append(converted)
    return "\n".join(prose)


def _convert_line(line: str, previous: str) -> str | None:
    """Convert one Markdown line; None drops it (rules, setext underlines, link definitions)."""
    if _RULE.match(line) and not previous.strip():
        return None
    if _SETEXT_UNDERLINE.match(line) and previous.strip():
        return None
    if _REFERENCE_DEFINITION.match(line):
        return None
    heading = _ATX_HEADING.match(line)
    if heading:
        return inline_to_prose(heading.group("text") or "")
    return inline_to_prose(_BLOCKQUOTE.sub("", line, count=1))


def inline_to_prose(text: str) -> str:
    """Drop images and inline markup, keeping link text and emphasised words."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\g<text>", text)
    text = _AUTOLINK.sub(r"\g<url>", text)
    text = _HTML_TAG.sub("", _without_comments(text))
    text = _CODE_SPAN.sub(r"\g<text>", text)
    text = _STRONG.sub(r"\g<text>", text)
    text = _STRIKE.sub(r"\g<text>", text)
    text = _EMPHASIS_STAR.sub(r"\g<text>", text)
    return _EMPHASIS_UNDERSCORE.sub(r"\g<text>", text)


def _without_comments(text: str) -> str:
    """Drop each ``<!-- ... -->``, ending at the first ``-->`` as HTML does.

    Why a loop: a pattern that stopped at the next ``<!--`` left ``<!-- one``
    of ``<!-- one <!-- two -->`` in the text. Each character is looked at a
    bounded number of times; an opener never closed is left as text, and so
    is everything after it (no later opener can close either).
    """
    kept: list[str] = []
    start = 0
    while (opener := text.find(_COMMENT_OPEN, start)) != -1:
        closer = text.find(_COMMENT_CLOSE, opener + len(_COMMENT_OPEN))
        if closer == -1:
            break
        kept.append(text[start:opener])
        start = closer + len(_COMMENT_CLOSE)
    kept.append(text[start:])
    return "".join(kept)


def _without_raw_blocks(text: str) -> str:
    """Drop ``<script>``, ``<style>`` (and the like) blocks, each ending at its first closing tag.

    Why a loop: HTML ends a script at the first ``</script>``, even one inside
    a string, so a pattern that stopped at the next ``<script`` leaked the code
    of ``<script>x = "<script>";</script>``. A kind whose closing tag is
    missing is not searched for again, which keeps the time linear.
    """
    kept: list[str] = []
    unclosed: set[str] = set()
    start = search_from = 0
    while (opener := _RAW_OPENER.search(text, search_from)) is not None:
        name = opener.group(1).lower()
        closer = None
        if name not in unclosed:
            closer = _RAW_CLOSERS[name].search(text, opener.end())
        if closer is None:
            unclosed.add(name)
            search_from = opener.end()
            continue
        kept.append(text[start : opener.start()])
        start = search_from = closer.end()
    kept.append(text[start:])
    return "".join(kept)
