"""Read MEANTIME's TIMEX3 annotations: each article's body, its creation time, its timexes.

The text is rebuilt by ``meantime`` (same detokeniser as the entity evaluation),
so spans are code-point offsets. The document creation time (DCT, the TIMEX3
with functionInDocument=CREATION_TIME, written on the article's date line) is
the anchor; it is not itself scored. Timexes without tokens (MEANTIME's empty
"implicit" timexes) are left out: nothing in the text to detect.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from meantime import _detokenise, corpus_root

DEV_CORPORA = ("corpus_airbus", "corpus_apple")
TEST_CORPORA = ("corpus_gm", "corpus_stock")
SCORED_TYPES = frozenset({"DATE", "TIME"})
DURATION_TYPES = frozenset({"DURATION", "SET"})
_UNSPECIFIED_TAIL = re.compile(r"(?:-XX|TXX|-WXX)+$")


@dataclass(frozen=True)
class Timex:
    """One gold TIMEX3 in body offsets: span, type, value as annotated."""

    start: int
    end: int
    text: str
    kind: str
    value: str

    @property
    def expected(self) -> str | None:
        """The value a normaliser should give: None for unresolvable ('XXXX-XX-XX'), partly
        specified values cut to what is known ('2011-06-XX' -> '2011-06'); durations as
        annotated ('P3Y', 'PXY')."""
        if self.value.startswith("P"):
            return self.value  # a duration: 'PXY' (several years) is its value, not unknown
        value = _UNSPECIFIED_TAIL.sub("", self.value)
        return None if not value or value.startswith("X") or "X" in value[:4] else value


@dataclass(frozen=True)
class TimexDocument:
    """A MEANTIME article for the time evaluation."""

    doc_id: str
    corpus: str
    title: str
    body: str
    creation_time: str
    dct_span: tuple[int, int] | None
    timexes: tuple[Timex, ...]


def read_timex_document(path: Path) -> TimexDocument:
    """Parse one CAT XML file: body text, DCT and every TIMEX3 with tokens."""
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id", ""), t.text or "", int(t.get("sentence", "0")))
              for t in root.iter("token")]
    text, body_start, spans = _detokenise(tokens)
    title = text[: text.index("\n\n")] if "\n\n" in text else text
    creation, dct_span, found = "", None, []
    for element in root.iter("TIMEX3"):
        anchors = [spans[a.get("t_id", "")] for a in element.iter("token_anchor")
                   if a.get("t_id", "") in spans]
        span = (min(s for s, _ in anchors) - body_start,
                max(e for _, e in anchors) - body_start) if anchors else None
        if element.get("functionInDocument") == "CREATION_TIME":
            creation, dct_span = element.get("value", ""), span
        elif span is not None and span[0] >= 0:
            body = text[body_start:]
            found.append(Timex(span[0], span[1], body[span[0]:span[1]],
                               element.get("type", ""), element.get("value", "")))
    return TimexDocument(root.get("doc_id", path.stem), path.parent.name, title,
                         text[body_start:], creation, dct_span,
                         tuple(sorted(found, key=lambda t: (t.start, t.end))))


def load_timex_documents(corpora: tuple[str, ...]) -> list[TimexDocument]:
    """The articles of the given topic folders, in a stable order."""
    folder = corpus_root() / "intra_cross-doc_annotation"
    return [read_timex_document(path) for corpus in corpora
            for path in sorted((folder / corpus).glob("*.xml"))]
