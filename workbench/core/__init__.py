"""Domain types and pure helpers: no I/O, no Qt."""
