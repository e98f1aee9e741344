"""Dispatch, folder expansion, .json handling and the never-a-traceback guarantee."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from workbench.ingest import (
    SUPPORTED_SUFFIXES,
    IngestError,
    WorkbenchExportError,
    iter_input_files,
    read_articles,
    read_records,
    read_results,
    readers,
)
from workbench.ingest.errors import MAX_REASON_CHARS


def _touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Title\n\nBody.", encoding="utf-8")


def test_folders_expand_sorted_skipping_hidden_and_unsupported(tmp_path: Path) -> None:
    _touch(
        tmp_path,
        "b.txt",
        "a.MD",
        "notes.json",
        "image.png",
        ".hidden.txt",
        "~$lock.docx",
        ".git/config.txt",
        "sub/c.html",
        "sub/z/d.csv",
        "sub/0.pdf",
    )
    found = [path.relative_to(tmp_path).as_posix() for path in iter_input_files([tmp_path])]
    assert found == ["a.MD", "b.txt", "sub/0.pdf", "sub/c.html", "sub/z/d.csv"]


def test_explicit_files_are_yielded_as_given_once(tmp_path: Path) -> None:
    _touch(tmp_path, "a.txt", "weird.xyz", ".hidden.txt")
    given = [
        tmp_path / "weird.xyz",
        tmp_path / ".hidden.txt",
        str(tmp_path / "a.txt"),
        tmp_path,
        tmp_path / "missing.txt",
    ]
    found = list(iter_input_files(given))
    assert found == [
        tmp_path / "weird.xyz",
        tmp_path / ".hidden.txt",
        tmp_path / "a.txt",
        tmp_path / "missing.txt",
    ]


def test_supported_suffixes() -> None:
    assert {
        ".txt",
        ".md",
        ".markdown",
        ".html",
        ".htm",
        ".pdf",
        ".docx",
        ".jsonl",
        ".ndjson",
        ".csv",
    } <= SUPPORTED_SUFFIXES
    assert ".json" not in SUPPORTED_SUFFIXES


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("photo.png", r"^unsupported file type '\.png' \(supported: .*\.txt"),
        ("README", "^unsupported file type files without an extension"),
        ("missing.txt", "^does not exist$"),
    ],
)
def test_clear_reasons_for_unreadable_paths(tmp_path: Path, name: str, reason: str) -> None:
    if name != "missing.txt":
        (tmp_path / name).write_bytes(b"data")
    with pytest.raises(IngestError, match=reason):
        read_articles(tmp_path / name)


@pytest.mark.parametrize("name", ["story.txt", "story.html", "rows.csv", "rows.jsonl"])
def test_a_file_is_looked_at_once_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """The pipe-and-size check stats the file once (it was checked three times a file)."""
    path = tmp_path / name
    body = {".txt": "Title\n\nBody.", ".html": "<title>T</title><p>Body of the page.</p>",
            ".csv": "title,text\nT,Body.\n", ".jsonl": '{"title": "T", "text": "Body."}\n'}
    path.write_text(body[path.suffix], encoding="utf-8")
    stats: list[Path] = []
    real = Path.stat

    def counting(self: Path, **options: bool) -> object:
        stats.append(self)
        return real(self, **options)

    monkeypatch.setattr(Path, "stat", counting)
    assert read_articles(path)
    assert stats.count(path) == 1


def test_an_unreadable_path_with_an_unknown_suffix_is_named_for_what_it_is(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(IngestError, match="^is a folder, not a file$"):
        read_articles(tmp_path / "folder")
    with pytest.raises(IngestError, match="^does not exist$"):
        read_articles(tmp_path / "missing.xyz")


def test_directory_with_supported_suffix(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(IngestError, match="^is a folder, not a file$"):
        read_articles(tmp_path / "folder.txt")


def test_workbench_export_json_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"format": "workbench-export", "version": 1, "documents": []}))
    with pytest.raises(WorkbenchExportError, match="^workbench export: "):
        read_articles(path)


@pytest.mark.parametrize("content", ['{"format": "other"}', '"workbench-export"', "3"])
def test_json_that_is_neither_an_array_nor_an_export_is_unsupported(
    tmp_path: Path, content: str
) -> None:
    path = tmp_path / "data.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(IngestError, match=r"^unsupported \.json file \(expected an article object"):
        read_articles(path)


def test_json_that_does_not_parse_says_where(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(IngestError, match=r"^not valid JSON: line 1, column 1"):
        read_articles(path)


@pytest.mark.parametrize(
    ("exception", "reason"),
    [
        (KeyError("boom"), r"^unexpected error while reading: KeyError: 'boom'$"),
        (
            ValueError("multi\nline\nmessage"),
            r"^unexpected error while reading: ValueError: multi line message$",
        ),
        (PermissionError(13, "Permission denied"), "^permission denied$"),
        (OSError(5, "Input/output error"), "^cannot read file: Input/output error$"),
        (MemoryError(), "^not enough memory"),
        (RecursionError(), "^file is nested too deeply"),
    ],
)
def test_unexpected_exceptions_become_one_line_ingest_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exception: BaseException, reason: str
) -> None:
    def explode(_path: Path) -> list[object]:
        raise exception

    monkeypatch.setitem(readers._READERS, ".txt", explode)
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(IngestError, match=reason) as caught:
        read_articles(path)
    assert "\n" not in str(caught.value)
    assert caught.value.__suppress_context__


def test_read_records_single_article_formats_yield_one(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nBody.", encoding="utf-8")
    (article,) = read_records(path)
    assert not isinstance(article, IngestError)
    assert (article.title, article.text) == ("Title", "Body.")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.jsonl", '{"title": "T", "text": "Dam burst.", "published": "2024-02-30"}\n'),
        ("a.md", "---\ntitle: T\npublished: 2024-02-30\n---\n\nDam burst.\n"),
        ("a.csv", "title,text,published\nT,Dam burst.,2024-02-30\n"),
    ],
)
def test_a_refused_date_travels_beside_the_article_not_on_it(tmp_path: Path, name: str,
                                                            content: str) -> None:
    """The import report names a published value that was no date; the stored record
    (``Article``) has no field for it, so the store has nothing to leave out."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (read,) = read_results(path)
    assert not isinstance(read, IngestError)
    assert read.refused_published == "2024-02-30"
    assert read.article.published is None
    assert "refused_published" not in {f.name for f in dataclasses.fields(read.article)}


def test_a_file_without_a_date_refuses_none(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nBody.", encoding="utf-8")
    (read,) = read_results(path)
    assert not isinstance(read, IngestError) and read.refused_published is None


def test_long_reasons_are_shortened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(_path: Path) -> list[object]:
        raise RuntimeError("x" * 5000)

    monkeypatch.setitem(readers._READERS, ".txt", explode)
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_articles(path)
    assert len(str(caught.value)) <= MAX_REASON_CHARS


def test_folder_paperwork_is_not_imported(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# About these files\n\nNot an article.", encoding="utf-8")
    (tmp_path / "ATTRIBUTION.md").write_text("# Credits\n\nWikinews.", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Title\n\nBody text here.", encoding="utf-8")
    assert [p.name for p in iter_input_files([tmp_path])] == ["story.txt"]
    explicit = tmp_path / "README.md"
    assert list(iter_input_files([explicit])) == [explicit]


@pytest.mark.parametrize(
    ("published", "named"),
    [("NaN", "NaN"), ("1e400", "Infinity"), ("true", "true"), ('{"y": 2020}', '{"y": 2020}'),
     ('[["2020"]]', '[["2020"]]')],
)
def test_a_date_with_no_text_of_its_own_is_named_not_dropped_silently(
        tmp_path: Path, published: str, named: str) -> None:
    """A JSON ``NaN``, ``1e400``, ``true`` or an object as the date was dropped without a
    word, while the report named "1e+300" and "2024-02-30"."""
    path = tmp_path / "a.jsonl"
    path.write_text(f'{{"title": "T", "text": "Dam burst.", "published": {published}}}\n',
                    encoding="utf-8")
    (read,) = read_results(path)
    assert not isinstance(read, IngestError)
    assert read.article.published is None
    assert read.refused_published == named


def test_a_date_too_big_for_a_float_is_named_not_a_failed_file(tmp_path: Path) -> None:
    """A 400-digit whole number as the date failed the whole file ("OverflowError: int too
    large to convert to float") when the report came to name it."""
    path = tmp_path / "a.jsonl"
    path.write_text(f'{{"title": "T", "text": "Dam burst.", "published": 1{"0" * 400}}}\n',
                    encoding="utf-8")
    (read,) = read_results(path)
    assert not isinstance(read, IngestError)
    assert read.article.published is None
    assert read.refused_published is not None and read.refused_published.startswith("1000")
