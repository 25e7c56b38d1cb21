"""Runs a layout off the GUI thread, with progress and cancel, and applies it as one undo step.

The layout works on a copy of the case, so edits made meanwhile cannot disturb it; when it
finishes, positions of actors that still exist are applied through
:meth:`DocumentController.set_positions` (one undo step). A result for a case that was
replaced meanwhile is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from models import Case, Position, Practice
from models.errors import KvmapError
from models.i18n import Lang
from ui.document import DocumentController

__all__ = ["LayoutFunction", "LayoutRunner", "method_label"]

LayoutFunction = Callable[..., dict[str, Position]]


def method_label(method: str) -> str:
    """The translated name of a layout method."""
    names = {
        "force": QCoreApplication.translate("LayoutRunner", "Force-directed"),
        "hierarchy": QCoreApplication.translate("LayoutRunner", "Hierarchy"),
        "spheres": QCoreApplication.translate("LayoutRunner", "Spheres"),
        "grid": QCoreApplication.translate("LayoutRunner", "Power/interest grid"),
        "circle": QCoreApplication.translate("LayoutRunner", "Circle"),
    }
    return names.get(method, method)


def _default_layout() -> LayoutFunction:
    from mapper.layout import layout

    return layout


class _Relay(QObject):
    progress = Signal(float)
    done = Signal(object, object, str)  # case, positions or None, error text ("" = ok)


class _Job(QRunnable):
    def __init__(
        self,
        function: LayoutFunction,
        snapshot: Case,
        original: Case,
        method: str,
        practice: Practice | None,
        cancel: threading.Event,
        relay: _Relay,
        lang: Lang,
    ) -> None:
        super().__init__()
        self._function = function
        self._snapshot = snapshot
        self._original = original
        self._method = method
        self._practice = practice
        self._cancel = cancel
        self._relay = relay
        self._lang: Lang = lang

    def run(self) -> None:
        try:
            positions = self._function(
                self._snapshot,
                self._method,
                practice=self._practice,
                progress=self._relay.progress.emit,
                cancel=self._cancel.is_set,
            )
        except KvmapError as exc:
            self._relay.done.emit(self._original, None, exc.render(self._lang))
        except Exception as exc:
            if type(exc).__name__ == "LayoutCancelled" or self._cancel.is_set():
                self._relay.done.emit(self._original, None, "")
            else:
                self._relay.done.emit(self._original, None, f"{type(exc).__name__}: {exc}")
        else:
            self._relay.done.emit(self._original, positions, "")


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
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_job_progress)
        self._relay.done.connect(self._on_job_done)
        self._cancel: threading.Event | None = None
        self._method = ""
        self.lang: Lang = "en"

    @property
    def busy(self) -> bool:
        """Whether a layout is running."""
        return self._cancel is not None

    def start(self, method: str) -> bool:
        """Run ``method`` on the current case; False when one is already running."""
        if self._cancel is not None:
            return False
        function = self._function or _default_layout()
        self._cancel = threading.Event()
        self._method = method
        case = self._controller.case
        job = _Job(
            function,
            case.copy(),
            case,
            method,
            self._controller.practice,
            self._cancel,
            self._relay,
            self.lang,
        )
        self.started.emit(method)
        self._pool.start(job)
        return True

    def cancel(self) -> None:
        """Ask the running layout to stop (its result is then dropped)."""
        if self._cancel is not None:
            self._cancel.set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    def _on_job_progress(self, fraction: float) -> None:
        self.progress.emit(round(fraction * 100))

    def _on_job_done(self, case: Case, positions: object, error: str) -> None:
        cancelled = self._cancel is not None and self._cancel.is_set()
        self._cancel = None
        if error:
            self.failed.emit(error)
            self.finished.emit(False)
            return
        if cancelled or not isinstance(positions, dict) or case is not self._controller.case:
            self.finished.emit(False)
            return
        text = QCoreApplication.translate("LayoutRunner", "Layout: %1").replace(
            "%1", method_label(self._method)
        )
        applied = self._controller.set_positions(positions, text)
        self.finished.emit(applied)
