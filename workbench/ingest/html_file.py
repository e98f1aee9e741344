"""Read saved web pages: main text and metadata via trafilatura, with a safe lxml fallback.

Nothing here touches the network or the file system beyond the page itself: trafilatura
and lxml only parse the string we hand them (no URL fetching, no external entities,
no images or stylesheets); scripts, styles and other non-text elements never become text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from workbench.core.text import normalize_line
from workbench.ingest.articles import (
    ArticleRead,
    build_article,
    drop_repeated_title,
    normalize_published,
)
from workbench.ingest.decoding import MEGABYTE, decode_markup, read_limited_bytes
from workbench.ingest.errors import IngestError
from workbench.ingest.joiners import keep_joiners

HTML_MAX_BYTES = 50 * MEGABYTE
_PARAGRAPH_MARK = "\ue000"
_SENTENCE_END = re.compile(r"[.!?:;\"'”’»)\]]\s*$")
_LINE_MARK = "\ue001"
#: What lxml refuses in text: C0 controls, lone surrogates and the non-characters U+FFFE/U+FFFF.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PROLOGUE = re.compile(
    r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE\b[^>\[]*(?:\[.*?\]\s*)?>)?", re.IGNORECASE | re.DOTALL
)
_NON_TEXT_TAGS = tuple(
    "script style noscript template iframe object embed svg math head form button select "
    "textarea canvas audio video picture".split()
)
_BLOCK_TAGS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 tr blockquote section article header footer pre table ul "
    "ol dd dt figcaption main aside nav address dl figure hr".split()
)

#: The publication date comes from the page's metadata, its date elements and its URL, never
#: from a year its story mentions: htmldate's extensive search dated a profile saying "in
#: 2003" on 2003-01-01. A page with no date of its own imports undated, as a text file does.
_SEARCH_DATES_IN_TEXT = False

#: The page's own publication date: ``<meta>`` tags naming it (Open Graph, schema.org, Dublin
#: Core, news sites' own names), read before htmldate's guess, which invents what they leave out.
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_META_ATTRIBUTE = re.compile(
    r"""\b(name|property|itemprop|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""",
    re.IGNORECASE,
)
_DATE_META_NAMES = frozenset({
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date",
    "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "pubdate",
    "publishdate", "publish-date", "publication_date", "parsely-pub-date", "sailthru.date",
})
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: Elements trafilatura would read as text but a browser never shows: it strips a ``<template>``
#: tag and keeps its content (markup a script clones: comment rows, cards), and keeps an
#: ``<iframe>``'s, ``<noscript>``'s or ``<object>``'s fallback text as a paragraph of its own
#: (which also cut the page's next paragraph apart at every link), so they are pruned first,
#: as the lxml reading drops them.
_NEVER_SHOWN_XPATH = ["//template", "//iframe", "//noscript", "//object", "//embed"]

logging.getLogger("trafilatura").addHandler(logging.NullHandler())
logging.getLogger("htmldate").addHandler(logging.NullHandler())


@dataclass
class _PageMetadata:
    """The metadata fields we take from a page."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None


def read_html(path: Path) -> list[ArticleRead]:
    """Read one ``.html``/``.htm`` file into an article."""
    markup = decode_markup(read_limited_bytes(path, HTML_MAX_BYTES, "HTML"))
    markup = _PROLOGUE.sub("", markup, count=1)  # DTD subsets are never parsed or shown
    if not markup.strip():
        raise IngestError("empty file")
    markup, joiners = keep_joiners(markup)  # trafilatura drops every format character
    deep = _nested_too_deep_for_trafilatura(markup)
    text, meta = ("", _PageMetadata()) if deep else _extract_with_trafilatura(markup)
    fallback_title = None
    if not text.strip():
        meta = _metadata_only(markup)
        text, fallback_title = extract_text_with_lxml(markup)
    elif _cut_inside_sentences(text):
        text = _rejoined(text, markup)
    title = joiners.restore(meta.title or fallback_title)
    text = drop_repeated_title(joiners.restore(text) or "", title)
    return [
        build_article(
            text=text,
            title=title,
            fmt="html",
            path=path,
            source=joiners.restore(meta.source),
            author=joiners.restore(meta.author),
            published=_honest_date(meta.published, _stated_date(markup)),
            url=meta.url,
        )
    ]


def _extract_with_trafilatura(markup: str) -> tuple[str, _PageMetadata]:
    """Return main text (blocks separated by blank lines) and metadata; empty on failure."""
    import trafilatura
    from trafilatura.settings import set_date_params

    try:
        document = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            prune_xpath=_NEVER_SHOWN_XPATH,
            date_extraction_params=set_date_params(extensive=_SEARCH_DATES_IN_TEXT),
        )
    except Exception:  # noqa: BLE001 - any extractor failure falls back to lxml
        return "", _PageMetadata()
    if document is None or isinstance(document, dict):
        return "", _PageMetadata()
    blocks = [line.strip() for line in (document.text or "").split("\n")]
    return "\n\n".join(block for block in blocks if block), _page_metadata(document)


def _cut_inside_sentences(text: str) -> bool:
    """Whether a paragraph ends mid-sentence and the next does not start a capitalised word.

    Why: on short pages with no article container trafilatura falls back to a
    walk that puts every link and emphasis on a line of its own ("Hello" /
    "click" / "and"), and each line became a paragraph, cutting sentences (and
    quotes) apart before extraction. The next piece may go on in lower case,
    with a quotation mark, a figure or the full stop; a false alarm costs
    nothing, as ``_rejoined`` takes the page's blocks only when they hold the
    same characters.
    """
    paragraphs = text.split("\n\n")
    return any(
        not _SENTENCE_END.search(before) and not after[:1].isupper()
        for before, after in zip(paragraphs, paragraphs[1:], strict=False)
    )


def _rejoined(text: str, markup: str) -> str:
    """The page's own blocks (lxml) when only white space tells them from ``text``; else ``text``.

    Why: same characters means the same words, so only the paragraphing changes.
    """
    try:
        blocks, _ = extract_text_with_lxml(markup)
    except IngestError:
        return text
    return blocks if "".join(blocks.split()) == "".join(text.split()) else text


def _metadata_only(markup: str) -> _PageMetadata:
    """Read meta tags when trafilatura found no main text (short pages)."""
    from trafilatura.metadata import extract_metadata

    try:
        return _page_metadata(extract_metadata(markup, extensive=_SEARCH_DATES_IN_TEXT))
    except Exception:  # noqa: BLE001 - metadata is optional; the text still imports
        return _PageMetadata()


def _page_metadata(document: object) -> _PageMetadata:
    """Copy the fields we use from a trafilatura Document."""
    return _PageMetadata(
        title=getattr(document, "title", None),
        author=getattr(document, "author", None),
        published=getattr(document, "date", None),
        url=getattr(document, "url", None),
        source=getattr(document, "sitename", None),
    )


def _stated_date(markup: str) -> str | None:
    """The publication date the page's ``<meta>`` tags state, as written; None if none does."""
    for tag in _META_TAG.findall(markup):
        fields = {match[0].lower(): match[1] or match[2] or match[3]
                  for match in _META_ATTRIBUTE.findall(tag)}
        key = (fields.get("property") or fields.get("name") or fields.get("itemprop") or "")
        content = (fields.get("content") or "").strip()
        if key.strip().lower() in _DATE_META_NAMES and content:
            return content
    return None


def _honest_date(found: str | None, stated: str | None) -> str | None:
    """htmldate's date, unless the page's meta date has no whole day or no possible one.

    Why: htmldate filled a month-only ``2024-02`` with the import's day of the month
    (2024-02-06 one day, 2024-02-07 the next) and turned ``2024-02-30`` into
    2024-02-01. The stated value is kept as written then: a month stays a month, as
    "March 2019" does in a text file, and an impossible day is left out and named by
    the import's warning, as in JSON and CSV. A meta value with no digit is no date.
    """
    if stated is None or not any(character.isdigit() for character in stated):
        return found
    normalized = normalize_published(stated)
    if normalized is not None and _FULL_DAY.match(normalized):
        return found or stated
    return stated


def _nested_too_deep_for_trafilatura(markup: str) -> bool:
    """Whether libxml2's default depth limit (256) would cut the page, as trafilatura parses it.

    Why: past that depth the parser drops the rest of the page without an
    exception, so a legacy page of unclosed ``<font>`` tags lost its second half
    silently. Such a page is read by ``extract_text_with_lxml``'s deeper parser.
    """
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(remove_comments=True, no_network=True, recover=True)
    try:
        lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return False  # nothing parsed: trafilatura fails too and the lxml reading says why
    return _hit_resource_limit(parser)


def _hit_resource_limit(parser: object) -> bool:
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)  # type: ignore[attr-defined]


def extract_text_with_lxml(markup: str) -> tuple[str, str | None]:
    """Extract visible text block by block from any HTML, plus its ``<title>`` or first h1.

    Nested up to 2,048 elements deep (``huge_tree``); a page deeper still is refused
    rather than read in part. Control characters (``&#x1b;``) become spaces: lxml
    refuses them in the text this function writes back.
    """
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=True
    )
    markup = markup.replace(_PARAGRAPH_MARK, "").replace(_LINE_MARK, "")
    try:
        root = lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise IngestError(f"unreadable HTML: {error}") from None
    if _hit_resource_limit(parser):
        raise IngestError("elements nested too deep to read whole (over 2,048 levels)")
    title = _page_title(root)
    etree.strip_elements(root, *_NON_TEXT_TAGS, with_tail=False)
    for element in root.iter(etree.Element):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BLOCK_TAGS:
            element.tail = _PARAGRAPH_MARK + _xml_safe(element.tail)
            element.text = _PARAGRAPH_MARK + _xml_safe(element.text)
        elif tag == "br":
            element.tail = _LINE_MARK + _xml_safe(element.tail)
    raw = etree.tostring(root, method="text", encoding="unicode") or ""
    return _marks_to_paragraphs(raw), title


def _xml_safe(text: str | None) -> str:
    """``text`` with the control characters lxml will not store as spaces (tab, newline kept)."""
    return _XML_UNSAFE.sub(" ", text or "")


def _page_title(root: object) -> str | None:
    """Take the ``<title>`` text, else the first ``<h1>``."""
    for xpath in ("//title", "//h1"):
        found = root.xpath(xpath)  # type: ignore[attr-defined]
        if found:
            title = normalize_line(found[0].text_content())
            if title:
                return title
    return None


def _marks_to_paragraphs(raw: str) -> str:
    """Collapse HTML whitespace, then turn block markers into blank lines."""
    raw = raw.replace("\n", " ")
    paragraphs = []
    for chunk in raw.split(_PARAGRAPH_MARK):
        lines = [" ".join(part.split()) for part in chunk.split(_LINE_MARK)]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)
