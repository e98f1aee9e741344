"""Issue acceptance on the seed, through the real import path and the real small model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import SEED
from workbench.operations.analysis import analyze_pending
from workbench.operations.importing import import_paths
from workbench.store import Store


@pytest.fixture(scope="module")
def seed() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    store = Store(None)
    report = import_paths(store, [SEED])
    analyze_pending(store, workers=1)
    (doc_id,) = report.imported
    result = store.analysis.document_entities(doc_id), store.analysis.document_quotes(doc_id)
    store.close()
    return result


def test_people(seed: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    people = {m["entity"] for m in seed[0] if m["label"] == "PERSON"}
    assert {
        "Kim Jong Un",
        "Vladimir Putin",
        "Matthew Miller",
        "Sergey Lavrov",
        "Jeon Ha-kyu",
    } <= people


@pytest.mark.parametrize(
    ("short", "full"),
    [("Miller", "Matthew Miller"), ("Kim", "Kim Jong Un"), ("Putin", "Vladimir Putin")],
)
def test_short_forms_resolve(
    seed: tuple[list[dict[str, Any]], list[dict[str, Any]]], short: str, full: str
) -> None:
    found = [m["entity"] for m in seed[0] if m["text"] == short]
    assert found and set(found) == {full}


def test_no_title_case_garbage(seed: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    for mention in seed[0]:
        assert "Sanctions Against" not in mention["entity"]
        assert "Not Ruled" not in mention["entity"]
    title = {m["entity"] for m in seed[0] if m["field"] == "title"}
    assert {"US State Department", "Russia", "North Korea"} <= title


@pytest.mark.parametrize(
    "place", ["Kyiv", "Moscow", "Pyongyang", "Russia", "North Korea", "Ukraine"]
)
def test_places(seed: tuple[list[dict[str, Any]], list[dict[str, Any]]], place: str) -> None:
    labels = {m["label"] for m in seed[0] if m["entity"] == place}
    assert labels and labels <= {"GPE", "LOC"}


def test_two_direct_quotes_by_miller(
    seed: tuple[list[dict[str, Any]], list[dict[str, Any]]],
) -> None:
    direct = [q for q in seed[1] if q["kind"] == "direct"]
    assert len(direct) == 2
    assert direct[0]["text"].startswith('"We have already taken')
    assert direct[1]["text"].startswith('"When we witness')
    assert {q["speaker"] for q in direct} == {"Matthew Miller"}


def test_indirect_statements(seed: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    speakers = {q["speaker"] for q in seed[1] if q["kind"] == "indirect"}
    assert {"Matthew Miller", "Jeon Ha-kyu", "Sergey Lavrov"} <= speakers
