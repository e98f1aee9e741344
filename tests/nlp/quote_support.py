"""Helpers shared by the NLP quote tests (importable as ``tests.nlp.quote_support``).

Why one module: the quote tests used to import these from one another's test modules or
keep near-copies, so a change to how a test builds its mentions had to be made in
several places and the copies drifted apart (one added aliases, one an entity).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workbench.core.models import Mention, Quote
from workbench.nlp.quotes import attach_speakers, find_quotes

if TYPE_CHECKING:
    from spacy.language import Language


def analyse(nlp: Language, text: str, aliases: dict[str, str] | None = None) -> list[Quote]:
    """find_quotes + attach_speakers, mentions straight from the model's entities.

    A mention's entity is its own text unless ``aliases`` maps that text to a full name.
    """
    doc = nlp(text)
    aliases = aliases or {}
    mentions = [
        Mention(e.start_char, e.end_char, e.text, e.label_, aliases.get(e.text, e.text))
        for e in doc.ents
    ]
    return attach_speakers(find_quotes(doc), mentions, text)


def direct(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.kind == "direct"]


def direct_texts(nlp: Language, text: str) -> list[str]:
    """The direct quotations found in ``text``, before any speaker is attached."""
    return [q.text for q in direct(find_quotes(nlp(text)))]


def speaker_pairs(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker as written, canonical speaker) of each direct quotation in ``text``."""
    return [(q.speaker_text, q.speaker) for q in direct(analyse(nlp, text))]


def mention_of(text: str, surface: str, label: str, entity: str | None = None) -> Mention:
    """A hand-made mention at the first ``surface`` in ``text`` (entity defaults to it)."""
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label, entity or surface)


def pronoun_quote(text: str, pronoun: str, hint: str | None = None) -> Quote:
    """A direct quote from the first '"' to the end, spoken by the first whole-word
    ``pronoun`` (case-sensitive, so "They" opening a sentence is found too), with the
    parse's speaker ``hint``."""
    match = re.search(rf"\b{re.escape(pronoun)}\b", text)
    if match is None:
        raise ValueError(f"{pronoun!r} is not a word of {text!r}")
    quote = text.index('"')
    return Quote(
        quote, len(text), text[quote:], "direct", hint, pronoun, match.start(), match.end()
    )


Passage = tuple[str, str, str, "str | None", "str | None"]
"""A written news passage: title, text, the quote's opening words, the canonical speaker
wanted, and why it is a strict xfail (None: it must pass)."""


def passage_param(passage: Passage) -> object:
    """``passage`` as a pytest param named by its title and quote, a strict xfail when it
    carries a reason (the passage suites of news and wire styles share this)."""
    import pytest  # noqa: PLC0415 - only the passage suites need it

    title, _text, opening, _want, reason = passage
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(*passage[:4], marks=marks, id=f"{title}: {opening}")


def canonical_speaker(title: str, text: str, opening: str) -> str | None:
    """The canonical speaker of the first quote holding ``opening`` in the whole pipeline's
    analysis of the passage."""
    from workbench.nlp.pipeline import analyze_document  # noqa: PLC0415 - loads the model

    quotes = [q for q in analyze_document(title, text).quotes if opening in q.text]
    assert quotes, "the quotation is found"
    return quotes[0].speaker
