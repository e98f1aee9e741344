"""Show imported and analyst text as text: never as rich text that could load a resource.

Why: Qt guesses the format of tooltips, message-box and input-dialog prompts
and ``QLabel``s left at ``AutoText``: whenever ``Qt.mightBeRichText`` says
so (the first tag on the first line is an HTML tag), the text is rendered as
HTML, and a document title such as ``<img src="/some/local.png">`` made the
library and claims tooltips load that local file. Escaping alone is not
enough either: ``a &amp; b`` would show its entity when Qt guesses "plain".
So a text for a guessing surface is always sent as rich text that holds only
the escaped text (``plain_tooltip``), and labels are made ``PlainText``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

# pre-wrap keeps the text's own line breaks and spaces; long lines still wrap.
_LITERAL = '<p style="white-space:pre-wrap">{}</p>'


def plain_tooltip(text: object) -> str:
    """``text`` as a tooltip (or any Qt text whose format Qt guesses) that shows it literally.

    "" stays "" (no tooltip). Use it for every tooltip, prompt or message
    that carries a title, source, claim, note, tag, entity or speaker.
    """
    value = "" if text is None else str(text)
    if not value:
        return ""
    return _LITERAL.format(html.escape(value, quote=False))


def plain_label(label: QLabel) -> QLabel:
    """Make ``label`` show its text literally, whatever is set later; returns it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
