"""Run Python's cyclic garbage collector on the GUI thread only.

Python collects cycles in whichever thread happens to allocate when a threshold is crossed.
If that is a worker thread (an analysis, a layout, an import) and the garbage holds Qt
wrappers, their C++ objects are destroyed off the GUI thread and Qt crashes. The cure, used by
many PyQt/PySide programs, is to switch automatic collection off and collect from a timer on
the GUI thread instead.

:func:`give_back` is the other half: after a big job (an export, a layout) it collects every
generation at once and hands the freed memory back to the system. With automatic collection
off, what a worker built and dropped in cycles (an Excel workbook's cells and sheets, a nota's
document) reached the oldest generation while the job ran and waited there for a full
collection that an idle app rarely makes; and glibc keeps what a thread freed in that thread's
arena. At 10,000 actors the app's memory grew by 150-190 MB a step and stayed (new user at
scale 15, G1).
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QTimer

__all__ = ["GuiThreadCollector", "collect_on_gui_thread", "give_back"]


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


#: Python blocks a job may leave allocated before a full collection is worth its time: at
#: 10,000 actors one walks 2 million objects, 0.7-1 s of the GUI thread (an Excel report
#: leaves 2.5 million blocks of garbage, a layout or a picture next to none)
GARBAGE_BLOCKS = 100_000


def give_back(since: int | None = None) -> int:
    """Collect every generation and return freed memory to the system; the objects collected.

    With ``since`` (``sys.getallocatedblocks()`` when the job started) the collection runs only
    when the job left more than :data:`GARBAGE_BLOCKS` blocks allocated; the freed memory is
    handed back either way (glibc's ``malloc_trim``: :func:`exports.memory.give_back`). Call it
    on the GUI thread (a collection may destroy Qt wrappers), after a job that built much.
    """
    from exports.memory import give_back as trim

    found = 0
    if since is None or sys.getallocatedblocks() - since > GARBAGE_BLOCKS:
        found = gc.collect()
    trim()
    return found
