"""Candidates re-ordered by the words that mark the first answers' event."""

from workbench.core.claim_contrast import (
    DEPTH,
    LEADERS,
    MIN_IDF,
    contrast_order,
    event_words,
    most_documents,
    other_event_words,
)
from workbench.core.claim_features import inverse_document_frequency

RARE = 6.0
COMMON = 1.5


def weight(word: str) -> float:
    """Every test word is rare in the library except the topic's own words."""
    return COMMON if word in {"earthquake", "magnitude"} else RARE


def quake_lists() -> tuple[list[int], dict[int, frozenset[str]]]:
    """Five leaders report the Aceh quake; places 6-8 the Papua one, 9-10 Aceh again."""
    topic = {"earthquake", "magnitude", "indonesia"}
    aceh = frozenset(topic | {"aceh", "takengon"})
    papua = frozenset(topic | {"papua", "manokwari"})
    words = {d: aceh for d in range(1, LEADERS + 1)}
    words |= {6: papua, 7: papua, 8: papua, 9: aceh, 10: aceh}
    return list(range(1, 11)), words


def test_words_the_leaders_share_and_the_rest_do_not_write_mark_the_event() -> None:
    candidates, words = quake_lists()
    marks = event_words([words[d] for d in candidates], weight)
    assert {w for w, mark in marks.items() if mark > 0} == {"aceh", "takengon"}


def test_words_no_leader_writes_and_a_third_of_the_rest_do_mark_the_other_event() -> None:
    """Papua's words (three of the five later candidates) weigh against; a word a single
    later candidate writes, or a common one, marks nothing."""
    candidates, words = quake_lists()
    words[9] = words[9] | {"sumatra"}
    words[6] = words[6] | {"tsunami"}
    marks = other_event_words([words[d] for d in candidates], weight)
    assert set(marks) == {"papua", "manokwari"}
    assert all(mark < 0 for mark in marks.values())
    assert set(event_words([words[d] for d in candidates], weight)) >= set(marks)


def test_reports_of_the_other_event_that_write_the_event_words_too_move_down() -> None:
    """The Papua reports name Aceh and Takengon in passing, so the leaders' words cannot
    tell them apart: what only they share can."""
    candidates, words = quake_lists()
    aceh = words[1]
    words |= {d: aceh | {"papua", "manokwari"} for d in (6, 7, 8)}
    assert contrast_order(candidates, words, weight) == [1, 2, 3, 4, 5, 9, 10, 6, 7, 8]


def test_reports_of_the_other_event_move_below_those_writing_the_event_words() -> None:
    candidates, words = quake_lists()
    assert contrast_order(candidates, words, weight) == [1, 2, 3, 4, 5, 9, 10, 6, 7, 8]


def test_the_leaders_keep_their_places() -> None:
    candidates, words = quake_lists()
    words[1] = frozenset({"earthquake"})
    assert contrast_order(candidates, words, weight)[:LEADERS] == candidates[:LEADERS]


def test_common_words_mark_nothing_and_leave_the_order() -> None:
    candidates, words = quake_lists()
    words = {d: frozenset(w - {"aceh", "takengon", "papua", "manokwari", "indonesia"})
             for d, w in words.items()}
    assert event_words([words[d] for d in candidates], weight) == {}
    assert contrast_order(candidates, words, weight) == candidates


def test_a_candidate_writing_the_claims_numbers_moves_up_a_little() -> None:
    """With the event words equal, the one report writing the claim's number moves up,
    but not past the leaders nor all the way (its pull is a quarter of the words')."""
    candidates, words = quake_lists()
    words = {d: words[1] for d in candidates}
    ordered = contrast_order(candidates, words, weight, {10: 1})
    assert ordered[:LEADERS] == candidates[:LEADERS]
    assert LEADERS < ordered.index(10) < len(candidates) - 1
    assert contrast_order(candidates, words, weight, {d: 1 for d in candidates}) == candidates
    assert contrast_order(candidates, words, weight) == candidates


def test_candidates_past_the_depth_stay_where_they_are() -> None:
    candidates = list(range(1, DEPTH + 6))
    words = {d: frozenset({"aceh"} if d <= LEADERS or d > DEPTH - 2 else {"papua"})
             for d in candidates}
    ordered = contrast_order(candidates, words, weight)
    assert ordered[DEPTH:] == candidates[DEPTH:]
    assert ordered[LEADERS:LEADERS + 2] == [DEPTH - 1, DEPTH]


def test_document_words_are_the_documents_vocabulary_and_title_words() -> None:
    """``document_words`` reads the words ``document_data`` would: its vocabulary plus the
    accent-folded lowercase words of its title."""
    from workbench.core.claim_documents import document_data, document_words

    title, text = "Zürich’s CAFÉ Reopens", "Naïve O'Neil said it's 7.2 — the café re-opened."
    data = document_data(title, text, None, [], [], [])
    titled = {w.lower() for found in data.title_by_stem.values() for w in found}
    assert document_words(title, text) == frozenset(data.vocabulary) | titled
    assert {"zurich’s", "cafe", "reopens", "naive", "o'neil"} <= document_words(title, text)


def test_most_documents_is_the_last_count_whose_word_still_marks() -> None:
    """A word in ``most_documents(total)`` documents weighs at least ``MIN_IDF`` and one in
    a single document more weighs less, for libraries small and large (none marks in a
    library too small to hold a rare word)."""
    for total in [*range(0, 200), 999, 10_000, 12_345, 250_000]:
        most = most_documents(total)
        assert inverse_document_frequency(total, most + 1) < MIN_IDF
        assert most == -1 or inverse_document_frequency(total, most) >= MIN_IDF
    assert most_documents(10) == -1 and most_documents(10_000) > 0


def _reference_marks(words: list[frozenset[str]], weight_of) -> dict[str, float]:  # noqa: ANN001
    """The event words as session 20 counted them, word by word (the speed-up's yardstick)."""
    from collections import Counter

    from workbench.core.claim_contrast import MOST_WEIGHED, OTHER_EVENT_SHARE, SHARED_BY

    leaders = Counter(word for found in words[:LEADERS] for word in found)
    everywhere = Counter(word for found in words for word in found)
    later = len(words) - LEADERS
    contrasts = {word: count / LEADERS - everywhere[word] / len(words)
                 for word, count in leaders.items()
                 if count >= SHARED_BY and 0 < everywhere[word] - count < later}
    sharpest = sorted((w for w, c in contrasts.items() if c > 0),
                      key=lambda w: (-contrasts[w], w))[:MOST_WEIGHED]
    marks = {w: contrasts[w] * weight_of(w) for w in sharpest if weight_of(w) >= MIN_IDF}
    rest = words[LEADERS:]
    counts = Counter(word for found in rest for word in found if word not in leaders)
    common = [w for w, c in counts.items() if OTHER_EVENT_SHARE * len(rest) <= c < len(rest)]
    for word in sorted(common, key=lambda w: (-counts[w], w))[:MOST_WEIGHED]:
        if weight_of(word) >= MIN_IDF:
            marks[word] = -counts[word] / len(rest) * weight_of(word)
    return marks


def test_event_words_weigh_exactly_as_counting_word_by_word_did() -> None:
    """Counted in C once for both kinds of marks: the same words, weights (to the bit) and
    order as counting each word from a generator, on random candidate lists."""
    import random

    rng = random.Random(7)
    vocabulary = [f"w{n}" for n in range(120)]
    rarity = {w: rng.choice([COMMON, 4.4, 4.5, RARE, 9.0]) for w in vocabulary}
    for size in (LEADERS, LEADERS + 1, 12, DEPTH):
        for _ in range(40):
            words = [frozenset(rng.sample(vocabulary, rng.randint(0, 60))) for _ in range(size)]
            expected = _reference_marks(words, rarity.__getitem__)
            found = event_words(words, rarity.__getitem__)
            assert list(found.items()) == list(expected.items())
            assert list(other_event_words(words, rarity.__getitem__).items()) == [
                (w, m) for w, m in expected.items() if m < 0]
