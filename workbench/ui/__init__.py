"""The desktop app, in rooms: the only package that imports PySide6.

Rooms from top to bottom (a room imports only rooms below it; see the
"ui rooms" import-linter contract): ``app`` (the window shell), ``inspector``
and ``claims``, ``reader``, ``entities`` and ``library``, ``dialogs``,
``tasks`` and ``widgets``, ``theme``. Every view is handed the window's
``changes_applied`` signal and decides itself what a ``Changes`` means to it.
"""
