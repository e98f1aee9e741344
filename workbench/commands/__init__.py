"""Implementations of the ``workbench`` subcommands (thin: they call operations and the Store)."""
