"""Live analysis: re-run ``mapper.analyse`` after each edit, off the GUI thread when the case is
large.

An edit asks for a run with a high-priority posted event, so the run starts before the map's own
follow-up work (routing labels, the readability pass, the repaint), which is queued at normal or
low priority: the findings of an edit do not wait behind the drawing. How it runs is chosen from
the last measured analysis of the same case: one that took at most
:attr:`AnalysisRunner.INLINE_MS` runs on the GUI thread (edits in one event give one run, and
there is no thread hop), so the findings of an edit on a small map show within the analysis
time. A slower one runs in a worker (:class:`ui.background.jobs.BackgroundJobs`) on a copy of
the case (entities are immutable, so the copy is cheap; it is made in the worker): at once for
an edit after a quiet moment, and after a debounce (a tenth of its last time, at most
:attr:`AnalysisRunner.DEBOUNCE_MS`) for edits in quick succession (a drag), which coalesce. An
edit while a worker runs stops that run at its next step (``analyse``'s ``stop``; a
stale analysis of a map of 10,000 ran on for ~40 s, and three quick undo/redo steps showed
their findings only after two full analyses, ~80 s: rev-user18 R3), and the newest state is
analysed as soon as it has stopped. Before the first measurement the size
decides (:attr:`AnalysisRunner.THREAD_THRESHOLD`); a newly opened large case starts analysing at
once, while its map is being drawn. A result is only published when the case it was computed
from is still the current case at the same ``revision``; stale results are dropped and the
newest state is analysed next. One analysis runs at a time. When another case replaces the
current one, :attr:`AnalysisRunner.latest` is dropped at once (:attr:`AnalysisRunner.cleared`):
nothing shows or acts on the old map's analysis while the new one's is made (rev-hostile19 H1).
A case whose content was analysed a moment ago (an undo back, the practice switched back, the
same map opened again) gets that analysis back from :mod:`ui.background.analysis_cache`.
"""

from __future__ import annotations

import inspect
import logging
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

from models import Case
from ui.background.analysis_cache import ANALYSES
from ui.background.analysis_handoff import Awaited, Handed, child_timeout_ms, settle_verdict
from ui.background.analysis_process import Answer, shared_process
from ui.background.jobs import BackgroundJobs, Job, JobContext, JobResult, Outcome
from ui.document.controller import DocumentController
from ui.safety.own_fault import fault_text

if TYPE_CHECKING:
    from mapper.analysis import Analysis
    from models import Practice

__all__ = ["AnalyseFunction", "AnalysisRunner"]

log = logging.getLogger(__name__)

AnalyseFunction = Callable[..., Any]  # analyse(case, *, practice=..[, stop=...]) -> Analysis
# what an analysis was made of: the case, its revision and the practice
_Tag = tuple[Case, int, "Practice | None"]


# a worker's analysis this long (a map of thousands) hands the memory it freed back to the
# system; glibc keeps it in the worker's arena otherwise (a trim: a few ms, never a collection)
_GIVE_BACK_AFTER_S = 1.0
_RUN = QEvent.Type(QEvent.registerEventType())  # "analyse now", posted at high priority


def _default_analyse() -> AnalyseFunction:
    from mapper import analyse

    return analyse


def _stoppable(analyse: AnalyseFunction) -> bool:
    """Whether ``analyse`` takes ``stop`` (mapper's does; a test's stand-in may not)."""
    try:
        return "stop" in inspect.signature(analyse).parameters
    except (TypeError, ValueError):  # no signature to read
        return False


class AnalysisRunner(QObject):
    """Keeps :attr:`latest` up to date with the controller's case; emits :attr:`updated`."""

    updated = Signal(object)  # the newest Analysis
    cleared = Signal()  # latest dropped: another case is shown, its analysis not yet made
    failed = Signal(str)  # an analysis raised; the message
    busy_changed = Signal(bool)
    notice = Signal(str)  # a message for the status bar (the analysis process given up)

    CHILD_TIMEOUT_MS = 120_000  # an open's analysis in the process, at most (child_timeout_ms)
    DEBOUNCE_MS = 150  # before an analysis in a worker (edits in quick succession coalesce)
    INLINE_MS = 60.0  # an analysis measured at most this long runs at once on the GUI thread
    THREAD_THRESHOLD = 300  # before any measurement: actors + ties above which a worker is used
    # (measured: ~30 ms for 100 actors / 300 relationships on the GUI thread)

    def __init__(
        self,
        controller: DocumentController,
        parent: QObject | None = None,
        *,
        analyse: AnalyseFunction | None = None,
        threshold: int | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else controller)
        self.setObjectName("analysis_runner")
        self._controller = controller
        self._analyse = analyse
        self.threshold = self.THREAD_THRESHOLD if threshold is None else threshold
        self.latest: Analysis | None = None
        self._case: Case | None = None
        self._last_seconds: float | None = None  # the last analysis of this case took this long
        self._running = False
        self._job: tuple[Job, _Tag] | None = None  # the worker's run and its tag
        self._pending = False
        self._posted = False  # a run is posted (see schedule)
        self._ready: tuple[Case, int, Practice | None, Analysis] | None = None  # take_ready
        self._of: _Tag | None = None  # latest's case, revision and practice
        self._moved: tuple[Case, int] | None = None  # a move's case and revision before it
        self._last_request = float("-inf")  # perf_counter of the last schedule()
        self._awaited: Awaited | None = None  # an open's analysis in the analysis process
        self._child_wait_ms = self.CHILD_TIMEOUT_MS  # its timeout (child_timeout_ms)
        self._child_timer = QTimer(self)
        self._child_timer.setSingleShot(True)
        self._child_timer.timeout.connect(self._on_child_timeout)
        self._jobs = BackgroundJobs(self, "analysis")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        controller.case_replaced.connect(self._on_controller_case_replaced)
        controller.practice_changed.connect(self.schedule)
        self._attach(controller.case)
        self.destroyed.connect(lambda *_args: self._detach())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.schedule()

    # ------------------------------------------------------------------ public
    @property
    def busy(self) -> bool:
        """Whether an analysis is running in the worker."""
        return self._running

    @property
    def stale(self) -> bool:
        """Whether :attr:`latest` may not be the analysis of the case as it is now (none
        yet, one running, or one waiting to run after an edit)."""
        return (
            self.latest is None
            or self._running
            or self._pending
            or self._posted
            or self._timer.isActive()
        )

    def schedule(self, *_args: object) -> None:
        """Analyse soon: at once (the next event loop turn, before the map redraws) when it
        is quick or when the edit comes after a quiet moment and no worker runs; else after
        the debounce interval (restarts the interval)."""
        now = time.perf_counter()
        quiet = now - self._last_request >= self.DEBOUNCE_MS / 1000
        self._last_request = now
        self._stop_if_stale()
        if self.inline() or (quiet and not self._running):
            self._post_run()
        else:
            self._timer.start(self.debounce_ms())

    def event(self, event: QEvent) -> bool:
        if event.type() == _RUN:
            if self._posted:  # not cancelled by a run meanwhile
                self.run_now()
            return True
        return super().event(event)

    def debounce_ms(self) -> int:
        """0 for an analysis run at once; else a tenth of the last one's time, at least
        10 and at most :attr:`DEBOUNCE_MS` ms (edits in quick succession still coalesce, and
        an edit that comes while a worker runs is analysed right after it)."""
        if self.inline():
            return 0
        if self._last_seconds is None:
            return self.DEBOUNCE_MS
        return int(min(self.DEBOUNCE_MS, max(10.0, self._last_seconds * 100)))

    def inline(self) -> bool:
        """Whether the next analysis runs on the GUI thread (quick when last measured;
        before a measurement: a small case; never with ``threshold`` 0)."""
        if self.threshold <= 0:
            return False
        if self._last_seconds is not None:
            return self._last_seconds * 1000 <= self.INLINE_MS
        case = self._controller.case
        return len(case.actors) + len(case.relationships) + len(case.mandates) <= self.threshold

    def take_ready(self, case: Case, result: Analysis, seconds: float) -> None:
        """``result`` is the analysis of ``case`` as it is now, made before the case is shown
        (a big map is analysed before its items are built, so the analysis's peak of memory
        does not come on top of theirs: :mod:`ui.window.map_progress`). The next run
        publishes it instead of analysing again, while the case is unchanged and shown."""
        self._ready = (case, case.revision, self._controller.practice, result)
        self._last_seconds = seconds

    def child_timeout_ms(self, path: str | os.PathLike[str]) -> int:
        """How long an open of ``path`` waits for the analysis process, at most
        :attr:`CHILD_TIMEOUT_MS` (:func:`ui.background.analysis_handoff.child_timeout_ms`)."""
        return child_timeout_ms(path, self.CHILD_TIMEOUT_MS)

    def hand_off(self, path: str | os.PathLike[str]) -> Handed | None:
        """Ask the analysis process (:mod:`ui.background.analysis_process`) to read and
        analyse ``path`` as it is being opened; None when there is none (not started, as in
        most tests, or dead: then started again for the next open)."""
        process = shared_process()
        if process is None or process.stopped:
            return None
        if not process.alive:
            log.warning("analysis process: not running; started again for the next open")
            process.start()
            return None
        if process.halted:  # it would not answer: not waited for (rev-hostile19 H2)
            log.warning("analysis process %s: stopped; killed and started anew", process.pid)
            process.renew()
            return None
        practice = self._controller.practice
        job = process.submit(path, practice)
        if job is None:
            return None
        process.answered.connect(self._on_child_answered, Qt.ConnectionType.UniqueConnection)
        process.ended.connect(self._on_child_ended, Qt.ConnectionType.UniqueConnection)
        handed = Handed(process, job, practice)
        self._child_wait_ms = self.child_timeout_ms(path)
        self._awaited = Awaited(handed)  # an answer that comes before the read is done is kept
        return handed

    def await_answer(self, handed: Handed, case: Case, digest: str) -> None:
        """``case`` (about to be shown) was read from bytes with the sha256 ``digest``; the
        analysis process's answer to ``handed`` is its analysis when the child read the same
        bytes and nothing changed meanwhile (:meth:`_settle`)."""
        awaited = self._awaited
        if awaited is None or awaited.handed is not handed:
            awaited = Awaited(handed)
        awaited.case, awaited.revision, awaited.digest = case, case.revision, digest
        self._awaited = awaited

    def awaits(self, case: Case) -> bool:
        """Whether the analysis of ``case`` is expected from the analysis process."""
        return self._awaited is not None and self._awaited.case is case

    def run_now(self) -> None:
        """Analyse the current case now (in a worker when it is not quick)."""
        self._timer.stop()
        self._posted = False
        if self._running:
            self._pending = True
            self._stop_if_stale()
            return
        case = self._controller.case
        practice = self._controller.practice
        ready, self._ready = self._ready, None
        if ready is not None and ready[0] is case and ready[1:3] == (case.revision, practice):
            self._publish(ready[3], (case, case.revision, practice))
            return
        analyse = self._analyse if self._analyse is not None else _default_analyse()
        if self.inline():
            try:
                result, self._last_seconds = ANALYSES.analysed(case, practice, analyse)
            except Exception as exc:
                log.exception("analysis failed")
                self.failed.emit(fault_text(exc, logged=True))  # no bare 'a3' (rev-dutch21 D3)
                return
            self._publish(result, (case, case.revision, practice))
            return
        self._running = True
        self.busy_changed.emit(True)

        stoppable = _stoppable(analyse)

        def work(context: JobContext) -> Any:
            snapshot = case.copy()  # a change meanwhile bumps the revision: the result is dropped
            # a newer edit stops it (Cancelled): see _stop_if_stale
            stop = context.check if stoppable else None
            result, self._last_seconds = ANALYSES.analysed(snapshot, practice, analyse, stop)
            return result

        tag = (case, case.revision, practice)
        self._job = (self._jobs.submit(work, self._on_worker_done, tag=tag), tag)

    def shutdown(self) -> None:
        """Stop scheduling, ask a running analysis to stop at its next step and wait for it
        (before the app quits: its result would be dropped anyway; quitting during an analysis
        of 10,000 actors waited for it to end, ~20 s: rev-user19 N3)."""
        self._timer.stop()
        self._child_timer.stop()
        self._awaited = None
        self._pending = False
        self._posted = False
        if self._job is not None:
            self._job[0].cancel()
        self.wait()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (tests, shutdown)."""
        return self._jobs.wait(msecs)

    # ------------------------------------------------------------------ internals
    def _post_run(self) -> None:
        """Run at the next turn of the event loop, ahead of queued drawing (one run for all
        the edits of one event)."""
        if not self._posted:
            self._posted = True
            QCoreApplication.postEvent(self, QEvent(_RUN), Qt.EventPriority.HighEventPriority.value)

    def _stop_if_stale(self) -> None:
        """Ask the worker's run to stop when the case is no longer the one it analyses: its
        result would be dropped, and the newest state waits behind it. An awaited answer
        of the analysis process for the case shown is given up (the child's run stops at its
        next step) once that case changed."""
        awaited = self._awaited
        if awaited is not None and awaited.shown and not awaited.current(self._controller):
            self._settle()
        if self._job is None or self._job[0].cancel_requested:
            return
        job, (case, revision, practice) = self._job
        current = self._controller.case
        changed = case is not current or revision != current.revision
        if changed or practice != self._controller.practice:
            job.cancel()

    def _publish(self, result: Analysis, of: _Tag) -> None:
        self.latest = result
        self._of = of
        self.updated.emit(result)

    def _on_worker_done(self, result: JobResult) -> None:
        case, revision, practice = result.tag
        self._running = False
        self._job = None
        self.busy_changed.emit(False)
        current = self._controller.case
        stale = case is not current or revision != current.revision
        stale = stale or practice != self._controller.practice
        # a run asked for while this one ran (run_now) is this one when nothing changed: the
        # window's own first run and a caller's run_now analysed a 2,000-actor map twice, and
        # the findings said 'Analysing…' over the result (krachtenveld screenshot)
        self._pending = False
        if stale or result.outcome is Outcome.CANCELLED:  # stopped: the practice came back
            self.schedule()
            return
        if result.outcome is Outcome.FAILED:
            self.failed.emit(fault_text(result.error, logged=True))  # logged by the job module
        elif result.outcome is Outcome.DONE:
            self._publish(result.value, result.tag)
            if (self._last_seconds or 0.0) >= _GIVE_BACK_AFTER_S:
                from exports.memory import give_back

                give_back()  # the worker's scratch: 50 MB kept per analysis at 10,000 (G1)

    def _detach(self) -> None:
        if self._case is not None:
            self._case.changed.disconnect(self._on_case_changed, missing_ok=True)
            self._case.positions_changed.disconnect(self._on_case_moved, missing_ok=True)

    def _attach(self, case: Case) -> None:
        self._detach()
        self._case = case
        case.positions_changed.connect(self._on_case_moved)
        case.changed.connect(self._on_case_changed)

    def _on_case_moved(self, *_args: object) -> None:
        case = self._case
        self._moved = None if case is None else (case, case.revision)

    def _on_case_changed(self, *_args: object) -> None:
        """Analyse again after an edit, not after a move alone: no check reads a position,
        so the analysis of the case before a layout is the analysis after it (at 10,000
        actors each layout analysed the map again: 10 s CPU and 50-80 MB of the worker's
        memory; new user at scale 15, G1)."""
        moved, self._moved = self._moved, None
        case = self._case
        if (
            moved is not None
            and case is not None
            and moved[0] is case
            and case.revision == moved[1] + 1
            and not self.stale
            and self._of == (case, moved[1], self._controller.practice)
        ):
            self._of = (case, case.revision, self._controller.practice)
            return
        self.schedule()

    def _on_controller_case_replaced(self, *_args: object) -> None:
        case = self._controller.case
        self._attach(case)
        if self.latest is not None and (self._of is None or self._of[0] is not case):
            # the old map's findings must not stay on show, clickable and acceptable, beside
            # the new map while its analysis is made: ids that coincide selected actors of the
            # new map (rev-hostile19 H1; a 2,000 map analysed in the thread had it for ~1 s)
            self.latest, self._of = None, None
            self.cleared.emit()
        awaited = self._awaited
        if awaited is not None and awaited.case is case:  # the analysis process analyses it
            awaited.shown = True
            self._ready = None
            self._last_seconds = None
            self._running = True
            self.busy_changed.emit(True)
            if awaited.answered or awaited.ended:
                self._settle()
            else:
                self._child_timer.start(min(self._child_wait_ms, self.CHILD_TIMEOUT_MS))
            return
        if awaited is not None:  # another case is shown: the child's run is not wanted
            awaited.handed.process.cancel(awaited.handed.job)
        self._awaited = None
        if self._ready is not None and self._ready[0] is case:  # analysed before it was shown
            self._post_run()  # published at the next turn, after the map is built
            return
        self._ready = None
        self._last_seconds = None  # another case: measure again
        if self.inline():
            self._timer.start(0)  # after the map is drawn
        else:
            self.run_now()  # in a worker, while the map is being drawn

    # ------------------------------------------------------------------ analysis process
    def _on_child_answered(self, answer: Answer) -> None:
        awaited = self._awaited
        if awaited is None or answer.job != awaited.handed.job:
            return  # an answer given up on (an edit meanwhile, another open)
        awaited.answer = answer
        if awaited.shown:
            self._settle()

    def _on_child_ended(self) -> None:
        awaited = self._awaited
        if awaited is None:
            return
        awaited.ended = True
        if awaited.shown:
            self._settle()

    def _on_child_timeout(self) -> None:
        """No answer in time: the child is stopped or hangs. It is killed and started anew
        (a stopped child counted as alive, and every later open waited for it again:
        rev-hostile19 H2), and the open is analysed here, which the status bar says."""
        awaited = self._awaited
        if awaited is None or not awaited.shown:
            return
        process = awaited.handed.process
        log.warning(
            "analysis process %s: no answer in %.0f s; killed and started anew",
            process.pid,
            self._child_timer.interval() / 1000,
        )
        process.renew()
        self.notice.emit(
            QCoreApplication.translate(
                "AnalysisRunner",
                "The separate analysis process did not respond and has been restarted. "
                "The map is now being analysed in the app itself.",
            )
        )
        self._settle()

    def _settle(self) -> None:
        """The awaited answer is in (or never comes): publish it when it is the analysis of
        the case as shown, else analyse as without the process (logged)."""
        awaited, self._awaited = self._awaited, None
        self._child_timer.stop()
        if awaited is None or not awaited.shown:
            return
        if awaited.answer is None:  # a run no longer wanted stops at its next step
            awaited.handed.process.cancel(awaited.handed.job)
        self._running = False
        self._pending = False
        self.busy_changed.emit(False)
        answer = awaited.answer
        why = settle_verdict(awaited, self._controller)
        if why is None and answer is not None and answer.analysis is not None:
            case = self._controller.case  # awaited.case, as the verdict found
            self._last_seconds = answer.cpu_s
            log.debug(
                "analysis process: %d bytes unpickled in %.3f s",
                answer.pickled_bytes,
                answer.unpickle_s,
            )
            self._publish(answer.analysis, (case, case.revision, awaited.handed.practice))
            return
        log.warning("analysis process: answer not used (%s); analysing here", why)
        self.schedule()
