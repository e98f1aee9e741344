"""`workbench show` names a source that is its link's site once, as the reader does.

Found on a working day: every Wikinews article's header read "en.wikinews.org · 2020-01-05 ·
https://en.wikinews.org//wiki/…", the site twice, where the app's reader names it once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.core.text import source_beside_link
from workbench.store import Store

URL = "https://en.wikinews.org/wiki/Storm_closes_bridge"


def _show(path: Path, capsys: pytest.CaptureFixture[str], source: str) -> str:
    store = Store(path)
    store.documents.add_article(Article(title="Storm closes bridge", text="The bridge shut.",
                                        source=source, published="2020-01-05", url=URL))
    store.close()
    assert run_cli(path, "show", "1") == 0
    return capsys.readouterr().out.splitlines()[1]


def test_a_source_that_is_the_links_site_is_named_once(
        library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _show(library_path, capsys, "en.wikinews.org") == f"2020-01-05 · {URL}"


def test_an_outlet_of_its_own_is_named_beside_the_link(
        library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _show(library_path, capsys, "Wikinews") == f"Wikinews · 2020-01-05 · {URL}"


def test_the_rule_is_the_readers() -> None:
    assert source_beside_link("EN.wikinews.org", URL) is None
    assert source_beside_link("www.wikinews.org", "https://www.wikinews.org/x") is None
    assert source_beside_link("Reuters", URL) == "Reuters"
    assert source_beside_link("en.wikinews.org", None) == "en.wikinews.org"
