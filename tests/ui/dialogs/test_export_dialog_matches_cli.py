"""The export dialog and ``workbench export`` write the same bytes for the same records."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.export.formats import FORMATS

#: The one field that may differ between two runs: when a bundle was made (``generated``,
#: docs/collaboration.md); everything else, in every format, must be byte-identical.
_TIMESTAMP = re.compile(rb'"(generated)": "[^"]*"')


def _library_with_work(library, make_document) -> None:
    text = ("Mayor Ana Ruiz said on Monday that the harbour bridge would reopen in May. "
            "\u201cWe are ready,\u201d Ruiz said. Critics called the plan rushed.")
    doc_id = make_document(library, "Harbour bridge to reopen", text,
                           mentions=(("Ana Ruiz", "PERSON", "Ana Ruiz"),),
                           quotes=(("We are ready,", "direct", "Ana Ruiz", "Ruiz"),))
    start = text.index("the harbour bridge")
    library.claims.add_claim(doc_id, start, start + len("the harbour bridge would reopen in May"))
    start = text.index("Critics")
    library.annotations.add_annotation(doc_id, start, start + 7, note_md="Who are *they*?",
                                       tags=("bridge/critics",))
    library.tags.tag_document(doc_id, "bridge")


def _files(out: Path) -> dict[str, bytes]:
    paths = sorted(out.rglob("*")) if out.is_dir() else [out]
    return {str(path.relative_to(out) if out.is_dir() else path.name):
            _TIMESTAMP.sub(rb'"\1": ""', path.read_bytes()) for path in paths if path.is_file()}


@pytest.mark.parametrize("row", FORMATS, ids=lambda row: row.name)
def test_dialog_and_command_line_write_the_same_files(
    qtbot, library, make_document, open_window, tmp_path, row
) -> None:
    _library_with_work(library, make_document)
    name = "out" if row.folder else f"out{row.suffix}"
    cli_out, dialog_out = tmp_path / "cli" / name, tmp_path / "dialog" / name
    assert main(["--db", str(library.path), "export", "--format", row.name,
                 "--out", str(cli_out)]) == 0
    window = open_window(library)
    window.actions["export"].trigger()
    dialog = window.workspace.dialogs[-1]
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(row.name))
    dialog.out_edit.setText(str(dialog_out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.status_label.text() != "",
                    timeout=20000)
    assert not dialog.status_label.text().startswith("Export failed"), dialog.status_label.text()
    cli_files, dialog_files = _files(cli_out), _files(dialog_out)
    assert cli_files.keys() == dialog_files.keys()
    for name, data in cli_files.items():
        assert dialog_files[name] == data, name
    dialog.close()
