"""Read news feeds: every item of an RSS 2.0 (or RDF) feed, every entry of an Atom feed.

Why: a feed is how many outlets publish, and a saved one is a ready list of
headlines, dates, links and ledes. Each item is an article: its title, its
``pubDate``/``published``/``updated`` (or ``dc:date``), its link, the feed's
own title as source, and as text its full content when the feed carries it
(``content:encoded``, Atom ``content``), else its summary; HTML in them is
read for its visible text like any untrusted page. An item without text
fails alone (``item N``); a file that is not a feed says so.

The XML is untrusted: entities are never expanded, no DTD or network is
read, and nesting is capped by the parser.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.ingest.articles import ArticleRead, build_article
from workbench.ingest.decoding import decode_text, read_limited_bytes
from workbench.ingest.errors import IngestError, RecordError
from workbench.ingest.html_file import HTML_MAX_BYTES, extract_text_with_lxml

NOT_A_FEED = "not a news feed (expected RSS <rss>/<rdf:RDF> or Atom <feed>)"
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
#: A numeric character reference (``&#0;``, ``&#x1b;``, ``&#xFFFF;``): one naming a character
#: no XML may hold refused the whole feed over one summary, so such a one is read as a space.
_CHARACTER_REFERENCE = re.compile(rb"&#(?:0*(\d+)|[xX]0*([0-9a-fA-F]+));")
#: A CDATA section (kept as written) or a named reference such as ``&nbsp;`` or ``&eacute;``.
_CDATA_OR_NAMED_REFERENCE = re.compile(
    rb"(<!\[CDATA\[.*?\]\]>)|&([A-Za-z][A-Za-z0-9]{1,31});", re.S)
#: An XML declaration naming its encoding, which the parser then follows.
_DECLARED_ENCODING = re.compile(rb"\s*<\?xml[^>]*\bencoding\s*=")
_BYTE_ORDER_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: The five names XML itself defines, left to the parser.
_XML_NAMES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})
#: XML 1.0's characters (tab, newline, return, and the planes minus surrogates and U+FFFE/F).
_XML_CHARACTERS = ((0x9, 0xA), (0xD, 0xD), (0x20, 0xD7FF), (0xE000, 0xFFFD), (0x10000, 0x10FFFF))


def read_feed(path: Path) -> Iterator[ArticleRead | IngestError]:
    """Every item of the feed in ``path``, in order; a ``RecordError`` ("item N: …") per bad one."""
    root = _parse(read_limited_bytes(path, HTML_MAX_BYTES, "feed"))
    items, source = _items_and_source(root)
    for number, item in enumerate(items, 1):
        try:
            yield _item_article(item, source, path)
        except IngestError as problem:
            yield RecordError(number, problem, "item")


def _parse(data: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    data = _CHARACTER_REFERENCE.sub(_no_character_as_space, data)
    data = _as_utf8(data)
    data = _CDATA_OR_NAMED_REFERENCE.sub(_html_name_as_number, data)
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as error:
        raise IngestError(f"{NOT_A_FEED}: {error}") from None


def _no_character_as_space(reference: re.Match[bytes]) -> bytes:
    """A reference to a character XML cannot hold (a control, a surrogate, past U+10FFFF)
    becomes a space, as the HTML reader writes one; any other is kept for the parser."""
    decimal, hexadecimal = reference.groups()
    if len(decimal or hexadecimal) > 8:  # past U+10FFFF, and too long to be worth reading
        return b" "
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if any(low <= code <= high for low, high in _XML_CHARACTERS):
        return reference[0]
    return b" "


def _as_utf8(data: bytes) -> bytes:
    """A feed that names no encoding and is no UTF-8 (a Latin-1 or cp1252 file saved from a
    server that named it only in its HTTP header) decoded as a text file is, then as UTF-8:
    the parser refused it as "not a news feed" over its first accented letter."""
    if data.startswith(_BYTE_ORDER_MARKS) or _DECLARED_ENCODING.match(data):
        return data
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_text(data).encode("utf-8")
    return data


def _html_name_as_number(match: re.Match[bytes]) -> bytes:
    """An HTML name XML does not define (``&nbsp;``, ``&eacute;``, ``&rsquo;``), which many
    feeds carry in titles and summaries, written as the numeric reference of its characters:
    the parser refused the whole feed over one ("not a news feed"). CDATA stays as written."""
    from html.entities import html5

    cdata, name = match.groups()
    if cdata is not None or name in _XML_NAMES:
        return match[0]
    characters = html5.get(name.decode("ascii") + ";")
    if characters is None:
        return match[0]
    return b"".join(b"&#%d;" % ord(character) for character in characters)


def _items_and_source(root: Any) -> tuple[list[Any], str | None]:
    """The feed's items and its own title (the source of every item)."""
    tag = _local(root.tag)
    if tag == "feed" and root.tag.startswith(_ATOM):
        return root.findall(f"{_ATOM}entry"), _text(root.find(f"{_ATOM}title"))
    if tag in ("rss", "RDF"):
        channel = next((child for child in root if _local(child.tag) == "channel"), None)
        items = [element for element in root.iter() if _local(element.tag) == "item"]
        title = next((_text(child) for child in channel if _local(child.tag) == "title"),
                     None) if channel is not None else None
        return items, title
    raise IngestError(NOT_A_FEED)


def _item_article(item: Any, source: str | None, path: Path) -> ArticleRead:
    fields = {_local(child.tag): child for child in reversed(list(item))}  # first one wins
    text = _item_text(item, fields)
    published = next((_text(fields[name]) for name in ("pubDate", "published", "updated")
                      if name in fields), None) or _text(item.find(_DC_DATE))
    return build_article(
        text=text, fmt="feed", path=path, title=_text(fields.get("title")),
        source=source, author=_text(item.find(_DC_CREATOR)) or _text(fields.get("author")),
        published=published, url=_link(item),
        external_id=_text(fields.get("guid")) or _text(fields.get("id")))


def _item_text(item: Any, fields: dict[str, Any]) -> str:
    """The full content when the feed carries it, else the summary ("" when neither)."""
    for element in (item.find(_CONTENT), item.find(f"{_ATOM}content"),
                    fields.get("description"), fields.get("summary")):
        if element is not None and len(element):  # Atom type="xhtml": markup, not text
            return extract_text_with_lxml(_markup(element))[0]
        text = _text(element)
        if text:
            return _visible_text(text, element)
    return ""


def _markup(element: Any) -> str:
    """An element's inline XHTML as markup, so its paragraphs stay apart when read."""
    from lxml import etree

    return etree.tostring(element, encoding="unicode", method="html")


def _visible_text(markup: str, element: Any) -> str:
    """An item's text; HTML (escaped or not, the usual in feeds) read for what shows.

    An RSS description and Atom's ``type="html"`` are HTML even with no tag in
    them: "Smith &amp;amp; Wesson" (escaped twice, as feeds write it) is
    "Smith & Wesson", not an ``&amp;`` shown as text; Atom's plain ``text``
    keeps its ampersands as written.
    """
    if "<" in markup or ("&" in markup and _holds_html(element)):
        return extract_text_with_lxml(markup)[0]
    return markup


def _holds_html(element: Any) -> bool:
    """Whether an item's text element carries HTML: RSS's description and content:encoded do,
    Atom's summary and content when their ``type`` says so (Atom's default is plain text)."""
    if element.tag == _CONTENT or not str(element.tag).startswith(_ATOM):
        return True
    return element.get("type", "text").lower() in ("html", "text/html")


def _link(item: Any) -> str | None:
    """The item's own page: RSS puts it in ``<link>``, Atom in the ``href`` of the link
    with no ``rel`` or ``rel="alternate"`` (others point at comments, edits, the feed)."""
    links = [child for child in item if _local(child.tag) == "link"]
    page = next((link for link in links if link.get("rel", "alternate") == "alternate"), None)
    if page is None:
        return None
    return page.get("href") or _text(page)


def _text(element: Any) -> str | None:
    """All the text inside an element (XHTML content included), stripped; None when empty."""
    if element is None:
        return None
    text = "".join(element.itertext()).strip()
    return text or None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
