"""``claim --from-quote Q --claimant X --status S`` is one action: one undo removes it all."""

from __future__ import annotations

from pathlib import Path

from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store

TEXT = "Carol said the bridge will close in May. Nobody else spoke."


def test_claim_from_quote_with_claimant_and_status_is_undone_in_one_step(
    tmp_path: Path,
) -> None:
    db = tmp_path / "library.sqlite"
    store = Store(db)
    store.documents.add_article(Article(title="Bridge", text=TEXT), analyze=False)
    with store.db.conn:
        store.db.execute(
            'INSERT INTO quotes (document_id, start, "end", text, kind, speaker_text)'
            " VALUES (1, 11, 39, 'the bridge will close in May', 'indirect', 'Carol')"
        )
    store.close()
    argv = ("claim", "--from-quote", "1", "--claimant", "Someone", "--status", "disputed")
    assert run_cli(db, *argv) == 0
    with Store(db) as store:  # the command passes both on, not only the quote
        (claim,) = store.claims.list_claims()
        assert (claim.claimant, claim.status, claim.quote_id) == ("Someone", "disputed", 1)
    assert run_cli(db, "undo") == 0
    store = Store(db)
    assert store.db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    assert store.history.undo_labels()[0] is None
    store.close()
