"""Entity, quote and speaker extraction (spaCy is imported lazily, only here)."""
