"""Feedback from the best first answers: reports of one event share their names.

Why: a claim names only a few of the people and places of an event, but the
documents that report it best name many more, and the other reports name
them too ("Betty Ford Center", "Rancho Mirage", the judge). The names that
recur in the ``FEEDBACK_DOCUMENTS`` best answers to the claim's own words are
asked for again, with the claim's words, in a second candidate query: classic
pseudo-relevance feedback, on names only, because names tell one earthquake
or one rehab check-in from another where common words do not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from workbench.core.claim_terms import ClaimTerms
from workbench.core.sentences import STOPWORDS, stem

FEEDBACK_DOCUMENTS = 3
EXPANSION_NAMES = 10
MIN_NAME_LENGTH = 3
SHARED_BY = 2


def expansion_names(
    names: Sequence[frozenset[str]], terms: ClaimTerms, weight_of: Callable[[str], float]
) -> list[str]:
    """The ``EXPANSION_NAMES`` rarest names at least ``SHARED_BY`` of the best documents share.

    ``names`` are the best documents' lowercase names; ``weight_of`` gives a
    word's IDF. The claim's own words are left out (the first query asked for
    them), and so are numbers and very short words.
    """
    if len(names) < SHARED_BY:
        return []
    counts = Counter(name for found in names for name in found)
    shared = [
        name for name, count in counts.items()
        if count >= SHARED_BY and len(name) >= MIN_NAME_LENGTH and name not in STOPWORDS
        and not name.isdigit() and stem(name) not in terms.terms
    ]  # fmt: skip
    weight = {name: weight_of(name) * counts[name] for name in shared}
    return sorted(shared, key=lambda name: (-weight[name], name))[:EXPANSION_NAMES]
