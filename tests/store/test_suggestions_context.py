"""A claim is read in its document: the document's names tell its event from a similar one.

The claim ("The BBC named the next actor to play the Doctor on Saturday.")
names no one. Another casting, a year later, shares more of its words than
the other report of the same casting does; the claim's own document names
Matt Smith, David Tennant and Steven Moffat, and so does that report, so it
comes first for the claim, while the statement alone finds the other casting.
"""

from __future__ import annotations

from workbench.core.models import Article
from workbench.store import Store

CLAIM = "The BBC named the next actor to play the Doctor on Saturday."
OWN = ("Smith is the eleventh Doctor", f"{CLAIM} Producer Steven Moffat said Matt Smith beat "
       "many rivals. David Tennant hands over the Tardis at the end of the year, Moffat said.")
SAME_EVENT = ("Tennant hands over", "Steven Moffat said the actor Matt Smith will be the next "
              "Doctor after David Tennant leaves.")
OTHER_EVENT = ("Capaldi cast", "The BBC named Peter Capaldi as the next actor to play the "
               "Doctor on Sunday, ending weeks of rumours.")
BACKGROUND = [(f"Harvest {n}", f"Farmers in valley {n} sold grain and apples at the market.")
              for n in range(30)]


def test_the_claims_document_names_pick_the_report_of_its_own_event() -> None:
    with Store(None) as store:
        ids = {}
        for title, text in [OWN, SAME_EVENT, OTHER_EVENT, *BACKGROUND]:
            ids[title] = store.documents.add_article(Article(title, text),
                                                     analyze=False).documents_added[0]
        own = ids[OWN[0]]
        claim_id, _ = store.claims.add_claim(own, 0, len(CLAIM))
        in_document = [s.title for s in store.suggestions.suggest_for_claim(claim_id, limit=3)]
        alone = [s.title for s in store.suggestions.suggest_for_statement(
            CLAIM, limit=3, exclude_document=own)]
    assert in_document[0] == SAME_EVENT[0]
    assert alone[0] == OTHER_EVENT[0]
