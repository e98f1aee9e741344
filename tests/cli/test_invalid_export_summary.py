"""An invalid JSON export is one failed input in the import summary, its problems under it."""

from __future__ import annotations

import json

from tests.hostile.test_cli_input import make_library
from workbench.cli import main


def test_one_invalid_export_counts_once_and_lists_its_problems(tmp_path, capsys):
    source = make_library(tmp_path / "source.sqlite")
    export = tmp_path / "export.json"
    assert main(["--db", str(source), "export", "--format", "json", "--out", str(export)]) == 0
    data = json.loads(export.read_text(encoding="utf-8"))
    bad = {"start": 0, "end": 10**6, "text": "x", "label": "ORG", "entity": "X"}
    data["documents"][0]["entities"] = [dict(bad) for _ in range(3)]
    export.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    target = tmp_path / "target.sqlite"
    assert main(["--db", str(target), "import", "--no-analyze", str(export)]) == 1
    err = capsys.readouterr().err
    assert "0 updated to a new version, 1 failed" in err
    assert err.count("workbench: ") == 1  # one error line for the file
    problems = [line for line in err.splitlines() if line.startswith("  documents[0].entities[")]
    assert len(problems) == 3 and all("past the end of the text" in p for p in problems)


def test_problems_from_a_hostile_export_cannot_forge_lines(tmp_path, capsys):
    export = tmp_path / "export.json"
    export.write_text(json.dumps({"format": "analyst-workbench", "version": 1,
                                  "documents": [{"title\nworkbench: forged": 1}]}),
                      encoding="utf-8")
    main(["--db", str(tmp_path / "t.sqlite"), "import", "--no-analyze", str(export)])
    err = capsys.readouterr().err
    assert not any(line.startswith("workbench: forged") for line in err.splitlines())
