"""The reader never loads resources, never interprets imported text, never follows links alone."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from workbench.ui.reader.pane import ReaderPane
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.link_guard import LinkGuard

HOSTILE = (
    'Breaking <img src="file:///etc/passwd"> <img src="https://tracker.example/pixel.png">\n\n'
    '<a href="javascript:alert(1)">click</a> <style>@import url(http://evil.example/x.css)</style>'
    "\n\n<script>alert('x')</script> &amp; <b>bold?</b>"
)


def _pane(qtbot, store) -> ReaderPane:
    pane = ReaderPane(store, ThemeManager())
    qtbot.addWidget(pane)
    return pane


def test_markup_in_imported_text_stays_literal_and_loads_nothing(qtbot, library,
                                                                 make_document) -> None:
    doc_id = make_document(library, '<img src="x.png"> title', HOSTILE)
    pane = _pane(qtbot, library)
    pane.show()
    pane.show_document(doc_id)
    qtbot.wait(10)
    plain = pane.view.toPlainText()
    assert '<img src="file:///etc/passwd">' in plain
    assert "<script>alert('x')</script> &amp; <b>bold?</b>" in plain
    assert '<img src="x.png"> title' in plain
    assert pane.view.blocked_resources == []
    assert "<img" not in pane.view.document().toHtml().replace("&lt;img", "")


def test_load_resource_is_refused_and_recorded(qtbot, library) -> None:
    pane = _pane(qtbot, library)
    pane.show()
    pane.view.setHtml('<p>x</p><img src="file:///etc/hostname"><img src="https://example.org/a.png">')
    pane.view.grab()
    assert "file:///etc/hostname" in pane.view.blocked_resources
    assert pane.view.loadResource(0, QUrl("https://example.org/b.png")) is None


def test_links_open_only_http_after_confirmation(qtbot) -> None:
    asked: list[str] = []
    opened: list[str] = []
    answer = {"value": False}

    def confirm(_parent, url: str) -> bool:
        asked.append(url)
        return answer["value"]

    guard = LinkGuard(None, confirm=confirm, opener=lambda url: opened.append(url.toString()))
    for inert in ("file:///etc/passwd", "javascript:alert(1)", "mailto:a@b.c", "ftp://x.org/f"):
        assert not guard.handle(QUrl(inert))
    assert asked == [] and opened == []
    assert not guard.handle(QUrl("https://example.org/story?id=1"))
    assert asked == ["https://example.org/story?id=1"] and opened == []
    answer["value"] = True
    assert guard.handle(QUrl("http://example.org/"))
    assert opened == ["http://example.org/"]


def test_reader_link_clicks_go_through_the_guard(qtbot, library, make_document) -> None:
    doc_id = make_document(library, "Linked", "Body text.", url="https://example.org/story")
    pane = _pane(qtbot, library)
    seen: list[str] = []
    pane.link_guard.confirm = lambda _parent, url: seen.append(url) or False
    pane.show_document(doc_id)
    assert pane.view.openLinks() is False and pane.view.openExternalLinks() is False
    pane.view.anchorClicked.emit(QUrl("https://example.org/story"))
    assert seen == ["https://example.org/story"]
    assert pane.view.blocked_resources == []
