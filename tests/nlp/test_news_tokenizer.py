"""The app's tokenizer is built with one read of its special cases and splits as the steps did.

Why: spaCy re-reads every special case whenever an affix rule or the special cases change;
setting our news rules one by one read them four times in each worker process at start-up.
The work counted is how often one special case ("Capt.") is searched by the prefix rules
while the pipeline is built; seconds are the benchmarks' business.
"""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest

spacy = pytest.importorskip("spacy")

from tests.nlp.tokenizer_steps import (  # noqa: E402
    add_news_abbreviations,
    split_glued_marks,
    window_suffix_search,
)
from workbench.nlp import news_tokenizer as news_tokenizer_module  # noqa: E402
from workbench.nlp.news_tokenizer import news_tokenizer  # noqa: E402
from workbench.nlp.pipeline import MODEL_NAMES, load_pipeline  # noqa: E402
from workbench.nlp.suffix_window import TailSearch  # noqa: E402

TEXTS = [
    '"Yes,"said Al.', 'Rep. Trey Gowdy (R-S.C.): "No."', "Michael O' Leary said",
    "Capt. Mary Jones, Lt.-Col. Ray Ng and Sgt.-Maj. Kim Lee", "win\u201d\u2014he said",
    "over.'He said", "Jr.'s dog", '6\'2" tall', ":) :( ): (: :-)", "U.S.'s 90's rock 'n' roll",
    "e-mail a@b.com or http://x.y/z?q=1.", "Ont. Que. B.C. N.W.T. P.E.I.", "Sr. O\u2019 Brien",
    "((((Harbour Bridge))))" + "]" * 60 + ".",
    "\u2033We won,\u2033 said Smith\u2033. Apple\u2032s 6\u20322\u2033 \u2036Iron Lady\u2033",
]


def _stepwise(nlp: object) -> object:
    """The rules set one after another, as the pipeline did before ``news_tokenizer``."""
    return split_glued_marks(window_suffix_search(add_news_abbreviations(nlp)))  # type: ignore[arg-type]


def _tokens(tokenizer: object, text: str) -> list[tuple[str, str]]:
    return [(token.text, token.whitespace_) for token in tokenizer(text)]  # type: ignore[operator]


def _marks(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    chars = list("\"'\u201c\u201d\u2018\u2019\u2014\u2013,.:;!?()[]{}aZ09 -@/\u2026")
    return ["".join(rng.choice(chars) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def test_one_build_splits_as_the_rules_set_one_by_one() -> None:
    stepwise = _stepwise(spacy.blank("en")).tokenizer  # type: ignore[attr-defined]
    built = news_tokenizer(spacy.blank("en").tokenizer)
    assert isinstance(built.suffix_search, TailSearch)
    assert built.rules == stepwise.rules
    for text in TEXTS + _marks(54, 3_000):
        assert _tokens(built, text) == _tokens(stepwise, text), text


def test_building_it_twice_adds_nothing() -> None:
    once = news_tokenizer(spacy.blank("en").tokenizer)
    twice = news_tokenizer(once)
    assert twice.rules == once.rules
    assert twice.infix_finditer.__self__.pattern == once.infix_finditer.__self__.pattern  # type: ignore[attr-defined]
    for search in ("prefix_search", "suffix_search"):  # the prime rules added once
        assert (getattr(twice, search).__self__.pattern
                == getattr(once, search).__self__.pattern)


class _CountedPattern:
    """A compiled pattern that notes every text its ``search`` is asked about."""

    def __init__(self, pattern: str, searched: list[str]) -> None:
        self.pattern = pattern
        self._compiled = re.compile(pattern)
        self._searched = searched

    def search(self, text: str, *where: int) -> re.Match[str] | None:
        self._searched.append(text)
        return self._compiled.search(text, *where)

    def finditer(self, text: str, *where: int) -> object:
        return self._compiled.finditer(text, *where)


def test_the_app_s_pipeline_reads_its_special_cases_once(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []
    counting = SimpleNamespace(compile=lambda pattern: _CountedPattern(pattern, searched))
    monkeypatch.setattr(news_tokenizer_module, "re", counting)
    nlp = load_pipeline._build()  # noqa: SLF001 - a fresh build, not the process's one
    while_built = searched.count("Capt.")
    searched.clear()
    nlp.tokenizer.rules = dict(nlp.tokenizer.rules)  # one read of every special case
    assert while_built == searched.count("Capt.") > 0


def test_the_app_s_pipeline_splits_as_the_rules_set_one_by_one() -> None:
    app = load_pipeline().tokenizer
    for name in MODEL_NAMES:
        try:
            stepwise = _stepwise(spacy.load(name)).tokenizer  # type: ignore[attr-defined]
        except OSError:
            continue
        for text in TEXTS + _marks(15, 500):
            assert _tokens(app, text) == _tokens(stepwise, text), text
        return
