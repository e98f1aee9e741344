"""``LatestTextMemo`` answers as the function it wraps, once per span of the latest text."""

from __future__ import annotations

import threading

from workbench.core.text_memo import LatestTextMemo


def _counting() -> tuple[LatestTextMemo[str], list[tuple[str, int]]]:
    calls: list[tuple[str, int]] = []

    def word_at(text: str, start: int) -> str:
        calls.append((text, start))
        return text[start:].split(" ")[0]

    return LatestTextMemo(word_at), calls


def test_a_span_is_answered_once_per_text() -> None:
    word_at, calls = _counting()
    text = "Mayor Anna Price said"
    assert [word_at(text, 6), word_at(text, 6), word_at(text, 11)] == ["Anna", "Anna", "Price"]
    assert calls == [(text, 6), (text, 11)]


def test_a_new_text_forgets_the_old_answers() -> None:
    word_at, calls = _counting()
    first = "Anna Price said"
    second = "".join(["Bob ", "Hart said"])
    assert word_at(first, 0) == "Anna"
    assert word_at(second, 0) == "Bob"
    assert word_at(first, 0) == "Anna"  # asked again after another text: computed again
    assert len(calls) == 3


def test_threads_keep_their_own_text() -> None:
    word_at, _ = _counting()
    answers: dict[str, str] = {}

    def ask(name: str, text: str) -> None:
        for _ in range(200):
            answers[name] = word_at(text, 0)

    threads = [threading.Thread(target=ask, args=(name, f"{name} said")) for name in "ABCD"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == {name: name for name in "ABCD"}

