"""A sentence-opening "It"/"They" right after an organisation's statement continues that
organisation, even where the model tagged the name that spoke as a person ("..., said
Acme.") while tagging it an organisation elsewhere in the document (issue 15: it/they
canonicals). A name only ever tagged a person is no "it"."""

from __future__ import annotations

from tests.nlp.quote_support import mention_of
from workbench.core.models import Mention, Quote
from workbench.nlp.quotes import attach_speakers
from workbench.nlp.speaker_mixed_labels import person_is_a_group, tagged_as_organisation

TEXT = (
    "Globex issued a patch on Monday. Acme shipped its own update. "
    '"The flaws were serious," said Acme. It also said it is "not planning more fixes". '
    "Acme will end support in May."
)


def _quotes(text: str) -> list[Quote]:
    """The credited quote ("..., said Acme.") and the one "It" speaks (no parse hint)."""
    first = text.index('"The flaws')
    first_end = text.index('," said') + 2
    said = text.index("said Acme") + len("said ")
    second = text.index('"not planning')
    second_end = text.index('". ') + 1
    it = text.index("It also")
    return [
        Quote(first, first_end, text[first:first_end], "direct", None, "Acme", said, said + 4),
        Quote(second, second_end, text[second:second_end], "direct", None, "It", it, it + 2),
    ]


def _mentions(text: str, organisation_elsewhere: bool) -> list[Mention]:
    said = text.index("said Acme") + len("said ")
    spoke = Mention(said, said + 4, "Acme", "PERSON", "Acme")
    first = mention_of(text, "Acme", "PERSON")
    last = text.rindex("Acme")
    later = Mention(last, last + 4, "Acme", "ORG" if organisation_elsewhere else "PERSON", "Acme")
    return [mention_of(text, "Globex", "ORG"), first, spoke, later]


def test_it_continues_an_organisation_tagged_a_person_where_it_spoke() -> None:
    resolved = attach_speakers(_quotes(TEXT), _mentions(TEXT, True), TEXT)
    assert [q.speaker for q in resolved] == ["Acme", "Acme"]


def test_it_never_continues_a_name_only_ever_tagged_a_person() -> None:
    resolved = attach_speakers(_quotes(TEXT), _mentions(TEXT, False), TEXT)
    assert resolved[1].speaker != "Acme"


def test_they_continues_a_group_that_just_spoke() -> None:
    text = (
        '"It is fixed," the Acme Union said of the offer by Globex. They said they '
        'were "not striking again".'
    )
    union = text.index("the Acme Union")
    first, first_end = text.index('"It is'), text.index('," the') + 2
    they = text.index("They said")
    second = text.index('"not striking')
    quotes = [
        Quote(first, first_end, text[first:first_end], "direct", None, "the Acme Union",
              union, union + 14),
        Quote(second, len(text), text[second:], "direct", None, "They", they, they + 4),
    ]
    mentions = [mention_of(text, "Globex", "ORG"), mention_of(text, "Acme Union", "ORG")]
    resolved = attach_speakers(quotes, mentions, text)
    assert resolved[1].speaker == "Acme Union"


def test_a_name_called_he_or_she_stays_a_person() -> None:
    mentions = [Mention(0, 4, "Ford", "ORG", "Ford")]
    assert tagged_as_organisation(mentions, "Ford")
    assert person_is_a_group(mentions, "Ford", gendered=False)
    assert not person_is_a_group(mentions, "Ford", gendered=True)
    assert not person_is_a_group(mentions, "Ann Ford", gendered=False)
