"""The columns a statement renames with AS (or coalesce … AS), read once per statement so a
guarded column's bad value is read as missing under its new name too (attack run 13)."""

from __future__ import annotations

from workbench.store.files.read_aliases import renamed_columns


def test_an_alias_of_another_tables_column_is_left_as_it_is() -> None:
    """``a.status AS anchor_status`` is the annotation's status: a bad ``documents.status``
    (a NULL) does not make a NULL anchor status read as missing text."""
    sql = ("SELECT a.status AS anchor_status, d.title AS document_title, title AS t,"
           " coalesce(c.statement, a.exact) AS said, e.name AS speaker FROM annotations a"
           " JOIN documents AS d ON d.id = a.document_id LEFT JOIN claims c"
           " ON c.annotation_id = a.id LEFT JOIN entities e ON e.id = c.claimant_entity_id")
    bad = {"documents": {"status", "title"}, "annotations": {"exact"}}
    assert renamed_columns(sql, bad) == {"document_title": "title", "t": "title",
                                         "said": "exact"}
