"""Writing export files atomically, with errors that name the file."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from exports.errors import ExportFileError, problem
from models.atomic import atomic_write_bytes

__all__ = ["BACKUPS_KEPT", "save_document", "save_workbook", "write_bytes", "write_text"]

#: An export written over an existing file keeps the last three files it replaced: ``.bak``
#: (the one just replaced), ``.bak.1`` and ``.bak.2`` (older); a fourth export drops the oldest.
#: So a nota finished by hand survives two more exports over it (hostile review 11).
BACKUPS_KEPT = 2  # numbered, besides .bak


def write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` atomically (with ``backup`` an existing file is kept as
    ``path.bak``, older ones as ``.bak.1`` and ``.bak.2``: :data:`BACKUPS_KEPT`); raises
    :class:`ExportFileError` naming the file."""
    try:
        atomic_write_bytes(path, data, backup=backup, keep=BACKUPS_KEPT if backup else None)
    except OSError as exc:
        folder = Path(os.path.abspath(path)).parent
        if not folder.exists():  # name the folder, not just "No such file" (hostile 5, C11)
            missing = problem("folder_missing", name=str(folder))
            raise ExportFileError([missing], str(path)) from None
        reason = exc.strerror or str(exc)
        raise ExportFileError([problem("write_failed", reason=reason)], str(path)) from None


def write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically."""
    write_bytes(path, text.encode(encoding))


def save_document(document: Any, path: str | os.PathLike[str]) -> None:
    """Save anything with a ``save(file)`` method (openpyxl, python-docx, python-pptx); an
    existing file is kept as ``path.bak`` (and the two before it as ``.bak.1``, ``.bak.2``):
    a nota or deck the user finished in Word or PowerPoint is not lost to the next exports
    (hostile review 11, N6)."""
    buffer = io.BytesIO()
    document.save(buffer)
    write_bytes(path, buffer.getvalue(), backup=True)


def save_workbook(wb: Any, path: str | os.PathLike[str]) -> None:
    """Save an openpyxl workbook to ``path`` atomically."""
    save_document(wb, path)
