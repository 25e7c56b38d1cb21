"""Who is this process: host name, user name, and whether another process id is still alive.

Used by atomic saves (to recognise temporary files left by a killed writer) and by lock files
(to recognise a lock whose owner is gone). Pure Python, no third-party packages.
"""

from __future__ import annotations

import functools
import os
import sys

__all__ = [
    "host_name",
    "machine_tag",
    "pid_alive",
    "process_alive",
    "process_start",
    "user_name",
]


def host_name() -> str:
    """This machine's name (``"unknown"`` when the system does not tell): on POSIX what
    ``socket.gethostname()`` gives (the C library takes it from ``uname``), without importing
    the socket module (0.002 s of every command that locks a map, issue 14).

    >>> import socket
    >>> host_name() == (socket.gethostname() or "unknown")
    True
    """
    try:
        if hasattr(os, "uname"):
            return os.uname().nodename or "unknown"
        import socket  # pragma: no cover - Windows

        return socket.gethostname() or "unknown"  # pragma: no cover
    except OSError:  # pragma: no cover - exotic systems
        return "unknown"


@functools.cache
def machine_tag() -> str:
    """12 hex digits that tell this machine from others, whatever their host names.

    From the operating system's machine id (``/etc/machine-id``) when there is one, else from
    the network card's address, with the full host name mixed in: two machines with the same
    host name, or with long names alike in their first characters, get different tags.

    Examples
    --------
    >>> len(machine_tag()), set(machine_tag()) <= set("0123456789abcdef")
    (12, True)
    """
    ident = ""
    for name in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            with open(name, encoding="ascii") as handle:
                ident = handle.read(200).strip()
        except (OSError, UnicodeDecodeError):
            continue
        if ident:
            break
    if not ident:
        import uuid  # only here: no machine id (0.001 s otherwise, issue 14)

        ident = f"node-{uuid.getnode():012x}"
    import hashlib  # only here: OpenSSL's start costs a reader 0.003 s (issue 14, snap18d)

    return hashlib.sha256(f"{ident}|{host_name()}".encode()).hexdigest()[:12]


def process_start(pid: int) -> int:
    """When process ``pid`` started, in clock ticks since boot (Linux); 0 when unknown.

    A process id is reused once its process is gone; the start time tells a new process with
    an old id from the one that wrote a temporary file or a lock.
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            data = handle.read()
    except OSError:
        return 0
    fields = data[data.rfind(b")") + 2 :].split()
    try:
        return int(fields[19])  # field 22 of stat(5); fields here start at field 3
    except (IndexError, ValueError):
        return 0


def process_alive(pid: int, start: int) -> bool:
    """Whether the process ``pid`` that started at ``start`` (0: unknown) still runs here."""
    if not pid_alive(pid):
        return False
    if start and pid != os.getpid():
        now = process_start(pid)
        return now == 0 or now == start
    return True


def user_name() -> str:
    """The login name of the current user (``"unknown"`` when it cannot be found)."""
    import getpass  # only here: not loaded by a command that writes nothing (issue 14)

    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):  # pragma: no cover - no passwd entry
        return "unknown"


def pid_alive(pid: int) -> bool:
    """Whether a process with id ``pid`` runs on this machine.

    Errs on the side of "alive" when the system does not let us ask (e.g. another user's
    process): a lock or temporary file is only declared stale when its owner is surely gone.

    Examples
    --------
    >>> pid_alive(os.getpid())
    True
    >>> pid_alive(0)
    False
    """
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:  # pragma: no cover
        return True
    return not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    """A killed child that was not reaped yet still answers ``kill(pid, 0)``; Linux tells."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            data = handle.read()
    except OSError:
        return False
    # the state letter follows the command name in parentheses, which may contain spaces
    end = data.rfind(b")")
    return end >= 0 and data[end + 2 : end + 3] == b"Z"


if sys.platform == "win32":  # pragma: no cover - Windows only

    def _pid_alive_windows(pid: int) -> bool:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        process_query_limited_information = 0x1000
        still_active = 259
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            # access denied means it exists; anything else means it is gone
            return bool(ctypes.get_last_error() == 5)
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return bool(code.value == still_active)
        finally:
            kernel32.CloseHandle(handle)
