"""Transcript turns name people the article already names (review of session 12).

A turn label is how the transcript writes the name ("CLINTON:", "((Kay))"); the speaker is
the person the article names ("Hillary Clinton", "Zara Kay"), not a second entity
spelled like the label. Mentions are built by hand, so no model is needed.
"""

from __future__ import annotations

from workbench.core.models import Mention, Quote
from workbench.nlp.quote_resolution import resolve_speakers

INTERVIEW = (
    "Hillary Clinton spoke to students in Ottawa on Friday.\n\n"
    "Q: Did the offer tempt you? You said \u201cmaybe\u201d at first.\n\n"
    "CLINTON: Not for a second. I said, \u201cNo way.\u201d\n\n"
    "Q: And after that?\n\n"
    "CLINTON: We went home.\n"
)

NARRATOR = (
    "Zara Kay left Tanzania for Australia at nineteen.\n\n"
    "((WN)) How did your family take it?\n\n"
    "((Kay)) I called my aunt, and she said, \u201cYou are brave.\u201d\n\n"
    "((WN)) Did you go back?\n\n"
    "((Kay)) Once, for a wedding.\n"
)


def speaker_quote(text: str, word: str, quoted: str, hint: str | None = None) -> Quote:
    """A direct quote ``quoted`` whose speaker span is the first ``word`` before it."""
    start = text.index(quoted)
    at = text.rindex(word, 0, start)
    return Quote(start, start + len(quoted), quoted, speaker=hint, speaker_text=word,
                 speaker_start=at, speaker_end=at + len(word))


def article_person(name: str) -> Mention:
    """The article's PERSON mention of ``name`` in its first sentence."""
    return Mention(0, len(name), name, "PERSON", name)


def test_interviewee_saying_i_is_the_person_the_article_names() -> None:
    quote = speaker_quote(INTERVIEW, "I", "\u201cNo way.\u201d")
    mentions = [article_person("Hillary Clinton")]
    (resolved,) = resolve_speakers([quote], mentions, INTERVIEW)
    assert resolved.speaker == "Hillary Clinton"


def test_you_in_the_question_is_the_person_the_article_names() -> None:
    quote = speaker_quote(INTERVIEW, "You", "\u201cmaybe\u201d")
    mentions = [article_person("Hillary Clinton")]
    (resolved,) = resolve_speakers([quote], mentions, INTERVIEW)
    assert resolved.speaker == "Hillary Clinton"


def test_a_label_nobody_in_the_article_carries_stays_as_written() -> None:
    quote = speaker_quote(INTERVIEW, "I", "\u201cNo way.\u201d")
    (resolved,) = resolve_speakers([quote], [], INTERVIEW)
    assert resolved.speaker == "CLINTON"


def test_narrators_she_is_not_the_narrator_under_her_full_name() -> None:
    """"((Kay))" is Zara Kay, so the "she" of her own story is someone else (her aunt)."""
    quote = speaker_quote(NARRATOR, "she", "\u201cYou are brave.\u201d", hint="Zara Kay")
    mentions = [article_person("Zara Kay")]
    (resolved,) = resolve_speakers([quote], mentions, NARRATOR)
    assert resolved.speaker != "Zara Kay"


QUESTIONS_ONLY = (
    "Maria Okafor, who is running for mayor of Hamilton, spoke with the Ledger. Okafor met "
    "Tom Reid at school.\n\n"
    "Q: On your website you state \u201cevery bus will be free.\u201d How?\n\n"
    "Okafor said buses are paid for by parking.\n\n"
    "Q: And next year?\n"
)


def _mention_at(text: str, surface: str, entity: str) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, "PERSON", entity)


def test_you_when_only_questions_are_labelled_is_the_person_introduced_most() -> None:
    """No answer carries a label: "you" is whom the introduction is about, not Tom Reid."""
    quote = speaker_quote(QUESTIONS_ONLY, "you", "\u201cevery bus will be free.\u201d")
    mentions = [
        _mention_at(QUESTIONS_ONLY, "Maria Okafor", "Maria Okafor"),
        _mention_at(QUESTIONS_ONLY, "Okafor met", "Maria Okafor"),
        _mention_at(QUESTIONS_ONLY, "Tom Reid", "Tom Reid"),
    ]
    (resolved,) = resolve_speakers([quote], mentions, QUESTIONS_ONLY)
    assert resolved.speaker == "Maria Okafor"


def test_you_stays_unresolved_when_the_introduction_names_two_people_alike() -> None:
    quote = speaker_quote(QUESTIONS_ONLY, "you", "\u201cevery bus will be free.\u201d")
    mentions = [
        _mention_at(QUESTIONS_ONLY, "Maria Okafor", "Maria Okafor"),
        _mention_at(QUESTIONS_ONLY, "Tom Reid", "Tom Reid"),
    ]
    (resolved,) = resolve_speakers([quote], mentions, QUESTIONS_ONLY)
    assert resolved.speaker is None


def test_narrators_she_is_the_woman_she_told_of_just_before() -> None:
    """ "I called my aunt, and she said": the aunt, written as the narrator wrote her."""
    quote = speaker_quote(NARRATOR, "she", "\u201cYou are brave.\u201d", hint="Zara Kay")
    (resolved,) = resolve_speakers([quote], [article_person("Zara Kay")], NARRATOR)
    assert resolved.speaker == "my aunt"


STORY = (
    "Ben Osei grew up in Accra.\n\n"
    "((WN)) What did your family say?\n\n"
    "((Ben Osei)) My sister cried. Another boy came up to me at school and he said, "
    "\u201cGo home.\u201d\n\n"
    "((WN)) And then?\n\n"
    "((Ben Osei)) My sister was quiet. Then he said, \u201cSorry.\u201d\n"
)


def test_narrators_he_skips_a_woman_for_the_nearest_man() -> None:
    quote = speaker_quote(STORY, "he", "\u201cGo home.\u201d", hint="Ben Osei")
    (resolved,) = resolve_speakers([quote], [article_person("Ben Osei")], STORY)
    assert resolved.speaker == "Another boy"


def test_narrators_he_with_no_man_in_the_paragraph_names_nobody() -> None:
    quote = speaker_quote(STORY, "he", "\u201cSorry.\u201d", hint="Ben Osei")
    (resolved,) = resolve_speakers([quote], [article_person("Ben Osei")], STORY)
    assert resolved.speaker is None


SEAGER = (
    "Sara Seager spoke with Wikinews about planets.\n\n"
    "((WN)) Which planets could host life? And what do we know of their skies?\n\n"
    "((Sara Seager))  Super Earths.  We know hot Jupiters are too hot for life.\n\n"
    "((WN)) So we know little?\n\n"
    "((Sara Seager))  Correct.  We know very little about their atmospheres.\n"
)


def statement_after(text: str, word: str, content: str, nth: int = 0) -> Quote:
    """An indirect statement ``content`` whose speaker span is the ``nth`` ``word``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    start = text.index(content, at)
    return Quote(start, start + len(content), content, kind="indirect", speaker_text=word,
                 speaker_start=at, speaker_end=at + len(word))


def seager_mentions() -> list[Mention]:
    """The article's person, and the reply the model took for an organisation."""
    reply = SEAGER.index("Super Earths")
    return [article_person("Sara Seager"),
            Mention(reply, reply + len("Super Earths"), "Super Earths", "ORG", "Super Earths")]


def test_we_in_an_answer_is_the_interviewee_not_the_reply_before_it() -> None:
    quote = statement_after(SEAGER, "We", "hot Jupiters are too hot")
    (resolved,) = resolve_speakers([quote], seager_mentions(), SEAGER)
    assert (resolved.speaker_text, resolved.speaker) == ("We", "Sara Seager")


def test_we_in_a_question_names_nobody() -> None:
    quote = statement_after(SEAGER, "we", "little", nth=1)
    (resolved,) = resolve_speakers([quote], seager_mentions(), SEAGER)
    assert resolved.speaker is None


def test_we_in_ordinary_prose_still_finds_its_group() -> None:
    text = "Acme Corp posted record sales. We expect growth to continue, the firm said."
    quote = statement_after(text, "We", "growth to continue")
    acme = Mention(0, len("Acme Corp"), "Acme Corp", "ORG", "Acme Corp")
    (resolved,) = resolve_speakers([quote], [acme], text)
    assert resolved.speaker == "Acme Corp"


INITIALS = (
    "Natasha Gownaris studies penguins.\n\n"
    "((WN)) Why do females die younger?\n\n"
    "NG: We think it is related to their smaller body size.\n\n"
    "((WN)) What comes next?\n\n"
    "NG: More fieldwork. We hope the colony grows.\n"
)


def test_an_interviewee_labelled_by_initials_answers_and_her_we_is_hers() -> None:
    quote = statement_after(INITIALS, "We", "it is related")
    (resolved,) = resolve_speakers([quote], [article_person("Natasha Gownaris")], INITIALS)
    assert resolved.speaker == "Natasha Gownaris"


def test_initials_two_people_share_stay_as_written() -> None:
    text = INITIALS.replace("studies penguins.", "studies penguins with Nick Green.")
    nick = text.index("Nick Green")
    mentions = [article_person("Natasha Gownaris"),
                Mention(nick, nick + len("Nick Green"), "Nick Green", "PERSON", "Nick Green")]
    quote = statement_after(text, "We", "it is related")
    (resolved,) = resolve_speakers([quote], mentions, text)
    assert resolved.speaker == "NG"


PLAIN_ANSWERS = (
    "Acme Corp builds rockets. Ann Lee runs it.\n\n"
    "((WN)) What do we know of the launch?\n\n"
    "Acme Corp posted its plans. We expect a launch in May, the firm said.\n\n"
    "((WN)) And then?\n\n"
    "More launches.\n"
)


def test_we_in_an_unlabelled_answer_after_a_question_still_finds_its_group() -> None:
    quote = statement_after(PLAIN_ANSWERS, "We", "a launch in May")
    acme = Mention(0, len("Acme Corp"), "Acme Corp", "ORG", "Acme Corp")
    (resolved,) = resolve_speakers([quote], [acme], PLAIN_ANSWERS)
    assert resolved.speaker == "Acme Corp"
