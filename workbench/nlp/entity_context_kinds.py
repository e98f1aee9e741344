"""Kinds the words around a name give away: a company read as a place, a product read as a
person.

Why: the small model files an unfamiliar one-word name by where it stands. A chip maker
("Nvidia") becomes a place and a browser or an operating system ("Firefox", "Fedora") a
person, and the analyst finds them under the wrong heading of the Entities page. The
sentence often says what the thing is, in words news uses for nothing else:

* a company: its stock ticker in brackets ("Nvidia (NVDA)"), its officers or stock right
  after the name ("Nvidia CEO Jen-Hsun Huang", "Nvidia shares") or before it ("shares of
  Nvidia", "the chief executive of Nvidia"). Only a name read as a place that no
  gazetteer knows changes: "Britain's chief executive" is no company.
* a product: a version number right after a one-word name ("Firefox 3.5", "Fedora 20")
  or a product noun ("the Firefox browser", "Fedora release"), or "a version of" /
  "downloaded" before it (not "versions of Smith's account"). Only a one-word name read
  as a person changes, and not when another mention of it is titled or written beside a
  given name ("Mr. Fedora").

One mention with the evidence is enough for the whole entity (its other mentions follow),
since the words never describe a place or a person. Each test reads a few characters
around a mention, so the pass is linear in the number of mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import is_honorific, previous_word

_WINDOW = 40
"""Characters read on either side of a mention."""

_COMPANY_AFTER = re.compile(
    r"\s?\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX)\s?:\s?)?[A-Z]{3,5}\)"
    r"|(?:'s)?\s(?:CEO|chief executive|chief financial officer|CFO|shares|stock|"
    r"shareholders|stockholders)\b")
_COMPANY_BEFORE = re.compile(
    r"\b(?:shares (?:of|in)|stock of|stake in|CEO of|chief executive of|"
    r"shareholders of)\s$", re.IGNORECASE)

_PRODUCT_NOUNS = (r"(?:web browser|browser|operating system|distribution|distro|app|"
                  r"software|release|kernel|smartphone|handset|console|plug-in|plugin)s?")
_PRODUCT_AFTER = re.compile(
    r"\s(?:\d+\.\d+(?:\.\d+)*(?![\d%])|\d+(?![\d.,%\-\u2013:/])(?!\s*[-\u2013:/a-z%])"
    r"|" + _PRODUCT_NOUNS + r"\b)")
"""A version after the name ("Firefox 3.5"; "Fedora 20" before a capital or a stop, not a
score "6-4", a time or a count "20 goals"), or a product noun ("Firefox browser")."""
_PRODUCT_BEFORE = re.compile(
    r"\b(?:versions? of|download(?:ed|ing|s)?|"
    + _PRODUCT_NOUNS + r" (?:such as|like))\s$", re.IGNORECASE)

PLACE_LABELS = frozenset({"GPE", "LOC"})


def _company_cue(mention: Mention, text: str) -> bool:
    after = text[mention.end : mention.end + _WINDOW]
    before = text[max(0, mention.start - _WINDOW) : mention.start]
    return bool(_COMPANY_AFTER.match(after) or _COMPANY_BEFORE.search(before))


def _product_cue(mention: Mention, text: str) -> bool:
    after = text[mention.end : mention.end + _WINDOW]
    before = text[max(0, mention.start - _WINDOW) : mention.start]
    if after.startswith(("'s", "\u2019s")):  # "versions of Smith's account"
        return False
    return bool(_PRODUCT_AFTER.match(after) or _PRODUCT_BEFORE.search(before))


def _personal(mention: Mention, text: str) -> bool:
    """A mention written as a person's: after a title ("Mr. Fedora") or in a longer name."""
    return " " in mention.text.strip() or is_honorific(previous_word(text, mention.start))


def context_kinds(mentions: Sequence[Mention], text: str) -> dict[str, str]:
    """Entity name -> the label its context words give, for the entities they change."""
    kinds: dict[str, str] = {}
    people_written: set[str] = set()
    for mention in mentions:
        if mention.field != "text":
            continue
        if mention.label in PLACE_LABELS and lookup(mention.entity) is None \
                and _company_cue(mention, text):
            kinds[mention.entity] = "ORG"
        elif mention.label == "PERSON":
            if _personal(mention, text):
                people_written.add(mention.entity)
            elif " " not in mention.entity and _product_cue(mention, text):
                kinds[mention.entity] = "PRODUCT"
    return {name: label for name, label in kinds.items()
            if not (label == "PRODUCT" and name in people_written)}


def relabel_by_context(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Every mention of an entity its context shows to be a company or a product
    takes that label (``context_kinds``); other mentions stay as they are."""
    kinds = context_kinds(mentions, text)
    if not kinds:
        return list(mentions)
    return [replace(m, label=kinds[m.entity])
            if m.entity in kinds and (m.label in PLACE_LABELS or m.label == "PERSON") else m
            for m in mentions]
