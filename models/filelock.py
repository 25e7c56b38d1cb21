"""Lock files for maps on shared drives: ``.~lock.<name>#`` next to the map.

The lock file is a small JSON object naming who has the map open: user, host, process id,
application, when it was opened and a heartbeat time that the running program refreshes
(:meth:`FileLock.refresh`, every :data:`HEARTBEAT_EVERY` seconds in the GUI). Another program
that wants to open the map reads it with :func:`inspect` and warns; a lock is *stale* when its
owner ran on this machine and is gone, or when the lock file was not rewritten for
:data:`STALE_AFTER` seconds (a crashed program on another machine), and is then taken over.

One clock: the age of a lock is the lock file's own modification time measured against the
shared drive's clock now (the time stamp of a probe file written next to it), never against
the clock of the machine that reads it, so a machine whose clock runs slow or fast neither
takes a live lock over nor keeps a dead one. Owners are told apart by a random owner id per
process (and a machine tag, see :func:`models.process.machine_tag`), never by host name: two
machines with the same name do not take each other's locks for their own.

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
import dataclasses
import errno
import json
import os
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from models.atomic import atomic_write_bytes
from models.errors import KvmapError, Problem
from models.i18n import Catalogue, Lang
from models.process import host_name, machine_tag, process_alive, process_start, user_name
from models.safeio import ReadRefusedError, open_regular

__all__ = [
    "HEARTBEAT_EVERY",
    "LOCK_MESSAGES",
    "STALE_AFTER",
    "FileLock",
    "LockOwner",
    "LockedError",
    "drive_now",
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
#: An empty lock file older than this (seconds) is stale: a save that failed (disk full) between
#: creating the lock and writing it. Not at once: another program may be between those two steps.
EMPTY_STALE_AFTER = 2.0

LOCK_MESSAGES = Catalogue(
    {
        "owner": ("{user} on {host}", "{user} op {host}"),
        "unknown_owner": ("someone", "iemand"),
    }
)


_IDS: dict[int, str] = {}


def owner_id() -> str:
    """This process's random owner id (a forked child gets its own)."""
    pid = os.getpid()
    if pid not in _IDS:
        import secrets  # only here: 0.002 s at the start of every command (issue 14, snap18d)

        _IDS[pid] = secrets.token_hex(8)
    return _IDS[pid]


def drive_now(folder: str | os.PathLike[str]) -> float:
    """The time now by the clock of the drive that holds ``folder``.

    A probe file is created and removed there; its modification time is set by the file
    server, the same clock that stamps the lock files. Falls back to this machine's clock when
    the folder cannot be written.
    """
    import secrets

    probe = Path(folder) / f".~kv-clock.{secrets.token_hex(6)}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return time.time()
    try:
        os.write(fd, b"t")
        return os.fstat(fd).st_mtime
    except OSError:
        return time.time()
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            probe.unlink()


@dataclass(frozen=True, slots=True)
class LockOwner:
    """Who holds a lock, as written in the lock file.

    ``age`` is not written: it is how long ago the lock file was last written, measured on the
    drive's clock when it was read (see :func:`read_lock`).
    """

    user: str
    host: str
    pid: int
    app: str = APP_NAME
    created: float = 0.0
    heartbeat: float = 0.0
    owner: str = ""  # random owner id of the process (see owner_id)
    machine: str = ""  # machine tag (see models.process.machine_tag)
    start: int = 0  # start time of the process, to tell a reused pid apart
    age: float = 0.0
    empty: bool = False  # the lock file was empty (not written): see EMPTY_STALE_AFTER

    @classmethod
    def me(cls, now: float | None = None) -> LockOwner:
        """This process, now."""
        stamp = time.time() if now is None else now
        pid = os.getpid()
        return cls(
            user_name(),
            host_name(),
            pid,
            APP_NAME,
            stamp,
            stamp,
            owner_id(),
            machine_tag(),
            process_start(pid),
        )

    def is_mine(self) -> bool:
        """Whether this process holds the lock (by owner id; old lock files by host and pid)."""
        if self.owner:
            return self.owner == owner_id()
        return self.host == host_name() and self.pid == os.getpid()

    def is_stale(self, stale_after: float = STALE_AFTER) -> bool:
        """Owner gone (this machine, process not alive) or the lock file not rewritten for
        ``stale_after`` seconds by the drive's clock (``age``)."""
        same_machine = bool(self.machine) and self.machine == machine_tag()
        if same_machine and not self.is_mine() and not process_alive(self.pid, self.start):
            return True
        if self.empty and self.age > EMPTY_STALE_AFTER:
            return True  # left by an interrupted save (hostile review 6, N4)
        return self.age > stale_after

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
        fields = {
            "user": self.user,
            "host": self.host,
            "pid": self.pid,
            "app": self.app,
            "created": self.created,
            "heartbeat": self.heartbeat,
            "owner": self.owner,
            "machine": self.machine,
            "start": self.start,
        }
        return (json.dumps(fields, ensure_ascii=True) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, data: bytes, fallback_time: float, age: float = 0.0) -> LockOwner:
        """Parse a lock file; anything unreadable becomes an unknown owner at ``fallback_time``.

        An unreadable lock (being written, or damaged) counts as held by someone unknown, and
        becomes stale like any other lock when ``fallback_time`` (its mtime) grows old.
        """
        if not data.strip():
            return cls("", "", 0, "", fallback_time, fallback_time, age=age, empty=True)
        try:
            raw = json.loads(data[:_MAX_LOCK_BYTES].decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raw = None
        if not isinstance(raw, dict):
            return cls("", "", 0, "", fallback_time, fallback_time, age=age)

        def text(key: str) -> str:
            value = raw.get(key)
            return value[:200] if isinstance(value, str) else ""

        def number(key: str) -> float:
            value = raw.get(key)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return float(value)
            return fallback_time

        def whole(key: str) -> int:
            value = raw.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else 0

        return cls(
            user=text("user"),
            host=text("host"),
            pid=whole("pid"),
            app=text("app"),
            created=number("created"),
            heartbeat=number("heartbeat"),
            owner=text("owner"),
            machine=text("machine"),
            start=whole("start"),
            age=age,
        )


class LockedError(KvmapError):
    """The map is open in another live program; ``owner`` says who."""

    def __init__(self, owner: LockOwner, source: str = "") -> None:
        self.owner = owner
        params = {"user": owner.user or "?", "host": owner.host or "?", "since": owner.since()}
        super().__init__([Problem("", "file_locked", params)], source)


# a lock file is created (O_EXCL) and then written: one read in between found it empty and
# said "someone has this map open" where the other process said "anna on pc-12" (hostile
# review 8, N5); an empty lock is read again for up to _EMPTY_TRIES * _EMPTY_WAIT seconds
_EMPTY_TRIES = 10
_EMPTY_WAIT = 0.02


def lock_path(path: str | os.PathLike[str]) -> Path:
    """The lock file of a map: ``folder/.~lock.<name>#``."""
    target = Path(path)
    return target.with_name(f".~lock.{target.name}#")


def read_lock(path: str | os.PathLike[str]) -> LockOwner | None:
    """The owner written in the lock of ``path`` (anyone, this process too), or None."""
    file = lock_path(path)
    try:
        for _ in range(_EMPTY_TRIES):  # created, its owner not yet written: look again (N5)
            mtime = file.stat().st_mtime
            fd = open_regular(file)  # a FIFO or device as lock file must not block the open
            with os.fdopen(fd, "rb") as handle:
                data = handle.read(_MAX_LOCK_BYTES)
            if data.strip():
                break
            time.sleep(_EMPTY_WAIT)
    except FileNotFoundError:
        return None
    except ReadRefusedError as exc:
        if exc.key == "file_missing":
            return None
        return LockOwner("", "", 0, "", time.time(), time.time())  # not a lock file: held
    except OSError:
        return LockOwner("", "", 0, "", time.time(), time.time())  # unreadable: assume held
    age = drive_now(file.parent) - mtime  # one clock: the drive's
    return LockOwner.from_bytes(data, mtime, age)


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
            self._write(dataclasses.replace(me, created=created))
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
        except OSError:
            os.close(fd)
            with contextlib.suppress(OSError):
                self.lock_file.unlink()  # ours (O_EXCL): never leave an empty lock behind (N4)
            raise
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
