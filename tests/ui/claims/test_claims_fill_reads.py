"""The Claims dock reads every claim's links and tags at once, not two queries per claim.

Attack run 17: filling the dock ran a links query and a tags query per claim, so first
showing 3,000 claims took 2.6 s. Counted here in SQL statements, never timed.
"""

from __future__ import annotations

import pytest

from workbench.store import Store
from workbench.ui.claims.library_view import CLAIM_ROLE, ClaimsView
from workbench.ui.theme.manager import ThemeManager

LINKS = 5
EMOJI_TAG = "mood/🔥 heated"


def _claims(library: Store, make_document, count: int) -> list[int]:
    """``count`` claims in one document, one per sentence."""
    sentences = [f"Officials said item {n} would ship on day {n}." for n in range(count)]
    doc = make_document(library, f"{count} statements", " ".join(sentences))
    ids, start = [], 0
    for sentence in sentences:
        ids.append(library.claims.add_claim(doc, start, start + len(sentence))[0])
        start += len(sentence) + 1
    return ids


def _statements_in_reload(qtbot, library: Store) -> list[str]:
    view = ClaimsView(library, ThemeManager())
    qtbot.addWidget(view)
    statements: list[str] = []
    library.db.conn.set_trace_callback(statements.append)
    try:
        view.reload()
    finally:
        library.db.conn.set_trace_callback(None)
    return statements


@pytest.mark.parametrize("count", [3, 300])
def test_filling_the_dock_reads_links_and_tags_once_for_all_claims(
        qtbot, library, make_document, count: int) -> None:
    ids = _claims(library, make_document, count)
    library.claims.link_claims(ids[0], ids[1], "supports")
    library.tags.tag_annotation(ids[-1], "topic")
    statements = _statements_in_reload(qtbot, library)
    links = [s for s in statements if "FROM links" in s]
    tags = [s for s in statements if "FROM span_tags s JOIN tags" in s]
    assert len(links) == 1, f"{len(links)} link reads for {count} claims"
    assert len(tags) == 1, f"{len(tags)} tag reads for {count} claims"
    assert len(statements) < 40  # as many for 300 claims as for 3


def test_the_dock_shows_each_claims_own_links_and_tags(qtbot, library, make_document) -> None:
    """An emoji tag, a claim with no links, a link to a claim in another document."""
    here = _claims(library, make_document, 3)
    there = _claims(library, make_document, 2)
    library.claims.link_claims(here[0], there[1], "contradicts")
    library.claims.link_claims(here[0], here[1], "supports")
    library.tags.tag_annotation(here[0], EMOJI_TAG)
    library.tags.tag_annotation(here[0], "alpha")
    library.tags.tag_annotation(there[1], EMOJI_TAG)
    view = ClaimsView(library, ThemeManager())
    qtbot.addWidget(view)
    view.reload()
    rows = {}
    for row in range(view.table.topLevelItemCount()):
        item = view.table.topLevelItem(row)
        rows[item.data(0, CLAIM_ROLE).id] = (item.data(0, CLAIM_ROLE), item.text(LINKS))
    assert set(rows) == {*here, *there}
    first, shown = rows[here[0]]
    assert shown == "2"
    assert list(first.tags) == ["alpha", EMOJI_TAG]
    assert [(link.other_claim_id, link.direction, link.other_title) for link in first.links] == [
        (there[1], "outgoing", "2 statements"), (here[1], "outgoing", "3 statements")]
    across, shown = rows[there[1]]
    assert shown == "1" and list(across.tags) == [EMOJI_TAG]
    assert [(link.other_claim_id, link.direction, link.reads, link.other_title)
            for link in across.links] == [(here[0], "incoming", first.links[0].reads,
                                           "3 statements")]
    lone, shown = rows[here[2]]
    assert shown == "0" and not lone.links and not lone.tags
    for claim, _shown in rows.values():  # as the one-claim reads give them
        assert list(claim.links) == library.claims.claim_links(claim.id)
        assert list(claim.tags) == library.annotations.annotation_tags(claim.id)
