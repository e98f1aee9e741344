"""The window's actions (menus, toolbar, shortcuts) declared once as a table.

Why a table: the Help → Keyboard Shortcuts list, the menus and the toolbar
all read the same declarations, so a shortcut can never be documented wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from workbench.ui.reader.page_bar import page_keys_text
from workbench.ui.tasks.undo_wording import undo_wording
from workbench.ui.theme.icons import ICONS
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.wording import menu_literal, without_mnemonic

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """One user command: menu text, shortcut and status tip (its icon is in ``ICONS``)."""

    key: str
    text: str
    shortcut: str | StandardKey | None = None
    tip: str = ""

    @property
    def icon(self) -> str | None:
        """Its glyph, from the one icon table (the reader's menu offers the same commands)."""
        return ICONS.get(self.key)


ACTIONS = (
    ActionSpec("new_library", "&New Library…", StandardKey.New,
               "Create an empty library file and open it"),
    ActionSpec("open_library", "&Open Library…", StandardKey.Open,
               "Open another library file"),
    ActionSpec("import_files", "&Import Files…", "Ctrl+I",
               "Import articles: text, Markdown, HTML, PDF, DOCX, JSON Lines, CSV"),
    ActionSpec("import_folder", "Import &Folder…", "Ctrl+Shift+I",
               "Import every article in a folder and its subfolders"),
    ActionSpec("import_samples", "Import S&ample Articles", None,
               "The news articles shipped with the app: a library to try it on"),
    ActionSpec("merge_library", "&Merge Library…", "Ctrl+Alt+M",
               "Bring another analyst's library or JSON export (or bundle) into this one"),
    ActionSpec("cancel_work", "&Cancel Background Work", "Ctrl+.",
               "Stop the running import or analysis"),
    ActionSpec("export", "E&xport…", "Ctrl+E",
               "Export notes (Markdown), JSON, W3C Web Annotation or CSV"),
    ActionSpec("quit", "&Quit", StandardKey.Quit, "Close the window"),
    ActionSpec("undo", "&Undo", "Ctrl+Z", "Undo the latest analyst action"),
    ActionSpec("redo", "&Redo", "Ctrl+Shift+Z", "Redo the latest undone action"),
    ActionSpec("tag_document", "Document &Tags…", "Ctrl+T",
               "Tag the document being read"),
    ActionSpec("highlight", "&Highlight Selection", "Ctrl+Shift+H",
               "Highlight the selected text (last colour used)"),
    ActionSpec("add_note", "Add &Note…", "Ctrl+Shift+N",
               "Write a Markdown note on the selected text"),
    ActionSpec("mark_claim", "Mark as &Claim", "Ctrl+Shift+C",
               "Mark the selected statement as a claim"),
    ActionSpec("link_claim", "&Link Claim to…", "Ctrl+L",
               "Link the claim open in the Claims tab to a claim in another document"),
    ActionSpec("claim_suggestions", "Claim S&uggestions", "Ctrl+Shift+S",
               "Where else the claim open in the Claims tab is reported"),
    ActionSpec("claim_note", "Add Note to Cla&im…", "Ctrl+Shift+O",
               "Write a Markdown note on the claim open in the Claims tab"),
    ActionSpec("grade_reliability", "&Grade Reliability…", "Ctrl+Alt+G",
               "Grade the document's or its source's reliability (A-F)"),
    ActionSpec("compare_documents", "Co&mpare Documents…", "Ctrl+Alt+C",
               "Set the shown document beside another: shared entities, matching sentences"),
    ActionSpec("tag_selection", "Tag &Selection…", "Ctrl+Shift+T",
               "Tag the selected passage"),
    ActionSpec("create_entity", "Create &Entity from Selection…", "Ctrl+Alt+E",
               "Mark the selected words as an entity"),
    ActionSpec("claims_view", "&Claims", "Ctrl+Shift+L",
               "Every claim in the library, filtered by status, claimant, tag, document"),
    ActionSpec("entities_view", "&Entities", "Ctrl+Shift+E",
               "Every entity in the library, with its entity page"),
    ActionSpec("claim_map", "Claim &Map", "Ctrl+Shift+M",
               "Claims and their links across documents"),
    ActionSpec("timeline", "&Timeline", "Ctrl+Shift+Y",
               "Claims, quotes, highlights and dated sentences on a time axis"),
    ActionSpec("ach_view", "&ACH Matrices", "Ctrl+Shift+A",
               "Analyses of Competing Hypotheses: rate evidence against hypotheses (keys 1-5)"),
    ActionSpec("duplicates", "&Duplicate Entities", "Ctrl+Shift+D",
               "Entities that are probably the same: merge or dismiss"),
    ActionSpec("tag_manager", "&Tag Manager…", "Ctrl+Alt+T",
               "Rename, merge, recolour and delete tags"),
    ActionSpec("batch_search", "&Batch Claim Search…", "Ctrl+Shift+B",
               "Find where statements (one per line) were reported"),
    ActionSpec("merge_conflicts", "&Merge Conflicts…", None,
               "Conflicts left open by earlier merges: keep mine, theirs or both"),
    ActionSpec("analyse_outdated", "Analyse &Outdated Documents…", None,
               "Analyse again the documents an older version of the app analysed (or none did),"
               " keeping your curation"),
    ActionSpec("cluster_settings", "Extraction &Cluster…", None,
               "Analyse new documents on a Dask cluster (its scheduler's address)"),
    ActionSpec("search_library", "&Search Library", "Ctrl+K",
               "Jump to the library search box"),
    ActionSpec("clear_filters", "C&lear Search and Filters", "Ctrl+Shift+K",
               "Show every document again"),
    ActionSpec("find", "&Find in Document…", StandardKey.Find,
               "Find text in the document being read"),
    ActionSpec("find_next", "Find &Next", StandardKey.FindNext, "Next match"),
    ActionSpec("find_previous", "Find Pre&vious", StandardKey.FindPrevious,
               "Previous match"),
    ActionSpec("zoom_in", "Zoom &In", StandardKey.ZoomIn,
               "Larger text in the reader"),
    ActionSpec("zoom_out", "Zoom &Out", StandardKey.ZoomOut,
               "Smaller text in the reader"),
    ActionSpec("zoom_reset", "Actual &Size", "Ctrl+0", "Default text size"),
    ActionSpec("next_document", "Next &Document", "Alt+Down",
               "Read the next document in the library list"),
    ActionSpec("previous_document", "&Previous Document", "Alt+Up",
               "Read the previous document in the library list"),
    ActionSpec("focus_library", "Focus &Library", "Ctrl+1", "Move the keyboard to the list"),
    ActionSpec("focus_reader", "Focus &Reader", "Ctrl+2", "Move the keyboard to the text"),
    ActionSpec("focus_inspector", "Focus I&nspector", "Ctrl+3",
               "Move the keyboard to the inspector"),
    ActionSpec("toggle_library", "Fold or Unfold Li&brary", "Ctrl+Alt+1",
               "Fold the library list away for more reading room, or bring it back"),
    ActionSpec("toggle_inspector", "Fold or Unfold Ins&pector", "Ctrl+Alt+3",
               "Fold the inspector away for more reading room, or bring it back"),
    ActionSpec("library_columns", "Library: All Col&umns", None,
               "Show source, words, entities, marks and tags beside title and date"),
    ActionSpec("theme_system", "&System", None, "Follow the system's light or dark mode"),
    ActionSpec("theme_light", "&Light", None, "Light theme"),
    ActionSpec("theme_dark", "&Dark", None, "Dark theme"),
    ActionSpec("analyst_name", "Your &Name…", None,
               "The name your highlights, notes, claims and ratings are signed with"),
    ActionSpec("shortcuts", "&Keyboard Shortcuts", "Ctrl+/",
               "Every keyboard shortcut"),
    ActionSpec("about", "&About Analyst Workbench", None,
               "Version, licences and sample-article attributions"),
)
TOOLBAR = ("import_files", "import_folder", None, "search_library", "clear_filters", None,
           "previous_document", "next_document", None, "undo", "redo", None, "highlight",
           "add_note", "mark_claim", "tag_document", None, "claims_view", "entities_view",
           "claim_map", None, "find", "zoom_out", "zoom_in")
WORDY_TOOLBAR_BUTTONS = ("import_files", "import_folder")  # a word beside the icon
MENUS = {
    "&File": ("new_library", "open_library", "@recent", None, "import_files", "import_folder",
              "import_samples", "merge_library", "cancel_work", None, "export", None, "quit"),
    "&Edit": ("undo", "redo", None, "search_library", "clear_filters", None, "find", "find_next",
              "find_previous"),
    "&Document": ("tag_document", "grade_reliability", "compare_documents", None, "highlight",
                  "add_note", "mark_claim", "tag_selection", "create_entity", None,
                  "link_claim", "claim_suggestions", "claim_note"),
    "&View": ("claims_view", "entities_view", "claim_map", "timeline", "ach_view", "duplicates",
              None,
              "zoom_in", "zoom_out", "zoom_reset", None, "toggle_library", "toggle_inspector",
              "library_columns", None, "@theme", None, "focus_library", "focus_reader",
              "focus_inspector"),
    "&Go": ("next_document", "previous_document"),
    "&Tools": ("tag_manager", "batch_search", None, "merge_conflicts", None, "analyse_outdated",
               "cluster_settings",
               "analyst_name"),
    "&Help": ("shortcuts", None, "about"),
}


ACTION_SPECS = {spec.key: spec for spec in ACTIONS}
# Keys that also work, unlisted: Ctrl++ needs Shift on most keyboards, so the
# same key unshifted (Ctrl+=) zooms in as in browsers and editors.
SECOND_SHORTCUTS = {"zoom_in": ("Ctrl+=",)}
# A standard key some platforms leave unbound (Windows has no Quit key): Quit had no
# shortcut there and none in Help → Keyboard Shortcuts. Ctrl reads as Cmd on macOS.
PORTABLE_KEYS = {StandardKey.Quit: "Ctrl+Q"}


def plain_text(key: str) -> str:
    """An action's menu words without the mnemonic "&" ("Import Files…").

    One place for the toolbar, the shortcut list and the empty states, which
    each stripped the "&" themselves.
    """
    return without_mnemonic(ACTION_SPECS[key].text)


def toolbar_text(key: str) -> str:
    """A command's short words: its menu item's, without "&" and "…" ("Import Files").

    Why derived: the toolbar said "Import" and "Import folder" beside the menu's
    "Import Files…" and "Import Folder…", two names for one command.
    Why "Link Claim to…" keeps its "…": Help → Keyboard Shortcuts read "Link
    Claim to", a sentence cut off; words ending on a small word go on to ask.
    """
    return short_words(plain_text(key))


def short_words(words: str) -> str:
    """A command's words without their trailing "…", unless they end on a small word.

    The one rule for the toolbar, the shortcut list and every tooltip: a tooltip
    read "Link Claim to (Ctrl+L)" while the toolbar and Help said "Link Claim to…".
    """
    short = words.removesuffix("…")
    return words if short.rsplit(" ", 1)[-1].islower() else short


GESTURES_GROUP = "In the Reader and Views"  # keys and clicks that work inside one view
READER_GESTURES = (
    ("Next / previous match in the find bar", "Enter / Shift+Enter"),
    ("Close the find bar", "Esc"),
    ("Back to the reader from a dock or the inspector (a typed filter is cleared first)",
     "Esc"),
    ("Previous / next page of a long document", page_keys_text()),
    ("Select text in the reader (after Focus Reader)", "Shift+arrows / Ctrl+Shift+arrows"),
    ("Step through an entity's mentions", "Click it in the inspector"),
    ("Highlight, note, claim, tag or curate an entity", "Right-click in the reader"),
    ("Make a quote a claim", "Click ⚖ in the Quotes tab"),
    ("Open an entity page", "Double-click it (inspector or Entities)"),
    ("Open a claim, match or link at its place", "Double-click it"),
    ("Zoom, move or fit the timeline", "+ / − / ← → / Home on the timeline"),
    ("Rate the current ACH cell, or clear it", "1-5 / 0 in the matrix"),
)


class WindowActions:
    """Creates every QAction for a window and places them in menus and the toolbar."""

    def __init__(self, window: QMainWindow, theme: ThemeManager) -> None:
        self.window = window
        self.theme = theme
        self.specs = ACTION_SPECS
        self.actions: dict[str, QAction] = {spec.key: self._create(spec) for spec in ACTIONS}
        self.theme_group = QActionGroup(window)
        for key in ("theme_system", "theme_light", "theme_dark"):
            self.actions[key].setCheckable(True)
            self.theme_group.addAction(self.actions[key])
        self.actions["library_columns"].setCheckable(True)
        self.recent_menu = QMenu("Open &Recent", window)
        self.toolbar = QToolBar("Main toolbar", window)
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setMovable(False)

    def __getitem__(self, key: str) -> QAction:
        return self.actions[key]

    def _create(self, spec: ActionSpec) -> QAction:
        action = QAction(spec.text, self.window)
        if spec.shortcut is not None:
            extra = [QKeySequence(keys) for keys in SECOND_SHORTCUTS.get(spec.key, ())]
            primary = QKeySequence(spec.shortcut)
            if primary.isEmpty() and spec.shortcut in PORTABLE_KEYS:
                primary = QKeySequence(PORTABLE_KEYS[spec.shortcut])
            action.setShortcuts([primary, *extra])
        action.setStatusTip(spec.tip)
        action.setToolTip(_tooltip(spec.text, action.shortcut()))
        self.window.addAction(action)
        return action

    def build(self) -> None:
        """Fill the menu bar and toolbar."""
        bar = self.window.menuBar()
        for title, keys in MENUS.items():
            menu = bar.addMenu(title)
            for key in keys:
                self._add_to_menu(menu, key)
        for key in TOOLBAR:
            if key is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.actions[key])
        self.window.addToolBar(self.toolbar)
        for key in WORDY_TOOLBAR_BUTTONS:
            self.actions[key].setIconText(toolbar_text(key))
            button = self.toolbar.widgetForAction(self.actions[key])
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.apply_icons()

    def _add_to_menu(self, menu: QMenu, key: str | None) -> None:
        if key is None:
            menu.addSeparator()
        elif key == "@recent":
            menu.addMenu(self.recent_menu)
        elif key == "@theme":
            theme_menu = menu.addMenu("T&heme")
            for action in self.theme_group.actions():
                theme_menu.addAction(action)
        else:
            menu.addAction(self.actions[key])

    def apply_icons(self) -> None:
        """(Re)draw icons in the current theme's text colour.

        Pixmaps, not qtawesome icons: Undo and Redo are enabled and disabled by
        every analyst action, and the toolbar then redrew both glyphs in Python.
        """
        for key, spec in self.specs.items():
            if spec.icon:
                self.actions[key].setIcon(self.theme.pixmap_icon(spec.icon,
                                                                 sizes=TOOLBAR_ICON_SIZES))

    def shortcut_groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The shortcuts under their menus, in the menu bar's order, then the gestures.

        An action in no menu (none today) would be listed among the gestures
        rather than left out.
        """
        menu_of = {key: without_mnemonic(menu) for menu, keys in MENUS.items()
                   for key in keys if key}
        groups: dict[str, list[tuple[str, str]]] = {without_mnemonic(m): [] for m in MENUS}
        gestures: list[tuple[str, str]] = []
        for spec in ACTIONS:
            sequence = self.actions[spec.key].shortcut()
            if not sequence.isEmpty():
                row = (toolbar_text(spec.key),
                       sequence.toString(QKeySequence.SequenceFormat.NativeText))
                (groups[menu_of[spec.key]] if spec.key in menu_of else gestures).append(row)
        listed = [(name, rows) for name, rows in groups.items() if rows]
        return [*listed, (GESTURES_GROUP, gestures + list(READER_GESTURES))]

    def show_undo_labels(self, undo: str | None, redo: str | None) -> None:
        """Edit → Undo/Redo name the action they would apply, and are off when there is none."""
        for key, label in (("undo", undo), ("redo", redo)):
            action = self.actions[key]
            base = self.specs[key].text
            label = undo_wording(label) if label else label  # names tags, entities: "&" literal
            action.setText(f"{base} {menu_literal(label)}" if label else base)
            # Qt's own icon text drops every "…", the one cutting the quoted label too
            # ("Undo Mark Claim “Queen Elizabeth II suspended”", a misquote a screen reader read).
            action.setIconText(f"{without_mnemonic(base)} {menu_literal(label)}" if label
                               else without_mnemonic(base))
            action.setEnabled(label is not None)
            tip = _tooltip(base, action.shortcut(), label)
            action.setToolTip(plain_tooltip(tip) if label else tip)

    def set_available(self, key: str, why_not: str | None) -> None:
        """On with its usual tooltip, or off with what to do first on a second line.

        One ``QAction`` is the menu item, the toolbar button and the shortcut,
        so all three follow.
        """
        action = self.actions[key]
        action.setEnabled(why_not is None)
        tip = _tooltip(self.specs[key].text, action.shortcut())
        action.setToolTip(tip if why_not is None else f"{tip}\n{why_not}")

    def show_imports_available(self, library_is_file: bool) -> None:
        """The Import commands are on whenever the library is a file they can write to.

        Why not "whenever a writer thread runs": ``workbench screenshot`` and the
        screenshot tour render a window without one (they only read), and every
        picture showed Import Files and Import Folder greyed out, which a new
        analyst read as broken. A library in memory has nowhere to import to, so
        there all three are off, saying why (Import Sample Articles stayed on).
        """
        why_not = None if library_is_file else NO_LIBRARY_FILE
        for key in IMPORT_ACTIONS:
            self.set_available(key, why_not)


IMPORT_ACTIONS = ("import_files", "import_folder", "import_samples")
NO_LIBRARY_FILE = "Open or create a library file first: this library lives only in memory"
TOOLBAR_ICON_SIZES = (16, 24, 32, 48)  # menus, the toolbar, and both on a 2x screen


def _tooltip(text: str, shortcut: QKeySequence, detail: str | None = None) -> str:
    """``text`` without its mnemonic, then ``detail`` (analyst text, kept as is), then the keys."""
    label = short_words(without_mnemonic(text)) + (f" {detail}" if detail else "")
    if shortcut.isEmpty():
        return label
    return f"{label} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
