"""Readers that turn files into ``Article`` records (one module per format).

Public API::

    IngestError                  a file that cannot be imported; str(e) is a one-line reason
    RecordError(IngestError)     one bad JSONL/CSV record; str(e) == "line 7: invalid JSON"
    WorkbenchExportError         a .json workbench export (imported by another path)
    SUPPORTED_SUFFIXES           suffixes picked up inside folders
    iter_input_files(paths)      expand folders into files
    scan_input_files(paths, follow_links=False)
                                 the same, with what was skipped (links, pipes) and
                                 which folders could not be read (an ``InputScan``)
    check_regular_file(path)     the file's stat; IngestError for missing paths, folders,
                                 pipes, devices
    read_articles(path)          all articles of one file (raises IngestError)
    read_records(path)           articles and per-record errors, in file order
    read_results(path)           the same, each article an ``ArticleRead``: with the
                                 published value it refused (for the import report)
    read_text_file(path)         a text file decoded as import decodes it (raises IngestError)

Row-level errors (JSON Lines, CSV): iterate ``read_records(path)``; it yields ``Article``
items and ``RecordError`` items (with ``.line``), so a caller can print
``f"{path}: {error}"`` → ``"news.jsonl: line 7: invalid JSON ..."`` and import the rest.
Whole-file problems raise ``IngestError`` during iteration. ``read_articles`` returns the
good articles and drops bad records (or collects them into ``record_errors=[]``); it
raises only when no article at all could be read. No function here prints.
"""

from __future__ import annotations

from workbench.ingest.articles import ArticleRead
from workbench.ingest.decoding import read_text_file
from workbench.ingest.errors import IngestError, RecordError, WorkbenchExportError
from workbench.ingest.folders import LINK_NOT_FOLLOWED, InputScan, check_regular_file
from workbench.ingest.readers import (
    MULTI_RECORD_SUFFIXES,
    NO_ARTICLES,
    SUPPORTED_SUFFIXES,
    iter_input_files,
    read_articles,
    read_records,
    read_results,
    scan_input_files,
)

__all__ = [
    "ArticleRead",
    "LINK_NOT_FOLLOWED",
    "MULTI_RECORD_SUFFIXES",
    "NO_ARTICLES",
    "SUPPORTED_SUFFIXES",
    "IngestError",
    "InputScan",
    "RecordError",
    "WorkbenchExportError",
    "check_regular_file",
    "iter_input_files",
    "read_articles",
    "read_records",
    "read_results",
    "read_text_file",
    "scan_input_files",
]
