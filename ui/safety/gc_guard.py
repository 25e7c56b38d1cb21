"""Run Python's cyclic garbage collector on the GUI thread only.

Python collects cycles in whichever thread happens to allocate when a threshold is crossed.
If that is a worker thread (an analysis, a layout, an import) and the garbage holds Qt
wrappers, their C++ objects are destroyed off the GUI thread and Qt crashes. The cure, used by
many PyQt/PySide programs, is to switch automatic collection off and collect from a timer on
the GUI thread instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

__all__ = ["GuiThreadCollector", "collect_on_gui_thread"]


class GuiThreadCollector(QObject):
    """Disables automatic collection and collects on the GUI thread when it is due."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose counters passed their threshold, youngest first."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        generation = 0
        if counts[1] > self._thresholds[1]:
            generation = 1
            if counts[2] > self._thresholds[2]:
                generation = 2
        gc.collect(generation)

    def stop(self) -> None:
        """Give collection back to Python."""
        self._timer.stop()
        gc.enable()


def collect_on_gui_thread(parent: QObject) -> GuiThreadCollector:
    """Install the collector for the lifetime of ``parent`` (usually the QApplication)."""
    return GuiThreadCollector(parent)
