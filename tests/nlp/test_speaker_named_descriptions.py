"""Speakers named by a description no entity carries (issue 15, session 13).

"The Harper campaign said" is spoken by that campaign, written without its article;
"the spokeswoman added" right after "a Hydro One spokeswoman said" is that fuller
description; "Their statement" opening the sentence after a group's statement is that
group, not the nearest place or body the sentence mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.speaker_descriptions import named_description

if TYPE_CHECKING:
    from spacy.language import Language


def test_group_named_by_its_owner_is_the_speaker_without_article() -> None:
    assert named_description("The Harper campaign", 0, "", 0) == "Harper campaign"
    assert named_description("the Ford government", 0, "", 0) == "Ford government"
    assert named_description("The government of Nunavut", 0, "", 0) == "government of Nunavut"
    assert named_description("The Okafor family", 0, "", 0) == "Okafor family"


def test_description_without_owner_or_of_another_head_names_nobody() -> None:
    assert named_description("The campaign", 0, "", 0) is None
    assert named_description("The Supreme Court", 0, "", 0) is None
    assert named_description("The Toronto Star reporter", 0, "", 0) is None


def test_bare_role_is_the_fuller_description_in_its_passage() -> None:
    text = "The outage lasted a day, a Hydro One spokeswoman said. The spokeswoman added"
    start = text.index("The spokeswoman")
    assert named_description("The spokeswoman", start, text, 0) == "Hydro One spokeswoman"


def test_bare_role_outside_the_passage_or_without_modifier_stays_bare() -> None:
    text = "A Hydro One spokeswoman said so. Crews worked. The spokeswoman added"
    start = text.index("The spokeswoman")
    passage = text.index("Crews")
    assert named_description("The spokeswoman", start, text, passage) is None
    text = "He wrote to the spokeswoman for weeks. The spokeswoman added"
    assert named_description("The spokeswoman", text.rindex("The"), text, 0) is None


def test_owned_group_speaks_in_an_article(nlp: Language) -> None:
    text = (
        "Stephen Harper spoke in Halifax on Monday. The Harper campaign released a statement: "
        '"We will cut taxes for every family in Canada."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The Harper campaign"
    assert quote.speaker == "Harper campaign"


def test_spokeswoman_continues_the_described_speaker(nlp: Language) -> None:
    text = (
        '"Crews are working around the clock," a Hydro One spokeswoman said on Tuesday. '
        'The spokeswoman added that "most homes will have power by Friday."'
    )
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].speaker_text == "The spokeswoman"
    assert quotes[-1].speaker == "Hydro One spokeswoman"


def test_their_after_a_groups_statement_is_that_group(nlp: Language) -> None:
    text = (
        "The government of Nunavut issued a statement saying the matter is for Parliament "
        'and not for judges: "The people of Nunavut must decide." Their statement also read '
        '"self-government is a right."'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker for q in quotes] == ["government of Nunavut"] * 2


def test_bare_role_after_a_quote_of_two_sentences_is_its_fuller_description(
    nlp: Language,
) -> None:
    # The passage is counted from the quote's first sentence, not from the credit's.
    text = (
        "Firefighters reached the diner at dawn.\n\n"
        "The diner's manager, who asked not to be named, said the fryer had been off all "
        "night.\n\n"
        "\u201cWe checked it twice. I locked up myself,\u201d the manager said."
    )
    quote = direct(analyse(nlp, text))[-1]
    assert quote.speaker_text == "the manager"
    assert quote.speaker == "diner's manager"
