"""The domain's words, once: statuses, relations, colours and entity labels.

Why one module: the store validates against these, the exports print them
and the window offers them in menus; a copy in any of those drifts the day a
status or relation is added. Adding a claim relation means adding one line to
``RELATION_WORDING`` (and a migration for the schema's CHECK, if any).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# -- claims and links ------------------------------------------------------------

CLAIM_STATUSES = ("unverified", "corroborated", "disputed", "retracted")
DEFAULT_CLAIM_STATUS = "unverified"

# How a link reads from its source claim and from its target claim; a relation
# that reads the same both ways is symmetric (stored once, never reversed).
RELATION_WORDING: dict[str, tuple[str, str]] = {
    "supports": ("supports", "supported by"),
    "contradicts": ("contradicts", "contradicts"),
    "same": ("same", "same"),
    "elaborates": ("elaborates", "elaborated by"),
    "cites": ("cites", "cited by"),
}
RELATIONS = tuple(RELATION_WORDING)
SYMMETRIC_RELATIONS = frozenset(
    name for name, (outgoing, incoming) in RELATION_WORDING.items() if outgoing == incoming
)
#: Relations one pair of claims cannot hold both of: a claim cannot contradict the claim it
#: is the same as or supports (either way round); an analyst's second link of the other kind
#: on that pair is refused, naming the link to remove first.
OPPOSED_RELATIONS = frozenset({
    frozenset({"contradicts", "same"}), frozenset({"contradicts", "supports"}),
})


def relation_reads(relation: str, outgoing: bool) -> str:
    """How a link reads from one of its claims ("supports" out, "supported by" in)."""
    wording = RELATION_WORDING.get(relation)
    if wording is None:
        return relation
    return wording[0] if outgoing else wording[1]


# -- annotations ------------------------------------------------------------------

ANNOTATION_KINDS = ("highlight", "note", "claim")
# Whether an annotation still sits on its text, or lost its place in a new version.
ANNOTATION_STATUSES = ("anchored", "orphaned")
HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
HIGHLIGHT_COLORS = {
    "yellow": "#fde68a",
    "green": "#bbf7d0",
    "blue": "#bfdbfe",
    "pink": "#fbcfe8",
    "orange": "#fed7aa",
    "purple": "#ddd6fe",
}
DEFAULT_HIGHLIGHT_COLOR = "yellow"


def color_value(name: str | None) -> str | None:
    """Accept a colour name from HIGHLIGHT_COLORS or #rrggbb; None stays None."""
    if name is None:
        return None
    if name in HIGHLIGHT_COLORS:
        return HIGHLIGHT_COLORS[name]
    if len(name) == 7 and name.startswith("#"):
        int(name[1:], 16)
        return name.lower()
    raise ValueError(f"unknown colour {name!r}; use {', '.join(HIGHLIGHT_COLORS)} or #rrggbb")


# -- documents --------------------------------------------------------------------

STATUS_PENDING = "pending"
STATUS_ANALYZED = "analyzed"
STATUS_UNANALYZED = "unanalyzed"
STATUS_FAILED = "failed"
# Every value documents.status can take (the analysis lifecycle).
DOCUMENT_STATUSES = (STATUS_PENDING, STATUS_ANALYZED, STATUS_UNANALYZED, STATUS_FAILED)

# -- tags -------------------------------------------------------------------------

TAG_COLORS = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
# -- entity labels ------------------------------------------------------------------


@dataclass(frozen=True)
class EntityLabel:
    """A model label with its human names: one for legends and menus, one for headings."""

    code: str
    name: str
    plural: str


# In the order an exported note lists its entity sections.
ENTITY_LABEL_TABLE = (
    EntityLabel("PERSON", "Person", "People"),
    EntityLabel("ORG", "Organisation", "Organisations"),
    EntityLabel("GPE", "Country/city", "Countries, cities and states"),
    EntityLabel("LOC", "Location", "Locations"),
    EntityLabel("NORP", "Group", "Nationalities and groups"),
    EntityLabel("FAC", "Facility", "Facilities"),
    EntityLabel("EVENT", "Event", "Events"),
    EntityLabel("LAW", "Law", "Laws"),
    EntityLabel("PRODUCT", "Product", "Products"),
    EntityLabel("WORK_OF_ART", "Work", "Works"),
    EntityLabel("LANGUAGE", "Language", "Languages"),
    EntityLabel("DATE", "Date", "Dates"),
    EntityLabel("TIME", "Time", "Times"),
    EntityLabel("MONEY", "Money", "Money"),
    EntityLabel("PERCENT", "Percent", "Percentages"),
    EntityLabel("QUANTITY", "Quantity", "Quantities"),
    EntityLabel("ORDINAL", "Ordinal", "Ordinals"),
    EntityLabel("CARDINAL", "Number", "Numbers"),
)
ENTITY_LABEL_NAMES = {label.code: label.name for label in ENTITY_LABEL_TABLE}
ENTITY_LABEL_PLURALS = {label.code: label.plural for label in ENTITY_LABEL_TABLE}
# The types an analyst can give an entity (the Change type menu, `entities retype`).
ENTITY_LABELS = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "FAC",
    "EVENT",
    "LAW",
    "DATE",
    "TIME",
    "PRODUCT",
    "WORK_OF_ART",
    "LANGUAGE",
)
# Dates, times, amounts and numbers: the Entities view lists them apart from names (the
# timeline is where dates live); every other label is a name there.
DATE_AND_NUMBER_LABELS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL")
# Labels of named things (no dates or numbers): key entities, co-occurrence, duplicates.
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT")
# Labels a quote's speaker can have, most likely first.
SPEAKER_LABELS = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC")
# A date or time entity that is a length of time ("five years", "three hours"): the
# analysis labels it DATE or TIME (TimeML does), the lists show it as a kind of its own.
DURATION_KIND = "DURATION"
DURATION_NAME = "Duration"


def entity_label_name(label: str) -> str:
    """Human name of an entity type ("GPE" → "Country/city"; unknown ones title-cased)."""
    return ENTITY_LABEL_NAMES.get(label) or label.replace("_", " ").title()


# -- grades (the NATO/Admiralty code) -------------------------------------------------
#
# Why both scales here: the store checks grades against them, the CLI names the
# valid range in its errors, the exports print the wording and the window offers
# them in menus. The wording is the standard one (STANAG 2511 / AJP-2.1).

RELIABILITY_WORDING: dict[str, str] = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
CREDIBILITY_WORDING: dict[int, str] = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}
RELIABILITY_GRADES = tuple(RELIABILITY_WORDING)
NOT_GRADED = "Not graded"
CREDIBILITY_GRADES = tuple(CREDIBILITY_WORDING)


def _range_text(wording: dict[str, str] | dict[int, str]) -> str:
    return ", ".join(f"{grade} {words}" for grade, words in wording.items())


RELIABILITY_RANGE = "A-F: " + _range_text(RELIABILITY_WORDING)
CREDIBILITY_RANGE = "1-6: " + _range_text(CREDIBILITY_WORDING)


def parse_reliability(value: object) -> str:
    """A reliability grade ("b", " B " → "B"); ValueError naming A-F with their wording."""
    grade = value.strip().upper() if isinstance(value, str) else None
    if grade not in RELIABILITY_WORDING:
        raise ValueError(f"reliability must be one of {RELIABILITY_RANGE} (got {value!r})")
    return grade


def parse_credibility(value: object) -> int:
    """A credibility grade (2, "2" → 2); ValueError naming 1-6 with their wording.

    Booleans and floats are refused: ``True`` is not grade 1, and 2.5 is no grade.
    """
    grade: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        grade = value
    elif isinstance(value, str) and value.strip().isdigit():
        grade = int(value.strip())
    if grade not in CREDIBILITY_WORDING:
        raise ValueError(f"credibility must be one of {CREDIBILITY_RANGE} (got {value!r})")
    return grade


def ungraded_wording(inherited: str | None = None) -> str:
    """The choice that clears a grade: "Not graded", "Not graded (inherits C from its source)".

    Why one wording: the Grade menu said "Not graded" for a claim and a source but
    "Inherit from Source" for a document, two names for one act (removing the
    grade); the CLI says "not graded" and "inherits C from", and so does this.
    """
    return NOT_GRADED + (f" (inherits {inherited} from its source)" if inherited else "")


def grade_code(reliability: str | None, credibility: int | None) -> str:
    """The compact grade of a claim, "B2"; a missing half is "?" ("?2", "B?"); none is "".

    Why "?" and not "-": a cell starting with "-" reads as a formula in a spreadsheet.
    """
    if reliability is None and credibility is None:
        return ""
    return f"{reliability or '?'}{credibility if credibility is not None else '?'}"


def grade_wording(reliability: str | None, credibility: int | None) -> str:
    """The grade in words: "Usually reliable source; probably true" (missing halves left out)."""
    parts = []
    if reliability == "F":
        parts.append("Source reliability cannot be judged")
    elif reliability is not None:
        parts.append(f"{RELIABILITY_WORDING[reliability]} source")
    if credibility is not None:
        words = CREDIBILITY_WORDING[credibility]
        parts.append(words[0].lower() + words[1:] if parts else words)
    return "; ".join(parts)


# -- ACH ratings (Heuer's Analysis of Competing Hypotheses) -------------------------------
#
# How one item of evidence bears on one hypothesis; the short code is what the matrix,
# the CLI and the exports write, the long name what a person may type.

ACH_RATING_WORDING: dict[str, str] = {
    "CC": "very consistent",
    "C": "consistent",
    "N": "neutral or not applicable",
    "I": "inconsistent",
    "II": "very inconsistent",
}
ACH_RATINGS = tuple(ACH_RATING_WORDING)
_ACH_RATING_NAMES = {
    "very-consistent": "CC",
    "consistent": "C",
    "neutral": "N",
    "not-applicable": "N",
    "na": "N",
    "inconsistent": "I",
    "very-inconsistent": "II",
}


def parse_ach_rating(value: object) -> str:
    """A rating code from "CC", "c" or "very-consistent"; ValueError names every rating."""
    text = ""
    if isinstance(value, str):
        text = "-".join(value.strip().lower().replace("_", " ").split())
    code = _ACH_RATING_NAMES.get(text)
    if code is None and text.upper() in ACH_RATING_WORDING:
        code = text.upper()
    if code is None:
        choices = ", ".join(f"{c} ({w})" for c, w in ACH_RATING_WORDING.items())
        raise ValueError(f"rating must be one of {choices} (got {value!r})")
    return code
