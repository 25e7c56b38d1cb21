"""The actor item: drawn in the shape of its kind and the colour of its sphere, its name inside.

Far out, the view grows an actor into a compact name plate so its name stays readable
(:meth:`ActorItem.set_readable`, planned by :mod:`ui.canvas.readable`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from exports.style import ACTOR_SHAPES, SPHERE_COLOURS, Shape, text_colour_on
from models import Actor
from models.i18n import Lang
from models.labels import label
from models.shapes import wrap_width
from ui.canvas.geometry import outline, shape_rect
from ui.canvas.item_base import (
    _ACTOR_FLAGS,
    _DEVICE_CACHE,
    INTENT_OWNER_OUTLINE,
    LABEL_FONT_SIZE,
    LOD_TEXT,
    PLATE_GLYPH,
    PLATE_PAD,
    SELECT_COLOUR,
    _actor_text,
    _font,
    _lod,
    _metrics,
    release_drawn,
)
from ui.canvas.routing import OutlineSpec, outline_spec, roundrect_spec, scaled_spec

__all__ = ["NARROW_WRAP", "PIXMAP_CACHE_LIMIT", "PLATE_SHIFTS", "ActorItem"]

# maps up to this many actors keep each actor's picture in a pixmap (repaints faster); above
# it the pixmaps cost more than they save: 56 MB at 10,000 actors for 0.45 s less per repaint
PIXMAP_CACHE_LIMIT = 3000

NARROW_WRAP = 64.0  # the narrow plate wraps its name at this width (a long word runs wider)
NARROW_PAD = 4.0
#: the border of a selected plate far out, filled with the selection's colour
FAR_SELECTED_BORDER = "#1B2631"
PLATE_BOUND = 1.5  # a plate's bounding box reaches this far past it (the selection halo)
# where a centred plate would reach under the legend (top right of the view), the plate may
# stand a quarter of its size to the left or down, away from it; where it touches a
# neighbour's plate, also up (ui.canvas.readable.plan):
# variant 2 + 2 * k + b is plate b (0 with glyph, 1 narrow) moved by PLATE_SHIFTS[k]
PLATE_SHIFTS = ((-0.25, 0.0), (0.0, 0.25), (0.0, -0.25))


@dataclass(frozen=True, slots=True)
class _Plate:
    """One way to draw a grown actor: its lines, outline and whether it shows a glyph.

    Built when the actor is drawn or routed as that plate, not for every variant up front:
    six plates with their paths and outlines per actor were 60 MB at 10,000 actors and half
    the time of building the scene (issue 14)."""

    lines: tuple[str, ...]
    rect: QRectF
    glyph: bool

    def path(self) -> QPainterPath:
        """The plate's outline as drawn."""
        return outline("roundrect", self.rect)

    def spec(self) -> OutlineSpec:
        """The plate's outline in numbers (a rounded rectangle needs no path)."""
        return roundrect_spec(self.rect)


@lru_cache(maxsize=16)
def _glyph(shape: Shape) -> QPainterPath:
    """The glyph of ``shape`` on a plate, its top left corner at the origin (shared: do not
    change it)."""
    return outline(shape, QRectF(0, 0, PLATE_GLYPH, PLATE_GLYPH))


class ActorItem(QGraphicsItem):
    """An actor: shape by kind, fill by sphere, name inside; movable and selectable."""

    # a map holds thousands of these: attributes in slots, not a dict per item (issue 14);
    # do not subclass: under PySide 6.11 a subclass of a Qt item class with __slots__
    # crashes the interpreter when it is created (see ui.canvas.item_base.EDGE_SLOTS)
    __slots__ = (
        "_font",
        "_lines",
        "_path",
        "_plate",
        "_rect",
        "_shown",
        "_spec",
        "_variant",
        "actor",
        "dimmed",
        "entity_id",
        "is_intent_owner",
        "label_hidden",
        "lang",
        "outline",
    )

    outline: OutlineSpec  # the outline in numbers, for routing edges in bulk

    def __init__(
        self,
        actor: Actor,
        lang: Lang = "en",
        pos: QPointF | None = None,
        *,
        cached: bool = True,
        plate: bool = False,
    ) -> None:
        super().__init__()
        if pos is not None:  # before the flags: no geometry-change notifications yet
            self.setPos(pos)
        self.entity_id = actor.id
        self.actor = actor
        self.lang: Lang = lang
        self.is_intent_owner = False
        self.dimmed = False
        self.label_hidden = False  # the view found no room for the name at this zoom
        self._spec: OutlineSpec | None = None  # the shape's outline at scale 1
        self._font = _font(LABEL_FONT_SIZE)
        self._lines: tuple[str, ...] = ()
        self._rect = QRectF()
        self._path: QPainterPath | None = None  # the outline drawn now, built on first use
        self._plate = plate  # drawn as a compact name plate (see set_readable)
        self._variant = 0  # which plate (see plate_rect)
        self._shown: _Plate | None = None  # that plate, built on first use
        self.setFlags(_ACTOR_FLAGS)
        self.setAcceptHoverEvents(True)
        if cached:  # see PIXMAP_CACHE_LIMIT
            self.setCacheMode(_DEVICE_CACHE)
        self.setZValue(10)
        self.set_actor(actor)

    # ------------------------------------------------------------------ model -> item
    def set_actor(self, actor: Actor) -> None:
        """Show ``actor`` (after an edit): text, shape and colour follow the model."""
        self.prepareGeometryChange()
        self.actor = actor
        shape = ACTOR_SHAPES[actor.kind]
        self._lines, text_w, text_h = _actor_text(actor.name, wrap_width(shape))
        self._rect = shape_rect(shape, text_w, text_h)
        self._spec = None  # the shape's outline: made when the actor is drawn as its shape
        self._path = None
        self._shown = None
        self._update_outline()
        self.update()

    def tip(self) -> str:
        """The tooltip, made when the pointer rests on the actor (none is kept per item)."""
        actor = self.actor
        kind, sphere = label(actor.kind, self.lang), label(actor.effective_sphere, self.lang)
        return f"{actor.name}\n{kind} · {sphere}"

    def set_language(self, lang: Lang) -> None:
        """Re-label in ``lang``."""
        self.lang = lang
        self.set_actor(self.actor)

    def outline_rect(self) -> QRectF:
        """The rectangle drawn now in item coordinates: the shape, or the name plate."""
        return QRectF(self._shown_plate().rect if self._plate else self._rect)

    def shown_name(self) -> str:
        """The name as drawn now, its lines joined ("" where the name is hidden)."""
        if self.label_hidden:
            return ""
        return " ".join(self._shown_plate().lines if self._plate else self._lines)

    def natural_rect(self) -> QRectF:
        """The actor's own shape rectangle (item coordinates), whatever the zoom."""
        return QRectF(self._rect)

    def plate_rect(self, variant: int = 0) -> QRectF:
        """The name plate the actor becomes when it grows (item coordinates): ``variant`` 0
        is the plate with a glyph of its shape, 1 a narrower one (more lines, no glyph); the
        further ones are those two moved away from the legend (see ``PLATE_SHIFTS``)."""
        if self._plate and variant == self._variant:
            return QRectF(self._shown_plate().rect)
        return self._plate_of(variant).rect

    def _plate_of(self, variant: int) -> _Plate:
        """Plate ``variant`` (see :meth:`plate_rect`), built now."""
        name = self.actor.name
        if variant % 2 == 0:  # with a glyph, the name wrapped as in the shape
            wrap = wrap_width(ACTOR_SHAPES[self.actor.kind])
            lines, text_w, text_h = _actor_text(name, wrap)
            width, height = text_w + PLATE_GLYPH + 3 * PLATE_PAD, text_h + 2 * PLATE_PAD
        else:  # narrow, without a glyph
            lines, text_w, text_h = _actor_text(name, NARROW_WRAP, 4)
            width, height = text_w + 2 * NARROW_PAD, text_h + 2 * NARROW_PAD
        rect = QRectF(-width / 2, -height / 2, width, height)
        if variant >= 2:
            fx, fy = PLATE_SHIFTS[(variant - 2) // 2]
            rect.translate(fx * width, fy * height)
        return _Plate(lines, rect, variant % 2 == 0)

    def _shown_plate(self) -> _Plate:
        """The plate drawn when the actor is grown (built once per change)."""
        plate = self._shown
        if plate is None:
            plate = self._shown = self._plate_of(self._variant)
        return plate

    def _drawn_path(self) -> QPainterPath:
        """The outline drawn now: the plate's or the shape's (built once per change)."""
        path = self._path
        if path is None:
            if self._plate:
                path = self._shown_plate().path()
            else:
                path = outline(ACTOR_SHAPES[self.actor.kind], self._rect)
            self._path = path
        return path

    def natural_bounds(self) -> QRectF:
        """The bounding rectangle at its own size (for layouts that space actors)."""
        return self._rect.adjusted(-7, -7, 7, 7)

    def set_readable(self, scale: float, hidden: bool, variant: int = 0) -> bool:
        """Grow by ``scale`` (so the name keeps a minimum size on screen) or hide the name.

        A named actor is a compact plate (a small glyph of its shape and its name, in its
        sphere's colour) at every zoom, which needs far less room than the shape around the
        same text grown; a nameless one is its small shape. (Above 100 % actors used to turn
        into their shapes: new user, fifth round 6.) Returns whether the outline changed
        (edges re-route).
        """
        plate = not hidden  # named: the plate at every zoom (shapes changed above 100 %)
        variant = variant if plate else self._variant
        changed = scale != self.scale() or plate != self._plate or variant != self._variant
        if plate != self._plate or variant != self._variant:
            self.prepareGeometryChange()
            self._plate = plate
            self._variant = variant
            self._shown = None
            self._path = None
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
        if self._plate:
            spec = self._shown_plate().spec()
        elif self._spec is not None:
            spec = self._spec
        else:
            shape = ACTOR_SHAPES[self.actor.kind]
            spec = self._spec = outline_spec(shape, self._rect, self._drawn_path())
        self.outline = scaled_spec(spec, self.scale())

    # ------------------------------------------------------------------ QGraphicsItem
    def boundingRect(self) -> QRectF:
        if self._plate:
            return self._shown_plate().rect.adjusted(
                -PLATE_BOUND, -PLATE_BOUND, PLATE_BOUND, PLATE_BOUND
            )
        return self._rect.adjusted(-7, -7, 7, 7)

    def shape(self) -> QPainterPath:
        return self._drawn_path()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        try:
            self._paint(painter, option)
        finally:
            release_drawn(self._drawn_path())

    def _paint(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> None:
        fill = QColor(SPHERE_COLOURS[self.actor.effective_sphere])
        if self.dimmed:
            fill.setAlpha(70)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._plate:
            self._paint_plate(painter, fill, _lod(painter, option) >= LOD_TEXT)
            return
        if self.isSelected():
            halo = QPen(SELECT_COLOUR, 7)
            halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._drawn_path())
        border = QPen(fill.darker(150), 1.6)
        if self.hasFocus():
            border = QPen(QColor("#1B2631"), 2.4, Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(QBrush(fill))
        painter.drawPath(self._drawn_path())
        if self.is_intent_owner:
            painter.setPen(QPen(QColor("#F4D03F"), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._drawn_path())
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

    def _paint_plate(self, painter: QPainter, fill: QColor, text: bool = True) -> None:
        """The grown actor: a rounded plate with a glyph of its shape (when there is room)
        and its name; without ``text`` (far out: a big map's plates under :data:`LOD_TEXT`,
        where a name would be a pixel high) the plate alone, as a shape drops its name."""
        plate = self._shown_plate()
        rect, path = plate.rect, self._drawn_path()
        if self.isSelected() and not text:  # far out a halo is under a pixel: the plate in
            painter.setPen(QPen(QColor(FAR_SELECTED_BORDER), 2 * PLATE_BOUND))  # the
            painter.setBrush(QBrush(SELECT_COLOUR))  # selection's colour (rev-user15 G6)
            painter.drawPath(path)
            return
        if self.isSelected():
            halo = QPen(SELECT_COLOUR, 2 * PLATE_BOUND)
            halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        border = QPen(fill.darker(150), 1.2)
        if self.hasFocus():
            border = QPen(QColor("#1B2631"), 1.8, Qt.PenStyle.DashLine)
        if self.is_intent_owner:
            border = QPen(QColor(INTENT_OWNER_OUTLINE), 2.4)
        painter.setPen(border)
        painter.setBrush(QBrush(fill))
        painter.drawPath(path)
        if not text:
            return
        text_colour = QColor(text_colour_on(SPHERE_COLOURS[self.actor.effective_sphere]))
        left = rect.left() + NARROW_PAD
        align = Qt.AlignmentFlag.AlignHCenter
        if plate.glyph:
            glyph_rect = QRectF(
                rect.left() + PLATE_PAD,
                rect.center().y() - PLATE_GLYPH / 2,
                PLATE_GLYPH,
                PLATE_GLYPH,
            )
            painter.setPen(QPen(text_colour, 1.1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.translate(glyph_rect.topLeft())  # one glyph path per shape, not per paint
            painter.drawPath(_glyph(ACTOR_SHAPES[self.actor.kind]))
            painter.translate(-glyph_rect.topLeft())
            left = glyph_rect.right() + PLATE_PAD
            align = Qt.AlignmentFlag.AlignLeft
        painter.setPen(text_colour)
        painter.setFont(self._font)
        line_h = _metrics(LABEL_FONT_SIZE).height()
        top = rect.center().y() - line_h * len(plate.lines) / 2
        right = rect.right() - (0 if plate.glyph else NARROW_PAD)
        for i, line in enumerate(plate.lines):
            line_rect = QRectF(left, top + i * line_h, right - left, line_h)
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignVCenter | align, line)

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
