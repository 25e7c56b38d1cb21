"""Power/interest grid: x from interest, y from influence (high influence at the top)."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from mapper.layout._common import GAP_X, GAP_Y, NODE_H, NODE_W, FloatArray, Ticker, size_array
from mapper.quadrant import HIGH, Quadrant

if TYPE_CHECKING:
    from models import Case

__all__ = ["SCORE_MAX", "GridGeometry", "grid_geometry", "grid_positions"]

SCORE_MAX = 5  # influence and interest run 0..5
_SLOT_W = NODE_W + GAP_X
_SLOT_H = NODE_H + GAP_Y / 2


@dataclass(frozen=True, slots=True)
class GridGeometry:
    """Where the grid lies in scene coordinates, for drawing axes and quadrant labels.

    Score ``s`` on an axis covers ``[s * cell_width, (s + 1) * cell_width)`` horizontally
    (interest) and ``[(SCORE_MAX - s) * cell_height, ...)`` vertically (influence).
    ``quadrants`` maps each :class:`~mapper.quadrant.Quadrant` (manage closely: high
    influence and interest, top right; keep satisfied: top left; keep informed: bottom right;
    monitor: bottom left) to its rectangle ``(x, y, width, height)``. Scores of
    :data:`~mapper.quadrant.HIGH` and up count as high, as in the analysis.
    """

    cell_width: float
    cell_height: float
    width: float
    height: float
    split_x: float
    split_y: float
    quadrants: dict[Quadrant, tuple[float, float, float, float]]

    def cell_centre(self, interest: int, influence: int) -> tuple[float, float]:
        """Centre of the cell for the given scores."""
        return (
            (interest + 0.5) * self.cell_width,
            (SCORE_MAX - influence + 0.5) * self.cell_height,
        )


def _clamp(score: int) -> int:
    return min(max(int(score), 0), SCORE_MAX)


def _cells(case: Case) -> dict[tuple[int, int], list[int]]:
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, actor in enumerate(case.actors):
        cells[(_clamp(actor.interest), _clamp(actor.influence))].append(i)
    return cells


def _shape(count: int, slot_w: float = _SLOT_W, slot_h: float = _SLOT_H) -> tuple[int, int]:
    """Columns and rows of the sub-grid holding ``count`` actors in one cell."""
    cols = max(1, math.ceil(math.sqrt(count * slot_h / slot_w)))
    rows = max(1, math.ceil(count / cols))
    return cols, rows


def _slots(members: list[int], sizes: FloatArray | None) -> tuple[float, float]:
    """The slot (w, h) of one actor in a cell: the cell's widest and tallest member."""
    if sizes is None or not members:
        return _SLOT_W, _SLOT_H
    return (
        float(sizes[members, 0].max()) + GAP_X,
        float(sizes[members, 1].max()) + GAP_Y / 2,
    )


def grid_geometry(case: Case, sizes: FloatArray | None = None) -> GridGeometry:
    """The grid's geometry for ``case`` (cells grow with the most crowded cell).

    ``sizes`` (n x 2, actor width and height in case order; default: estimated from the
    names, as :func:`~mapper.layout.layout` does) makes room for big actors.
    """
    if sizes is None:
        sizes = size_array(case, None)
    need_w, need_h = 200.0, 110.0
    for members in _cells(case).values():
        slot_w, slot_h = _slots(members, sizes)
        cols, rows = _shape(len(members), slot_w, slot_h)
        need_w = max(need_w, cols * slot_w + GAP_X)
        need_h = max(need_h, rows * slot_h + GAP_Y)
    cell_w, cell_h = need_w, need_h
    size = SCORE_MAX + 1
    width, height = size * cell_w, size * cell_h
    split_x = HIGH * cell_w
    split_y = (SCORE_MAX - HIGH + 1) * cell_h
    quadrants = {
        Quadrant.MANAGE_CLOSELY: (split_x, 0.0, width - split_x, split_y),
        Quadrant.KEEP_SATISFIED: (0.0, 0.0, split_x, split_y),
        Quadrant.KEEP_INFORMED: (split_x, split_y, width - split_x, height - split_y),
        Quadrant.MONITOR: (0.0, split_y, split_x, height - split_y),
    }
    return GridGeometry(cell_w, cell_h, width, height, split_x, split_y, quadrants)


def _org_key(organisation: str) -> tuple[bool, str]:
    """Organisations first (by id), actors of none last."""
    return (not organisation.strip(), organisation.strip().casefold())


def grid_positions(case: Case, tick: Ticker, sizes: FloatArray | None = None) -> FloatArray:
    """Centres (n x 2): each actor in its score cell, equal scores side by side (the actors
    of one organisation next to each other, then by stance and name)."""
    actors = list(case.actors)
    out = np.zeros((len(actors), 2))
    geometry = grid_geometry(case, sizes)
    for (interest, influence), members in _cells(case).items():
        members.sort(
            key=lambda i: (
                _org_key(actors[i].organisation),
                -actors[i].stance,
                actors[i].name.casefold(),
                i,
            )
        )
        slot_w, slot_h = _slots(members, sizes)
        cols, rows = _shape(len(members), slot_w, slot_h)
        cx, cy = geometry.cell_centre(interest, influence)
        for k, i in enumerate(members):
            row, col = divmod(k, cols)
            in_row = min(cols, len(members) - row * cols)
            out[i, 0] = cx + (col - (in_row - 1) / 2) * slot_w
            out[i, 1] = cy + (row - (rows - 1) / 2) * slot_h
    tick(1.0)
    return out
