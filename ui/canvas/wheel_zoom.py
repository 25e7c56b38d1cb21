"""Quick wheel steps zoom the map once, not once each (rev-user18 R5).

At 10,000 actors a zoom step is a pass over the map (the far-out switch, the readability pass:
plates and labels for the new zoom) that took 1-2 s under load; eight quick wheel steps each
made their own pass, one after the other, with no paint in between: ~8 s before the map showed
where the user had wheeled to. Here a wheel step only adds its notches; the zoom is made once
the events already waiting have been handled (a zero timer), for all the notches gathered, and
the next one only after the view has painted that zoom. :attr:`WheelZoom.passes` counts the
zooms made (tests count them, not time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer

if TYPE_CHECKING:
    from ui.canvas.view import MapView

__all__ = ["PAINT_WAIT_MS", "WheelZoom"]

PAINT_WAIT_MS = 100  # a zoom that never gets painted (a hidden view) lets the next go after this


class WheelZoom(QObject):
    """Gathers the wheel's notches over ``view`` and zooms once per painted frame."""

    def __init__(self, view: MapView, step: float) -> None:
        super().__init__(view)
        self._view = view
        self._step = step
        self._notches = 0.0
        self._at = QPoint()
        self._unpainted = False  # a zoom was made and the view has not painted it yet
        self.passes = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._zoom)
        view.viewport().installEventFilter(self)

    def add(self, notches: float, at: QPoint) -> None:
        """A wheel step of ``notches`` (120ths of the angle, up is closer) at viewport ``at``."""
        self._notches += notches
        self._at = at
        if not self._timer.isActive():
            self._timer.start(PAINT_WAIT_MS if self._unpainted else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._unpainted:
            self._unpainted = False
            if self._notches:  # gathered while the last zoom was waiting for its paint
                self._timer.start(0)  # after this paint
        return False

    def _zoom(self) -> None:
        notches, self._notches = self._notches, 0.0
        if not notches:
            return
        before = self._view.zoom()
        self.passes += 1
        self._view.zoom_by(self._step**notches, self._at)
        self._unpainted = self._view.zoom() != before
