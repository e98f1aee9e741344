"""Listings attacked: blank filters are usage errors, and an empty answer is said, not blank."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli as run
from workbench.core.models import Article
from workbench.store import Store


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("listings") / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(
            Article("Rainfall", "Rainfall reached 40 millimetres. Farmers welcomed it."),
            analyze=False)
    return path



@pytest.mark.parametrize(("args", "hint"), [
    (("quotes", "--speaker", ""), "empty NAME: give a speaker's name or part of it"),
    (("quotes", "--speaker", "   "), "empty NAME: give a speaker's name or part of it"),
    (("entities", "--name", ""), "empty TEXT: give part of a name"),
    (("claims", "--claimant", " "), "empty NAME: give the claimant"),
])
def test_a_blank_filter_is_a_usage_error_with_its_own_hint(
    library: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], hint: str
) -> None:
    """``quotes --speaker ""`` listed every quote (exit 0) and ``entities --name ""`` asked
    for "the source's name"; a blank value is a usage error (README: exit codes)."""
    assert run(library, *args) == 2
    assert hint in capsys.readouterr().err


@pytest.mark.parametrize(("args", "said"), [
    (("quotes",), "No quotes."),
    (("quotes", "--speaker", "Nobody"), "No matching quotes."),
    (("entities", "--name", "Nobody"), "No matching entities."),
    (("claims",), "No claims."),
    (("claims", "--status", "disputed"), "No matching claims."),
])
def test_an_empty_listing_says_so(
    library: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], said: str
) -> None:
    """Nothing at all was printed, as by a command that did not run."""
    assert run(library, *args) == 0
    assert capsys.readouterr().out == said + "\n"


@pytest.mark.parametrize(("args", "said"), [
    (("list",), "No documents."),
    (("tags",), "No tags."),
    (("ach", "list"), "No ACH analyses."),
    (("grade", "sources"), "No sources."),
    (("entity", "duplicates"), "No duplicate entities."),
])
def test_an_empty_library_says_each_listing_is_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], said: str
) -> None:
    """A new user's first ``workbench list`` printed nothing at all (exit 0), as if the
    command had not run; the other listings already said "No claims."."""
    Store(tmp_path / "library.sqlite").close()  # a --db naming no file is refused (below)
    assert run(tmp_path / "library.sqlite", *args) == 0
    assert capsys.readouterr().out == said + "\n"


@pytest.mark.parametrize("quote", [
    "Rainfall reached\r\n40 millimetres", "Rainfall reached\r40", "Cafe\u0301 owners",
    "Rainfall reached\u202840", "Rainfall reached \t\r\n40", "\ufeffRainfall reached",
    "Rainfall\x07 reached",
])
def test_a_quote_copied_from_the_source_file_finds_its_span(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], quote: str
) -> None:
    """A quote copied from the Windows file the article came from (CRLF), typed in
    decomposed Unicode, or holding a line separator, a byte order mark, a control
    character or spaces before a line break was "text not found": import had removed
    them all from the stored text (\\n, NFC)."""
    path, source = tmp_path / "library.sqlite", tmp_path / "rain.txt"
    source.write_bytes("Rain\r\n\r\nRainfall reached\r\n40 millimetres. Café owners welcomed "
                       "it.\r\n".encode())
    assert run(path, "import", str(source), "--no-analyze", "--quiet") == 0
    capsys.readouterr()
    assert run(path, "annotate", "1", "--quote", quote, "--json") == 0
    assert '"id": 1' in capsys.readouterr().out


@pytest.mark.parametrize("quote", ["\ufeff", "\x07\x00", "\ufeff\r\n"])
def test_a_quote_of_what_import_removes_is_empty(
    library: Path, capsys: pytest.CaptureFixture[str], quote: str
) -> None:
    """A byte order mark is not blank text, but it is nothing the stored text holds."""
    assert run(library, "annotate", "1", "--quote", quote) == 2
    assert "empty quote" in capsys.readouterr().err


def test_entity_rows_keep_their_columns_whatever_the_type(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """"WORK_OF_ART" is longer than the eight characters the type column had."""
    from workbench.core.models import Analysis, Mention

    path = tmp_path / "library.sqlite"
    text = "Hamlet was staged in Paris."
    with Store(path) as store:
        doc = store.documents.add_article(Article("Stage", text), analyze=False)
        store.analysis.save_analysis(doc.documents_added[0], Analysis(mentions=(
            Mention(0, 6, "Hamlet", "WORK_OF_ART", "Hamlet"),
            Mention(21, 26, "Paris", "GPE", "Paris"))))
    assert run(path, "entities") == 0
    rows = capsys.readouterr().out.splitlines()
    assert len({row.index("Hamlet") if "Hamlet" in row else row.index("Paris")
                for row in rows}) == 1


def test_a_search_hit_across_paragraphs_keeps_to_its_two_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A snippet spanning a paragraph break printed its blank line, so the next line
    ("Nearly 750 people were…") read as a hit of its own with no id."""
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(
            Article("Travel ban", "2017/2/24\n\nNearly 750 people were detained or processed."),
            analyze=False)
    assert run(path, "search", "detained") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[0].split() == ["1", "Travel", "ban"]
    assert "2017/2/24 Nearly 750 people were [detained]" in lines[1]


@pytest.mark.parametrize("args", [
    ("list",), ("search", "rain"), ("claims",), ("timeline",), ("export", "--format", "json"),
    ("tags",), ("entity", "show", "X"), ("ach", "list"), ("grade", "sources"), ("undo",),
    ("tag", "1", "t"), ("grade", "source", "Reuters", "A"), ("reanalyze",),
])
def test_a_command_that_starts_no_library_on_a_db_path_that_is_not_there_makes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    """A mistyped ``--db`` made an empty library (and its folders) and listed "No documents";
    ``tags``, ``entity show`` and ``ach list`` still did after the reading commands were
    listed by hand (review of stop 17): now only a starting command may make one."""
    missing = tmp_path / "typo" / "library.sqlite"
    assert run(missing, *args) == 1
    assert f"no library at {missing}" in capsys.readouterr().err
    assert not (tmp_path / "typo").exists()
