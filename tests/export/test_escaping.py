"""Imported text stays text, and analyst notes keep formatting but lose HTML and unsafe links."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.export.rendering import assert_inert, facts, renderings
from workbench.export.escaping import (
    block_quote,
    escape_text,
    front_matter,
    obsidian_tag,
    safe_web_url,
    wikilink_alias,
    yaml_string,
)
from workbench.export.note_markdown import allowed_link, sanitize_note

HOSTILE = [
    "<script>alert(1)</script>",
    "![x](file:///etc/passwd)",
    "[x](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "# heading",
    "- item",
    "+ item",
    "1. item",
    "1234567890. item",
    "2) item",
    "---",
    "===",
    "> quote",
    "```code```",
    "~~~",
    "*em* _em_ **strong**",
    "a | b | c",
    "$5 and $10",
    "%%hidden%%",
    "text ^block-id",
    "&lt;b&gt; &amp; &#x41; &copy",
    "back\\slash \\* \\[",
    "<https://auto.example>",
    "[[wiki]] ![[embed.png]]",
    "[ref]: javascript:alert(1)",
    "C:\\Windows\\system32",
    "🙂 émoji ünïcode 中文",
]
ALPHABET = st.sampled_from(list("ab1 .\\`*_{}[]()#+-!<>&|$%~=^:/;'\"\n\t") + ["🙂", "é", "&#33;"])


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_exactly_itself(text: str) -> None:
    for rendered in renderings(escape_text(text)):
        found = facts(rendered)
        assert [tag for tag, _ in found.tags] == ["p"], rendered
        assert found.plain == " ".join(text.split())


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_any_text_survives_escaping(text: str) -> None:
    if not text.strip():
        return
    for rendered in renderings(escape_text(text)):
        found = facts(rendered)
        assert {tag for tag, _ in found.tags} <= {"p"}, rendered
        assert found.plain == " ".join(text.split()), rendered


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, min_size=1, max_size=60).map("".join))
def test_block_quotes_hold_any_text(text: str) -> None:
    for rendered in renderings(block_quote(text)):
        found = facts(rendered)
        assert {tag for tag, _ in found.tags} <= {"blockquote", "p", "br"}, rendered
        expected = " ".join(text.split()) or "…"
        assert found.plain == expected, rendered


@pytest.mark.parametrize(
    ("note", "kept_link"),
    [
        ("<script>alert(1)</script> plain", None),
        ("![x](file:///etc/passwd)", None),
        ("![pixel](https://tracker.example/p.png)", "https://tracker.example/p.png"),
        ("\\\\![pixel](https://tracker.example/p.png)", "https://tracker.example/p.png"),
        ("x \\\\\\\\![pixel](https://tracker.example/p.png)", "https://tracker.example/p.png"),
        ("\\\\![pixel][r]\n\n[r]: https://tracker.example/p.png", "https://tracker.example/p.png"),
        ("[x](javascript:alert(1))", None),
        ("[x]( JaVaScRiPt:alert(1))", None),
        ("[x](jav&#97;script:alert(1))", None),
        ("[x](<javascript:alert(1)>)", None),
        ("[x](\njavascript:alert(1))", None),
        ("[x][r]\n\n[r]: javascript:alert(1)", None),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", None),
        ("[x](//evil.example/)", None),
        ("[x](../../etc/passwd)", None),
        ("<javascript:alert(1)>", None),
        ("[[Other note]] ![[secret.png]]", None),
        ("\\`<script>alert(1)</script>\\`", None),
        ("``[`<a href=x>`", None),
        ("a `\n<b>` `c` <script>alert(1)</script> `", None),
        ("> [r]: javascript:alert(1)\n\n[x][r]", None),
        ("[r]:\n  javascript:alert(1)\n\n[x][r]", None),
        ("```\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>", None),
        ("~~~\n<script>alert(1)</script>\n~~~", None),
        ("```dataviewjs\napp.vault.delete()\n```", None),
        ("[ok](https://ok.example/a_(b)) and <mailto:me@ok.example>", "https://ok.example/a_(b)"),
        ("[mail](mailto:me@ok.example)", "mailto:me@ok.example"),
    ],
)
def test_notes_keep_markdown_but_only_web_links(note: str, kept_link: str | None) -> None:
    safe = sanitize_note(note)
    assert "dataviewjs" not in safe
    for rendered in renderings(safe):
        assert_inert(rendered)
        hrefs = [h for h in facts(rendered).hrefs if not h.startswith("mailto:me@")]
        if kept_link is None:
            assert not [h for h in hrefs if "ok.example" not in h], rendered
        else:
            assert kept_link in [h.replace("&amp;", "&") for h in facts(rendered).hrefs]


def test_note_formatting_and_code_survive() -> None:
    note = "Some **bold**, `a < b` code, a list:\n\n- one\n- two\n\n```python\nx = [1, 2]\n```"
    rendered = renderings(sanitize_note(note))[1]
    found = facts(rendered)
    assert {"strong", "code", "li", "pre"} <= {tag for tag, _ in found.tags}
    assert "a < b" in found.plain and "x = [1, 2]" in found.plain


def test_fenced_code_is_neutralised_too_for_renderers_without_fences() -> None:
    """Plain Python-Markdown has no fences: the lines would be read as Markdown and HTML."""
    note = "```\n# <script>alert(1)</script>\n\n> [x](javascript:alert(1))\n```"
    assert_inert(renderings(sanitize_note(note))[0])


def test_unclosed_fence_is_closed_so_the_rest_of_the_note_is_not_code() -> None:
    assert sanitize_note("```\nopen").endswith("```")


@pytest.mark.parametrize(
    ("destination", "allowed"),
    [
        ("https://x.example", True),
        ("http://x.example/a", True),
        ("mailto:a@b.example", True),
        ("https://", False),
        ("javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        ("file:///etc/passwd", False),
        ("x.md", False),
        ("", False),
    ],
)
def test_allowed_link(destination: str, allowed: bool) -> None:
    assert allowed_link(destination) is allowed


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        "<script>",
        "[x](javascript:1)",
        "a: b",
        "- x",
        "# y",
        "\"quoted\" 'single'",
        "\x85\u2028",
        "🙂",
        "back\\slash",
    ],
)
def test_yaml_strings_load_back_exactly_and_are_inert(value: str) -> None:
    encoded = yaml_string(value)
    assert yaml.safe_load(f"key: {encoded}") == {"key": value}
    assert not set("<>[]`") & set(encoded)


def test_front_matter_is_yaml_with_block_lists() -> None:
    text = front_matter(
        {"title": "<t>", "count": 3, "missing": None, "tags": ["a", "b"], "none": []}
    )
    assert yaml.safe_load(text.strip("-\n")) == {
        "title": "<t>",
        "count": 3,
        "tags": ["a", "b"],
        "none": [],
    }


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/a?b=1&c=(2)", "https://news.example/a?b=1&c=%282%29"),
        ("http://x.example", "http://x.example"),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("https://x.example/a b", None),
        ("//x.example", None),
        (None, None),
    ],
)
def test_safe_web_url(url: str | None, expected: str | None) -> None:
    assert safe_web_url(url) == expected


@pytest.mark.parametrize(
    ("path", "tag"),
    [
        ("topic/sanctions", "topic/sanctions"),
        ("a b", "a-b"),
        ("<i>odd</i> tag", "i-odd/i-tag"),
        ("2024", "_2024"),
        ("עברית/🏳️‍🌈", "עברית/waving-white-flag-rainbow"),  # attack round 9: was "עברית"
        ("🔥", "fire"),
        ("a/!!/b", "a/exclamation-mark-exclamation-mark/b"),
        ("a//b", "a/b"),
        ("C++", "C-plus-plus"),  # it was "C", as "c#" was "c": three tags one in Obsidian
        ("c#", "c-sharp"),
        ("lang/F#", "lang/F-sharp"),
        ("a+b", "a-b"),  # a sign between words parts them
        ("1️⃣", "keycap-1"),  # it kept U+FE0F and U+20E3, no letters Obsidian reads
        ("rank/#️⃣", "rank/keycap-number-sign"),  # it was "number-sign", as "#" is
    ],
)
def test_obsidian_tags(path: str, tag: str | None) -> None:
    assert obsidian_tag(path) == tag


def test_wikilink_alias_cannot_close_the_link() -> None:
    assert wikilink_alias("a]] [[b|c#^d") == "a b c d"


NOTE_TOKENS = st.sampled_from(
    [
        "[",
        "]",
        "(",
        ")",
        "<",
        ">",
        "!",
        "`",
        "```",
        "~~~",
        "\\",
        "javascript:alert(1)",
        "https://ok.example",
        "script",
        "img src=x onerror=alert(1)",
        " ",
        "\n",
        "\n\n",
        "a",
        ":",
        "#",
        "- ",
        "> ",
        "    ",
        "&#106;",
        "*",
        "[r]: ",
        "mailto:",
        "file:///etc/passwd",
    ]
)


@settings(max_examples=250, deadline=None)
@given(st.lists(NOTE_TOKENS, max_size=30).map("".join))
def test_no_note_can_smuggle_html_or_links(note: str) -> None:
    for rendered in renderings(sanitize_note(note)):
        assert_inert(rendered)
        assert all(h.startswith(("https://ok.example", "mailto:")) for h in facts(rendered).hrefs)


def test_pipes_never_make_a_table() -> None:
    for rendered in renderings(block_quote("| a | b |\n|---|---|\n| c | d |")):
        assert "<table" not in rendered and "| a | b |" in facts(rendered).plain


_OVERRIDE, _POP = "\u202e", "\u202c"
_ISOLATE, _POP_ISOLATE = "\u2067", "\u2069"


def _open_direction_controls(text: str) -> int:
    """How many embeddings, overrides and isolates ``text`` leaves open at its end."""
    depth = 0
    for char in text:
        if char in "\u202a\u202b\u202d\u202e\u2066\u2067\u2068":
            depth += 1
        elif char in "\u202c\u2069" and depth:
            depth -= 1
    return depth


@pytest.mark.parametrize(
    "title",
    [
        f"Evil {_OVERRIDE}txt.gpj",  # an override left open: the line after it shows reversed
        f"{_ISOLATE}{_OVERRIDE}nested",
        f"closed {_OVERRIDE}ok{_POP} then open {_OVERRIDE}",
        f"stray closers {_POP}{_POP_ISOLATE} only",
    ],
)
def test_imported_text_closes_the_direction_controls_it_opens(title: str) -> None:
    for escaped in (escape_text(title), block_quote(title), wikilink_alias(title)):
        assert _open_direction_controls(escaped) == 0, escaped
        assert not escaped.startswith((_POP, _POP_ISOLATE))
    assert escape_text(f"Evil {_OVERRIDE}txt.gpj") == f"Evil {_OVERRIDE}txt.gpj{_POP}"


def test_stray_direction_closers_cannot_close_what_the_export_opened() -> None:
    assert escape_text(f"a{_POP}b{_POP_ISOLATE}c") == "abc"


def test_right_to_left_text_without_controls_is_unchanged() -> None:
    text = "שלום עולם said the minister; مرحبا بالعالم e\u0301 👩🏽‍🚀 𝕏"
    assert escape_text(text) == text


def test_yaml_strings_escape_direction_controls_and_load_back_exactly() -> None:
    value = f"Evil {_OVERRIDE}txt.gpj {_ISOLATE}x"
    encoded = yaml_string(value)
    assert _OVERRIDE not in encoded and _ISOLATE not in encoded
    assert yaml.safe_load(f"key: {encoded}") == {"key": value}
