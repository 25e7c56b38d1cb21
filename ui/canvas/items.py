"""Scene items: one per actor, relationship and mandate. Items read the model, never write it.

Edges are quadratic curves, clipped at the actor outlines, styled by kind (``exports.style``), with
arrowheads and a label. Labels and arrowheads drop out when the view is zoomed far out.
:class:`~ui.canvas.actor_item.ActorItem` (re-exported here) draws the actors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
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
    MANDATE_STYLE,
    EdgeStyle,
    edge_style,
)
from models import Instrument, Mandate, Relationship
from models.i18n import Lang
from models.labels import label
from ui.canvas.actor_item import ActorItem
from ui.canvas.detours import detoured
from ui.canvas.geometry import PARALLEL_SPACING, arrow_head
from ui.canvas.item_base import (
    _EDGE_FLAGS,
    DASHES,
    EDGE_FONT_SIZE,
    EDGE_SLOTS,
    LOD_ARROWS,
    LOD_TEXT,
    SELECT_COLOUR,
    _font,
    _label_size,
    _plain_pen,
    release_drawn,
)
from ui.canvas.label_spots import Box, spots
from ui.canvas.route_facts import RouteFacts
from ui.canvas.routing import route_curves
from ui.canvas.stroke import stroke_route

__all__ = ["ActorItem", "EdgeItem", "MandateItem", "RelationshipItem", "route_edges"]

Head = tuple[float, float, float, float]  # an arrowhead: its tip (x, y) and direction (x, y)
_NO_LABEL = QRectF()  # an empty box: a line's without label, an unrouted one's (never changed)
_NO_PATH, _NO_STYLE = QPainterPath(), EdgeStyle("#000000")  # an unrouted line's, shared


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
        self.edge_style: EdgeStyle = _NO_STYLE
        self.text = ""  # the edge's own label
        self.bundle_text = ""  # "3 mandates": this edge speaks for its collapsed bundle
        self.bundled = False  # a member of a collapsed bundle: its own label is not drawn
        self.same_text = ""  # "Budget (3 mandates)": speaks for mandates of one label
        self.same_hidden = False  # another mandate of the same grantor and label speaks
        self.fanned_by_hover = False  # a bundle opened because the pointer is on it
        self.fanned = False  # one line of an open bundle: its label stays on its own curve
        self.bold_label = False
        self.hovered = False
        self.emphasised = False  # a line of a selected actor: drawn as under the pointer
        self.label_scale = 1.0  # the view grows labels so they keep a minimum size on screen
        self.label_hidden = False  # no room for the label at this zoom (shown on hover)
        self._path = _NO_PATH  # routing gives each its own (set_route)
        self._facts: RouteFacts | None = None  # what placing its label read of the route
        # numbers rather than QPointF/QRectF where the line only keeps them: a Qt value
        # object costs about 230 bytes in Python, 40,000 lines hold several each
        self._heads: tuple[Head, ...] = ()
        self._label_pos = (0.0, 0.0)
        self._label_rect = _NO_LABEL
        self._route_at: tuple[float, float] | None = None  # the route's place of a moved label
        self._bounds = _NO_LABEL
        self._font = _font(EDGE_FONT_SIZE)
        self.setFlags(_EDGE_FLAGS)
        self.setAcceptHoverEvents(True)  # its z value comes with its route (set_route)

    def set_ends(self, source: ActorItem, target: ActorItem) -> None:
        """Attach to other actor items (after a change of source or target)."""
        self.source, self.target = source, target
        self.update_path()

    # ------------------------------------------------------------------ geometry
    def update_path(self) -> None:
        """Recompute the curve from the current positions of both actors."""
        route_edges([self])

    def set_route(
        self, path: QPainterPath, heads: tuple[Head, ...], at: tuple[float, float]
    ) -> None:
        """Take a routed curve: its path, arrowheads (tip and direction) and label position."""
        scene = self.scene()
        before = self._bounds
        if scene is not None:
            self.prepareGeometryChange()
        self._path = path
        self._heads = heads
        self._label_pos = at
        self._route_at = None
        pad = self.edge_style.width + 12
        rect = path.boundingRect()
        rect.adjust(-pad, -pad, pad, pad)
        self._label_rect = self._label_box(at)
        if not self._label_rect.isEmpty():
            rect = rect.united(self._label_rect)
        self._bounds = rect
        if self.zValue() != (z := 1.5 if self.bundle_text else 1.0):  # a bundle's count on top
            self.setZValue(z)
        if scene is not None:
            self.update()
            sheet = getattr(scene, "line_sheet", None)
            if sheet is not None:  # far out it draws the line (ui.canvas.line_sheet)
                sheet.changed(before.united(rect), self)

    def _label_box(self, at: tuple[float, float]) -> QRectF:
        """The label's box in one line, centred on ``at`` (empty without text)."""
        text = self.shown_text()
        if not text:
            return _NO_LABEL
        w, h = _label_size(text, self.bold_label)
        w, h = w * self.label_scale, h * self.label_scale
        return QRectF(at[0] - w / 2, at[1] - h / 2, w, h)

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
        heads: tuple[Head, ...] = ()
        if self.edge_style.arrow != "none":
            heads = ((end.x(), end.y(), end.x() - c2.x(), end.y() - c2.y()),)
        self.set_route(path, heads, (cx, top - size * 1.0))

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
        try:
            self._paint(painter, option)
        finally:
            release_drawn(self._path)

    def _paint(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_ARROWS and not self.isSelected():
            # Far out (many edges on screen): dashes, arrowheads and labels are finer than a
            # pixel and costly; a plain line, with as little Python work as possible.
            painter.setPen(_plain_pen(self.edge_style.colour, self.edge_style.width))
            painter.drawPath(self._path)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.edge_style.colour)
        width = self.edge_style.width + (1.0 if self.hovered or self.emphasised else 0.0)
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
        stroke_route(painter, pen, self._path, lod)  # straight pieces: Qt's fast lines
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        for tx, ty, dx, dy in self._heads:
            head = arrow_head(QPointF(tx, ty), QPointF(dx, dy), self._head_size(width))
            painter.drawPolygon(head)
        if self.label_shown() and lod * self.label_scale >= LOD_TEXT:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.drawRoundedRect(self._label_rect, 4, 4)
            painter.setFont(self.label_font())
            painter.setPen(QColor("#1C2833") if self.bundle_text else colour.darker(130))
            flags = Qt.AlignmentFlag.AlignCenter  # in two lines where placed so (readable)
            if self._label_rect.height() > 1.5 * _label_size("X", False)[1] * self.label_scale:
                flags |= Qt.TextFlag.TextWordWrap
            painter.drawText(self._label_rect, flags, self.shown_text())

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

    def relabel(self) -> None:
        """Size the label again after its text changed (on the same route)."""
        routed = self._route_at
        self.set_route(self._path, self._heads, self._label_pos)
        self._route_at = routed

    def label_shown(self) -> bool:
        """Whether the label is drawn: it has text, and room or the pointer. A selected
        line's label is placed first (:func:`ui.canvas.readable.place_labels`) but shows only
        where it has room: with every label forced on, selecting all or a cause piled seven
        "Bijzondere bijstand verlenen" on each other (new user, seventh round 5)."""
        return bool(self.shown_text()) and (not self.label_hidden or self.hovered)

    def shown_text(self) -> str:
        """The text on the line: the bundle's count, nothing inside a bundle, else the label."""
        if self.bundle_text:
            return self.bundle_text
        if self.bundled or self.same_hidden:
            return ""
        return self.same_text or self.text

    def line_path(self) -> QPainterPath:
        """The drawn line (scene coordinates)."""
        return QPainterPath(self._path)

    def route(self) -> QPainterPath:
        """The drawn line itself, not a copy (do not change it): the passes over every line
        (the fit's reach, the far-out sheet) copied 8,000 paths each at 2,000 actors."""
        return self._path

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

    def label_spots(self, lines: int = 1) -> Iterator[Box]:
        """Where the label could go: where the route put it, then further along the line
        towards either end, then beside it (scene coordinates, ``(left, top, width,
        height)``; none without text), in ``lines`` lines broken at the spaces that make it
        narrowest (none for fewer words): :func:`ui.canvas.label_spots.spots`."""
        # from where the route put it, not from where an earlier placing moved it: the places
        # then follow from the map as it is, and an edit undone gives back the labels it
        # moved (a moved two-line label gave spots of two lines' height each, rev-user18 R4)
        routed = self._label_rect if self._route_at is None else self._label_box(self._route_at)
        return spots(
            self.route_facts(),
            routed,
            self.shown_text(),
            self.bold_label,
            self.label_scale,
            self.fanned,
            lines,
        )

    def move_label(self, rect: QRectF) -> None:
        """Draw the label in ``rect`` (one of :meth:`label_spots`)."""
        if rect == self._label_rect:
            return
        self.prepareGeometryChange()
        if self._route_at is None:
            self._route_at = self._label_pos  # kept for the next placing (label_spots)
        self._label_rect = QRectF(rect)
        self._label_pos = (rect.center().x(), rect.center().y())
        pad = self.edge_style.width + 12  # the route's and this label's, not earlier places
        self._bounds = self._path.boundingRect().adjusted(-pad, -pad, pad, pad).united(rect)
        self.update()

    def _head_size(self, width: float) -> float:
        return (9.0 + width * 1.6) * min(self.label_scale, 2.0)

    def head_shapes(self) -> list[QPainterPath]:
        """The arrowheads as drawn (scene coordinates): another line's label keeps off them
        (new user, eighth round 5: "4 connections" half under arrowheads at 1366)."""
        size = self._head_size(self.edge_style.width)
        shapes = []
        for tx, ty, dx, dy in self._heads:
            shape = QPainterPath()
            shape.addPolygon(arrow_head(QPointF(tx, ty), QPointF(dx, dy), size))
            shapes.append(shape)
        return shapes

    def route_facts(self) -> RouteFacts:
        """What placing the labels reads of the route (:mod:`ui.canvas.route_facts`)."""
        size, facts = self._head_size(self.edge_style.width), self._facts
        if facts is None or not facts.holds(self._path, self._heads, size):
            facts = self._facts = RouteFacts(self._path, self._heads, size)
        return facts

    def tail_shape(self) -> QPainterPath:
        """Where the line starts (scene coordinates), as big as half an arrowhead: a label
        keeps off it as off a head ("8 connections" touched the tails of its bundle)."""
        shape = QPainterPath()
        if not self._path.isEmpty():
            at, half = self._path.pointAtPercent(0.0), self._head_size(self.edge_style.width) / 2
            shape.addRect(QRectF(at.x() - half, at.y() - half, 2 * half, 2 * half))
        return shape

    def placement_state(self) -> tuple[object, ...]:
        """What placing the labels reads of this line and sets on it (its route, label box,
        text and look): :mod:`ui.canvas.label_memo` places no label again while it holds."""
        ends = (self.source.entity_id, self.target.entity_id, self.edge_style.width)
        look = (self.shown_text(), self.bundle_text, self.bold_label, self.label_scale)
        now = (self.isVisible(), self.isSelected(), self.fanned, self.label_hidden)
        return (self.entity_id, ends, look, now, self._path, self._heads, self._label_rect)

    def label_anchor(self) -> QPointF:
        """Where the label sits (scene coordinates); in-place editors open here."""
        return QPointF(*self._label_pos)


class RelationshipItem(EdgeItem):
    """A relationship: style by kind, trust coloured by level, its label at the apex."""

    __slots__ = (*EDGE_SLOTS, "lang", "rel")  # do not subclass (see EDGE_SLOTS)

    def __init__(self, rel: Relationship, source: ActorItem, target: ActorItem, lang: Lang) -> None:
        super().__init__(rel.id, source, target)
        self.lang: Lang = lang
        self.rel = rel
        self.set_relationship(rel)

    def set_relationship(self, rel: Relationship, *, route: bool = True) -> None:
        """Show ``rel`` (after an edit); ``route=False`` leaves the routing to the caller."""
        self.rel = rel
        self.edge_style = edge_style(rel.kind, rel.level)
        self.text = rel.label
        if route and self.scene() is not None:  # a new item is routed by its scene
            self.update_path()

    def tip(self) -> str:
        """The tooltip, made when the pointer rests on the line (none is kept per item)."""
        rel = self.rel
        kind = label(rel.kind, self.lang)
        level = f" ({rel.level:+d})" if rel.kind.value == "trust" else ""
        practice = label(rel.practice, self.lang)
        tip = f"{self.source.actor.name} → {self.target.actor.name}\n{kind}{level} · {practice}"
        return tip + (f"\n{rel.label}" if rel.label else "")

    def set_language(self, lang: Lang) -> None:
        """Re-label in ``lang``; the scene routes all its edges at once afterwards."""
        self.lang = lang
        self.set_relationship(self.rel, route=False)


class MandateItem(EdgeItem):
    """A mandate: a bold dark line labelled with the power it passes on."""

    __slots__ = (*EDGE_SLOTS, "lang", "mandate", "power_name")  # do not subclass

    def __init__(
        self,
        mandate: Mandate,
        source: ActorItem,
        target: ActorItem,
        lang: Lang,
        power_name: Callable[[str, Lang], str],
    ) -> None:
        super().__init__(mandate.id, source, target)
        self.lang: Lang = lang
        self.power_name = power_name  # the case's: a power's name or a category's label
        self.mandate = mandate
        self.bold_label = True
        self.set_mandate(mandate)

    def set_mandate(self, mandate: Mandate, *, route: bool = True) -> None:
        """Show ``mandate`` (after an edit); ``route=False`` leaves the routing to the caller."""
        self.mandate = mandate
        self.edge_style = MANDATE_STYLE
        power = self.power_name(mandate.power, self.lang)
        if mandate.instrument is not Instrument.MANDATE:
            power = f"{power} ({label(mandate.instrument, self.lang).lower()})"
        self.text = power
        if route and self.scene() is not None:  # a new item is routed by its scene
            self.update_path()

    def tip(self) -> str:
        """The tooltip, made when the pointer rests on the line (none is kept per item; a
        merged label sets its own, :func:`ui.canvas.bundles.merge_same_labels`)."""
        mandate = self.mandate
        head = f"{self.source.actor.name} → {self.target.actor.name}"
        return f"{head}\n{label(mandate.instrument, self.lang)}: {self.text}"

    def set_language(self, lang: Lang) -> None:
        """Re-label in ``lang``; the scene routes all its edges at once afterwards."""
        self.lang = lang
        self.set_mandate(self.mandate, route=False)


def _label_room(edge: EdgeItem) -> tuple[float, float]:
    """The size of the label ``edge`` shows (scene units), (0, 0) for none."""
    text = edge.shown_text()
    if not text:
        return (0.0, 0.0)
    w, h = _label_size(text, edge.bold_label)
    return (w * edge.label_scale, h * edge.label_scale)


def route_edges(edges: Sequence[EdgeItem]) -> None:
    """Route ``edges`` from the current actor positions: curves clipped at both outlines,
    arrowheads and label positions, computed for all of them at once (fast for many) by
    :func:`ui.canvas.routing.route_curves`; here they become paths."""
    curves: list[EdgeItem] = []
    for edge in edges:
        if edge.source is edge.target:
            edge._loop_path()
        else:
            curves.append(edge)
    if not curves:
        return
    sources = [(e.source.x(), e.source.y()) for e in curves]
    targets = [(e.target.x(), e.target.y()) for e in curves]
    rows = route_curves(
        sources,
        targets,
        detoured(curves, sources, targets, lambda e: isinstance(e, MandateItem)),
        [e.label_t for e in curves],
        [e.source.outline for e in curves],
        [e.target.outline for e in curves],
        [_label_room(e) for e in curves],
    )
    for edge, (sx, sy, cx, cy, ex, ey, ax, ay, bx, by, lx, ly) in zip(curves, rows, strict=True):
        path = QPainterPath()
        path.moveTo(sx, sy)
        path.quadTo(cx, cy, ex, ey)
        arrow = edge.edge_style.arrow
        heads: tuple[Head, ...] = ()
        if arrow == "forward":
            heads = ((ex, ey, bx, by),)
        elif arrow == "both":
            heads = ((ex, ey, bx, by), (sx, sy, -ax, -ay))
        edge.set_route(path, heads, (lx, ly))
