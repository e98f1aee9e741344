"""A post on a platform is a cue (``cue_platforms``): `"...," BBCOne promoted on Twitter.`
(issue 15, dev9: the tweets went to the person quoted before, as "promoted" is no verb of
saying). Sentences written for these tests; run on the real small model (``nlp``)."""

from __future__ import annotations

from spacy.language import Language

from workbench.nlp.cue_platforms import posted_on_platform
from workbench.nlp.cues import is_speech_cue


def _verb(nlp: Language, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_a_verb_with_on_twitter_is_a_post(nlp: Language) -> None:
    assert posted_on_platform(_verb(nlp, "The station promoted on Twitter last night.", "promoted"))


def test_a_passive_or_an_object_is_no_post_of_the_quoted_words(nlp: Language) -> None:
    assert not posted_on_platform(_verb(nlp, "He was criticised on Twitter.", "criticised"))
    assert not posted_on_platform(
        _verb(nlp, "She shared a photo on Instagram.", "shared")
    )
    assert not posted_on_platform(_verb(nlp, "He promoted the show on Friday.", "promoted"))


def test_a_post_is_a_verb_of_saying_for_the_cue_lexicon(nlp: Language) -> None:
    """The wiring: ``cues.is_speech_cue`` reads a post as a cue, whatever its verb."""
    assert is_speech_cue(_verb(nlp, "The station promoted on Twitter last night.", "promoted"))
    assert not is_speech_cue(_verb(nlp, "He promoted the show on Friday.", "promoted"))
