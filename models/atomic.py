"""Atomic file writes: the target is always either the old or the new complete file.

A write goes to a temporary file ``.~kv-<name>.<machine>-<pid>-<start>.<random>`` in the
target's folder, is flushed and fsynced, and is renamed over the target; the folder is fsynced
too. A writer killed half-way leaves at most that temporary file behind; the next save of the
same target removes such leftovers when their writer is gone (same machine, and no process
with that id and start time runs) or when they are older than :data:`STALE_TEMP_AGE` seconds
(any machine). ``<machine>`` is :func:`models.process.machine_tag`, so a machine never takes
another's in-flight file for its own, however alike their host names; the start time keeps a
reused process id from passing for the writer.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import time
from pathlib import Path

from models.process import machine_tag, process_alive, process_start

__all__ = [
    "BACKUP_SUFFIX",
    "STALE_TEMP_AGE",
    "TEMP_PREFIX",
    "NotRegularTargetError",
    "atomic_write_bytes",
    "backup_path",
    "cleanup_stale_temps",
    "shift_backups",
    "temp_files",
]

BACKUP_SUFFIX = ".bak"
TEMP_PREFIX = ".~kv-"
#: A temporary file this old (seconds) is stale whoever wrote it: no save takes an hour.
STALE_TEMP_AGE = 3600.0
_NAME_BYTES = 100  # the part of the target's name kept in temporary names (NAME_MAX is 255)
_OWNER = re.compile(r"(?P<machine>[0-9a-f]{12})-(?P<pid>\d+)-(?P<start>\d+)\.")


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the previous version of ``path`` is kept (``map.kvmap`` -> ``map.kvmap.bak``)."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def shift_backups(path: str | os.PathLike[str], keep: int | None = None) -> Path | None:
    """Before a write that keeps ``path.bak``: an existing ``path.bak`` that differs from
    ``path`` (a version the write would otherwise lose) moves to ``path.bak.1``, an older
    ``.bak.1`` to ``.bak.2`` and so on; with ``keep``, at most ``keep`` numbered versions stay
    and the oldest goes. The name the ``.bak`` moved to, or None when it stayed.

    The anonymised copy keeps every version (hostile review 8, N2); an export keeps two
    (``.bak``, ``.bak.1``, ``.bak.2``: the last three files it replaced, hostile review 11).
    """
    bak = backup_path(path)
    try:
        if not bak.is_file() or bak.read_bytes() == Path(path).read_bytes():
            return None
    except OSError:
        return None
    last = 1
    while (keep is None or last < keep) and Path(f"{bak}.{last}").exists():
        last += 1
    for n in range(last, 1, -1):  # the oldest first: .bak.2 -> .bak.3, then .bak.1 -> .bak.2
        os.replace(f"{bak}.{n - 1}", f"{bak}.{n}")
    moved = Path(f"{bak}.1")
    os.replace(bak, moved)
    return moved


def _temp_stem(name: str) -> str:
    """``.~kv-<name>.`` with the name cut to a safe length (whole characters)."""
    cut = name.encode("utf-8", "surrogateescape")[:_NAME_BYTES]
    return TEMP_PREFIX + cut.decode("utf-8", "ignore") + "."


def _new_temp_name(target: Path, kind: str) -> Path:
    import secrets  # only when writing: a reader does not pay for it (issue 14, snap18d)

    token = secrets.token_hex(4)
    owner = f"{machine_tag()}-{os.getpid()}-{_my_start()}"
    return target.with_name(f"{_temp_stem(target.name)}{owner}.{kind}{token}")


_START: dict[int, int] = {}


def _my_start() -> int:
    """This process's start time (cached per pid: a forked child has its own)."""
    pid = os.getpid()
    if pid not in _START:
        _START[pid] = process_start(pid)
    return _START[pid]


def temp_files(path: str | os.PathLike[str]) -> list[Path]:
    """The temporary files of saves of ``path`` that are lying in its folder."""
    target = Path(path)
    stem = _temp_stem(target.name)
    folder = target.parent
    try:
        names = os.listdir(folder if str(folder) else ".")
    except OSError:
        return []
    return sorted(folder / n for n in names if n.startswith(stem))


def _is_stale(temp: Path, stem: str, now: float, max_age: float) -> bool:
    try:
        age = now - temp.lstat().st_mtime
    except OSError:
        return False
    if age > max_age:
        return True
    owner = _OWNER.match(temp.name[len(stem) :])
    if owner is None or owner["machine"] != machine_tag():
        return False  # cannot ask another machine; wait for the age rule
    pid = int(owner["pid"])
    return pid != os.getpid() and not process_alive(pid, int(owner["start"]))


def cleanup_stale_temps(
    path: str | os.PathLike[str], *, max_age: float = STALE_TEMP_AGE
) -> list[Path]:
    """Remove leftovers of killed saves of ``path``; returns what was removed.

    A temporary file is stale when the process that wrote it ran on this host and is gone,
    or when it is older than ``max_age`` seconds. Temporary files of saves running right now
    (in this or another live process) are left alone. Errors are ignored: cleaning up is a
    courtesy, never a reason for a save to fail.
    """
    target = Path(path)
    stem = _temp_stem(target.name)
    now = time.time()
    removed: list[Path] = []
    for temp in temp_files(target):
        if _is_stale(temp, stem, now, max_age):
            with contextlib.suppress(OSError):
                temp.unlink()
                removed.append(temp)
    return removed


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


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd`` (``os.write`` may write less than asked)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _keep_backup(path: Path) -> None:
    """Point ``path.bak`` at the current content of ``path`` (hard link, else copy)."""
    backup = backup_path(path)
    tmp = _new_temp_name(path, "bak")
    try:
        try:
            os.link(path, tmp)
        except OSError:
            import shutil  # only here (issue 14, snap18d)

            shutil.copy2(path, tmp)
        os.replace(tmp, backup)
        # rename() does nothing when both names are links to one file (a concurrent save made
        # the backup a link to the same target a moment ago): the temporary name stays. Drop it.
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _resolve(path: str | os.PathLike[str]) -> Path:
    """The file to replace: a symbolic link is written through, not replaced by a file."""
    target = Path(path)
    if target.is_symlink():
        return Path(os.path.realpath(target))
    return target


class NotRegularTargetError(OSError):
    """The target exists but is a device, named pipe or socket: nothing is written."""

    #: said in words by :func:`models.os_words.os_reason` (not "error 22": hostile review 23)
    not_regular = True

    def __init__(self, filename: str) -> None:
        super().__init__(errno.EINVAL, "not a regular file (a device, pipe or socket)", filename)


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _read_only_folder(folder: Path) -> bool:
    """Whether ``folder`` lies on a file system mounted read-only."""
    try:
        return bool(os.statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1))
    except (OSError, AttributeError):  # no statvfs (Windows): say what access said
        return False


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, *, backup: bool = False, keep: int | None = None
) -> None:
    """Write ``data`` to ``path`` atomically.

    The bytes go to a temporary file in the same folder, are flushed and fsynced, and the
    temporary file is renamed over the target; the folder is fsynced too. On any failure the
    temporary file is removed and the old target is untouched; the ``OSError`` propagates.
    With ``backup`` the previous version is kept as ``path.bak``. The target's permissions are
    kept; a target without write permission is refused (``PermissionError``), like an editor
    would. With ``backup`` and ``keep``, the older backups shift first
    (:func:`shift_backups`), only once the new file is complete: a failed write rotates
    nothing (hostile review 12, D2). A symbolic link is written through. Stale temporary
    files of earlier, killed saves of the same target are removed first (see
    :func:`cleanup_stale_temps`).
    """
    target = _resolve(path)
    folder = target.parent if str(target.parent) else Path()
    try:
        st = os.stat(target)
    except FileNotFoundError:
        mode: int | None = None
    else:
        if not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
            # A device, pipe or socket (also behind a symbolic link) is never replaced by a
            # file: renaming over /dev/zero would destroy the device node.
            raise NotRegularTargetError(str(target))
        mode = stat.S_IMODE(st.st_mode)
    if mode is not None and (not os.access(target, os.W_OK) or not mode & 0o222):
        # also for root, who may write anything: a file made read-only is not replaced; the
        # cause is named (a read-only file system, not "permission denied")
        code = errno.EROFS if _read_only_folder(folder) else errno.EACCES
        raise PermissionError(code, os.strerror(code), str(target))
    with contextlib.suppress(OSError):
        cleanup_stale_temps(target)
    tmp = _new_temp_name(target, "")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, _new_file_mode() if mode is None else mode)
        if backup and mode is not None:
            if keep is not None:
                shift_backups(target, keep=keep)
            _keep_backup(target)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(folder)
