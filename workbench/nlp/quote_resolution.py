"""Map each statement's speaker span to a canonical entity (``Quote.speaker``).

Runs on the document's final mentions, after entity resolution, so "Miller" already
points at "Matthew Miller" and a merge by the analyst changes speakers without a
re-parse. This module orders the ways a span is read — a handle, a transcript turn, a
pronoun (``speaker_pronouns``), a mention, a name no mention carries, a role or a
description — and reads the names; what it resolves is remembered in ``speaker_memory``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention, Quote
from workbench.core.span_union import SpanUnion
from workbench.nlp.canonical_links import CanonicalLinks
from workbench.nlp.cues import continues_speaker
from workbench.nlp.names import numbered_designation_mentions, strip_opening_adverb
from workbench.nlp.pronoun_fit import GROUP_PRONOUNS, PERSON_PRONOUNS
from workbench.nlp.quote_publications import publication_of
from workbench.nlp.speaker_apposed_phrases import apposed_person
from workbench.nlp.speaker_body_epithets import body_post_person
from workbench.nlp.speaker_business_descriptions import described_business
from workbench.nlp.speaker_descriptions import (
    ROLE_NOUNS,
    described_entity,
    fuller_body,
    named_description,
)
from workbench.nlp.speaker_document_issuers import document_issuer
from workbench.nlp.speaker_document_owners import document_owner, spoken_through
from workbench.nlp.speaker_epithets import epithet_person
from workbench.nlp.speaker_full_names import full_name_before
from workbench.nlp.speaker_gender import RELATIONAL_NOUNS, unnamed_person
from workbench.nlp.speaker_given_names import GivenNames
from workbench.nlp.speaker_handles import handle_name_end, is_handle_text
from workbench.nlp.speaker_institutions import institution_speaker
from workbench.nlp.speaker_introductions import IntroducedSpeakers
from workbench.nlp.speaker_kin_named_after import kin_named_after
from workbench.nlp.speaker_latter_former import named_by_order
from workbench.nlp.speaker_memory import LABEL_RANK, WORD, SpeakerMemory
from workbench.nlp.speaker_misread_mentions import relabel_misread_mentions
from workbench.nlp.speaker_name_shaped_orgs import people_read_as_organisations
from workbench.nlp.speaker_named_later import named_later
from workbench.nlp.speaker_names import (
    hint_is_a_name,
    lone_surname_at,
    names_someone_else,
    names_whole_phrase,
    names_whom_it_serves,
    person_name,
    titled_single_name,
)
from workbench.nlp.speaker_pronouns import PronounResolver
from workbench.nlp.speaker_relatives import relative_pronoun_speaker
from workbench.nlp.speaker_replies import person_asked
from workbench.nlp.speaker_roles import TitledPeople
from workbench.nlp.speaker_stated_kin import stated_kin_speakers
from workbench.nlp.speaker_title_genders import TitledBearers, bearer_by_title, title_gender
from workbench.nlp.speaker_transcripts import Transcript
from workbench.nlp.speaker_untagged_businesses import untagged_business
from workbench.nlp.untagged_names import LOOK_BACK_CHARS

#: How many sentences back a speaker keeps a bare surname it shares (``_bearer_who_spoke``).
_BEARER_SENTENCES = 2

#: Group pronouns a sentence may open to continue a group's statement ("It said").
_THIRD_PERSON_GROUP = frozenset(("it", "its", "they", "their"))


class _Resolver:
    """Reads each speaker span of one document in turn, against one shared memory."""

    def __init__(
        self, mentions: Sequence[Mention], text: str, quoted: Sequence[tuple[int, int]]
    ) -> None:
        self.memory = memory = SpeakerMemory(mentions, text, quoted)
        self.quoted = SpanUnion(quoted)
        self.pronouns = PronounResolver(memory)
        self.text = text
        self.titles = TitledPeople(memory.mentions, text)
        people = [m for m in memory.mentions if m.label == "PERSON"]
        named = [(m.start, m.entity) for m in people]
        self.transcript = Transcript(text, name_of=self._turn_person, people=named)
        self.given_names = GivenNames(m.entity for m in people)
        self.introduced = IntroducedSpeakers(text)
        self._bearers: TitledBearers | None = None  # built at the first titled surname
        self.spoken: list[tuple[int, int, str]] = []  # resolved speaker spans, in order

    def _turn_person(self, label: str, position: int) -> str:
        """The person a turn label names: "CLINTON:" is the article's "Hillary Clinton"."""
        return self.memory.people.find(label.title(), position) or label

    def _turn_speaker(self, word: str, quote: Quote) -> str | None:
        """The person a transcript turn makes "I", "we" or "you"; "" for the asking
        outlet's "we", remembered as nobody's so no later pronoun lands on it."""
        turn = self.transcript.speaker(word, quote.speaker_start or 0)
        if turn:
            self.memory.remember(quote.speaker_end or 0, turn, "PERSON", narrator=True)
        return turn

    def resolve(self, quote: Quote) -> str | None:
        """The canonical speaker of ``quote``, remembered by its span (a document it
        spoke through speaks for it later: ``spoken_through``)."""
        speaker = self._read(quote)
        if speaker and quote.speaker_start is not None and quote.speaker_end is not None:
            self.spoken.append((quote.speaker_start, quote.speaker_end, speaker))
        return speaker

    def _read(self, quote: Quote) -> str | None:
        """The canonical speaker of ``quote``, trying each reading of its span in turn."""
        if quote.speaker_start is None or quote.speaker_end is None or not quote.speaker_text:
            return quote.speaker
        word = quote.speaker_text.strip().lower()
        if is_handle_text(word):
            return self._handle_owner(quote.speaker_text.strip())
        turn = self._turn_speaker(word, quote) if self.transcript.turns else None
        if turn is not None:
            return turn
        if word in PERSON_PRONOUNS or word in GROUP_PRONOUNS:
            return self._pronoun_speaker(word, quote, quote.speaker_start)
        mention = self._overlapping(quote.speaker_start, quote.speaker_end)
        text, start = self._without_adverb(quote.speaker_text, quote.speaker_start)
        if mention is not None and not names_whole_phrase(mention, text, start):
            mention = None  # the entity is only part of the phrase: the phrase speaks
        named_before = self._named_before(mention, text, start, quote.speaker_end)
        if named_before is not None:
            return named_before
        serves = names_whom_it_serves(text)  # "a lawyer for Barlow" is not Barlow
        by_name = None if serves else self.memory.people.find(text, start)
        if mention is not None:
            # A surname the model read as a place or organisation ("Downey said") speaks
            # as the person of that name when the text names one.
            person = mention.label == "PERSON" or by_name is None
            if person and not names_someone_else(mention, text):
                entity = self._bearer_who_spoke(self.given_names.entity_of(mention), text, start)
                self.memory.remember(quote.speaker_end, entity, mention.label)
                return entity
        by_name = by_name or self.titles.holder(text, start) or self._untagged(text, start)
        by_name = by_name or self._role_continues(text, start)
        if by_name is not None:
            by_name = self._bearer_who_spoke(by_name, text, start)
            self.memory.remember(quote.speaker_end, by_name, "PERSON")
            return by_name
        described = described_entity(text, start, self.memory.mentions, self.text)
        described = described or described_business(text, start, self.memory.mentions, self.text)
        described = described or document_owner(text, start, self.memory.mentions, self.text)
        described = described or document_issuer(text, start, self.memory.mentions, self.text)
        described = described or apposed_person(text, start, self.memory.mentions, self.text)
        described = described or epithet_person(text, start, self.memory.mentions, self.text)
        described = described or body_post_person(text, start, self.memory.mentions, self.text)
        described = described or untagged_business(text, start, self.memory.mentions, self.text)
        if described is None:
            through = spoken_through(text, start, self.spoken, self.text)
            return through or self._undescribed(quote, text, start)
        self.memory.remember(quote.speaker_end, described.entity, described.label)
        return described.entity

    def _undescribed(self, quote: Quote, text: str, start: int) -> str | None:
        """A phrase no earlier mention stands for: a description naming what no entity
        carries, a role's fuller introduction, else the parse's hint or a public body."""
        end = quote.speaker_end or 0
        sentences = self.memory.sentences  # from the quote's sentence: it may hold several
        passage = sentences.starts[max(0, sentences.index(min(start, quote.start)) - 1)]
        named = named_description(text, start, self.text, passage)
        introduced = None if named else self.introduced.fuller(text, start)
        self.introduced.note(text, start)
        unnamed, gender = unnamed_person(quote.speaker_text or "")
        if unnamed or named or introduced:
            role = introduced or unnamed or named.split()[-1] in ROLE_NOUNS
            self.memory.remember(
                end, named or introduced or "", "PERSON" if role else "ORG", gender
            )
        return named or introduced or quote.speaker or institution_speaker(text)

    def _named_before(
        self, mention: Mention | None, text: str, start: int, end: int
    ) -> str | None:
        """A speaker phrase that points back at what was named before it: "The
        Department" at the body named in full, "the latter" at the second of the two
        people just named, "the two men" at that pair ("A and B")."""
        memory = self.memory
        fuller = fuller_body(mention, memory.mentions) if mention is not None else None
        if fuller is not None:
            memory.remember(end, fuller.entity, fuller.label)
            return fuller.entity
        named = named_by_order(text, start, memory.mentions, memory.sentences, self.quoted)
        if named is None:
            return None
        entity, one_person = named
        if one_person:  # a pair is no one person a later "he" or "she" could stand for
            memory.remember(end, entity, "PERSON")
        return entity

    def _bearer_who_spoke(self, entity: str, text: str, start: int) -> str:
        """A bare surname two people share is the one who spoke just before (in this or
        the two sentences before: a stop in "No. 8" counts as one) when that is the
        other bearer, named in full ("His son, T.J. DiLeo, ... he said ... "...," DiLeo
        said" after "Tony DiLeo" was named): the passage stays with its speaker, over
        the bearer named first or most."""
        gender = title_gender(text, self.text, start)
        if gender is not None:  # "Mrs Brown": the bearer of that gender, when the text says
            if self._bearers is None:
                self._bearers = TitledBearers(self.memory.mentions, self.text)
            return bearer_by_title(entity, gender, self._bearers, start, self.memory.genders)
        resolved = self.memory.resolved
        words = WORD.findall(text)
        if len(words) != 1 or not resolved or WORD.findall(entity)[-1:] != words:
            return entity
        last = resolved[-1]
        if last.label != "PERSON" or last.entity == entity:
            return entity
        last_words = WORD.findall(last.entity)
        if len(last_words) < 2 or last_words[-1] != words[0]:  # noqa: PLR2004
            return entity
        sentences = self.memory.sentences
        near = sentences.index(start) - sentences.index(last.end) <= _BEARER_SENTENCES
        return last.entity if near else entity

    def _pronoun_speaker(self, word: str, quote: Quote, start: int) -> str | None:
        """A pronoun's speaker: the person or group the parse found behind it (its hint
        in ``quote.speaker``), checked against the passage, else its antecedent."""
        pronouns = self.pronouns
        asked = person_asked(word, quote, self.memory) if word in PERSON_PRONOUNS else None
        if asked is not None:  # "X asked Y whether ... "...," she replied": Y replies
            self.memory.remember(start, asked, "PERSON")
            self.memory.genders.learn(word, asked)
            return asked
        if quote.speaker and word in PERSON_PRONOUNS:
            carries_on = continues_speaker(quote.cue)
            return pronouns.hinted(word, quote.speaker, start, quote, carries_on)
        if quote.speaker:
            return pronouns.recent_group(start) or pronouns.group_hinted(quote.speaker, start)
        if word in _THIRD_PERSON_GROUP:
            # "It"/"They" opening a sentence right after a group's statement continues it,
            # with or without the parse's hint.
            return pronouns.recent_group(start) or pronouns.pronoun(word, start, quote=quote)
        return pronouns.pronoun(word, start, quote=quote)

    def _handle_owner(self, handle: str) -> str:
        """The entity the text writes right before "(handle)", else the handle."""
        end = handle_name_end(self.text, handle)
        mention = self._overlapping(end - 1, end) if end is not None else None
        return mention.entity if mention is not None and mention.end == end else handle

    def _role_continues(self, text: str, start: int) -> str | None:
        """ "said Jacinda Ardern. The prime minister added: ...": a definite role naming
        no holder the text titled is the person who spoke just before (this or the
        previous sentence) when no other person is named in between. A spokesperson is
        never the person they speak for, nor "the father" (of someone) that someone:
        neither role continues."""
        role = self.titles.role(text, start)
        if role is None or role.title.startswith("spokes") or not self.memory.resolved:
            return None
        if role.title.split()[-1] in RELATIONAL_NOUNS:
            return None
        memory = self.memory
        last = memory.resolved[-1]
        sentences = memory.sentences
        if last.label != "PERSON" or last.end > start:
            return None
        if sentences.index(start) - sentences.index(last.end) > 1:
            return None
        low = bisect.bisect_left(memory.starts, last.end)
        high = bisect.bisect_left(memory.starts, start)
        between = {m.entity for m in memory.mentions[low:high] if m.label == "PERSON"}
        if between - {last.entity}:
            return None
        return last.entity

    def _without_adverb(self, text: str, start: int) -> tuple[str, int]:
        """The speaker text without a sentence adverb the parse ran into the name
        ("Later Cuomo said"), so it is not read as a given name."""
        end = start + len(text)
        if self.text[start:end] != text:
            return text, start
        name_start = strip_opening_adverb(self.text, start, end)
        return self.text[name_start:end], name_start

    def _untagged(self, text: str, start: int) -> str | None:
        """A speaker name no mention carries: a full name is the canonical speaker; a
        lone surname is the full name the text introduced earlier ("Cattelan"), else,
        where no sentence starts (`"...," Okafor told reporters`: only a name is
        capitalised there), the surname itself. A title before one name ("Princess
        Ubolratana", "Sgt. Moore") says it is a person's, wherever it stands. The full
        name is looked for in the ``LOOK_BACK_CHARS`` before the speaker, read in place,
        as untagged names and canonical links bound theirs: asked once per quote, a
        copy of all the text before it made a long text cost its length times its quotes."""
        if person_name(text):
            return self.memory.people.add_untagged(text, start)
        words = text.split()
        titled = titled_single_name(words)
        lowercase = self.memory.lowercase_words()
        if titled is None and (len(words) != 1 or not hint_is_a_name(text, lowercase)):
            return None
        name = titled or words[0]
        title = words[0] if titled else None
        begin = max(0, start - LOOK_BACK_CHARS)
        full = full_name_before(self.text, name, lowercase, title, begin=begin, end=start)
        if full is not None:
            return self.memory.people.add_untagged(full, start)
        if titled is None and not lone_surname_at(self.text, start, name):
            return None  # "Officials said ...": a capitalised common noun opening a sentence
        return self.memory.people.add_untagged(name, start)

    def _overlapping(self, start: int, end: int) -> Mention | None:
        i = bisect.bisect_left(self.memory.starts, start - 200)
        best: Mention | None = None
        for index in range(i, len(self.memory.mentions)):  # no slice: it would copy the rest
            mention = self.memory.mentions[index]
            if mention.start >= end:
                break
            if mention.end > start and (
                best is None or LABEL_RANK[mention.label] < LABEL_RANK[best.label]
            ):
                best = mention
        return best


def resolve_speakers(
    quotes: Sequence[Quote], mentions: Sequence[Mention], text: str
) -> list[Quote]:
    """Return ``quotes`` (same order) with ``speaker`` set where a speaker resolves."""
    direct = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    mentions = numbered_designation_mentions(mentions, text)  # "Juror No" of "Juror No. 8"
    mentions, quotes = relabel_misread_mentions(mentions, quotes, text)  # "Fletcher from McFly"
    mentions = people_read_as_organisations(mentions, text)  # "[Wanda Vázquez Garced] ORG"
    resolver = _Resolver(mentions, text, direct)
    links = CanonicalLinks(resolver.memory.mentions, text)
    order = sorted(range(len(quotes)), key=lambda i: _speaker_position(quotes[i]))
    result: list[Quote] = list(quotes)
    by_span: dict[tuple[int, int], str | None] = {}
    for i in order:
        quote = quotes[i]
        span = _shared_span(quote)
        if span is not None and span in by_span:
            speaker = by_span[span]  # one mention names one speaker, however many quotes
        else:
            speaker = resolver.resolve(quote) or None  # "": a person named by a noun only
            speaker = speaker or publication_of(text, quote)
        if speaker and resolver.transcript.calls_narrator_he_or_she(quote, speaker):
            speaker = resolver.transcript.told_person(quote)
        speaker = links.link(speaker, quote.speaker_text)
        if span is not None:
            by_span.setdefault(span, speaker)
        if speaker != quote.speaker:
            result[i] = replace(quote, speaker=speaker)
    result = kin_named_after(result, resolver.memory.mentions, text)  # "the victim's nephew"
    result = named_later(result, resolver.memory.mentions, text)  # "a spokesman. The spokesman, X,"
    result = stated_kin_speakers(result, resolver.memory.mentions, text)  # "her daughter"
    return [relative_pronoun_speaker(quote, text) for quote in result]


def _shared_span(quote: Quote) -> tuple[int, int] | None:
    """The speaker span of a direct quote, by which quotes naming one mention share its
    reading: in `"We have received ...," added the doctor. "There are ..."` both quotes
    point at "the doctor", and the second must not read it again after the first has
    been remembered (a role that "continues" the person before it would then find
    itself in the way)."""
    if quote.kind != "direct" or quote.speaker_start is None or quote.speaker_end is None:
        return None
    return quote.speaker_start, quote.speaker_end


def _speaker_position(quote: Quote) -> int:
    """Resolve in reading order of the speaker span (where the reader meets it)."""
    return quote.speaker_start if quote.speaker_start is not None else quote.start
