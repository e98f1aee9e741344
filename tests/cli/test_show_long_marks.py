"""`show` cuts a long highlight's passage after a whole word and still says who made it.

Why: the whole line was cut at 200 characters, so a long passage lost its author (and its
"orphaned" mark) and ended inside a word, where every other listing cuts with `shorten`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.models import Article
from workbench.store import Store

SENTENCE = "The harbour board met on Tuesday and agreed to widen the northern channel. "


def test_a_long_highlight_keeps_its_author_and_whole_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "library.sqlite"
    text = SENTENCE * 5
    with Store(db) as store:
        doc = store.documents.add_article(Article(title="Harbour", text=text)).documents_added[0]
        store.annotations.add_annotation(doc, 0, len(text.rstrip()))
    assert main(["--db", str(db), "show", "1"]) == 0
    line = capsys.readouterr().out.split("\nAnnotations:\n", 1)[1].splitlines()[0]
    passage, author = line.split("] ", 1)[1].rsplit(" — ", 1)
    assert author == "unknown author"
    assert passage.endswith("…") and len(passage) <= 150
    assert text.startswith(passage[:-1]) and text[len(passage) - 1] == " "  # a whole word
