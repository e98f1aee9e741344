"""An organisation's acronym and full name joined across a library's documents."""

from __future__ import annotations

from workbench.core.models import Analysis, Mention, Quote
from workbench.nlp.acronym_letters import stands_for
from workbench.nlp.library_labels import LibraryLabels


def mention(text: str, label: str, entity: str | None = None, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, label, entity or text)


def row(name: str, label: str, documents: int, aliases: list[str]) -> dict[str, object]:
    return {"name": name, "label": label, "documents": documents, "created_by": "model",
            "aliases": aliases}


def test_an_acronym_the_library_joined_to_its_full_name_takes_that_name() -> None:
    library = LibraryLabels.from_rows([row("Federal Trade Commission", "ORG", 2, ["FTC"])])
    quote = Quote(30, 50, "We will look", speaker="FTC", speaker_text="FTC")
    analysis = Analysis(mentions=(mention("FTC", "ORG"),), quotes=(quote,))
    result = library.apply(analysis)
    assert [(m.text, m.entity) for m in result.mentions] == [("FTC", "Federal Trade Commission")]
    assert result.quotes[0].speaker == "Federal Trade Commission"


def test_an_acronym_whose_letters_disagree_with_the_name_is_not_joined() -> None:
    library = LibraryLabels.from_rows([row("Federal Trade Commission", "ORG", 2, ["FCC"])])
    analysis = Analysis(mentions=(mention("FCC", "ORG"),))
    assert library.apply(analysis).mentions[0].entity == "FCC"


def test_an_acronym_with_two_full_names_in_the_library_stays_alone() -> None:
    library = LibraryLabels.from_rows([row("Atlantic Partners", "ORG", 2, ["AP"]),
                                       row("Awami Party", "ORG", 2, ["AP"])])
    analysis = Analysis(mentions=(mention("AP", "ORG"),))
    assert library.apply(analysis).mentions[0].entity == "AP"


def test_a_run_learns_the_acronym_from_a_document_it_just_saved() -> None:
    library = LibraryLabels.from_rows([])
    library.observe(Analysis(mentions=(
        mention("Advanced Micro Devices", "ORG"),
        mention("AMD", "ORG", "Advanced Micro Devices", start=40))))
    result = library.apply(Analysis(mentions=(mention("AMD", "ORG"),)))
    assert result.mentions[0].entity == "Advanced Micro Devices"


def test_a_word_of_the_name_that_is_an_acronym_gives_all_its_letters() -> None:
    assert stands_for("USGS", ("US", "Geological", "Survey"))
    assert stands_for("USGS", ("U.S.", "Geological", "Survey"))
    assert stands_for("UN", ("United", "Nations"))
    assert not stands_for("USGS", ("United", "Geological", "Survey"))


def test_an_acronym_the_name_is_known_as_is_defined() -> None:
    from workbench.nlp.resolution import defined_acronym

    name = "Union of Textile Workers"
    for text in (f"the {name}, known as the UTW, said", f"the {name}, also known as UTW, said"):
        union = Mention(4, 4 + len(name), name, "ORG", name)
        assert defined_acronym(union, text) == "UTW"
    text = f"the {name}, known as a hard bargainer, said"
    assert defined_acronym(Mention(4, 4 + len(name), name, "ORG", name), text) is None
