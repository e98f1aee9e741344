"""Hostile bundles are refused whole, with the reason, before anything reaches a library."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.operations.two_analysts import build, bundle_data
from workbench.core.bundle_records import WorkSelection
from workbench.ingest.bundle_context import FIELD_MAX_CHARS
from workbench.ingest.bundle_file import read_bundle
from workbench.ingest.errors import IngestError
from workbench.operations import merge_inputs
from workbench.operations.merge_inputs import MergeInputRefused, library_from_json
from workbench.store import Store

Bundle = dict[str, Any]
NOWHERE = "urn:workbench:origin:" + "f" * 32


@pytest.fixture(scope="module")
def valid() -> Bundle:
    with Store() as store:
        build(store)
        return bundle_data(store)


def _items(data: Bundle, kind: str) -> list[Bundle]:
    return [i for i in data["items"] if i.get("motivation") == kind or i.get("type") == kind]


def _selectors(data: Bundle) -> Bundle:
    return {s["type"]: s for s in _items(data, "assessing")[0]["target"]["selector"]}


def _set_start(data: Bundle) -> None:
    _selectors(data)["TextPositionSelector"]["start"] = "0"


def _link_nowhere(data: Bundle) -> None:
    _items(data, "linking")[0]["body"][0]["id"] = NOWHERE


def _evidence_nowhere(data: Bundle) -> None:
    _items(data, "wb:Analysis")[0]["wb:evidence"][0]["wb:annotation"] = NOWHERE


def _rating_nowhere(data: Bundle) -> None:
    _items(data, "wb:Analysis")[0]["wb:evidence"][0]["wb:ratings"][0]["wb:hypothesis"] = NOWHERE


def _rating_without_urn(data: Bundle) -> None:
    """The hypothesis's own origin, bare: only ``urn:workbench:origin:<id>`` refers to one."""
    rating = _items(data, "wb:Analysis")[0]["wb:evidence"][0]["wb:ratings"][0]
    rating["wb:hypothesis"] = rating["wb:hypothesis"].removeprefix("urn:workbench:origin:")


def _unknown_document(data: Bundle) -> None:
    _items(data, "assessing")[0]["target"]["source"] = "urn:sha256:" + "0" * 64


def _huge_note(data: Bundle) -> None:
    item = _items(data, "commenting")[0]
    next(b for b in item["body"] if b["purpose"] == "commenting")["value"] = "x" * (
        FIELD_MAX_CHARS + 1
    )


def _changed_text(data: Bundle) -> None:
    data["documents"][0]["text"] += " And more."


def _twice(data: Bundle) -> None:
    data["items"][1]["id"] = data["items"][0]["id"]


def _stranger(data: Bundle) -> None:
    data["items"][0]["creator"]["id"] = "urn:workbench:author:" + "c" * 32


def _bad_author_id(data: Bundle) -> None:
    data["authors"][0]["id"] = "Ana"


def _misquoted(data: Bundle) -> None:
    _selectors(data)["TextQuoteSelector"]["exact"] = "something else"


def _claim_without_body(data: Bundle) -> None:
    item = _items(data, "assessing")[0]
    item["body"] = [b for b in item["body"] if b["type"] != "wb:Claim"]


def _lone_surrogate(data: Bundle) -> None:
    data["authors"][0]["name"] = "Ana \ud800"


def _unknown_item(data: Bundle) -> None:
    data["items"].append({"type": "Annotation", "motivation": "bookmarking"})


def _not_a_time(data: Bundle) -> None:
    _items(data, "linking")[0]["created"] = "tomorrow"


def _documents_not_a_list(data: Bundle) -> None:
    data["documents"] = "everything"


def _earlier_of_unknown_field(data: Bundle) -> None:
    _items(data, "commenting")[0]["wb:earlier"] = {"exact": ["changed"]}


def _earlier_not_plain(data: Bundle) -> None:
    _items(data, "commenting")[0]["wb:earlier"] = {"note_md": [{"a": 1}]}


def _earlier_too_many(data: Bundle) -> None:
    _items(data, "commenting")[0]["wb:earlier"] = {"note_md": ["x"] * 51}


def _earlier_huge(data: Bundle) -> None:
    _items(data, "commenting")[0]["wb:earlier"] = {"note_md": ["x" * (FIELD_MAX_CHARS + 1)]}


def _entity(**fields: Any) -> Bundle:
    return {"wb:name": "Omsk", "wb:label": "GPE", "wb:hidden": True, "wb:aliases": [],
            "wb:mergedNames": []} | fields  # fmt: skip


def _hidden_not_a_flag(data: Bundle) -> None:
    data["entities"] = [_entity(**{"wb:hidden": "yes"})]


def _entity_twice(data: Bundle) -> None:
    data["entities"] = [_entity(), _entity()]


def _merged_name_twice(data: Bundle) -> None:
    rule = {"wb:name": "Omsk city", "wb:label": "GPE"}
    data["entities"] = [
        _entity(**{"wb:mergedNames": [rule | {"id": NOWHERE}]}),
        _entity(**{"wb:name": "Tomsk", "wb:mergedNames": [rule | {"id": NOWHERE[:-1] + "e"}]}),
    ]


def _tag_twice_in_other_case(data: Bundle) -> None:
    """A composed "é" and a decomposed capital "É": one tag (``label_key``), listed twice."""
    creator = data["tags"][0]["creator"]
    data["tags"] += [{"id": NOWHERE[:-1] + letter, "creator": creator, "wb:path": path,
                      "wb:color": "#4e79a7"}
                     for letter, path in (("a", "\u00e9conomie"), ("b", "E\u0301CONOMIE"))]


def _long_question(data: Bundle) -> None:
    _items(data, "wb:Analysis")[0]["wb:question"] = "q" * 5000


def _long_hypothesis(data: Bundle) -> None:
    _items(data, "wb:Analysis")[0]["wb:hypotheses"][0]["wb:text"] = "h " * 400


CASES: list[tuple[str, Callable[[Bundle], None], str]] = [
    ("question longer than a label", _long_question, "a question is at most 500 characters"),
    ("hypothesis longer than a label", _long_hypothesis, "a hypothesis is at most 500 characters"),
    ("entity hidden not a flag", _hidden_not_a_flag, "expected true or false, got 'yes'"),
    ("entity listed twice", _entity_twice, "entity 'Omsk' (GPE) is listed twice"),
    ("merged name twice", _merged_name_twice, "merged name 'Omsk city' (GPE) is listed twice"),
    ("tag twice in another case", _tag_twice_in_other_case, "CONOMIE' is listed twice"),
    ("earlier value of an untracked field", _earlier_of_unknown_field,
     "'exact' is not a field whose earlier values are kept"),
    ("earlier value not plain", _earlier_not_plain, "is not a plain value"),
    ("too many earlier values", _earlier_too_many, "a list of at most 50 values"),
    ("huge earlier value", _earlier_huge, f"is not a plain value of at most {FIELD_MAX_CHARS}"),
    ("wrong type", _set_start, "expected a whole number, got a string ('0')"),
    ("link to nowhere", _link_nowhere, "is not a claim of this bundle"),
    ("evidence to nowhere", _evidence_nowhere, "is not an annotation of this bundle"),
    ("rating to nowhere", _rating_nowhere, "is not a hypothesis of this analysis"),
    ("rating by a bare origin", _rating_without_urn, "is not a hypothesis of this analysis"),
    ("unknown document", _unknown_document, "is not a document of this bundle"),
    ("huge field", _huge_note, f"is more than {FIELD_MAX_CHARS}"),
    ("text and hash differ", _changed_text, "is not the SHA-256 of the document's text"),
    ("origin twice", _twice, "is used twice"),
    ("unlisted author", _stranger, "is not in the bundle's authors"),
    ("malformed author id", _bad_author_id, "is not an author id"),
    ("quote not at its place", _misquoted, "is not 'something else'"),
    ("claim without its claim", _claim_without_body, "a claim has no claim body"),
    ("lone surrogate", _lone_surrogate, "lone surrogate"),
    ("unknown item", _unknown_item, "unknown item"),
    ("documents not a list", _documents_not_a_list, "documents: expected a list"),
    ("a time that is not one", _not_a_time, "'tomorrow' is not an ISO date and time"),
]


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "in" / "bundle.json"
    path.parent.mkdir(exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data)
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def _refused(tmp_path: Path, path: Path, fragment: str) -> None:
    staging = tmp_path / "staging"
    staging.mkdir(exist_ok=True)
    with pytest.raises(MergeInputRefused) as refused:
        library_from_json(path, staging)
    assert fragment in str(refused.value)
    assert "\n" not in str(refused.value)
    assert list(staging.iterdir()) == []  # nothing staged, nothing left behind


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_a_hostile_bundle_is_refused_whole(
    valid: Bundle, tmp_path: Path, case: tuple[str, Callable[[Bundle], None], str]
) -> None:
    _name, spoil, fragment = case
    data = json.loads(json.dumps(valid))
    spoil(data)
    _refused(tmp_path, _write(tmp_path, data), fragment)


def test_the_unspoiled_bundle_is_staged_whole(valid: Bundle, tmp_path: Path) -> None:
    staged = library_from_json(_write(tmp_path, valid), tmp_path)
    with Store(staged) as store:
        work = store.exchange.authored_work(WorkSelection())
    assert work.size == len(valid["items"]) and len(work.documents) == len(valid["documents"])


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "neither a workbench bundle nor a workbench JSON export"),
        ('{"type": "workbench-bundle", "version": 2}', "bundle version 2 is newer than this app"),
        ('{"type": "workbench-bundle", "version": "1"}', "must be a whole number"),
        ('{"type": "annotation-collection"}', "neither a workbench bundle"),
    ],
)
def test_what_is_not_a_bundle_is_refused(tmp_path: Path, text: str, fragment: str) -> None:
    _refused(tmp_path, _write(tmp_path, text), fragment)


def test_a_file_past_the_size_limit_is_refused_unread(
    valid: Bundle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merge_inputs, "JSON_MAX_BYTES", 1000)
    _refused(tmp_path, _write(tmp_path, valid), "too large")


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value (object keys and list indexes), depth first."""
    found = [path]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*path, index))
    return found


def _replace(data: Any, path: tuple[Any, ...], new: Any) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = new


def test_any_field_of_the_wrong_type_is_refused_never_a_crash(
    valid: Bundle, tmp_path: Path
) -> None:
    """Every field but the header, replaced by another JSON type: refused with a reason."""
    wrong = [None, True, 7, -1, 2.5, "x", [], [1], {}, {"id": 1}]
    places = [p for p in _paths(valid) if len(p) > 1 and p[0] not in ("@context", "generator")]
    accepted = []
    for number, place in enumerate(places):
        data = json.loads(json.dumps(valid))
        _replace(data, place, wrong[number % len(wrong)])
        try:
            read_bundle(data)
        except IngestError as refused:
            assert refused.reason and "\n" not in refused.reason
        else:  # an optional field given another allowed value (null, a number)
            accepted.append(data)
    assert len(accepted) < len(places) // 4
    staging = tmp_path / "staging"
    staging.mkdir()
    for data in accepted[:2]:  # what the checker lets through also stages
        merge_inputs._remove_library(library_from_json(_write(tmp_path, data), staging))


def test_a_tag_used_in_another_case_than_listed_is_staged_as_listed(
    valid: Bundle, tmp_path: Path
) -> None:
    """A use naming a listed tag in other Unicode case is that tag (``label_key``)."""
    data = json.loads(json.dumps(valid))
    for item in data["items"]:
        bodies = item["body"] if isinstance(item.get("body"), list) else [item.get("body")]
        for body in bodies:
            if isinstance(body, dict) and body.get("purpose") == "tagging":
                body["value"] = body["value"].upper()
    with Store(library_from_json(_write(tmp_path, data), tmp_path)) as store:
        tags = store.tags.list_tags()
        # a parent counts its children's documents: "topic" is used through "topic/bridge"
        used = {tag.path for tag in tags if tag.documents or tag.spans} - {"topic", "people"}
        assert used == {"people/min", "topic/bridge"}
        assert {tag.path for tag in tags} <= {"people", "people/min", "topic", "topic/bridge"}
