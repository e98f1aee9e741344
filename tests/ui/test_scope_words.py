"""One pair of words for scope: "Whole library" and "This document", wherever one is chosen.

Why: the Claims filter said "All documents" / "This document" and Export "Whole library" /
"Current document"; two pairs read as two different choices.
"""

from __future__ import annotations

import ast
from pathlib import Path

import workbench.ui
from workbench.core.records import DocumentGrade
from workbench.ui.dialogs.grade import reliability_choices
from workbench.ui.widgets.wording import THIS_DOCUMENT, WHOLE_LIBRARY

UI = Path(workbench.ui.__file__).parent
OTHER_SCOPE_WORDS = ("All documents", "Current document", "Entire library")


def test_the_claims_filter_and_export_offer_the_same_two_scopes(
        qtbot, library, make_document, open_window) -> None:
    doc = make_document(library, "Seoul reacts", "Seoul said on Monday it would respond.")
    window = open_window(library)
    window.open_document(doc)
    workspace = window.workspace
    combo = workspace.claims_view.document_combo
    claims_scopes = [combo.itemText(i) for i in range(combo.count())]
    export = workspace.open_export()
    export_scopes = [export.scope_buttons[key].text() for key in ("library", "document")]
    assert claims_scopes == export_scopes == [WHOLE_LIBRARY, THIS_DOCUMENT]
    export.close()


def test_grading_names_the_document_as_the_filters_do() -> None:
    lines = [text for text, _ in reliability_choices(DocumentGrade(
        document_id=1, source="Reuters"))]
    assert lines[0].startswith(f"{THIS_DOCUMENT}: A")


def _shown_strings(source: str) -> list[str]:
    """Every string literal of a module but its docstrings (which may name the old words)."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                       ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


def _old_scope_words(text: str) -> list[str]:
    return [words for words in OTHER_SCOPE_WORDS if words.lower() in text.lower()]


def test_no_ui_module_says_scope_another_way() -> None:
    """Anywhere in a string, any case: "Export the current document" slipped past a prefix check."""
    offenders = [(str(path.relative_to(UI)), words) for path in UI.rglob("*.py")
                 for text in _shown_strings(path.read_text(encoding="utf-8"))
                 for words in _old_scope_words(text)]
    assert offenders == []


def test_the_scope_check_finds_the_old_words_inside_a_sentence_and_f_string() -> None:
    source = 'X = f"Export the current document ({n})"\nY = "Search all documents"\n'
    found = [words for text in _shown_strings(source) for words in _old_scope_words(text)]
    assert sorted(found) == ["All documents", "Current document"]
