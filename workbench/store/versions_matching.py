"""Which existing document an imported article is a new version of.

Why apart from ``versions``: recognising a new version is a read-only guess
made by the importer before anything is written; replacing the text (and
re-anchoring on it) is what ``store.versions`` does once the guess is made.
"""

from __future__ import annotations

from collections.abc import Collection
from urllib.parse import urlsplit

from sqlite_utils import Database

from workbench.core.models import Article
from workbench.core.text import content_hash, normalize_line, normalize_text
from workbench.store.rows import ids_param, in_ids

# A title+source match only counts as the same story when the texts share at
# least this share of their word trigrams (two live blogs with one title differ).
SAME_STORY_OVERLAP = 0.3
# One file holds many articles in these formats: its path does not identify one story.
MANY_ARTICLE_FORMATS = frozenset({"jsonl", "csv"})
# Every lookup leaves out the documents the article's own file made (one parameter).
_NOT_EXCLUDED = f"AND NOT {in_ids('id')}"


def find_previous_version(
    db: Database, article: Article, exclude: Collection[int] = ()
) -> int | None:
    """The document an imported article is a new version of, or None.

    The same URL or feed id, else the same title and source, else the same
    file re-imported; the last two only when the texts share much of their
    wording (two live blogs with one title stay apart). An article whose
    exact text is already in the library is left to the duplicate check,
    unless only its headline changed. Never a document of ``exclude``: the
    import passes those the article's own file made, rows of one file being
    so many articles.
    """
    excluded = ids_param(exclude)  # the parameter of ``_NOT_EXCLUDED``
    digest = content_hash(normalize_text(article.text))
    if db.execute("SELECT 1 FROM documents WHERE content_hash = ?", [digest]).fetchone():
        same = db.execute(
            "SELECT id FROM documents WHERE content_hash = ? AND url = ? AND title <> ?"
            f" {_NOT_EXCLUDED}",
            [digest, article.url, normalize_line(article.title), excluded],
        ).fetchone()
        return int(same[0]) if same else None
    for column, value in (("url", _story_url(article.url)), ("external_id", article.external_id)):
        if value:
            found = db.execute(
                f"SELECT id FROM documents WHERE {column} = ? {_NOT_EXCLUDED}"
                " ORDER BY id DESC LIMIT 1",
                [value, excluded],
            ).fetchone()
            if found is not None:
                return int(found[0])
    return _same_story_match(db, article, excluded)


def _story_url(url: str | None) -> str | None:
    """``url`` when it can name one story: a web address with a path or query, else None.

    Why: imported metadata often puts the site's home page, a placeholder
    ("#", "N/A") or a local path in the URL field of every row (a section page
    such as ``/news/`` still counts as an address: only the site root is
    dropped); matched as an identity, a file of 22 different articles became
    one document with 22 versions.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url if parts.path.strip("/") or parts.query else None


def _same_story_match(db: Database, article: Article, excluded: str) -> int | None:
    """The document with the article's title and source, or from its file, closest to its text,
    never one of ``excluded`` (``ids_param``).

    The closest, not the newest, above the threshold (ties: the newest): two
    similar rows both edited and re-imported would otherwise each land on the
    newer document and swap texts between them.
    """
    queries = []
    if article.title and article.source:
        title = normalize_line(article.title)
        queries.append(("title = ? AND source = ?", [title, article.source]))
    if article.origin_path and article.format not in MANY_ARTICLE_FORMATS:
        queries.append(("origin_path = ?", [article.origin_path]))
    for condition, params in queries:
        rows = db.execute(
            f"SELECT id, text FROM documents WHERE {condition} {_NOT_EXCLUDED} ORDER BY id DESC",
            [*params, excluded],
        ).fetchall()
        best_id, best_overlap = None, SAME_STORY_OVERLAP
        for doc_id, text in rows:  # newest first: a tie keeps the newer document
            overlap = _story_overlap(text, article.text)
            if overlap > best_overlap or (best_id is None and overlap == best_overlap):
                best_id, best_overlap = int(doc_id), overlap
        if best_id is not None:
            return best_id
    return None


def _story_overlap(old_text: str, new_text: str) -> float:
    """The share of word trigrams two texts have in common (0.0 when either has none).

    Versions of one article share at least ``SAME_STORY_OVERLAP`` of them.
    """

    def trigrams(text: str) -> set[tuple[str, ...]]:
        words = text.lower().split()
        return {tuple(words[i : i + 3]) for i in range(max(0, len(words) - 2))}

    old, new = trigrams(old_text), trigrams(new_text)
    if not old or not new:
        return 0.0
    return len(old & new) / min(len(old), len(new))
