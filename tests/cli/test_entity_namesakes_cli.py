"""``entity merge NAME NAME`` when two entities share the name: the ids are named, not a riddle."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.labels import label_key
from workbench.core.models import Analysis, Article, Mention
from workbench.store import Store


def _two_brexits(path: Path) -> tuple[int, int]:
    """A library where a person and an organisation are both "Brexit": their entity ids."""
    with Store(path) as store:
        for label in ("PERSON", "ORG"):
            doc = store.documents.add_article(
                Article(title=label, text=f"Brexit news ({label})."), analyze=False
            ).documents_added[0]
            store.analysis.save_analysis(doc, Analysis(mentions=(
                Mention(0, 6, "Brexit", label, "Brexit"),)))
        person = store.entities.find_entity_id("Brexit")
        org = next(e["id"] for e in store.entities.list_entities() if e["label"] == "ORG")
    assert person is not None
    return person, org


def test_merging_a_name_with_itself_names_its_namesakes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "give at least one other entity to merge": the name found the person both
    times, and nothing told the analyst that an organisation of that name existed."""
    path = tmp_path / "library.sqlite"
    person, org = _two_brexits(path)
    assert main(["--db", str(path), "entity", "merge", "Brexit", "Brexit"]) == 1
    assert (f"'Brexit' is entity {person} (PERSON) both times; other entities of that name: "
            f"{org} (ORG); give their ids, e.g. entity merge {person} {org}"
            ) in capsys.readouterr().err
    assert main(["--db", str(path), "entity", "merge", str(person), str(org)]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "entities", "--name", "Brexit"]) == 0
    listed = capsys.readouterr().out
    assert "Brexit  2 documents" in listed and "also:" not in listed


def test_a_merge_naming_the_target_among_the_others_names_only_what_it_merged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``entity merge Russia "United States" Russia`` said "Merged 67, 116 into entity 116":
    the target merged into itself, and 67 counted twice when named twice."""
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        doc = store.documents.add_article(
            Article(title="Moscow", text="Russia and the United States met."), analyze=False
        ).documents_added[0]
        store.analysis.save_analysis(doc, Analysis(mentions=(
            Mention(0, 6, "Russia", "GPE", "Russia"),
            Mention(15, 28, "United States", "GPE", "United States"))))
        russia = store.entities.find_entity_id("Russia")
        states = store.entities.find_entity_id("United States")
    argv = ["--db", str(path), "entity", "merge", "Russia", "United States", "Russia",
            str(states)]
    assert main(argv) == 0
    assert capsys.readouterr().out == (
        f"Merged {states} into entity {russia} ('Russia', GPE).\n")


def test_namesakes_in_other_unicode_forms_are_named_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An older library may hold "Café Noir" twice, precomposed and with a combining accent
    (NOCASE saw two names; 0019 keys both "café noir"). ``entity merge "Café Noir" "Café
    Noir"`` found one of them both times and said only "give at least one other entity to
    merge": the namesake test compared ``casefold``, which leaves the accents' forms apart."""
    path = tmp_path / "library.sqlite"
    precomposed, decomposed = "Café Noir", "Cafe\u0301 Noir"
    with Store(path) as store:
        doc = store.documents.add_article(
            Article(title="Cafés", text="Café Noir opened."), analyze=False
        ).documents_added[0]
        store.analysis.save_analysis(doc, Analysis(mentions=(
            Mention(0, 9, precomposed, "ORG", precomposed),)))
        kept = store.entities.find_entity_id(precomposed)
        with store.db.conn:  # as migration 0019 keys an older library's twin
            twin = store.db.execute(
                "INSERT INTO entities (name, label, name_key) VALUES (?, 'ORG', ?)",
                [decomposed, label_key(decomposed)]).lastrowid
    assert main(["--db", str(path), "entity", "merge", precomposed, precomposed]) == 1
    err = capsys.readouterr().err
    found = kept if f"entity {kept} (ORG) both times" in err else twin
    other = twin if found == kept else kept
    assert f"other entities of that name: {other} (ORG)" in err, err


def test_entity_show_by_a_shared_name_names_the_other_entities(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The page of the entity found (people first) read as all there was of "Brexit"."""
    path = tmp_path / "library.sqlite"
    person, org = _two_brexits(path)
    assert main(["--db", str(path), "entity", "show", "BREXIT"]) == 0
    shown = capsys.readouterr()
    assert shown.out.startswith("Brexit (PERSON)")
    assert f"showing entity {person}; other entities of that name: {org} (ORG)" in shown.err
    assert main(["--db", str(path), "entity", "show", str(person), "--json"]) == 0
    assert capsys.readouterr().err == ""  # an id names one entity: nothing to add


def test_entity_show_by_name_reads_the_entity_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The namesakes were told from a second read of the entity the page reads anyway."""
    path = tmp_path / "library.sqlite"
    person, org = _two_brexits(path)
    with Store(path) as store:
        part = type(store.entities)
    reads: list[int] = []
    original = part.get_entity

    def counted(self: object, entity_id: int) -> dict[str, object]:
        reads.append(entity_id)
        return original(self, entity_id)

    monkeypatch.setattr(part, "get_entity", counted)
    assert main(["--db", str(path), "entity", "show", "Brexit"]) == 0
    shown = capsys.readouterr()
    assert f"showing entity {person}; other entities of that name: {org} (ORG)" in shown.err
    assert shown.out.startswith("Brexit (PERSON)")
    assert reads == [person]
