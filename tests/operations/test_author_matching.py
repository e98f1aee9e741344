"""One rule says which author a typed name means: signing, bundles and ``claims --by`` share it."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.authorship import Author
from workbench.core.models import Article
from workbench.operations.identity import (
    AmbiguousAuthor,
    author_for_name,
    author_named,
    find_author,
)
from workbench.store import Store

ANA, OTHER_ANA, BEN = (
    Author("a" * 32, "Ana Ruiz"),
    Author("c" * 32, "ana ruiz"),
    Author("b" * 32, "Ben"),
)
TEXT = "Officials said the bridge would reopen. Engineers disagreed."


def test_names_match_case_and_spaces_aside_and_ids_match_themselves() -> None:
    known = {ANA.id: ANA.name, BEN.id: BEN.name}
    assert find_author("  ANA   ruiz ", known) == ANA.id
    assert find_author(BEN.id, known) == BEN.id
    assert find_author("Chloé", known) is None
    with pytest.raises(LookupError, match=r"no author called 'Chloé'.*Ana Ruiz, Ben"):
        author_named("Chloé", known)


def test_a_shared_name_is_refused_with_the_ids_to_choose_from() -> None:
    known = {ANA.id: ANA.name, OTHER_ANA.id: OTHER_ANA.name, BEN.id: BEN.name}
    for ask in (find_author, author_named, author_for_name):
        with pytest.raises(AmbiguousAuthor, match=f"2 authors.*{ANA.id}, {OTHER_ANA.id}"):
            ask("Ana  Ruiz", known)
    assert author_named(OTHER_ANA.id, known) == OTHER_ANA.id
    assert author_for_name(OTHER_ANA.id, known) == OTHER_ANA


@pytest.fixture
def shared_name(tmp_path: Path) -> Path:
    """A library where two analysts called "Ana Ruiz" each made a claim."""
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        doc = store.documents.add_article(Article(title="Bridge", text=TEXT),
                                          analyze=False).documents_added[0]  # fmt: skip
        for author, phrase in ((ANA, "Officials"), (OTHER_ANA, "Engineers")):
            store.authors.act_as(author)
            start = TEXT.index(phrase)
            store.claims.add_claim(doc, start, start + len(phrase))
    return path


@pytest.mark.parametrize("command", [
    ["claims", "--by", "ANA RUIZ"],
    ["export", "--format", "bundle", "--author", "ana ruiz"],
    ["--author", "Ana Ruiz", "claim-status", "1", "disputed"],
])  # fmt: skip
def test_the_command_line_refuses_a_shared_name_naming_the_ids(
    shared_name: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = shared_name.read_bytes()
    assert main(["--db", str(shared_name), *command]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and ANA.id in err and OTHER_ANA.id in err
    assert shared_name.read_bytes() == before


def test_claims_by_an_id_or_an_unknown_name(
    shared_name: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", str(shared_name), "claims", "--by", OTHER_ANA.id]) == 0
    assert "Engineers" in capsys.readouterr().out
    assert main(["--db", str(shared_name), "claims", "--by", "Chloé"]) == 1
    assert "no author called 'Chloé'" in capsys.readouterr().err
