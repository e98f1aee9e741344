"""A claim's event names are whole names: a title word that begins another name lists nothing.

The claim's document (parliament's suspension) writes "Prime Minister Boris
Johnson" and "the Supreme Court"; an article about another story writes
"Prime Minister" and "Supreme Leader" and one word of the claim. With single
words as names it wrote three of the claim document's ten names ("prime",
"minister", "supreme") and was listed; with whole names it writes none. A report
that names the event's people in full is still listed on its names alone.
"""

from __future__ import annotations

from workbench.core.models import Article
from workbench.store import Store

CLAIM = "Queen Elizabeth II suspended parliament for five weeks."
OWN = ("Court rules suspension unlawful", f"{CLAIM} It was done at the request of Prime Minister "
       "Boris Johnson. The Supreme Court ruled the "
       "suspension unlawful, Brenda Hale said. The campaigner Gina Miller brought the case. "
       "Johnson said he disagreed with the Supreme Court.")
SAME_EVENT = ("Judges overrule Johnson", "The Queen suspended parliament for five weeks, and "
              "on Tuesday the Supreme Court said it was unlawful. Brenda Hale read the ruling "
              "that Gina Miller had asked for.")
# Names the event's people in full, possessive and at sentence starts; one word of the claim.
BY_NAMES = ("Lawyers welcome ruling", "Brenda Hale’s judgment on parliament was read out. Gina "
            "Miller's lawyers welcomed it outside.")
OTHER_STORY = ("General killed in strike", "The Supreme Leader vowed revenge after the strike "
               "that killed the general. The Prime Minister of Iraq called it an attack on his "
               "country, and parliament voted to expel foreign troops. Minister Javad Zarif "
               "spoke in Tehran.")
BACKGROUND = [(f"Harvest {n}", f"Farmers in valley {n} sold grain and apples at the market.")
              for n in range(30)]


def _suggested(store: Store) -> list[str]:
    ids = {}
    for title, text in [OWN, SAME_EVENT, BY_NAMES, OTHER_STORY, *BACKGROUND]:
        ids[title] = store.documents.add_article(Article(title, text),
                                                 analyze=False).documents_added[0]
    claim_id, _ = store.claims.add_claim(ids[OWN[0]], 0, len(CLAIM))
    return [s.title for s in store.suggestions.suggest_for_claim(claim_id, limit=10)]


def test_a_story_writing_prime_minister_and_supreme_leader_is_not_listed() -> None:
    with Store(None) as store:
        suggested = _suggested(store)
    assert SAME_EVENT[0] in suggested
    assert OTHER_STORY[0] not in suggested


def test_a_report_writing_the_events_full_names_is_listed_on_them() -> None:
    """Its sentences hold too little of the claim to be listed on their own; it writes half
    of the claim document's names in full ("Brenda Hale's" is "Brenda Hale")."""
    with Store(None) as store:
        assert BY_NAMES[0] in _suggested(store)
