"""The eval's parse cache is named after the tokenizer's rules (tests/eval/eval_quotes.py).

Why tested though the app does not ship it: a cached parse that outlived a change of the
app's tokenizer (the glued-mark rules of ``workbench.nlp.glued_marks``) would score tokens
the app no longer makes, and every number measured after the change would be stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "eval"))

from eval_quotes import parse_key  # noqa: E402

from tests.nlp.tokenizer_steps import split_glued_marks  # noqa: E402


def test_the_glued_mark_rules_change_the_parse_key_once() -> None:
    import spacy

    nlp = spacy.blank("en")
    before = parse_key(nlp)
    split_glued_marks(nlp)
    after = parse_key(nlp)
    split_glued_marks(nlp)
    assert before != after == parse_key(nlp)
    assert [t.text for t in nlp('"Yes,"said Al.')][3] == '"'


def test_the_app_components_rules_are_in_the_parse_key(monkeypatch) -> None:
    """A sentence rule changed in the component's code, same pipe names: a new key."""
    import eval_quotes
    import spacy

    from workbench.nlp.paragraph_sentences import add_paragraph_sentences

    nlp = add_paragraph_sentences(spacy.blank("en"))
    before = parse_key(nlp)
    assert "-rules" in before
    monkeypatch.setattr(eval_quotes.inspect, "getsource", lambda module: "changed rules")
    assert parse_key(nlp) != before
