"""Remembered window state and preferences (QSettings, organisation "AnalystWorkbench")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "AnalystWorkbench"
APPLICATION = "Analyst Workbench"
MAX_RECENT = 8
CLUSTER_KEY = "analysis/cluster"


def app_settings() -> QSettings:
    """The user's settings store (tests redirect it with ``QSettings.setPath``)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANIZATION, APPLICATION)


def recent_libraries(settings: QSettings) -> list[str]:
    """Recently opened library files that still exist, newest first."""
    value = settings.value("recent_libraries", [])
    paths = [value] if isinstance(value, str) else list(value or [])
    return [path for path in paths if Path(path).exists()][:MAX_RECENT]


def remember_library(settings: QSettings, path: str | Path) -> list[str]:
    """Put ``path`` first in the recent list and return the list."""
    resolved = str(Path(path).resolve())
    paths = [resolved] + [p for p in recent_libraries(settings) if p != resolved]
    settings.setValue("recent_libraries", paths[:MAX_RECENT])
    return paths[:MAX_RECENT]


def cluster_address(settings: QSettings) -> str:
    """The Dask scheduler the window's imports extract on ("" for this computer)."""
    value = settings.value(CLUSTER_KEY, "")
    return value.strip() if isinstance(value, str) else ""


def remember_cluster_address(settings: QSettings, address: str) -> None:
    """Keep ``address`` (empty: analyse on this computer again)."""
    settings.setValue(CLUSTER_KEY, address.strip())
