"""Lock files for maps on shared drives: ``.~lock.<name>#`` next to the map.

The lock file is a small JSON object naming who has the map open: user, host, process id,
application, when it was opened and a heartbeat time that the running program refreshes
(:meth:`FileLock.refresh`, every :data:`HEARTBEAT_EVERY` seconds in the GUI). Another program
that wants to open the map reads it with :func:`inspect` and warns; a lock is *stale* when its
owner ran on this host and is gone, or when its heartbeat is older than
:data:`STALE_AFTER` seconds (a crashed program on another machine), and is then taken over.

Creating the lock uses ``O_CREAT | O_EXCL``, so two programs cannot both create it. Lock files
are advisory: they protect against people, not against malice.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> lock = FileLock(folder / "kaart.kvmap")
>>> lock.acquire()
>>> lock.lock_file.name
'.~lock.kaart.kvmap#'
>>> inspect(folder / "kaart.kvmap") is None   # held by this very process
True
>>> lock.release()
>>> lock.lock_file.exists()
False
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from models.atomic import atomic_write_bytes
from models.errors import KvmapError, Problem
from models.i18n import Catalogue, Lang
from models.process import host_name, pid_alive, user_name

__all__ = [
    "HEARTBEAT_EVERY",
    "LOCK_MESSAGES",
    "STALE_AFTER",
    "FileLock",
    "LockOwner",
    "LockedError",
    "inspect",
    "lock_path",
    "read_lock",
]

APP_NAME = "Krachtenveld"
#: The GUI refreshes its locks this often (seconds).
HEARTBEAT_EVERY = 60.0
#: A lock whose heartbeat is older than this (seconds) is stale, whoever holds it.
STALE_AFTER = 600.0
_MAX_LOCK_BYTES = 4096

LOCK_MESSAGES = Catalogue(
    {
        "owner": ("{user} on {host}", "{user} op {host}"),
        "unknown_owner": ("someone", "iemand"),
    }
)


@dataclass(frozen=True, slots=True)
class LockOwner:
    """Who holds a lock, as written in the lock file."""

    user: str
    host: str
    pid: int
    app: str = APP_NAME
    created: float = 0.0
    heartbeat: float = 0.0

    @classmethod
    def me(cls, now: float | None = None) -> LockOwner:
        """This process, now."""
        stamp = time.time() if now is None else now
        return cls(user_name(), host_name(), os.getpid(), APP_NAME, stamp, stamp)

    def is_mine(self) -> bool:
        """Whether this process holds the lock."""
        return self.host == host_name() and self.pid == os.getpid()

    def is_stale(self, now: float | None = None, stale_after: float = STALE_AFTER) -> bool:
        """Owner gone (same host, process not alive) or no heartbeat for ``stale_after`` s."""
        if self.host == host_name() and not pid_alive(self.pid):
            return True
        current = time.time() if now is None else now
        return current - self.heartbeat > stale_after

    def describe(self, lang: Lang = "en") -> str:
        """``anna on pc-12`` / ``anna op pc-12``."""
        if not self.user and not self.host:
            return LOCK_MESSAGES.text("unknown_owner", lang)
        return LOCK_MESSAGES.text("owner", lang, user=self.user or "?", host=self.host or "?")

    def since(self) -> str:
        """When the lock was taken, as local ``YYYY-MM-DD HH:MM``."""
        try:
            return datetime.fromtimestamp(self.created).strftime("%Y-%m-%d %H:%M")
        except (ValueError, OverflowError, OSError):
            return "?"

    def to_bytes(self) -> bytes:
        """The lock file's content."""
        return (json.dumps(asdict(self), ensure_ascii=True) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, data: bytes, fallback_time: float) -> LockOwner:
        """Parse a lock file; anything unreadable becomes an unknown owner at ``fallback_time``.

        An unreadable lock (being written, or damaged) counts as held by someone unknown, and
        becomes stale like any other lock when ``fallback_time`` (its mtime) grows old.
        """
        try:
            raw = json.loads(data[:_MAX_LOCK_BYTES].decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raw = None
        if not isinstance(raw, dict):
            return cls("", "", 0, "", fallback_time, fallback_time)

        def text(key: str) -> str:
            value = raw.get(key)
            return value[:200] if isinstance(value, str) else ""

        def number(key: str) -> float:
            value = raw.get(key)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return float(value)
            return fallback_time

        pid = raw.get("pid")
        return cls(
            user=text("user"),
            host=text("host"),
            pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else 0,
            app=text("app"),
            created=number("created"),
            heartbeat=number("heartbeat"),
        )


class LockedError(KvmapError):
    """The map is open in another live program; ``owner`` says who."""

    def __init__(self, owner: LockOwner, source: str = "") -> None:
        self.owner = owner
        params = {"user": owner.user or "?", "host": owner.host or "?", "since": owner.since()}
        super().__init__([Problem("", "file_locked", params)], source)


def lock_path(path: str | os.PathLike[str]) -> Path:
    """The lock file of a map: ``folder/.~lock.<name>#``."""
    target = Path(path)
    return target.with_name(f".~lock.{target.name}#")


def read_lock(path: str | os.PathLike[str]) -> LockOwner | None:
    """The owner written in the lock of ``path`` (anyone, this process too), or None."""
    file = lock_path(path)
    try:
        mtime = file.stat().st_mtime
        with file.open("rb") as handle:
            data = handle.read(_MAX_LOCK_BYTES)
    except FileNotFoundError:
        return None
    except OSError:
        return LockOwner("", "", 0, "", time.time(), time.time())  # unreadable: assume held
    return LockOwner.from_bytes(data, mtime)


def inspect(path: str | os.PathLike[str]) -> LockOwner | None:
    """The *other* owner of ``path``'s lock: None when unlocked or held by this process.

    Check :meth:`LockOwner.is_stale` on the result: a stale lock can be taken over.
    """
    owner = read_lock(path)
    if owner is None or owner.is_mine():
        return None
    return owner


class FileLock:
    """The lock of one map, held by this process while the map is open."""

    def __init__(self, path: str | os.PathLike[str], *, stale_after: float = STALE_AFTER) -> None:
        self.path = Path(path)
        self.lock_file = lock_path(self.path)
        self.stale_after = stale_after
        self._held = False

    @property
    def held(self) -> bool:
        """Whether this object created (or took over) the lock and has not released it."""
        return self._held

    def acquire(self, *, force: bool = False) -> None:
        """Take the lock.

        Raises :class:`LockedError` when another live program holds it, unless ``force``
        ("open anyway"), which writes our name over theirs. A stale lock is taken over.
        ``OSError`` (e.g. a read-only folder) propagates: the caller may go on without a lock.
        """
        for _ in range(3):
            if self._create():
                self._held = True
                return
            owner = read_lock(self.path)
            if owner is None:
                continue  # released between our attempt and our look: try again
            if owner.is_mine() or force or owner.is_stale(stale_after=self.stale_after):
                self._write(LockOwner.me())
                self._held = True
                return
            raise LockedError(owner, str(self.path))
        owner = read_lock(self.path) or LockOwner("", "", 0)
        raise LockedError(owner, str(self.path))

    def refresh(self) -> bool:
        """Renew the heartbeat; False when someone else has taken the lock over.

        A lock file that vanished (someone deleted it) is created again.
        """
        if not self._held:
            return False
        owner = read_lock(self.path)
        if owner is not None and not owner.is_mine():
            return False
        now = time.time()
        created = owner.created if owner is not None else now
        me = LockOwner.me(now)
        try:
            self._write(LockOwner(me.user, me.host, me.pid, me.app, created, now))
        except OSError:
            return True  # the folder went read-only or away; keep our claim
        return True

    def release(self) -> None:
        """Remove the lock if it is still ours (never someone else's)."""
        if not self._held:
            return
        self._held = False
        owner = read_lock(self.path)
        if owner is not None and owner.is_mine():
            with contextlib.suppress(OSError):
                self.lock_file.unlink()

    def _create(self) -> bool:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self.lock_file, flags, 0o644)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno == errno.EEXIST:
                return False
            raise
        try:
            os.write(fd, LockOwner.me().to_bytes())
        finally:
            os.close(fd)
        return True

    def _write(self, owner: LockOwner) -> None:
        atomic_write_bytes(self.lock_file, owner.to_bytes())

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
