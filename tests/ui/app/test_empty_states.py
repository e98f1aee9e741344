"""With no document open the reader says what to do: import, clear the search, or pick one."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from workbench.ui.app.empty_states import CHOOSE_DOCUMENT, command_name, reader_message
from workbench.ui.app.window_actions import ACTIONS, MENUS, WORDY_TOOLBAR_BUTTONS, plain_text


def _reader_text(window) -> str:
    """The reader's words, its no-break spaces read as spaces."""
    return window.reader.view.document().toPlainText().replace("\u00a0", " ")


def test_a_menu_stays_on_the_line_of_its_item() -> None:
    """"File →" ended one line of the first screen and "Import Folder…" began the next."""
    message = reader_message(0, 0)
    assert "File\u00a0→\u00a0Import\u00a0Folder…" in message
    assert " → " not in message


def test_a_command_name_never_breaks_between_its_words_in_a_1024_window(
        qtbot, library, open_window) -> None:
    """At 1024 px one line ended "File → Import" and the next began "Folder… (Ctrl+Shift+I)"."""
    window = open_window(library)
    window.resize(1024, 640)
    qtbot.wait(50)
    document = window.reader.view.document()
    names = [plain_text(key) for key in ("import_files", "import_folder", "import_samples")]
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            ends = text[:line.textStart() + line.textLength()].replace("\u00a0", " ").rstrip()
            for name in names:
                for cut in range(1, len(name)):
                    if name[cut - 1] == " " or name[cut] == " ":
                        assert not ends.endswith(name[:cut].rstrip()) or ends.endswith(name), \
                            (name, ends[-30:])
        block = block.next()


def test_an_empty_library_says_how_to_bring_documents_in(qtbot, library, open_window) -> None:
    window = open_window(library)
    text = _reader_text(window)
    assert text.startswith("No documents yet")
    assert "File → Import Files… (Ctrl+I)" in text and "Import Folder…" in text


def test_a_search_without_hits_says_how_to_list_every_document_again(
        qtbot, library, make_document, open_window) -> None:
    make_document(library, "Harvest festival", "Farmers celebrated a record harvest.")
    window = open_window(library)
    window.reader.show_document(None)  # the open document stays open while searching
    assert _reader_text(window) == CHOOSE_DOCUMENT
    window.library.filter_bar.search_box.setText("zebra")
    window.library.filter_bar.apply()
    qtbot.waitUntil(lambda: _reader_text(window).startswith("No document matches"))
    assert command_name("clear_filters") in _reader_text(window)


def test_the_empty_states_name_commands_as_the_menus_do() -> None:
    texts = {spec.key: spec.text.replace("&", "") for spec in ACTIONS}
    said = {total: reader_message(total, 0).replace("\u00a0", " ") for total in (0, 5)}
    assert texts["import_files"] in said[0]
    assert texts["clear_filters"] in said[5]
    assert reader_message(5, 5) == CHOOSE_DOCUMENT


def test_the_toolbar_and_the_empty_states_say_what_the_menus_say(
        qtbot, library, open_window) -> None:
    window = open_window(library)
    menu_words = {action.text().replace("&", "") for menu in window.menuBar().findChildren(QMenu)
                  for action in menu.actions()}
    for key in WORDY_TOOLBAR_BUTTONS:
        button = window.actions.toolbar.widgetForAction(window.actions[key])
        assert button.text() + "…" in menu_words, button.text()
    in_menus = {key for keys in MENUS.values() for key in keys if key and not key.startswith("@")}
    for key in in_menus:
        assert command_name(key).split(" → ", 1)[1].startswith(plain_text(key))


def test_an_empty_library_offers_the_sample_articles(qtbot, library, open_window,
                                                     monkeypatch) -> None:
    """A new library said how to import files, but the shipped samples came only with the
    default library's first start: File → Import Sample Articles brings them any time."""
    from workbench.paths import seeds_dir

    window = open_window(library)
    assert "File → Import Sample Articles" in reader_message(0, 0).replace("\u00a0", " ")
    asked: list[list] = []
    monkeypatch.setattr(window, "import_paths",
                        lambda paths, description="": asked.append([*paths, description]))
    window.actions["import_samples"].trigger()
    assert asked == [[seeds_dir(), "sample articles"]]


def test_an_import_under_way_is_said_not_asked_for() -> None:
    """First start: the reader asked for File → Import Sample Articles while it ran."""
    running = reader_message(0, 0, "sample articles")
    assert running.startswith("Importing sample articles…")
    assert "Import Sample Articles" not in running
    assert reader_message(12, 12, "sample articles").startswith(
        "Importing sample articles… 12 documents so far")


def test_the_sample_import_is_named_for_what_it_brings_not_its_folder(
        qtbot, library, open_window) -> None:
    """The strip read "Importing seeds 24 / 36" beside "No documents yet" and "0 documents"."""
    window = open_window(library)
    started: list[str] = []
    window.imports.import_started.connect(started.append)
    window.import_samples()
    assert started == ["sample articles"]
    assert _reader_text(window).startswith("Importing sample articles…")
    assert window.library.empty_hint.text() == "Importing sample articles…"
    assert window.count_label.text() == ""
    qtbot.waitUntil(lambda: window.imports.current is None, timeout=60000)
    assert window.library.importing == ""
    assert window.count_label.text().endswith("documents")
