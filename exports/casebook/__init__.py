"""The casebook of a folder of case maps: walk, index, analyse in parallel, report (issue 16).

:func:`run_casebook` gives a :class:`CasebookRun`; :mod:`exports.casebook.words` says it in
Dutch and English (text and JSON), :mod:`exports.casebook.workbook` and
:mod:`exports.casebook.note` write the Excel workbook and the Word note.
"""

from __future__ import annotations

from exports.casebook.index import INDEX_NAME, cache_folder
from exports.casebook.run import CasebookCancelled, CasebookRun, CaseEntry, Skipped, run_casebook

__all__ = [
    "INDEX_NAME",
    "CaseEntry",
    "CasebookCancelled",
    "CasebookRun",
    "Skipped",
    "cache_folder",
    "run_casebook",
]
