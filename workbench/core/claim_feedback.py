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
    scores = {}
    for doc_id in order:
        others = [d for d in best if d != doc_id][: FEEDBACK_DOCUMENTS - 1] or best[:1]
        weights: Counter[str] = Counter()
        for other in others:
            for key in profiles[other]:
                weights[key] += rarity[key] / len(others)
        total = math.sqrt(sum(w * w for w in weights.values()))
        own = math.sqrt(sum(rarity[key] ** 2 for key in profiles[doc_id]))
        shared = sum(w * rarity[key] for key, w in weights.items() if key in profiles[doc_id])
        scores[doc_id] = shared / (total * own) if total and own else 0.0
    return scores
