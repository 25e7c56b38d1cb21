"""The analysis process's side: read a ``.kvmap`` file and analyse it, in a process of its own.

The app's GUI thread builds the scene of an opened map (~1 s of CPU at 2,000 actors) while the
analysis runs (~1.3 s); in one process they share the interpreter lock and add up. The app
therefore starts one child process (:mod:`ui.background.analysis_process`) whose loop is
:func:`serve`: it reads the opened file itself, analyses it on the other core and sends the
:class:`mapper.analysis.Analysis` back, pickled, with the fingerprint of what it read
(:func:`read_with_digest`: the sha256 of the file's bytes; the app's own read computes the same,
so the result is only used for the very bytes the app shows).

The protocol (a :func:`multiprocessing.Pipe`): the parent sends ``(job, path, practice)``, or
``None`` to end; the child answers every job with one :class:`Reply` (``job`` 0 says it is warm:
imports and one small analysis done). The child ends when the parent's end of the pipe closes
(the app quit or was killed): no orphan. On Linux it also asks the kernel to kill it when the app
dies (:func:`die_with_parent`): a stopped child reads no pipe (rev-hostile19 H8).
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import os
import pickle
import resource
import signal
import sys
import time
import traceback
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from exports.memory import give_back
from models.errors import FormatError, KvmapError, Problem
from models.fileformat import Loaded, reads
from models.limits import LIMITS
from models.safeio import ReadRefusedError, read_file

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from models.enums import Practice

__all__ = [
    "NOT_STARTED",
    "READY",
    "Reply",
    "StopBelow",
    "Stopped",
    "die_with_parent",
    "read_with_digest",
    "serve",
]

READY = 0  # the job number of the reply that says the child is warm
NOT_STARTED = -1  # the job number of the reply that says its warm-up failed (with the traceback)
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


@dataclass(frozen=True, slots=True)
class Reply:
    """The child's answer to one job: the analysis pickled (``payload``; empty on failure),
    the sha256 of the bytes it read, its CPU seconds for the job and its peak memory. A job
    that failed says why in ``error`` ("FormatError: ..."); one that failed unexpectedly (a
    bug: not a stop, not a bad or unreadable file) also carries the child's ``traceback``,
    which the app logs as a warning (rev-code19 C2)."""

    job: int
    digest: str = ""
    payload: bytes = b""
    error: str = ""
    traceback: str = ""
    cpu_s: float = 0.0
    peak_rss_mb: float = 0.0


def read_with_digest(path: str | os.PathLike[str]) -> tuple[Loaded, str]:
    """:func:`models.fileformat.read` and the sha256 of the bytes it read (a few ms for the
    3 MB of a 2,000-actor map)."""
    source = str(path)
    try:
        data = read_file(path, LIMITS["file_bytes"])  # regular files only, bounded
    except ReadRefusedError as exc:
        raise FormatError([Problem("", exc.key, exc.params)], source) from None
    return reads(data, source), hashlib.sha256(data).hexdigest()


def _peak_mb() -> float:
    """This process's peak resident memory in MB: ``VmHWM`` on Linux (``ru_maxrss`` survives
    the exec of a spawn, so it said the app's size at the fork: 181 MB for a child of 98)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Stopped(Exception):  # noqa: N818 - how a stale job ends, not an error
    """The app no longer wants this job (another open, an edit meanwhile)."""


class StopBelow(Protocol):
    """The shared integer the app sets (a ``multiprocessing`` ``RawValue("q")``): a job whose
    number is below it stops at the analysis's next step."""

    value: int


#: how a job may end without an analysis and without a bug: the app stopped it, the file is
#: not a map (the app's own read says so to the user) or cannot be read (gone, no access)
EXPECTED = (Stopped, KvmapError, OSError)


def _answer(
    job: int, path: str, practice: Practice | None, stop_below: StopBelow | None = None
) -> Reply:
    """Read and analyse ``path``; stopped at the analysis's next step once ``stop_below``
    (a shared integer the app sets) is above ``job``."""
    from mapper import analyse

    def stop() -> None:
        if stop_below is not None and stop_below.value > job:
            raise Stopped(f"job {job} stopped")

    start = time.process_time()
    try:
        loaded, digest = read_with_digest(path)
        stop()
        analysis = analyse(loaded.case, practice=practice, stop=stop)
        payload = pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL)
    except EXPECTED as exc:  # said to the app, which then analyses as it always did
        return Reply(job, error=f"{type(exc).__name__}: {exc}", peak_rss_mb=_peak_mb())
    except Exception as exc:  # a bug: the app logs the traceback as a warning (C2)
        error = f"{type(exc).__name__}: {exc}"
        return Reply(job, error=error, traceback=traceback.format_exc(), peak_rss_mb=_peak_mb())
    return Reply(job, digest, payload, cpu_s=time.process_time() - start, peak_rss_mb=_peak_mb())


def _warm() -> None:
    """Imports and one small analysis, so the first real one runs warm."""
    from mapper import analyse
    from models.example import example_case

    analyse(example_case())


def die_with_parent(parent: int | None) -> bool:
    """Linux: have the kernel SIGKILL this process when its parent ends, even when it is
    stopped then (an app killed by SIGTERM left a SIGSTOPped child of 200 MB under PID 1:
    rev-hostile19 H8); a parent ``parent`` already gone ends it now. False where that
    cannot be asked (not Linux, no libc): the pipe's end still ends a running child."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if parent is not None and os.getppid() != parent:  # it died before the prctl
        os._exit(0)
    return True


def serve(conn: Connection, stop_below: StopBelow | None = None, parent: int | None = None) -> None:
    """The child's loop (the analysis process's, entered through the launcher's
    :func:`krachtenveld.serve_analysis`): answer jobs until ``None`` comes or the parent's end
    closes; a job below the shared ``stop_below`` stops. With the app's pid ``parent`` it dies
    with the app (:func:`die_with_parent`)."""
    die_with_parent(parent)
    start = time.process_time()
    try:
        _warm()
    except Exception as exc:  # a bug: said to the app, which logs it (its stderr may go nowhere)
        error = f"{type(exc).__name__}: {exc}"
        conn.send(Reply(NOT_STARTED, error=error, traceback=traceback.format_exc()))
        return
    # no automatic collection while a job runs: the child collects when it has answered (at
    # 2,000 actors read + analysis took 1.82 s of CPU with it, 1.50-1.52 s without); the
    # modules' objects are frozen out of those collections
    gc.collect()
    gc.freeze()
    gc.disable()
    conn.send(Reply(READY, cpu_s=time.process_time() - start, peak_rss_mb=_peak_mb()))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):  # the app is gone
            return
        if request is None:
            return
        job, path, practice = request
        try:
            conn.send(_answer(job, path, practice, stop_below))
        except (BrokenPipeError, OSError):
            return
        gc.collect()  # idle now: the job's cycles go, and the memory back to the system
        give_back()  # (at 10,000 actors the idle child kept 267 MB of its 313 MB peak)
