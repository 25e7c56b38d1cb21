"""One way to run work off the GUI thread: :class:`BackgroundJobs`.

A job is a function of a :class:`JobContext` (progress, cancel) that returns a value. However
it ends, it ends in exactly one :class:`JobResult` delivered on the GUI thread:

- ``Outcome.DONE`` with the value;
- ``Outcome.CANCELLED`` when the function raised :class:`Cancelled` (or one of the exception
  types the caller named as its cancellation, e.g. ``mapper.layout.LayoutCancelled``) — by
  type, never by name;
- ``Outcome.FAILED`` with the exception, which is also logged with its traceback.

Nothing escapes into Qt's thread pool (an escaping exception makes Qt print "Qt Concurrent has
caught an exception thrown from a worker thread" or worse). Before the interpreter shuts down,
every pool still running is asked to cancel and waited for, so no worker thread is cut off
while Python finalises (which is what printed that message after ``krachtenveld screenshot``).

Where the GUI thread must wait for the job's value before it goes on (a big map analysed
before its items are built), :func:`run_while_painting` runs one job and handles the events
without user input meanwhile: the windows paint, nothing can be edited half-way.

Example::

    jobs = BackgroundJobs(self, "export")
    job = jobs.submit(lambda ctx: write(case, path), self._on_export_done, tag=path)
    ...
    def _on_export_done(self, result: JobResult) -> None:
        if result.outcome is Outcome.FAILED: ...
"""

from __future__ import annotations

import atexit
import enum
import logging
import sys
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)

from models.errors import KvmapError

__all__ = [
    "BackgroundJobs",
    "Cancelled",
    "Job",
    "JobContext",
    "JobFunction",
    "JobResult",
    "Outcome",
    "run_while_painting",
]

log = logging.getLogger(__name__)


class Outcome(enum.Enum):
    """How a job ended."""

    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Cancelled(Exception):  # noqa: N818 - it is not an error, it is how a job stops
    """Raised inside a job to stop it; the job then ends as ``Outcome.CANCELLED``."""


@dataclass(frozen=True, slots=True)
class JobResult:
    """The one way a job ends: its outcome, the value (DONE) or the exception (FAILED)."""

    outcome: Outcome
    value: Any = None
    error: BaseException | None = None
    tag: Any = None  # whatever the caller gave to submit (e.g. the case it was started on)

    @property
    def ok(self) -> bool:
        """Whether the job finished with a value."""
        return self.outcome is Outcome.DONE


class JobContext:
    """What a running job may use: report progress, ask whether it should stop."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._cancel = job.cancel_event

    def progress(self, fraction: float) -> None:
        """Report progress, 0.0 to 1.0 (delivered on the GUI thread)."""
        _emit(self._job.progress, fraction)

    def cancelled(self) -> bool:
        """Whether the job was asked to stop."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the job was asked to stop."""
        if self._cancel.is_set():
            raise Cancelled


JobFunction = Callable[[JobContext], Any]


def _emit(signal: Any, value: object) -> None:
    """Emit from a worker thread; the receiver may be gone (window closed): log, never raise."""
    try:
        signal.emit(value)
    except RuntimeError:  # the C++ object behind the signal was deleted
        log.warning("background job outlived its receiver; result dropped")


class Job(QObject):
    """A submitted job: its signals, and :meth:`cancel`."""

    progress = Signal(float)
    finished = Signal(object)  # JobResult

    def __init__(self, name: str, tag: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.tag = tag
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop; it ends as CANCELLED if it notices (or raises Cancelled)."""
        self.cancel_event.set()

    @property
    def cancel_requested(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self.cancel_event.is_set()


class _Runnable(QRunnable):
    def __init__(
        self,
        job: Job,
        function: JobFunction,
        cancelled_by: tuple[type[BaseException], ...],
    ) -> None:
        super().__init__()
        self._job = job
        self._function = function
        self._cancelled_by: tuple[type[BaseException], ...] = (Cancelled, *cancelled_by)
        self._name = job.name
        self._tag = job.tag

    def run(self) -> None:
        result = run_job(
            self._function, JobContext(self._job), self._cancelled_by, self._name, self._tag
        )
        _emit(self._job.finished, result)


def run_job(
    function: JobFunction,
    context: JobContext,
    cancelled_by: tuple[type[BaseException], ...],
    name: str,
    tag: object,
) -> JobResult:
    """Run ``function`` and turn however it ends into a :class:`JobResult` (never raises)."""
    try:
        value = function(context)
    except cancelled_by:
        return JobResult(Outcome.CANCELLED, tag=tag)
    except KvmapError as exc:  # bad input, said to the user: no traceback needed
        log.info("background job %r refused its input: %s", name, exc)
        return JobResult(Outcome.FAILED, error=exc, tag=tag)
    except BaseException as exc:  # a worker must report everything, even SystemExit
        log.error("background job %r failed", name, exc_info=exc)
        return JobResult(Outcome.FAILED, error=exc, tag=tag)
    return JobResult(Outcome.DONE, value=value, tag=tag)


class BackgroundJobs(QObject):
    """A private thread pool whose jobs report through :class:`JobResult`.

    ``busy_changed(bool)`` tells whether any job of this pool is running. With ``give_back``
    (exports, layouts: jobs that build hundreds of MB at 10,000 actors and drop them), the pool
    collects and returns the freed memory once its last job is reported
    (:func:`ui.safety.gc_guard.give_back`).
    """

    busy_changed = Signal(bool)

    def __init__(
        self, parent: QObject | None, name: str, *, max_threads: int = 1, give_back: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_jobs")
        self.name = name
        self._give_back = give_back
        self._blocks = 0  # Python's allocated blocks when the pool last became busy
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._jobs: dict[
            Job, tuple[Callable[[JobResult], None] | None, Callable[[float], None] | None]
        ] = {}
        _LIVE.add(self)

    @property
    def busy(self) -> bool:
        """Whether a job is running or queued."""
        return bool(self._jobs)

    def submit(
        self,
        function: JobFunction,
        done: Callable[[JobResult], None] | None = None,
        *,
        tag: object = None,
        progress: Callable[[float], None] | None = None,
        cancelled_by: tuple[type[BaseException], ...] = (),
    ) -> Job:
        """Run ``function(context)`` in the pool; ``done(result)`` is called on the GUI thread."""
        job = Job(self.name, tag, self)
        # bound methods of this QObject: queued onto the GUI thread (a lambda might not be)
        job.progress.connect(self._on_job_progress)
        job.finished.connect(self._on_job_finished)
        was_busy = self.busy
        self._jobs[job] = (done, progress)
        if not was_busy:
            self._blocks = sys.getallocatedblocks()
            self.busy_changed.emit(True)
        self.pool.start(_Runnable(job, function, cancelled_by))
        return job

    def cancel_all(self) -> None:
        """Ask every running or queued job to stop."""
        for job in self._jobs:
            job.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (tests, shutdown); results arrive with the next events."""
        return bool(self.pool.waitForDone(msecs))

    def _on_job_progress(self, fraction: float) -> None:
        job = self.sender()
        callbacks = self._jobs.get(job) if isinstance(job, Job) else None
        if callbacks is not None and callbacks[1] is not None:
            callbacks[1](fraction)

    def _on_job_finished(self, result: JobResult) -> None:
        job = self.sender()
        done = self._jobs.pop(job, (None, None))[0] if isinstance(job, Job) else None
        try:
            if done is not None:
                done(result)
        finally:
            if isinstance(job, Job):
                job.deleteLater()
            if not self._jobs:
                self.busy_changed.emit(False)
                if self._give_back:  # after the status says it is done and is painted
                    QTimer.singleShot(_GIVE_BACK_MS, self._give_back_now)

    def _give_back_now(self) -> None:
        if self._jobs:  # another job started meanwhile: its end gives back
            return
        from ui.safety.gc_guard import give_back

        give_back(since=self._blocks)


def run_while_painting(parent: QObject | None, name: str, function: JobFunction) -> JobResult:
    """Run ``function`` as a job of a pool of its own and wait for its :class:`JobResult` on
    the GUI thread, handling the events without user input meanwhile (painting, timers, the
    job's own result): the windows keep painting and nothing can be edited while it runs."""
    jobs = BackgroundJobs(parent, name)
    ended: list[JobResult] = []
    jobs.submit(function, ended.append)
    try:
        while not ended:
            jobs.wait(_PAINT_MS)
            QCoreApplication.processEvents(_NO_INPUT)
    finally:
        jobs.deleteLater()
    return ended[0]


_PAINT_MS = 50  # how long the GUI thread waits for the job between two rounds of painting
_NO_INPUT = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents


# the collection after a big job waits this long, so that what the job's end shows is painted
# first (the collection after an Excel report of 10,000 actors takes 1-2 s of the GUI thread)
_GIVE_BACK_MS = 100

_LIVE: weakref.WeakSet[BackgroundJobs] = weakref.WeakSet()


@atexit.register
def _stop_all_jobs() -> None:
    """Cancel and wait for every pool before the interpreter finalises its threads."""
    for jobs in list(_LIVE):
        try:
            jobs.cancel_all()
            jobs.pool.waitForDone(30_000)
        except RuntimeError:  # its C++ side is gone, and its destructor already waited
            continue
