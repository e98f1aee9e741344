"""The domain's words: relations read both ways, labels have human names, tag paths."""

from __future__ import annotations

import pytest

from workbench.core.labels import TAG_PATH_MAX_CHARS, normalize_tag_path
from workbench.core.models import Article
from workbench.core.vocabulary import (
    ENTITY_LABEL_NAMES,
    ENTITY_LABELS,
    NAME_LABELS,
    RELATIONS,
    SYMMETRIC_RELATIONS,
    color_value,
    entity_label_name,
    relation_reads,
)
from workbench.store import Store


@pytest.mark.parametrize(
    ("relation", "outgoing", "incoming"),
    [
        ("supports", "supports", "supported by"),
        ("elaborates", "elaborates", "elaborated by"),
        ("cites", "cites", "cited by"),
        ("same", "same", "same"),
        ("contradicts", "contradicts", "contradicts"),
    ],
)
def test_a_relation_reads_both_ways(relation: str, outgoing: str, incoming: str) -> None:
    assert relation_reads(relation, True) == outgoing
    assert relation_reads(relation, False) == incoming


def test_symmetric_relations_are_those_that_read_the_same_both_ways() -> None:
    assert SYMMETRIC_RELATIONS == {"same", "contradicts"}
    assert set(RELATIONS) >= SYMMETRIC_RELATIONS


def test_the_store_words_links_with_the_vocabulary(store: Store) -> None:
    text = "Kim said the talks resume. Lee said the talks resume."
    doc_id = store.documents.add_article(Article("Talks", text)).documents_added[0]
    a, _ = store.claims.add_claim(doc_id, 0, 26)
    b, _ = store.claims.add_claim(doc_id, 27, len(text))
    store.claims.link_claims(a, b, "supports")
    assert [link.reads for link in store.claims.claim_links(a)] == ["supports"]
    assert [link.reads for link in store.claims.claim_links(b)] == ["supported by"]


def test_every_label_an_analyst_can_choose_has_a_human_name() -> None:
    assert set(ENTITY_LABELS) | set(NAME_LABELS) <= set(ENTITY_LABEL_NAMES)
    assert entity_label_name("GPE") == "Country/city"
    assert entity_label_name("SOMETHING_NEW") == "Something New"


def test_colours_and_tag_paths_are_checked() -> None:
    assert color_value("yellow") == "#fde68a"
    assert color_value("#ABCDEF") == "#abcdef"
    with pytest.raises(ValueError, match="unknown colour"):
        color_value("teal")
    assert normalize_tag_path(" topic // sanctions  / eu ") == "topic/sanctions/eu"
    with pytest.raises(ValueError, match="needs a name"):
        normalize_tag_path(" / ")


def test_a_tag_part_of_invisible_characters_names_nothing() -> None:
    """Found by an attack run: `tags rename x $'\u200b'` made a tag no one can see."""
    assert normalize_tag_path("topic/\u200b\u2060/eu") == "topic/eu"
    assert normalize_tag_path("💥/\u200bEU") == "💥/EU"  # attack run 15: one tag "EU", not two
    assert normalize_tag_path("💥/E\u200dU") == "💥/E\u200dU"  # a joiner is spelling
    with pytest.raises(ValueError, match="needs a name"):
        normalize_tag_path("\u200b/\u00ad")


# -- grades (NATO/Admiralty code) --------------------------------------------------


def test_grades_parse_in_any_case_and_as_text() -> None:
    from workbench.core.vocabulary import parse_credibility, parse_reliability

    assert (parse_reliability(" b "), parse_credibility("2"), parse_credibility(6)) == ("B", 2, 6)


@pytest.mark.parametrize("bad", ["G", "", "BB", 1, None])
def test_a_bad_reliability_names_the_whole_range(bad: object) -> None:
    from workbench.core.vocabulary import parse_reliability

    with pytest.raises(ValueError) as refused:
        parse_reliability(bad)
    message = str(refused.value)
    assert message.startswith("reliability must be one of A-F: A Completely reliable, B Usually")
    assert "F Reliability cannot be judged" in message


@pytest.mark.parametrize("bad", [0, 7, "2.5", True, 2.0, "two"])
def test_a_bad_credibility_names_the_whole_range(bad: object) -> None:
    from workbench.core.vocabulary import parse_credibility

    with pytest.raises(ValueError, match="credibility must be one of 1-6: 1 Confirmed by other"):
        parse_credibility(bad)


def test_a_grade_reads_as_a_code_and_in_words() -> None:
    from workbench.core.vocabulary import grade_code, grade_wording

    assert (grade_code("B", 2), grade_code(None, 3), grade_code("E", None)) == ("B2", "?3", "E?")
    assert grade_code(None, None) == ""
    assert grade_wording("B", 2) == "Usually reliable source; probably true"
    assert grade_wording(None, 1) == "Confirmed by other sources"
    assert grade_wording("F", 6) == "Source reliability cannot be judged; truth cannot be judged"


def test_a_tag_longer_than_a_label_is_refused() -> None:
    longest = "x" * TAG_PATH_MAX_CHARS
    assert normalize_tag_path(f"  {longest}  ") == longest
    for too_long in ("x" * (TAG_PATH_MAX_CHARS + 1), "y" * 3_000_000,
                     "/".join(["part"] * (TAG_PATH_MAX_CHARS // 4))):
        with pytest.raises(ValueError, match="at most 500 characters"):
            normalize_tag_path(too_long)


def test_one_length_rule_for_every_typed_label() -> None:
    from workbench.core.labels import LABEL_MAX_CHARS, checked_label

    assert TAG_PATH_MAX_CHARS == LABEL_MAX_CHARS == 500
    assert checked_label("  two   words ", "a name") == "two words"
    with pytest.raises(ValueError, match="a name cannot be blank"):
        checked_label(" \n ", "a name")
    with pytest.raises(ValueError, match="an alias is at most 500 characters long"):
        checked_label("x" * 501, "an alias")


def test_a_label_is_measured_with_its_spaces_joined() -> None:
    """Every caller (CLI, JSON import, dialogs) counts the label as it will be stored."""
    from workbench.core.labels import label_length_problem

    padded = "a" + " " * 600 + "b"  # 602 typed, "a b" stored
    assert label_length_problem(padded, "a name") is None
    assert label_length_problem("x" * 501, "a name") == "a name is at most 500 characters long"


def test_a_typed_title_and_a_label_are_refused_by_one_rule() -> None:
    """A document's typed title (``update --title``) is measured and worded as a label is,
    with its own limit: the longest title an import keeps."""
    from workbench.core.labels import LABEL_MAX_CHARS, label_length_problem, typed_length_problem
    from workbench.ingest.articles import MAX_METADATA_CHARS

    padded = "T" * MAX_METADATA_CHARS + " " * 50 + "\n"  # trailing spaces are not stored
    assert typed_length_problem(padded, "the title", MAX_METADATA_CHARS) is None
    assert (typed_length_problem("T" * 1001, "the title", MAX_METADATA_CHARS)
            == "the title is at most 1,000 characters long")
    assert label_length_problem("x" * 501, "a name") == typed_length_problem(
        "x" * 501, "a name", LABEL_MAX_CHARS)
