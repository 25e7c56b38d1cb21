"""A command's hold on the map it writes: the map's lock from read to write, and a last look.

A command that reads a map and writes it back (``import --to``, ``layout``) takes the map's
lock (:class:`models.filelock.FileLock`, the same lock the app takes) before it reads, and
keeps it until it has written. A second command, or the app, then sees "X has this map open"
and refuses instead of writing over the first one's work. Before writing, the command also
checks that the file on disk is still the one it read (a program that ignores locks, a copy
over the network); when it is not, nothing is written.

With ``--force`` a live lock of another program does not stop the command (it says so); the
command then holds no lock and leaves the other program's lock alone.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from models.filelock import FileLock, LockedError
from models.i18n import Lang
from ui.commands import pick

__all__ = ["MapClaim", "claim_map"]

_Stamp = tuple[int, int, int, int] | None


def _stamp(path: Path) -> _Stamp:
    """What tells one version of the file from another: device, inode, size, mtime."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError:
        return (-1, -1, -1, -1)
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


class MapClaim:
    """This command's claim on the map at ``path`` (see :func:`claim_map`)."""

    def __init__(self, path: str, lang: Lang, lock: FileLock | None) -> None:
        self.path = path
        self.lang = lang
        self.lock = lock
        self.stamp = _stamp(Path(path))

    def unchanged(self) -> bool:
        """Whether the file on disk is still the one this command read; prints the refusal
        on stderr when it is not."""
        if _stamp(Path(self.path)) == self.stamp:
            return True
        print(
            pick(
                self.lang,
                f"{self.path}: the map changed on disk while this command ran; nothing written",
                f"{self.path}: de kaart is op schijf gewijzigd terwijl deze opdracht liep; er is"
                " niets geschreven",
            ),
            file=sys.stderr,
        )
        return False

    def release(self) -> None:
        """Give the lock back (only if this command holds it)."""
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> MapClaim:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def claim_map(path: str, lang: Lang, force: bool) -> MapClaim | None:
    """Take the lock of the map ``path`` for a read-modify-write; None (after saying why on
    stderr) when another live program holds it and ``force`` is not given.

    A stale lock is taken over. A folder where no lock can be made (read-only) gives a claim
    without lock: the write itself then fails with its own message.
    """
    lock = FileLock(path)
    try:
        lock.acquire()
    except LockedError as exc:
        who, since = exc.owner.describe(lang), exc.owner.since()
        if not force:
            print(
                pick(
                    lang,
                    f"{path}: {who} has this map open (since {since}); not written. Close it"
                    " there first, or write anyway with --force",
                    f"{path}: {who} heeft deze kaart open (sinds {since}); niet geschreven."
                    " Sluit haar daar eerst, of schrijf toch met --force",
                ),
                file=sys.stderr,
            )
            return None
        print(
            pick(
                lang,
                f"{path}: {who} has this map open (since {since}); written anyway (--force)",
                f"{path}: {who} heeft deze kaart open (sinds {since}); toch geschreven (--force)",
            ),
            file=sys.stderr,
        )
        return MapClaim(path, lang, None)
    except OSError:
        return MapClaim(path, lang, None)
    return MapClaim(path, lang, lock)
