"""Background work: the writer thread, store actions, imports and their progress.
"""
