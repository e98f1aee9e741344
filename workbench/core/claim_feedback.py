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
from collections.abc import Callable, Mapping, Sequence

from workbench.core.claim_contrast import LEADERS
from workbench.core.claim_terms import ClaimTerms
from workbench.core.event_names import full_name, name_words, overlapping
from workbench.core.sentences import STOPWORDS, stem

FEEDBACK_DOCUMENTS = 3
# First answers whose bm25() the second query's names add to (see store.suggestions).
FEEDBACK_POOL = 50
EXPANSION_NAMES = 10
# Names of the claim's own document asked for (see ``context_names``).
CONTEXT_NAMES = 10
# A name written more often than this in the claim's document weighs no more.
CONTEXT_REPEATS = 3
MIN_NAME_LENGTH = 3
SHARED_BY = 2
# Names in more of the library than this share are too common to ask for.
COMMON_NAME_SHARE = 0.02
COMMON_NAME_DOCUMENTS = 20


def expansion_names(
    names: Sequence[frozenset[str]], terms: ClaimTerms, weight_of: Callable[[str], float],
    least_weight: float = 0.0,
) -> list[str]:
    """The ``EXPANSION_NAMES`` rarest names at least ``SHARED_BY`` of the best documents share.

    ``names`` are the best documents' lowercase names; ``weight_of`` gives a
    word's IDF, and names under ``least_weight`` are left out: capitalised
    words every other document writes ("Post", "Council") name no event and
    make the query slow. So are the claim's own words (the first query asked
    for them), numbers and very short words.
    """
    if len(names) < SHARED_BY:
        return []
    counts = Counter(name for found in names for name in found)
    shared = [name for name, count in counts.items()
              if count >= SHARED_BY and _askable(name, terms)]
    rarity = {name: weight_of(name) for name in shared}
    weight = {name: rarity[name] * counts[name] for name in shared if rarity[name] >= least_weight}
    return _heaviest(weight, EXPANSION_NAMES)


def feedback_order(words_order: Sequence[int], joint_order: Sequence[int]) -> list[int]:
    """A statement alone's candidates: ``joint_order`` (its words and the names its best
    answers share, ``expansion_names``) with the best answer to its words first, and among
    the first ``LEADERS`` those that are also among the first ``LEADERS`` answers to its
    words alone (``words_order``) put back in the words' order, in the places they hold.

    Why: the names choose the leaders well (the event's reports share them), but among
    documents the words also rank high they often put a report of the topic's other event,
    or a page writing the names over and over, before a true report the words ranked
    higher (on ECB+ dev, statements alone: MRR 0.944 -> 0.945, headlines 0.890 -> 0.891;
    the leaders, and so recall, unchanged). A leader only the names brought in keeps its
    place: that is what the names are asked for. The contrast keeps the leaders in place.
    """
    if not words_order:
        return list(joint_order)
    best = words_order[0]
    joint = [best, *[doc for doc in joint_order if doc != best]]
    head, ranked = joint[:LEADERS], set(words_order[:LEADERS])
    place = {doc: index for index, doc in enumerate(words_order[:LEADERS])}
    reordered = iter(sorted((doc for doc in head if doc in ranked), key=place.__getitem__))
    return [next(reordered) if doc in ranked else doc for doc in head] + joint[LEADERS:]


def context_names(
    counts: Mapping[str, int], terms: ClaimTerms, weight_of: Callable[[str], float],
    least_weight: float = 0.0,
) -> list[str]:
    """The ``CONTEXT_NAMES`` heaviest names of the document the claim comes from.

    Why: a claim sentence names few of its event's people and places ("Smith will
    play the time lord in 2010"), but its own document names them all, and they
    are what tells this event from a similar one (Smith's casting from Capaldi's).
    A name weighs its rarity times how often the document writes it (at most
    ``CONTEXT_REPEATS``); the claim's own words, numbers, short and common
    names (under ``least_weight``) are left out, as in ``expansion_names``.
    """
    weight = {}
    for name, count in counts.items():
        if not _askable(name, terms):
            continue
        rarity = weight_of(name)
        if rarity >= least_weight:
            weight[name] = rarity * min(count, CONTEXT_REPEATS)
    return _heaviest(weight, CONTEXT_NAMES)


def _askable(name: str, terms: ClaimTerms) -> bool:
    """Whether a name may join a candidate query: not a short word, a stopword or a
    number, nor made of the claim's own words only (the first query asked for them:
    "boris johnson" is asked for a claim naming "Johnson", "johnson" is not)."""
    return (len(name) >= MIN_NAME_LENGTH and name not in STOPWORDS and not name.isdigit()
            and any(stem(word) not in terms.terms for word in name_words(name)
                    if word not in STOPWORDS))


def _heaviest(weight: Mapping[str, float], count: int) -> list[str]:
    """The ``count`` heaviest names, ties broken alphabetically (stable query text), each
    person or place once: a name that ends a heavier one, or that a heavier one ends
    ("johnson" beside "boris johnson"), is the same name again and is left out; each is
    asked for as its full name (``event_names.full_name``: "boris johnson", not "johnson")."""
    chosen: list[str] = []
    for name in sorted(weight, key=lambda name: (-weight[name], name)):
        if len(chosen) == count:
            break
        asked = full_name(name, weight)
        if not any(overlapping(asked, other) for other in chosen):
            chosen.append(asked)
    return chosen
