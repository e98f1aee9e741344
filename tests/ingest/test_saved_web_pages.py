"""A web page saved "complete" imports as one article: its parts folder is skipped, said so."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest import scan_input_files


@pytest.mark.parametrize("parts", ["Harbour wall_files", "Harbour wall-Dateien"])
def test_the_parts_folder_of_a_saved_page_is_skipped_with_its_reason(
        tmp_path: Path, parts: str) -> None:
    (tmp_path / "Harbour wall.html").write_text("<p>The council voted for a new wall.</p>")
    folder = tmp_path / parts
    folder.mkdir()
    (folder / "ad.html").write_text("<div>Subscribe now! 50% off.</div>")
    (folder / "saved_resource.html").write_text("<html><body></body></html>")
    scan = scan_input_files([tmp_path])
    assert scan.files == [tmp_path / "Harbour wall.html"]
    assert scan.skipped == [(str(folder), "the images, scripts and frames of a saved web page"
                                          " (Harbour wall.html), skipped")]


def test_a_folder_named_like_parts_without_its_page_is_imported(tmp_path: Path) -> None:
    folder = tmp_path / "reports_files"
    folder.mkdir()
    (folder / "report.html").write_text("<p>The mill closed.</p>")
    assert scan_input_files([tmp_path]).files == [folder / "report.html"]


def test_an_analysts_folder_beside_a_page_of_the_same_stem_is_imported(tmp_path: Path) -> None:
    """Any "<stem>-<word>" folder was skipped; only the browsers' parts words are parts."""
    (tmp_path / "election.html").write_text("<p>Polls closed at eight.</p>")
    folder = tmp_path / "election-coverage"
    folder.mkdir()
    (folder / "day1.txt").write_text("Turnout was high in the north.")
    scan = scan_input_files([tmp_path])
    assert sorted(scan.files) == [folder / "day1.txt", tmp_path / "election.html"]
    assert scan.skipped == []
