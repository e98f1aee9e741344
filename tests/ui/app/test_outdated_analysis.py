"""Documents an older version analysed: the window says so once and redoes exactly those.

The analysis itself is stood in for by a recording function (it runs where
the real one would: the writer's bulk lane); which documents it finds pending
is what Tools → Analyse Outdated Documents… decided through
``operations.analysis.mark_outdated_for_analysis``, the CLI's own function.
"""

from __future__ import annotations

import threading

from workbench.core.models import Analysis, Mention
from workbench.core.vocabulary import STATUS_PENDING
from workbench.nlp.pipeline import ANALYSIS_VERSION
from workbench.ui.app import outdated_analysis


def _add(store, make_document, title: str) -> int:
    """A document this version analysed."""
    doc_id = make_document(store, title, f"{title}: the council met on Tuesday.")
    store.analysis.save_analysis(doc_id, Analysis(version=ANALYSIS_VERSION))
    return doc_id


def _outdated_library(store, make_document) -> tuple[list[int], list[int]]:
    """Two documents analysed by version 1, one never analysed, two current."""
    ids = [_add(store, make_document, f"Story {n}") for n in range(5)]
    old, never, current = ids[:2], ids[2:3], ids[3:]
    for doc_id in old:
        store.analysis.save_analysis(doc_id, Analysis(version=1))
    store.analysis.mark_analysis_failed(never[0])
    return old + never, current


def _counted(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)


def _opened_on_outdated(qtbot, store, make_document, open_window):
    """A window on ``_outdated_library``, its first count done."""
    _outdated_library(store, make_document)
    window = open_window(store)
    _counted(qtbot, window)
    return window


def test_the_bar_says_how_many_documents_are_outdated(qtbot, library, make_document,
                                                      open_window) -> None:
    window = _opened_on_outdated(qtbot, library, make_document, open_window)
    bar = window.outdated.bar
    assert bar.isVisible()
    assert bar.label.text().startswith("3 documents were analysed by an older version of the app")
    assert window.actions["analyse_outdated"].isEnabled()
    window.close()


def test_no_bar_and_no_action_when_every_document_is_current(qtbot, library, make_document,
                                                             open_window, monkeypatch) -> None:
    _add(library, make_document, "Fresh")
    counts: list[int] = []
    real_count = outdated_analysis._count
    monkeypatch.setattr(outdated_analysis, "_count",
                        lambda store, progress: counts.append(real_count(store, progress)) or 0)
    window = open_window(library)
    _counted(qtbot, window)
    assert counts == [0]  # the library was counted, and nothing was outdated
    assert not window.outdated.bar.isVisible()
    assert not window.actions["analyse_outdated"].isEnabled()
    assert "Analyse &Outdated Documents…" in [
        a.text() for menu in window.menuBar().actions() if menu.text() == "&Tools"
        for a in menu.menu().actions()]
    window.close()


def test_closing_the_bar_keeps_it_closed_for_the_session(qtbot, library, make_document,
                                                         open_window) -> None:
    window = _opened_on_outdated(qtbot, library, make_document, open_window)
    window.outdated.bar.close_button.click()
    window.outdated.check()  # as after a merge
    _counted(qtbot, window)
    assert not window.outdated.bar.isVisible()
    assert window.actions["analyse_outdated"].isEnabled()  # the menu item stays
    window.close()


def test_the_action_marks_exactly_the_outdated_documents_and_analyses_them(
        qtbot, library, make_document, open_window, monkeypatch) -> None:
    outdated, current = _outdated_library(library, make_document)
    seen: list[tuple[list[int], bool]] = []

    def recording_analysis(store, progress):
        pending = [doc_id for doc_id, _t, _x in store.analysis.documents_needing_analysis()]
        seen.append((pending, threading.current_thread() is threading.main_thread()))
        for doc_id, _title, text in store.analysis.documents_needing_analysis():
            start = text.index("council")
            mention = Mention(start, start + 7, "council", "ORG", "The Council")
            progress.report_changes(store.analysis.save_analysis(
                doc_id, Analysis(mentions=(mention,), version=ANALYSIS_VERSION)))
        return None

    questions: list[str] = []
    monkeypatch.setattr(outdated_analysis, "ask_yes_no",
                        lambda _parent, _title, question, **_: questions.append(question) or True)
    claim_id, _ = library.claims.add_claim(outdated[0], 0, 7)  # the analyst's work stays
    window = open_window(library)
    window.imports.analysis = recording_analysis
    _counted(qtbot, window)
    with qtbot.waitSignal(window.imports.analysis_finished, timeout=10_000):
        window.actions["analyse_outdated"].trigger()
        assert not window.outdated.bar.isVisible()
    assert questions and questions[0].startswith("Analyse 3 documents again")
    assert seen == [(sorted(outdated), False)]
    _counted(qtbot, window)
    assert not window.actions["analyse_outdated"].isEnabled()  # none left
    statuses = {doc_id: library.documents.get_document(doc_id)["status"] for doc_id in current}
    assert STATUS_PENDING not in statuses.values()
    assert library.claims.get_claim(claim_id).text == "Story 0"
    window.close()


def test_the_wording_counts_one_document_in_the_singular() -> None:
    assert outdated_analysis.outdated_wording(1).startswith(
        "1 document was analysed by an older version of the app")


def test_analysis_asked_for_while_one_is_queued_runs_again_after_it(
        qtbot, library, make_document, open_window) -> None:
    runs: list[int] = []
    window = open_window(library)
    window.imports.analysis = lambda _store, _progress: runs.append(len(runs))
    first = window.imports.analyze_pending()
    assert first is not None and window.imports.analyze_pending() is None
    qtbot.waitUntil(lambda: len(runs) == 2 and not window.runner.busy, timeout=5000)
    qtbot.wait(50)
    assert runs == [0, 1]  # once more, not forever
    window.close()


def test_a_bar_still_shown_says_the_new_count_after_a_merge(qtbot, library, make_document,
                                                            open_window) -> None:
    window = _opened_on_outdated(qtbot, library, make_document, open_window)
    merged = _add(library, make_document, "Merged in")
    library.analysis.save_analysis(merged, Analysis(version=2))
    window.workspace.merging.merge_ended.emit()
    _counted(qtbot, window)
    assert window.outdated.bar.label.text().startswith("4 documents were analysed")
    window.close()


def test_the_bar_names_its_command_as_the_menu_does(qtbot, library, make_document,
                                                     open_window) -> None:
    """The bar said "Analyse Again", the Tools menu "Analyse Outdated Documents…"."""
    window = _opened_on_outdated(qtbot, library, make_document, open_window)
    assert window.outdated.bar.button.text() == "Analyse Outdated Documents"
    assert window.actions["analyse_outdated"].text() == "Analyse &Outdated Documents…"
    window.close()
