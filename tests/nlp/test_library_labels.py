"""The library's labels and people: kept in a new document, learnt during one long run."""

from __future__ import annotations

from workbench.core.authorship import Author
from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.nlp import library_labels
from workbench.nlp.library_labels import LibraryLabels, spelling_key
from workbench.store import Store


def mention(name: str, label: str, entity: str | None = None, start: int = 0) -> Mention:
    """A mention whose surface is ``name`` (its entity ``entity`` or the name itself)."""
    return Mention(start, start + len(name), name, label, entity or name)


def row(name: str, label: str, documents: int, created_by: str = "model") -> dict[str, object]:
    """An entity row as ``store.entities.list_entities()`` gives it."""
    return {"name": name, "label": label, "documents": documents, "created_by": created_by}


def test_a_bare_surname_becomes_the_person_the_library_knows() -> None:
    library = LibraryLabels.from_rows([row("Donald Trump", "PERSON", 11),
                                       row("Ivanka Trump", "PERSON", 1)])
    quote = Quote(30, 50, "We will win", speaker="Trump", speaker_text="Mr. Trump")
    analysis = Analysis(mentions=(mention("Mr. Trump", "PERSON", "Trump"),
                                  mention("Trump", "ORG", start=60)), quotes=(quote,))
    result = library.apply(analysis)
    assert {(m.entity, m.label) for m in result.mentions} == {("Donald Trump", "PERSON")}
    assert result.quotes[0].speaker == "Donald Trump"


def test_a_surname_two_people_share_keeps_its_own_entity() -> None:
    library = LibraryLabels.from_rows([row("Boris Johnson", "PERSON", 3),
                                       row("Gary Johnson", "PERSON", 3)])
    analysis = Analysis(mentions=(mention("Johnson", "PERSON"),))
    assert library.apply(analysis) is analysis


def test_a_company_named_like_a_person_is_not_renamed() -> None:
    library = LibraryLabels.from_rows([row("Henry Ford", "PERSON", 3), row("Ford", "ORG", 9)])
    analysis = Analysis(mentions=(mention("Ford", "ORG"),))
    assert library.apply(analysis).mentions[0].entity == "Ford"


def test_a_person_in_few_documents_lends_no_name() -> None:
    library = LibraryLabels.from_rows([row("Maria Costa", "PERSON", 2)])
    analysis = Analysis(mentions=(mention("Costa", "PERSON"),))
    assert library.apply(analysis) is analysis


def test_one_run_learns_from_the_documents_it_saves() -> None:
    library = LibraryLabels.from_rows([])
    for _ in range(3):
        library.observe(library.apply(Analysis(mentions=(mention("Cerberus", "ORG"),
                                                         mention("Ana Lopes", "PERSON")))))
    late = library.apply(Analysis(mentions=(mention("Cerberus", "PERSON"),
                                            mention("Lopes", "PERSON"))))
    assert [(m.entity, m.label) for m in late.mentions] == [("Cerberus", "ORG"),
                                                            ("Ana Lopes", "PERSON")]


def test_the_analysts_label_outweighs_the_model_and_stops_a_rename() -> None:
    library = LibraryLabels.from_rows([row("Ford", "ORG", 1, created_by="analyst"),
                                       row("Ford", "PERSON", 6), row("Henry Ford", "PERSON", 9)])
    result = library.apply(Analysis(mentions=(mention("Ford", "PERSON"),)))
    assert [(m.entity, m.label) for m in result.mentions] == [("Ford", "ORG")]


def test_an_entity_the_analyst_retyped_keeps_its_type_in_new_documents() -> None:
    store = Store(None, author=Author("0" * 31 + "1", "Ana"))
    article = Article(title="Deal", text="Cerberus bought the plant.")
    doc = store.documents.add_article(article).documents_added[0]
    store.analysis.save_analysis(doc, Analysis(mentions=(mention("Cerberus", "PERSON"),)))
    (entity,) = store.entities.list_entities()
    store.entities.relabel_entity(entity["id"], "ORG")
    library = LibraryLabels.from_rows(store.entities.list_entities())
    late = library.apply(Analysis(mentions=(mention("Cerberus", "GPE"),)))
    assert [m.label for m in late.mentions] == ["ORG"]
    store.close()


def test_a_new_spelling_of_a_name_joins_the_library_s_usual_one() -> None:
    library = LibraryLabels.from_rows([row("Liberal Party", "ORG", 4), row("Senate", "ORG", 9),
                                       row("SOCIETY 1.0", "ORG", 1), row("Society 1.0", "ORG", 1)])
    analysis = Analysis(mentions=(mention("Liberal party", "ORG"), mention("senate", "ORG"),
                                  mention("Society 1.0", "ORG")))
    assert [m.entity for m in library.apply(analysis).mentions] == [
        "Liberal Party", "Senate", "Society 1.0"]


def test_a_spelling_of_another_type_is_left_alone() -> None:
    library = LibraryLabels.from_rows([row("WHO", "ORG", 9)])
    analysis = Analysis(mentions=(mention("Who", "PERSON"),))
    assert library.apply(analysis) is analysis


def test_a_re_analysed_document_is_not_counted_twice() -> None:
    """Its old mentions are already in the library's counts: they are uncounted first."""
    from workbench.nlp.workers import AnalysisResult
    from workbench.operations.analysis import analyze_pending

    store = Store(None)
    texts = ["Harbour Point flooded.", "Harbour Point reopened.", "Harbour Point again."]
    docs = [store.documents.add_article(Article(title=f"T{i}", text=text)).documents_added[0]
            for i, text in enumerate(texts)]
    for doc in docs[:2]:
        store.analysis.save_analysis(doc, Analysis(mentions=(mention("Harbour Point", "PRODUCT"),)))
    store.analysis.mark_for_analysis([docs[0]])
    said = {docs[0]: "PRODUCT", docs[2]: "WORK_OF_ART"}  # no coin flip the library leans on

    def extractor(items, _published):
        return [AnalysisResult(doc, Analysis(mentions=(mention("Harbour Point", said[doc]),)))
                for doc, _, _ in sorted(items)]

    analyze_pending(store, extractor=extractor)
    labels = {row["label"] for row in store.analysis.document_entities(docs[2])}
    assert labels == {"WORK_OF_ART"}  # two documents say PRODUCT, not three: no label yet
    store.close()


def test_a_first_import_agrees_on_a_word_the_model_calls_person_or_organisation() -> None:
    library = LibraryLabels.from_rows([])
    labels = []
    for label in ("PERSON", "ORG", "PERSON"):  # the model's guess in each new document
        analysis = library.apply(Analysis(mentions=(mention("Quitexit", label),)))
        library.observe(analysis)
        labels.append(analysis.mentions[0].label)
    assert labels == ["PERSON", "PERSON", "PERSON"]


def test_a_place_or_an_even_split_is_not_settled_by_one_document() -> None:
    library = LibraryLabels.from_rows([row("Jordan", "GPE", 1), row("Halvorsen", "ORG", 1),
                                       row("Halvorsen", "PERSON", 1)])
    analysis = Analysis(mentions=(mention("Jordan", "PERSON"), mention("Halvorsen", "ORG")))
    assert library.apply(analysis) is analysis


def test_a_surname_read_as_a_nationality_joins_the_one_person_the_library_names() -> None:
    library = LibraryLabels.from_rows([row("Wladimir Klitschko", "PERSON", 1)])
    analysis = Analysis(mentions=(mention("Klitschko", "NORP"),))
    assert {(m.entity, m.label) for m in library.apply(analysis).mentions} == {
        ("Wladimir Klitschko", "PERSON")}


def test_a_nationality_or_a_shared_surname_is_not_joined_to_a_person() -> None:
    library = LibraryLabels.from_rows([row("Marta Russian", "PERSON", 1),
                                       row("Ada Kovac", "PERSON", 1),
                                       row("Ivo Kovac", "PERSON", 1)])
    analysis = Analysis(mentions=(mention("Russian", "NORP"), mention("Kovac", "NORP", start=20)))
    assert library.apply(analysis) is analysis


def test_counting_people_asks_no_gazetteer_until_a_nationality_needs_it(monkeypatch) -> None:
    asked: list[str] = []

    def lookup(name: str) -> None:
        asked.append(name)

    monkeypatch.setattr(library_labels, "lookup", lookup)
    library = LibraryLabels.from_rows([row("Wladimir Klitschko", "PERSON", 1)])
    library.observe(Analysis(mentions=(mention("Ada Kovac", "PERSON"),)))
    library.apply(Analysis(mentions=(mention("Kovac", "PERSON"),)))
    assert asked == []  # a run's parent never builds the gazetteer to count its people
    library.apply(Analysis(mentions=(mention("Klitschko", "NORP"),)))
    assert asked == ["Klitschko"]


def test_a_lone_organisation_needs_the_library_majority_not_one_document() -> None:
    library = LibraryLabels.from_rows([row("Henry Dell", "PERSON", 1)])
    analysis = Analysis(mentions=(mention("Dell", "ORG"),))
    assert library.apply(analysis).mentions[0].entity == "Dell"


def test_a_company_with_or_without_its_legal_form_is_one_entity() -> None:
    library = LibraryLabels.from_rows([row("Northwind", "ORG", 3), row("Acme Corp.", "ORG", 2),
                                       row("Fabrikam", "PERSON", 2)])
    analysis = Analysis(mentions=(mention("Northwind Inc.", "ORG"), mention("Acme", "ORG"),
                                  mention("Fabrikam Ltd", "ORG"), mention("Contoso Co.", "ORG")))
    assert [m.entity for m in library.apply(analysis).mentions] == [
        "Northwind", "Acme Corp.", "Fabrikam Ltd", "Contoso Co."]


def test_a_storm_s_kind_is_not_part_of_its_spelling() -> None:
    assert spelling_key("Storm Pedro") == spelling_key("Hurricane Pedro")
    assert spelling_key("Tropical Storm Pedro") == spelling_key("Typhoon Pedro")
    assert spelling_key("Pedro") != spelling_key("Storm Pedro")
    assert spelling_key("U.S. Geological Survey") == spelling_key("US Geological Survey")
    assert spelling_key("U.N. Security Council") == spelling_key("UN Security Council")
    library = LibraryLabels.from_rows(
        [{"name": "Hurricane Pedro", "label": "EVENT", "documents": 3}])
    assert library.spelling("Storm Pedro", "EVENT") == "Hurricane Pedro"


def test_a_name_s_spelling_key_and_surname_are_worked_out_once(monkeypatch) -> None:
    keys: list[str] = []
    surnames: list[str] = []
    real_key, real_surname = library_labels.spelling_key, library_labels._surname
    monkeypatch.setattr(library_labels, "spelling_key",
                        lambda name: keys.append(name) or real_key(name))
    monkeypatch.setattr(library_labels, "_surname",
                        lambda name: surnames.append(name) or real_surname(name))
    library = LibraryLabels.from_rows([row("Microsoft Corp.", "ORG", 2)])
    analysis = Analysis(mentions=(mention("Microsoft", "ORG"), mention("Ada Kovac", "PERSON")))
    for _ in range(5):  # five documents naming the same names
        library.observe(library.apply(analysis))
    assert sorted(keys) == sorted(surnames) == ["Ada Kovac", "Microsoft", "Microsoft Corp."]
    assert library.spelling("Microsoft", "ORG") == "Microsoft Corp."  # still the usual one
