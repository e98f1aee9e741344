"""The claims part (``store.claims``) is split by concern, each module small and on the map."""

from __future__ import annotations

from pathlib import Path

import workbench.store

STORE = Path(workbench.store.__file__).parent
ARCHITECTURE = STORE.parents[1] / "ARCHITECTURE.md"
CLAIM_MODULES = ("claims.py", "claim_reads.py", "claim_links.py", "claim_spans.py")


def test_each_claims_module_stays_under_the_size_of_one_concern() -> None:
    """Before: claims.py held actions, reads and links in 400-odd lines."""
    sizes = {name: len((STORE / name).read_text(encoding="utf-8").splitlines())
             for name in CLAIM_MODULES}
    assert max(sizes.values()) <= 300, sizes


def test_the_map_names_every_claims_module() -> None:
    architecture = ARCHITECTURE.read_text(encoding="utf-8")
    assert all(f"`{name}`" in architecture for name in CLAIM_MODULES)


def test_reads_and_links_go_through_the_one_door(store: workbench.store.Store) -> None:
    """The split moved queries, not the door: every claim read is a ``store.claims`` method."""
    from workbench.core.models import Article

    text = "The minister said taxes would rise. The union said they would fall."
    doc = store.documents.add_article(Article(title="Taxes", text=text),
                                      analyze=False).documents_added[0]
    rise, _ = store.claims.add_claim(doc, 18, 34)
    fall, _ = store.claims.add_claim(doc, 51, 67)
    link_id, _ = store.claims.link_claims(rise, fall, "contradicts")
    assert store.claims.get_link(link_id) == store.claims.all_links()[0]
    assert [link.reads for link in store.claims.claim_links(fall)] == ["contradicts"]
    assert [c.id for c in store.claims.list_claims(document_id=doc)] == [rise, fall]
    assert [change.note for change in store.claims.claim_history(rise)] == ["created"]
