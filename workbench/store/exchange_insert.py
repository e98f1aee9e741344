"""One exported record inserted as a library row: its id kept when free, its authorship kept.

Why one function for the document writer and the ACH writer: both import
records from the same untrusted export and must treat ids and signatures
the same way (two copies had already been written).
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workbench.store.exchange_authorship import signed
from workbench.store.exchange_rows import Record, is_export_id
from workbench.store.rows import id_floor, insert_row


def insert_exported(
    db: Database, table: str, row: Record, wanted_id: Any = None, record: Record | None = None
) -> int:
    """Insert one row given as column → value, keeping ``wanted_id`` if free; return its id.

    Why keep ids: claim, quote and document ids are what analysts type and
    cite; importing into an empty library then changes none of them.
    ``record`` is the exported record, whose origin and authors the row keeps.
    ``table`` is one of the store's own table names, never text from the export.
    """
    row = signed(db, table, row, record)
    taken = f"SELECT 1 FROM {table} WHERE id = ?"  # noqa: S608 - fixed names
    free = is_export_id(wanted_id) and wanted_id > id_floor(db, table)  # none the history holds
    if free and not db.execute(taken, [wanted_id]).fetchone():
        row = {"id": wanted_id, **row}
    return insert_row(db, table, row)
