"""Ctrl-C while the command line loads: one line and exit 130, never a traceback (attack run 7)."""

from __future__ import annotations

import runpy
import sys
import types

import pytest


def test_an_interrupt_during_loading_exits_130_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    loading = types.ModuleType("workbench.cli")

    def interrupted(name: str) -> object:
        raise KeyboardInterrupt

    loading.__getattr__ = interrupted  # type: ignore[method-assign]
    monkeypatch.setitem(sys.modules, "workbench.cli", loading)
    monkeypatch.delitem(sys.modules, "workbench.__main__", raising=False)
    with pytest.raises(SystemExit) as stopped:
        runpy.run_module("workbench.__main__", run_name="__main__")
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "workbench: interrupted\n"
