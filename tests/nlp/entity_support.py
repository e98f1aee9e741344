"""Hand-made model mentions for the entity tests (one copy, not one per test file)."""

from __future__ import annotations

from workbench.core.models import Mention


def tag(text: str, surface: str, label: str, occurrence: int = 0) -> Mention:
    """A model-style mention of the ``occurrence``-th ``surface`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label, surface)


def body(mentions: list[Mention]) -> set[tuple[str, str, str]]:
    """(surface, entity, label) of body mentions."""
    return {(m.text, m.entity, m.label) for m in mentions if m.field == "text"}


def entities(mentions: list[Mention]) -> dict[str, str]:
    """Body entity -> label."""
    return {m.entity: m.label for m in mentions if m.field == "text"}
