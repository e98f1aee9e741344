"""News feeds import item by item (RSS, RDF, Atom); hostile XML is read as nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest import IngestError, read_articles, read_records, scan_input_files

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Gazette</title>
<item><title>Ferry suspended after storm</title>
<link>https://gazette.example.org/ferry</link>
<pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate>
<dc:creator>Ana Ruiz</dc:creator>
<description>Short lede.</description>
<content:encoded><![CDATA[<p>The island ferry will not run until Friday.</p>
<p>The port said so.</p>]]></content:encoded>
</item>
<item><title>Empty item</title></item>
<item><title>Council approves wall</title>
<description>&lt;p&gt;The council voted 9-2 for the &lt;b&gt;wall&lt;/b&gt;.&lt;/p&gt;</description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title>
<entry><title>Bridge reopens</title>
<link rel="replies" href="https://courier.example.net/bridge/comments"/>
<link rel="alternate" href="https://courier.example.net/bridge"/>
<id>tag:courier,2025:1</id><published>2025-04-01T10:00:00Z</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>Traffic returned on Monday.</p><p>Tolls stay suspended.</p></div></content>
</entry></feed>
"""


def _write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def test_every_rss_item_is_an_article_and_an_item_without_text_fails_alone(
        tmp_path: Path) -> None:
    first, empty, third = read_records(_write(tmp_path / "gazette.rss", RSS))
    assert first.title == "Ferry suspended after storm"
    assert first.text == "The island ferry will not run until Friday.\n\nThe port said so."
    assert (first.source, first.author) == ("Harbour Gazette", "Ana Ruiz")
    assert first.published == "2025-03-04T09:30:00+00:00"
    assert first.url == "https://gazette.example.org/ferry"
    assert str(empty) == "item 2: no text found"
    assert third.text == "The council voted 9-2 for the wall."  # escaped HTML, read for its text


def test_an_atom_entry_gives_its_content_link_and_date(tmp_path: Path) -> None:
    (entry,) = read_articles(_write(tmp_path / "courier.atom", ATOM))
    assert entry.title == "Bridge reopens"  # paragraphs apart, the page's link (not comments)
    assert entry.text == "Traffic returned on Monday.\n\nTolls stay suspended."
    assert (entry.url, entry.published) == ("https://courier.example.net/bridge",
                                            "2025-04-01T10:00:00+00:00")


def test_an_xml_file_that_is_no_feed_says_so_and_folders_leave_xml_alone(
        tmp_path: Path) -> None:
    sitemap = _write(tmp_path / "sitemap.xml", "<urlset><url><loc>x</loc></url></urlset>")
    with pytest.raises(IngestError, match="not a news feed"):
        read_articles(sitemap)
    assert scan_input_files([tmp_path]).files == []  # named, it is read; in a folder, skipped


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
])
def test_entities_are_never_expanded(tmp_path: Path, doctype: str) -> None:
    entity = "x" if "SYSTEM" in doctype else "d"
    feed = (f'<?xml version="1.0"?>{doctype}<rss><channel><title>T</title><item>'
            f"<title>Item</title><description>Before &{entity}; after.</description>"
            "</item></channel></rss>")
    records = list(read_records(_write(tmp_path / "evil.rss", feed)))
    texts = [getattr(record, "text", "") for record in records]
    assert not any("root:" in text or "aaaaaaaaaa" in text for text in texts)


def test_an_escaped_summary_without_tags_is_read_as_html(tmp_path: Path) -> None:
    """Attack run 22: an RSS description escaped twice and holding no tag kept its
    ``&amp;`` as text ("Smith &amp; Wesson"); Atom's plain text keeps it as written."""
    rss = ("<rss version='2.0'><channel><title>F</title><item><title>Guns</title>"
           "<description>Smith &amp;amp; Wesson said &amp;quot;soon&amp;quot;</description>"
           "</item></channel></rss>")  # fmt: skip
    (item,) = read_articles(_write(tmp_path / "f.rss", rss))
    assert item.text == 'Smith & Wesson said "soon"'
    atom = ("<feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>"
            "<entry><title>A</title><id>1</id><summary>Use &amp;amp; as written</summary></entry>"
            "<entry><title>B</title><id>2</id><summary type='html'>R&amp;amp;D</summary></entry>"
            "</feed>")  # fmt: skip
    plain, html = read_articles(_write(tmp_path / "f.atom", atom))
    assert (plain.text, html.text) == ("Use &amp; as written", "R&D")


def test_a_control_character_reference_costs_one_space_not_the_feed(tmp_path: Path) -> None:
    """``&#0;`` or ``&#x1b;`` in one summary refused the whole feed as "not a news feed"."""
    feed = RSS.replace("Short lede.", "Short&#0;lede&#x1B;here.").replace(
        "for the &lt;b&gt;wall", "for the&#11;&lt;b&gt;wall")
    first, _, third = read_records(_write(tmp_path / "gazette.rss", feed))
    assert first.title == "Ferry suspended after storm"
    assert third.text == "The council voted 9-2 for the wall."
    tab = list(read_records(_write(tmp_path / "tab.rss", RSS.replace("9-2 for", "9-2&#9;for"))))
    assert tab[2].text == "The council voted 9-2 for the wall."


@pytest.mark.parametrize("reference", ["&#xFFFF;", "&#xD800;", "&#55296;", "&#x110000;",
                                       "&#00000000000000000000000001;", "&#99999999999999999;"])
def test_a_reference_to_no_xml_character_costs_one_space_not_the_feed(
    tmp_path: Path, reference: str
) -> None:
    """Past the controls: a surrogate, U+FFFF or a number past U+10FFFF refused the feed too."""
    feed = RSS.replace("9-2 for", f"9-2{reference}for")
    assert list(read_records(_write(tmp_path / "f.rss", feed)))[2].text == (
        "The council voted 9-2 for the wall.")


def test_a_reference_to_a_character_xml_holds_is_read_as_that_character(tmp_path: Path) -> None:
    feed = RSS.replace("9-2 for", "9&#x2013;2&#8203;for&#x1F600;")
    assert list(read_records(_write(tmp_path / "f.rss", feed)))[2].text.startswith(
        "The council voted 9\u20132\u200bfor\U0001f600")


def test_an_html_named_reference_is_read_as_its_character_not_a_refusal(tmp_path: Path) -> None:
    """Attack run 26: ``&nbsp;`` or ``&eacute;`` (HTML names XML does not define, common in
    feeds) refused the whole feed as "not a news feed"; a CDATA section keeps them as written."""
    feed = RSS.replace("Ferry suspended", "Caf&eacute; ferry&nbsp;suspended").replace(
        "9-2 for", "9-2&nbsp;for &hellip;").replace("Short lede.", "Short &unknownname; lede.")
    with pytest.raises(IngestError, match="unknownname"):
        list(read_records(_write(tmp_path / "bad.rss", feed)))
    first, _, third = read_records(_write(tmp_path / "f.rss", feed.replace("&unknownname;", "")))
    assert first.title == "Caf\u00e9 ferry suspended after storm"  # a title's spaces are spaces
    assert third.text == "The council voted 9-2 for \u2026 the wall."
    cdata = RSS.replace("<title>Ferry suspended after storm</title>",
                        "<title><![CDATA[Fish &nbsp;&amp; chips]]></title>")
    assert next(iter(read_records(_write(tmp_path / "c.rss", cdata)))).title == (
        "Fish &nbsp;&amp; chips")


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_feed_naming_no_encoding_in_a_western_code_page_is_read(
        tmp_path: Path, encoding: str) -> None:
    """Attack run 26: XML without a declared encoding is UTF-8, so a Latin-1 feed saved from a
    server that named its charset only in the HTTP header was refused as "not a news feed"."""
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Caf\u00e9 News</title>'
            "<item><title>Na\u00efve caf\u00e9 owners protest</title>"
            "<description>The caf\u00e9 closed, the mayor said.</description></item>"
            "</channel></rss>")  # fmt: skip
    path = tmp_path / "f.rss"
    path.write_bytes(feed.encode(encoding))
    (item,) = read_articles(path)
    assert (item.title, item.source) == ("Na\u00efve caf\u00e9 owners protest", "Caf\u00e9 News")
    assert item.text == "The caf\u00e9 closed, the mayor said."
    declared = feed.replace('version="1.0"?>', 'version="1.0" encoding="iso-8859-1"?>')
    path.write_bytes(declared.encode("latin-1"))  # a declared one is the parser's to follow
    assert next(iter(read_articles(path))).title == "Na\u00efve caf\u00e9 owners protest"
