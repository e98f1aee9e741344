"""The name helpers several guessers share: lowercase-word scan and title spellings."""

from __future__ import annotations

from workbench.nlp.names import HONORIFICS, TITLE_ABBREVIATIONS, is_honorific, lowercase_words
from workbench.nlp.speaker_roles import _title_word


def test_lowercase_words_lists_words_written_in_lowercase_only():
    words = lowercase_words("Theresa May said she may go. Bush cut the bush back.")
    assert {"may", "bush", "said", "the"} <= words
    assert "theresa" not in words and "May" not in words


def test_every_abbreviated_title_and_its_spelling_are_honorifics():
    for short, spelled in TITLE_ABBREVIATIONS.items():
        assert short in HONORIFICS and spelled in HONORIFICS
    assert is_honorific("Supt.") and is_honorific("superintendent")


def test_role_phrase_title_uses_the_shared_spelling():
    assert _title_word("dr") == "doctor"
    assert _title_word("deputy lt") == "deputy lieutenant"
    assert _title_word("mayor") == "mayor"


def test_every_title_the_tokenizer_keeps_whole_is_an_honorific():
    """The tokenizer's list and the honorifics disagreed: "Cmdr. Moore" stayed one token but
    was no title, so the speaker rules dropped the name."""
    from workbench.nlp.abbreviations import SPACY_TITLES
    from workbench.nlp.abbreviations import TITLE_ABBREVIATIONS as KEPT_WHOLE

    assert [title for title in KEPT_WHOLE + SPACY_TITLES if not is_honorific(title)] == []
