"""``workbench`` with no display says so in one line instead of Qt aborting the process.

Before: on a Linux server or over SSH without X forwarding, ``workbench`` (the desktop
app, the default command) ended with exit 134 and "could not load the Qt platform plugin".
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import REPO
from workbench.cli import missing_display


def test_linux_without_display_or_wayland_is_named() -> None:
    reason = missing_display({}, "linux")
    assert "no display" in reason and "workbench --help" in reason


@pytest.mark.parametrize(
    "env,platform",
    [
        ({"DISPLAY": ":0"}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({}, "win32"),
        ({}, "darwin"),
    ],
)
def test_a_display_a_chosen_platform_or_a_desktop_system_may_try(
    env: dict[str, str], platform: str
) -> None:
    assert missing_display(env, platform) == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland variables")
def test_the_default_command_without_display_exits_1_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(tmp_path / "l.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("workbench: no display") and done.stderr.count("\n") == 1
