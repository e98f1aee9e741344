"""Analyst and batch operations shared by the CLI and the GUI (Qt-free).

Each function takes a Store and, for long work, a ``Progress``; none touches
widgets, so the GUI runs them on its worker threads and the CLI runs them
directly.
"""
