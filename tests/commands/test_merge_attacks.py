"""An outside tester's attack on merge, conflicts/resolve and bundle export, through the CLI.

Each case runs ``workbench`` on a fresh library imported from the shipped
seed articles and checks what an analyst would: the exit code the CLI
documents (0 ok, 1 failed input, 2 usage), one clear line on stderr, and,
on a refusal, the library exactly as it was (every row compared).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.store.test_hostile_library_files import make_read_only  # noqa: F401 - fixture
from tests.support import run_cli as _run
from workbench.paths import seeds_dir
from workbench.store import Store

NAVALNY = seeds_dir() / "wikinews" / "navalny"


def _rows(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return list(con.iterdump())


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Ana's and Ben's libraries from the same seed articles, a claim each; Ben's bundle."""
    folder = tmp_path_factory.mktemp("attack")
    ana, ben = folder / "ana.sqlite", folder / "ben.sqlite"
    for db, name, quote in ((ana, "Ana", "Omsk"), (ben, "Ben", "Germany")):
        assert _run(db, "--author", name, "import", "--no-analyze", str(NAVALNY)) == 0
        assert _run(db, "--author", name, "claim", "1", "--quote", quote) == 0
    assert _run(ben, "export", "--format", "bundle", "--out", str(folder / "ben.json")) == 0
    return ana, ben


@pytest.fixture
def ana(pair: tuple[Path, Path], tmp_path: Path) -> Path:
    """A copy of Ana's library for one test (the module's stays untouched)."""
    copy = tmp_path / "ana.sqlite"
    shutil.copy(pair[0], copy)
    with Store(copy):  # a copy takes an id of its own on its first writable open
        pass
    return copy


def _bundle(pair: tuple[Path, Path]) -> dict:
    return json.loads((pair[1].parent / "ben.json").read_text(encoding="utf-8"))


def _write_json(folder: Path, name: str, value: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def _wrong_types(bundle: dict) -> dict:
    bundle["items"][0]["target"]["selector"][1]["start"] = "0"
    return bundle


def _pointing_nowhere(bundle: dict) -> dict:
    bundle["items"][0]["target"]["source"] = "urn:sha256:" + "0" * 64
    return bundle


def _huge_note(bundle: dict) -> dict:
    bundle["items"][0]["body"].append({"type": "TextualBody", "purpose": "commenting",
                                       "format": "text/markdown", "value": "x" * 300_000})
    return bundle


def _newer(bundle: dict) -> dict:
    return bundle | {"version": 99}


def _other_files(folder: Path, pair: tuple[Path, Path]) -> dict[str, Path]:
    (folder / "a folder.sqlite").mkdir()
    (folder / "empty.sqlite").write_bytes(b"")
    (folder / "notes.txt").write_text("hello world\n", encoding="utf-8")
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    future = folder / "future.sqlite"
    shutil.copy(pair[1], future)
    with sqlite3.connect(future) as con:
        con.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                    " VALUES ('workbench', '9999_from_the_future', '2030')")
    return {"missing": folder / "nope.sqlite", "folder": folder / "a folder.sqlite",
            "empty": folder / "empty.sqlite", "text": folder / "notes.txt",
            "list": _write_json(folder, "list.json", [1, 2, 3]), "future": future,
            "deep": folder / "deep.json"}


REFUSED_FILES: list[tuple[str, str]] = [
    ("missing", "nope.sqlite: no such file"),
    ("folder", "is a folder, not a library file"),
    ("empty", "empty.sqlite is empty"),
    ("text", "notes.txt is neither a library file nor a JSON export"),
    ("list", "list.json holds JSON (a list), not a workbench export or bundle"),
    ("future", "written by a newer Analyst Workbench"),
    ("deep", "deep.json is neither a library file nor a JSON export"),  # was a traceback
]
REFUSED_BUNDLES: list[tuple[Callable[[dict], dict], str]] = [
    (_wrong_types, "expected a whole number, got a string"),
    (_pointing_nowhere, "is not a document of this bundle"),
    (_huge_note, "300000 characters is more than 200000"),
    (_newer, "bundle version 99 is newer than this app reads"),
]


def _refused(ana: Path, capsys: pytest.CaptureFixture[str], *args: str, code: int = 1) -> str:
    before = _rows(ana)
    capsys.readouterr()
    assert _run(ana, *args) == code
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("workbench: "), err
    assert _rows(ana) == before  # nothing changed
    return err[0]


@pytest.mark.parametrize(("case", "words"), REFUSED_FILES)
def test_a_file_that_is_no_library_is_refused_in_one_line(
    case: str, words: str, ana: Path, pair: tuple[Path, Path], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    other = _other_files(tmp_path, pair)[case]
    assert words in _refused(ana, capsys, "merge", str(other))


@pytest.mark.parametrize(("spoil", "words"), REFUSED_BUNDLES)
def test_a_hostile_bundle_is_refused_whole(
    spoil: Callable[[dict], dict], words: str, ana: Path, pair: tuple[Path, Path],
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    bundle = _write_json(tmp_path, "bad.json", spoil(_bundle(pair)))
    assert words in _refused(ana, capsys, "merge", str(bundle))


def test_merging_the_library_into_itself_is_refused(
    ana: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "is this library" in _refused(ana, capsys, "merge", str(ana))


def test_a_read_only_library_refuses_the_merge_unchanged(
    ana: Path, pair: tuple[Path, Path], make_read_only: Callable[[Path], None],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _rows(ana)
    make_read_only(ana)
    capsys.readouterr()
    assert _run(ana, "merge", str(pair[1])) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "nothing was changed" in err
    assert _rows(ana) == before


def test_resolving_bad_ids_twice_and_after_undo(
    ana: Path, pair: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ben = tmp_path / "ben.sqlite"
    shutil.copy(pair[1], ben)
    mine = tmp_path / "ana.json"
    assert _run(ana, "export", "--format", "bundle", "--out", str(mine)) == 0
    assert _run(ben, "--author", "Ben", "merge", str(mine)) == 0
    ana_claim_in_ben = "2"  # Ben's own claim is 1
    assert _run(ben, "--author", "Ben", "claim-status", ana_claim_in_ben, "disputed") == 0
    assert _run(ana, "--author", "Ana", "claim-status", "1", "corroborated") == 0
    theirs = tmp_path / "ben2.json"
    assert _run(ben, "export", "--format", "bundle", "--out", str(theirs)) == 0
    assert _run(ana, "--author", "Ana", "merge", str(theirs)) == 0
    assert "no conflict with id 999" in _refused(ana, capsys, "resolve", "999", "mine")
    assert "expected an id" in _refused(ana, capsys, "resolve", "abc", "mine", code=2)
    assert "invalid choice" in _refused(ana, capsys, "resolve", "1", "maybe", code=2)
    assert _run(ana, "resolve", "1", "theirs") == 0
    assert "already resolved (theirs)" in _refused(ana, capsys, "resolve", "1", "mine")
    assert _run(ana, "undo") == 0  # the resolution: the conflict is open again
    assert _run(ana, "resolve", "1", "mine") == 0
    assert _run(ana, "undo") == 0
    assert _run(ana, "undo") == 0  # the merge: its conflicts go with it
    assert "no conflict with id 1" in _refused(ana, capsys, "resolve", "1", "mine")


@pytest.mark.parametrize(("options", "code", "words"), [
    (["--since", "2999-01-01"], 2, "is in the future"),
    (["--since", "yesterday-ish"], 2, "--since takes a date"),
    (["--since", "0001-01-01T00:00+01:00"], 2, "outside the years"),  # was a traceback
    (["--author", "Zed"], 1, "no author called 'Zed' in this library (authors: Ana)"),
])  # fmt: skip
def test_a_bundle_export_with_a_bad_choice_writes_nothing(
    options: list[str], code: int, words: str, ana: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out.json"
    assert words in _refused(ana, capsys, "export", "--format", "bundle", *options,
                             "--out", str(out), code=code)
    assert not out.exists()


@pytest.mark.parametrize("since", ["2026-03-01T14:30+02:00", "2026-03-01T12:30Z", "2026-03-01"])
def test_since_with_a_timezone_is_read_as_utc(since: str, ana: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert _run(ana, "export", "--format", "bundle", "--since", since, "--out", str(out)) == 0
    selection = json.loads(out.read_text(encoding="utf-8"))["selection"]
    expected = "2026-03-01T00:00:00+00:00" if len(since) == 10 else "2026-03-01T12:30:00+00:00"
    assert selection["since"] == expected
