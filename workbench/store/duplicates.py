"""Find likely duplicate entities: spelling variants, initials, and unambiguous short names."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz

from workbench.core.vocabulary import entity_label_name

THRESHOLD = 90.0
# Below every within-type pair: one name under two types is as often two things (Jordan the
# country, Jordan the player) as one the model typed twice ("Brexit" as a PERSON and an ORG).
NAMESAKE_SCORE = 80.0


def normalized_name(name: str) -> str:
    """Casefolded, accent-free, hyphen- and punctuation-free form for duplicate detection."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"[-‐‑–—_.']", " ", plain.casefold())
    plain = re.sub(r"[^\w\s]", "", plain)
    return " ".join(plain.split())


def _pair(
    first: dict[str, Any], second: dict[str, Any], score: float, reason: str
) -> dict[str, Any]:
    keep, drop = sorted((first, second), key=lambda e: (-e["mentions"], -len(e["name"]), e["id"]))
    return {"keep": keep, "merge": drop, "score": round(score, 1), "reason": reason}


def find_duplicate_pairs(
    entities: list[dict[str, Any]], dismissed: set[tuple[int, int]]
) -> list[dict[str, Any]]:
    """Candidate pairs within one label, then one name under two labels; best first.

    Dismissed pairs are skipped.
    """
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entity in entities:
        by_label[entity["label"]].append(entity)
    pairs: dict[tuple[int, int], dict[str, Any]] = {}
    candidates = [found for group in by_label.values()
                  for found in (*_spelling_pairs(group), *_short_name_pairs(group))]
    for found in (*candidates, *_namesakes_across_labels(entities)):
        key = tuple(sorted((found["keep"]["id"], found["merge"]["id"])))
        if key not in dismissed and key not in pairs:
            pairs[key] = found  # type: ignore[index]
    return sorted(pairs.values(), key=lambda p: (-p["score"], p["keep"]["name"]))


def _spelling_pairs(group: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Same name up to case, accents, hyphens or word order; near-identical spellings."""
    found = []
    normal = [(normalized_name(e["name"]), e) for e in group]
    buckets: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for name, entity in normal:
        buckets[name.replace(" ", "")].append(entity)
    for members in buckets.values():
        for other in members[1:]:
            found.append(
                _pair(members[0], other, 100.0, "same name up to case, accents or hyphens")
            )
    if len(normal) > 3000:
        return found
    for i, (name, entity) in enumerate(normal):
        for other_name, other in normal[i + 1 :]:
            if abs(len(name) - len(other_name)) > 4 or name.replace(" ", "") == other_name.replace(
                " ", ""
            ):
                continue
            score = fuzz.token_sort_ratio(name, other_name)
            if score >= THRESHOLD and len(name) > 4:
                found.append(_pair(entity, other, score, "similar spelling"))
    return found


def _namesakes_across_labels(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same name (up to case, accents, hyphens) under two labels: one pair each."""
    by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entity in entities:
        by_name[normalized_name(entity["name"]).replace(" ", "")].append(entity)
    found = []
    for members in by_name.values():
        for i, entity in enumerate(members):
            for other in members[i + 1:]:
                if other["label"] != entity["label"]:
                    # In the words the window uses for types ("Organisation"), not codes.
                    labels = " and ".join(sorted(
                        entity_label_name(label) for label in (entity["label"], other["label"])))
                    found.append(_pair(entity, other, NAMESAKE_SCORE,
                                       f"same name, different types ({labels})"))
    return found


def _short_name_pairs(group: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "Putin" ~ "Vladimir Putin" when only one full name ends (or starts) that way; initials."""
    if not group or group[0]["label"] != "PERSON":
        return []
    full = [(normalized_name(e["name"]).split(), e) for e in group]
    single = [(t, e) for t, e in full if len(t) == 1]
    multi = [(t, e) for t, e in full if len(t) > 1]
    found = []
    for tokens, entity in single:
        matches = [e for t, e in multi if tokens[0] in (t[-1], t[0])]
        if len(matches) == 1:
            found.append(
                _pair(matches[0], entity, 85.0, "short form of the only matching full name")
            )
    for tokens, entity in multi:
        initial_matches = [e for t, e in multi if e is not entity and _initials_match(tokens, t)]
        if len(initial_matches) == 1:
            found.append(_pair(initial_matches[0], entity, 88.0, "initials match"))
    return found


def _initials_match(short: list[str], full: list[str]) -> bool:
    """ "j smith" matches "john smith": same surname, first names agree on initials."""
    if len(short) != len(full) or short[-1] != full[-1] or short == full:
        return False
    return all(len(s) == 1 and f.startswith(s) for s, f in zip(short[:-1], full[:-1], strict=True))
