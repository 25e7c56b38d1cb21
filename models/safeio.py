"""Reading a file whose path comes from a user or another program: regular files only, bounded.

A path can name a FIFO (reading it blocks until a writer comes, possibly forever), a device such
as ``/dev/zero`` (an endless stream; reading it to the end exhausts memory), a folder or a
socket, directly or through a symbolic link. :func:`read_file` reads only a *regular* file and
never more than ``limit`` bytes:

1. ``os.stat`` (which follows links) must say "regular file", so a device is never even opened;
2. the file is opened with ``O_NONBLOCK`` (where the platform has it), so that a FIFO swapped in
   between the two steps cannot block the open;
3. ``os.fstat`` of the open descriptor must say "regular file" again (the object actually
   opened is the one checked, whatever happened to the path meanwhile);
4. at most ``limit + 1`` bytes are read, so a file that grows while it is read is refused too.

Every reader of the program (``.kvmap``, CSV, GraphML, GEXF, xlsx and therefore the import
preview, ``validate``, ``diff`` and the comparison) reads through this function; the watcher's
hash of the open map and the lock file go through :func:`open_regular`. Refusals are
:class:`ReadRefusedError` with a message key of :data:`models.errors.MESSAGES`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from models.os_words import os_reason

__all__ = ["ReadRefusedError", "open_regular", "read_file", "same_file", "write_failure"]

_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 1 << 20


class ReadRefusedError(Exception):
    """A file that was not read; ``key`` and ``params`` name the message."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params: dict[str, object] = dict(params)


def _kind_key(mode: int) -> str | None:
    """The refusal key for a file of ``mode``; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is_folder"
    if stat.S_ISFIFO(mode):
        return "is_pipe"
    return "is_device"  # character or block device, socket, door ...


def _unreadable(exc: OSError) -> ReadRefusedError:
    if isinstance(exc, FileNotFoundError):
        return ReadRefusedError("file_missing")
    if isinstance(exc, IsADirectoryError):
        return ReadRefusedError("is_folder")
    return ReadRefusedError("file_unreadable", **os_reason(exc))


def open_regular(path: str | os.PathLike[str]) -> int:
    """A read-only descriptor of the regular file ``path`` (steps 1-3 above); close it yourself.

    Raises :class:`ReadRefusedError` (``file_missing``, ``is_folder``, ``is_pipe``,
    ``is_device``, ``file_unreadable``).
    """
    try:
        key = _kind_key(os.stat(path).st_mode)
    except OSError as exc:
        raise _unreadable(exc) from None
    if key is not None:
        raise ReadRefusedError(key)
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        raise _unreadable(exc) from None
    try:
        key = _kind_key(os.fstat(fd).st_mode)
    except OSError as exc:
        os.close(fd)
        raise _unreadable(exc) from None
    if key is not None:
        os.close(fd)
        raise ReadRefusedError(key)
    return fd


def read_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file ``path`` (symbolic links followed), at most ``limit``.

    Raises :class:`ReadRefusedError`: ``file_missing``, ``is_folder``, ``is_pipe``, ``is_device``,
    ``file_too_large`` (``size``, ``limit``) or ``file_unreadable`` (``reason``).

    Examples
    --------
    >>> read_file("/dev/zero", 10)
    Traceback (most recent call last):
    ...
    models.safeio.ReadRefusedError: is_device
    """
    fd = open_regular(path)
    try:
        info = os.fstat(fd)
        if info.st_size > limit:
            raise ReadRefusedError("file_too_large", size=info.st_size, limit=limit)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while we read it
                raise ReadRefusedError("file_too_large", size=total, limit=limit)
        return b"".join(chunks)
    except OSError as exc:
        raise _unreadable(exc) from None
    finally:
        os.close(fd)


def zeros_only(path: str | os.PathLike[str], limit: int = 64 * _CHUNK) -> int | None:
    """The size of the regular file ``path`` when it holds nothing but zero bytes (0 when it
    is empty), read up to ``limit`` bytes; None when it holds anything else or cannot be read
    (the reader says why). A crash or a sync program can leave a file like that."""
    try:
        fd = open_regular(path)
    except ReadRefusedError:
        return None
    try:
        size = 0
        while size < limit:
            chunk = os.read(fd, _CHUNK)
            if not chunk:
                break
            if chunk.strip(b"\0"):
                return None
            size += len(chunk)
        return max(size, os.fstat(fd).st_size)
    except OSError:
        return None
    finally:
        os.close(fd)


def write_failure(
    exc: OSError, path: str | os.PathLike[str], *, backup: bool = False
) -> tuple[str, dict[str, object]]:
    """The message key and parameters for a failed write of ``path``: what really went wrong.

    ``Is a directory`` alone does not say *which* path is a folder: the target itself, or the
    ``.bak`` beside it that the previous version should go to.
    """
    from models.atomic import NotRegularTargetError, backup_path

    target = Path(os.path.realpath(path))
    if isinstance(exc, NotRegularTargetError):
        return "target_not_regular", {}
    if target.is_dir():
        return "is_folder", {}
    if backup and backup_path(target).is_dir():
        return "backup_is_folder", {"name": backup_path(target).name}
    for parent in target.parents:  # the nearest existing folder on the way must be a folder
        if parent.exists():
            if not parent.is_dir():
                return "parent_not_folder", {"name": str(parent)}
            break
    if not target.parent.exists():
        return "folder_missing", {"name": str(target.parent)}
    if not target.exists():  # there was no previous file to keep
        return "write_failed_new", dict(os_reason(exc))
    return "write_failed", dict(os_reason(exc))


def same_file(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    """``first`` and ``second`` name one file (through symbolic links and ``..``). A path that
    cannot be resolved (a loop of symbolic links: Python 3.11 raises RuntimeError for it) names
    no file, so neither this one (hostile review 22, H3: ``layout --out`` onto a loop was
    reported as a fault of the app; writing there now says why it cannot be written)."""
    try:
        return Path(first).resolve() == Path(second).resolve()
    except (RuntimeError, OSError):
        return False
