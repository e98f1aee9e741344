"""Quote queries: a document's quotes, and the library's who-said-what index."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from workbench.core.labels import label_key
from workbench.store.rows import dict_rows, distinct_texts, name_or_alias_containing

#: Above this many matching speaker entities and texts together, the speaker filter scans
#: the quotes rather than looking each one up: at 10,000 documents, "Jo" (729) read in
#: 26 ms through the indexes against 97 ms scanning, "a" (25,948) in 1,137 ms against 820 ms.
MAX_SPEAKERS_LOOKED_UP = 10_000


def document_quotes(db: Database, doc_id: int,
                    starting_in: tuple[int, int] | None = None) -> list[dict[str, Any]]:
    """Quotes of one document in reading order, with the speaker's canonical name.

    ``starting_in`` keeps the quotes that start in ``[start, end)`` (one reader page).
    """
    window, params = "", [doc_id]
    if starting_in is not None:
        window, params = " AND q.start >= ? AND q.start < ?", [doc_id, *starting_in]
    cursor = db.execute(
        'SELECT q.id, q.start, q."end", q.text, e.name AS speaker, q.speaker_entity_id,'
        " q.speaker_text, q.speaker_start, q.speaker_end, q.cue, q.kind, q.confidence,"
        " q.group_id FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id"
        f" WHERE q.document_id = ?{window} ORDER BY q.start",
        params,
    )
    return dict_rows(cursor)


def list_quotes(
    db: Database,
    *,
    speaker: str | None = None,
    speaker_id: int | None = None,
    kind: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """The who-said-what index: quotes with speaker, date and source, newest first.

    A speaker entity hidden as a false positive loses its canonical name here, not
    its quotes: the words were still said, and the reader still shows them (they
    used to vanish from the index). Its quotes are found by their speaker text.
    """
    conditions, params = ["1"], []
    if speaker_id is not None:
        conditions.append("q.speaker_entity_id = ? AND e.id IS NOT NULL")
        params.append(speaker_id)
    if speaker:
        entity_ids, texts = _speaker_entity_ids(db, speaker), _speaker_texts(db, speaker)
        # Few speakers: their quotes are read through idx_quotes_speaker and
        # idx_quotes_speaker_text; many (a name of a letter or two): one pass costs less.
        scan = "+" if len(entity_ids) + len(texts) > MAX_SPEAKERS_LOOKED_UP else ""
        conditions.append(f"({scan}q.speaker_entity_id IN (SELECT value FROM json_each(?))"
                          f" OR {scan}q.speaker_text IN (SELECT value FROM json_each(?)))")
        params += [json.dumps(entity_ids), json.dumps(texts)]
    if kind:
        conditions.append("q.kind = ?")
        params.append(kind)
    return dict_rows(
        db.execute(
            'SELECT q.id, q.document_id, q.start, q."end", q.text, q.kind, q.cue,'
            " e.name AS speaker, q.speaker_entity_id, q.speaker_text, d.title, d.published,"
            " d.source FROM quotes q JOIN documents d ON d.id = q.document_id"
            " LEFT JOIN entities e ON e.id = q.speaker_entity_id AND e.hidden = 0"
            f" WHERE {' AND '.join(conditions)}"
            " ORDER BY d.published DESC, q.document_id, q.start LIMIT ?",
            [*params, -1 if limit is None else limit],
        )
    )


def _speaker_entity_ids(db: Database, speaker: str) -> list[int]:
    """The shown entities whose name or an alias holds ``speaker`` (``label_key``).

    Why before the quote query, not in it: the name's LIKE was tested on every
    quote's entity (42,000 quotes at 10,000 documents); as a list of ids the
    quotes are read through ``idx_quotes_speaker``.
    """
    condition, params = name_or_alias_containing(speaker)
    rows = db.execute(f"SELECT e.id FROM entities e WHERE e.hidden = 0 AND {condition}", params)
    return [int(row[0]) for row in rows]


def _speaker_texts(db: Database, speaker: str) -> list[str]:
    """The quotes' speaker texts holding ``speaker`` in any Unicode case (``label_key``).

    Why folded here and not keyed: only the quote index's filter reads them this way,
    and a library's distinct speaker texts are few, read from ``idx_quotes_speaker_text``
    (5,140 at 10,000 documents: 28 ms).
    """
    wanted = label_key(speaker.strip())
    return distinct_texts(db, "quotes", "speaker_text", lambda text: wanted in label_key(text))


def quotes_mentioning(db: Database, entity_id: int, limit: int = 200) -> list[dict[str, Any]]:
    """Quotes whose text mentions the entity (what others said about it)."""
    return dict_rows(
        db.execute(
            'SELECT DISTINCT q.id, q.document_id, q.start, q."end", q.text, q.kind,'
            " e.name AS speaker, q.speaker_text, d.title, d.published, d.source"
            " FROM mentions m JOIN quotes q ON q.document_id = m.document_id"
            ' AND m.field = \'text\' AND m.start >= q.start AND m."end" <= q."end"'
            " JOIN documents d ON d.id = q.document_id"
            " LEFT JOIN entities e ON e.id = q.speaker_entity_id"
            " WHERE m.entity_id = ? ORDER BY d.published DESC, q.document_id, q.start LIMIT ?",
            [entity_id, limit],
        )
    )
