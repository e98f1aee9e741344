"""Holders' names without the short forms another name ends with, read in one pass."""

from __future__ import annotations

from workbench.nlp.speaker_roles import _without_short_forms


def _pairwise(entities: set[str]) -> set[str]:
    return {e for e in entities
            if not any(o != e and o.endswith(f" {e}") for o in entities)}


def test_same_holders_as_pairing_every_name() -> None:
    cases = [
        {"President Donald Trump", "Donald Trump", "Trump", "Melania Trump"},
        {"Ann Lee", "Lee", "Leeds", "Bruce Lee Jr"},
        {"A  B", " B", "B", "AB"},
        {"Trump"},
        set(),
    ]
    for entities in cases:
        assert _without_short_forms(entities) == _pairwise(entities)
    assert _without_short_forms({"President Donald Trump", "Trump", "Melania Trump"}) == {
        "President Donald Trump", "Melania Trump"}
