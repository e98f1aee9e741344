"""``quotes`` names each quote's id, the QUOTE_ID ``claim --from-quote`` takes (stop 52).

Before: README offered ``claim --from-quote QUOTE_ID``, but neither ``quotes`` nor ``show``
printed a quote's id as text: only ``--json`` gave it, so the README's command could not be
followed from the listing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import run_cli as run
from workbench.core.models import Article
from workbench.store import Store

TEXT = 'The mayor said, "We will rebuild the bridge by spring."'


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        (doc,) = store.documents.add_article(Article("Bridge", TEXT), analyze=False).documents_added
        start = TEXT.index('"')
        store.db.execute("INSERT INTO quotes (document_id, start, end, text, kind)"
                         " VALUES (?, ?, ?, ?, 'direct')", [doc, start, len(TEXT), TEXT[start:]])
    return path


def test_the_quote_listing_names_the_id_claim_from_quote_takes(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(library, "quotes", "--json") == 0
    (quote,) = json.loads(capsys.readouterr().out)
    assert run(library, "quotes") == 0
    heading = capsys.readouterr().out.splitlines()[0]
    assert heading.endswith(f"  quote {quote['id']}")
    assert run(library, "claim", "--from-quote", str(quote["id"]), "--quiet") == 0
