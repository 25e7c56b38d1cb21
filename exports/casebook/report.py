"""Write the casebook as an Excel workbook or a Word note (by the file's suffix)."""

from __future__ import annotations

from pathlib import Path

from exports.casebook.run import CasebookRun
from models.i18n import Lang

__all__ = ["write_report"]


def write_report(run: CasebookRun, path: Path, lang: Lang) -> None:
    """Write ``run`` to ``path`` (.xlsx or .docx), atomically."""
    if path.suffix.lower() == ".docx":
        from exports.casebook.note import write_note

        write_note(run, path, lang)
    else:
        from exports.casebook.workbook import write_workbook

        write_workbook(run, path, lang)
