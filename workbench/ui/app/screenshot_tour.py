"""The picture check: every main screen at two sizes in both themes (``make screenshots``).

Why a tour and not one screenshot: the reader, notes, claims, claim map, entity
page and export dialog each went wrong in a way only a picture showed (clipped
front matter, unreadable cards after a theme switch, a 330 px text column), and
so did the small dialogs (Grade Reliability cut its sentences off). The
tour builds a demo library from the shipped samples (imported and analysed, a
highlight with a Markdown note, two linked claims), then renders each screen
offscreen with throwaway settings. Run it with
``python -m workbench.ui.app.screenshot_tour OUT_DIR``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from workbench.core.progress import Progress
from workbench.operations.analysis import analyze_pending
from workbench.operations.importing import import_paths
from workbench.paths import seeds_dir
from workbench.store import Store
from workbench.ui.app.main_window import MainWindow
from workbench.ui.app.screenshot import render_window
from workbench.ui.compare.view import CompareWindow
from workbench.ui.dialogs.batch_search import search_statements
from workbench.ui.dialogs.grade import reliability_dialog
from workbench.ui.dialogs.note_editor import NoteEditorDialog
from workbench.ui.inspector.suggestions_panel import LOOKING
from workbench.ui.reader.analyst_controller import ADD_NOTE_TITLE

SIZES = {"1440x900": (1440, 900), "1024x640": (1024, 640)}
THEMES = ("light", "dark")
SEED_GLOB = "000_*.txt"
SEARCH = "sanctions"
SCREENS = ("library", "reader", "quotes", "notes", "claims", "claims_view", "claim_map",
           "timeline", "ach", "entity_page", "duplicates", "export", "batch_search", "tags",
           "tag_manager", "note_editor", "grade", "no_document", "suggestions",
           "no_suggestions", "compare")
# The Compare window is shown over two samples reporting one event (the prorogation's).
COMPARED_TOPIC = "uk-prorogation"
BATCH_STATEMENTS = ("North Korea could supply Russia with weapons for the war in Ukraine.",
                    "Kim Jong Un arrived in Russia on a private train.",
                    "A runner finished a marathon in under two hours.",
                    "Zebras crossed the river at dawn.")
NOTE = "**Key point:** the US ties new sanctions to *further* arms deals."
NOTE_EXCERPT = "will not hesitate to impose further sanctions on Russia"
# A claim the other prorogation articles report (the Suggestions tab with matches, several
# in one document); the seed's claims have none (its "No likely matches" state).
REPORTED = ("Queen Elizabeth II suspended parliament at the behest of Boris Johnson, the "
            "current prime minister, on September 10.")


def build_demo_library(path: Path, analyze: bool = True) -> int:
    """Import the samples into a new library at ``path``; mark some work; return the seed's id."""
    store = Store(path)
    try:
        report = import_paths(store, [seeds_dir()], analyze=analyze)
        if analyze:
            analyze_pending(store, workers=1)
        seed = _seed_document(store, report.imported)
        _mark_demo_work(store, seed)
    finally:
        store.close()
    return seed


def _seed_document(store: Store, imported: list[int]) -> int:
    seed_path = next(seeds_dir().glob(SEED_GLOB))
    for doc_id in imported:
        document = store.documents.get_document(doc_id) or {}
        if Path(str(document.get("origin_path") or "")).name == seed_path.name:
            return doc_id
    return imported[0]


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _mark_demo_work(store: Store, seed: int) -> None:
    """A highlight with a note, two claims (one per document) and a link between them."""
    text = store.documents.document_text(seed)
    start, end = _span(text, "will not hesitate to impose further sanctions on Russia")
    store.annotations.add_annotation(seed, start, end, note_md=NOTE)
    start, end = _span(text, "any arms pact between the two nations could potentially breach "
                             "multiple UN Security Council resolutions")
    claim, _ = store.claims.add_claim(seed, start, end, claimant_text="Matthew Miller")
    start, end = _span(text, "Putin pledged assistance for North Korea's ambitious satellite "
                             "program")
    other, _ = store.claims.add_claim(seed, start, end, claimant_text="Vladimir Putin",
                                      status="disputed")
    store.claims.link_claims(claim, other, "elaborates", note="Same meeting, other side.")
    _demo_analysis(store, (claim, other))
    reported = _reporting_document(store)
    if reported is not None:
        store.claims.add_claim(reported, *_span(store.documents.document_text(reported),
                                                REPORTED), claimant_text="Wikinews")


def _reporting_document(store: Store) -> int | None:
    """The sample that holds ``REPORTED`` (None when the samples change)."""
    for row in store.documents.list_documents():
        if REPORTED in store.documents.document_text(row["id"]):
            return int(row["id"])
    return None


def _demo_analysis(store: Store, claims: tuple[int, int]) -> None:
    """An ACH matrix over the two demo claims, so its screen shows scores and diagnosticity."""
    store.ach.create_analysis("Will Russia and North Korea sign an arms agreement?",
                              ("An agreement is signed", "Talks continue without one",
                               "Sanctions stop the talks"))
    [analysis] = store.ach.list_analyses()
    hypotheses = store.ach.get_analysis(analysis.id).hypotheses
    for claim, ratings in zip(claims, (("I", "C", "CC"), ("CC", "C", "II")), strict=True):
        evidence = store.ach.add_evidence(analysis.id, claim).ids[0]
        for hypothesis, rating in zip(hypotheses, ratings, strict=True):
            store.ach.rate(evidence, hypothesis.id, rating)


def _screens(window: MainWindow, seed: int) -> dict[str, Callable[[], QWidget]]:
    """Name → a function that arranges the window for that screen and returns what to grab."""
    workspace = window.workspace
    assert workspace is not None

    def reader() -> QWidget:
        window.open_document(seed)
        window.inspector.setCurrentIndex(0)
        return window

    def inspector_tab(panel: QWidget) -> Callable[[], QWidget]:
        def show() -> QWidget:
            window.open_document(seed)
            window.inspector.setCurrentWidget(panel)
            return window
        return show

    def dock(key: str) -> Callable[[], QWidget]:
        def show() -> QWidget:
            window.open_document(seed)
            workspace.show_dock(key)
            return window
        return show

    def entity_page() -> QWidget:
        window.open_document(seed)
        mentions = window.reader.view.content.mentions if window.reader.view.content else []
        if mentions:
            workspace.open_entity_page(int(mentions[0]["entity_id"]))
        return window

    def export() -> QWidget:
        dialog = workspace.open_export()
        dialog.resize(min(900, window.width() - 80), min(640, window.height() - 60))
        return dialog

    def batch_search() -> QWidget:
        dialog = workspace.open_batch_search()
        dialog.statements_edit.setPlainText("\n".join(BATCH_STATEMENTS))
        dialog.show_records(search_statements(window.store, Progress(), list(BATCH_STATEMENTS),
                                              dialog.limit_spin.value()))
        dialog.resize(min(900, window.width() - 80), min(640, window.height() - 60))
        return dialog

    return {"library": _library_search(window), "reader": reader,
            "quotes": inspector_tab(window.inspector.quotes),
            "notes": inspector_tab(workspace.notes), "claims": inspector_tab(workspace.claims),
            "claims_view": dock("claims_view"), "claim_map": dock("claim_map"),
            "timeline": dock("timeline"), "ach": dock("ach_view"),
            "duplicates": dock("duplicates"), "entity_page": entity_page, "export": export,
            "batch_search": batch_search, **_dialog_screens(window, seed)}


def _dialog_screens(window: MainWindow, seed: int) -> dict[str, Callable[[], QWidget]]:
    """The small dialogs the Document and Tools menus open, and the window with none open."""
    workspace = window.workspace
    assert workspace is not None

    def tags() -> QWidget:
        window.open_document(seed)
        workspace.analyst.tag_document()
        assert workspace.analyst.tags_dialog is not None
        return workspace.analyst.tags_dialog

    def note_editor() -> QWidget:
        return NoteEditorDialog(NOTE_EXCERPT, NOTE, window, title=ADD_NOTE_TITLE)

    def grade() -> QWidget:
        graded = window.store.grades.document_grades([seed])[seed]
        return reliability_dialog(window, graded)

    def suggestions(claimed: Callable[[], int | None]) -> Callable[[], QWidget]:
        def show() -> QWidget:
            claim = claimed()
            if claim is None:
                return window
            window.open_document(window.store.claims.get_claim(claim).document_id)
            workspace.show_suggestions(claim)
            _settle_until(lambda: workspace.suggestions.status_label.text() != LOOKING)
            return window
        return show

    def seed_claim() -> int | None:
        return min((claim.id for claim in window.store.claims.document_claims(seed)),
                   default=None)

    def reported_claim() -> int | None:
        reported = _reporting_document(window.store)
        claims = window.store.claims.document_claims(reported) if reported else []
        return claims[0].id if claims else None

    def no_document() -> QWidget:
        window.reader.show_document(None)
        window.library.table.selectionModel().clear()  # no row chosen, none current
        return window

    return {"tags": tags, "tag_manager": workspace.open_tag_manager,
            "note_editor": note_editor, "grade": grade, "no_document": no_document,
            "suggestions": suggestions(reported_claim), "no_suggestions": suggestions(seed_claim),
            "compare": lambda: _compare_window(window)}


def _compare_window(window: MainWindow) -> QWidget:
    """The Compare window over two samples of ``COMPARED_TOPIC``, its comparison read."""
    workspace = window.workspace
    assert workspace is not None
    topic = sorted(row["id"] for row in window.store.documents.list_documents()
                   if COMPARED_TOPIC in str((window.store.documents.get_document(row["id"])
                                             or {}).get("origin_path") or ""))
    if len(topic) < 2:  # noqa: PLR2004 - a pair
        return window
    window.open_document(topic[0])
    workspace.compare_documents((topic[0], topic[1]))
    compared = window.findChildren(CompareWindow)[-1]
    _settle_until(lambda: compared.content is not None)
    return compared


def _library_search(window: MainWindow) -> Callable[[], QWidget]:
    def show() -> QWidget:
        window.library.filter_bar.search_box.setText(SEARCH)
        window.library.filter_bar.search_box.returnPressed.emit()
        model = window.library.model
        _settle_until(lambda: model.library_filter.query == SEARCH
                      and not model.searching_in_background)
        return window
    return show


def _settle_until(done: Callable[[], bool], timeout_s: float = 10.0) -> None:
    """Process events until ``done()`` (a search answered off the UI thread) or the timeout."""
    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    _settle()


def _settle(rounds: int = 6) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def take_tour(library: Path, seed: int, out_dir: Path,
              sizes: dict[str, tuple[int, int]] | None = None,
              themes: tuple[str, ...] = THEMES,
              screens: tuple[str, ...] | None = None, live_switch: bool = False) -> list[Path]:
    """Render every screen at every size and theme into ``out_dir``; the files written.

    With ``live_switch`` each window starts in the other theme and is switched
    once its screen is showing (files end in ``-live``): what an analyst sees
    after View → Theme, which went wrong where a fresh start did not.
    """
    written: list[Path] = []
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = "-live" if live_switch else ""
    for size_name, size in (sizes or SIZES).items():
        for theme in themes:
            for screen in _screens_of(library, seed, size, theme, screens or SCREENS,
                                      live_switch):
                name, shot = screen
                path = out_dir / f"{name}-{size_name}-{theme}{suffix}.png"
                if shot.save(str(path), "PNG"):
                    written.append(path)
    return written


def _screens_of(library: Path, seed: int, size: tuple[int, int], theme: str,  # noqa: ANN202
                names: tuple[str, ...], live_switch: bool = False):
    """Yield (screen name, picture); each screen in a fresh window so none leaks into the next."""
    start_theme = THEMES[1 - THEMES.index(theme)] if live_switch else theme
    for name in names:
        store = Store(library)
        with tempfile.TemporaryDirectory() as settings_dir:
            window = render_window(store, seed, size, start_theme, Path(settings_dir))
            target = _screens(window, seed)[name]()
            if target is not window:
                target.show()
            _settle()
            if live_switch:
                window.set_theme(theme)
                _settle()
            yield name, target.grab()
            if target is not window:
                target.close()
            window.close()
            window.deleteLater()
            _settle(2)
        store.close()


def main(argv: list[str] | None = None) -> int:
    """``python -m workbench.ui.app.screenshot_tour OUT_DIR [--library FILE]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--library", type=Path,
                        help="reuse a demo library built earlier (default: build one)")
    parser.add_argument("--live-switch", action="store_true",
                        help="also render each screen after a live switch from the other theme")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as work:
        library = args.library or Path(work) / "demo.sqlite"
        if args.library is None or not library.exists():
            seed = build_demo_library(library)
        else:
            store = Store(library)
            seed = _seed_document(store, [row["id"] for row in
                                          store.documents.list_documents()])
            store.close()
        written = take_tour(library, seed, args.out_dir)
        if args.live_switch:
            written += take_tour(library, seed, args.out_dir, live_switch=True)
    print(f"wrote {len(written)} screenshots to {args.out_dir}")
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main())
