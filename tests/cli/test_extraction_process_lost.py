"""An extraction process that ends abruptly (the system's out-of-memory killer, a `kill`)
fails the import with one line, exit 1, and the documents stored and pending.

Attack run 17: `kill -9` of one worker of `workbench import --workers 2` printed
concurrent.futures' BrokenProcessPool traceback (exit 1, no word on what was kept).
"""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from tests.support import run_cli as run
from workbench.nlp import workers
from workbench.store import Store


@pytest.fixture
def worker_killed(monkeypatch: pytest.MonkeyPatch) -> None:
    def killed(_job: object) -> list[object]:
        raise BrokenProcessPool("A process in the process pool was terminated abruptly "
                                "while the future was running or pending.")

    monkeypatch.setattr(workers, "run_job", killed)


@pytest.mark.usefixtures("worker_killed")
@pytest.mark.parametrize("command", ["import", "reanalyze"])
def test_a_lost_extraction_process_is_one_line_and_the_documents_stay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    db = tmp_path / "library.sqlite"
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour reopens\n\nThe mayor said the harbour reopens today.\n",
                       encoding="utf-8")
    if command == "reanalyze":
        assert run(db, "import", "--no-analyze", str(article)) == 0
        capsys.readouterr()
    argv = ("import", str(article)) if command == "import" else ("reanalyze",)
    assert run(db, *argv) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lost = [line for line in err.splitlines() if "extraction process" in line]
    assert len(lost) == 1, err
    assert lost[0].startswith("workbench: ") and lost[0].endswith("the documents stay pending")
    with Store(db) as store:
        assert [d["id"] for d in store.documents.list_documents()] == [1]
        assert store.analysis.count_pending() == 1
