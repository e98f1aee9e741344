"""Small shared widgets: safe browser, link guard, note browser, swatches, layouts.
"""
