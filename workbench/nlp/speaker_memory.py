"""What the speaker resolver knows of one document, and the speakers resolved so far.

Why apart from ``quote_resolution`` and ``speaker_pronouns``: a name resolved to its
entity is what a later "he" or "the prime minister" points back at, so both read and
extend one memory. Holding it in one object that each receives keeps the two concerns
(names, pronouns) from calling into each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.core.models import Mention
from workbench.nlp.names import lowercase_words
from workbench.nlp.pronoun_fit import PERSON_PRONOUNS, SentenceIndex, group_key, group_keys
from workbench.nlp.speaker_gender import KnownGenders
from workbench.nlp.speaker_headline_names import rename_headline_people
from workbench.nlp.speaker_names import PeopleByName

#: The labels a speaker may carry, best first (a person over the place a surname matches).
LABEL_RANK = {"PERSON": 0, "ORG": 1, "NORP": 2, "GPE": 3}
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Resolved:
    """A speaker already resolved earlier in the document."""

    end: int
    entity: str  # "" for a person the text names only by a noun ("the father")
    label: str
    gender: str | None = None
    #: True for the narrator of an interview turn ("I said"): she is never the "she" of
    #: her own narration, so no later third-person pronoun continues with her.
    narrator: bool = False


class SpeakerMemory:
    """The document's candidate mentions, its sentences and people, and who spoke so far.

    ``resolved`` grows in reading order of the speaker spans; ``people`` also learns the
    names no mention carries as the resolver meets them.
    """

    def __init__(
        self, mentions: Sequence[Mention], text: str, quoted: Sequence[tuple[int, int]]
    ) -> None:
        self.text = text
        self.mentions = sorted(
            rename_headline_people(
                [m for m in mentions if m.field == "text" and m.label in LABEL_RANK], text
            ),
            key=lambda m: (m.start, m.end),
        )
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)
        self.sentences = SentenceIndex(text)
        self.resolved: list[Resolved] = []
        people = [m for m in self.mentions if m.label == "PERSON"]
        self.genders = KnownGenders(text, people, self.sentences.index, quoted)
        self._lowercase: frozenset[str] | None = None
        self.people = PeopleByName()
        self._groups = group_keys(self.mentions)
        for mention in people:
            self.people.add(mention.entity, mention.start)

    def remember(
        self,
        end: int,
        entity: str,
        label: str,
        gender: str | None = None,
        narrator: bool = False,
    ) -> None:
        """Record a speaker resolved at ``end`` (its speaker span's end)."""
        self.resolved.append(Resolved(end, entity, label, gender, narrator))

    def names_a_group(self, word: str, entity: str) -> bool:
        """True when a singular "he"/"she" meets an entity the document also tags as a
        nationality, religion or party ("Ex-Muslims", "ex-Muslim"): a group, never one
        person, whatever label the model gave this mention."""
        return word.lower() in PERSON_PRONOUNS and group_key(entity) in self._groups

    def rules_out(self, word: str, entity: str, noun_gender: str | None = None) -> bool:
        """True when pronoun ``word`` cannot stand for ``entity``: it is known by the other
        gender's pronoun, or it names a group (:meth:`names_a_group`). One test for every
        place the pronoun resolver weighs an antecedent, so none forgets half of it."""
        return self.genders.clash(word, entity, noun_gender) or self.names_a_group(word, entity)

    def lowercase_words(self) -> frozenset[str]:
        """Words the text writes in lowercase somewhere (so they are common nouns)."""
        if self._lowercase is None:
            self._lowercase = lowercase_words(self.text)
        return self._lowercase
