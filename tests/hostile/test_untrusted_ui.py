"""Untrusted text stays text: no tooltip, label, prompt or CSV cell lets it act.

Issue 22: a document title or claim text holding ``<img src="…">`` made the
library-title and claims-dock tooltips load that local file, because Qt
renders a tooltip (and an ``AutoText`` label or prompt) as rich text whenever
``Qt.mightBeRichText`` says so. Here every title, source, URL, claim,
claimant, note, tag, entity, alias, speaker and link note carries such a
payload; the window opens every view, dock and dialog that shows them, and
the test collects every tooltip, label and item text and fails if any would
be rendered as rich text holding the payload. An inotify spy (Linux) also
fails the test if the probe image is ever opened while all of them render.

And: the batch claim search CSV (CLI and dialog) protects formula cells like
the main CSV export does.
"""

from __future__ import annotations

import csv
import ctypes
import io
import os
import re
import struct
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint
from PySide6.QtGui import QHelpEvent, QImage, QTextCursor
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGraphicsTextItem,
    QGraphicsView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTabBar,
    QToolTip,
    QWidget,
)

from tests.ui.conftest import (  # noqa: F401 - fixtures used by name
    add_document,
    isolated_settings,
    library,
    no_leaked_threads_or_timers,
    open_window,
    settle,
)
from tests.ui.probes import select_tag
from workbench.cli import main
from workbench.core.models import Article
from workbench.operations.importing import ImportReport
from workbench.store import LibraryFilter, Store
from workbench.ui.claims.picker import ClaimPickerDialog
from workbench.ui.dialogs.entities import EntityPickerDialog, MergeTargetDialog
from workbench.ui.dialogs.note_editor import NoteEditorDialog
from workbench.ui.dialogs.tags import TagPathDialog
from workbench.ui.tasks.import_views import ImportSummaryDialog
from workbench.ui.widgets.plain_text import plain_tooltip

PROBE = "probe.png"
PAYLOAD = f'<img src="{PROBE}">'  # relative: the test runs inside the probe's folder
IMG = re.compile(r"<\s*img", re.IGNORECASE)
FORMULA = ("=", "+", "-", "@")
TEXT_A = (f"{PAYLOAD} Officials said sanctions work. “{PAYLOAD} We will act,” said Boris "
          "Johnson. Boris Jonson agreed in Moscow.")
TEXT_B = f"Boris Johnson said {PAYLOAD} sanctions work in Moscow today."


# -- the hostile library ------------------------------------------------------------


@pytest.fixture
def probe_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real image the payload points at; the working directory, so relative src finds it."""
    folder = tmp_path / "probe"
    folder.mkdir()
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    image.fill(0xFFFF0000)
    assert image.save(str(folder / PROBE))
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def hostile(library: Store, probe_dir: Path) -> dict[str, int]:  # noqa: F811
    """Two documents whose every analyst- or import-supplied text carries the payload."""
    absolute = f'<img src="{(probe_dir / PROBE).as_uri()}">'
    doc_a = add_document(
        library, f"{absolute} Sanctions talk", TEXT_A, source=f"{PAYLOAD} Wire",
        published="2024-01-02", url=f"https://example.org/a?{PAYLOAD}",
        mentions=(("Boris Johnson", "PERSON", f"{PAYLOAD} Boris Johnson"),
                  ("Boris Jonson", "PERSON", f"{PAYLOAD} Boris Jonson"),
                  ("Moscow", "GPE", f"{PAYLOAD} Moscow")),
        quotes=((f"“{PAYLOAD} We will act,”", "direct", f"{PAYLOAD} Boris Johnson",
                 "Boris Johnson"),))
    doc_b = add_document(
        library, f"Second story {PAYLOAD}", TEXT_B, source=f"{PAYLOAD} Wire",
        published="2024-01-03",
        mentions=(("Boris Johnson", "PERSON", f"{PAYLOAD} Boris Johnson"),
                  ("Moscow", "GPE", f"{PAYLOAD} Moscow")))
    claim_text = f"{PAYLOAD} Officials said sanctions work."
    claim_a, _ = library.claims.add_claim(
        doc_a,
        0,
        len(claim_text),
        claimant_text=f"{PAYLOAD} Claimant",
        note_md=f"{PAYLOAD} claim note",
    )
    start_b = TEXT_B.index("Boris")
    claim_b, _ = library.claims.add_claim(doc_b, start_b, TEXT_B.index(" today"))
    library.claims.link_claims(claim_a, claim_b, "supports", note=f"{PAYLOAD} link note")
    start = TEXT_A.index("Boris Jonson")
    note, _ = library.annotations.add_annotation(doc_a, start, start + len("Boris Jonson agreed"),
                                     note_md=f"{PAYLOAD} a note", tags=(f"{PAYLOAD}",))
    library.tags.tag_document(doc_a, f"topic/{PAYLOAD} tag")
    library.tags.tag_annotation(claim_a, f"{PAYLOAD} claim tag")
    boris = library.entities.find_entity_id(f"{PAYLOAD} Boris Johnson")
    assert boris is not None
    library.entities.add_entity_alias(boris, f"{PAYLOAD} alias")
    return {"doc_a": doc_a, "doc_b": doc_b, "claim_a": claim_a, "claim_b": claim_b,
            "note": note, "boris": boris}


# -- what Qt would render --------------------------------------------------------------


def _might_be_rich(text: str) -> bool:
    return bool(QtGuiNamespace.mightBeRichText(text))


def _model_tooltips(model, parent: QModelIndex = QModelIndex()) -> Iterator[str]:  # noqa: B008
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models hide columnCount: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (QtGuiNamespace.ItemDataRole.ToolTipRole,
                         QtGuiNamespace.ItemDataRole.WhatsThisRole):
                value = index.data(role)
                if isinstance(value, str) and value:
                    yield value
        first = model.index(row, 0, parent)
        if first.isValid() and model.rowCount(first) > 0:  # tree children
            yield from _model_tooltips(model, first)


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str, bool]]:
    """(where, text, rendered as rich text?) for what one widget can show."""
    name = type(widget).__name__
    for where, text in ((f"{name}.toolTip", widget.toolTip()),
                        (f"{name}.whatsThis", widget.whatsThis())):
        yield where, text, _might_be_rich(text)
    for action in QWidget.actions(widget):  # some widgets name a field "actions"
        yield f"{name} action tooltip", action.toolTip(), _might_be_rich(action.toolTip())
    if isinstance(widget, QLabel):
        text, text_format = widget.text(), widget.textFormat()
        rich = text_format == QtGuiNamespace.TextFormat.RichText or (
            text_format == QtGuiNamespace.TextFormat.AutoText and _might_be_rich(text))
        yield f"{name}.text", text, rich
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            tip = widget.tabToolTip(index)
            yield f"{name} tab tooltip", tip, _might_be_rich(tip)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        for tip in _model_tooltips(widget.model()):
            yield f"{name} item tooltip", tip, _might_be_rich(tip)
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        for item in widget.scene().items():
            yield f"{name} graphics tooltip", item.toolTip(), _might_be_rich(item.toolTip())
            if isinstance(item, QGraphicsTextItem):
                yield f"{name} graphics text", item.toHtml(), True


def every_text() -> list[tuple[str, str, bool]]:
    """Every tooltip, label and item tooltip of every widget in the application."""
    return [entry for widget in QApplication.allWidgets() for entry in _widget_texts(widget)]


def markup_leaks(texts: list[tuple[str, str, bool]]) -> list[tuple[str, str]]:
    """Texts Qt would render as rich text in which the payload is a real tag."""
    return [(where, text[:160]) for where, text, rich in texts if rich and IMG.search(text)]


class OpenSpy:
    """inotify on the probe's folder: did anything open the probe image?"""

    IN_OPEN = 0x20

    def __init__(self, folder: Path) -> None:
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK)
        assert self.fd >= 0
        assert self.libc.inotify_add_watch(self.fd, str(folder).encode(), self.IN_OPEN) >= 0

    def opened(self) -> list[str]:
        try:
            data = os.read(self.fd, 65536)
        except BlockingIOError:
            return []
        names, offset = [], 0
        while offset < len(data):
            _wd, _mask, _cookie, length = struct.unpack_from("iIII", data, offset)
            names.append(data[offset + 16 : offset + 16 + length].rstrip(b"\0").decode())
            offset += 16 + length
        return names

    def close(self) -> None:
        os.close(self.fd)


# -- driving the window -----------------------------------------------------------------


def _hover_reader(window, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Hover every character of the reader; the tooltips it would show."""
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_a: shown.append(text))
    view = window.reader.view
    for position in range(view.document().characterCount() - 1):
        cursor = QTextCursor(view.document())
        cursor.setPosition(position)
        point = view.cursorRect(cursor).center() + QPoint(2, 0)
        event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
        QApplication.sendEvent(view.viewport(), event)
    return shown


def _open_everything(window, hostile: dict[str, int], qtbot, settle, library: Store,  # noqa: F811
                     monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Open every view, dock and dialog that shows imported or analyst text."""
    workspace = window.workspace
    window.open_document(hostile["doc_a"])
    settle(window)
    shown = _hover_reader(window, monkeypatch)
    workspace.show_claim(hostile["claim_a"])
    workspace.show_suggestions(hostile["claim_a"])
    settle(window)
    for key in ("claims_view", "claim_map", "duplicates", "entities_view"):
        workspace.show_dock(key)
        qtbot.waitUntil(workspace.docks[key].widget().isVisible)
    workspace.entities_view.show_entity(hostile["boris"])
    qtbot.waitUntil(lambda: bool(workspace.duplicates.pairs), timeout=5000)
    workspace.curation.add_alias(hostile["boris"], f"{PAYLOAD} undo me")  # undo label
    settle(window)
    batch = workspace.open_batch_search()
    batch.statements_edit.setPlainText(f"{PAYLOAD} Boris Johnson said sanctions work")
    batch.run()
    settle(window)
    assert batch.records and batch.records[0]["suggestions"]
    workspace.open_tag_manager()
    workspace.open_export()
    workspace.analyst.tag_document()
    claims = library.claims.list_claims()
    ClaimPickerDialog(claims, claims[0].text, window).show()
    MergeTargetDialog(library.entities.entity_rows([hostile["boris"]]), window).show()
    EntityPickerDialog(library, PAYLOAD, window).show()
    TagPathDialog("Rename tag", f"New name for {PAYLOAD}:", [PAYLOAD], PAYLOAD, window).show()
    NoteEditorDialog(f"{PAYLOAD} excerpt", f"{PAYLOAD} **note**", window).show()
    report = ImportReport(failed=[(f"/in/{PAYLOAD}.txt", f"{PAYLOAD} reason")],
                          duplicates=[(f"/in/{PAYLOAD}2.txt", f"{PAYLOAD} title", 1)],
                          skipped=[(f"/in/{PAYLOAD}3", f"{PAYLOAD} link")])
    ImportSummaryDialog(report, window).show()
    window.work_progress.update_progress(1, 3, f"/in/{PAYLOAD}.txt")
    window.library.set_filter(LibraryFilter(query="sanctions"))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2, timeout=5000)
    qtbot.wait(1)
    return shown


def _prompts(window, hostile: dict[str, int],
             monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, bool]]:
    """Confirmation boxes and input prompts that name an entity or a tag (answered "no")."""
    seen: list[tuple[str, str, bool]] = []

    def labels_of(dialog: QWidget) -> int:
        seen.extend(entry for label in dialog.findChildren(QLabel)
                    for entry in _widget_texts(label))
        return 0

    def prompt(dialog: QInputDialog) -> int:
        title, label = dialog.windowTitle(), dialog.labelText()
        seen.append((f"prompt {title}", label, _might_be_rich(label)))
        return QInputDialog.DialogCode.Rejected

    def question(_parent, title, text, *_args):
        seen.append((f"question {title}", text, _might_be_rich(text)))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", labels_of)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QInputDialog, "exec", prompt)
    monkeypatch.setattr(TagPathDialog, "exec", labels_of)
    curation = window.workspace.curation
    for ask in (curation.rename, curation.relabel, curation.add_alias, curation.hide):
        ask(hostile["boris"])
    manager = window.workspace.open_tag_manager()
    assert select_tag(manager, PAYLOAD)
    manager.rename()
    manager.merge()
    manager.delete()
    return seen


def test_no_widget_renders_untrusted_text_as_rich_text(qtbot, library, hostile,  # noqa: F811
                                                        open_window, settle, probe_dir,  # noqa: F811
                                                        monkeypatch) -> None:
    spy = OpenSpy(probe_dir) if sys.platform.startswith("linux") else None
    window = open_window(library)
    reader_tips = _open_everything(window, hostile, qtbot, settle, library, monkeypatch)
    texts = every_text() + [("reader tooltip", tip, _might_be_rich(tip)) for tip in reader_tips]
    prompts = _prompts(window, hostile, monkeypatch)
    assert sum(PROBE in text for _where, text, _rich in prompts) >= 7, prompts
    texts += prompts
    carrying = {where for where, text, _rich in texts if PROBE in text}
    assert len(carrying) >= 12, f"the payload reached too few surfaces: {sorted(carrying)}"
    assert any("reader tooltip" == where for where in carrying)
    assert markup_leaks(texts) == []
    if spy is not None:
        renderer = QLabel()
        for _where, text, rich in texts:
            if rich:
                renderer.setText(text)
                renderer.grab()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.grab()
        opened = spy.opened()
        spy.close()
        assert PROBE not in opened, "a widget loaded the probe image named in untrusted text"


def test_the_spy_and_the_check_catch_a_raw_tooltip(qtbot, probe_dir) -> None:
    """The two detectors work: a raw payload is flagged and loads; plain_tooltip is neither."""
    spy = OpenSpy(probe_dir) if sys.platform.startswith("linux") else None
    raw, safe = QLabel(), QLabel()
    qtbot.addWidget(raw)
    qtbot.addWidget(safe)
    raw.setToolTip(f"Title {PAYLOAD}")
    safe.setToolTip(plain_tooltip(f"Title {PAYLOAD} & more"))
    assert markup_leaks(list(_widget_texts(raw))) != []
    assert markup_leaks(list(_widget_texts(safe))) == []
    if spy is not None:
        renderer = QLabel(safe.toolTip())
        renderer.grab()
        assert PROBE not in spy.opened()
        renderer.setText(raw.toolTip())
        renderer.grab()
        assert PROBE in spy.opened()
        spy.close()


def test_plain_tooltip_shows_the_text_itself(qtbot) -> None:
    """Escaped inside rich text: Qt shows the characters, entities and line breaks as typed."""
    from PySide6.QtGui import QTextDocument

    for text in (f"Title {PAYLOAD}", "a &amp; b < c", "line one\nline two", "plain"):
        document = QTextDocument()
        document.setHtml(plain_tooltip(text))
        assert document.toPlainText() == text
    assert plain_tooltip("") == "" and plain_tooltip(None) == ""


# -- batch claim search CSV ------------------------------------------------------------


def _batch_library(path: Path) -> None:
    with Store(path) as store:
        store.documents.add_article(Article(
            title='=HYPERLINK("http://evil.example","x")',
            text="-2+3 said the minister about sanctions on oil.\n\n"
                 "@SUM(A1) the minister said sanctions work."), analyze=False)


def _formula_cells(text: str) -> list[str]:
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) > 1, "the CSV has matches"
    return [cell for row in rows for cell in row if cell.startswith(FORMULA)]


def test_batch_search_csv_from_the_cli_protects_formula_cells(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    _batch_library(db)
    statements = tmp_path / "statements.txt"
    statements.write_text("=1+1 the minister said sanctions\n", encoding="utf-8")
    out = tmp_path / "matches.csv"
    assert main(["--db", str(db), "suggest", "--batch", str(statements), "--csv", str(out),
                 "--per-document", "2"]) == 0
    text = out.read_text(encoding="utf-8")
    assert _formula_cells(text) == []
    assert "'=1+1 the minister said sanctions" in text and "'@SUM(A1)" in text


def test_batch_search_csv_from_the_dialog_protects_formula_cells(qtbot, tmp_path: Path) -> None:
    from workbench.core.progress import Progress
    from workbench.ui.dialogs.batch_search import BatchSearchDialog, search_statements

    db = tmp_path / "library.sqlite"
    _batch_library(db)
    with Store(db) as store:
        records = search_statements(store, Progress(), ["+the minister said sanctions on oil"], 5)
    dialog = BatchSearchDialog(actions=None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.records = records
    out = dialog.export_csv(tmp_path / "matches.csv")
    assert out is not None
    text = out.read_text(encoding="utf-8")
    assert _formula_cells(text) == []
    assert "'+the minister said sanctions on oil" in text and "'-2+3 said" in text


def test_the_dialog_and_the_cli_share_the_export_writer_and_ui_imports_no_commands() -> None:
    import ast

    import workbench.commands.suggest as cli_suggest
    import workbench.ui.dialogs.batch_search as dialog
    from workbench.export import batch_csv

    assert dialog.batch_csv is batch_csv.batch_csv
    # The command imports the writer when it runs (a light start-up): read its import.
    cli_imports = [node for node in ast.walk(ast.parse(Path(cli_suggest.__file__).read_text(
        encoding="utf-8"))) if isinstance(node, ast.ImportFrom)]
    assert any(node.module == "workbench.export.batch_csv"
               and [alias.name for alias in node.names] == ["batch_csv"] for node in cli_imports)
    ui_folder = Path(dialog.__file__).parent
    for source in ui_folder.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = ([node.module or ""] if isinstance(node, ast.ImportFrom) else
                     [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])
            assert not any(name.startswith("workbench.commands") for name in names), source
