"""The power/interest grid's placement in the map scene: its columns and rows, and actors
moved into the room around their cell so that far out their names stay clear of each other.

:class:`GridScene` is the base of :class:`~ui.canvas.scene_items.SceneItems`.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsScene

from models import Case
from ui.canvas.grid import GridBackgroundItem, GridBands, grid_bands, grid_positions
from ui.canvas.grid_spread import spread_in_grid
from ui.canvas.items import ActorItem
from ui.canvas.readable import MARGIN_PX, importance

__all__ = ["GRID_GAP", "REACH", "GridScene", "ViewMode"]


class ViewMode(StrEnum):
    """What the map scene shows: the map (positions from the model) or the power/interest grid."""

    MAP = "map"
    GRID = "grid"


GRID_GAP = 8.0  # around a name plate in a grid cell (scene units at 100 %)
REACH = 0.25  # how far past its cell (in cells) an actor may move in the grid to keep its name


class GridScene(QGraphicsScene):
    """The grid view's placement; see the module docstring."""

    case: Case
    actor_items: dict[str, ActorItem]
    _view_mode: ViewMode
    _grid_item: GridBackgroundItem | None
    _placing: bool

    def spread_grid(self, zoom: float, scale: float) -> None:
        """In the grid view, actors sharing a cell move into the room around it so that, at
        ``zoom`` with names grown by ``scale``, their name plates are clear of each other."""
        if self._view_mode != ViewMode.GRID:
            return
        bands, slot = self.grid_bands()
        base = grid_positions(self.case.actors, bands, slot)
        spots = base
        if scale > 1.0:
            spots = self._spread_plates(base, bands, zoom, scale)
        self._placing = True
        try:
            for actor_id, spot in spots.items():
                placed = self.actor_items.get(actor_id)
                if placed is not None and placed.pos() != spot:
                    placed.setPos(spot)
        finally:
            self._placing = False

    def _spread_plates(
        self, base: dict[str, QPointF], bands: GridBands, zoom: float, scale: float
    ) -> dict[str, QPointF]:
        """Grid places where, at ``zoom`` with names grown by ``scale``, the most important
        actors' name plates are clear of each other (see :mod:`ui.canvas.grid_spread`)."""
        gap = 2 * (MARGIN_PX + 1.0) / max(zoom, 1e-6)  # plate, halo and a clear pixel
        plates, shapes = {}, {}
        for actor_id, item in self.actor_items.items():
            if item.isVisible() and actor_id in base:
                plate, own = item.plate_rect(), item.natural_rect()
                plates[actor_id] = (plate.width() * scale + gap, plate.height() * scale + gap)
                shapes[actor_id] = (own.width() + gap, own.height() + gap)
        weight = importance(self.case)
        order = sorted(plates, key=lambda a: -weight.get(a, 0.0))
        band = bands.rect()
        room = {}
        for actor in self.case.actors:
            cell = bands.cell(max(0, min(5, actor.influence)), max(0, min(5, actor.interest)))
            dx, dy = cell.width() * REACH, cell.height() * REACH
            room[actor.id] = (
                cell.left() - dx,
                cell.top() - dy,
                cell.right() + dx,
                cell.bottom() + dy,
            )
        xy = {a: (p.x(), p.y()) for a, p in base.items() if a in plates}
        edges = (band.left(), band.top(), band.right(), band.bottom())
        spread = spread_in_grid(xy, plates, shapes, order, edges, room)
        return {**base, **{a: QPointF(x, y) for a, (x, y) in spread.items()}}

    def grid_bands(self) -> tuple[GridBands, tuple[float, float]]:
        """The grid's columns and rows for the actors now, and the slot of one name plate
        they were made for (the widest and tallest plate, with a gap); the grid drawn
        behind the actors follows."""
        plates = [i.plate_rect() for i in self.actor_items.values()]
        slot = (
            max((r.width() for r in plates), default=100.0) + 2 * GRID_GAP,
            max((r.height() for r in plates), default=40.0) + 2 * GRID_GAP,
        )
        bands = grid_bands(self.case.actors, slot)
        if self._grid_item is not None:
            self._grid_item.set_bands(bands)
        return bands, slot

    def grid_values(self, pos: QPointF) -> tuple[int, int]:
        """(influence, interest) of a point on the grid as drawn now."""
        return self.grid_bands()[0].values(pos)
