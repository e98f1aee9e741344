"""``entities`` lists lengths of time as DURATION, apart from the dates.

Before: "five years" and "three weeks" were listed as DATE beside "Monday", though the
timeline leaves durations out; the analysis keeps them DATE (TimeML scores them).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.models import Analysis, Article, Mention
from workbench.store import Store

TEXT = ("The strike lasted three weeks. Workers had waited five years for a raise, the union"
        " said on Monday; the past year was read as a span once and as 2023 once.")


def _library(path: Path) -> None:
    with Store(path) as store:
        doc = store.documents.add_article(Article(title="Strike", text=TEXT),
                                          analyze=False).documents_added[0]
        spans = [("three weeks", "P3W"), ("five years", "P5Y"), ("Monday", "2024-01-08"),
                 ("the past year", "P1Y")]
        mentions = [Mention(TEXT.index(text), TEXT.index(text) + len(text), text, "DATE", text,
                            value=value) for text, value in spans]
        year = TEXT.index("2023")  # "the past year" read once as a year: half, not most
        mentions.append(Mention(year, year + 4, "2023", "DATE", "the past year", value="2023"))
        store.analysis.save_analysis(doc, Analysis(mentions=tuple(mentions)))


def _listed(path: Path, capsys: pytest.CaptureFixture[str], *options: str) -> str:
    assert main(["--db", str(path), "entities", *options]) == 0
    return capsys.readouterr().out


def test_durations_are_listed_as_a_kind_of_their_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "library.sqlite"
    _library(path)
    listed = _listed(path, capsys)
    assert "DURATION    five years" in listed and "DURATION    three weeks" in listed
    assert "DATE        Monday" in listed and "DATE        the past year" in listed
    dates = _listed(path, capsys, "--type", "date")
    assert "Monday" in dates and "the past year" in dates and "five years" not in dates
    durations = _listed(path, capsys, "--type", "duration")
    assert "five years" in durations and "three weeks" in durations
    assert "Monday" not in durations and "the past year" not in durations
    rows = json.loads(_listed(path, capsys, "--json"))
    assert {row["name"]: (row["label"], row["duration"]) for row in rows} == {
        "five years": ("DATE", True), "three weeks": ("DATE", True),
        "Monday": ("DATE", False), "the past year": ("DATE", False)}


def test_the_help_names_the_duration_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["entities", "--help"])
    assert "DURATION: lengths of time" in " ".join(capsys.readouterr().out.split())


def test_a_recurrence_is_no_duration(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "every night" and "annually" carry a period's value (P1D, P1Y) but say how often,
    not how long: they stay among the dates (second read of stop 55)."""
    path = tmp_path / "library.sqlite"
    text = "The shelter opens every night and reports annually; repairs took two days."
    with Store(path) as store:
        doc = store.documents.add_article(Article(title="Shelter", text=text),
                                          analyze=False).documents_added[0]
        spans = [("every night", "P1D"), ("annually", "P1Y"), ("two days", "P2D")]
        mentions = tuple(Mention(text.index(t), text.index(t) + len(t), t, "DATE", t, value=v)
                         for t, v in spans)
        store.analysis.save_analysis(doc, Analysis(mentions=mentions))
    durations = _listed(path, capsys, "--type", "duration")
    assert "two days" in durations and "every night" not in durations
    assert "annually" not in durations
    dates = _listed(path, capsys, "--type", "date")
    assert "every night" in dates and "annually" in dates and "two days" not in dates
