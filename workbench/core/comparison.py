"""Two documents compared: what they share and where they differ, as one record.

Why a record of its own: the CLI (``workbench compare``) and the desktop app's
Compare view show the same comparison, so entities are counted, sentence pairs
paired and speakers tallied here, once, from what the store read. Entities are
canonical (by id), never surface words: "the US" in one report and "United
States" in the other are one shared entity when the analysis resolved them so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from workbench.core.claim_terms import CALENDAR
from workbench.core.span_union import SpanUnion
from workbench.core.vocabulary import NAME_LABELS
from workbench.core.word_runs import WordRuns

MIN_WRITTEN_NAME = 4  # characters: "WHO", "May" and "Bob" are found inside too many texts
# The comparison's parts, worded once: `workbench compare` printed "Shared entities" where the
# Compare window's side list said "Named by both" for the same entities.
PAIRS_HEADING = "Sentences reporting the same thing"
LINKS_HEADING = "Linked claims"
SHARED_HEADING = "Shared entities"
ONLY_HEADING = "Only in {side}"
QUOTED_HEADING = "Quoted in {side}"


@dataclass(frozen=True)
class ComparedEntity:
    """A person, organisation or place named by one or both documents, with its counts."""

    entity_id: int
    name: str
    label: str
    count_a: int
    count_b: int

    def as_dict(self) -> dict[str, Any]:
        return {"entity_id": self.entity_id, "name": self.name, "label": self.label,
                "count_a": self.count_a, "count_b": self.count_b}

# How an orphaned claim is named beside its words (CLI and the Compare window).
ORPHANED = "orphaned: its text is no longer in the document"


@dataclass(frozen=True)
class SideSpan:
    """A stretch of one document's text (a claim or a sentence): offsets in code points.

    ``orphaned``: a claim whose text left the document (a new version dropped it).
    Why: its stored offsets are where it stood in an older text, so the JSON gave
    them as a place in the current one (another passage, or past its end) and the
    Compare window's click on it raised IndexError; an orphan has words, no place.
    """

    start: int
    end: int
    text: str
    orphaned: bool = False

    @property
    def orphaned_note(self) -> str:
        """" (orphaned: …)" after an orphan's words, "" otherwise: the CLI and the Compare
        window word it alike."""
        return f" ({ORPHANED})" if self.orphaned else ""

    @property
    def place(self) -> tuple[int, int] | None:
        """Where the span stands in the current text, None for an orphan."""
        return None if self.orphaned else (self.start, self.end)

    def as_dict(self) -> dict[str, Any]:
        if self.orphaned:
            return {"start": None, "end": None, "text": self.text, "orphaned": True}
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class LinkedClaimPair:
    """A link the analyst made between a claim of A and a claim of B."""

    link_id: int
    relation: str
    reads: str  # the relation worded from A's claim ("supports", "is supported by")
    claim_a: int
    claim_b: int
    span_a: SideSpan
    span_b: SideSpan

    def as_dict(self) -> dict[str, Any]:
        return {"link_id": self.link_id, "relation": self.relation, "reads": self.reads,
                "claim_a": self.claim_a, "claim_b": self.claim_b,
                "a": self.span_a.as_dict(), "b": self.span_b.as_dict()}


@dataclass(frozen=True)
class SentencePair:
    """A sentence of A and the sentence of B that likely reports the same thing."""

    span_a: SideSpan
    span_b: SideSpan
    score: float
    shared_names: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"a": self.span_a.as_dict(), "b": self.span_b.as_dict(),
                "score": round(self.score, 4), "shared_names": list(self.shared_names)}


@dataclass(frozen=True)
class SpeakerCount:
    """Someone quoted in a document and how many quotes are theirs."""

    name: str
    entity_id: int | None
    quotes: int

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "entity_id": self.entity_id, "quotes": self.quotes}


@dataclass(frozen=True)
class ComparedDocument:
    """One side of a comparison: which document and who is quoted in it."""

    document_id: int
    title: str
    speakers: tuple[SpeakerCount, ...]
    analysed: bool = True  # False: never analysed (or failed, or waiting): no entities, no quotes
    pending: bool = False  # not analysed yet, but queued: it will be, nothing to ask of anyone

    @property
    def state(self) -> str:
        """The side's analysis in the words Compare shows beside its speakers."""
        if self.analysed:
            return "analysed"
        return "still being analysed" if self.pending else "not analysed"

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.document_id, "title": self.title, "analysed": self.analysed,
                "pending": self.pending, "speakers": [s.as_dict() for s in self.speakers]}


@dataclass(frozen=True)
class Comparison:
    """Two documents side by side: shared entities, each side's own, links and sentence pairs."""

    a: ComparedDocument
    b: ComparedDocument
    shared: tuple[ComparedEntity, ...]
    only_a: tuple[ComparedEntity, ...]
    only_b: tuple[ComparedEntity, ...]
    linked_claims: tuple[LinkedClaimPair, ...]
    sentence_pairs: tuple[SentencePair, ...]

    def as_dict(self) -> dict[str, Any]:
        """The JSON object ``workbench compare --json`` prints (keys in the README)."""
        return {
            "a": self.a.as_dict(), "b": self.b.as_dict(),
            "shared_entities": [e.as_dict() for e in self.shared],
            "only_a": [e.as_dict() for e in self.only_a],
            "only_b": [e.as_dict() for e in self.only_b],
            "linked_claims": [c.as_dict() for c in self.linked_claims],
            "sentence_pairs": [p.as_dict() for p in self.sentence_pairs],
        }  # fmt: skip

    def not_analysed(self) -> tuple[ComparedDocument, ...]:
        """The sides never analysed (or whose analysis failed or is still waiting)."""
        return tuple(side for side in (self.a, self.b) if not side.analysed)

    def to_analyse(self) -> tuple[ComparedDocument, ...]:
        """The sides not analysed and not waiting for it either: the analyst must ask."""
        return tuple(side for side in self.not_analysed() if not side.pending)

    def not_analysed_text(self) -> str:
        """Why no entities or speakers are compared ("" when both sides are analysed).

        Why: a document imported without analysis has no mentions and no quotes,
        so the comparison said "Shared entities (0)" and "Quoted in B: nobody" as
        if B named no one; the caller adds how to analyse it (CLI or app) after the
        sides ``to_analyse`` names, last. A side whose analysis is queued needs no
        one to ask: it is said to be under way (the hint told to analyse it again).
        """
        waiting = [side for side in self.not_analysed() if side.pending]
        parts = []
        if waiting:
            verb = "is" if len(waiting) == 1 else "are"
            parts.append(f"{self._names(waiting)} {verb} still being analysed: entities and "
                         "quotes are compared once it is done")
        if unanalysed := self.to_analyse():
            verb = "is" if len(unanalysed) == 1 else "are"
            parts.append(f"{self._names(unanalysed)} {verb} not analysed: entities and quotes"
                         " are not compared")
        return "; ".join(parts)

    def _names(self, sides: Iterable[ComparedDocument]) -> str:
        return " and ".join("A" if side is self.a else "B" for side in sides)


def compared_entities(
    mentions_a: Iterable[dict[str, Any]], mentions_b: Iterable[dict[str, Any]],
    texts: tuple[str, str] | None = None,
) -> tuple[tuple[ComparedEntity, ...], tuple[ComparedEntity, ...], tuple[ComparedEntity, ...]]:
    """Shared, only-A and only-B entities from each side's mention rows (``entity_id``,
    ``entity``, ``label``), names only (``NAME_LABELS``: dates and numbers are no one).
    With the two ``texts``, an entity one side's analysis missed is still shared where
    that side writes its name (``written_names``), counted as often as it writes it
    outside that side's own mentions.

    Shared ones come most named first (the smaller side's count, then the total), each
    side's own most named first, names alphabetically among equals.
    """
    mentions_a, mentions_b = list(mentions_a), list(mentions_b)
    counts_a, about_a = _named_counts(mentions_a)
    counts_b, about_b = _named_counts(mentions_b)
    about = {**about_b, **about_a}
    if texts is not None:
        counts_b.update(written_names(about_a, counts_a.keys() - counts_b.keys(), texts[1],
                                      _body_spans(mentions_b)))
        counts_a.update(written_names(about_b, counts_b.keys() - counts_a.keys(), texts[0],
                                      _body_spans(mentions_a)))

    def entity(entity_id: int) -> ComparedEntity:
        name, label = about[entity_id]
        return ComparedEntity(entity_id, name, label, counts_a[entity_id], counts_b[entity_id])

    shared = sorted((entity(e) for e in counts_a.keys() & counts_b.keys()),
                    key=lambda e: (-min(e.count_a, e.count_b), -(e.count_a + e.count_b),
                                   e.name.casefold()))
    only_a = sorted((entity(e) for e in counts_a.keys() - counts_b.keys()),
                    key=lambda e: (-e.count_a, e.name.casefold()))
    only_b = sorted((entity(e) for e in counts_b.keys() - counts_a.keys()),
                    key=lambda e: (-e.count_b, e.name.casefold()))
    return tuple(shared), tuple(only_a), tuple(only_b)


def written_names(about: dict[int, tuple[str, str]], entity_ids: Iterable[int], text: str,
                  marked: Iterable[tuple[int, int]] = ()) -> Counter[int]:
    """How often ``text`` writes each entity's name as whole words, in its case, outside
    the ``marked`` spans (the text's own mentions, any entity's).

    Why: the Compare view listed COVID-19 "only in A" beside a B whose headline and
    text write "COVID-19": B's analysis had not marked it there (a name being
    defined, in quotation marks). A name of fewer than four characters, or a month
    or weekday ("May"), is too likely another word to count. A name inside a span
    the text's analysis gave another entity is no mention of this one: A's "Jordan"
    (the country) was shared wherever B wrote "Michael Jordan". The text is read once
    into its word runs (``WordRuns``), each name looked up, not scanned for."""
    runs = WordRuns(text)
    taken = SpanUnion(marked)
    found: Counter[int] = Counter()
    for entity_id in entity_ids:
        name = about[entity_id][0]
        if len(name) < MIN_WRITTEN_NAME or name.lower() in CALENDAR:
            continue
        count = sum(1 for span in runs.written(name) if not taken.overlaps(*span))
        if count:
            found[entity_id] = count
    return found


def _body_spans(mentions: Iterable[dict[str, Any]]) -> list[tuple[int, int]]:
    """Where a side's mentions stand in its body text (title mentions have other offsets)."""
    return [(int(m["start"]), int(m["end"])) for m in mentions
            if m.get("field", "text") == "text" and m.get("start") is not None
            and m.get("end") is not None]


def _named_counts(mentions: Iterable[dict[str, Any]]
                  ) -> tuple[Counter[int], dict[int, tuple[str, str]]]:
    counts: Counter[int] = Counter()
    about: dict[int, tuple[str, str]] = {}
    for mention in mentions:
        if mention["label"] not in NAME_LABELS:
            continue
        entity_id = int(mention["entity_id"])
        counts[entity_id] += 1
        about[entity_id] = (mention["entity"], mention["label"])
    return counts, about


def speaker_counts(quotes: Iterable[dict[str, Any]]) -> tuple[SpeakerCount, ...]:
    """Who is quoted, most quoted first: by canonical entity when the quote has one, else
    by the words the text names its speaker with; unattributed quotes are left out."""
    counts: Counter[tuple[int | None, str]] = Counter()
    for quote in quotes:
        entity_id = quote.get("speaker_entity_id")
        name = quote.get("speaker") if entity_id else (quote.get("speaker_text") or "").strip()
        if name:
            counts[(int(entity_id) if entity_id else None, name)] += 1
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][1].casefold()))
    return tuple(SpeakerCount(name, entity_id, n) for (entity_id, name), n in ordered)


def one_to_one(pairs: Iterable[SentencePair]) -> tuple[SentencePair, ...]:
    """Each sentence in at most one pair, the best-scored pairs kept first, then in A's
    reading order. Why: a sentence of B that reports several of A's sentences is shown
    beside the one it reports best, so the side list reads as a column of matches."""
    taken_a: set[tuple[int, int]] = set()
    taken_b: set[tuple[int, int]] = set()
    kept = []
    for pair in sorted(pairs, key=lambda p: (-p.score, p.span_a.start, p.span_b.start)):
        key_a = (pair.span_a.start, pair.span_a.end)
        key_b = (pair.span_b.start, pair.span_b.end)
        if key_a in taken_a or key_b in taken_b:
            continue
        taken_a.add(key_a)
        taken_b.add(key_b)
        kept.append(pair)
    return tuple(sorted(kept, key=lambda p: (p.span_a.start, p.span_b.start)))
