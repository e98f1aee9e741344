"""A pure function of a text's spans answered once per span while the text stays the same.

Why: the entity passes clean and weigh the same spans of one document many times over
(a name's span is cleaned when it is read, again when its canonical name is made and
again after each relabelling; a mention's person evidence is read by both label votes),
and each answer rests only on the text and the arguments. Only the latest text's answers
are kept, in each thread, so the memory is one document's and nothing outlives the next
document; the text is told by identity, so no long text is ever compared or hashed.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from workbench.core.models import Mention

T = TypeVar("T")


class LatestTextMemo(Generic[T]):
    """``function(text, *args)`` remembered per ``args`` for the latest ``text`` (per thread).

    Only for functions whose answer depends on nothing but their arguments (no state,
    no other global that changes) and whose arguments after the text are hashable."""

    def __init__(self, function: Callable[..., T]) -> None:
        functools.update_wrapper(self, function)
        self._function = function
        self._local = threading.local()

    def __call__(self, text: str, *args: Hashable) -> T:
        local: Any = self._local
        if getattr(local, "text", None) is not text:
            local.text = text
            local.answers = {}
        answers: dict[tuple[Hashable, ...], T] = local.answers
        if args in answers:
            return answers[args]
        answer = answers[args] = self._function(text, *args)
        return answer


class MentionSpan:
    """A mention told apart by its span, words and label only: a memo argument.

    Why: a later pass reads the mentions an earlier one read with their ``entity`` (the
    resolved name) changed, so whole mentions never compare equal across the two; a
    function of the span, its words and label answers both the same."""

    __slots__ = ("_key", "mention")

    def __init__(self, mention: Mention) -> None:
        self.mention = mention
        self._key = (mention.start, mention.end, mention.text, mention.label)

    def __hash__(self) -> int:
        return hash(self._key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MentionSpan) and self._key == other._key
