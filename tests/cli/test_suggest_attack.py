"""``workbench suggest`` attacked: a pasted article as one batch line, a slow batch, rank 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli as run
from workbench.cli import main
from workbench.core.models import Article
from workbench.store import Store

GENOA = ("A motorway bridge fell in northern Italy on Tuesday. In Genoa, 12 people were killed "
         "after the Morandi bridge gave way during a storm. The Morandi bridge had been repaired "
         "in 2016, and the Genoa prosecutor opened an inquiry into the Morandi bridge collapse.")
CLAIM = "Twelve people died when the Morandi bridge collapsed in Genoa."
NOISE = "Farmers expect a record harvest this autumn."


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article("Genoa bridge", GENOA), analyze=False)
        store.documents.add_article(Article("Rome desk", f"Rome - {CLAIM}"), analyze=False)
    return path


def suggestions_part(db: Path) -> type:
    """The class behind ``store.suggestions``, reached through the store's one door."""
    with Store(db) as store:
        return type(store.suggestions)



def test_a_whole_article_on_one_batch_line_is_shown_shortened(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 1 MB line (an article pasted without line breaks) was printed whole above its
    matches, a megabyte of terminal scroll for one heading."""
    batch = tmp_path / "pasted.txt"
    batch.write_text(" ".join([CLAIM] * 16_000) + "\n", encoding="utf-8")
    assert run(library, "suggest", "--batch", str(batch)) == 0
    out = capsys.readouterr().out
    heading = out.splitlines()[0]
    assert heading.startswith("Twelve people died") and heading.endswith("…")
    assert len(heading) <= 200
    assert len(out) < 5_000


def test_batch_bom_crlf_and_blank_lines_leave_only_the_statements(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "windows.txt"
    batch.write_bytes(f"\ufeff{CLAIM}\r\n\r\n   \r\n{NOISE}\r\n".encode())
    assert run(library, "suggest", "--batch", str(batch)) == 0
    headings = [line for line in capsys.readouterr().out.splitlines()
                if not line.startswith("    ")]
    assert headings == [CLAIM, NOISE]


def test_batch_rows_print_as_each_statement_is_matched(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 10,000-line batch ran about a minute with nothing on screen: every statement was
    matched before the first was printed. Stopped at the second statement, the first one's
    matches must already be out."""
    parts = suggestions_part(library)

    class Stopped(Exception):
        pass

    real = parts.suggest_for_statement
    calls: list[str] = []

    def second_stops(self, text, *args, **kwargs):  # noqa: ANN001, ANN202
        calls.append(text)
        if len(calls) == 2:
            raise Stopped
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(parts, "suggest_for_statement", second_stops)
    batch = tmp_path / "claims.txt"
    batch.write_text(f"{CLAIM}\n{NOISE}\n", encoding="utf-8")
    with pytest.raises(Stopped):
        main(["--db", str(library), "suggest", "--batch", str(batch)])
    out = capsys.readouterr().out
    assert out.startswith(CLAIM) and "doc 1:" in out


@pytest.mark.parametrize("option", ["--accept", "--reject"])
@pytest.mark.parametrize("rank", ["0", "-1", "first"])
def test_a_rank_below_one_is_a_usage_error(
    library: Path, option: str, rank: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ranks are printed from 1: rank 0 or -1 is a malformed value (exit 2), not a
    suggestion that went missing (exit 1)."""
    assert run(library, "suggest", "1", option, rank) == 2
    assert f"expected a whole number of 1 or more, got '{rank}'" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["folder", "under_a_file"])
def test_a_csv_that_cannot_be_written_is_refused_before_the_batch_runs(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, where: str,
) -> None:
    """``--csv`` naming a folder failed only after every statement was matched (a minute
    for 10,000 lines), with the matches already printed as if all went well."""
    parts = suggestions_part(library)

    def never(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("the batch ran before the CSV was checked")

    monkeypatch.setattr(parts, "suggest_for_statement", never)
    batch = tmp_path / "claims.txt"
    batch.write_text(CLAIM + "\n", encoding="utf-8")
    target = tmp_path if where == "folder" else batch / "out.csv"
    assert run(library, "suggest", "--batch", str(batch), "--csv", str(target)) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(tmp_path if where == "folder" else batch) in captured.err


@pytest.mark.parametrize(
    ("extra", "words"),
    [(["--accept", "1", "--quiet", "--json"], "not allowed with argument"),
     (["--quiet"], "--quiet goes with --accept or --reject RANK")],
)
def test_quiet_that_cannot_apply_is_a_usage_error(
    library: Path, extra: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: ``--quiet --json`` printed the JSON (quiet ignored) and ``--quiet`` without a
    decision printed the whole list, exit 0; other commands refuse both as usage errors."""
    assert run(library, "suggest", "1", *extra) == 2
    assert words in capsys.readouterr().err


def test_overlapping_matches_are_marked_once() -> None:
    """A 10,000-word claim matched "2" inside "20": the line read "more than [[2]0] inches",
    and a match reaching into another was bracketed in the wrong place."""
    from workbench.commands.suggest import _marked
    from workbench.core.claim_matching import Suggestion

    text = "a diameter of more than 20 inches was taken"
    base = 100
    at = text.index("20") + base
    found = Suggestion(1, "Coin", base, base + len(text), text, 0.5, "sentence",
                       matches=((at, at + 1), (at, at + 2), (at + 3, at + 9),
                                (at + 6, at + 13)),
                       shared_entities=())
    assert _marked(found) == "a diameter of more than [20] [inches was] taken"
