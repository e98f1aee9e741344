"""Headline mentions from names the body established, plus prominent places.

Why: news headlines are in title case, and the model reads every capitalised word as a
name ("US State Department: Sanctions Against" as one ORG). The body, written in normal
case, tells us which names exist; the headline only has to be searched for them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.core.text import literal_spans
from workbench.nlp.gazetteer import trusted_place
from workbench.nlp.names import clean_span, followed_by_currency
from workbench.nlp.resolution import MIN_FULL_NAME, NAME_LABELS, abbreviates

MAX_PLACE_WORDS = 5
_WORD = re.compile(r"[^\W_][\w'\u2019.&-]*")
_COMMON_WORD = re.compile(r"\b[a-z][\w'-]*\b")
"""A word written in lowercase: a one-word name the text also writes so is no alias."""

Candidate = tuple[int, int, str, str, float | None]


def _short_forms(mention: Mention, longest: int) -> list[str]:
    """Shorter ways a headline may write a body name ("Putin", "General Motors"), of at
    most ``longest`` words (the headline's: a longer form cannot be in it).

    Why the bound: every cut of a name was tried, each read against the whole name, so a
    run-on name of thousands of words the model tagged ("USS USS Carney USS ...") cost
    the square of its length per mention: 18 s of a 110,000-character page (attack run
    14)."""
    words = tuple(mention.entity.split())
    if len(words) < MIN_FULL_NAME:
        return []
    if mention.label == "PERSON":
        return [words[-1]]
    sizes = range(1, min(len(words), longest + 1))
    cuts = [words[:size] for size in sizes] + [words[-size:] for size in sizes]
    return [" ".join(cut) for cut in cuts if abbreviates(cut, words, mention.label)]


def _alias_table(body: Sequence[Mention], text: str, title: str) -> dict[str, tuple[str, str]]:
    """Map every name form seen in the body (and short forms of it, of at most as many
    words as ``title``) that ``title`` writes to (label, entity).

    Why only the title's: the table is read for the title alone, and a one-word form is
    checked against the words the text writes in lowercase ("Bush" / "bush"); that set
    is read from the whole text, and only when a form the title writes is in the text in
    lowercase at all (every form was weighed and the set read for every document)."""
    longest = len(title.split())
    votes: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    derived: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    shortened: dict[tuple[str, str], list[str]] = {}
    for mention in body:
        if mention.label not in NAME_LABELS or mention.field != "text":
            continue
        votes[mention.text][(mention.label, mention.entity)] += 1
        votes[mention.entity][(mention.label, mention.entity)] += 1
        name = (mention.label, mention.entity)
        if name not in shortened:
            shortened[name] = _short_forms(mention, longest)
        for form in shortened[name]:
            derived[form][name] += 1
    common: set[str] | None = None
    table = {}
    for form, counts in [*derived.items(), *votes.items()]:
        if len(form) <= 1 or form not in title:
            continue
        lower = form.lower()
        if " " not in form and lower in text:  # a common word is written in the text
            if common is None:
                common = set(_COMMON_WORD.findall(text))
            if lower in common:
                continue
        table[form] = counts.most_common(1)[0][0]
    return table


def _bounded(title: str, start: int, end: int) -> bool:
    """Tell whether title[start:end] is a whole word sequence (no letters glued on)."""
    before, after = title[start - 1 : start], title[end : end + 1]
    return not (before.isalnum() or before == "_" or after.isalnum() or after == "_")


def _alias_candidates(title: str, aliases: dict[str, tuple[str, str]]) -> list[Candidate]:
    """Every case-sensitive, word-bounded occurrence of a body alias in the title."""
    found: list[Candidate] = []
    for form, (label, entity) in aliases.items():
        for start, end in literal_spans(form, title):
            if _bounded(title, start, end):
                found.append((start, end, label, entity, None))
    return found


def _place_candidates(title: str) -> list[Candidate]:
    """Word n-grams of the title that are prominent, unambiguous gazetteer places."""
    words = [m.span() for m in _WORD.finditer(title)]
    found: list[Candidate] = []
    for first, (start, _) in enumerate(words):
        for last in range(first, min(first + MAX_PLACE_WORDS, len(words))):
            if last > first and title[words[last - 1][1] : words[last][0]] != " ":
                break
            begin, end = clean_span(title, start, words[last][1])
            place = trusted_place(title[begin:end]) if end > begin else None
            if place is not None:
                found.append((begin, end, place.label, place.name, 0.9))
    return found


def _choose(title: str, candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidates that do not overlap, body aliases before places."""
    candidates = [c for c in candidates if not followed_by_currency(title, c[1])]
    ordered = sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[4] is not None, c[0]))
    chosen: list[Candidate] = []
    for candidate in ordered:
        if all(candidate[1] <= c[0] or c[1] <= candidate[0] for c in chosen):
            chosen.append(candidate)
    return sorted(chosen)


def title_mentions(body: Sequence[Mention], text: str, title: str) -> list[Mention]:
    """Mentions in ``title`` (field "title") for names the body established or known places."""
    if not title.strip():
        return []
    aliases = _alias_table(body, text, title)
    candidates = _alias_candidates(title, aliases) + _place_candidates(title)
    return [
        Mention(start, end, title[start:end], label, entity, field="title", confidence=confidence)
        for start, end, label, entity, confidence in _choose(title, candidates)
    ]
