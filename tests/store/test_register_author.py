"""One rule for naming authors, whoever brings the name (analyst, export, bundle, merge)."""

from __future__ import annotations

from workbench.store import Store
from workbench.store.authors import register_author

ID = "c" * 32


def _names(store: Store) -> dict[str, str]:
    return dict(store.db.execute("SELECT id, name FROM authors").fetchall())


def test_bad_ids_and_names_are_not_recorded_and_a_known_name_is_kept() -> None:
    with Store() as store:
        assert not register_author(store.db, "Ana", "Ana")
        assert not register_author(store.db, ID + "\n", "Ana")  # "$" once let this through
        assert not register_author(store.db, ID, "   ")
        assert not register_author(store.db, ID, 42)
        assert register_author(store.db, ID, " Cleo ")
        assert not register_author(store.db, ID, "Someone else")
        assert _names(store) == {ID: "Cleo"}
        assert register_author(store.db, ID, "Cleo B.", rename=True)
        assert _names(store) == {ID: "Cleo B."}
