"""What the extractor found in a document, as a note shows it: quotes by speaker, entities.

Each section says under its heading that a machine found it (``MACHINE_NOTE``), not an
analyst. ``listed_quotes`` leaves out a report nested in another by the same speaker,
for the section and for the note's count alike.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from workbench.core.authorship import MACHINE_LABEL
from workbench.core.text import plural
from workbench.core.vocabulary import ENTITY_LABEL_PLURALS, entity_label_name
from workbench.export.escaping import escape_text

Record = dict[str, Any]
UNATTRIBUTED = "Unattributed"
MACHINE_NOTE = f"*Found by the extractor — {MACHINE_LABEL}, not an analyst.*"


def listed_quotes(quotes: list[Record]) -> list[Record]:
    """The quotes a note lists: a report nested in one by the same speaker left out.

    "Police said they believe the fire was arson" is extracted twice (the
    outer report and the belief inside it); listed twice it read as a duplicate.
    One sweep per speaker in span order, so a long document stays cheap.
    """
    nested: set[int] = set()
    by_speaker: dict[str, list[tuple[int, int, int]]] = {}
    for index, quote in enumerate(quotes):
        if "start" in quote:
            key = " ".join(str(_speaker_of(quote)).split()).casefold()
            by_speaker.setdefault(key, []).append((quote["start"], -quote["end"], index))
    for spans in by_speaker.values():
        reach, reach_span = -1, None
        for start, negative_end, index in sorted(spans):
            if reach >= -negative_end and reach_span != (start, negative_end):
                nested.add(index)
            elif -negative_end > reach:
                reach, reach_span = -negative_end, (start, negative_end)
    return [quote for index, quote in enumerate(quotes) if index not in nested]


def quotes_section(quotes: list[Record]) -> str:
    """The quotes grouped by speaker, most quoted first, the unattributed last."""
    if not quotes:
        return ""
    groups: dict[str, list[Record]] = {}
    shown: dict[str, str] = {}
    for quote in quotes:
        speaker = " ".join(str(_speaker_of(quote)).split())
        # "The German government" opening a sentence and "the German government" later
        # are one speaker: group without case, head the group capitalised.
        name = shown.setdefault(speaker.casefold(), speaker[:1].upper() + speaker[1:])
        groups.setdefault(name, []).append(quote)
    order = sorted(
        groups,
        key=lambda name: (name == UNATTRIBUTED, -len(groups[name]), name.casefold(), name),
    )
    blocks = ["## Quotes by speaker", MACHINE_NOTE]
    for speaker in order:
        blocks.append(f"### {escape_text(speaker)} ({len(groups[speaker])})")
        blocks.append("\n".join(_quote_line(q) for q in groups[speaker]))
    return "\n\n".join(blocks)


def _speaker_of(quote: Record) -> str:
    return quote.get("speaker") or quote.get("speaker_text") or UNATTRIBUTED


def _quote_line(quote: Record) -> str:
    details = [quote.get("kind") or "direct"]
    if quote.get("cue"):
        details.append(f"cue: {quote['cue']}")
    return f"- {escape_text(quote['text'])} *({escape_text('; '.join(details))})*"


def entities_section(mentions: list[Record]) -> str:
    """The entities by type, each with its mention count and the other ways it was written."""
    if not mentions:
        return ""
    by_label: dict[str, Counter[str]] = {}
    surface: dict[tuple[str, str], set[str]] = {}
    for mention in mentions:
        by_label.setdefault(mention["label"], Counter())[mention["entity"]] += 1
        key = (mention["label"], mention["entity"])
        if mention["text"] != mention["entity"]:
            surface.setdefault(key, set()).add(" ".join(mention["text"].split()))
    labels = sorted(by_label, key=lambda label: (_label_rank(label), label))
    blocks = ["## Entities", MACHINE_NOTE]
    for label in labels:
        name = ENTITY_LABEL_PLURALS.get(label) or entity_label_name(label)
        blocks.append(f"### {escape_text(name)}")
        counts = by_label[label]
        ranked = sorted(counts, key=lambda entity: (-counts[entity], entity.casefold(), entity))
        lines = []
        for entity in ranked:
            line = f"- {escape_text(entity)} — {plural(counts[entity], 'mention')}"
            also = sorted(surface.get((label, entity), set()), key=str.casefold)[:5]
            if also:
                line += " (also: " + ", ".join(escape_text(text) for text in also) + ")"
            lines.append(line)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _label_rank(label: str) -> int:
    order = list(ENTITY_LABEL_PLURALS)
    return order.index(label) if label in order else len(order)
