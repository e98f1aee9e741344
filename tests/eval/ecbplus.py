"""Read ECB+ (Cybulska & Vossen 2014) as a claim-matching task, for the suggestion evaluation.

The XML (article texts stay with their publishers; annotations CC BY 3.0) is read
straight from the tarball in the shared data folder and never copied into the
repository. Each topic holds two seminal events: the ``ecb`` files report one, the
``ecbplus`` files another (two earthquakes, two rehab check-ins…). A claim is a
sentence that ECBplus_coreference_sentences.csv marks as reporting its document's
event; the documents that truly report it are the other files of the same topic and
half. Sentence 0 of an ``ecbplus`` file is its source URL (dropped), the first
remaining sentence is its headline; an ``ecb`` file has no headline, its first
sentence is the lead. Either way the first sentence is the document's title *and*
the first line of its text (as a pasted article keeps its headline), so every
marked sentence, headline or lead, is a span of the stored text: a claim there.
"""

from __future__ import annotations

import csv
import functools
import tarfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

DATA = Path("/work/shared/data/ecbplus")
TARBALL = DATA / "ecbplus_xml.tar.gz"
SENTENCES = DATA / "ECBplus_coreference_sentences.csv"

_NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'", "''", "'re",
     "'ve", "'m", "'ll", "'d", "..."}
)  # fmt: skip
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#", "``"})
_REPLACE = {"``": '"', "''": '"'}


@dataclass(frozen=True)
class EcbDocument:
    """One article rebuilt from its tokens: title, body and its sentences by number."""

    name: str
    topic: int
    title: str
    text: str
    sentences: dict[int, str]

    @property
    def has_headline(self) -> bool:
        """Whether the title is a real headline (``ecbplus`` files) rather than a lead."""
        return self.name.endswith("ecbplus")

    @property
    def event(self) -> tuple[int, str]:
        """The seminal event it reports: (topic, 'ecb' or 'ecbplus')."""
        return self.topic, "ecbplus" if self.name.endswith("ecbplus") else "ecb"


def available() -> bool:
    """Whether the shared ECB+ files are on this machine."""
    return TARBALL.is_file() and SENTENCES.is_file()


def detokenise(tokens: list[str]) -> str:
    """Join tokens into readable text (no space before commas, after opening brackets…)."""
    parts: list[str] = []
    glue = True
    for raw in tokens:
        if not glue and raw not in _NO_SPACE_BEFORE:
            parts.append(" ")
        parts.append(_REPLACE.get(raw, raw))
        glue = raw in _NO_SPACE_AFTER
    return "".join(parts)


def _document(name: str, root: ET.Element) -> EcbDocument:
    by_number: dict[int, list[str]] = {}
    for token in root.iter("token"):
        by_number.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    sentences = {n: detokenise(words) for n, words in sorted(by_number.items())}
    if name.endswith("ecbplus"):
        sentences.pop(0, None)
    numbers = sorted(sentences)
    title = sentences[numbers[0]]
    text = title + "\n\n" + " ".join(sentences[n] for n in numbers[1:])
    return EcbDocument(name, int(name.split("_")[0]), title, text, sentences)


@functools.cache
def documents() -> list[EcbDocument]:
    """Every ECB+ article, in file order (parsed once per run: the library build, the
    claims and the headlines all read it)."""
    found = []
    with tarfile.open(TARBALL) as archive:
        for member in archive.getmembers():
            if not member.name.endswith(".xml"):
                continue
            handle = archive.extractfile(member)
            if handle is None:
                continue
            name = Path(member.name).stem
            found.append(_document(name, ET.parse(handle).getroot()))
    return found


def document_text(name: str) -> str | None:
    """The text of one article by file name, as the app imports it (None without ECB+: the
    Wikinews gold's dev6 split, annotated on these texts, is then skipped)."""
    if not available():
        return None
    found = {document.name: document.text for document in documents()}
    return found.get(name)


def event_sentences() -> dict[str, list[int]]:
    """Sentence numbers marked as reporting the document's seminal event, per file name."""
    marked: dict[str, list[int]] = {}
    with SENTENCES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = f"{row['Topic']}_{row['File']}"
            marked.setdefault(name, []).append(int(row["Sentence Number"]))
    return marked
