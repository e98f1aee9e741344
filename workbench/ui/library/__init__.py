"""The library pane: the document table, its paged model, search and filters.
"""
