"""The gazetteer is built once per process, also when threads ask for it together, and
folds accents only where a name has some."""

from __future__ import annotations

from workbench.core.built_once import BuiltOnce
from workbench.nlp import gazetteer


def test_the_gazetteer_is_built_once() -> None:
    assert isinstance(gazetteer.places, BuiltOnce)
    assert gazetteer.places() is gazetteer.places()
    assert gazetteer.lookup("France") is not None


def test_an_ascii_name_is_its_own_folding_and_an_accented_one_is_folded() -> None:
    name = "".join(["Bog", "ota"])  # built at run time: not an interned constant
    assert gazetteer._ascii(name) is name  # no Unicode pass for the common case
    assert gazetteer._ascii("Bogotá") == "Bogota" and gazetteer._ascii("Zürich") == "Zurich"
    assert gazetteer._ascii("東京") == "東京"  # nothing left once folded: kept as it is
    assert gazetteer.lookup("Zurich") is gazetteer.lookup("Zürich") is not None
