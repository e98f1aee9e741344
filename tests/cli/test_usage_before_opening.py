"""Usage errors are found before the library is opened: exit 2, and nothing is made.

Why: options checked inside a command ran after the library was opened, so
``suggest`` with a usage error made an empty library at a mistyped ``--db``,
and a reading command reported the missing library (exit 1) instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli as run
from workbench.core.models import Article
from workbench.store import Store

USAGE_ERRORS = [
    (("suggest",), "give a CLAIM id or --batch FILE"),
    (("suggest", "1", "--csv", "out.csv"), "--csv goes with --batch FILE"),
    (("suggest", "1", "--reject", "1", "--accept", "2"), "one at a time"),
    (("reanalyze", "1", "--outdated"), "give documents or --outdated, not both"),
    (("backup", "--list", "--quiet"), "--quiet does not apply to --list"),
    (("grade", "claim", "1"), "give a GRADE"),
    (("grade", "document", "1", "B", "--clear"), "not both"),
    (("tag", "1", "topic", "--occurrence", "2"), "give the --quote too"),
    (("untag", "topic"), "give a DOC or --annotation ID"),
    (("claim",), "give a DOC with --quote TEXT"),
    (("claim", "--from-quote", "1", "--occurrence", "2"), "--from-quote names one"),
    (("annotate", "1", "--start", "0"), "give both --start and --end"),
    (("annotate", "1", "--start", "0", "--end", "4", "--occurrence", "2"),
     "--start/--end name the span already"),
    (("claim", "1", "--start", "0", "--end", "4", "--quote", "Rain"), "leave out --quote"),
    (("entity", "create", "1", "--type", "PERSON", "--start", "0", "--end", "4",
      "--occurrence", "2"),
     "--start/--end name the span already"),
    (("timeline", "--from", "yesterday"), "is not a date"),
    (("timeline", "--from", "2020", "--to", "2019"), "is before --from"),
    (("export", "--format", "markdown"), "give --out FOLDER"),
    (("export", "--format", "json", "--out", " "), "--out needs a path"),
    (("export", "--format", "json", "--wikilinks"), "--wikilinks only applies"),
    (("export", "--format", "bundle", "--doc", "1", "--out", "b.json"), "not by --doc"),
    (("search", "--advanced", "(sanctions OR"), "invalid search syntax"),
    (("search", "--advanced", "russia -arms"), "read as a column name"),
    # attack round 6: punctuation alone searched nothing and said "0 matching documents"
    (("search", "-"), "nothing to search for in '-'"),
    (("search", "*"), "punctuation alone"),
    (("search", "— ("), "nothing to search for"),
    (("search", "\u202e-"), "nothing to search for in '\\u202e-':"),  # shown once escaped
    (("search", "--advanced", "*"), "a '*' must follow the word or phrase"),
    (("claim", "1", "--quote", "Rain", "--claimant", "x" * 301), "at most 300 characters"),
    (("claim", "--from-quote", "1", "--claimant", "y" * 400), "this one has 400"),
]


@pytest.mark.parametrize(("args", "said"), USAGE_ERRORS)
def test_a_usage_error_on_a_missing_library_is_exit_2_and_makes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], said: str
) -> None:
    missing = tmp_path / "typo" / "library.sqlite"
    assert run(missing, *args) == 2
    assert said in capsys.readouterr().err
    assert not missing.parent.exists()


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article("Rain", "Rain fell. Rain stopped."), analyze=False)
    return path


def test_occurrence_with_start_and_end_marks_nothing(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--start 0 --end 4 --occurrence 2`` marked the first "Rain" (exit 0) while the
    analyst asked for the second: the hidden offsets won in silence."""
    assert run(library, "annotate", "1", "--start", "0", "--end", "4", "--occurrence", "2") == 2
    with Store(library) as store:
        assert store.annotations.document_annotations(1) == []
    capsys.readouterr()


def test_start_and_end_alone_still_mark_the_span(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(library, "annotate", "1", "--start", "11", "--end", "15") == 0
    with Store(library) as store:
        [annotation] = store.annotations.document_annotations(1)
    assert (annotation.start, annotation.end) == (11, 15)
    capsys.readouterr()


@pytest.mark.parametrize("query", ["🔥", "€", "$"])
def test_a_symbol_alone_is_still_searched(
    library: Path, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    assert run(library, "search", query) == 0
    assert "0 matching documents" in capsys.readouterr().err
