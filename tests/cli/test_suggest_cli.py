"""``workbench suggest``: one row per document, ``--per-document N``, an honest "no match"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import run_cli as run
from workbench.core.models import Article
from workbench.store import Store

GENOA = ("A motorway bridge fell in northern Italy on Tuesday. In Genoa, 12 people were killed "
         "after the Morandi bridge gave way during a storm. The Morandi bridge had been repaired "
         "in 2016, and the Genoa prosecutor opened an inquiry into the Morandi bridge collapse.")
OTHER = [
    ("Berlin marathon", "Thousands ran the marathon in Berlin on Sunday. A Kenyan runner won."),
    ("Harvest", "Farmers in Iowa expect a record corn harvest this autumn after a wet spring."),
    ("Museum", "The city museum reopened after renovation. Visitors queued for hours."),
]
CLAIM = "Twelve people died when the Morandi bridge collapsed in Genoa."
NOISE = "The Russian government dismissed the claim from Berlin as groundless."


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("suggest-cli") / "library.sqlite"
    with Store(path) as store:
        for title, text in [("Genoa bridge", GENOA), *OTHER]:
            store.documents.add_article(Article(title, text), analyze=False)
    return path



def test_batch_lists_each_document_once_and_says_when_nothing_matches(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "claims.txt"
    batch.write_text(f"{CLAIM}\n{NOISE}\n", encoding="utf-8")
    assert run(library, "suggest", "--batch", str(batch), "--json") == 0
    first, second = json.loads(capsys.readouterr().out)
    (row,) = first["suggestions"]
    assert row["title"] == "Genoa bridge" and row["more_in_document"] >= 1
    assert {"score", "matched_words", "features", "more_in_document"} <= set(row)
    assert second["suggestions"] == []
    assert run(library, "suggest", "--batch", str(batch)) == 0
    assert "No likely matches." in capsys.readouterr().out


def test_per_document_shows_more_statements_of_the_same_document(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "claims.txt"
    batch.write_text(CLAIM + "\n", encoding="utf-8")
    assert run(library, "suggest", "--batch", str(batch), "--per-document", "2", "--json") == 0
    (record,) = json.loads(capsys.readouterr().out)
    rows = record["suggestions"]
    assert len(rows) == 2 and rows[0]["document_id"] == rows[1]["document_id"]
    assert rows[0]["start"] != rows[1]["start"]


@pytest.mark.parametrize("value", ["0", "-1", "two", str(2**64)])
def test_per_document_out_of_range_is_a_one_line_usage_error(
    library: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    assert run(library, "suggest", "1", "--per-document", value) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert "--per-document" in err


@pytest.fixture
def claimed(tmp_path: Path) -> tuple[Path, int]:
    """A library whose claim (in its own document) has the Genoa report as a suggestion."""
    path = tmp_path / "claimed.sqlite"
    with Store(path) as store:
        for title, text in [("Genoa bridge", GENOA), *OTHER]:
            store.documents.add_article(Article(title, text), analyze=False)
        added = store.documents.add_article(Article("Wire report", CLAIM), analyze=False)
        (doc,) = added.documents_added
        claim_id, _ = store.claims.add_claim(doc, 0, len(CLAIM))
    return path, claim_id


def test_accepting_prints_a_sentence_the_link_id_or_the_link(
    claimed: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    db, claim = claimed
    assert run(db, "suggest", str(claim), "--accept", "1", "--json") == 0
    record = json.loads(capsys.readouterr().out)
    with Store(db) as store:
        (link,) = store.claims.all_links()
        far_end = store.claims.get_claim(link.to_annotation_id)
    assert record["from_annotation_id"] == claim and record["to_annotation_id"] == far_end.id
    assert record["relation"] == "same" and "created_at" in record and "kind" not in record
    assert run(db, "undo") == 0
    capsys.readouterr()
    assert run(db, "suggest", str(claim), "--accept", "1", "--quiet") == 0
    assert capsys.readouterr().out.strip().isdigit()
    assert run(db, "undo") == 0
    capsys.readouterr()
    assert run(db, "suggest", str(claim), "--accept", "1") == 0
    said = capsys.readouterr().out
    with Store(db) as store:
        (link,) = store.claims.all_links()
    # "claim 3 same the statement" was no sentence, and did not name the new claim
    assert said.startswith(f"Created link {link.id}: claim {claim} is the same claim as claim"
                           f" {link.to_annotation_id}, the statement at rank 1 in document ")


def test_a_rank_that_is_not_there_is_failed_input(
    claimed: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    db, claim = claimed
    assert run(db, "suggest", str(claim), "--reject", "99") == 1
    assert "rank 99 asked" in capsys.readouterr().err


@pytest.mark.parametrize(("content", "reason"), [
    (b"\x00\x01\x02PK\x03\x04" * 50, "binary"),
    (b"", "empty"),
])
def test_a_batch_file_that_is_not_text_is_one_line_and_exit_1(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes,
    reason: str,
) -> None:
    """A binary batch file printed Python's "'utf-8' codec can't decode ..." message."""
    batch = tmp_path / "claims.bin"
    batch.write_bytes(content)
    assert run(library, "suggest", "--batch", str(batch)) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and str(batch) in err and reason in err and "codec" not in err


def test_a_batch_file_in_utf16_with_a_bom_is_read(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "claims.txt"
    batch.write_bytes(CLAIM.encode("utf-16"))
    assert run(library, "suggest", "--batch", str(batch), "--json") == 0
    (only,) = json.loads(capsys.readouterr().out)
    assert only["statement"] == CLAIM and only["suggestions"]


@pytest.mark.parametrize(("extra", "message"), [
    (["--batch", "{batch}", "--accept", "1"], "--batch FILE runs on its own: leave out --accept"),
    (["--batch", "{batch}", "7"], "leave out a CLAIM id"),
    (["7", "--csv", "{csv}"], "--csv goes with --batch FILE"),
    (["7", "--accept", "1", "--reject", "1"], "--accept and --reject go one at a time"),
    (["7", "--note", "checked"], "--relation and --note go with --accept RANK"),
    (["7", "--reject", "1", "--relation", "supports"], "go with --accept RANK"),
])
def test_options_that_do_not_go_together_are_a_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    batch = tmp_path / "statements.txt"
    batch.write_text("The harbour reopened.\n", "utf-8")
    argv = [part.format(batch=batch, csv=tmp_path / "out.csv") for part in extra]
    assert run(tmp_path / "l.sqlite", "suggest", *argv) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out.csv").exists()


LONG_GENOA = ("In Genoa, 12 people were killed when the Morandi bridge collapsed during a storm"
              " that had lashed the Ligurian coast for three days and flooded the port district.")


def test_a_long_title_or_statement_is_cut_after_a_whole_word_with_an_ellipsis(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rows cut titles at 50 characters mid-word ("… parliament for )") with no "…"."""
    title = "Genoa prosecutors open an inquiry into the Morandi bridge collapse in Italy"
    db = tmp_path / "long.sqlite"
    with Store(db) as store:
        store.documents.add_article(Article(title, LONG_GENOA), analyze=False)
        for other_title, text in OTHER:
            store.documents.add_article(Article(other_title, text), analyze=False)
        (doc,) = store.documents.add_article(Article("Wire", CLAIM), analyze=False).documents_added
        claim_id, _ = store.claims.add_claim(doc, 0, len(CLAIM))
    batch = tmp_path / "claims.txt"
    batch.write_text(CLAIM + "\n", encoding="utf-8")
    assert run(db, "suggest", str(claim_id)) == 0
    assert run(db, "suggest", "--batch", str(batch)) == 0
    out = capsys.readouterr().out
    assert "(Genoa prosecutors open an inquiry into the…)" in out
    (long_row,) = [line for line in out.splitlines() if line.startswith("    0.")
                   and "doc 1:" in line]
    assert long_row.endswith("that had lashed…") and len(long_row.split(": ", 1)[1]) <= 100


def test_a_listed_row_names_its_number_evidence_not_a_rank(
    claimed: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    """Rows keep the search order, so a bare "0.128" under a "0.238" above a "0.151" read
    as a ranking gone wrong (found on real Wikinews articles): the number is named."""
    db, claim = claimed
    assert run(db, "suggest", str(claim)) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(" 1. evidence 0.") and "doc 1 (Genoa bridge)" in first


def test_rejecting_prints_a_sentence_the_claim_id_or_the_rejection(
    claimed: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    """README: a command that changes something says so; ``--quiet`` prints only the id and
    ``--json`` an object whose "id" is its id. ``--reject --json`` printed nothing, exit 0."""
    db, claim = claimed
    assert run(db, "suggest", str(claim), "--json") == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert run(db, "suggest", str(claim), "--reject", "1", "--json") == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == claim and record["kind"] == "claim"
    assert record["rejected"] == {key: first[key] for key in
                                  ("document_id", "start", "end", "text")} | {"rank": 1}
    assert run(db, "undo") == 0
    capsys.readouterr()
    assert run(db, "suggest", str(claim), "--reject", "1", "--quiet") == 0
    assert capsys.readouterr().out.strip() == str(claim)
    assert run(db, "undo") == 0
    capsys.readouterr()
    assert run(db, "suggest", str(claim), "--reject", "1") == 0
    assert capsys.readouterr().out.startswith(
        f"Rejected rank 1: it will not be suggested for claim {claim} again.")
