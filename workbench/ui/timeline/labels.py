"""What the timeline says in words: an item's hover text and the tick labels that fit.

Why apart from the canvas: the canvas paints and handles input; these are Qt-free text
rules that the canvas, the Undated list (``view``) and their tests share.
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.core.time_spans import span_label
from workbench.core.timeline_records import TimelineItem


def tooltip_text(item: TimelineItem) -> str:
    """What a hover says: when, how it was dated (or why not), the kind, the text and its document.

    An undated item has no ``dated_by``: its hover read "Dated by : lost its place…".
    """
    when = span_label(item.when) if item.when else "undated"
    lines = [f"{when} · {item.kind}" + (f" ({item.status})" if item.status else ""),
             item.text[:300], f"— {item.document_title}"]
    if item.reason and item.dated_by:
        lines.append(f"Dated by {item.dated_by}: {item.reason}")
    elif item.reason:
        lines.append(f"Not on the axis: {item.reason}")
    return "\n".join(lines)


def whole_labels(ticks: list[tuple[float, str]], width: int,
                 advance: Callable[[str], int]) -> list[tuple[float, str]]:
    """The tick labels that fit whole before the right edge ("210" of 2100 was drawn cut)."""
    return [(x, label) for x, label in ticks if x + 3 + advance(label) <= width]
