"""The Store facade over SQLite (sqlite-utils): the only place that writes SQL."""
