"""The legend over the map view: painted at the top right of the viewport, not in the scene,
collapsed to its header until the user opens it.

:class:`LegendView` is the base of :class:`~ui.canvas.view_fit.FittedView`, whose fit keeps
the map clear of it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView

from ui.canvas.legend import LegendItem
from ui.canvas.scene import MapScene

__all__ = ["LegendView"]


class LegendView(QGraphicsView):
    """The legend overlay; see the module docstring."""

    map_scene: MapScene
    show_legend: bool
    _legend: LegendItem
    _legend_chosen: bool

    def _auto_collapse_legend(self) -> None:
        """Until the user opens it, the legend is only its header: the map gets the room."""
        if not self._legend_chosen and not self._legend.collapsed:
            self._legend.set_collapsed(True)
            self.viewport().update()

    def legend_viewport_rect(self) -> QRectF:
        """Where the legend is painted now (viewport pixels; empty when it is hidden)."""
        if not self.show_legend or not self.map_scene.actor_items:
            return QRectF()
        return QRectF(self._legend_viewport_rect())

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        if not self.show_legend or not self.map_scene.actor_items:
            return
        painter.save()
        painter.resetTransform()
        legend_rect = self._legend.boundingRect()
        x = self.viewport().width() - legend_rect.width() - 12
        painter.translate(max(8.0, x), 10)
        self._legend.paint(painter)
        painter.restore()

    def _on_legend(self, point: QPointF) -> bool:
        """Whether a viewport point is on the legend's header (which opens and closes it)."""
        where = self.legend_viewport_rect()
        if where.isEmpty():
            return False
        header = self._legend.header_rect().translated(where.topLeft())
        return header.contains(point) or (self._legend.collapsed and where.contains(point))

    def legend_item(self) -> LegendItem:
        """The legend painted over the view."""
        return self._legend

    def refresh_legend(self) -> None:
        """Recompute the legend (case or language changed)."""
        self._legend.refresh(self.map_scene.case, self.map_scene.lang)
        self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if getattr(self, "show_legend", False):  # False while the constructor runs
            # Qt scrolls the pixels and repaints only what came into view; the legend stays
            # put, so repaint where it is and where its scrolled copy went (not everything).
            where = self._legend_viewport_rect()
            self.viewport().update(where)
            self.viewport().update(where.translated(dx, dy))

    def _legend_viewport_rect(self) -> QRect:
        """Where drawForeground paints the legend (viewport pixels, with a small margin)."""
        legend_rect = self._legend.boundingRect()
        x = max(8.0, self.viewport().width() - legend_rect.width() - 12)
        return (
            QRectF(x, 10, legend_rect.width(), legend_rect.height())
            .toAlignedRect()
            .adjusted(-3, -3, 3, 3)
        )
