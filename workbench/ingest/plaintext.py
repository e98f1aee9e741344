"""Read plain-text articles in the seed layout: title line, optional repeated title, body."""

from __future__ import annotations

import re
from pathlib import Path

from workbench.core.text import normalize_line, normalize_text
from workbench.ingest.articles import ArticleRead, build_article
from workbench.ingest.decoding import read_text_file
from workbench.ingest.headlines import reads_as_headline

_SOURCE_URL_LINE = re.compile(r"https?://[^\s/]+\S*", re.IGNORECASE)
"""A first line that is only a web address: where a saved page came from, not its headline."""


def read_plain_text(path: Path) -> list[ArticleRead]:
    """Read one ``.txt`` file into an article whose title is its first line.

    A first line that is only a web address (pages saved with their address on top, as in
    the ECB+ corpus) becomes the article's URL, and the title is the line after it.
    """
    text = normalize_text(read_text_file(path))
    url, text = split_source_url(text)
    title, body = split_title_and_body(text)
    return [build_article(text=body, title=title, fmt="text", path=path, url=url,
                          text_is_normalized=True)]


def split_source_url(text: str) -> tuple[str | None, str]:
    """The web address on the first line, if that line is nothing else, and the rest."""
    first, _, rest = text.partition("\n")
    candidate = first.strip()
    if rest.strip() and _SOURCE_URL_LINE.fullmatch(candidate):
        return candidate, rest.lstrip("\n")
    return None, text


def split_title_and_body(text: str) -> tuple[str | None, str]:
    """Split normalised text into its title line and body, dropping a repeated title.

    Why: news exports often print the headline twice; the body must not start with it.
    Works with ``str.find`` rather than splitting every paragraph so huge files stay cheap.
    """
    first, rest = _split_paragraph(text)
    title, _, first_remainder = first.partition("\n")
    if not reads_as_headline(title):
        return None, text  # body prose, not a headline: keep everything as body
    body = f"{first_remainder}\n\n{rest}" if first_remainder and rest else first_remainder or rest
    return title, _without_repeated_title(body, title) or title


def _without_repeated_title(body: str, title: str) -> str:
    """``body`` without a first paragraph, or else a first line, that repeats the title.

    Why the line too: a file whose lines are one newline apart has no blank line, so
    its repeated headline sat inside the first paragraph, stayed in the text and hid
    the dateline on the line after it.
    """
    lead, after_lead = _split_paragraph(body)
    if normalize_line(lead) == normalize_line(title):
        return after_lead
    line, _, after_line = body.partition("\n")
    if normalize_line(line) == normalize_line(title):
        return after_line.lstrip("\n")
    return body


def _split_paragraph(text: str) -> tuple[str, str]:
    """Return the first paragraph and everything after the blank line that ends it."""
    head, _, tail = text.partition("\n\n")
    return head, tail
