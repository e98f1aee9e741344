"""A cue in a clause that only sets the scene does not frame the quote the main clause
introduces (``quote_scene_clauses``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.quote_support import direct
from workbench.nlp.quotes import find_quotes

if TYPE_CHECKING:
    from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker_text for q in direct(find_quotes(nlp(text)))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "After Premier Danielle Smith suggested that Ottawa would sue the province, Prime "
            'Minister Mark Carney fired back forcefully: "If they sue us in a court in Calgary, '
            'they are going to lose," referencing the ruling.',
            "Mark Carney",
        ),
        (
            "After the mayor criticized the budget during a debate, Premier Wab Kinew shot "
            'back, "We balanced the books and we will do it again."',
            "Wab Kinew",
        ),
        (
            "When reporters asked about the strike, union leader JP Hornick fired back: "
            '"Our members are not going anywhere."',
            "JP Hornick",
        ),
    ],
)
def test_the_main_clause_introducing_the_quote_speaks(
    nlp: Language, text: str, speaker: str
) -> None:
    """The only verb of saying before the opening mark lies in the "After"/"When" clause;
    the main clause ("fired back", "shot back") introduces the quotation, its subject
    speaks."""
    found = _speakers(nlp, text)
    assert len(found) == 1
    assert found[0] is not None and found[0].endswith(speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'When asked about the deal, Finance Minister Chrystia Freeland said: "We will '
            'not sign a bad deal."',
            "Chrystia Freeland",
        ),
        ('When Smith said "we will win this riding," the crowd cheered.', "Smith"),
    ],
)
def test_a_cue_of_the_main_clause_or_around_the_quote_stays(
    nlp: Language, text: str, speaker: str
) -> None:
    """A verb of saying in the main clause frames the quote as before, and a quote inside
    the scene-setting clause is that clause's cue's."""
    assert _speakers(nlp, text) == [speaker]
