"""Ctrl-C while the command line loads: one line and exit 130, never a traceback (attack run 7)."""

from __future__ import annotations

import runpy
import sys
import tomllib
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_an_interrupt_during_loading_exits_130_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _interrupted_loading(monkeypatch)
    monkeypatch.delitem(sys.modules, "workbench.__main__", raising=False)
    with pytest.raises(SystemExit) as stopped:
        runpy.run_module("workbench.__main__", run_name="__main__")
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "workbench: interrupted\n"


def _interrupted_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``from workbench.cli import main`` raise KeyboardInterrupt, as Ctrl-C while loading."""
    loading = types.ModuleType("workbench.cli")

    def interrupted(name: str) -> object:
        raise KeyboardInterrupt

    loading.__getattr__ = interrupted  # type: ignore[method-assign]
    monkeypatch.setitem(sys.modules, "workbench.cli", loading)


def test_the_workbench_command_entry_exits_130_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.__main__ import run

    _interrupted_loading(monkeypatch)
    assert run() == 130
    assert capsys.readouterr().err == "workbench: interrupted\n"


def test_the_workbench_command_entry_returns_the_command_lines_exit_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from workbench.__main__ import run

    loaded = types.ModuleType("workbench.cli")
    loaded.main = lambda: 7  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "workbench.cli", loaded)
    assert run() == 7


def test_the_installed_workbench_command_goes_through_the_guarded_entry() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["workbench"] == "workbench.__main__:run"
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert '"workbench" / "__main__.py"' in spec
