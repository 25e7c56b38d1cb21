"""Atomic file writes: the target is always either the old or the new complete file."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from pathlib import Path

__all__ = ["BACKUP_SUFFIX", "TEMP_PREFIX", "atomic_write_bytes", "backup_path"]

BACKUP_SUFFIX = ".bak"
TEMP_PREFIX = ".~kv-"


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept (``map.kvmap`` -> ``map.kvmap.bak``)."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _keep_backup(path: Path) -> None:
    """Point ``path.bak`` at the current content of ``path`` (hard link, else copy)."""
    backup = backup_path(path)
    tmp = path.with_name(f"{TEMP_PREFIX}{path.name}.bak.{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        os.link(path, tmp)
    except OSError:
        shutil.copy2(path, tmp)
    os.replace(tmp, backup)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` atomically.

    The bytes go to a temporary file in the same folder, are flushed and fsynced, and the
    temporary file is renamed over the target; the folder is fsynced too. On any failure the
    temporary file is removed and the old target is untouched; the ``OSError`` propagates.
    With ``backup`` the previous version is kept as ``path.bak``. The target's permissions are
    kept.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path()
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX + target.name + ".", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        if backup and target.exists():
            _keep_backup(target)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(folder)
