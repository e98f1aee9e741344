"""``list`` and ``show`` print a publication date kept as text whole, not cut to ten characters.

Before: both cut every ``published`` value to its first ten characters (meant to drop an
ISO time), so a date an import keeps as text read as another one: "Spring 2019" as
"Spring 201", year 10000 as "10000-01-0"; a source longer than its column lost its end
without a mark ("Süddeutsche Zeitung" as "Süddeutsche Ze").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.models import Article
from workbench.store import Store

DATES = {
    "Season": "Spring 2019",
    "Far": "10000-01-01",
    "Timed": "2024-05-01T10:00:00+02:00",
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        for title, published in DATES.items():
            store.documents.add_article(Article(
                title=title, text=f"Text of {title}.", published=published,
                source="Süddeutsche Zeitung am Wochenende"), analyze=False)
    return path


def _lines(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    assert main(["--db", str(db), *argv]) == 0
    return capsys.readouterr().out.splitlines()


def test_list_prints_a_text_date_whole_and_an_iso_time_as_its_day(db, capsys) -> None:
    lines = {line.split()[-1]: line for line in _lines(db, capsys, "list")}
    assert "Spring 2019" in lines["Season"]
    assert "10000-01-01" in lines["Far"]
    assert "2024-05-01 " in lines["Timed"] and "T10" not in lines["Timed"]
    assert "Süddeutsche Zeitung am…" in lines["Season"]  # cut (past 24 characters), and marked so
    columns = {line.index(line.split()[-1]) for line in lines.values()}
    assert len(columns) == 1  # the titles still line up


def test_show_prints_a_text_date_whole(db, capsys) -> None:
    assert "Spring 2019" in _lines(db, capsys, "show", "Season")[1]
    assert " · 2024-05-01" in _lines(db, capsys, "show", "Timed")[1]


def test_entity_show_and_the_markdown_index_print_a_text_date_whole(db, tmp_path, capsys) -> None:
    with Store(db) as store:
        store.entities.create_entity_mention(1, 8, 14, "Season", "EVENT")
    assert any("Spring 2019" in line for line in _lines(db, capsys, "entity", "show", "Season"))
    out = tmp_path / "notes"
    assert main(["--db", str(db), "export", "--format", "markdown", "--out", str(out)]) == 0
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "Spring 2019" in index and "10000-01-01" in index
