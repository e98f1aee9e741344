"""``--cluster``: the address is checked before anything is imported; one line says why not."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from tests.support import SEED
from workbench.cli import main
from workbench.operations.cluster_analysis import (
    ClusterAddress,
    ClusterUnavailable,
    parse_cluster_address,
)
from workbench.store import open_library


@pytest.mark.parametrize(("text", "expected"), [
    ("local", ClusterAddress(local_workers=2)),
    ("local:3", ClusterAddress(local_workers=3)),
    (" tcp://10.0.0.5:8786 ", ClusterAddress(scheduler="tcp://10.0.0.5:8786")),
    ("tcp://scheduler.example.org:8786", ClusterAddress(scheduler="tcp://scheduler.example.org:8786")),
    ("tcp://[::1]:8786", ClusterAddress(scheduler="tcp://[::1]:8786")),
])
def test_cluster_addresses_that_are_understood(text: str, expected: ClusterAddress) -> None:
    assert parse_cluster_address(text) == expected


@pytest.mark.parametrize("text", [
    "", "local:0", "local:65", "local:two", "scheduler:8786", "tcp://host", "tcp://host:0",
    "tcp://host:70000", "http://host:8786", "tls://host:8786", "tcp://ho st:8786",
])
def test_cluster_addresses_that_are_refused(text: str) -> None:
    with pytest.raises(ClusterUnavailable):
        parse_cluster_address(text)


def imported_count(db: Path) -> int:
    if not db.exists():
        return 0
    with open_library(db) as store:
        return len(store.documents.list_documents())


@pytest.mark.parametrize("address", ["scheduler:8786", "", "local:two"])
def test_a_malformed_address_is_a_usage_error_in_one_line_before_importing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], address: str
) -> None:
    """Exit 2 like any malformed value (README: exit codes), not 1 (a failed input)."""
    db = tmp_path / "library.sqlite"
    assert main(["--db", str(db), "import", str(SEED), "--cluster", address]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "tcp://HOST:PORT" in err
    assert imported_count(db) == 0


def test_without_the_extra_the_message_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    db = tmp_path / "library.sqlite"
    open_library(db).close()  # reanalyze needs a library: a --db naming no file is refused
    assert main(["--db", str(db), "reanalyze", "--cluster", "local:2"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "analyst-workbench[cluster]" in err


def test_a_scheduler_that_does_not_answer_fails_before_importing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("distributed", reason="Dask distributed (the 'cluster' extra) absent")
    with socket.socket() as unused:  # a port nothing listens on
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    db = tmp_path / "library.sqlite"
    code = main(["--db", str(db), "import", str(SEED), "--cluster", f"tcp://127.0.0.1:{port}"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "cannot reach the cluster scheduler" in err
    assert imported_count(db) == 0


@pytest.mark.parametrize("other", [["--no-analyze"], ["--workers", "2"]])
def test_cluster_with_a_contradicting_option_is_a_usage_error(
    tmp_path: Path, other: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", str(tmp_path / "l.sqlite"), "import", str(SEED), "--cluster", "local", *other]
    assert main(args) == 2
    assert "--cluster" in capsys.readouterr().err
