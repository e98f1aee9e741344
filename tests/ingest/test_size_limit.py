"""Text files above TEXT_MAX_BYTES are refused in one line naming the limit and how to split."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest import IngestError, decoding, read_articles
from workbench.operations.importing import import_paths
from workbench.store import Store


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "TEXT_MAX_BYTES", 2 * decoding.MEGABYTE)


@pytest.mark.usefixtures("small_limit")
def test_a_text_file_over_the_limit_names_the_limit_and_split(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("A line of the dump.\n" * 160_000)  # 3 MB
    with pytest.raises(IngestError) as refused:
        read_articles(path)
    message = str(refused.value)
    assert "\n" not in message
    assert "file too large (3 MB; the limit for text files is 2 MB)" in message
    assert "split -l" in message


@pytest.mark.usefixtures("small_limit")
def test_the_rest_of_the_batch_is_imported(tmp_path: Path, store: Store) -> None:
    (tmp_path / "dump.txt").write_text("A line of the dump.\n" * 160_000)
    (tmp_path / "note.txt").write_text("Budget vote\n\nThe council voted on the budget.\n")
    report = import_paths(store, [tmp_path], analyze=False)
    assert [Path(path).name for path, _ in report.failed] == ["dump.txt"]
    assert len(report.imported) == 1
    assert store.documents.count_documents() == 1


def test_a_csv_over_the_limit_gets_no_split_advice(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("title,text\n" + "t,some text\n" * 200)
    with pytest.raises(IngestError) as refused:
        decoding.read_text_file(path, max_bytes=100, kind="CSV")
    assert "split" not in str(refused.value)
