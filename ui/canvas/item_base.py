"""What the map's items share: fonts, text measures, sizes, styles and level-of-detail limits.

Kept apart from the items themselves (:mod:`ui.canvas.actor_item`, :mod:`ui.canvas.items`).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

__all__ = [
    "DASHES",
    "EDGE_FONT_SIZE",
    "EDGE_SLOTS",
    "INTENT_OWNER_OUTLINE",
    "LABEL_FONT_SIZE",
    "LOD_ARROWS",
    "LOD_TEXT",
    "PLATE_GLYPH",
    "PLATE_PAD",
    "SELECT_COLOUR",
    "release_drawn",
    "tip_of",
    "wrap_text",
]

SELECT_COLOUR = QColor("#F5B041")
INTENT_OWNER_OUTLINE = "#F4D03F"  # the yellow outline of the owner of the intent
LABEL_FONT_SIZE = 9.0
EDGE_FONT_SIZE = 8.0
LONG_WORD_WIDTH = 165.0  # a single long word may run this wide before it is elided
LOD_TEXT = 0.38  # below this zoom, labels drop out (where the view does not grow them)
PLATE_GLYPH = 12.0  # the shape glyph on a grown actor's name plate
PLATE_PAD = 5.0
LOD_ARROWS = 0.3  # below this zoom, arrowheads drop out
DASHES = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
}


# What every line keeps, in slots on the lines a map holds by the ten thousand (relationships
# and mandates: 40,000 at 10,000 actors) instead of a dict per item (issue 14). Only on
# classes nobody subclasses: under PySide 6.11 a subclass of a Qt item class with
# ``__slots__`` crashes the interpreter (a segmentation fault) when it is created, so
# ``EdgeItem`` itself has none.
EDGE_SLOTS = (
    "_bounds",
    "_facts",
    "_font",
    "_heads",
    "_label_pos",
    "_label_rect",
    "_path",
    "_route_at",
    "bold_label",
    "bundle_text",
    "bundled",
    "edge_style",
    "emphasised",
    "entity_id",
    "fanned",
    "fanned_by_hover",
    "hovered",
    "label_hidden",
    "label_scale",
    "label_t",
    "loop_index",
    "offset",
    "same_hidden",
    "same_text",
    "source",
    "target",
    "text",
)
_FLAG = QGraphicsItem.GraphicsItemFlag
_ACTOR_FLAGS = (
    _FLAG.ItemIsSelectable
    | _FLAG.ItemIsMovable
    | _FLAG.ItemIsFocusable
    | _FLAG.ItemSendsGeometryChanges
)
_EDGE_FLAGS = _FLAG.ItemIsSelectable | _FLAG.ItemIsFocusable
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


def release_drawn(path: QPainterPath) -> None:
    """Drop what drawing ``path`` left inside it (call after an item painted its path).

    On its first draw QPainter converts a QPainterPath into a vector path and keeps that in
    the path: about 3 KB whatever its length (two arrays with room for 256 entries), 160 MB
    for the 50,000 lines and actors of a 10,000-actor map, kept for as long as the map is
    open. Moving the first point onto itself clears it; the next draw converts again (a few
    microseconds)."""
    if path.elementCount():
        first = path.elementAt(0)
        path.setElementPositionAt(0, first.x, first.y)


def wrap_text(text: str, metrics: QFontMetricsF, width: float, max_lines: int = 3) -> list[str]:
    """Greedy word wrap of ``text`` into at most ``max_lines`` lines; the last one elided."""
    words = text.split() or [""]
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    widest = max(width, LONG_WORD_WIDTH)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, widest) for line in lines]


def _lod(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


@lru_cache(maxsize=8)
def _font(size: float, bold: bool | None = None) -> QFont:
    """A shared font (do not change it; copy it first)."""
    font = QFont()
    font.setPointSizeF(size)
    if bold is not None:
        font.setBold(bold)
        font.setItalic(not bold)
    return font


@lru_cache(maxsize=4)
def _metrics(size: float, bold: bool | None = None) -> QFontMetricsF:
    """Font metrics are the same for every item with the same font: measure once."""
    return QFontMetricsF(_font(size, bold))


@lru_cache(maxsize=256)
def _plain_pen(colour: str, width: float) -> QPen:
    """The solid pen of an edge seen from far out (shared: do not change it)."""
    return QPen(QColor(colour), width)


@lru_cache(maxsize=65536)
def _actor_text(name: str, wrap: float, max_lines: int = 3) -> tuple[tuple[str, ...], float, float]:
    """The wrapped lines of an actor name, their widest width and total height (cached)."""
    metrics = _metrics(LABEL_FONT_SIZE)
    lines = tuple(wrap_text(name, metrics, wrap, max_lines))
    width = max(metrics.horizontalAdvance(line) for line in lines)
    return lines, width, metrics.height() * len(lines)


@lru_cache(maxsize=65536)
def _label_size(text: str, bold: bool) -> tuple[float, float]:
    """Width and height of an edge label's box (cached by text)."""
    metrics = _metrics(EDGE_FONT_SIZE, bold)
    return metrics.horizontalAdvance(text) + 8, metrics.height() + 2


def tip_of(item: QGraphicsItem) -> str:
    """What the pointer resting on ``item`` shows: the tooltip set on it, else the one its
    class makes when asked (``tip()``). The map's actors and lines keep none of their own: a
    10,000-actor map's 50,000 items held about 12 MB of them (see ``MapScene.helpEvent``)."""
    text = item.toolTip()
    if text:
        return text
    made = getattr(item, "tip", None)
    return str(made()) if callable(made) else ""
