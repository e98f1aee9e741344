"""``WordRuns`` finds exactly the whole words the scan finds: on real articles and on
the shapes where a scan and a tokenizer part ways (apostrophes, underscores, digits)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.claim_documents import SCANNED_WORDS, document_data
from workbench.core.word_runs import WordRuns, whole_words

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TRICKY = ("o'brien's dog met o'brien and brien; don't o' 'tis rock'n'roll 4,600 126,000 "
          "covid-19 snake_case _lead trail_ a'b'c l’été l'été naïve 2019-ncov ’quoted’ x'")


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.rglob("*.*"))
             if path.suffix in (".txt", ".md") and path.name != "ATTRIBUTION.md"]
    return [*texts[:40], TRICKY]


@pytest.mark.parametrize("text", _texts(), ids=lambda text: text[:20])
def test_every_word_of_the_text_is_found_where_the_scan_finds_it(text: str) -> None:
    data = document_data("Title", text, None, [], [], [])
    runs = WordRuns(data._lower)
    words = [*data.vocabulary, "brien", "o", "s", "t", "n", "roll", "é", "000", "19", "zzz"]
    for word in words:
        assert runs.spans(word) == list(whole_words(data._lower, word)), word


def test_a_document_asked_many_words_is_read_once_and_answers_the_same() -> None:
    text = " ".join(_texts()[:3])
    scanned = document_data("Title", text, None, [], [], [])
    indexed = document_data("Title", text, None, [], [], [])
    words = scanned.vocabulary
    assert len(words) > SCANNED_WORDS
    expected = {word: list(whole_words(scanned._lower, word)) for word in words}
    assert indexed.spans_of(words) == expected
    assert indexed._runs is not None  # read into runs after the first SCANNED_WORDS
