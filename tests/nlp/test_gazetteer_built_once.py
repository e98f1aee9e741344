"""The gazetteer is built once per process, also when threads ask for it together."""

from __future__ import annotations

from workbench.core.built_once import BuiltOnce
from workbench.nlp import gazetteer


def test_the_gazetteer_is_built_once() -> None:
    assert isinstance(gazetteer.places, BuiltOnce)
    assert gazetteer.places() is gazetteer.places()
    assert gazetteer.lookup("France") is not None
