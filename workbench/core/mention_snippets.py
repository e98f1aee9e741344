"""A few words either side of a mention: how a document mentions an entity.

Why: the entity page listed each document with the text from 80 characters
before the first mention, which in a narrow column showed the paragraph's
opening words and wrapped the mention out of sight; the analyst could not see
*how* the entity is mentioned. A snippet centred on the mention, cut at word
boundaries, shows it. Offsets are code points (Python ``str`` indexes), as
everywhere in core.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ELLIPSIS = "…"
# Fewer words before than after: in a narrow column the words before fill the first
# lines, and eight of them pushed the mention past a four-line cell at 1024 px.
WORDS_BEFORE = 5
WORDS_AFTER = 8
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class MentionSnippet:
    """The snippet's text, and where the mention is in it (code points, end exclusive)."""

    text: str
    mark_start: int
    mark_end: int

    def marked(self, open_mark: str = "[", close_mark: str = "]") -> str:
        """The snippet with the mention between marks (the CLI's plain-text emphasis)."""
        return (self.text[:self.mark_start] + open_mark + self.text[self.mark_start:self.mark_end]
                + close_mark + self.text[self.mark_end:])


def mention_snippet(text: str, start: int, end: int, *, cut_before: bool = False,
                    cut_after: bool = False, words_before: int = WORDS_BEFORE,
                    words_after: int = WORDS_AFTER) -> MentionSnippet:
    """A few words either side of ``text[start:end]``, whitespace (CRLF too) flattened.

    ``text`` may be a window of a longer document: ``cut_before``/``cut_after``
    say that it goes on beyond the window, so a word the window halves is
    dropped rather than shown as a fragment, and "…" says text is left out.
    """
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    end = max(start, end)
    before = _before(text[:start], words_before, cut_before)
    mention = _SPACES.sub(" ", text[start:end]).strip()
    after = _after(text[end:], words_after, cut_after)
    return MentionSnippet(before + mention + after, len(before), len(before) + len(mention))


def _before(text: str, words: int, cut: bool) -> str:
    """The last ``words`` words before the mention, with the part glued to it ("(")."""
    parts = _SPACES.sub(" ", text).split(" ")
    if cut and len(parts) > 0:  # the window's first word may be a fragment
        parts = parts[1:]
        text_left_out = True
    else:
        text_left_out = False
    glued, whole = (parts[-1], parts[:-1]) if parts else ("", [])
    whole = [word for word in whole if word]
    if len(whole) > words:
        whole, text_left_out = whole[-words:], True
    kept = " ".join(whole) + (" " if whole else "") + glued
    return (ELLIPSIS + " " if text_left_out and kept else ELLIPSIS if text_left_out else "") + kept


def _after(text: str, words: int, cut: bool) -> str:
    """The first ``words`` words after the mention, with the part glued to it ("'s,")."""
    parts = _SPACES.sub(" ", text).split(" ")
    text_left_out = False
    if cut and parts:  # the window's last word may be a fragment
        parts, text_left_out = parts[:-1], True
    glued, whole = (parts[0], parts[1:]) if parts else ("", [])
    whole = [word for word in whole if word]
    if len(whole) > words:
        whole, text_left_out = whole[:words], True
    kept = glued + (" " if whole else "") + " ".join(whole)
    return kept + (" " + ELLIPSIS if text_left_out and kept else ELLIPSIS if text_left_out else "")
