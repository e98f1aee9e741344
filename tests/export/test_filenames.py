"""File names safe on every platform, unique regardless of case, written only inside the folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.export_manifest import MANIFEST_FORMAT, listed_files
from workbench.export.filenames import (
    FORBIDDEN,
    MAX_STEM_BYTES,
    RESERVED_DEVICE_NAMES,
    assign_note_names,
    clean_stem,
)
from workbench.export.files import UnsafeExportPath, child_path, write_atomically


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("../../etc/passwd", "etc passwd"),
        ("..\\..\\Windows\\win.ini", "Windows win.ini"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("LPT1", "_LPT1"),
        ("COM¹", "_COM¹"),
        ("a:b", "a b"),
        ("  dots and spaces. . ", "dots and spaces"),
        (".hidden", "hidden"),
        ("🙂 Emoji news 🙂", "🙂 Emoji news 🙂"),
        ("tab\tnew\nline\u202eRTL\u200bzero", "tab new line RTL zero"),
        ('what? <yes> | no * "q" #tag ^id [x] 100%', "what yes no q tag id x 100"),
        ("", "Untitled"),
        ("///", "Untitled"),
    ],
)
def test_clean_stem(title: str, stem: str) -> None:
    assert clean_stem(title) == stem


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_title_gives_a_portable_name(title: str) -> None:
    stem = clean_stem(title)
    assert stem and stem == stem.strip(" .") and not stem.startswith("-")
    assert not FORBIDDEN & set(stem)
    assert all(ch == " " or ch.isprintable() for ch in stem)
    assert len(stem.encode("utf-8")) <= MAX_STEM_BYTES
    assert stem.split(".")[0].strip().upper() not in RESERVED_DEVICE_NAMES


def test_long_titles_are_cut_short_enough_for_every_file_system() -> None:
    stem = clean_stem("Long " + "x" * 295)
    assert len((stem + " (123456).md").encode("utf-8")) < 255
    assert len(clean_stem("长" * 300).encode("utf-8")) <= MAX_STEM_BYTES


def test_collisions_get_the_document_id_whatever_the_case() -> None:
    names = assign_note_names(
        [(3, "Same title"), (1, "Same title"), (7, "same TITLE"), (9, "Other"), (4, "index")]
    )
    assert names == {
        1: "Same title (1)",
        3: "Same title (3)",
        7: "same TITLE (7)",
        9: "Other",
        4: "index (4)",
    }


def test_a_title_that_looks_like_a_disambiguated_name_stays_unique() -> None:
    names = assign_note_names([(2, "T"), (3, "T"), (5, "T (2)")])
    assert len({n.casefold() for n in names.values()}) == 3


@pytest.mark.parametrize(
    "name", ["", ".", "..", "../x.md", "a/b.md", "a\\b.md", "/etc/passwd", "x\x00.md"]
)
def test_child_path_refuses_names_that_leave_the_folder(tmp_path: Path, name: str) -> None:
    with pytest.raises(UnsafeExportPath):
        child_path(tmp_path, name)


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    write_atomically(tmp_path, "note.md", "one\n")
    write_atomically(tmp_path, "note.md", "two\n")
    assert [p.name for p in tmp_path.iterdir()] == ["note.md"]
    assert (tmp_path / "note.md").read_bytes() == b"two\n"


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_atomic_write_replaces_a_symlink_instead_of_writing_through_it(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep")
    folder = tmp_path / "export"
    folder.mkdir()
    os.symlink(outside, folder / "note.md")
    write_atomically(folder, "note.md", "new")
    assert outside.read_text() == "keep"
    assert not (folder / "note.md").is_symlink()


@pytest.mark.parametrize("name", ["notes.md", "../notes.md", "/etc/x.md", "a\\b.md", "a\x00b",
                                  ".", "..", "", " spaced .md", "sub/x.md", "…"])
def test_the_manifest_keeps_exactly_the_names_an_export_may_write(
    tmp_path: Path, name: str
) -> None:
    """The exporter (``child_path``) and the manifest reader (``listed_files``) judge a name by
    one rule: a name the reader kept but the exporter refused failed every later export."""
    try:
        child_path(tmp_path, name)
        writable = True
    except UnsafeExportPath:
        writable = False
    record = {"format": MANIFEST_FORMAT, "files": [name]}
    assert (listed_files(record) == [name]) is writable


@pytest.mark.parametrize("title", ["timeline", "Timeline", "Index", "claims"])
def test_a_document_named_like_an_overview_note_keeps_its_own_note(
    tmp_path: Path, title: str
) -> None:
    """Attack run 22: a document titled "timeline" was written as timeline.md, and the
    timeline overview then replaced it: 'wrote 1 note', and no note of it left."""
    from workbench.cli import main
    from workbench.core.models import Article
    from workbench.store import Store

    with Store(tmp_path / "library.sqlite") as store:
        store.documents.add_article(Article(title=title, text="Body text here."), analyze=False)
    out = tmp_path / "notes"
    assert main(["--db", str(tmp_path / "library.sqlite"), "export", "--format", "markdown",
                 "--out", str(out)]) == 0  # fmt: skip
    notes = [path for path in out.glob("*.md") if "workbench_id: 1" in path.read_text("utf-8")]
    assert [path.name for path in notes] == [f"{title} (1).md"]
