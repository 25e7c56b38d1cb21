"""Scene items: one per actor, relationship and mandate. Items read the model, never write it.

An :class:`ActorItem` is drawn in the shape of its kind and the colour of its sphere; edges are
quadratic curves, clipped at the actor outlines, styled by kind (``exports.style``), with
arrowheads and a label. Labels and arrowheads drop out when the view is zoomed far out.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from exports.style import (
    ACTOR_SHAPES,
    MANDATE_STYLE,
    SPHERE_COLOURS,
    EdgeStyle,
    edge_style,
    text_colour_on,
)
from models import Actor, Instrument, Mandate, Relationship
from models.i18n import Lang
from models.labels import label
from ui.canvas.geometry import PARALLEL_SPACING, arrow_head, outline, shape_rect
from ui.canvas.routing import OutlineSpec, clip_curves, outline_spec, quad_points, scaled_spec

__all__ = ["ActorItem", "EdgeItem", "MandateItem", "RelationshipItem", "route_edges", "wrap_text"]

SELECT_COLOUR = QColor("#F5B041")
LABEL_FONT_SIZE = 9.0
EDGE_FONT_SIZE = 8.0
MAX_LABEL_WIDTH = 108.0  # layouts space actors for shapes of about 120 x 50 pixels
LONG_WORD_WIDTH = 165.0  # a single long word may run this wide before it is elided
WRAP_WIDTH = {"circle": 84.0, "diamond": 84.0, "triangle": 80.0, "ellipse": 100.0}
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


_FLAG = QGraphicsItem.GraphicsItemFlag
_ACTOR_FLAGS = (
    _FLAG.ItemIsSelectable
    | _FLAG.ItemIsMovable
    | _FLAG.ItemIsFocusable
    | _FLAG.ItemSendsGeometryChanges
)
_EDGE_FLAGS = _FLAG.ItemIsSelectable | _FLAG.ItemIsFocusable
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


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
def _actor_text(name: str, wrap: float) -> tuple[tuple[str, ...], float, float]:
    """The wrapped lines of an actor name, their widest width and total height (cached)."""
    metrics = _metrics(LABEL_FONT_SIZE)
    lines = tuple(wrap_text(name, metrics, wrap))
    width = max(metrics.horizontalAdvance(line) for line in lines)
    return lines, width, metrics.height() * len(lines)


@lru_cache(maxsize=65536)
def _label_size(text: str, bold: bool) -> tuple[float, float]:
    """Width and height of an edge label's box (cached by text)."""
    metrics = _metrics(EDGE_FONT_SIZE, bold)
    return metrics.horizontalAdvance(text) + 8, metrics.height() + 2


class ActorItem(QGraphicsItem):
    """An actor: shape by kind, fill by sphere, name inside; movable and selectable."""

    outline: OutlineSpec  # the outline in numbers, for routing edges in bulk

    def __init__(self, actor: Actor, lang: Lang = "en", pos: QPointF | None = None) -> None:
        super().__init__()
        if pos is not None:  # before the flags: no geometry-change notifications yet
            self.setPos(pos)
        self.entity_id = actor.id
        self.actor = actor
        self.lang: Lang = lang
        self.is_intent_owner = False
        self.dimmed = False
        self.label_hidden = False  # the view found no room for the name at this zoom
        self._spec: OutlineSpec | None = None  # the outline at scale 1
        self._font = _font(LABEL_FONT_SIZE)
        self._lines: tuple[str, ...] = ()
        self._rect = QRectF()
        self._path = QPainterPath()
        self._plate = False  # grown far out: drawn as a compact name plate (see set_readable)
        self._plate_rect = QRectF()
        self._plate_path = QPainterPath()
        self._plate_spec: OutlineSpec | None = None
        self.setFlags(_ACTOR_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(_DEVICE_CACHE)
        self.setZValue(10)
        self.set_actor(actor)

    # ------------------------------------------------------------------ model -> item
    def set_actor(self, actor: Actor) -> None:
        """Show ``actor`` (after an edit): text, shape and colour follow the model."""
        self.prepareGeometryChange()
        self.actor = actor
        shape = ACTOR_SHAPES[actor.kind]
        self._lines, text_w, text_h = _actor_text(
            actor.name, WRAP_WIDTH.get(shape, MAX_LABEL_WIDTH)
        )
        self._rect = shape_rect(shape, text_w, text_h)
        self._path = outline(shape, self._rect)
        self._spec = outline_spec(shape, self._rect, self._path)
        pw, ph = text_w + PLATE_GLYPH + 3 * PLATE_PAD, text_h + 2 * PLATE_PAD
        self._plate_rect = QRectF(-pw / 2, -ph / 2, pw, ph)
        self._plate_path = outline("roundrect", self._plate_rect)
        self._plate_spec = outline_spec("roundrect", self._plate_rect, self._plate_path)
        self._update_outline()
        kind = label(actor.kind, self.lang)
        sphere = label(actor.effective_sphere, self.lang)
        self.setToolTip(f"{actor.name}\n{kind} · {sphere}")
        self.update()

    def set_language(self, lang: Lang) -> None:
        """Re-label in ``lang``."""
        self.lang = lang
        self.set_actor(self.actor)

    def outline_rect(self) -> QRectF:
        """The rectangle drawn now in item coordinates: the shape, or the name plate."""
        return QRectF(self._plate_rect if self._plate else self._rect)

    def natural_rect(self) -> QRectF:
        """The actor's own shape rectangle (item coordinates), whatever the zoom."""
        return QRectF(self._rect)

    def plate_rect(self) -> QRectF:
        """The compact name plate the actor becomes when it grows (item coordinates)."""
        return QRectF(self._plate_rect)

    def natural_bounds(self) -> QRectF:
        """The bounding rectangle at its own size (for layouts that space actors)."""
        return self._rect.adjusted(-7, -7, 7, 7)

    def set_readable(self, scale: float, hidden: bool) -> bool:
        """Grow by ``scale`` (so the name keeps a minimum size on screen) or hide the name.

        Grown beyond its own size, the actor becomes a compact plate (a small glyph of its
        shape and its name, in its sphere's colour), which needs far less room than the
        shape around the same text. Returns whether the outline changed (edges re-route).
        """
        plate = scale > 1.0 and not hidden
        changed = scale != self.scale() or plate != self._plate
        if plate != self._plate:
            self.prepareGeometryChange()
            self._plate = plate
        if scale != self.scale():
            self.setScale(scale)
        if changed:
            self._update_outline()
        if hidden != self.label_hidden or changed:
            self.label_hidden = hidden
            self.setZValue(11 if hidden else 10)  # a small nameless actor stays on top
            self.update()
        return changed

    def _update_outline(self) -> None:
        spec = self._plate_spec if self._plate else self._spec
        if spec is not None:
            self.outline = scaled_spec(spec, self.scale())

    # ------------------------------------------------------------------ QGraphicsItem
    def boundingRect(self) -> QRectF:
        if self._plate:
            return self._plate_rect.adjusted(-4, -4, 4, 4)
        return self._rect.adjusted(-7, -7, 7, 7)

    def shape(self) -> QPainterPath:
        return self._plate_path if self._plate else self._path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        fill = QColor(SPHERE_COLOURS[self.actor.effective_sphere])
        if self.dimmed:
            fill.setAlpha(70)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._plate:
            self._paint_plate(painter, fill)
            return
        if self.isSelected():
            halo = QPen(SELECT_COLOUR, 7)
            halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        border = QPen(fill.darker(150), 1.6)
        if self.hasFocus():
            border = QPen(QColor("#1B2631"), 2.4, Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(QBrush(fill))
        painter.drawPath(self._path)
        if self.is_intent_owner:
            painter.setPen(QPen(QColor("#F4D03F"), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        if self.label_hidden or _lod(painter, option) < LOD_TEXT:
            return
        text = QColor(text_colour_on(SPHERE_COLOURS[self.actor.effective_sphere]))
        if self.dimmed:
            text = QColor("#7F8C8D")
        painter.setPen(text)
        painter.setFont(self._font)
        line_h = _metrics(LABEL_FONT_SIZE).height()
        total = line_h * len(self._lines)
        top = -total / 2
        if self.actor.kind.value == "oversight":  # triangle: text sits in the wide lower part
            top += self._rect.height() * 0.14
        for i, line in enumerate(self._lines):
            rect = QRectF(self._rect.left(), top + i * line_h, self._rect.width(), line_h)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, line)

    def _paint_plate(self, painter: QPainter, fill: QColor) -> None:
        """The grown actor: a rounded plate with a glyph of its shape and its name."""
        rect, path = self._plate_rect, self._plate_path
        if self.isSelected():
            halo = QPen(SELECT_COLOUR, 5)
            halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        border = QPen(fill.darker(150), 1.2)
        if self.hasFocus():
            border = QPen(QColor("#1B2631"), 1.8, Qt.PenStyle.DashLine)
        if self.is_intent_owner:
            border = QPen(QColor("#F4D03F"), 2.4)
        painter.setPen(border)
        painter.setBrush(QBrush(fill))
        painter.drawPath(path)
        text_colour = QColor(text_colour_on(SPHERE_COLOURS[self.actor.effective_sphere]))
        glyph_rect = QRectF(
            rect.left() + PLATE_PAD, rect.center().y() - PLATE_GLYPH / 2, PLATE_GLYPH, PLATE_GLYPH
        )
        painter.setPen(QPen(text_colour, 1.1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(outline(ACTOR_SHAPES[self.actor.kind], glyph_rect))
        painter.setFont(self._font)
        line_h = _metrics(LABEL_FONT_SIZE).height()
        top = rect.center().y() - line_h * len(self._lines) / 2
        left = glyph_rect.right() + PLATE_PAD
        for i, line in enumerate(self._lines):
            line_rect = QRectF(left, top + i * line_h, rect.right() - left, line_h)
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignVCenter, line)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if scene is not None and hasattr(scene, "on_actor_item_moved"):
                scene.on_actor_item_moved(self)
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._highlight_edges(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._highlight_edges(False)
        super().hoverLeaveEvent(event)

    def _highlight_edges(self, on: bool) -> None:
        """Thicken this actor's connections while the pointer is over it."""
        scene = self.scene()
        if scene is not None and hasattr(scene, "edges_of"):
            for edge in scene.edges_of(self.entity_id):
                edge.hovered = on
                edge.update()


class EdgeItem(QGraphicsItem):
    """A curved, styled, directed line between two actor items."""

    def __init__(self, entity_id: str, source: ActorItem, target: ActorItem) -> None:
        super().__init__()
        self.entity_id = entity_id
        self.source = source
        self.target = target
        self.offset = 0.0
        self.label_t = 0.5
        self.loop_index = 0
        self.edge_style: EdgeStyle = EdgeStyle("#000000")
        self.text = ""  # the edge's own label
        self.bundle_text = ""  # "3 mandates": this edge speaks for its collapsed bundle
        self.bundled = False  # a member of a collapsed bundle: its own label is not drawn
        self.fanned_by_hover = False  # a bundle opened because the pointer is on it
        self.bold_label = False
        self.hovered = False
        self.label_scale = 1.0  # the view grows labels so they keep a minimum size on screen
        self.label_hidden = False  # no room for the label at this zoom (shown on hover)
        self._path = QPainterPath()
        self._heads: list[tuple[QPointF, QPointF]] = []  # (tip, direction)
        self._label_pos = QPointF()
        self._label_rect = QRectF()
        self._bounds = QRectF()
        self._font = _font(EDGE_FONT_SIZE)
        self.setFlags(_EDGE_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    def set_ends(self, source: ActorItem, target: ActorItem) -> None:
        """Attach to other actor items (after a change of source or target)."""
        self.source, self.target = source, target
        self.update_path()

    # ------------------------------------------------------------------ geometry
    def update_path(self) -> None:
        """Recompute the curve from the current positions of both actors."""
        route_edges([self])

    def set_route(
        self, path: QPainterPath, heads: list[tuple[QPointF, QPointF]], at: QPointF
    ) -> None:
        """Take a routed curve: its path, arrowheads (tip, direction) and label position."""
        self.prepareGeometryChange()
        self._path = path
        self._heads = heads
        self._label_pos = at
        text = self.shown_text()
        if text:
            w, h = _label_size(text, self.bold_label)
            w, h = w * self.label_scale, h * self.label_scale
            self._label_rect = QRectF(at.x() - w / 2, at.y() - h / 2, w, h)
        else:
            self._label_rect = QRectF()
        pad = self.edge_style.width + 12
        rect = path.boundingRect().adjusted(-pad, -pad, pad, pad)
        self._bounds = rect.united(self._label_rect) if text else rect
        self.update()

    def _loop_path(self) -> None:
        source = self.source
        rect = source.outline_rect()
        rect = QRectF(rect.topLeft() * source.scale(), rect.bottomRight() * source.scale())
        rect = rect.translated(source.pos())
        cx, top = rect.center().x(), rect.top()
        size = 46 + 22 * self.loop_index
        start, end = QPointF(cx - 14, top + 2), QPointF(cx + 14, top + 2)
        c1, c2 = QPointF(cx - size, top - size * 1.3), QPointF(cx + size, top - size * 1.3)
        path = QPainterPath(start)
        path.cubicTo(c1, c2, end)
        heads = [(end, end - c2)] if self.edge_style.arrow != "none" else []
        self.set_route(path, heads, QPointF(cx, top - size * 1.0))

    # ------------------------------------------------------------------ QGraphicsItem
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        # an opened bundle keeps the pointer between its fanned lines "on" the bundle
        reach = PARALLEL_SPACING + 4 if self.fanned_by_hover else 10.0
        stroker.setWidth(max(reach, self.edge_style.width + 6))
        path = stroker.createStroke(self._path)
        if self.shown_text():
            path.addRect(self._label_rect)
        return path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_ARROWS and not self.isSelected():
            # Far out (many edges on screen): dashes, arrowheads and labels are finer than a
            # pixel and costly; a plain line, with as little Python work as possible.
            painter.setPen(_plain_pen(self.edge_style.colour, self.edge_style.width))
            painter.drawPath(self._path)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.edge_style.colour)
        width = self.edge_style.width + (1.0 if self.hovered else 0.0)
        if self.isSelected():
            halo = QPen(SELECT_COLOUR, width + 6)
            halo.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(halo)
            painter.drawPath(self._path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if lod < LOD_ARROWS:
            painter.setPen(QPen(colour, width))
            painter.drawPath(self._path)
            return
        pen = QPen(colour, width, DASHES[self.edge_style.dash])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawPath(self._path)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        size = (9.0 + width * 1.6) * min(self.label_scale, 2.0)
        for tip, direction in self._heads:
            painter.drawPolygon(arrow_head(tip, direction, size))
        if self.label_shown() and lod * self.label_scale >= LOD_TEXT:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.drawRoundedRect(self._label_rect, 4, 4)
            painter.setFont(self.label_font())
            painter.setPen(QColor("#1C2833") if self.bundle_text else colour.darker(130))
            painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self.shown_text())

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()
        scene = self.scene()
        if scene is not None and hasattr(scene, "on_edge_hovered"):
            scene.on_edge_hovered(self, True)  # a collapsed bundle opens
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()
        scene = self.scene()
        if scene is not None and hasattr(scene, "on_edge_hovered"):
            scene.on_edge_hovered(self, False)
        super().hoverLeaveEvent(event)

    def label_shown(self) -> bool:
        """Whether the label is drawn: it has text, and room or the pointer or the selection."""
        return bool(self.shown_text()) and (
            not self.label_hidden or self.hovered or self.isSelected()
        )

    def shown_text(self) -> str:
        """The text on the line: the bundle's count, nothing inside a bundle, else the label."""
        if self.bundle_text:
            return self.bundle_text
        return "" if self.bundled else self.text

    def label_rect(self) -> QRectF:
        """The label's box (scene coordinates; empty without text)."""
        return QRectF(self._label_rect)

    def set_label_scale(self, scale: float) -> bool:
        """Grow the label by ``scale``; returns whether it changed (route again then)."""
        if scale == self.label_scale:
            return False
        self.label_scale = scale
        return True

    def label_font(self) -> QFont:
        """Bold for mandates, italic for relationship labels."""
        font = QFont(self._font)
        font.setPointSizeF(EDGE_FONT_SIZE * self.label_scale)
        font.setBold(self.bold_label)
        font.setItalic(not self.bold_label)
        return font

    def label_anchor(self) -> QPointF:
        """Where the label sits (scene coordinates); in-place editors open here."""
        return QPointF(self._label_pos)


class RelationshipItem(EdgeItem):
    """A relationship: style by kind, trust coloured by level, its label at the apex."""

    def __init__(self, rel: Relationship, source: ActorItem, target: ActorItem, lang: Lang) -> None:
        super().__init__(rel.id, source, target)
        self.lang: Lang = lang
        self.rel = rel
        self.set_relationship(rel)

    def set_relationship(self, rel: Relationship) -> None:
        """Show ``rel`` (after an edit)."""
        self.rel = rel
        self.edge_style = edge_style(rel.kind, rel.level)
        self.text = rel.label
        kind = label(rel.kind, self.lang)
        level = f" ({rel.level:+d})" if rel.kind.value == "trust" else ""
        practice = label(rel.practice, self.lang)
        tip = f"{self.source.actor.name} → {self.target.actor.name}\n{kind}{level} · {practice}"
        self.setToolTip(tip + (f"\n{rel.label}" if rel.label else ""))
        if self.scene() is not None:  # a new item is routed by its scene, with its siblings
            self.update_path()

    def set_language(self, lang: Lang) -> None:
        """Re-label in ``lang``."""
        self.lang = lang
        self.set_relationship(self.rel)


class MandateItem(EdgeItem):
    """A mandate: a bold dark line labelled with the power it passes on."""

    def __init__(self, mandate: Mandate, source: ActorItem, target: ActorItem, lang: Lang) -> None:
        super().__init__(mandate.id, source, target)
        self.lang: Lang = lang
        self.mandate = mandate
        self.bold_label = True
        self.setZValue(2)
        self.set_mandate(mandate)

    def set_mandate(self, mandate: Mandate) -> None:
        """Show ``mandate`` (after an edit)."""
        self.mandate = mandate
        self.edge_style = MANDATE_STYLE
        power = label(mandate.power, self.lang)
        if mandate.instrument is not Instrument.MANDATE:
            power = f"{power} ({label(mandate.instrument, self.lang).lower()})"
        self.text = power
        head = f"{self.source.actor.name} → {self.target.actor.name}"
        self.setToolTip(f"{head}\n{label(mandate.instrument, self.lang)}: {power}")
        if self.scene() is not None:  # a new item is routed by its scene, with its siblings
            self.update_path()

    def set_language(self, lang: Lang) -> None:
        """Re-label in ``lang``."""
        self.lang = lang
        self.set_mandate(self.mandate)


def _tangents(p0: np.ndarray, c: np.ndarray, p1: np.ndarray, t: np.ndarray) -> np.ndarray:
    u = (1 - t)[:, None]
    result: np.ndarray = (c - p0) * (2 * u) + (p1 - c) * (2 * t[:, None])
    return result


def route_edges(edges: Sequence[EdgeItem]) -> None:
    """Route ``edges`` from the current actor positions: curves clipped at both outlines,
    arrowheads and label positions, computed for all of them at once (fast for many)."""
    curves: list[EdgeItem] = []
    for edge in edges:
        if edge.source is edge.target:
            edge._loop_path()
        else:
            curves.append(edge)
    if not curves:
        return
    p0 = np.array([(e.source.x(), e.source.y()) for e in curves], dtype=np.float64)
    p1 = np.array([(e.target.x(), e.target.y()) for e in curves], dtype=np.float64)
    offset = np.array([e.offset for e in curves], dtype=np.float64)
    d = p1 - p0
    length = np.hypot(d[:, 0], d[:, 1])
    length[length == 0] = 1.0
    normal = np.stack([d[:, 1] / length, -d[:, 0] / length], axis=1)  # left, y down
    c = (p0 + p1) / 2 + normal * (offset * 2)[:, None]
    t0, t1 = clip_curves(
        p0, c, p1, [e.source.outline for e in curves], [e.target.outline for e in curves]
    )
    start, end = quad_points(p0, c, p1, t0), quad_points(p0, c, p1, t1)
    tan0, tan1 = _tangents(p0, c, p1, t0), _tangents(p0, c, p1, t1)
    ctrl = start + tan0 * ((t1 - t0) / 2)[:, None]
    label_t = np.array([e.label_t for e in curves], dtype=np.float64)
    at = quad_points(p0, c, p1, t0 + (t1 - t0) * label_t)
    rows = np.concatenate([start, ctrl, end, tan0, tan1, at], axis=1).tolist()
    for edge, (sx, sy, cx, cy, ex, ey, ax, ay, bx, by, lx, ly) in zip(curves, rows, strict=True):
        path = QPainterPath(QPointF(sx, sy))
        path.quadTo(cx, cy, ex, ey)
        heads: list[tuple[QPointF, QPointF]] = []
        arrow = edge.edge_style.arrow
        if arrow in ("forward", "both"):
            heads.append((QPointF(ex, ey), QPointF(bx, by)))
        if arrow == "both":
            heads.append((QPointF(sx, sy), QPointF(-ax, -ay)))
        edge.set_route(path, heads, QPointF(lx, ly))
