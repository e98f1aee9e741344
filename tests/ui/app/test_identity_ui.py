"""The window signs work with the saved identity, asks once at first start; renames keep ids."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from workbench.core.authorship import Author
from workbench.core.models import Article
from workbench.operations.identity import load_identity, save_identity
from workbench.ui.app.settings import app_settings
from workbench.ui.dialogs.identity import IdentityDialog

TEXT = "Moscow - Officials said sanctions were discussed. The weather was mild."


class _Answer:
    """Stands in for IdentityDialog: answers with ``name`` (None: skipped), counts its openings
    and deletions (a skipped dialog was kept, parented to the window, until it closed)."""

    opened = deleted = 0
    name_given: str | None = None

    def __init__(self, _current: str, *, first_start: bool, parent: object) -> None:
        type(self).opened += 1
        self.first_start = first_start

    def exec(self) -> QDialog.DialogCode:
        accepted = self.name_given is not None
        return QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected

    def name(self) -> str:
        assert self.name_given is not None
        return self.name_given

    def deleteLater(self) -> None:  # noqa: N802 - Qt's name
        type(self).deleted += 1


def _highlight(window, select_text, settle, words: str) -> Author | None:
    select_text(window, words)
    window.actions["highlight"].trigger()
    settle(window)
    annotation = max(window.store.annotations.document_annotations(window.reader.doc_id),
                     key=lambda a: a.id)
    return Author(annotation.author_id, annotation.author) if annotation.author_id else None


def test_the_window_signs_with_the_saved_identity_and_a_rename_keeps_the_id(
    library, make_document, open_window, select_text, settle, monkeypatch
) -> None:
    ana = save_identity("Ana")
    doc = make_document(library, "Moscow", TEXT)
    window = open_window(library)
    window.open_document(doc)
    assert window.identity.button.text() == "Signed as Ana"
    assert _highlight(window, select_text, settle, "sanctions") == ana
    monkeypatch.setattr("workbench.ui.app.identity_session.IdentityDialog", _Answer)
    _Answer.name_given = "Ana Maria"
    window.actions["analyst_name"].trigger()
    settle(window)
    assert load_identity() == Author(ana.id, "Ana Maria")
    assert window.identity.button.text() == "Signed as Ana Maria"
    assert _highlight(window, select_text, settle, "weather") == Author(ana.id, "Ana Maria")


def test_first_start_asks_once_and_skipping_signs_unknown_author(
    library, make_document, open_window, select_text, settle, monkeypatch
) -> None:
    monkeypatch.setattr("workbench.ui.app.identity_session.IdentityDialog", _Answer)
    _Answer.opened = _Answer.deleted = 0
    _Answer.name_given = None
    doc = make_document(library, "Moscow", TEXT)
    window = open_window(library)
    window.open_document(doc)
    window.identity.ask_on_first_start()
    window.identity.ask_on_first_start()  # skipped once: never asked again
    assert _Answer.opened == _Answer.deleted == 1
    assert app_settings().value("identity/asked", type=bool)
    assert window.identity.button.text() == "Signed as unknown author"
    assert "Your Name" in window.identity.button.toolTip()
    assert _highlight(window, select_text, settle, "sanctions") is None


def test_first_start_with_a_name_signs_both_stores(
    library, make_document, open_window, select_text, settle, monkeypatch
) -> None:
    monkeypatch.setattr("workbench.ui.app.identity_session.IdentityDialog", _Answer)
    _Answer.name_given = "Ben"
    doc = make_document(library, "Moscow", TEXT)
    window = open_window(library)
    window.open_document(doc)
    window.identity.ask_on_first_start()
    settle(window)
    ben = load_identity()
    assert ben is not None and ben.name == "Ben"
    assert window.store.authors.acting == ben
    assert _highlight(window, select_text, settle, "sanctions") == ben


def test_the_dialog_saves_only_a_name_that_can_be_recorded(qtbot) -> None:
    dialog = IdentityDialog("", first_start=True)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not save.isEnabled() and dialog.problem.text() == ""
    dialog.edit.setText("   ")
    assert not save.isEnabled() and "empty" in dialog.problem.text()
    dialog.edit.setText("x" * 121)
    assert not save.isEnabled() and "120" in dialog.problem.text()
    dialog.edit.setText("  Ana   Ruiz ")
    assert save.isEnabled() and dialog.name() == "Ana Ruiz"
    assert any(b.text() == "Skip" for b in dialog.buttons.buttons())


def _session_window(qtbot, library, name: str):
    from workbench.operations.identity import author_for_name
    from workbench.ui.app.main_window import MainWindow
    from workbench.ui.theme.manager import ThemeManager

    theme = ThemeManager()
    theme.set_preference("light")
    window = MainWindow(library, theme, app_settings(), analyze=False,
                        session_author=author_for_name(name, library.authors.names()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("from_env", [False, True])
def test_author_option_reaches_the_desktop_app(from_env: bool, tmp_path, monkeypatch) -> None:
    from workbench.cli import main

    asked: list[tuple[str | None, str | None]] = []
    monkeypatch.setattr("workbench.ui.app.startup.run_app",
                        lambda db, author=None: asked.append((db, author)) or 0)
    db = str(tmp_path / "x.sqlite")
    if from_env:
        monkeypatch.setenv("WORKBENCH_AUTHOR", "Ben")
        assert main(["--db", db, "gui"]) == 0
    else:
        assert main(["--db", db, "--author", "Ben", "gui"]) == 0
    assert asked == [(db, "Ben")]


def test_a_session_author_signs_the_window_without_replacing_the_saved_identity(
    qtbot, library, make_document, select_text, settle, monkeypatch
) -> None:
    ana = save_identity("Ana")
    monkeypatch.setattr("workbench.ui.app.identity_session.IdentityDialog", _Answer)
    _Answer.opened = _Answer.deleted = 0
    _Answer.name_given = None
    doc = make_document(library, "Moscow", TEXT)
    window = _session_window(qtbot, library, "Ben")
    window.open_document(doc)
    window.identity.ask_on_first_start()  # a name was given: nothing to ask
    assert _Answer.opened == 0
    assert window.identity.button.text() == "Signed as Ben (this session)"
    ben = _highlight(window, select_text, settle, "sanctions")
    assert ben is not None and ben.name == "Ben" and ben.id != ana.id
    assert load_identity() == ana  # the saved identity is untouched
    window.actions["analyst_name"].trigger()  # cancelled: still Ben, still not saved
    assert window.identity.button.text() == "Signed as Ben (this session)"
    _Answer.name_given = "Ben"  # confirmed in Tools → Your Name…: now saved
    window.actions["analyst_name"].trigger()
    settle(window)
    assert load_identity() == Author(ana.id, "Ben")
    assert window.identity.button.text() == "Signed as Ben"


def test_a_session_author_of_the_saved_name_signs_with_the_saved_id(
    qtbot, library, make_document, select_text, settle
) -> None:
    ana = save_identity("Ana")
    doc = make_document(library, "Moscow", TEXT)
    window = _session_window(qtbot, library, " ana ")
    window.open_document(doc)
    assert _highlight(window, select_text, settle, "sanctions") == ana


def test_a_session_name_two_authors_share_is_refused_before_the_window_opens(
    tmp_path, monkeypatch
) -> None:
    from workbench.store import LibraryLock, Store
    from workbench.ui.app import startup

    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="t", text="Officials spoke."), analyze=False)
        # two spans: a second highlight of one span is the first (nothing written, no author)
        for author, end in ((Author("a" * 32, "Ana"), 9), (Author("c" * 32, "ANA"), 15)):
            store.authors.act_as(author)
            store.annotations.add_annotation(1, 0, end)
    shown: list[str] = []
    monkeypatch.setattr(startup, "show_error", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(startup, "MainWindow", None)  # never reached
    assert startup.run_app(str(path), "ana") == 1
    assert len(shown) == 1 and "a" * 32 in shown[0] and "c" * 32 in shown[0]
    LibraryLock(path).acquire().release()  # the lock was let go


def test_the_window_signs_as_the_session_name_the_library_knows(tmp_path, monkeypatch) -> None:
    from workbench.store import Store
    from workbench.ui.app import startup

    path = tmp_path / "library.sqlite"
    ben = Author("b" * 32, "Ben")
    with Store(path) as store:
        store.documents.add_article(Article(title="t", text="Officials spoke."), analyze=False)
        store.authors.act_as(ben)
        store.annotations.add_annotation(1, 0, 9)
    signed: list[Author | None] = []

    class Opened(Exception):
        pass

    def window(store, *_args, library_lock, session_author, **_kwargs):
        signed.append(session_author)
        store.close()
        library_lock.release()
        raise Opened

    monkeypatch.setattr(startup, "MainWindow", window)
    with pytest.raises(Opened):
        startup.run_app(str(path), " ben ")
    assert signed == [ben]  # the library's id for the name, not a new one
