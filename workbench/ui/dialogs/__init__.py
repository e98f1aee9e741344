"""Dialogs opened from menus and panels: export, batch search, tags, notes, errors.
"""
