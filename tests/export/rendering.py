"""Render exported Markdown the ways readers will, and inspect the HTML that comes out."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import markdown
import yaml

from workbench.export.export_folder import MANIFEST_NAME

try:  # CommonMark, the dialect Obsidian builds on
    from markdown_it import MarkdownIt
except ImportError:  # pragma: no cover - markdown-it-py is optional
    MarkdownIt = None  # type: ignore[assignment,misc]

DANGEROUS_TAGS = {"script", "img", "iframe", "style", "object", "embed", "svg", "form", "input"}


@dataclass
class Facts:
    """Tags, attributes and text of an HTML fragment."""

    tags: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def named(self, *names: str) -> list[dict[str, str]]:
        return [attrs for tag, attrs in self.tags if tag in names]

    @property
    def hrefs(self) -> list[str]:
        return [attrs["href"] for attrs in self.named("a") if "href" in attrs]

    @property
    def ids(self) -> set[str]:
        return {attrs["id"] for _, attrs in self.tags if "id" in attrs}

    @property
    def plain(self) -> str:
        return " ".join("".join(self.text).split())


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts = Facts()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.facts.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.facts.text.append(data)


def facts(fragment: str) -> Facts:
    collector = _Collector()
    collector.feed(fragment)
    collector.close()
    return collector.facts


def python_markdown(text: str, *extensions: str) -> str:
    return markdown.markdown(text, extensions=list(extensions))


def commonmark(text: str) -> str | None:
    """CommonMark HTML (raw HTML allowed, as Obsidian allows it), or None without markdown-it."""
    if MarkdownIt is None:
        return None
    return MarkdownIt("commonmark", {"html": True}).render(text)


def renderings(text: str) -> list[str]:
    """Every way the tests render Markdown: plain and extended Python-Markdown, CommonMark."""
    found = [python_markdown(text), python_markdown(text, "fenced_code", "tables")]
    common = commonmark(text)
    return found + ([common] if common is not None else [])


def split_front_matter(note: str) -> tuple[dict[str, Any], str]:
    assert note.startswith("---\n"), note[:40]
    end = note.index("\n---\n", 4)
    data = yaml.safe_load(note[4:end])
    assert isinstance(data, dict)
    return data, note[end + 5 :]


def assert_inert(fragment: str) -> None:
    """No dangerous element and only web, mail or relative-note links in rendered HTML."""
    found = facts(fragment)
    bad = [tag for tag, _ in found.tags if tag in DANGEROUS_TAGS]
    assert not bad, (bad, fragment)
    for attrs in found.tags:
        for name in attrs[1]:
            assert not name.startswith("on"), (attrs, fragment)
    for href in found.hrefs:
        match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", html.unescape(href).strip())
        scheme = match.group(1).lower() if match else ""
        assert scheme in ("http", "https", "mailto") or (
            scheme == ""
            and not href.startswith("//")
            and unquote(href).split("#")[0].endswith(".md")
        ), (href, fragment)


def resolve_link(folder: Path, href: str) -> tuple[Path, str | None]:
    """The note file and anchor a relative link points to."""
    path, _, anchor = href.partition("#")
    return folder / unquote(path), (anchor or None)


def exported_files(folder: Path) -> list[Path]:
    """The files an export wrote, sorted, without its manifest (bookkeeping, not output)."""
    return sorted(p for p in folder.iterdir() if p.name != MANIFEST_NAME)
