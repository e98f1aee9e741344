"""Claims: the document's claims tab, every claim in a dock, the map, the picker.
"""
