"""Which existing document an imported article is a new version of.

Why apart from ``versions``: recognising a new version is a read-only guess
made by the importer before anything is written; replacing the text (and
re-anchoring on it) is what ``store.versions`` does once the guess is made.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from urllib.parse import urlsplit

from sqlite_utils import Database

from workbench.core.models import Article
from workbench.core.text import content_hash, normalize_line, normalize_text

# A title+source match only counts as the same story when the texts share at
# least this share of their word trigrams (two live blogs with one title differ).
SAME_STORY_OVERLAP = 0.3
# One file holds many articles in these formats: its path does not identify one story.
MANY_ARTICLE_FORMATS = frozenset({"jsonl", "csv"})


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
    excluded = exclude  # asked per row found, never copied: it grows with the file
    digest = content_hash(normalize_text(article.text))
    if db.execute("SELECT 1 FROM documents WHERE content_hash = ?", [digest]).fetchone():
        return _first_kept(db.execute(
            "SELECT id FROM documents WHERE content_hash = ? AND url = ? AND title <> ?",
            [digest, article.url, normalize_line(article.title)]), excluded)
    for column, value in (("url", _story_url(article.url)), ("external_id", article.external_id)):
        if value:
            found = _first_kept(db.execute(
                f"SELECT id FROM documents WHERE {column} = ? ORDER BY id DESC", [value]),
                excluded)
            if found is not None:
                return found
    return _same_story_match(db, article, excluded)


def _first_kept(rows: Iterable[tuple[int, ...]], excluded: Collection[int]) -> int | None:
    """The first row's id that is not one of ``excluded``, reading no further than it.

    Why in Python, not in the statement: the ids of the article's own file grow with
    the file (a 1,000-row JSONL), and passing them all to every lookup of every row
    made an import's parent process grow with the square of the file.
    """
    for row in rows:
        if int(row[0]) not in excluded:
            return int(row[0])
    return None


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


def _same_story_match(db: Database, article: Article,
                      excluded: Collection[int]) -> int | None:
    """The document with the article's title and source, or from its file, closest to its text,
    never one of ``excluded``.

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
        ids = [int(doc_id) for (doc_id,) in db.execute(
            f"SELECT id FROM documents WHERE {condition} ORDER BY id DESC", params)
            if int(doc_id) not in excluded]
        best_id, best_overlap = None, SAME_STORY_OVERLAP
        for doc_id in ids:  # newest first: a tie keeps the newer document
            text = db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
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
