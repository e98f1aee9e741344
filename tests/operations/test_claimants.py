"""One claimant rule for the CLI and the window: a known name links to its entity, any
other is kept as text, both after trimming and collapsing inner spaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.operations.claimants import claimant_of
from workbench.store import Store

KNOWN = {"Jane Doe": 7}


@pytest.mark.parametrize(
    "typed,expected",
    [
        ("Jane Doe", (7, None)),
        ("  Jane \t Doe ", (7, None)),
        ("John   Roe", (None, "John Roe")),
        ("", (None, None)),
        ("   ", (None, None)),
        ("\u200b\u200d", (None, None)),  # was kept: a claimant no one could see
        ("Jane Doe\u200b", (7, None)),  # attack run 18: kept as text beside Jane Doe
        ("\u202eJane\u00ad Doe\u202c", (7, None)),
        ("John\u2060 Roe\ufeff", (None, "John Roe")),
        ("Ra\u200dj", (None, "Ra\u200dj")),  # a joiner stays: scripts need it
        (None, (None, None)),
    ],
)
def test_claimant_of_links_a_known_name_else_keeps_the_collapsed_text(
    typed: str | None, expected: tuple[int | None, str | None]
) -> None:
    assert claimant_of(typed, KNOWN.get) == expected


@pytest.mark.parametrize(
    "typed,entity,text", [("Jane   Doe", "Jane Doe", None), ("John   Roe", None, "John Roe")]
)
def test_the_cli_stores_a_typed_claimant_as_the_window_does(
    tmp_path: Path, typed: str, entity: str | None, text: str | None
) -> None:
    db = tmp_path / "library.sqlite"
    body = "Jane Doe said the river is rising fast."
    with Store(db) as store:
        store.documents.add_article(Article(title="River", text=body), analyze=False)
        store.entities.create_entity_mention(1, 0, 8, "Jane Doe", "PERSON")
    assert run_cli(db, "claim", "1", "--quote", "the river is rising", "--claimant", typed) == 0
    with Store(db) as store:
        (claim,) = store.claims.list_claims()
        linked = store.entities.get_entity(claim.claimant_entity_id)["name"] if entity else None
    assert (linked, claim.claimant) == (entity, entity or text)


@pytest.mark.parametrize("typed", ["", "  ", "\u200b"])
def test_the_cli_refuses_a_blank_claimant_as_a_usage_error(tmp_path: Path, typed: str) -> None:
    """Before: ``claim --claimant ''`` quietly gave no claimant, ``$'\\u200b'`` an invisible one."""
    db = tmp_path / "library.sqlite"
    with Store(db) as store:
        store.documents.add_article(Article(title="River", text="The river is rising."),
                                    analyze=False)
    assert run_cli(db, "claim", "1", "--quote", "river", "--claimant", typed) == 2
    with Store(db) as store:
        assert store.claims.list_claims() == []
