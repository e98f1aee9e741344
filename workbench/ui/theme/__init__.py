"""Light and dark themes: the Qt palette, stylesheet, icons and highlight colours.
"""
