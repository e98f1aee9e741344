"""A page of run-on names, each longer than the short-form index files, resolves in
near-linear work, and finds the same short forms as comparing every pair.

Attack run 14: "USS Carney USS USS HMS Queen USS ..." twenty thousand times made the model
tag hundreds of names of dozens to thousands of words. A short form longer than the index
files (``MAX_FILED_WORDS``) was compared with every longer name, each comparison reading
the whole name: 110,000 characters spent 23 s of 86 in ``abbreviates``.
"""

from __future__ import annotations

import random

import pytest

from workbench.nlp import resolution, short_form_index
from workbench.nlp.short_form_index import MAX_FILED_WORDS

Key = tuple[str, ...]


def _run_on_names(count: int) -> list[Key]:
    words = random.Random(14)
    names: list[Key] = []
    for _ in range(count):
        size = words.randint(MAX_FILED_WORDS + 1, 3 * MAX_FILED_WORDS)
        names.append(tuple(words.choice(["USS", "Carney", "HMS", "Queen"]) for _ in range(size)))
    return names


def _related(names: list[Key]) -> list[Key]:
    """Long names and the long forms that abbreviate them every way ``abbreviates`` knows."""
    body = ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota")
    related = [
        (*body, "Kappa"), body, (*body, "Inc."), ("The", *body, "Kappa"),  # trailing, leading
        ("Kappa", "Ministry", "of", *body), (*body, "Ministry"),  # inverted institution
        ("John", "R.", *body, "Bolton", "Jr."), ("John", *body, "Bolton"),  # initials, Jr.
        (*body, "Bolton", "Jr."), (*body, "Bolton"),
    ]
    return names + related


@pytest.mark.parametrize("label", ["ORG", "PERSON", "PRODUCT"])
def test_long_short_forms_find_what_comparing_every_pair_finds(label: str) -> None:
    keys = _related(_run_on_names(300))
    index = resolution.short_form_index(keys, label)
    for short in set(keys):
        expected = {full for full in set(keys) if resolution.abbreviates(short, full, label)}
        assert index.longer(short) == expected, short


def test_long_names_are_compared_with_few_others(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    real = resolution.abbreviates

    def counted(*args: object) -> bool:
        calls[0] += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(short_form_index, "abbreviates", counted, raising=False)
    monkeypatch.setattr(resolution, "abbreviates", counted)
    keys = _run_on_names(2_000)
    resolution._targets(keys, "PRODUCT")  # noqa: SLF001 - the resolver's own entry point
    assert calls[0] < 20 * len(keys)
