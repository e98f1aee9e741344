"""Keep the prose sections a session wrote into a generated report when it is rewritten.

Why: ``eval_quotes.py`` rewrites docs/quality-quotes.md from a template, and the notes a
session adds by hand (what it tried, what it kept, with dev numbers) are not in the
template, so every held-out scoring run silently dropped them (sessions 52 and 53 each
found theirs gone). Sections are kept by their ``## `` heading, in their old order.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^## .*$", re.MULTILINE)


def sections(text: str) -> list[tuple[str, str]]:
    """The ``## `` sections of a Markdown text as (heading, whole section) pairs."""
    starts = [match.start() for match in _HEADING.finditer(text)]
    bounds = zip(starts, starts[1:] + [len(text)], strict=True)
    return [(text[a:b].split("\n", 1)[0], text[a:b]) for a, b in bounds]


def keep_written_sections(old: str, new: str, before: str) -> str:
    """``new`` plus every section of ``old`` whose heading ``new`` lacks.

    The kept sections go just before the section of ``new`` headed ``before`` (in their
    old order), or at the end when ``new`` has no such heading.
    """
    headings = {heading for heading, _ in sections(new)}
    kept = [body for heading, body in sections(old) if heading not in headings]
    if not kept:
        return new
    written = "".join(body.rstrip("\n") + "\n\n" for body in kept)
    at = new.find("\n" + before + "\n")
    if at < 0:
        return new.rstrip("\n") + "\n\n" + written.rstrip("\n") + "\n"
    return new[: at + 1] + written + new[at + 1 :]
