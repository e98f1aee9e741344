"""A title before one untagged name makes it a person's (issue 15): "Princess Ubolratana
pointed out", "said Sgt. Moore" get a canonical speaker wherever the name stands."""

from __future__ import annotations

import pytest

from workbench.nlp.pipeline import analyze_document
from workbench.nlp.speaker_names import titled_single_name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["Princess", "Ubolratana"], "Ubolratana"),
        (["Sgt.", "Moore"], "Moore"),
        (["Cmdr.", "Moore"], "Moore"),
        (["Pvt.", "Lee"], "Lee"),
        (["Mayor", "Tory"], "Tory"),
        (["The", "Mayor"], None),
        (["Minister", "NASA"], None),
        (["Ubolratana"], None),
    ],
)
def test_titled_single_name(words: list[str], name: str | None) -> None:
    assert titled_single_name(words) == name


def test_titled_name_opening_a_sentence_is_the_canonical_speaker() -> None:
    text = (
        "The party named its candidate on Friday.\n\n"
        'In support of her bid, Princess Ubolratana pointed out she had "given up my '
        'royal titles long ago."'
    )
    quotes = [q for q in analyze_document("", text).quotes if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Ubolratana"]
