"""An entity name extraction wrote is no label the analyst typed: its export imports again.

The 500-character label rule (``LABEL_MAX_CHARS``) is for what the analyst types; the
store's extraction keeps any name the model read (a run of capitalised words in a table),
and the merge lets such names through. A library's own JSON export must import again.
"""

from __future__ import annotations

from pathlib import Path

from tests.json_imports import import_workbench_export
from workbench.core.labels import LABEL_MAX_CHARS
from workbench.core.models import Analysis, Article, Mention
from workbench.export.json_export import dumps
from workbench.operations.exporting import library_export
from workbench.store import Store


def test_an_extracted_name_over_a_label_imports_again(tmp_path: Path) -> None:
    name = " ".join(["Northern Alliance Harbour Board"] * 20)
    assert len(name) > LABEL_MAX_CHARS
    text = f"{name} met on Monday."
    source = Store(None)
    doc_id = source.documents.add_article(Article(title="Board", text=text)).documents_added[0]
    source.analysis.save_analysis(
        doc_id, Analysis(mentions=(Mention(0, len(name), name, "ORG", name),)))
    path = tmp_path / "export.json"
    path.write_text(dumps(library_export(source)), encoding="utf-8")
    with Store(tmp_path / "b.sqlite") as target:
        report = import_workbench_export(target, path)
        assert report.ok, report
        assert [e["name"] for e in target.entities.list_entities()] == [name]
