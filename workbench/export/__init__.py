"""Pure export writers (JSON, Markdown, W3C Web Annotation, CSV): records in, text or files out.

Nothing here reads the store (an import-linter contract holds that):
``workbench.operations.exporting`` gathers the records, and ``formats`` is
the one table of formats that the command line and the export dialog read.
"""
