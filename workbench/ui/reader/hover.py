"""What the reader says about the text under the pointer: one tooltip built from every layer.

Why its own module: a position can carry an analyst's mark (highlight, note,
claim), an entity mention, a quote and a quote's speaker at once; deciding
which lines to show, in which order and in which form (plain for tests and
accessibility, rich text on screen) is one concern, apart from how the view
renders, pages and scrolls. The per-mark wording itself is ``reader.tooltips``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QToolTip, QWidget

from workbench.core.authorship import MACHINE_LABEL
from workbench.core.text import plural
from workbench.ui.reader.content import ReaderContent
from workbench.ui.reader.document import (
    ENTITY_PROPERTY,
    QUOTE_PROPERTY,
    SPEAKER_PROPERTY,
    format_at,
)
from workbench.ui.reader.tooltips import (
    TIME_LABELS,
    annotation_tooltip,
    annotation_tooltip_html,
    claim_tooltip,
    escaped_html,
    time_value_line,
)
from workbench.ui.theme.palette import HighlightPalette
from workbench.ui.widgets.wording import quote_kind_word

SECTION_RULE = '<hr style="margin:2px 0">'
#: The line that marks the extractor's output, so it is never taken for an analyst's mark.
MACHINE_LINE = MACHINE_LABEL[:1].upper() + MACHINE_LABEL[1:]


def format_index(char_format: Any, prop: int) -> int | None:
    """The mention or quote index a highlight's character format carries under ``prop``."""
    return int(char_format.property(prop)) if char_format.hasProperty(prop) else None


@dataclass(frozen=True)
class Hover:
    """Everything under one position: the character format and the analyst's marks there.

    ``document_counts`` (entity id -> documents mentioning it) is asked only
    when an entity is under the pointer: it reads the store.
    """

    content: ReaderContent
    char_format: Any
    annotation_ids: Iterable[int]
    palette: HighlightPalette
    document_counts: Callable[[int], int] | None = None

    def text(self) -> str:
        """Plain tooltip: analyst marks first, then entity, quote and speaker, blank-line apart."""
        return "\n\n".join(self.analyst_sections(rendered=False) + self.highlight_sections())

    def html(self) -> str:
        """Rich tooltip: notes rendered (sanitised Markdown), every other section escaped."""
        sections = self.analyst_sections(rendered=True)
        sections += [escaped_html(section) for section in self.highlight_sections()]
        return SECTION_RULE.join(sections)

    def analyst_sections(self, rendered: bool) -> list[str]:
        """One section per highlight, note or claim covering the position, innermost first."""
        by_id = {annotation.id: annotation for annotation in self.content.annotations}
        sections = []
        for annotation_id in self.annotation_ids:
            annotation = by_id.get(annotation_id)
            if annotation is None:
                continue
            claim = self.content.claims.get(annotation_id)
            if claim:
                plain = claim_tooltip(claim)
                sections.append(escaped_html(plain) if rendered else plain)
            elif rendered:
                sections.append(annotation_tooltip_html(annotation))
            else:
                sections.append(annotation_tooltip(annotation))
        return sections

    def highlight_sections(self) -> list[str]:
        """The entity mention, quote and speaker sections at the position, in that order."""
        sections = []
        mention = format_index(self.char_format, ENTITY_PROPERTY)
        if mention is not None:
            sections.append(self.entity_section(self.content.mentions[mention]))
        for prop in (QUOTE_PROPERTY, SPEAKER_PROPERTY):
            quote = format_index(self.char_format, prop)
            if quote is not None:
                sections.append(quote_section(self.content.quotes[quote], prop == SPEAKER_PROPERTY))
        return sections

    def entity_section(self, mention: dict[str, Any]) -> str:
        """Entity name, type, calendar value, how many documents mention it, wording here."""
        lines = [f"{mention['entity']}", self.palette.label_name(mention["label"])]
        when = time_value_line(mention["text"], mention.get("value"), mention["label"],
                               self.content.document.get("published"))
        if when:
            lines.append(when)
        # Not for dates and times: "Wednesday" in twelve articles is twelve different days.
        if callable(self.document_counts) and mention["label"] not in TIME_LABELS:
            count = self.document_counts(mention["entity_id"])
            lines.append(f"Mentioned in {plural(count, 'document')}")
        if mention["text"] != mention["entity"]:
            lines.append(f"Written here as “{mention['text']}”")
        lines.append(mention_origin(mention))
        return "\n".join(lines)


def mention_origin(mention: dict[str, Any]) -> str:
    """Who found a mention: the extractor (labelled as such), or an analyst who marked it."""
    return "Marked by an analyst" if mention.get("source") == "analyst" else MACHINE_LINE


def quote_section(quote: dict[str, Any], is_speaker: bool) -> str:
    """'Direct quote — Officials (said)', or the speaker's line when over the speaker."""
    speaker = quote.get("speaker") or quote.get("speaker_text") or "unknown speaker"
    direct = quote.get("kind") != "indirect"
    kind = quote_kind_word(quote.get("kind"))
    if is_speaker:  # "speech" takes no article: "Speaker of a reported speech" read as a slip
        of_what = "a direct quote" if direct else "reported speech"
        return f"Speaker of {of_what}: {speaker}\n{MACHINE_LINE}"
    cue = f" ({quote['cue']})" if quote.get("cue") else ""
    return f"{kind} — {speaker}{cue}\n{MACHINE_LINE}"


class Explained(Protocol):
    """What ``HoverTips`` reads of the reader view (named here: the view imports this module)."""

    content: ReaderContent | None
    palette_data: HighlightPalette
    document_counts: Any

    def document(self) -> QTextDocument: ...
    def viewport(self) -> QWidget: ...
    def position_at(self, point: QPoint) -> int: ...
    def annotations_at(self, position: int) -> list[int]: ...


class HoverTips(QObject):
    """The reader's tooltips: what the highlights under the pointer mean (``Hover``).

    An event filter on the view's viewport, as the keyboard caret's is on the view:
    explaining a position is one concern apart from rendering, paging and clicking,
    and it keeps the view to those. Plain text (``tooltip_at``) serves tests and
    accessibility; the screen shows the rich form with notes rendered.
    """

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.view: Explained = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        text = self.tooltip_html_at(self.view.position_at(event.pos()))
        if text:
            QToolTip.showText(event.globalPos(), text, self.view.viewport())
        else:
            QToolTip.hideText()
            event.ignore()
        return True

    def hover_at(self, position: int) -> Hover | None:
        """What lies under ``position``, or None off the text or with no document open."""
        view = self.view
        if view.content is None or position < 0:
            return None
        return Hover(view.content, format_at(view.document(), position),
                     view.annotations_at(position), view.palette_data, view.document_counts)

    def tooltip_at(self, position: int) -> str:
        """What the highlights at ``position`` mean, as plain text (analyst marks first)."""
        hover = self.hover_at(position)
        return hover.text() if hover is not None else ""

    def tooltip_html_at(self, position: int) -> str:
        """``tooltip_at`` as the rich text the reader shows: notes rendered, the rest escaped."""
        hover = self.hover_at(position)
        return hover.html() if hover is not None else ""
