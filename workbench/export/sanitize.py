"""Render Markdown to HTML that is safe to show in the app (note previews, the inspector).

Why a tight allow-list after rendering: Markdown passes raw HTML through, and
notes or imported text may be hostile. nh3 (ammonia) parses the HTML like a
browser and keeps only text formatting and web links: no images (no
tracking pixels, no local files), no scripts, styles, forms or frames, and
links only to http, https and mailto, opened with ``rel="noopener"``.
"""

from __future__ import annotations

from functools import lru_cache

import markdown
import nh3

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "dd",
        "del",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "li",
        "ol",
        "p",
        "pre",
        "s",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "id"}, "abbr": {"title"}, "th": {"align"}}
REMOVED_WITH_CONTENT = frozenset({"script", "style"})
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "noopener noreferrer"
MARKDOWN_EXTENSIONS = ("fenced_code", "tables", "sane_lists")


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Drop hrefs that are not absolute web or mail links (relative ones included)."""
    if attribute == "href":
        scheme = value.strip().split(":", 1)[0].lower() if ":" in value else ""
        return value if scheme in LINK_SCHEMES else None
    return value


@lru_cache(maxsize=1)
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(REMOVED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_keep_attribute,
        url_schemes=set(LINK_SCHEMES),
        link_rel=LINK_REL,
        strip_comments=True,
    )


def clean_html(html: str) -> str:
    """Sanitise an HTML fragment with the allow-list above."""
    return _cleaner().clean(html)


def markdown_to_safe_html(md: str) -> str:
    """Render Markdown (fenced code, tables) and sanitise the HTML for display."""
    rendered = markdown.markdown(md, extensions=list(MARKDOWN_EXTENSIONS), output_format="html")
    return clean_html(rendered)
