"""Pictures of a map (any QGraphicsScene), the power/interest grid and the scorecard.

Only QtCore, QtGui and QtSvg are used here, never QtWidgets or ``ui`` classes: the scene is a
parameter. Formats: PNG (chosen DPI or scale), SVG (real text) and PDF (one page the size of
the drawing).
"""

from __future__ import annotations

from exports.image._output import format_of
from exports.image.charts import GridPoint, ScoreLine, grid_points, render_grid, render_scorecard
from exports.image.scene import content_rect, map_room, render_scene, render_scene_bytes

__all__ = [
    "GridPoint",
    "ScoreLine",
    "content_rect",
    "format_of",
    "grid_points",
    "map_room",
    "render_grid",
    "render_scene",
    "render_scene_bytes",
    "render_scorecard",
]
