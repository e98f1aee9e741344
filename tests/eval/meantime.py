"""Read the NewsReader MEANTIME corpus (English, CAT XML) for the entity evaluation.

The corpus (CC BY 4.0, text from English Wikinews) is never copied into the repository:
the tarball in the shared data folder is extracted once into a user cache folder. Each
document's text is rebuilt from its tokens with a simple detokeniser that records every
token's character span, so gold mentions map to code-point offsets in the rebuilt text.
Sentence 0 of every file is the headline (it matches the file name), sentence 1 the date.
"""

from __future__ import annotations

import os
import tarfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TARBALL = Path("/work/shared/data/meantime_en/meantime_newsreader_english_oct15.tar.gz")
CACHE = Path(os.environ.get("WORKBENCH_EVAL_CACHE", Path.home() / ".cache" / "workbench-eval"))
ROOT_NAME = "meantime_newsreader_english_oct15"
NAMED = frozenset({"NAM", "PRE.NAM"})
"""Syntactic types of named mentions (the gold set); the others are nominal, pronoun, ..."""
ANNOTATED_SENTENCES = 5
"""The last sentence number (0 the headline, 1 the date line) whose entity mentions were
all annotated: MEANTIME typed (NAM, NOM, PRO, ...) only the opening sentences; further
on, a mention is marked only when it joins a coreference chain, untyped."""

_NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'", "''", "'re",
     "'ve", "'m", "'ll", "'d", "...", "\u201d"}
)  # fmt: skip
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "US$", "#", "``", "\u201c"})
_REPLACE = {"``": '"', "''": '"'}
_PRONOUNS = frozenset(
    "i me my we us our ours you your he him his she her it its they them their this that "
    "these those which who whom whose what one ones some any all each both either neither "
    "others other another anybody everyone someone many few several".split()
)
_LOWER_IN_NAMES = frozenset({"of", "and", "&", "de", "for", "the", "du", "la", "von", "van"})


@dataclass(frozen=True)
class GoldMention:
    """One annotated entity mention: code-point span, entity type and syntactic type."""

    start: int
    end: int
    text: str
    label: str
    syntactic_type: str
    name_like: bool


@dataclass(frozen=True)
class Document:
    """A rebuilt MEANTIME article: headline, full text (headline + body) and its mentions."""

    doc_id: str
    corpus: str
    title: str
    text: str
    body_start: int
    mentions: tuple[GoldMention, ...]
    annotated_end: int | None = None
    """Where the fully annotated opening sentences end (None: the whole text): a name
    after it is absent from the gold because nobody annotated it, not because it is none."""

    @property
    def body(self) -> str:
        """The article without its headline (date line first, as in the original)."""
        return self.text[self.body_start :]


def corpus_root() -> Path:
    """Extract the tarball into the cache once; return the corpus folder."""
    root = CACHE / "meantime" / ROOT_NAME
    if not root.is_dir():
        target = CACHE / "meantime"
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(TARBALL) as archive:
            archive.extractall(target, filter="data")
    return root


def _detokenise(tokens: list[tuple[str, str, int]]) -> tuple[str, int, dict[str, tuple[int, int]]]:
    """Join (t_id, text, sentence) tokens into text; return it, the body start and spans."""
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    length, sentence, body_start, glue = 0, 0, 0, True
    for t_id, raw, number in tokens:
        word = _REPLACE.get(raw, raw)
        if number != sentence:
            separator = "\n\n" if number <= 2 else " "  # noqa: PLR2004 - headline, date line
            parts.append(separator)
            length += len(separator)
            sentence, glue = number, True
            if number == 1:
                body_start = length
        elif not glue and raw not in _NO_SPACE_BEFORE:
            parts.append(" ")
            length += 1
        spans[t_id] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        glue = raw in _NO_SPACE_AFTER
    return "".join(parts), body_start, spans


def _name_like(words: list[str]) -> bool:
    """Tell whether an untyped mention reads as a proper name ('Boeing', 'Steve Jobs')."""
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or len(words) > 6 or words[0].lower() in _PRONOUNS:  # noqa: PLR2004
        return False
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _LOWER_IN_NAMES or not w[:1].isalpha()
               for w in words)


def _entity_types(markables: ET.Element, relations: ET.Element) -> dict[str, str]:
    """Map each ENTITY_MENTION m_id to the ent_type of the ENTITY it refers to."""
    types = {e.get("m_id", ""): e.get("ent_type", "") for e in markables.iter("ENTITY")}
    found: dict[str, str] = {}
    for link in relations.iter("REFERS_TO"):
        target = link.find("target")
        kind = types.get(target.get("m_id", "") if target is not None else "")
        if kind:
            for source in link.iter("source"):
                found.setdefault(source.get("m_id", ""), kind)
    return found


def _mentions(root: ET.Element, text: str, spans: dict[str, tuple[int, int]]
              ) -> Iterator[GoldMention]:
    """Yield every ENTITY_MENTION that is linked to a typed ENTITY."""
    markables, relations = root.find("Markables"), root.find("Relations")
    if markables is None or relations is None:
        return
    types = _entity_types(markables, relations)
    for element in markables.iter("ENTITY_MENTION"):
        label = types.get(element.get("m_id", ""))
        anchors = [spans[a.get("t_id", "")] for a in element.iter("token_anchor")
                   if a.get("t_id", "") in spans]
        if not label or not anchors:
            continue
        start, end = min(s for s, _ in anchors), max(e for _, e in anchors)
        words = text[start:end].split()
        yield GoldMention(start, end, text[start:end], label,
                          element.get("syntactic_type") or "", _name_like(words))


def read_document(path: Path) -> Document:
    """Parse one CAT XML file into a Document."""
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id", ""), t.text or "", int(t.get("sentence", "0")))
              for t in root.iter("token")]
    text, body_start, spans = _detokenise(tokens)
    title = text[: text.index("\n\n")] if "\n\n" in text else text
    unique = {(m.start, m.end, m.label): m for m in _mentions(root, text, spans)}
    return Document(root.get("doc_id", path.stem), path.parent.name, title, text, body_start,
                    tuple(sorted(unique.values(), key=lambda m: (m.start, m.end))),
                    _annotated_end(root, tokens, spans))


def _annotated_end(root: ET.Element, tokens: list[tuple[str, str, int]],
                   spans: dict[str, tuple[int, int]]) -> int:
    """The end of the last fully annotated sentence: ``ANNOTATED_SENTENCES``, or a later
    one when a typed mention stands there (a sentence the tokeniser split in two)."""
    sentence = {t_id: number for t_id, _, number in tokens}
    typed = [sentence.get(anchor.get("t_id", ""), 0)
             for element in root.iter("ENTITY_MENTION") if element.get("syntactic_type")
             for anchor in element.iter("token_anchor")]
    last = max([ANNOTATED_SENTENCES, *typed])
    ends = [spans[t_id][1] for t_id, _, number in tokens if number <= last and t_id in spans]
    return max(ends, default=0)


def load_documents() -> list[Document]:
    """Every English MEANTIME document (120), in a stable order."""
    folder = corpus_root() / "intra_cross-doc_annotation"
    return [read_document(path) for path in sorted(folder.glob("*/*.xml"))]


Predictor = Callable[[Any, "Document"], list[tuple[int, int, str]]]
"""A system: (spaCy pipeline, document) -> predicted (start, end, label) spans."""


def annotated_only(doc: Document, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The predicted spans that start inside the document's fully annotated sentences.

    Why: scored on the whole text, every person a later paragraph quotes is a false
    positive of every system (the gold never looked there), which is most of what held
    PER precision under 0.3; scored here, precision says how often a name is wrong."""
    end = len(doc.text) if doc.annotated_end is None else doc.annotated_end
    return [span for span in spans if span[0] < end]


def annotated_systems(systems: dict[str, Predictor]) -> dict[str, dict[str, Predictor]]:
    """``systems`` scored on the whole text and on the annotated sentences, each document
    run once (the second set reuses the first's predictions)."""
    found: dict[tuple[str, str], list[tuple[int, int, str]]] = {}

    def remembered(name: str, run: Predictor) -> Predictor:
        def system(nlp: Any, doc: Document) -> list[tuple[int, int, str]]:
            if (name, doc.doc_id) not in found:
                found[(name, doc.doc_id)] = run(nlp, doc)
            return found[(name, doc.doc_id)]
        return system

    whole = {name: remembered(name, run) for name, run in systems.items()}
    return {"whole text": whole,
            "annotated sentences": {name: (lambda nlp, doc, run=run: annotated_only(
                doc, run(nlp, doc))) for name, run in whole.items()}}
