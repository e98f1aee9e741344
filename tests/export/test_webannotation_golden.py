"""The W3C export of a seed article, byte for byte, against a file written before a refactor.

Why a golden file: the Web Annotation export is read by other tools, so a
tidy-up of its code (selectors from ``core.anchoring.select_span``, author ids
through ``uuid.UUID``) must not move a byte. The export record is built here,
without a store, so only the exporter is under test; the generator's version
is blanked so a release does not touch the file. To accept a deliberate change:
``WRITE_GOLDEN=1 pytest tests/export/test_webannotation_golden.py``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from workbench.export.webannotation import annotation_collection, dumps_collection

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "wikinews" / "navalny" / "001_navalny-airlifted-to-germany.md"
GOLDEN = Path(__file__).parent / "golden" / "webannotation_navalny.jsonld"
AUTHOR = "0123456789abcdef0123456789abcdef"
OTHER = "fedcba9876543210fedcba9876543210"


def _seed_text() -> str:
    """The article's text, without its front matter (CC BY 2.5, Wikinews; see seeds/)."""
    return SEED.read_text(encoding="utf-8").split("---\n", 2)[2].strip()


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _annotation(text: str, number: int, part: str, **extra: Any) -> dict[str, Any]:
    start, end = _span(text, part)
    return {
        "id": number, "start": start, "end": end, "exact": text[start:end],
        "prefix": text[max(0, start - 32):start], "suffix": text[end:end + 32],
        "created_at": "2026-01-02T03:04:05", "updated_at": "2026-01-03T03:04:05",
        "author_id": AUTHOR, "note": "", "tags": [], **extra,
    }


def _quote(number: int, start: int, end: int, **extra: Any) -> dict[str, Any]:
    return {"id": number, "start": start, "end": end, "kind": "direct", **extra}


def seed_record() -> dict[str, Any]:
    """One seed document with a highlight, a note, a graded claim, quotes at both ends, a link."""
    text = _seed_text()
    first_sentence = text[: text.index(".") + 1]
    annotations = [
        _annotation(text, 1, first_sentence, note="Airlifted **today**", tags=["people/navalny"]),
        _annotation(text, 2, "His associates have alleged Navalny was poisoned.",
                    author_id=OTHER, author_name="Other Analyst"),
        _annotation(text, 3, "Navalny has been suffering from a serious medical condition"),
        _annotation(text, 4, "outspoken critic", author_id=None),
    ]
    claims = [{"id": 2, "status": "disputed", "claimant": "associates", "credibility": 2},
              {"id": 3, "status": "open", "claimant": None}]
    quotes = [
        _quote(10, 0, len(first_sentence), speaker="Alexei Navalny"),
        _quote(11, *_span(text, "poisoned"), kind="indirect", speaker_text="associates"),
        _quote(12, len(text) - 12, len(text)),
    ]
    document = {
        "id": 7, "url": "https://en.wikinews.org/wiki/Russia%27s_Navalny_airlifted_to_Germany",
        "text": text, "tags": ["topic/russia", "seed"], "reliability": "B",
        "tag_authorship": [{"author_id": AUTHOR}, {"author_id": OTHER}],
        "annotations": annotations, "claims": claims, "quotes": quotes,
    }
    link = {"id": 1, "from_annotation_id": 2, "to_annotation_id": 3, "relation": "supports",
            "note": "same day", "created_at": "2026-01-04T00:00:00", "author_id": AUTHOR}
    return {"documents": [document], "links": [link],
            "authors": [{"id": AUTHOR, "name": "Seed Analyst"}]}


def _exported() -> str:
    collection = annotation_collection(seed_record())
    collection["generator"]["name"] = "Analyst Workbench"
    return dumps_collection(collection)


def test_the_w3c_export_of_a_seed_article_is_unchanged_byte_for_byte() -> None:
    exported = _exported()
    if os.environ.get("WRITE_GOLDEN"):
        GOLDEN.write_text(exported, encoding="utf-8", newline="\n")
    assert exported == GOLDEN.read_text(encoding="utf-8")


def test_a_quote_outside_the_text_is_left_out_rather_than_given_a_wrong_selector() -> None:
    record = seed_record()
    text = record["documents"][0]["text"]
    record["documents"][0]["quotes"] += [_quote(13, len(text) - 3, len(text) + 5),
                                         _quote(14, 9, 9)]
    items = annotation_collection(record)["first"]["items"]
    quote_ids = [item["id"] for item in items if item["motivation"] == "identifying"]
    assert quote_ids == [f"urn:workbench:quote:{number}" for number in (10, 11, 12)]


def test_an_authors_id_is_exported_as_a_hyphenated_urn_uuid() -> None:
    items = annotation_collection(seed_record())["first"]["items"]
    creators = {item["id"]: item["creator"] for item in items}
    assert creators["urn:workbench:annotation:1"]["id"] == (
        "urn:uuid:01234567-89ab-cdef-0123-456789abcdef")
    assert creators["urn:workbench:annotation:2"] == {
        "id": "urn:uuid:fedcba98-7654-3210-fedc-ba9876543210", "type": "Person",
        "name": "Other Analyst"}
    assert "id" not in creators["urn:workbench:annotation:4"]
