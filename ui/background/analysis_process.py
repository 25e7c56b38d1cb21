"""The open's analysis in a process of its own (issue 14: the open of a 2,000-actor map took
1.8-1.9 × load + analysis, because the GUI thread's drawing and the worker thread's analysis
share one interpreter lock and add up; a second core then stood idle).

:class:`AnalysisProcess` starts one child process (``multiprocessing``'s *spawn*: a new
interpreter, never a fork of a process with Qt threads; it works in the PyInstaller bundle, whose
entry calls ``multiprocessing.freeze_support()``). The child starts in the launcher
(:func:`krachtenveld.serve_analysis`: the four packages its own, as the app's are; rev-code19 C1),
then serves (:func:`exports.analysis_child.serve`): it imports the analyses and runs one small
analysis at once, so the first real one is warm. An open hands it the file's path
(:meth:`AnalysisProcess.submit`); it reads and analyses the file while the GUI thread reads and
draws it, and the :class:`mapper.analysis.Analysis` comes back pickled with the sha256 of what
the child read; the GUI thread unpickles it (:attr:`Answer.unpickle_s`).
:class:`ui.background.analysis_runner.AnalysisRunner` decides whether to use it (the same bytes,
no edit meanwhile, the same practice) or to analyse as before.

A reader thread waits on the pipe (its read releases the interpreter lock) and hands each reply to
the GUI thread by a queued signal. The process ends at quit (``aboutToQuit``: a job in progress
is told to stop and the pipe to end, then joined for a short wait and killed; a stopped child is
killed at once: rev-hostile19 H7), and by itself when the app is killed: its read of the pipe
then ends, and on Linux the kernel kills it even when it is stopped (``PR_SET_PDEATHSIG``, H8).
A child whose pipe ended is reaped at once (H6); one that does not answer in time is killed and
started anew (:meth:`AnalysisProcess.renew`, H2). The spawn's helper process
(``multiprocessing``'s resource tracker, ~13 MB) comes with every spawn on POSIX: its launch
hands the child the tracker's pipe.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import pickle
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from exports.analysis_child import NOT_STARTED, READY, Reply, StopBelow
from krachtenveld import serve_analysis

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from mapper.analysis import Analysis
    from models.enums import Practice

__all__ = [
    "RENEW_ABOVE_MB",
    "AnalysisProcess",
    "Answer",
    "shared_process",
    "start_shared_process",
]

log = logging.getLogger(__name__)

_JOIN_S = 2.0  # each step of the stop waits this long at most
_STOP_ALL = 2**62  # the shared "stop below": every job stops at its next step
#: a child whose peak went above this is started anew once it answered: after a map of 10,000
#: actors the idle child kept 205 MB (peak 313, trimmed; a fresh one holds 119 MB after 0.6 s
#: of CPU off the critical path)
RENEW_ABOVE_MB = 250.0


@dataclass(frozen=True, slots=True)
class Answer:
    """The child's analysis of one job, unpickled on the GUI thread (or why there is none)."""

    job: int
    digest: str = ""
    analysis: Analysis | None = None
    error: str = ""
    cpu_s: float = 0.0  # the child's CPU for the job
    pickled_bytes: int = 0  # the pickle's size
    unpickle_s: float = 0.0  # the GUI thread's time to unpickle it


class AnalysisProcess(QObject):
    """One analysis child: :meth:`start` once, :meth:`submit` per open, :meth:`stop` at quit."""

    answered = Signal(object)  # an Answer
    ended = Signal()  # the child died or was stopped: jobs in flight get no answer
    _replied = Signal(int, object)  # a child's number and Reply, from the reader thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysis_process")
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._stop_below: StopBelow | None = None  # the child stops a job below its value
        self._reader: threading.Thread | None = None
        self._next_job = READY
        self._child = 0  # the number of the child started last (a dead one's end is old news)
        self.ready = False  # the child is warm
        self.stopped = False  # stopped on purpose (quit): not started again by an open
        self.peak_rss_mb = 0.0  # the child's peak resident memory, as it last said
        self.warm_cpu_s = 0.0  # the child's CPU for its imports and small analysis
        self._replied.connect(self._on_replied)

    # ------------------------------------------------------------------ public
    @property
    def alive(self) -> bool:
        """Whether the child runs (it may still be warming up)."""
        return self._process is not None and self._process.is_alive()

    @property
    def halted(self) -> bool:
        """Whether the child is stopped (SIGSTOP, a debugger): alive, but it cannot answer."""
        return self._process is not None and _halted(self._process.pid)

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def start(self) -> None:
        """Start the child (nothing when it runs)."""
        if self.alive:
            return
        self._close()
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe()
        stop_below: StopBelow = context.RawValue("q", 0)
        self._stop_below = stop_below
        process = context.Process(
            target=serve_analysis,
            args=(child_end, stop_below, os.getpid()),
            name="krachtenveld-analysis",
            daemon=True,
        )
        process.start()
        child_end.close()  # only the child holds it: when the app's end closes, it ends
        self._process, self._conn, self.ready, self.stopped = process, parent_end, False, False
        self._child += 1
        reader = threading.Thread(
            target=self._read,
            args=(parent_end, self._child),
            name="analysis-process-reader",
            daemon=True,
        )
        reader.start()
        self._reader = reader
        log.debug("analysis process %s started", process.pid)

    def submit(self, path: str | os.PathLike[str], practice: Practice | None) -> int | None:
        """Ask the child to read and analyse ``path``; the job's number (its answer comes by
        :attr:`answered`), or None when there is no child to ask."""
        if self._conn is None or self._stop_below is None or not self.alive:
            return None
        self._next_job += 1
        self._stop_below.value = self._next_job  # an older job still running stops
        try:
            self._conn.send((self._next_job, os.fspath(path), practice))
        except (OSError, ValueError):
            log.warning("the analysis process did not take the job", exc_info=True)
            return None
        return self._next_job

    def cancel(self, job: int) -> None:
        """The answer to ``job`` is no longer wanted: the child stops it at its next step."""
        if self._stop_below is not None and self._stop_below.value <= job:
            self._stop_below.value = job + 1

    def stop(self) -> None:
        """End the child and its reader (quit): a job in progress told to stop, the pipe to
        end, joined for a short wait, then killed; a child that cannot answer (stopped) is
        killed at once (a quit with a SIGSTOPped child took 7.6 s: rev-hostile19 H7)."""
        process, conn = self._process, self._conn
        self.stopped = True
        if process is None:
            return
        pid = process.pid
        if self._stop_below is not None:
            self._stop_below.value = _STOP_ALL  # a job in progress stops at its next step
        if conn is not None and not _halted(pid):
            with contextlib.suppress(OSError, ValueError):  # already gone
                conn.send(None)
            process.join(_JOIN_S)
        if process.is_alive():
            process.kill()  # SIGKILL: a stopped process ignores SIGTERM until continued
            process.join(_JOIN_S)
        self._close()
        log.debug("analysis process %s stopped", pid)

    def renew(self) -> None:
        """Kill the child (it did not answer in time: stopped, hung) and start a new one for
        the next open (a stopped child counted as alive, and every later open waited the full
        timeout for it again: rev-hostile19 H2)."""
        process = self._process
        if process is not None and process.is_alive():
            process.kill()
            process.join(_JOIN_S)  # reaped, not left a zombie
        self._close()
        self.start()

    # ------------------------------------------------------------------ internals
    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()  # the reader's read ends (the child's end is closed by now)
        if self._reader is not None:
            self._reader.join(_JOIN_S)
            self._reader = None
        process, self._process = self._process, None
        if process is not None and not process.is_alive():
            process.close()  # its resources (the sentinel); a live one is left to the OS
        self.ready = False

    def _read(self, conn: Connection, child: int) -> None:
        """The reader thread: every reply to the GUI thread, until the pipe ends."""
        while True:
            try:
                reply = conn.recv()
            except (EOFError, OSError, pickle.UnpicklingError):
                break
            self._replied.emit(child, reply)
        self._replied.emit(child, None)

    def _on_replied(self, child: int, reply: Reply | None) -> None:
        if child != self._child:  # of a child that is gone (one started since)
            return
        if reply is None:  # its pipe ended: it died (or was killed)
            self.ready = False
            if self._process is not None:
                self._process.join(_JOIN_S)  # reaped now, not a zombie until the next open (H6)
            self.ended.emit()
            return
        self.peak_rss_mb = max(self.peak_rss_mb, reply.peak_rss_mb)
        if reply.job == NOT_STARTED:  # a child that ends before it was ever ready (rev-code19 C2)
            log.warning("analysis process %s: its warm-up failed\n%s", self.pid, reply.traceback)
            return
        if reply.job == READY:
            self.ready = True
            self.warm_cpu_s = reply.cpu_s
            return
        if reply.traceback:  # a bug in the child, not a stop or a bad file (rev-code19 C2)
            log.warning("analysis process: job %d failed\n%s", reply.job, reply.traceback)
        analysis, error, took = _unpickled(reply)
        self.answered.emit(
            Answer(
                reply.job,
                reply.digest,
                analysis,
                error,
                reply.cpu_s,
                len(reply.payload),
                took,
            )
        )
        if reply.peak_rss_mb > RENEW_ABOVE_MB and reply.job == self._next_job:  # idle now
            log.debug("analysis process: peak %.0f MB, started anew", reply.peak_rss_mb)
            self.stop()
            self.start()


def _unpickled(reply: Reply) -> tuple[Analysis | None, str, float]:
    """The reply's analysis, its error and the seconds its unpickling took. An answer that
    does not unpickle is an error at once, logged with its traceback: it raised in this slot,
    and the open waited the full timeout before it fell back (rev-code19 C2)."""
    if not reply.payload:
        return None, reply.error, 0.0
    start = time.perf_counter()
    try:
        analysis = pickle.loads(reply.payload)
    except Exception as exc:  # any unpickling failure: the app analyses the map itself
        log.warning(
            "analysis process: the answer to job %d did not unpickle", reply.job, exc_info=True
        )
        return None, f"unpickling failed: {type(exc).__name__}: {exc}", 0.0
    return analysis, reply.error, time.perf_counter() - start


def _halted(pid: int | None) -> bool:
    """Whether the process ``pid`` is stopped (SIGSTOP, a debugger): it cannot read the pipe
    (``/proc/<pid>/stat``'s state T or t; False where there is no ``/proc``)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("T", "t")
    except (OSError, IndexError):
        return False


def shared_process() -> AnalysisProcess | None:
    """The app's analysis process, if it was started (:func:`start_shared_process`)."""
    app = QCoreApplication.instance()
    found = None if app is None else app.findChild(AnalysisProcess, "analysis_process")
    return found if isinstance(found, AnalysisProcess) else None


def start_shared_process() -> AnalysisProcess:
    """Start the app's analysis process (once; stopped at ``aboutToQuit``)."""
    found = shared_process()
    if found is None:
        app = QCoreApplication.instance()
        found = AnalysisProcess(app)
        if app is not None:
            app.aboutToQuit.connect(found.stop)
    found.start()
    return found
