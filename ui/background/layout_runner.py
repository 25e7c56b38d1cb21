"""Runs a layout off the GUI thread, with progress and cancel, and applies it as one undo step.

The layout works on a copy of the case, so edits made meanwhile cannot disturb it; when it
finishes, positions of actors that still exist are applied through
:meth:`DocumentController.set_positions` (one undo step). A result for a case that was
replaced meanwhile is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from mapper.layout import LayoutCancelled
from mapper.layout.grouping import organisations_of
from mapper.layout.reading import spread_for_reading
from models import Case, LayoutMethod, Position
from models.i18n import Lang
from ui.background.jobs import BackgroundJobs, Job, JobContext, JobResult, Outcome
from ui.document.controller import DocumentController
from ui.safety.own_fault import fault_text

__all__ = ["LayoutFunction", "LayoutRunner", "Reading", "method_label"]

LayoutFunction = Callable[..., dict[str, Position]]
_SPREAD_SHARE = 0.8  # of the progress bar, the layout's; the spread for reading the rest
# the name plates' sizes on screen (pixels) and the room the map is fitted in
Reading = tuple[dict[str, tuple[float, float]], tuple[float, float]]


def method_label(method: LayoutMethod) -> str:
    """The translated name of a layout method."""
    names = {
        LayoutMethod.FORCE: QCoreApplication.translate("LayoutRunner", "Force-directed"),
        LayoutMethod.HIERARCHY: QCoreApplication.translate("LayoutRunner", "Hierarchy"),
        LayoutMethod.SPHERES: QCoreApplication.translate("LayoutRunner", "Spheres"),
        LayoutMethod.GRID: QCoreApplication.translate("LayoutRunner", "Power/interest grid"),
        LayoutMethod.CIRCLE: QCoreApplication.translate("LayoutRunner", "Circle"),
    }
    return names[method]


def _default_layout() -> LayoutFunction:
    from mapper.layout import layout

    return layout


class LayoutRunner(QObject):
    """Starts layouts in a thread pool; one at a time."""

    started = Signal(str)  # method
    progress = Signal(int)  # percent
    finished = Signal(bool)  # applied
    failed = Signal(str)  # message

    def __init__(
        self,
        controller: DocumentController,
        parent: QObject | None = None,
        *,
        function: LayoutFunction | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("layout_runner")
        self._controller = controller
        self._function = function
        self._jobs = BackgroundJobs(self, "layout", give_back=True)
        self._job: Job | None = None
        self._method = LayoutMethod.FORCE
        self.lang: Lang = "en"
        self.was_cancelled = False  # the last layout was stopped by the user

    @property
    def busy(self) -> bool:
        """Whether a layout is running."""
        return self._job is not None

    def start(
        self,
        method: LayoutMethod,
        sizes: dict[str, tuple[float, float]] | None = None,
        reading: Reading | None = None,
    ) -> bool:
        """Run ``method`` on the current case; False when one is already running.

        ``sizes`` are the actors' drawn sizes (width, height), so the layout spaces them by
        their real size; with ``reading`` (the name plates' sizes on screen and the room the
        map is fitted in) the layout then makes room for every name on screen
        (:func:`mapper.layout.reading.spread_for_reading`).
        """
        if self._job is not None:
            return False
        function = self._function or _default_layout()
        self._method = method
        case = self._controller.case
        snapshot, practice = case.copy(), self._controller.practice

        def work(context: JobContext) -> dict[str, Position]:
            # the spread for reading can take seconds on a few hundred actors: the bar shows
            # it as the last fifth (it sat at 100 % for minutes at 2,000: new user 13, S5)
            spread = reading is not None and sizes is not None
            share = _SPREAD_SHARE if spread else 1.0
            positions = function(
                snapshot,
                method,
                practice=practice,
                progress=lambda fraction: context.progress(fraction * share),
                cancel=context.cancelled,
                **({"sizes": sizes} if sizes is not None else {}),
            )
            if reading is not None and sizes is not None:
                groups, collapsed = organisations_of(snapshot)
                positions = spread_for_reading(
                    positions,
                    sizes,
                    *reading,
                    groups,
                    collapsed,
                    ring=method == LayoutMethod.CIRCLE,
                    progress=lambda f: context.progress(share + (1.0 - share) * f),
                )
            return positions

        self.started.emit(method)
        self._job = self._jobs.submit(
            work,
            self._on_job_done,
            tag=case,
            progress=self._on_job_progress,
            cancelled_by=(LayoutCancelled,),
        )
        return True

    def cancel(self) -> None:
        """Ask the running layout to stop (its result is then dropped)."""
        if self._job is not None:
            self._job.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (tests, shutdown)."""
        return self._jobs.wait(msecs)

    def _message(self, error: BaseException | None) -> str:
        # a worded problem as it is; any other error is a fault of ours, logged by the job
        # module: the fixed text, no 'ValueError: array must not contain infs' (rev-dutch21 D3)
        return fault_text(error, self.lang, logged=True)

    def _on_job_progress(self, fraction: float) -> None:
        self.progress.emit(round(fraction * 100))

    def _on_job_done(self, result: JobResult) -> None:
        cancelled = self._job is not None and self._job.cancel_requested
        self.was_cancelled = cancelled  # the window says so (Dutch review 21, D10)
        self._job = None
        if result.outcome is Outcome.FAILED and not cancelled:
            self.failed.emit(self._message(result.error))
            self.finished.emit(False)
            return
        case: Case = result.tag
        positions = result.value
        if result.outcome is not Outcome.DONE or cancelled or case is not self._controller.case:
            self.finished.emit(False)
            return
        text = QCoreApplication.translate("LayoutRunner", "Layout: %1").replace(
            "%1", method_label(self._method)
        )
        applied = self._controller.set_positions(positions, text)
        self.finished.emit(applied)
