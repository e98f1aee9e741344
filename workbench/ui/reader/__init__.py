"""The reader: one document rendered safely, with the analyst's marks on it.

Also the menu and controller that turn a selection into highlights, notes,
claims, tags and entities.
"""
