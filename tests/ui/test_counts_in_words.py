"""Counts read as English at one: "1 document", "1 entity", "1 word" — not "1 documents"."""

from __future__ import annotations

import re
from pathlib import Path

import workbench.ui
from workbench.core.text import plural

UI = Path(workbench.ui.__file__).parent


def test_plural_says_one_in_the_singular_and_groups_thousands() -> None:
    assert plural(1, "document") == "1 document"
    assert plural(0, "document") == "0 documents"
    assert plural(1204, "entity", "entities") == "1,204 entities"


def test_a_library_of_one_document_says_so_everywhere(qtbot, library, make_document,
                                                      open_window) -> None:
    doc = make_document(library, "Alone", "Alone.", mentions=(("Alone", "ORG", "Alone"),))
    window = open_window(library)
    window.open_document(doc)
    assert window.count_label.text() == "1 document"
    assert "1 word" in window.reader.view.toPlainText()
    assert "1 words" not in window.reader.view.toPlainText()
    view = window.workspace.entities_view
    view.reload()
    view.apply_filter()
    assert view.count_label.text() == "1 entity"


#: A count's noun chosen by hand beside the shared ``plural``: ``{'s' if n != 1 else ''}``,
#: ``'s' * (n != 1)``, ``"entry" if n == 1 else "entries"``.
HAND_MADE_PLURAL = re.compile(r"""\{['"]s['"] (?:if|\*)|['"]s['"] \* \(|"""
                              r"""['"][a-z ]+['"] if [\w().]+ == 1 else ['"][a-z ]+s['"]""")


def test_no_ui_module_makes_its_own_plural() -> None:
    """Every count in the app goes through ``core.text.plural``: nine hand-made copies had
    grown (merge report, overlap question, legend, timeline, claims, batch search …), and
    one of them would forget the thousands or the irregular noun the shared one knows."""
    found = [f"{path.relative_to(UI)}:{number}: {line.strip()}"
             for path in sorted(UI.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if HAND_MADE_PLURAL.search(line)]
    assert found == []


def test_the_hand_made_plural_scan_sees_each_shape() -> None:
    assert HAND_MADE_PLURAL.search("""f"{n} item{'s' if n != 1 else ''}" """)
    assert HAND_MADE_PLURAL.search("""f"{n} item{'s' * (n != 1)}" """)
    assert HAND_MADE_PLURAL.search('''noun = "entry" if left_out == 1 else "entries"''')
    assert not HAND_MADE_PLURAL.search('''were = "was" if count == 1 else "were"''')
