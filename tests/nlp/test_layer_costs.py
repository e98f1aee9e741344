"""How much work the entity and speaker layers do per document, counted, not timed.

Why: issue 15 allows no import slowdown beyond 10%, and a rule that reads every mention's
words, or scans the text once per mention, costs every import. These tests count the
calls to the expensive step a cheaper test now guards, so a change that brings back the
work fails here (a timed test would fail on a busy machine, not on the change).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.nlp.entity_support import tag
from tests.support import counted_calls
from workbench.core.models import Mention
from workbench.nlp import consistency, entity_context_kinds, entity_titles
from workbench.nlp.entity_context_kinds import context_kinds
from workbench.nlp.entity_titles import without_person_titles, without_titles_before_people
from workbench.nlp.library_leanings import Leaning, leaning


def test_an_office_is_read_only_for_a_mention_right_before_a_person(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Queen Elizabeth II met Oxfam and Reuters in Paris, then Ghana and Chile."
    mentions = [tag(text, "Queen", "PERSON"), tag(text, "Elizabeth II", "PERSON"),
                tag(text, "Oxfam", "ORG"), tag(text, "Reuters", "ORG"),
                tag(text, "Paris", "GPE"), tag(text, "Ghana", "GPE"), tag(text, "Chile", "GPE")]
    calls = counted_calls(monkeypatch, entity_titles, "office_only")
    kept = without_titles_before_people(mentions, text)
    assert [m.text for m in kept] == ["Elizabeth II", "Oxfam", "Reuters", "Paris", "Ghana",
                                      "Chile"]
    assert calls == [("Queen",)]


def test_only_a_name_before_a_place_noun_is_read_for_acting(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Oxfam said Reuters won in Paris. Troops moved into the Karol Bagh area. Bagh said no."
    mentions = [tag(text, "Oxfam", "ORG"), tag(text, "Reuters", "ORG"), tag(text, "Paris", "GPE"),
                tag(text, "Karol Bagh", "ORG")]
    calls = counted_calls(monkeypatch, entity_context_kinds, "written_as_person")
    assert context_kinds(mentions, text) == {"Karol Bagh": "GPE"}
    assert calls == []  # no mention of "Karol Bagh" but the one before "area"
    said = Mention(text.rindex("Bagh"), text.rindex("Bagh") + 4, "Bagh", "ORG", "Karol Bagh")
    assert context_kinds([*mentions, said], text) == {}  # "Bagh said": no neighbourhood
    assert [call[0] for call in calls] == [said]


def test_a_title_standing_alone_reads_only_the_people_whose_titles_were_cut(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Queen Elizabeth II spoke. The Queen met Ann Lee and Bo Chen of Oxfam."
    mentions = [tag(text, "Queen Elizabeth II", "PERSON"), tag(text, "Queen", "PERSON", 1),
                tag(text, "Ann Lee", "PERSON"), tag(text, "Bo Chen", "PERSON"),
                tag(text, "Oxfam", "ORG")]
    calls = counted_calls(monkeypatch, entity_titles, "_title_words")
    found = without_person_titles(mentions, text)
    assert [(m.text, m.entity) for m in found][:2] == [("Queen Elizabeth II", "Elizabeth II"),
                                                       ("Queen", "Elizabeth II")]
    assert calls.count(("Queen Elizabeth II",)) == 2  # its entity (untitled_name), its title
    assert len(calls) == 5  # untitled_name: the four people; _titles_alone: the one cut


class _ReadCounts(dict):  # type: ignore[type-arg]
    """Document counts that remember which labels were looked up one by one."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.asked: list[str] = []

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        self.asked.append(key)
        return super().get(key, default)


def test_a_leaning_reads_only_the_labelscounted_calls() -> None:
    counts = _ReadCounts({"ORG": 3, "GPE": 1})
    assert leaning(counts, "Brexit") == Leaning("ORG", 3)
    assert counts.asked == ["EVENT"]  # not each of the five labels a name may lean to
    assert leaning(_ReadCounts({"ORG": 2, "PERSON": 2}), "Brexit") is None
    assert leaning(_ReadCounts({"DATE": 3, "ORG": 1}), "May") is None


def _cleaned_spans(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Count the spans ``names.clean_span`` really cleans (its memo's misses)."""
    from workbench.nlp import names

    calls: list[object] = []
    original = names.clean_span._function

    def counting(*args: object) -> object:
        calls.append(args[1:])
        return original(*args)

    monkeypatch.setattr(names.clean_span, "_function", counting)
    return calls


def test_a_batch_cleans_each_document_s_spans_as_often_as_one_document_alone(
        nlp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """A document is finished right after its last chunk is read, while the span cleaner
    still remembers that text: finishing the batch's documents only after every chunk was
    read cleaned each name again (the memory keeps the latest text only)."""
    from workbench.nlp.pipeline import analyze_document, analyze_many

    texts = ["Mayor Anna Price of Springfield met Oxfam's director in Paris on Monday.",
             "The Reuters agency said Ghana's president, John Mahama, visited Chile."]
    calls = _cleaned_spans(monkeypatch)
    for text in texts:
        analyze_document("", text, nlp)  # type: ignore[arg-type]
    alone = len(calls)
    calls.clear()
    list(analyze_many([(1, "", texts[0]), (2, "", texts[1])], nlp))  # type: ignore[arg-type]
    assert alone > 0
    assert len(calls) == alone


class _CountedPattern:
    """A compiled pattern that notes each full scan of a text (its first look is free)."""

    def __init__(self, pattern: object, name: str, scans: list[str]) -> None:
        self.pattern, self.name, self.scans = pattern, name, scans

    def finditer(self, text: str) -> object:
        self.scans.append(self.name)
        return self.pattern.finditer(text)  # type: ignore[attr-defined]


_FIRST_LOOKED = ("_SOON", "_HOW_OFTEN", "_UNKNOWN_LENGTH", "_SPAN_BEFORE_EVENT",
                 "_EARLIER", "_DAY_WORDS")  # "for years": tried at its units only, below


def test_untagged_time_words_are_scanned_for_only_in_texts_holding_their_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each pattern of untagged time words tries its words at every word of the text; a
    text holding none of what a match needs ("twice a year", "three days after", "soon")
    is not scanned by it at all, and the words found are the same."""
    from workbench.nlp import time_unmarked

    scans: list[str] = []
    for name in _FIRST_LOOKED:
        monkeypatch.setattr(time_unmarked, name,
                            _CountedPattern(getattr(time_unmarked, name), name, scans))
    plain = "The mayor met the board on Monday and the bridge reopened in March."
    assert time_unmarked.unmarked_time_words(plain, None) == []
    assert scans == []
    timed = ("She will go soon. They meet twice a year, two days before the vote; he said "
             "earlier that for years today was an indefinite period of time.")
    found = {m.text for m in time_unmarked.unmarked_time_words(timed, dt.date(2020, 3, 4))}
    assert sorted(scans) == sorted(_FIRST_LOOKED)
    assert {"soon", "twice a year", "two days", "earlier", "years", "today",
            "an indefinite period of time"} <= found



class _TriedPattern:
    """A compiled pattern that notes each whole-text scan and each place it is tried at."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.scans, self.tried = pattern, 0, []  # type: list[int]

    def finditer(self, text: str) -> object:
        self.scans += 1
        return self.pattern.finditer(text)

    def match(self, text: str, start: int) -> re.Match[str] | None:
        self.tried.append(start)
        return self.pattern.match(text, start)


_TIME_WORD_TEXTS = (
    "Until recently the Q3 2008 report, due 7/8/07 at 0100 UTC (FY2009), said now, not now "
    "that it's late. This morning, later that day, the same week, in the past and in the past "
    "two years; a later date; in the near future, not the future of the firm. On March 3, "
    "2009 and Sept. 4th, 4:00 A.M. local time, frequently, nowadays, lately, at present.",
    "IN THE PAST, More Recently, early in the evening, the following morning, an future time.",
    "The ın the past and the Kelvin \u212a: a dotless i spells 'in' for an ignore-case pattern.",
)


def test_bare_units_are_tried_only_a_preposition_before_each_unit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """'for years', 'within days': ``_BARE_UNITS`` was tried at every word of a text that
    writes a unit anywhere; now only a preposition's length before each unit, never over
    the whole text, and it finds the same matches."""
    from workbench.nlp import time_unmarked

    original = time_unmarked._BARE_UNITS
    text = ("Talks dragged on for years and took months; within days, IN hours, the vote "
            "came after decades, not two years ago, and the Days of Rage were over.")
    expected = [m.span("unit") for m in original.finditer(text)]
    counted = _TriedPattern(original)
    monkeypatch.setattr(time_unmarked, "_BARE_UNITS", counted)
    assert [m.span("unit") for m in time_unmarked._bare_units(text)] == expected
    assert [text[a:b] for a, b in expected] == ["years", "months", "days", "hours", "decades"]
    assert counted.scans == 0
    units = [m.start() for m in re.finditer(r" (?:years|months|days|hours|decades)\b", text)]
    assert set(counted.tried) <= {unit - length for unit in units for length in range(2, 7)}


def test_the_big_time_word_pattern_is_tried_only_where_its_words_start(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``_TIME_WORDS`` tried its twenty alternatives at every word of every text (the
    costliest pattern of the layers); now it is tried only where the words or digits a
    match starts with are, and finds the same matches as a scan of the whole text."""
    from workbench.nlp import time_unmarked

    original = time_unmarked._TIME_WORDS
    for text in _TIME_WORD_TEXTS:
        assert ([m.span() for m in time_unmarked.time_word_matches(text)]
                == [m.span() for m in original.finditer(text)])
    counted = _TriedPattern(original)
    monkeypatch.setattr(time_unmarked, "_TIME_WORDS", counted)
    plain = "The mayor met the board on Monday and the bridge reopened, he said, now."
    found = time_unmarked.unmarked_time_words(plain, dt.date(2020, 3, 4))
    assert [m.text for m in found] == ["now"]
    assert counted.scans == 0
    assert counted.tried == [plain.index("now")]  # not each of the 15 words
    time_unmarked.unmarked_time_words(_TIME_WORD_TEXTS[2], None)
    assert counted.scans == 1  # a text with a dotless i is scanned whole


def test_an_apposition_is_read_only_for_a_name_after_a_comma(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every apposition before a name ends in a comma and a space ("her lawyer, Bob
    Stein"); a name without one is answered without reading the role before it."""
    from workbench.nlp import entity_appositions
    from workbench.nlp.entity_appositions import in_person_apposition

    text = ("Oxfam said Reuters met Ann Lee. Her lawyer, Bob Stein, spoke; the minister, \n"
            "Jo Kim, left.")  # a line end after the comma's space: the patterns' "$" too
    calls = counted_calls(monkeypatch, entity_appositions, "title_in_apposition")
    answers = {surface: in_person_apposition(tag(text, surface, "ORG"), text)
               for surface in ("Oxfam", "Reuters", "Ann Lee", "Bob Stein", "Jo Kim")}
    assert answers == {"Oxfam": False, "Reuters": False, "Ann Lee": False, "Bob Stein": True,
                       "Jo Kim": True}
    assert [call[1].text for call in calls] == ["Bob Stein", "Jo Kim"]


def test_a_role_after_a_name_is_read_only_after_its_comma(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A role given after a name follows its comma ("Ricardo Rosselló, the governor of
    Puerto Rico,"): a name without one is answered without reading the sentence's opening."""
    from workbench.nlp import entity_appositions
    from workbench.nlp.entity_appositions import role_after

    text = ("According to NPR, Ann Lee spoke. Ricardo Rossello, the governor of Puerto "
            "Rico, and Bo Chen, Oxfam's spokesman, met Jo Kim today.")
    calls = counted_calls(monkeypatch, entity_appositions, "_opens_the_sentence")
    answers = {surface: role_after(tag(text, surface, "ORG"), text)
               for surface in ("NPR", "Ann Lee", "Ricardo Rossello", "Bo Chen", "Jo Kim")}
    assert answers == {"NPR": False, "Ann Lee": False, "Ricardo Rossello": True,
                       "Bo Chen": True, "Jo Kim": False}
    assert [call[0].text for call in calls] == ["NPR", "Ricardo Rossello", "Bo Chen"]


def _compiled_patterns(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The pattern strings ``re`` is asked to compile (or find in its cache) from now on."""
    asked: list[str] = []
    original = re._compile  # type: ignore[attr-defined]

    def counting(pattern: object, flags: object) -> object:
        asked.append(str(pattern))
        return original(pattern, flags)

    monkeypatch.setattr(re, "_compile", counting)
    return asked


def test_a_speaker_s_name_is_looked_for_with_no_pattern_of_its_own(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The speaker rules built a pattern per surname or name and per quote; a few
    documents' names overrun ``re``'s cache, so each was compiled again (~600 compiles
    per 200 articles). The names are now found with ``str.find``, and a phrase's pattern
    ("his mother, ") is built once per process."""
    from workbench.core.models import Mention, Quote
    from workbench.nlp.speaker_apposed_phrases import _written_before_comma, apposed_person
    from workbench.nlp.speaker_full_names import full_name_before
    from workbench.nlp.speaker_mentions import _name_in_span

    text = ("Italian artist Maurizio Cattelan spoke. His mother, Carla Bruni, agreed. "
            "\"Fine,\" said the chancellor, Cattelan. \"No,\" his mother said.")
    asked = _compiled_patterns(monkeypatch)
    assert full_name_before(text, "Cattelan", frozenset()) == "Maurizio Cattelan"
    at = text.index("the chancellor, Cattelan")
    quote = Quote(0, 6, "Fine", speaker="Maurizio Cattelan", speaker_start=at,
                  speaker_end=at + len("the chancellor, Cattelan"))
    found = _name_in_span(quote, text)
    assert found is not None and (found.text, found.start) == ("Cattelan", text.rindex("Cattelan"))
    assert not [pattern for pattern in asked if "Cattelan" in pattern]
    bruni = text.index("Carla Bruni")
    mentions = [Mention(bruni, bruni + 11, "Carla Bruni", "PERSON", "Carla Bruni")]
    _written_before_comma.cache_clear()
    for _ in range(3):
        assert apposed_person("his mother", text.rindex("his mother"), mentions, text) \
            == mentions[0]
    assert _written_before_comma.cache_info().misses == 1


def test_a_lemma_s_cue_kind_is_asked_once_per_chunk_and_never_again(
        nlp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """The possible cues of a chunk were sorted out token by token, each verb's and noun's
    lemma asked of ``_lemma_kind``; now array operations sort the tokens, a lemma is asked
    once per chunk, and a lemma seen in an earlier chunk is read from the table alone."""
    from workbench.nlp import quote_indirect

    doc = nlp("Lee said the claim was false. Ann said so. Bo said no; Cy says yes "  # type: ignore[operator]
              "and the claims were denied.")
    expected = [t.i for t in doc if t.lemma_ in ("say", "claim", "deny")]
    monkeypatch.setattr(quote_indirect, "_LEMMA_KINDS", {})
    calls = counted_calls(monkeypatch, quote_indirect, "_lemma_kind")
    found = quote_indirect._possible_cues(doc)
    assert [i for i in found if doc[i].lemma_ != "be"] == expected
    asked = [call[0] for call in calls]
    assert len(asked) == len(set(asked))  # "say" four times, asked once
    calls.clear()
    assert quote_indirect._possible_cues(doc) == found
    assert calls == []


def test_the_share_bar_pattern_is_tried_only_where_a_share_word_starts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The share bar's pattern tried its ~35 words at every word of every text; it is now
    tried only where the lower-cased text holds a share word, with the same bars found."""
    from workbench.core.boilerplate import PLATFORMS
    from workbench.nlp import web_furniture

    words = [re.sub(r"\(\?:upon\)\?", "", word).replace("\\+", "+")
             for word in PLATFORMS.removeprefix("(?:").removesuffix(")").split("|")]
    starts = [start for start, _ in web_furniture._SHARE_BAR_STARTS]
    assert all(any(word.startswith(start) for start in starts) for word in words), words
    bar = ("The vote was close. Send Facebook | Twitter \u2022 Google+ Whatsapp "
           "http://ex.org/p/1 Then")
    counted = _TriedPattern(web_furniture._SHARE_BAR)
    monkeypatch.setattr(web_furniture, "_SHARE_BAR", counted)
    spans = web_furniture.share_bar_spans(bar)
    assert [bar[a:b] for a, b in spans] == [
        "Send Facebook | Twitter \u2022 Google+ Whatsapp http://ex.org/p/1"]
    assert counted.scans == 0
    assert counted.tried == [bar.index("Send")]  # the bar's own words lie inside its match
    assert web_furniture.share_bar_spans("Do ſend Facebook Twitter Digg") == [(3, 29)]
    assert counted.scans == 1  # a long s is an "s" to the pattern: the text is scanned whole


def test_a_stray_bracket_is_looked_for_only_in_a_text_with_a_bracket_ending_a_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The stray-bracket pattern tried every agency's name at every word of every text;
    a match ends in a bracket left open at a line's end, so a text without one is not
    scanned, and the furniture found is the same."""
    from workbench.nlp import furniture

    scans: list[str] = []
    monkeypatch.setattr(furniture, "_STRAY_BRACKET",
                        _CountedPattern(furniture._STRAY_BRACKET, "stray", scans))
    plain = "Reuters (Thomson) said the AP (and AFP) agreed.\nMore [here] soon."
    assert not furniture.furniture_spans(plain)
    assert scans == []
    stray = "Story by Associated Press (\nThe mayor said."
    found = furniture.furniture_spans(stray)
    assert scans == ["stray"]
    assert found.overlaps(stray.index("Associated"), stray.index("("))


class _SearchedPattern:
    """A compiled pattern that notes where each of its searches ended."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.ends = pattern, []  # type: list[int]

    def search(self, text: str, start: int, end: int) -> re.Match[str] | None:
        self.ends.append(end)
        return self.pattern.search(text, start, end)


def test_a_work_noun_is_looked_for_only_before_a_mention_after_one_of_its_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The work-noun pattern tried its kinds at each of the 40 characters before every
    mention; it is now asked only where the word before the mention's spaces is one a
    kind ends with, and the works found are the same."""
    from tests.nlp.entity_support import tag
    from workbench.nlp import entity_works

    text = ("Oxfam and Reuters met in Paris. The reality television show \u201cTerrace House "
            "aired, as did the film Alien, before Lee spoke.")
    mentions = [tag(text, "Oxfam", "ORG"), tag(text, "Reuters", "ORG"), tag(text, "Paris", "GPE"),
                tag(text, "Terrace House", "ORG"), tag(text, "Alien", "PERSON"),
                tag(text, "Lee", "PERSON")]
    counted = _SearchedPattern(entity_works._WORK_NOUN)
    monkeypatch.setattr(entity_works, "_WORK_NOUN", counted)
    found = entity_works.titled_works(mentions, text)
    assert [m.text for m in found if m.label == entity_works.WORK_LABEL] == [
        "Terrace House", "Alien"]
    assert counted.ends == [text.index("Terrace"), text.index("Alien")]


def test_both_label_votes_read_each_full_name_s_words_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Ann Lee met Bo Chen. Ann Lee said Lee would stay; Bo Chen and Ann Lee left."
    mentions = [tag(text, "Ann Lee", "PERSON"), tag(text, "Bo Chen", "PERSON"),
                tag(text, "Ann Lee", "PERSON", 1), tag(text, "Lee", "PERSON", 2),
                tag(text, "Bo Chen", "PERSON", 1), tag(text, "Ann Lee", "PERSON", 2)]
    consistency._full_name_words.cache_clear()
    calls = counted_calls(monkeypatch, consistency, "_inner_surnames")
    voted = consistency.vote_labels(mentions, text)
    consistency.vote_labels(voted, text, key=consistency.by_entity, settle_ties=True)
    assert len(calls) == 2  # "Ann Lee" and "Bo Chen", not once per mention and vote (10)
