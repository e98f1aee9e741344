"""The claims table's Author filter keeps one author's claims by id, even when names are shared."""

from __future__ import annotations

from tests.ui.probes import visible_claims
from workbench.core.authorship import Author
from workbench.ui.claims.library_view import UNATTRIBUTED, ClaimsView, author_choices
from workbench.ui.theme.manager import ThemeManager

TEXT = "Officials said the bridge would reopen. Engineers disagreed. Nobody else spoke."
ANA = Author("a" * 32, "Ana")
OTHER_ANA = Author("c" * 32, "Ana")  # a colleague with the very same display name
BEN = Author("b" * 32, "Ben")


def test_two_authors_of_one_name_each_get_an_entry_of_their_own() -> None:
    names = {ANA.id: "Ana", OTHER_ANA.id: "Ana", BEN.id: "Ben"}
    assert author_choices(names) == [
        ("Ana (aaaaaaaa)", ANA.id), ("Ana (cccccccc)", OTHER_ANA.id), ("Ben", BEN.id),
        ("Unknown author", UNATTRIBUTED),
    ]


def test_the_author_filter_compares_ids_not_names(qtbot, library, make_document) -> None:
    doc = make_document(library, "Bridge", TEXT)
    made = {}
    for author, phrase in ((ANA, "Officials"), (OTHER_ANA, "Engineers"), (None, "Nobody")):
        library.authors.act_as(author)
        start = TEXT.index(phrase)
        made[author] = library.claims.add_claim(doc, start, start + len(phrase))[0]
    view = ClaimsView(library, ThemeManager())
    qtbot.addWidget(view)
    view.reload()
    for author in (ANA, OTHER_ANA):
        view.author_combo.setCurrentIndex(view.author_combo.findData(author.id))
        view.author_combo.activated.emit(view.author_combo.currentIndex())
        assert [c.id for c in visible_claims(view)] == [made[author]]
    view.author_combo.setCurrentIndex(view.author_combo.findText("Unknown author"))
    view.author_combo.activated.emit(view.author_combo.currentIndex())
    assert [c.id for c in visible_claims(view)] == [made[None]]
    view.reload()  # a refill keeps the chosen author
    assert view.author_combo.currentText() == "Unknown author"


def test_an_unattributed_cell_is_capitalised_like_its_neighbours_but_names_stay_as_typed() -> None:
    from workbench.ui.widgets.wording import author_cell

    assert author_cell(None) == author_cell("") == "Unknown author"
    assert author_cell("ana de souza") == "ana de souza"  # a name keeps the case it was given
