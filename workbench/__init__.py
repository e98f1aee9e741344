"""Analyst Workbench: read, annotate and link claims across news articles."""

__version__ = "0.1.0"
