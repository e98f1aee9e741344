"""Read plain-text articles in the seed layout: title line, optional repeated title, body."""

from __future__ import annotations

import re
from pathlib import Path

from workbench.core.saying_verbs import PERSON_AFTER_WORDS
from workbench.core.sentences import sentence_spans
from workbench.core.text import normalize_line, normalize_text
from workbench.ingest.articles import MAX_TITLE_LINE_CHARS, ArticleRead, build_article
from workbench.ingest.decoding import read_text_file

_SOURCE_URL_LINE = re.compile(r"https?://[^\s/]+\S*", re.IGNORECASE)
"""A first line that is only a web address: where a saved page came from, not its headline."""
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*$")
#: A quotation closed by a comma, "!" or "?" and the few words after it, where the
#: verb of saying of a reported quote stands (``"We will not back down," Doe told``).
_AFTER_CLOSED_QUOTE = re.compile(r"""[,!?]["”’]\s+((?:\S+\s+){0,4}\S+)""")
#: A verb of saying and the few words before the opening of its quotation
#: (``Doe said, "We``, ``told reporters: "We``).
_BEFORE_OPENED_QUOTE = re.compile(r"""((?:\S+\s+){0,2}\S+)\s+["“‘]""")


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
    if len(title) > MAX_TITLE_LINE_CHARS or not reads_as_title(title):
        return None, text  # body prose, not a headline: keep everything as body
    body = f"{first_remainder}\n\n{rest}" if first_remainder and rest else first_remainder or rest
    return title, _without_repeated_title(body, title) or title


def reads_as_title(line: str) -> bool:
    """Whether a short first line reads as a headline rather than a paragraph of the story.

    Why: a file that opens straight with its story (``The minister said the budget
    would pass. "We will not back down," she told reporters.``) lost that paragraph to
    the title, where it was never analysed nor annotatable. A line that ends as a
    sentence ends and holds a second sentence, or a quotation with its verb of saying,
    is prose; a headline is one sentence at most ("Budget passes", "Will it pass?")
    and its quotations go unattributed or end without a full stop
    (``"We will not back down," says Doe``).
    """
    stripped = line.strip()
    if not _SENTENCE_END.search(stripped):
        return True
    return len(sentence_spans(stripped)) < 2 and not _quotes_a_speaker(stripped)


def _quotes_a_speaker(line: str) -> bool:
    """Whether a verb of saying stands right after a closed quotation or before an opened one."""
    runs = [*_AFTER_CLOSED_QUOTE.finditer(line), *_BEFORE_OPENED_QUOTE.finditer(line)]
    return any(word.strip(",.:").lower() in PERSON_AFTER_WORDS
               for match in runs for word in match[1].split())


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
