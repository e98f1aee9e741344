"""The feedback query: a report that words the claim differently but names what the best
answers name is found; BM25's best answer stays first, and the first few keep the order
of the answers to the claim's words.

The claim names no one ("the actress"); two reports of the rehab check-in
answer it best and both name Betty Ford and Rancho Mirage, so the third
report, which shares only "actress" and "rehab" with the claim, comes before
documents that share more of the claim's common words but nothing of the event.
"""

from __future__ import annotations

from workbench.core.models import Article
from workbench.store import Store

CLAIM = "The actress checked into rehab again on Tuesday, her lawyer said."
EVENT = [
    ("Lohan in rehab", "Actress Lindsay Lohan checked into rehab at the Betty Ford Center in "
     "Rancho Mirage on Tuesday, her lawyer said."),
    ("Lohan again", "Lohan checked into rehab at Betty Ford in Rancho Mirage on Tuesday, the "
     "actress's lawyer said."),
    ("Betty Ford arrival", "Lindsay Lohan arrived at the Betty Ford Center in Rancho Mirage. "
     "The actress is in rehab again for 90 days."),
]  # fmt: skip
OTHERS = [
    ("Rehab costs", "Nurses checked rehab costs on Tuesday."),
    ("Rehab charity", "The charity checked rehab beds on Tuesday."),
    ("Contract talks", "The actress said on Tuesday that her lawyer checked the contract again. "
     "Her lawyer said talks went on."),
    ("Court date", "Her lawyer said the actress checked her diary again on Tuesday. The lawyer "
     "said the court date stands."),
]  # fmt: skip
BACKGROUND = [(f"Harvest {n}", f"Farmers in valley {n} sold grain and apples at the market.")
              for n in range(30)]


def test_the_names_the_best_answers_share_bring_in_the_report_worded_differently() -> None:
    with Store(None) as store:
        for title, text in EVENT + OTHERS + BACKGROUND:
            store.documents.add_article(Article(title, text), analyze=False)
        found = [s.title for s in store.suggestions.suggest_for_statement(CLAIM, limit=3)]
    assert found[0] == "Lohan in rehab"  # BM25's best answer stays first
    assert set(found) == {title for title, _ in EVENT}


def test_a_report_sharing_one_word_of_the_claim_but_the_events_names_is_listed() -> None:
    """One shared word ("rehab") is not evidence enough on its own; writing the names the
    best answers share (Lohan, Betty Ford, Rancho Mirage) makes it a report of the event."""
    stay = ("Ninety days", "Lindsay Lohan will spend ninety days in rehab at the Betty Ford "
            "Center in Rancho Mirage.")
    unrelated = ("Rehab unit", "A new rehab unit opened for injured athletes.")
    with Store(None) as store:
        for title, text in [*EVENT, stay, unrelated, *BACKGROUND]:
            store.documents.add_article(Article(title, text), analyze=False)
        found = [s.title for s in store.suggestions.suggest_for_statement(CLAIM, limit=10)]
    assert stay[0] in found
    assert unrelated[0] not in found


def test_a_document_writing_the_shared_names_but_little_of_the_claim_does_not_lead() -> None:
    """A profile writing Betty Ford and Rancho Mirage over and over but little of the claim
    scores high on the names query; among the first answers the claim's words rank it after
    the report that tells the check-in (``claim_feedback.feedback_order``)."""
    profile = ("Betty Ford profile", "Betty Ford Center, Rancho Mirage: Lindsay Lohan, Betty "
               "Ford, Rancho Mirage, Lohan. The actress stays.")
    with Store(None) as store:
        for title, text in [*EVENT, profile, *BACKGROUND]:
            store.documents.add_article(Article(title, text), analyze=False)
        found = [s.title for s in store.suggestions.suggest_for_statement(CLAIM, limit=5)]
    assert found.index("Betty Ford arrival") < found.index(profile[0])
