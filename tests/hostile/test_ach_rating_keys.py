"""A JSON export whose ACH ratings are keyed by something no hypothesis id can be.

Attack run 11: a ratings key of 5,000 digits passed the check (``str.isdigit``) and
stopped ``import`` and ``merge`` on Python's "Exceeds the limit (4300 digits) for
integer string conversion"; "²" passed it too and ``int()`` refused it. Each is now
named with its JSON path and nothing is imported, as any other bad key is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.ach_records import hypothesis_key
from workbench.core.models import Article
from workbench.store import Store

KEYS = ["9" * 5000, "²", "99999999999999999999", "٣", " 1", "-1"]


@pytest.fixture
def export(tmp_path: Path) -> dict:
    path = tmp_path / "mine.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Alpha", text="Alice said it."),
                                    analyze=False)
        store.claims.add_claim(1, 0, 14)
        store.ach.create_analysis("Why?", ["A", "B"])
        store.ach.add_evidence(1, 1)
    out = tmp_path / "x.json"
    assert run_cli(path, "export", "--format", "json", "--out", str(out)) == 0
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("command", ["import", "merge"])
def test_a_key_no_hypothesis_id_can_be_is_named(
        key: str, command: str, export: dict, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    evidence = export["ach"][0]["evidence"][0]
    evidence["ratings"] = {key: "C"}
    evidence["rating_authorship"] = {key: {}}
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    target = tmp_path / "target.sqlite"
    argv = ["import", "--no-analyze", str(path)] if command == "import" else ["merge", str(path)]
    capsys.readouterr()
    assert run_cli(target, *argv) == 1
    err = capsys.readouterr().err
    assert "ach[0].evidence[0].ratings: expected hypothesis ids as keys" in err
    assert "rating_authorship: expected hypothesis ids as keys" in err
    assert "4300" not in err and "Traceback" not in err and len(err) < 2000


def test_a_hypothesis_key_is_ascii_digits_sqlite_can_hold() -> None:
    assert [hypothesis_key(key) for key in ("3", "0012", str(2**63 - 1))] == [3, 12, 2**63 - 1]
    assert [hypothesis_key(key) for key in (*KEYS, str(2**63), "", 3)] == [None] * 9
