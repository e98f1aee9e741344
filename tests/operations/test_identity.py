"""The analyst's identity: made once, renamed without a new id, kept out of the real settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.core.authorship import InvalidAuthor
from workbench.operations.identity import (
    author_for_name,
    cli_author,
    identity_path,
    load_identity,
    save_identity,
)


def test_tests_keep_the_identity_in_a_private_folder(private_identity: Path) -> None:
    assert identity_path().parent == private_identity


def test_no_identity_until_one_is_saved() -> None:
    assert load_identity() is None


def test_renaming_keeps_the_id() -> None:
    first = save_identity("  Ana  ")
    assert first.name == "Ana" and load_identity() == first
    renamed = save_identity("Ana Maria")
    assert renamed.id == first.id and load_identity() == renamed


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_a_bad_name_is_refused_and_nothing_is_saved(name: str) -> None:
    with pytest.raises(InvalidAuthor):
        save_identity(name)
    assert not identity_path().exists()


def test_a_broken_identity_file_counts_as_unset() -> None:
    identity_path().parent.mkdir(parents=True, exist_ok=True)
    identity_path().write_text("{not json", encoding="utf-8")
    assert load_identity() is None
    identity_path().write_text(json.dumps({"id": "short", "name": "Ana"}), encoding="utf-8")
    assert load_identity() is None


def test_a_name_stands_for_the_saved_identity_first_then_the_library() -> None:
    saved = save_identity("Ana")
    known = {"b" * 32: "Ben", "c" * 32: "ana"}
    assert author_for_name("ana", known).id == saved.id
    assert author_for_name("BEN", known).id == "b" * 32
    new = author_for_name("Chloé", known)
    assert new.id not in known and new.id != saved.id and new.name == "Chloé"


def test_the_command_line_author_comes_from_option_then_environment_then_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert cli_author(None, {}) is None
    saved = save_identity("Ana")
    assert cli_author(None, {}) == saved
    monkeypatch.setenv("WORKBENCH_AUTHOR", "Ben")
    assert cli_author(None, {"b" * 32: "Ben"}).id == "b" * 32  # type: ignore[union-attr]
    assert cli_author("Ana", {}) == saved
