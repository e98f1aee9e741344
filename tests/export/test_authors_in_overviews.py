"""ACH notes and ach.csv, claims.md and the timeline name who did what; machine output says so."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.authorship import MACHINE_LABEL, Author
from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.store import Store

ANA = Author("a" * 32, "Ana")
BEN = Author("b" * 32, "Ben | Jr")  # a pipe: the Markdown table must stay whole
TEXT = ("On 3 March 2024 the minister said the bridge would reopen in May. "
        "\u201cIt will not,\u201d Engineers said on 4 March 2024.")


def _span(store: Store, phrase: str) -> tuple[int, int]:
    start = store.documents.document_text(1).index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Bridge", text=TEXT, published="2024-03-05"),
                                    analyze=False)
        quote = TEXT.index("\u201cIt")
        date = TEXT.index("4 March 2024")
        store.analysis.save_analysis(1, Analysis(
            mentions=[Mention(date, date + 12, "4 March 2024", "DATE", "4 March 2024",
                              value="2024-03-04")],
            quotes=[Quote(quote, quote + 14, "\u201cIt will not,\u201d")],
        ))
        store.authors.act_as(ANA)
        claim = store.claims.add_claim(1, *_span(store, "the minister said the bridge"))[0]
        analysis = store.ach.create_analysis("Will it reopen?", ["Yes", "No"]).ids[0]
        yes, no = (h.id for h in store.ach.get_analysis(analysis).hypotheses)
        store.authors.act_as(BEN)
        store.annotations.add_annotation(1, *_span(store, "Engineers said"))
        row = store.ach.add_evidence(analysis, claim).ids[0]
        store.ach.rate(row, yes, "CC")
        store.authors.act_as(ANA)
        store.ach.rate(row, no, "II")
    return path


def _export(library: Path, fmt: str, out: Path) -> None:
    assert main(["--db", str(library), "export", "--format", fmt, "--out", str(out)]) == 0


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_the_ach_note_names_who_added_and_who_rated(library: Path, tmp_path: Path) -> None:
    _export(library, "markdown", tmp_path / "md")
    (note,) = (tmp_path / "md").glob("ACH 1 - *.md")
    text = note.read_text(encoding="utf-8")
    assert "· by Ana*" in text.splitlines()[2]  # the analysis itself
    assert text.count("— inconsistency") == text.count("· by Ana") - 1  # each hypothesis
    (row,) = [line for line in text.splitlines() if line.startswith("| [")]
    assert "added by Ben &#124; Jr" in row and "CC · Ben &#124; Jr" in row and "II · Ana" in row
    assert row.count(" | ") == 4  # evidence, grade, H1, H2, diagnosticity: the pipe escaped


def test_ach_csv_names_the_author_of_each_hypothesis_row_and_rating(
    library: Path, tmp_path: Path
) -> None:
    _export(library, "csv", tmp_path / "csv")
    rows = _rows(tmp_path / "csv" / "ach.csv")
    assert [(r["hypothesis"], r["rating"], r["rated_by"]) for r in rows] == [
        ("Yes", "CC", "Ben | Jr"), ("No", "II", "Ana")]
    assert {r["hypothesis_author"] for r in rows} == {"Ana"}
    assert {r["evidence_author"] for r in rows} == {"Ben | Jr"}


def test_claims_index_names_each_claims_author(library: Path, tmp_path: Path) -> None:
    _export(library, "markdown", tmp_path / "md")
    claims = (tmp_path / "md" / "claims.md").read_text(encoding="utf-8")
    (line,) = [line for line in claims.splitlines() if "minister" in line]
    assert line.endswith("· by Ana")


def test_the_timeline_names_analysts_and_marks_machine_items(library: Path, tmp_path: Path) -> None:
    _export(library, "csv", tmp_path / "csv")
    made = {(r["kind"], r["author"]) for r in _rows(tmp_path / "csv" / "timeline.csv")}
    assert ("claim", "Ana") in made and ("highlight", "Ben | Jr") in made
    assert ("quote", MACHINE_LABEL) in made
    _export(library, "markdown", tmp_path / "md")
    lines = (tmp_path / "md" / "timeline.md").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("- ") and "Claim:" in line and line.endswith("by Ana")
               for line in lines)
    assert any("Quote:" in line and line.endswith(f"*{MACHINE_LABEL}*") for line in lines)


def test_the_timeline_authors_of_every_document_are_read_in_one_query(tmp_path: Path) -> None:
    from workbench.operations.exporting import timeline_authors
    from workbench.operations.timeline import gather_timeline

    with Store(tmp_path / "many.sqlite") as store:
        made = {}
        for number, author in enumerate((ANA, BEN, ANA)):
            article = Article(title=f"Bridge {number}", text=f"{TEXT} Story {number}.",
                              published="2024-03-05")
            doc = store.documents.add_article(article, analyze=False).documents_added[0]
            store.authors.act_as(author)
            start = TEXT.index("the minister said")
            made[store.claims.add_claim(doc, start, start + 17)[0]] = author.name
        timeline = gather_timeline(store, None)
        statements: list[str] = []
        store.db.conn.set_trace_callback(statements.append)
        authors = timeline_authors(store, timeline)
        store.db.conn.set_trace_callback(None)
    assert authors == made
    assert len([s for s in statements if "FROM annotations" in s]) == 1
