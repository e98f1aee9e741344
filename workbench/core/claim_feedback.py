"""Feedback from the best candidates: documents about the same event share their names.

Why: a claim names only a few of the people and places of an event, but the
documents that report it best name many more, and the other reports name
them too ("Betty Ford Center", "Rancho Mirage", the judge). After a first
ranking, the names and entities that recur in the ``FEEDBACK_DOCUMENTS`` best
candidates become a profile of the event; each candidate's ``feedback``
feature is how much of that profile it shares (its own names left out of its
own profile). This is classic pseudo-relevance feedback, on names only, so
it ranks and never decides: the threshold ignores it (``evidence_score``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

FEEDBACK_DOCUMENTS = 3


def document_profile(names: frozenset[str], entity_ids: frozenset[int]) -> frozenset[str]:
    """The document's names and entity ids as one set of keys."""
    return names | {f"#{e}" for e in entity_ids}


def feedback_scores(
    order: Sequence[int], profiles: dict[int, frozenset[str]]
) -> dict[int, float]:
    """Share of the best documents' weighted profile each candidate has (0–1), by document.

    ``order`` is the candidates best first; a key is weighted by how many of
    the best documents hold it and how rare it is among all the candidates.
    """
    if len(order) < 2:  # noqa: PLR2004 - feedback needs another document
        return dict.fromkeys(order, 0.0)
    frequency = Counter(key for profile in profiles.values() for key in profile)
    rarity = {key: math.log(1 + len(profiles) / count) for key, count in frequency.items()}
    best = list(order[:FEEDBACK_DOCUMENTS])
    event_profiles: dict[tuple[int, ...], tuple[dict[str, float], float]] = {}
    scores = {}
    for doc_id in order:
        others = tuple([d for d in best if d != doc_id][: FEEDBACK_DOCUMENTS - 1] or best[:1])
        if others not in event_profiles:  # at most FEEDBACK_DOCUMENTS distinct ones
            event_profiles[others] = _event_profile(others, profiles, rarity)
        weights, norm = event_profiles[others]
        own = profiles[doc_id]
        own_norm = math.sqrt(sum(rarity[key] ** 2 for key in own))
        shared = sum(weights[key] * rarity[key] for key in own if key in weights)
        scores[doc_id] = shared / (norm * own_norm) if norm and own_norm else 0.0
    return scores


def _event_profile(
    others: tuple[int, ...], profiles: dict[int, frozenset[str]], rarity: dict[str, float]
) -> tuple[dict[str, float], float]:
    """The weighted profile of the best documents, and its length (for the cosine)."""
    weights: Counter[str] = Counter()
    for other in others:
        for key in profiles[other]:
            weights[key] += rarity[key] / len(others)
    return dict(weights), math.sqrt(sum(w * w for w in weights.values()))
