"""Collapsed organisations: one node for the whole group, with its ties to the rest counted.

An organisation with ``collapsed`` set (in the model, so it is saved and undone like any
edit) is drawn as one node where its actors stand; its actors and the lines between them
are hidden, and every line from one of its actors to an actor (or another collapsed group)
outside becomes part of one counted tie ("3 mandates"). Pure counting (:func:`ties`) is
apart from the items (:class:`CollapsedItem`, :class:`TieItem`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from exports.image.scene import EXPORTING
from models import Case
from ui.canvas.item_base import SELECT_COLOUR

__all__ = [
    "CollapsedItem",
    "Tie",
    "TieItem",
    "collapsed_members",
    "group_key",
    "tie_text",
    "ties",
]

_PT = 9.0
_BUTTON = 14.0  # the expand button's side at scale 1


def group_key(org_id: str) -> str:
    """The end key of a collapsed organisation (actor ids never start with ``org:``)."""
    return f"org:{org_id}"


def collapsed_members(case: Case, shown: Iterable[str]) -> dict[str, list[str]]:
    """Per collapsed organisation (id), its shown actors (ids, model order); organisations
    with none shown are left out."""
    shown_set = set(shown)
    wanted = {o.id for o in case.organisations if o.collapsed}
    out: dict[str, list[str]] = {}
    for actor in case.actors:
        if actor.organisation in wanted and actor.id in shown_set:
            out.setdefault(actor.organisation, []).append(actor.id)
    return out


@dataclass(frozen=True, slots=True)
class Tie:
    """The ties between two ends (actor ids or group keys), counted by sort."""

    a: str
    b: str
    relationships: int
    mandates: int


def ties(edges: Iterable[tuple[str, str, bool]], end_of: Mapping[str, str]) -> list[Tie]:
    """Count ``edges`` (source, target, is a mandate) between the ends ``end_of`` maps actors
    to (a collapsed group's key, else the actor itself); only ties that touch a group, and
    none inside one.

    Examples
    --------
    >>> end = {"a": "org:g", "b": "org:g"}
    >>> ties([("a", "x", True), ("b", "x", True), ("a", "b", False), ("x", "y", False)], end)
    [Tie(a='org:g', b='x', relationships=0, mandates=2)]
    """
    counts: dict[tuple[str, str], list[int]] = {}
    for source, target, is_mandate in edges:
        a, b = end_of.get(source, source), end_of.get(target, target)
        if a == b or (a == source and b == target):
            continue
        key = (a, b) if a <= b else (b, a)
        counts.setdefault(key, [0, 0])[1 if is_mandate else 0] += 1
    return [Tie(a, b, r, m) for (a, b), (r, m) in sorted(counts.items())]


def tie_text(tie: Tie) -> str:
    """The label of a counted tie: "3 mandates", "1 relationship", "4 connections"."""

    total = tie.relationships + tie.mandates
    if tie.relationships == 0 and total == 1:
        return QCoreApplication.translate("MapScene", "1 mandate")
    if tie.mandates == 0 and total == 1:
        return QCoreApplication.translate("MapScene", "1 relationship")
    if tie.relationships == 0:
        text = QCoreApplication.translate("MapScene", "%1 mandates")
    elif tie.mandates == 0:
        text = QCoreApplication.translate("MapScene", "%1 relationships")
    else:
        text = QCoreApplication.translate("MapScene", "%1 connections")
    return text.replace("%1", str(total))


def _font(scale: float, bold: bool = True) -> QFont:
    font = QFont()
    font.setPointSizeF(_PT * scale)
    font.setBold(bold)
    return font


class CollapsedItem(QGraphicsItem):
    """A collapsed organisation: one node with its name and how many actors it holds.
    A double click (or its context menu) expands it again, through the view."""

    def __init__(self, org_id: str) -> None:
        super().__init__()
        self.org_id = org_id
        self.highlighted = False  # the selected finding spans this and other organisations
        self.name = ""
        self.count_text = ""
        self._scale = 1.0
        self._rect = QRectF()
        self.setZValue(9)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton)

    def set_node(self, name: str, count_text: str, centre: QPointF, scale: float) -> None:
        """Show ``name`` and ``count_text`` centred on ``centre`` at ``scale``."""
        self.prepareGeometryChange()
        self.name, self.count_text, self._scale = name, count_text, scale
        bold, plain = QFontMetricsF(_font(scale)), QFontMetricsF(_font(scale, False))
        width = min(
            max(bold.horizontalAdvance(name), plain.horizontalAdvance(count_text)), 220 * scale
        )
        width += 20 * scale + 2 * (_BUTTON + 4) * scale  # the ⊞ button, and as much left
        height = bold.height() + plain.height() + 12 * scale
        self.setPos(centre)
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        hint = QCoreApplication.translate("CollapsedItem", "Double-click to expand")
        self.setToolTip(f"{name}\n{count_text}\n{hint}")
        self.update()

    def toggle_rect(self) -> QRectF:
        """The small "expand" button (⊞) at the node's top right (item coordinates)."""
        size, pad = _BUTTON * self._scale, 5 * self._scale
        return QRectF(self._rect.right() - pad - size, self._rect.top() + pad, size, size)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect, 8 * self._scale, 8 * self._scale)
        return path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#4D5656"), 2.0, Qt.PenStyle.DashLine))
        if self.highlighted:
            painter.setPen(QPen(SELECT_COLOUR, 3.5))
        painter.setBrush(QColor("#EAEDED"))
        radius = 8 * self._scale
        painter.drawRoundedRect(self._rect, radius, radius)
        inner = self._rect.adjusted(10 * self._scale, 5 * self._scale, -10 * self._scale, 0)
        bold = QFontMetricsF(_font(self._scale))
        painter.setPen(QColor("#1B2631"))
        painter.setFont(_font(self._scale))
        name = bold.elidedText(self.name, Qt.TextElideMode.ElideRight, inner.width())
        top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
        painter.drawText(inner, top, name)
        painter.setFont(_font(self._scale, False))
        painter.drawText(inner.adjusted(0, bold.height(), 0, 0), top, self.count_text)
        scene = self.scene()
        if scene is not None and scene.property(EXPORTING):
            return  # no button in a picture
        toggle = self.toggle_rect()
        painter.setPen(QPen(QColor("#4D5656"), 1.2))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(toggle, 2, 2)
        mid, arm = toggle.center(), toggle.width() * 0.28
        painter.drawLine(QPointF(mid.x() - arm, mid.y()), QPointF(mid.x() + arm, mid.y()))
        painter.drawLine(QPointF(mid.x(), mid.y() - arm), QPointF(mid.x(), mid.y() + arm))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        hit = self.toggle_rect().adjusted(-3, -3, 3, 3).contains(event.pos())
        left = event.button() == Qt.MouseButton.LeftButton
        if hit and left and scene is not None and hasattr(scene, "request_collapse"):
            scene.request_collapse(self.org_id, False)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if scene is not None and hasattr(scene, "request_collapse"):
            scene.request_collapse(self.org_id, False)
        event.accept()


class TieItem(QGraphicsItem):
    """Counted ties between a collapsed organisation and another end: one line, one label."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self._line = QLineF()
        self._mandates = False
        self._scale = 1.0
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_tie(self, a: QPointF, b: QPointF, text: str, mandates: bool, scale: float) -> None:
        """Draw from ``a`` to ``b`` with ``text`` halfway (bold for mandates)."""
        self.prepareGeometryChange()
        self._line = QLineF(a, b)
        self.text, self._mandates, self._scale = text, mandates, scale
        self.setToolTip(text)
        self.update()

    def label_rect(self) -> QRectF:
        """Where the label is drawn (scene coordinates)."""
        metrics = QFontMetricsF(_font(self._scale * 0.9, self._mandates))
        w, h = metrics.horizontalAdvance(self.text) + 8, metrics.height() + 2
        mid = self._line.center()
        return QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h)

    def boundingRect(self) -> QRectF:
        line = QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-3, -3, 3, 3)
        return line.united(self.label_rect())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor("#1B2631" if self._mandates else "#5D6D7E")
        painter.setPen(QPen(colour, 2.2, Qt.PenStyle.SolidLine))
        painter.drawLine(self._line)
        rect = self.label_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(colour)
        painter.setFont(_font(self._scale * 0.9, self._mandates))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)
