"""The inspector beside the reader: entities, quotes, notes, suggestions, details.
"""
