"""The Turkish dotted capital İ folds to a plain "i" in ``label_key``.

Before: ``"İ".casefold()`` is "i" and a combining dot above (U+0307), so
"İSTANBUL BELEDİYESİ" and "İstanbul Belediyesi" had different keys from
"istanbul belediyesi", and ``entities --name istanbul`` missed "İstanbul".
The dotless "ı" is another letter in Turkish and stays distinct.
"""

from __future__ import annotations

import pytest

from workbench.core.labels import label_key, source_key
from workbench.core.text import distinct_aliases


@pytest.mark.parametrize("spelling", [
    "İSTANBUL BELEDİYESİ", "İstanbul Belediyesi", "ISTANBUL BELEDIYESI", "istanbul belediyesi",
    "I\u0307stanbul Belediyesi",  # the capital written decomposed
])
def test_every_spelling_of_istanbul_has_one_key(spelling: str) -> None:
    assert label_key(spelling) == "istanbul belediyesi"
    assert source_key(f" {spelling} ") == "istanbul belediyesi"


def test_the_dotless_i_stays_another_letter() -> None:
    assert label_key("ıstanbul") != label_key("istanbul")
    assert label_key("KIRIKKALE") != label_key("Kırıkkale")


def test_an_accent_after_the_dotted_capital_is_kept() -> None:
    assert label_key("İ\u0301") == label_key("í") == "í"


def test_the_dotted_capital_is_no_alias_of_its_own() -> None:
    assert distinct_aliases("İzmir", ["izmir", "IZMIR", "İZMİR"]) == []
