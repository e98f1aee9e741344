"""UI fixtures: isolated settings, real on-disk libraries, hand-made analyses, leak checks.

The leak check (napari-style) records every QThread and QTimer started from
Python during a test and fails the test if any is still running afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QThread, QThreadPool, QTimer
from PySide6.QtGui import QPalette

from tests.ui.probes import process_events
from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.store import Store


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Never read or write the analyst's real settings."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield


@pytest.fixture(autouse=True)
def application_theme_restored(qapp) -> Iterator[None]:
    """Give the next test the application's palette and stylesheet as this one found them.

    A window switched to dark left the whole application dark, so a later test that
    measures ink on a bare widget read the dark background as ink.
    """
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    yield
    if qapp.styleSheet() != sheet:
        qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.fixture(autouse=True)
def no_leaked_threads_or_timers(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves QThreads, thread-pool work or timers running."""
    threads: list[QThread] = []
    timers: list[QTimer] = []
    thread_start, timer_start = QThread.start, QTimer.start

    def track_thread(self: QThread, *args: object) -> None:
        threads.append(self)
        thread_start(self, *args)

    def track_timer(self: QTimer, *args: object) -> None:
        timers.append(self)
        timer_start(self, *args)

    def tracked_single_shot(msec: int, *args: object) -> None:
        timer = QTimer(args[0] if len(args) > 1 else None)
        timer.setSingleShot(True)
        timer.timeout.connect(args[-1])
        track_timer(timer, msec)

    monkeypatch.setattr(QThread, "start", track_thread)
    monkeypatch.setattr(QTimer, "start", track_timer)
    monkeypatch.setattr(QTimer, "singleShot", tracked_single_shot)
    yield
    running = [t for t in threads if shiboken6.isValid(t) and t.isRunning()]
    active = [t for t in timers if shiboken6.isValid(t) and t.isActive()]
    assert not running, f"test left QThreads running: {running}"
    assert not active, f"test left timers running: {[t.interval() for t in active]}"
    assert QThreadPool.globalInstance().activeThreadCount() == 0


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Store]:
    """An on-disk library (the writer thread needs a file to open)."""
    store = Store(tmp_path / "library.sqlite")
    yield store
    store.close()


def add_document(store: Store, title: str, text: str, *, source: str | None = "Test Wire",
                 published: str | None = "2024-01-02", url: str | None = None,
                 mentions: tuple[tuple[str, ...], ...] = (),
                 quotes: tuple[tuple[str, str, str | None, str | None], ...] = ()) -> int:
    """Store an article and an analysis built by hand from substrings.

    ``mentions`` are (surface text, label, canonical name[, TIMEX3 value]), found at
    their first occurrence that does not overlap an earlier mention; ``quotes`` are (quote
    text, kind, speaker name, speaker surface text).
    """
    changes = store.documents.add_article(Article(title=title, text=text, source=source,
                                        published=published, url=url))
    doc_id = changes.documents_added[0]
    taken: list[tuple[int, int]] = []
    built_mentions = tuple(_mention(text, taken, *spec) for spec in mentions)
    built_quotes = tuple(_quote(text, *spec) for spec in quotes)
    store.analysis.save_analysis(doc_id, Analysis(mentions=built_mentions, quotes=built_quotes))
    return doc_id


def _mention(text: str, taken: list[tuple[int, int]], surface: str, label: str,
             entity: str, value: str | None = None) -> Mention:
    """A mention at the first occurrence of ``surface`` not inside an earlier mention."""
    start = text.index(surface)
    while any(begin < start + len(surface) and start < end for begin, end in taken):
        start = text.index(surface, start + 1)
    taken.append((start, start + len(surface)))
    return Mention(start=start, end=start + len(surface), text=surface, label=label, entity=entity,
                   value=value)


def _quote(text: str, quoted: str, kind: str, speaker: str | None,
           speaker_text: str | None) -> Quote:
    start = text.index(quoted)
    speaker_start = text.index(speaker_text) if speaker_text else None
    return Quote(start=start, end=start + len(quoted), text=quoted, kind=kind, speaker=speaker,
                 speaker_text=speaker_text, speaker_start=speaker_start,
                 speaker_end=speaker_start + len(speaker_text) if speaker_text else None)


@pytest.fixture
def make_document():
    """The ``add_document`` helper, for tests that build their own documents."""
    return add_document


@pytest.fixture
def open_window(qtbot):
    """Open a main window (light theme, writer thread) on a library; closed by qtbot."""
    from workbench.ui.app.main_window import MainWindow
    from workbench.ui.app.settings import app_settings
    from workbench.ui.theme.manager import ThemeManager

    def opener(store: Store, theme_name: str = "light"):
        theme = ThemeManager()
        theme.set_preference(theme_name)
        window = MainWindow(store, theme, app_settings(), analyze=False)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        return window

    return opener


@pytest.fixture
def reading_window(library, open_window):
    """``reading(title, text, width, height)``: a window that size reading one new document."""

    def opener(title: str, text: str, width: int, height: int):
        doc = add_document(library, title, text)
        window = open_window(library)
        window.open_document(doc)
        window.resize(width, height)
        process_events()
        return window

    return opener


@pytest.fixture
def settle(qtbot):
    """Wait until the window's writer thread has finished every queued task."""

    def wait(window, timeout: int = 5000) -> None:
        qtbot.waitUntil(lambda: window.runner is None or not window.runner.busy, timeout=timeout)
        qtbot.wait(1)

    return wait


@pytest.fixture
def select_text():
    """``select(window, needle)``: select words in the reader like a mouse drag would."""
    return _select_text


def _select_text(window, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Select ``needle`` in the reader's body text the way a mouse drag would; store offsets."""
    from PySide6.QtGui import QTextCursor

    view = window.reader.view
    text = view.content.document["text"]
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    end = start + len(needle)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.rendered.to_qt(start))
    cursor.setPosition(view.rendered.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    return start, end
