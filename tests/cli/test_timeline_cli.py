"""``workbench timeline``: JSON keys, date order, filters, fallbacks, undated items, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.timeline_support import build_library
from workbench.cli import main
from workbench.store import Store


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("timeline") / "library.sqlite"
    with Store(path) as store:
        build_library(store)
    return path


def run_json(library: Path, capsys: pytest.CaptureFixture[str], *options: str) -> dict:
    assert main(["--db", str(library), "timeline", "--json", *options]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_lists_items_in_date_order_with_the_documented_keys(library, capsys):
    result = run_json(library, capsys)
    assert set(result) == {"items", "undated"}
    dates = [item["date"] for item in result["items"]]
    # "and in 2019 it had done so too": the claim in that sentence took "Wednesday"
    assert dates == sorted(dates) and dates[:2] == ["2019-01-01", "2023-09-13"]
    keys = {"date", "until", "precision", "value", "dated_by", "reason", "kind", "text",
            "document_id", "document_title", "start", "end", "sentence", "claim_id", "item_id",
            "status", "entity_ids", "tags", "linked_claim_ids"}
    assert all(set(item) == keys for item in result["items"] + result["undated"])
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert all(f"`{key}`" in readme for key in keys)


def test_fallback_and_undated_items_say_so(library, capsys):
    result = run_json(library, capsys)
    fallback = [i for i in result["items"] if i["dated_by"] == "document date (fallback)"]
    assert [i["text"] for i in fallback] == ["Moscow answered the warning",
                                             "the talks were useful"]
    # "answered the warning on September 15": the claim's words, not when it was said
    assert "'September 15'" in fallback[0]["reason"] and "not when" in fallback[0]["reason"]
    assert {i["kind"] for i in result["undated"]} == {"claim", "document"}
    assert all("no publication date" in i["reason"] for i in result["undated"])


def test_from_and_to_keep_items_overlapping_the_range(library, capsys):
    result = run_json(library, capsys, "--from", "2023-09-14", "--to", "2023-09")
    assert [i["date"][:10] for i in result["items"]] == ["2023-09-15", "2023-09-15", "2023-09-16",
                                                           "2023-09-16"]


def test_status_and_story_filters(library, capsys):
    disputed = run_json(library, capsys, "--status", "disputed")
    assert [i["text"] for i in disputed["items"]] == ["Moscow answered the warning"]
    story = run_json(library, capsys, "--story", "1")
    assert sorted(i["claim_id"] for i in story["items"]) == [1, 2]


def test_entity_and_tag_filters(library, capsys):
    putin = run_json(library, capsys, "--entity", "Vladimir Putin")
    assert [(i["kind"], i["date"]) for i in putin["items"]] == [("quote", "2023-09-15T10:30")]
    assert putin["undated"] == []
    tagged = run_json(library, capsys, "--tag", "events")
    assert [i["kind"] for i in tagged["items"]] == ["highlight"]


def test_text_output_lists_undated_with_reasons(library, capsys):
    assert main(["--db", str(library), "timeline"]) == 0
    out = capsys.readouterr().out
    assert "2023-09-13" in out and "Undated (2):" in out and "(document date)" in out


def test_a_range_with_no_items_says_so_above_the_undated_list(library, capsys):
    """Out of range, the text began with a blank line and "Undated (2):", as if the dated
    items had been lost rather than filtered out."""
    assert main(["--db", str(library), "timeline", "--to", "1066"]) == 0
    assert capsys.readouterr().out.startswith("No dated items.\n\nUndated (2):")


def test_to_before_from_is_a_usage_error(library, capsys):
    """Options contradicting each other: exit 2, as the README's exit codes say."""
    code = main(["--db", str(library), "timeline", "--from", "2024", "--to", "2023"])
    assert code == 2
    assert "is before --from" in capsys.readouterr().err


@pytest.mark.parametrize("bound", ["9999-12-31", "9999", "9999-12", "9999-W52"])
def test_the_calendars_last_periods_are_dates_not_usage_errors(library, capsys, bound):
    """A period ending after 9999 overflowed ``datetime``; its end now clamps and it is read."""
    assert run_json(library, capsys, "--from", bound)["items"] == []
    assert len(run_json(library, capsys, "--to", bound)["items"]) > 0


def test_a_tag_path_that_cannot_be_one_is_a_usage_error(library, capsys):
    """A tag path with no name is refused before the library is read (exit 2), like a blank
    TAG of `tag` and `claims --tag` (which listed nothing, exit 0); an unknown tag is exit 1."""
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(library), "timeline", "--tag", " / "])
    assert stop.value.code == 2
    assert "a tag needs a name" in capsys.readouterr().err


@pytest.mark.parametrize("bound", ["yesterday-ish", "201", "19", "999", "١٢٣٤", "2019-02-29"])
def test_a_bound_that_is_not_a_date_is_a_usage_error(library, capsys, bound):
    """"201" and "19" were read as the 2010s and the 1900s (TIMEX3 decade and century), so a
    year typed short filtered by decade in silence; the help asks for YYYY[-MM[-DD]]."""
    assert main(["--db", str(library), "timeline", "--from", bound]) == 2
    err = capsys.readouterr().err
    assert f"--from {bound!r} is not a date; use YYYY" in err
    assert "2019-W05, 2019-Q1, 2019-SU" in err  # every form the help names


def test_an_orphaned_claim_is_undated_with_the_commands_that_place_it(tmp_path, capsys):
    # The reason itself names no command (the app shows it too): the CLI adds its hint.
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        lib = build_library(store)
        store.db.execute("UPDATE annotations SET status = 'orphaned' WHERE id = ?",
                         [lib.summit_claim])
    [orphan] = [i for i in run_json(path, capsys)["undated"] if i["claim_id"] == lib.summit_claim]
    assert orphan["reason"] == "lost its place when the document changed"
    assert main(["--db", str(path), "timeline"]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if "lost its place" in line]
    assert line.endswith("— lost its place when the document changed "
                         "(see `workbench orphans`; `workbench reattach` places it)")
