"""A claim is read in its document: the document's names tell its event from a similar one.

The claim ("The BBC named the next actor to play the Doctor on Saturday.")
names no one. Another casting, a year later, shares more of its words than
the other report of the same casting does; the claim's own document names
Matt Smith, David Tennant and Steven Moffat, and so does that report, so it
comes first for the claim, while the statement alone finds the other casting.
"""

from __future__ import annotations

import re

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


def _library(store: Store) -> dict[str, int]:
    return {title: store.documents.add_article(Article(title, text),
                                               analyze=False).documents_added[0]
            for title, text in [OWN, SAME_EVENT, OTHER_EVENT, *BACKGROUND]}


def test_a_statement_read_in_its_document_is_judged_as_the_same_claim_is() -> None:
    """One path: the statement with its document's text (how the eval asks) gets exactly
    what the claim gets, weights and threshold chosen by ``evidence_gate`` for both."""
    with Store(None) as store:
        own = _library(store)[OWN[0]]
        claim_id, _ = store.claims.add_claim(own, 0, len(CLAIM))
        as_claim = [s.as_dict() for s in store.suggestions.suggest_for_claim(claim_id, limit=3)]
        query = store.suggestions.statement_query(CLAIM, own, context=OWN[1],
                                                  entity_ids=frozenset())
        as_statement = [s.as_dict() for s in store.suggestions.suggest_for_query(query, limit=3)]
    assert as_claim and as_statement == as_claim


def test_known_entities_replace_the_names_looked_up_in_the_statement() -> None:
    with Store(None) as store:
        _library(store)
        given = store.suggestions.statement_query("Steven Moffat spoke.", entity_ids=frozenset({7}))
        looked_up = store.suggestions.statement_query("Steven Moffat spoke.")
    assert given.entity_ids == frozenset({7})
    assert 7 not in looked_up.entity_ids


def test_a_claims_document_is_read_once_and_split_once(monkeypatch) -> None:
    """The claim's context comes from the cached document data: no second SELECT of its
    text, and its names are counted over the sentences already split."""
    import workbench.store.suggestions as suggestions

    counted: list[object] = []
    real = suggestions.words_and_names

    def counting(text: str, sentences: list[tuple[int, int]] | None = None) -> object:
        counted.append(sentences)
        return real(text, sentences)

    monkeypatch.setattr(suggestions, "words_and_names", counting)
    with Store(None) as store:
        own = _library(store)[OWN[0]]
        claim_id, _ = store.claims.add_claim(own, 0, len(CLAIM))
        asked: list[str] = []
        store.db.conn.set_trace_callback(asked.append)
        store.suggestions.suggest_for_claim(claim_id, limit=3)
        store.db.conn.set_trace_callback(None)
    reads = [int(n) for q in asked for n in re.findall(r"FROM documents WHERE id = (\d+)", q)]
    assert reads.count(own) == 1
    assert counted and all(sentences is not None for sentences in counted)


def test_a_claim_checks_the_library_for_changes_once(monkeypatch) -> None:
    """The caches are checked once per claim or statement asked, not again when its query
    is scored."""
    import workbench.store.suggestion_reads as suggestion_reads

    checks: list[object] = []
    real = suggestion_reads.SuggestionReads.drop_stale_caches

    def counting(self: object) -> None:
        checks.append(self)
        real(self)  # type: ignore[arg-type]

    monkeypatch.setattr(suggestion_reads.SuggestionReads, "drop_stale_caches", counting)
    with Store(None) as store:
        own = _library(store)[OWN[0]]
        claim_id, _ = store.claims.add_claim(own, 0, len(CLAIM))
        checks.clear()
        store.suggestions.suggest_for_claim(claim_id, limit=3)
        store.suggestions.suggest_for_statement(CLAIM, limit=3)
    assert len(checks) == 2


def test_a_statement_read_with_the_text_of_a_document_not_in_the_library() -> None:
    """A pasted article as context, its id unknown to the library: its names still count.

    Guards the crash of looking a statement's ``exclude_document`` up in the
    library whenever it had a context (a missing row); only a claim's is looked up.
    """
    with Store(None) as store:
        for title, text in [SAME_EVENT, OTHER_EVENT, *BACKGROUND]:
            store.documents.add_article(Article(title, text), analyze=False)
        query = store.suggestions.statement_query(CLAIM, exclude_document=10_000,
                                                  context=OWN[1])
        found = [s.title for s in store.suggestions.suggest_for_query(query, limit=3)]
    assert found[0] == SAME_EVENT[0]
