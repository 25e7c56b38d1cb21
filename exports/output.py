"""Writing export files atomically, with errors that name the file."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from exports.errors import ExportFileError, problem
from models.atomic import atomic_write_bytes
from models.os_words import os_reason

__all__ = [
    "BACKUPS_KEPT",
    "kept_apart",
    "save_document",
    "save_workbook",
    "write_bytes",
    "write_text",
]

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
        above = next((p for p in (folder, *folder.parents) if p.exists()), folder)
        if not above.is_dir():  # name the file in the way, not "Not a directory" (rev-dutch21 D1)
            in_the_way = problem("write_parent_not_folder", name=str(above))
            raise ExportFileError([in_the_way], str(path)) from None
        if not folder.exists():  # name the folder, not just "No such file" (hostile 5, C11)
            missing = problem("folder_missing", name=str(folder))
            raise ExportFileError([missing], str(path)) from None
        said = os_reason(exc)
        failed = problem("write_failed", reason=said["reason"], reason_nl=said["reason_nl"])
        raise ExportFileError([failed], str(path)) from None


def write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically."""
    write_bytes(path, text.encode(encoding))


_MARK = b"krachtenveld-sha256:"
_KEPT_APART: dict[str, Path] = {}


def _digest(archive: zipfile.ZipFile) -> bytes:
    """A digest of what the members of ``archive`` hold (their names, checksums and sizes):
    the same for two exports of the same map, whatever their time stamps."""
    parts = sorted(f"{i.filename}:{i.CRC}:{i.file_size}" for i in archive.infolist())
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest().encode("ascii")


def _stamped(data: bytes) -> bytes:
    """``data`` (a .docx, .pptx or .xlsx) with the digest of its content in the zip comment,
    which Word, PowerPoint and Excel do not keep: a file saved in them is no longer as
    Krachtenveld wrote it (hostile review 12, D1)."""
    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.comment = _MARK + _digest(archive)
    return buffer.getvalue()


def _as_written(path: Path) -> bool:
    """Whether ``path`` is a file Krachtenveld wrote and nobody changed since."""
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.comment == _MARK + _digest(archive)
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def _keep_apart(path: str | os.PathLike[str]) -> Path | None:
    """An existing ``path`` that was changed after Krachtenveld wrote it (a nota finished in
    Word), or that Krachtenveld never wrote, is copied to ``nota.edited-2026-12-04.docx``
    first: the backups rotate, that copy never does (hostile review 12, D1)."""
    target = Path(path)
    if not target.is_file() or _as_written(target):
        return None
    held = target.read_bytes()
    n = 1
    while True:
        apart = target.with_name(
            f"{target.stem}.edited-{date.today().isoformat()}"
            f"{'' if n == 1 else f'-{n}'}{target.suffix}"
        )
        if not apart.exists():
            atomic_write_bytes(apart, held)
            return apart
        if apart.is_file() and apart.read_bytes() == held:
            return apart
        n += 1


def kept_apart(path: str | os.PathLike[str]) -> Path | None:
    """Where the last export over ``path`` in this run kept the file it found there because
    it had been changed after Krachtenveld wrote it, or None."""
    return _KEPT_APART.get(os.path.abspath(path))


def save_document(document: Any, path: str | os.PathLike[str]) -> None:
    """Save anything with a ``save(file)`` method (openpyxl, python-docx, python-pptx); an
    existing file is kept as ``path.bak`` (and the two before it as ``.bak.1``, ``.bak.2``):
    a nota or deck the user finished in Word or PowerPoint is not lost to the next exports
    (hostile review 11, N6)."""
    buffer = io.BytesIO()
    document.save(buffer)
    data = _stamped(buffer.getvalue())
    _KEPT_APART.pop(os.path.abspath(path), None)
    try:
        apart = _keep_apart(path)
    except OSError as exc:
        said = os_reason(exc)
        failed = problem("write_failed", reason=said["reason"], reason_nl=said["reason_nl"])
        raise ExportFileError([failed], str(path)) from None
    if apart is not None:
        _KEPT_APART[os.path.abspath(path)] = apart
    write_bytes(path, data, backup=True)


def save_workbook(wb: Any, path: str | os.PathLike[str]) -> None:
    """Save an openpyxl workbook to ``path`` atomically."""
    save_document(wb, path)
