"""Speakers named by order ("the latter", "the former") and subjects a quotation only
describes ("ATI is "..."") (issue 15, speakers on unseen news)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import mention_of, speaker_pairs
from workbench.core.models import Quote
from workbench.nlp.quotes import attach_speakers
from workbench.nlp.speaker_victims import named_as_killed

if TYPE_CHECKING:
    from spacy.language import Language


def _ordered(text: str, phrase: str, people: list[str]) -> str | None:
    """The canonical speaker of the quotation in ``text`` credited to ``phrase``."""
    mentions = [mention_of(text, name, "PERSON") for name in people]
    opening = text.index('"')
    closing = text.index('"', opening + 1) + 1
    at = text.index(phrase)
    quote = Quote(opening, closing, text[opening:closing], "direct", None, phrase, at,
                  at + len(phrase), cue="said")
    [resolved] = attach_speakers([quote], mentions, text)
    return resolved.speaker


def test_the_latter_is_the_second_of_the_two_just_named() -> None:
    text = (
        'Prosecutor Ann Marsh questioned the ferry pilot, Carl Ibsen, for an hour. '
        '"I never left the bridge," the latter said.'
    )
    assert _ordered(text, "the latter", ["Ann Marsh", "Carl Ibsen"]) == "Carl Ibsen"


def test_the_former_is_the_first_of_the_two_just_named() -> None:
    text = (
        'Olga Brandt and her trainer Pim Hout left the track early. '
        '"The ground was too soft," the former said.'
    )
    assert _ordered(text, "the former", ["Olga Brandt", "Pim Hout"]) == "Olga Brandt"


def test_order_word_among_three_people_names_nobody() -> None:
    text = (
        'Olga Brandt, Pim Hout and Dirk Maas left the track early. '
        '"The ground was too soft," the latter said.'
    )
    people = ["Olga Brandt", "Pim Hout", "Dirk Maas"]
    assert _ordered(text, "the latter", people) is None


def test_subject_joined_by_is_alone_is_not_the_speaker(nlp: Language) -> None:
    text = (
        '"We have won this round," said Orbix chief Tom Baker in an interview. '
        'Kestrel is "basically throwing in the towel, leaving us alone in the market."'
    )
    [first, second] = speaker_pairs(nlp, text)
    assert first == ("Tom Baker", "Tom Baker")
    assert second[0] != "Kestrel"


def test_role_with_portfolio_is_the_one_person_titled_with_it() -> None:
    text = (
        'Prime Minister Ken Adams met Finance Minister Lena Holt in Oslo. '
        '"We agreed on the budget," the finance minister said.'
    )
    assert _ordered(text, "the finance minister", ["Ken Adams", "Lena Holt"]) == "Lena Holt"


def test_bare_role_two_people_hold_names_nobody() -> None:
    text = (
        'Prime Minister Ken Adams met Finance Minister Lena Holt in Oslo. '
        '"We agreed on the budget," the minister said.'
    )
    assert _ordered(text, "the minister", ["Ken Adams", "Lena Holt"]) is None


def test_label_after_a_that_clause_is_the_governing_subjects(nlp: Language) -> None:
    text = (
        'Tom Reyes, the president of Norland, rejected accusations by the Sorrel '
        'government that his country was arming rebels as "utterly baseless and malicious."'
    )
    assert speaker_pairs(nlp, text) == [("Tom Reyes", "Tom Reyes")]


def test_label_after_a_relative_clause_set_off_by_commas_is_the_governing_subjects(
    nlp: Language,
) -> None:
    """The "as" after the aside's closing comma goes with "praised", not with "stepped
    down" whose own "as leader" the aside keeps (session 58)."""
    text = (
        "Premier Danielle Smith praised Jason Kenney, who stepped down as leader last year, "
        "as \u201ca man who never took the easy road\u201d in a speech on Friday."
    )
    assert [speaker for _, speaker in speaker_pairs(nlp, text)] == ["Danielle Smith"]


def test_dash_frame_after_a_quote_credits_the_name(nlp: Language) -> None:
    text = (
        '"The school will open again in May" \u2014 that was the pledge from Principal '
        'Rhea Dunmore as she walked the flooded halls on Friday.'
    )
    [(written, speaker)] = speaker_pairs(nlp, text)
    assert written is not None and written.endswith("Rhea Dunmore")
    assert speaker is not None and speaker.endswith("Rhea Dunmore")


def test_name_saying_those_words_next_credits_the_quote(nlp: Language) -> None:
    text = (
        '"It was all gone in one night."\n\n'
        'Walter Fenske said those words twice as he stood by the ruined barn.'
    )
    assert speaker_pairs(nlp, text) == [("Walter Fenske", "Walter Fenske")]


def test_role_skips_the_holder_the_text_names_as_killed() -> None:
    text = (
        'The gunman shot and killed Circuit Judge Omar Lentz in 2019. On Monday Circuit '
        'Judge Ivy Carrow passed sentence. "You will never walk free," the judge said.'
    )
    assert _ordered(text, "the judge", ["Omar Lentz", "Ivy Carrow"]) == "Ivy Carrow"


def test_a_name_owning_what_was_killed_was_not_killed() -> None:
    text = "Democrats killed Senate Leader Mitch Rand's bill; they killed Judge Ada Poe."
    rand = text.index("Mitch Rand")
    poe = text.index("Ada Poe")
    assert not named_as_killed(text, rand, rand + len("Mitch Rand"))
    assert named_as_killed(text, poe, poe + len("Ada Poe"))


def test_the_two_men_speak_as_the_pair_named_before() -> None:
    text = (
        'The trade secretary, Paul Grant, and the farm secretary, Lisa Vane, agreed. '
        'Critics named only Dan Hoyle. "We stand by the rule," the two men said.'
    )
    people = ["Paul Grant", "Lisa Vane", "Dan Hoyle"]
    assert _ordered(text, "the two men", people) == "Paul Grant and Lisa Vane"


def test_a_pair_of_things_is_no_pair_of_people() -> None:
    text = (
        'Orbix chief Tom Baker met Kestrel founder Lee Moon on Friday. '
        '"We will share the plant," the two companies said.'
    )
    assert _ordered(text, "the two companies", ["Tom Baker", "Lee Moon"]) is None


def test_he_after_a_pair_is_not_the_pair() -> None:
    text = (
        'The trade secretary, Paul Grant, and the farm secretary, Lisa Vane, agreed. '
        '"We stand by the rule," the two men said. "Farmers can rest," he added.'
    )
    mentions = [mention_of(text, name, "PERSON") for name in ("Paul Grant", "Lisa Vane")]
    quotes = []
    for quoted, phrase in (('"We stand by the rule,"', "the two men"),
                           ('"Farmers can rest,"', "he added")):
        opening = text.index(quoted)
        at = text.index(phrase, opening)
        quotes.append(Quote(opening, opening + len(quoted), quoted, "direct", None,
                            phrase.removesuffix(" added"), at,
                            at + len(phrase.removesuffix(" added")), cue="said"))
    first, second = attach_speakers(quotes, mentions, text)
    assert first.speaker == "Paul Grant and Lisa Vane"
    assert second.speaker != "Paul Grant and Lisa Vane"


def test_pair_frame_swallowed_by_a_lost_mark_is_cut_off(nlp: Language) -> None:
    text = (
        'In a statement, the trade secretary, Paul Grant, and the farm secretary, Lisa '
        'Vane, agreed. "By ending this rule we keep farmers under the full protection of '
        'the law, the two men said in a statement. "Agencies must consult growers again."'
    )
    [first, _] = speaker_pairs(nlp, text)
    assert first[0] == "the two men"


def test_subject_of_the_quoted_verb_is_not_the_pronouns_speaker(nlp: Language) -> None:
    text = (
        'Orbix chief Tom Baker spoke in an interview on Monday. Kestrel is "basically '
        'throwing in the towel," he said.'
    )
    [(written, speaker)] = speaker_pairs(nlp, text)
    assert written == "he"
    assert speaker != "Kestrel"
