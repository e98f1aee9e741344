"""One label per entity: votes, known names, dates, furniture and the library's labels.

Most tests feed hand-made mentions (as the model might tag them) to the whole-document
pass, so they say exactly which model mistake each rule repairs; a few run the model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.nlp.entity_support import body, tag
from workbench.core.models import Analysis, Mention, Quote
from workbench.nlp import workers
from workbench.nlp.consistency import vote_labels
from workbench.nlp.entities import finalize_mentions, raw_mentions
from workbench.nlp.entity_dates import normalise_dates
from workbench.nlp.furniture import furniture_spans
from workbench.nlp.library_labels import LibraryLabels, apply_library_labels
from workbench.nlp.pipeline import _without_furniture_speaker, analyze_document
from workbench.nlp.workers import AnalysisResult
from workbench.operations.analysis import analyze_pending
from workbench.operations.importing import import_paths
from workbench.store import Store

if TYPE_CHECKING:
    from spacy.language import Language


def labels(mentions: list[Mention]) -> dict[str, set[str]]:
    """Body labels per surface form."""
    found: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.field == "text":
            found.setdefault(mention.text, set()).add(mention.label)
    return found


def test_title_and_full_name_make_a_person_and_its_surname_follows() -> None:
    text = ("Spokeswoman Sandy Angers said the plant would close. "
            "\"We need a breakthrough,\" said Angers.")
    raw = [tag(text, "Spokeswoman Sandy Angers", "ORG"), tag(text, "Angers", "ORG", 1)]
    result = finalize_mentions(raw, text, "")
    assert labels(result) == {"Spokeswoman Sandy Angers": {"PERSON"}, "Angers": {"PERSON"}}
    assert {m.entity for m in result} == {"Sandy Angers"}


def test_title_before_one_word_is_no_proof() -> None:
    text = "General Motors cut 300 jobs at its General Motors plant in Oshawa."
    raw = [tag(text, "General Motors", "ORG"), tag(text, "General Motors", "ORG", 1)]
    assert labels(finalize_mentions(raw, text, ""))["General Motors"] == {"ORG"}


def test_organisation_words_and_contexts() -> None:
    text = ("The plant was the original home of Douglas Aircraft. Sales at electronics "
            "retailer Best Buy rose. We love the Beatles, one executive said.")
    raw = [tag(text, "Douglas Aircraft", "PERSON"), tag(text, "Best Buy", "PERSON"),
           tag(text, "Beatles", "PERSON")]
    assert labels(finalize_mentions(raw, text, "")) == {
        "Douglas Aircraft": {"ORG"}, "Best Buy": {"ORG"}, "Beatles": {"ORG"}}


def test_lowercase_title_words_and_place_heads_do_not_vote() -> None:
    text = ("Three major United States indexes fell. Jets left Changi International Airport "
            "and the Bank of Canada said rates would hold.")
    raw = [tag(text, "United States", "GPE"), tag(text, "Changi International Airport", "FAC"),
           tag(text, "Bank of Canada", "GPE")]
    assert labels(finalize_mentions(raw, text, "")) == {
        "United States": {"GPE"}, "Changi International Airport": {"FAC"},
        "Bank of Canada": {"ORG"}}


def test_confident_context_outweighs_the_model_majority() -> None:
    text = "Dr. Halvorsen spoke first. Later Halvorsen left. Halvorsen came back."
    raw = [tag(text, "Halvorsen", "PERSON"), tag(text, "Halvorsen", "ORG", 1),
           tag(text, "Halvorsen", "ORG", 2)]
    assert labels(finalize_mentions(raw, text, "")) == {"Halvorsen": {"PERSON"}}


def test_tie_keeps_labels_until_the_last_pass_settles_it() -> None:
    text = "Harbour Point was busy. Harbour Point was quiet."
    raw = [tag(text, "Harbour Point", "FAC"), tag(text, "Harbour Point", "ORG", 1)]
    assert {m.label for m in vote_labels(raw, text)} == {"FAC", "ORG"}
    assert labels(finalize_mentions(raw, text, "")) == {"Harbour Point": {"FAC"}}


def test_platforms_are_organisations_and_time_zones_are_not_names() -> None:
    text = "She wrote on Twitter at 16:15 UTC. UTC is used by pilots."
    raw = [tag(text, "Twitter", "PERSON"), tag(text, "16:15 UTC", "TIME"),
           tag(text, "UTC", "ORG", 1)]
    result = finalize_mentions(raw, text, "")
    assert labels(result) == {"Twitter": {"ORG"}, "16:15 UTC": {"TIME"}}


def test_bare_number_is_a_date_only_in_a_date_context() -> None:
    text = "The crew counted 1625 birds. The bridge was built in 1625."
    raw = [tag(text, "1625", "DATE"), tag(text, "1625", "DATE", 1)]
    (kept,) = normalise_dates(raw, text)
    assert kept.start == text.rindex("1625")


def test_date_case_variants_are_one_entity() -> None:
    text = "Yesterday the council met. It had met yesterday morning and on Monday."
    raw = [tag(text, "Yesterday", "DATE"), tag(text, "yesterday morning", "TIME"),
           tag(text, "Monday", "DATE")]
    entities = [m.entity for m in finalize_mentions(raw, text, "")]
    assert entities == ["yesterday", "yesterday morning", "Monday"]


def test_credit_and_byline_names_are_not_entities() -> None:
    text = ("By Jane Doe, Staff Writer\nHALIFAX, N.S. (CP) — Mayor Tom Reyes closed the "
            "ferry.\nThe ferry at dawn. John Roe / The Lakeside Ledger")
    raw = [tag(text, "Jane Doe", "PERSON"), tag(text, "N.S.", "ORG"),
           tag(text, "Tom Reyes", "PERSON"), tag(text, "John Roe", "PERSON")]
    result = finalize_mentions(raw, text, "")
    assert labels(result) == {"Tom Reyes": {"PERSON"}}


def test_speaker_inside_furniture_is_dropped() -> None:
    text = "By Jane Doe, Staff Writer\n\"We will rebuild,\" the mayor said."
    furniture = furniture_spans(text)
    quote = Quote(27, 44, "We will rebuild,", speaker="Jane Doe", speaker_text="Jane Doe",
                  speaker_start=3, speaker_end=11)
    dropped = _without_furniture_speaker(quote, furniture)
    assert (dropped.speaker, dropped.speaker_text, dropped.speaker_start) == (None, None, None)
    mayor = Quote(27, 44, "We will rebuild,", speaker_text="the mayor", speaker_start=46,
                  speaker_end=55)
    assert _without_furniture_speaker(mayor, furniture) is mayor


def test_model_run_keeps_credit_out_of_entities_and_speakers(nlp: Language) -> None:
    text = ("Crews inspect the bridge at dawn. Photo: Jane Doe / Lakeside Ledger\n\n"
            "\"We will rebuild,\" she said.")
    credit_end = text.index("\n")
    analysis = analyze_document("Bridge", text, nlp)
    assert all(m.start >= credit_end for m in analysis.mentions)
    assert all(q.speaker_start is None or q.speaker_start > credit_end for q in analysis.quotes)
    assert all("Doe" not in (q.speaker or "") for q in analysis.quotes)


def test_seed_footer_names_no_entity(nlp: Language) -> None:
    text = ("The council approved the budget on Monday.\n\n"
            "The comments posted here are not from Lakeside Live. Kindly refrain from insults.")
    mentions = finalize_mentions(raw_mentions(nlp(text)), text, "")
    assert all(m.end <= text.index("The comments") for m in mentions)


def test_library_prior_curated_and_consistent_labels() -> None:
    rows = [
        {"name": "Cerberus", "label": "ORG", "documents": 1, "created_by": "analyst"},
        {"name": "Cerberus", "label": "PERSON", "documents": 6, "created_by": "model"},
        {"name": "Harbour Point", "label": "FAC", "documents": 9, "created_by": "model"},
        {"name": "Harbour Point", "label": "ORG", "documents": 1, "created_by": "model"},
        {"name": "Novak Ward", "label": "PERSON", "documents": 2, "created_by": "model"},
        {"name": "Twitter", "label": "PERSON", "documents": 9, "created_by": "model"},
        {"name": "Monday", "label": "DATE", "documents": 9, "created_by": "model"},
    ]
    assert LibraryLabels.from_rows(rows).labels() == {"Cerberus": "ORG", "Harbour Point": "FAC"}


def test_library_label_is_kept_in_a_new_document() -> None:
    mentions = (Mention(0, 8, "Cerberus", "PERSON", "Cerberus"),
                Mention(20, 26, "Monday", "DATE", "Monday"))
    analysis = apply_library_labels(Analysis(mentions=mentions), {"Cerberus": "ORG"})
    assert [m.label for m in analysis.mentions] == ["ORG", "DATE"]
    untouched = Analysis(mentions=mentions)
    assert apply_library_labels(untouched, {}) is untouched


def _fake_analysis(label: str) -> Callable[..., Iterator[AnalysisResult]]:
    """An analyze_items stand-in that tags the first word of every document ``label``."""

    def analyze(items: list[tuple[int, str, str]], **_: object) -> Iterator[AnalysisResult]:
        for doc_id, _title, text in items:
            word = text.split()[0]
            mention = Mention(0, len(word), word, label, word)
            yield AnalysisResult(doc_id, Analysis(mentions=(mention,)))

    return analyze


def test_analysis_keeps_the_label_the_library_agrees_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(None)
    for index in range(3):
        path = tmp_path / f"deal-{index}.txt"
        path.write_text(f"Deal {index}\n\nCerberus bought plant number {index}.\n", "utf-8")
        import_paths(store, [path])
    monkeypatch.setattr(workers, "analyze_items", _fake_analysis("ORG"))
    analyze_pending(store, workers=1)
    late = tmp_path / "late.txt"
    late.write_text("Late deal\n\nCerberus sold the last plant.\n", "utf-8")
    (doc_id,) = import_paths(store, [late]).imported
    monkeypatch.setattr(workers, "analyze_items", _fake_analysis("PERSON"))
    analyze_pending(store, workers=1)
    assert [m["label"] for m in store.analysis.document_entities(doc_id)] == ["ORG"]
    store.close()


def test_unclosed_bracket_and_editorial_brackets_are_not_names() -> None:
    text = "The World Health Organization (WHO) met. \"[W]e are ready,\" Tedros Ghebreyesus said."
    raw = [tag(text, "World Health Organization (WHO", "ORG"), tag(text, "W]e", "PERSON"),
           tag(text, "Tedros Ghebreyesus", "PERSON")]
    found = {(m.text, m.entity) for m in finalize_mentions(raw, text, "")}
    # The acronym the brackets define is a mention of the organisation (resolution.py).
    assert found == {("World Health Organization", "World Health Organization"),
                     ("WHO", "World Health Organization"),
                     ("Tedros Ghebreyesus", "Tedros Ghebreyesus")}


def test_modern_year_the_model_dated_is_kept_unless_it_counts_something() -> None:
    text = "The index ended 2008 down. Analysts said 2009 would be hard. It drew 2010 visitors."
    raw = [tag(text, "2008", "DATE"), tag(text, "2009", "DATE"), tag(text, "2010", "DATE")]
    assert [m.text for m in normalise_dates(raw, text)] == ["2008", "2009"]


def test_a_name_whose_surname_later_dies_is_a_person_not_an_organisation() -> None:
    text = ("The seat formerly held by Odell Marsh is to be filled by a mail-in vote. "
            "Marsh died in October at the age of 68.")
    raw = [tag(text, "Odell Marsh", "ORG")]
    labels = {(m.text, m.label) for m in finalize_mentions(raw, text, "") if m.field == "text"}
    assert ("Odell Marsh", "PERSON") in labels


def test_a_company_whose_last_word_never_lives_or_dies_stays_an_organisation() -> None:
    text = "The plant formerly held by Odell Marsh was sold. Marsh reported a loss in October."
    raw = [tag(text, "Odell Marsh", "ORG")]
    labels = {(m.text, m.label) for m in finalize_mentions(raw, text, "") if m.field == "text"}
    assert ("Odell Marsh", "ORG") in labels


def test_the_verbs_only_people_take_are_read_once_per_text_not_once_per_name() -> None:
    """A long document names people hundreds of times; reading the whole text again for
    each name made its analysis quadratic (the chunked-analysis test ran for minutes)."""
    from workbench.nlp import entity_appositions

    names = [f"Ada Name{number}" for number in range(300)]
    text = (" ".join(f"{name} spoke." for name in names)
            + " Name7 died in 2001. (Name9 was born here.")
    entity_appositions._life_verb_subject_ends.cache_clear()
    found = {name for name in names
             if entity_appositions.surname_lives_or_dies(
                 Mention(text.index(name), text.index(name) + len(name), name, "ORG", name), text)}
    assert found == {"Ada Name7", "Ada Name9"}
    assert entity_appositions._life_verb_subject_ends.cache_info().misses == 1


def test_a_role_noun_before_a_full_name_votes_person() -> None:
    text = ("Payments went to porn actress Brenna Solace. In 2016 the party's presidential "
            "nominee Darnell Keep won 0.2 percent.")
    raw = [tag(text, "Brenna Solace", "ORG"), tag(text, "Darnell Keep", "ORG")]
    labels = {m.text: m.label for m in vote_labels(raw, text)}
    assert labels == {"Brenna Solace": "PERSON", "Darnell Keep": "PERSON"}


def test_a_role_noun_before_one_word_is_no_proof() -> None:
    text = "The suspect Apple denied it, said analyst Ford Motor."
    raw = [tag(text, "Apple", "ORG")]
    assert [m.label for m in vote_labels(raw, text)] == ["ORG"]


def test_a_full_name_of_the_body_it_speaks_for_votes_person() -> None:
    text = ("Smoke filled the garage, and Jo Vikdal of Bergen Fire and Rescue said nobody "
            "was hurt. One resident told Ana Ruizpe of KXAN 4 news, \"We are used to it.\"")
    raw = [tag(text, "Jo Vikdal", "ORG"), tag(text, "Ana Ruizpe", "ORG")]
    labels = {m.text: m.label for m in vote_labels(raw, text)}
    assert labels == {"Jo Vikdal": "PERSON", "Ana Ruizpe": "PERSON"}


def test_of_a_place_or_after_the_is_no_proof_of_a_person() -> None:
    text = ("Shares of Goldman Sachs of New York fell. The Royal Academy of Arts said it "
            "would reopen, and officials of the Islamic Republic of Iran met. The suit was "
            "filed in the court for Northern District of California.\n\nIt failed.")
    raw = [tag(text, "Goldman Sachs", "ORG"), tag(text, "Royal Academy", "ORG"),
           tag(text, "Islamic Republic", "GPE"), tag(text, "Northern District", "LOC")]
    labels = {m.text: m.label for m in vote_labels(raw, text)}
    assert labels == {"Goldman Sachs": "ORG", "Royal Academy": "ORG", "Islamic Republic": "GPE",
                      "Northern District": "LOC"}


def test_a_full_name_listed_between_two_people_votes_person() -> None:
    text = ("The minister and his counterparts, Ana Ruizpe, Nikos Pappadel and Jean Lebrunet, "
            "met in Cairo. Shares of Vikdal Brothers, Ana Ruizpe's firm, rose.")
    raw = [tag(text, "Ana Ruizpe", "PERSON"), tag(text, "Nikos Pappadel", "ORG"),
           tag(text, "Jean Lebrunet", "PERSON"), tag(text, "Vikdal Brothers", "ORG")]
    labels = {m.text: m.label for m in vote_labels(raw, text)}
    assert labels["Nikos Pappadel"] == "PERSON"
    assert labels["Vikdal Brothers"] == "ORG"


def test_a_list_with_a_person_on_one_side_only_is_no_proof() -> None:
    text = "Sponsors were Ana Ruizpe, Vikdal Brothers and the city council."
    raw = [tag(text, "Ana Ruizpe", "PERSON"), tag(text, "Vikdal Brothers", "ORG")]
    assert {m.text: m.label for m in vote_labels(raw, text)}["Vikdal Brothers"] == "ORG"


def test_a_country_after_an_organisation_noun_used_as_an_adjective_stays_a_country() -> None:
    text = "Our foreign policy should resemble one giant Switzerland, armed and neutral."
    voted = vote_labels([tag(text, "Switzerland", "GPE")], text)
    assert [m.label for m in voted] == ["GPE"]
    company = "Shares of retail giant Zentrova rose."
    assert [m.label for m in vote_labels([tag(company, "Zentrova", "GPE")], company)] == ["ORG"]


@pytest.mark.parametrize(("text", "name"), [
    ("Two climbers died in the Alps on Sunday.", "Alps"),
    ("Wildfires burned across the Rockies.", "Rockies"),
    ("Walkers got lost in the Cotswolds.", "Cotswolds"),
])
def test_a_plural_place_after_the_stays_a_place(text: str, name: str) -> None:
    """ "the Alps" read as a place by the model became an organisation: its plural after
    "the" voted for a group ("the Beatles"), which only answers a person reading."""
    found = finalize_mentions([tag(text, name, "LOC")], text, "")
    assert {m.label for m in found if m.text == name} == {"LOC"}


def test_a_plural_band_after_the_is_still_a_group() -> None:
    text = "He played guitar in the Beatles before the war."
    found = finalize_mentions([tag(text, "Beatles", "PERSON")], text, "")
    assert {m.label for m in found if m.text == "Beatles"} == {"ORG"}


def test_a_city_read_as_a_person_gives_no_surname_to_its_province() -> None:
    """"[Banda Aceh]" read as a person made "Aceh" its surname, and every "in Aceh" a
    person; a city the gazetteer knows is no person's full name."""
    text = ("The quake reduced houses in parts of Aceh to rubble. It damaged more than 300 "
            "houses in Aceh, said agency spokesman Nugroho. People ran outside in Banda Aceh "
            "as the quake shook houses. The shaking lasted from Bener Meriah to Banda Aceh. "
            "Aceh, on the northern tip of Sumatra, is often hit by quakes. Five people died "
            "in Aceh.")
    raw = [tag(text, "Aceh", "GPE"), tag(text, "Aceh", "GPE", 1),
           tag(text, "Banda Aceh", "FAC"), tag(text, "Banda Aceh", "PERSON", 1),
           tag(text, "Aceh", "GPE", 5)]
    found = body(finalize_mentions(raw, text, ""))
    assert {(entity, label) for _, entity, label in found} == {("Aceh", "GPE"),
                                                               ("Banda Aceh", "GPE")}


def test_a_name_before_a_regions_kind_is_a_place() -> None:
    text = ("Thousands of residents fled to camps in Indonesia's West Papua province on "
            "Tuesday after two earthquakes flattened homes. Officials said West Papua had "
            "felt 800 aftershocks.")
    raw = [tag(text, "Indonesia", "GPE"), tag(text, "West Papua", "PERSON"),
           tag(text, "West Papua", "PERSON", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("West Papua", "West Papua", "GPE") in found
