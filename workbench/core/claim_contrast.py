"""Re-order candidates by the words that tell the claim's event from its topic's other one.

Why: most wrong documents high in a claim's list report the *other* event of
the same topic (another earthquake in the same country, another patch for the
same browser): the claim's words fit both. The first answers are mostly true
reports, and what they share that the rest of the list mostly does not write
(a province, a victim's name, the weapon) marks the claim's event, while what
every candidate writes ("earthquake", "magnitude") marks only the topic. So
the words at least ``SHARED_BY`` of the ``LEADERS`` first candidates write are
weighed by how much more often they appear there than in the first ``DEPTH``
candidates (times their rarity in the library), and the candidates after the
leaders move up by how many of those words they write. The other event leaves
its own mark: rare words no leader writes but a good share of the later
candidates do (the other province, the other victim) weigh against the
candidates writing them. A candidate writing the claim's numbers (a magnitude, an
age, an ordinal) moves up a little too. The leaders keep their
places (MRR rests on them), and the candidate order still counts as much as
the words do, so one lucky word cannot lift a document far.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from itertools import chain
from statistics import mean, pstdev

from workbench.core.claim_features import inverse_document_frequency

# The first candidates, kept in place, whose shared words are the event's.
LEADERS = 5
# Candidates compared: the leaders' words against these, and the ones re-ordered.
DEPTH = 20
# A word at least this many leaders write may mark the event.
SHARED_BY = 2
# Words more common in the library than this IDF (about 1 document in 33) mark nothing.
MIN_IDF = 4.5
# Words weighed at most, the sharpest contrasts first (each IDF is a query of the library).
MOST_WEIGHED = 30
# A word no leader writes marks the other event when at least this share of the later
# candidates write it.
OTHER_EVENT_SHARE = 1 / 3
# How far a candidate's standardised event-word score moves it, against its place in
# the list (the last place re-ordered counts 1 less than the first).
PULL = 1.0
# How far a candidate's standardised count of the claim's numbers it writes moves it (a
# quake's magnitude, a victim's age, "11th": what a reader of dev errors most often used
# to tell the two events apart, session 19). Weak beside the words: another event's
# report may write the same magnitude, and a report updating a toll writes another.
NUMBER_PULL = 0.25


def most_documents(total: int) -> int:
    """The most documents of a library of ``total`` a word may appear in and still weigh
    ``MIN_IDF`` (-1 when none may): a word's documents need counting only this far, as
    any word found in more marks nothing. Found from ``inverse_document_frequency``
    itself, so the bound and the weights cannot disagree at the edge."""
    most = math.floor((total + 1) * math.exp(1.0 - MIN_IDF)) - 1
    while inverse_document_frequency(total, most + 1) >= MIN_IDF:
        most += 1
    while most >= 0 and inverse_document_frequency(total, most) < MIN_IDF:
        most -= 1
    return max(most, -1)


def event_words(words: Sequence[frozenset[str]], weight: Callable[[str], float]
                ) -> dict[str, float]:
    """Weights of the words that mark the leaders' event among ``words`` (the word sets of
    the first candidates, in order): share among the leaders less share among all of them,
    times the word's IDF (``weight``); and, negative, of the words that mark the topic's
    other event (``other_event_words``). Only words that tell the later candidates apart
    (some write them, some do not) can move one, so only those are weighed: looking up
    a word's IDF is a query of the library, and most words the leaders share are not;
    of those, the ``MOST_WEIGHED`` sharpest contrasts."""
    leaders, rest = _counted(words)
    later = len(words) - LEADERS
    contrasts = {word: count / LEADERS - (count + rest[word]) / len(words)
                 for word, count in leaders.items()
                 if count >= SHARED_BY and 0 < rest[word] < later}
    sharpest = sorted((w for w, c in contrasts.items() if c > 0),
                      key=lambda w: (-contrasts[w], w))[:MOST_WEIGHED]
    marks: dict[str, float] = {}
    for word in sharpest:
        rarity = weight(word)
        if rarity >= MIN_IDF:
            marks[word] = contrasts[word] * rarity
    return marks | _other_event_marks(leaders, rest, later, weight)


def other_event_words(words: Sequence[frozenset[str]], weight: Callable[[str], float]
                      ) -> dict[str, float]:
    """Negative weights of the words that mark the topic's other event: rare words no
    leader writes and at least ``OTHER_EVENT_SHARE`` of the later candidates (but not all
    of them) do, weighed by that share times their IDF, the most shared ``MOST_WEIGHED``.

    Why: a report of the other event high in the list often writes every word the
    leaders share ("Indonesia", "magnitude", even the claim's town as a place named
    in passing), so the leaders' words alone cannot move it down; what gives it away
    is what it shares with the other reports of its own event and no leader writes
    (the other province, the other victim's name)."""
    leaders, rest = _counted(words)
    return _other_event_marks(leaders, rest, len(words) - LEADERS, weight)


def _counted(words: Sequence[frozenset[str]]) -> tuple[Counter[str], Counter[str]]:
    """In how many of the leaders, and of the later candidates, each word is written.

    Why counted once, in C (``chain``): feeding a ``Counter`` word by word from a
    generator was a sixth of batch suggestion's time; the counts are the same."""
    return (Counter(chain.from_iterable(words[:LEADERS])),
            Counter(chain.from_iterable(words[LEADERS:])))


def _other_event_marks(leaders: Counter[str], rest: Counter[str], later: int,
                       weight: Callable[[str], float]) -> dict[str, float]:
    """``other_event_words`` from the counts ``_counted`` made (``later`` candidates)."""
    common = [word for word, count in rest.items()
              if word not in leaders and OTHER_EVENT_SHARE * later <= count < later]
    marks: dict[str, float] = {}
    for word in sorted(common, key=lambda w: (-rest[w], w))[:MOST_WEIGHED]:
        rarity = weight(word)
        if rarity >= MIN_IDF:
            marks[word] = -rest[word] / later * rarity
    return marks


def contrast_order(candidates: list[int], words: Mapping[int, frozenset[str]],
                   weight: Callable[[str], float],
                   numbers: Mapping[int, int] | None = None) -> list[int]:
    """``candidates`` with those after the ``LEADERS`` first (up to ``DEPTH``) re-ordered
    by their place, the event words they write (``event_words``) and, when ``numbers``
    is given, how many of the claim's numbers each writes; ``words`` holds each of the
    first ``DEPTH`` candidates' lowercase words."""
    head = candidates[:DEPTH]
    if len(head) <= LEADERS + 1:
        return candidates
    marks = event_words([words[d] for d in head], weight)
    rest = head[LEADERS:]
    scores = [_written(marks, words[d]) for d in rest]
    found = [(numbers or {}).get(d, 0) for d in rest]
    if not pstdev(scores) and not pstdev(found):
        return candidates
    keys = {d: PULL * standardised[0] + NUMBER_PULL * standardised[1] - place / len(rest)
            for place, (d, *standardised) in enumerate(
                zip(rest, _standardised(scores), _standardised(found), strict=True))}
    return head[:LEADERS] + sorted(rest, key=lambda d: -keys[d]) + candidates[DEPTH:]


def _written(marks: dict[str, float], found: frozenset[str]) -> float:
    """The sum of the marks' weights of the words in ``found``, in the marks' order (a
    list summed, not a generator: the same sum, faster)."""
    return sum([weight for word, weight in marks.items() if word in found])


def _standardised(values: list[float] | list[int]) -> list[float]:
    """Each value's distance from the mean in standard deviations (all 0 when they agree)."""
    spread = pstdev(values)
    if not spread:
        return [0.0] * len(values)
    average = mean(values)
    return [(value - average) / spread for value in values]
