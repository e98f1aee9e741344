"""A page naming thousands of bodies, each with its acronym, resolves in near-linear work.

Attack run 12: "the Xlpha Yeta Zamma Agency (XYZ) said XYZ will act." written 20,000
times with different letters. Resolution compared every organisation name with every
other (and each quoted acronym with every organisation), so a 160,000-character page
spent two minutes in ``abbreviates``. The count of comparisons is what must stay small
(seconds depend on the machine; the speed target lives in the benchmarks).
"""

from __future__ import annotations

import itertools
import string

import pytest

from workbench.core.models import Mention
from workbench.nlp import canonical_links, resolution, short_form_index
from workbench.nlp.canonical_links import CanonicalLinks
from workbench.nlp.names import name_tokens

NAMES = 1_500


def _bodies() -> list[tuple[str, str]]:
    """(full name, acronym) pairs with distinct letters: "Aondo Bondo Condo Agency", "ABCA"."""
    triples = itertools.islice(itertools.product(string.ascii_uppercase, repeat=3), NAMES)
    return [(" ".join(c + "ondo" for c in t) + " Agency", "".join(t) + "A") for t in triples]


@pytest.fixture
def comparisons(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts every call of ``abbreviates`` wherever it is looked up."""
    calls = [0]
    real = resolution.abbreviates

    def counted(*args: object) -> bool:
        calls[0] += 1
        return real(*args)  # type: ignore[arg-type]

    for module in (resolution, short_form_index, canonical_links):
        monkeypatch.setattr(module, "abbreviates", counted, raising=False)
    return calls


def test_resolution_compares_each_name_with_few_others(comparisons: list[int]) -> None:
    bodies = _bodies()
    keys = [name_tokens(full) for full, _ in bodies] + [(acronym,) for _, acronym in bodies]
    targets = resolution._targets(keys, "ORG")
    assert all(targets[(acronym,)] == {name_tokens(full)} for full, acronym in bodies)
    assert comparisons[0] < 20 * len(keys)


def test_quoted_bodies_link_through_the_index(comparisons: list[int]) -> None:
    bodies = _bodies()
    bodies.append(("United States Department of State", "USDS"))
    text = " ".join(f"the {full} said." for full, _ in bodies)
    mentions, at = [], 0
    for full, _ in bodies:
        start = text.index(full, at)
        at = start + len(full)
        mentions.append(Mention(text=full, label="ORG", start=start, end=at, entity=full))
    links = CanonicalLinks(mentions, text)
    assert all(links.link(full, full) == full for full, _ in bodies)  # each quoted once
    assert links.link("The Bondo Condo Agency", None) == "The Bondo Condo Agency"  # three
    assert links.link("The State Department", None) == "United States Department of State"
    assert comparisons[0] < 20 * len(bodies)
