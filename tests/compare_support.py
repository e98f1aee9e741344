"""Two reports of one invented event, and an unrelated third, written for the compare tests
(operations, CLI and the Compare view), saved with hand-made mentions and quotes."""

from __future__ import annotations

from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.store import Store

# Two reports of one (invented) event, written for this test, and an unrelated third.
REPORT_A = (
    "Floods close the Marrow Bridge\n\n"
    "Heavy rain flooded the Marrow Bridge in Kelston on Tuesday, forcing the city council "
    "to close it to traffic. Mayor Irene Dobbs said the bridge would stay shut until "
    "engineers had inspected its piers. \"We will not take risks with people's lives,\" "
    "Dobbs said. The Kelston Fire Service rescued four drivers from their cars.\n"
)
REPORT_B = (
    "Kelston bridge shut after flooding\n\n"
    "The city council closed the Marrow Bridge in Kelston on Tuesday after heavy rain "
    "flooded the road. The Kelston Fire Service said its crews had rescued four drivers "
    "from cars caught in the water. Engineers will inspect the piers before the bridge "
    "reopens, a council spokesman, Tom Reyes, said. Traders in Hallam Street counted the "
    "cost of the lost custom.\n"
)
UNRELATED = (
    "Chess club wins cup\n\n"
    "The Brenford chess club won the county cup on Saturday, its captain Ada Venn said.\n"
)
NAMES = {
    "Marrow Bridge": "FAC", "Kelston Fire Service": "ORG", "Kelston": "GPE",
    "Irene Dobbs": "PERSON", "Dobbs": "PERSON", "Tom Reyes": "PERSON",
    "Hallam Street": "FAC", "Brenford": "GPE", "Ada Venn": "PERSON", "Tuesday": "DATE",
}
CANONICAL = {"Dobbs": "Irene Dobbs"}


def mentions_of(text: str) -> tuple[Mention, ...]:
    """Each listed name where it is written, longest names first, never overlapping."""
    taken: list[tuple[int, int]] = []
    found = []
    for name in sorted(NAMES, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(s < end and e > start for s, e in taken):
                taken.append((start, end))
                found.append(Mention(start, end, name, NAMES[name], CANONICAL.get(name, name)))
            start = text.find(name, end)
    return tuple(sorted(found, key=lambda m: m.start))


def add_report(store: Store, title: str, text: str, quotes: tuple[Quote, ...] = ()) -> int:
    (doc_id,) = store.documents.add_article(Article(title, text), analyze=False).documents_added
    body = store.documents.document_text(doc_id)
    store.analysis.save_analysis(doc_id, Analysis(mentions_of(body), quotes))
    return doc_id


def quote_in(text: str, words: str, speaker: str | None, speaker_text: str) -> Quote:
    start = text.find(words)
    return Quote(start, start + len(words), words, speaker=speaker, speaker_text=speaker_text)




def add_reports(store: Store) -> tuple[int, int, int]:
    """The two reports (with their quotes) and the unrelated one: their ids."""
    body_a = REPORT_A.split("\n\n", 1)[1]
    body_b = REPORT_B.split("\n\n", 1)[1]
    a = add_report(store, "Floods close the Marrow Bridge", body_a, (
        quote_in(body_a, "We will not take risks with people's lives,", "Irene Dobbs", "Dobbs"),
        quote_in(body_a, "the bridge would stay shut", "Irene Dobbs", "Mayor Irene Dobbs")))
    b = add_report(store, "Kelston bridge shut after flooding", body_b, (
        quote_in(body_b, "Engineers will inspect the piers", "Tom Reyes", "Tom Reyes"),
        quote_in(body_b, "its crews had rescued", None, "The Kelston Fire Service")))
    other = add_report(store, "Chess club wins cup", UNRELATED.split("\n\n", 1)[1])
    return a, b, other
