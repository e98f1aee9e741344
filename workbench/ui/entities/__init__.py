"""Entities: the entity table and page, curation actions, duplicate candidates.
"""
