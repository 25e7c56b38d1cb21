"""Organisations on the map: a box around the actors of one organisation, named at its top.

A box is drawn where an organisation sits together: two or more of its actors are shown and
no other actor stands inside the box (an organisation spread over the whole map would only
cover everything else; a layout keeps organisations together, and then the boxes appear).
The boxes read the actors' items and are drawn behind them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from exports.image.scene import EXPORTING
from mapper.layout.grouping import MIN_FILL
from ui.canvas.actor_item import ActorItem
from ui.canvas.item_base import SELECT_COLOUR

__all__ = ["GROUP_PAD", "MIN_DENSITY", "PRESENTING", "GroupItem", "group_members", "place_groups"]

GROUP_PAD = 12.0  # free space between a box and its actors
_TITLE_PT = 9.0
#: a view's property: set, the view shows the map read-only and the boxes draw no button
PRESENTING = "krachtenveld_presenting"
MIN_DENSITY = MIN_FILL  # a box its actors fill less than this of is not drawn


def group_members(
    items: Iterable[ActorItem], name_of: Callable[[str], str] = str
) -> dict[str, list[ActorItem]]:
    """The shown actor items per organisation (by its name, case-insensitive), two or more
    each; ``name_of`` gives an organisation id's name."""
    groups: dict[str, list[ActorItem]] = {}
    names: dict[str, str] = {}
    for item in items:
        org = item.actor.organisation
        name = (name_of(org) or org).strip() if org else ""
        if name and item.isVisible():
            key = name.casefold()
            names.setdefault(key, name)
            groups.setdefault(key, []).append(item)
    return {names[k]: v for k, v in groups.items() if len(v) >= 2}


class GroupItem(QGraphicsItem):
    """The box of one organisation (drawn behind the actors)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.title_scale = 1.0  # the view grows the title with the names far out
        self.org_id = ""  # the organisation's id (its box can collapse it)
        self.highlighted = False  # the selected finding spans this and other organisations
        self._rect = QRectF()
        self._title = QRectF()  # where the title is drawn (see place_title); null: top left
        self.setZValue(-5)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setToolTip(name)

    def toggle_rect(self) -> QRectF:
        """The small "collapse" button at the right end of the title (scene coordinates)."""
        size = 14 * self.title_scale
        pad = 6 * self.title_scale
        title = self.title_rect()
        return QRectF(title.right() - pad - size, title.top() + pad * 0.6, size, size)

    def title_rect(self) -> QRectF:
        """Where the title and its button are drawn (scene coordinates): a strip at the top
        of the box, or at its bottom where another organisation's actor covers the top."""
        if self._title.isNull():
            height = QFontMetricsF(self._font(self.title_scale)).height() + 6 * self.title_scale
            return QRectF(self._rect.left(), self._rect.top(), self._rect.width(), height)
        return QRectF(self._title)

    def place_title(self, taken: Sequence[QRectF]) -> bool:
        """Put the title where no rectangle of ``taken`` (the shown actors that are not the
        organisation's) covers it: along the top strip first, then along a strip added at the
        bottom. False where neither has room (the title stays at the top left): the
        organisation's actors are mixed with others' there."""
        scale = self.title_scale
        metrics = QFontMetricsF(self._font(scale))
        height = metrics.height() + 6 * scale
        width = min(self.title_width(scale), self._rect.width())
        top = QRectF(self._rect.left(), self._rect.top(), self._rect.width(), height)
        hits = [r for r in taken if r.intersects(self._rect.adjusted(0, 0, 0, height))]
        spot = _clear_spot(top, width, hits)
        if spot is None:
            bottom = QRectF(self._rect.left(), self._rect.bottom(), self._rect.width(), height)
            spot = _clear_spot(bottom, width, hits)
            if spot is not None:  # the title goes below the members: the band moves there
                self.prepareGeometryChange()
                self._rect.adjust(0, height - 2 * scale, 0, height)
                spot.translate(0, -2 * scale)
        self._title = spot if spot is not None else QRectF(top.topLeft(), QSizeF(width, height))
        self.update()
        return spot is not None

    def shape(self) -> QPainterPath:
        # only the title strip takes clicks: inside the box they reach the map below
        path = QPainterPath()
        path.addRect(self.title_rect())
        return path

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if (
            self.toggle_rect().adjusted(-3, -3, 3, 3).contains(event.scenePos())
            and scene is not None
            and hasattr(scene, "request_collapse")
        ):
            scene.request_collapse(self.org_id, True)
            event.accept()
            return
        controller = getattr(scene, "controller", None)
        if controller is not None and self.org_id:
            # a click on the title selects the organisation: Properties shows its name (new
            # user, twelfth round B4: the click did nothing)
            controller.set_selection([self.org_id])
            event.accept()
            return
        event.ignore()

    def set_members(self, members: Sequence[ActorItem], title_scale: float = 1.0) -> None:
        """Fit the box around ``members`` (their current drawn size)."""
        rect = QRectF()
        for item in members:
            rect = rect.united(item.sceneBoundingRect())
        pad = GROUP_PAD * title_scale
        title_h = QFontMetricsF(self._font(title_scale)).height() + 4 * title_scale
        self.prepareGeometryChange()
        self.title_scale = title_scale
        self._rect = rect.adjusted(-pad, -pad - title_h, pad, pad)
        # as wide as its whole title: a box of narrow members cut it ("Gemeente Rivierst…"
        # on the deck's cause slide, new user, eighth round)
        short = self.title_width(title_scale) - self._rect.width()
        if short > 0:
            self._rect.adjust(-short / 2, 0, short / 2, 0)
        self._title = QRectF()
        self.update()

    def title_width(self, scale: float) -> float:
        """The width the whole title takes with its padding and collapse button."""
        chrome = (14 + 6 + 4 + 8) * scale  # the button, its margins and the text's padding
        return QFontMetricsF(self._font(scale)).horizontalAdvance(self.name) + 8 * scale + chrome

    def rect(self) -> QRectF:
        """The box (scene coordinates)."""
        return QRectF(self._rect)

    def _font(self, scale: float) -> QFont:
        font = QFont()
        font.setPointSizeF(_TITLE_PT * scale)
        font.setBold(True)
        return font

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def shows_button(self, widget: QWidget | None) -> bool:
        """Whether the box draws its collapse button on ``widget`` (a view's viewport): not
        in a picture, nor in presentation mode (a read-only view: new user, seventh round)."""
        scene = self.scene()
        if scene is not None and scene.property(EXPORTING):
            return False
        view = widget.parent() if widget is not None else None
        return not (isinstance(view, QWidget) and view.property(PRESENTING))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#85929E"), 1.2, Qt.PenStyle.DashLine))
        if self.highlighted:
            painter.setPen(QPen(SELECT_COLOUR, 3.5))
        painter.setBrush(QColor(234, 237, 237, 110))
        radius = 10 * self.title_scale
        painter.drawRoundedRect(self._rect, radius, radius)
        painter.setPen(QColor("#4D5656"))
        painter.setFont(self._font(self.title_scale))
        pad = 8 * self.title_scale
        title = self.title_rect().adjusted(pad, 3 * self.title_scale, -pad, 0)
        metrics = QFontMetricsF(self._font(self.title_scale))
        toggle = self.toggle_rect()
        chrome = self.shows_button(widget)
        if chrome:
            title.setRight(toggle.left() - 4 * self.title_scale)
        text = metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, title.width())
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
        if not chrome:
            return
        painter.setPen(QPen(QColor("#4D5656"), 1.2))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(toggle, 2, 2)
        mid = toggle.center()
        arm = toggle.width() * 0.28
        painter.drawLine(QPointF(mid.x() - arm, mid.y()), QPointF(mid.x() + arm, mid.y()))


def _clear_spot(strip: QRectF, width: float, taken: Sequence[QRectF]) -> QRectF | None:
    """The leftmost place of ``width`` in ``strip`` that meets none of ``taken``."""
    starts = sorted({strip.left(), *(r.right() + 2 for r in taken if r.intersects(strip))})
    for x in starts:
        if x + width > strip.right() + 1e-6:
            break
        spot = QRectF(x, strip.top(), width, strip.height())
        if not any(r.intersects(spot) for r in taken):
            return spot
    return None


def _density(members: Sequence[ActorItem]) -> float:
    """The share of its box the members' own shapes cover, at their own size (the same at
    every zoom: far out the actors grow into plates and the box with them, and a box that
    came and went with the zoom would only confuse)."""
    rects = [i.natural_bounds().translated(i.pos()) for i in members]
    box = QRectF()
    for rect in rects:
        box = box.united(rect)
    box.adjust(-GROUP_PAD, -GROUP_PAD - 2 * _TITLE_PT, GROUP_PAD, GROUP_PAD)
    area = box.width() * box.height()
    if area <= 0:
        return 0.0
    return sum(r.width() * r.height() for r in rects) / area


def place_groups(
    items: dict[str, ActorItem],
    boxes: dict[str, GroupItem],
    title_scale: float = 1.0,
    name_of: Callable[[str], str] = str,
    kept: Collection[str] = (),
) -> tuple[list[GroupItem], list[str]]:
    """Fit, show or hide a box per organisation; returns (new boxes, names of gone boxes).

    A box is shown only where its organisation sits together: no other shown actor's
    centre lies inside it, its title has a place no other actor covers (on the top or the
    bottom edge), and its actors fill a fair part of it (a circle layout strings an
    organisation along an arc: a box around the arc would be mostly empty and look like a
    second, square layout). The boxes named in ``kept`` skip that last test (a picture's
    copy of the map, stretched apart, draws the boxes the screen draws).
    """
    members = group_members(items.values(), name_of)
    created: list[GroupItem] = []
    for name, group in members.items():
        box = boxes.get(name)
        if box is None:
            box = boxes[name] = GroupItem(name)
            created.append(box)
        box.org_id = group[0].actor.organisation
        box.set_members(group, title_scale)
        inside = {id(i) for i in group}
        rect = box.rect()
        intruders = any(
            rect.contains(other.pos())
            for other in items.values()
            if other.isVisible() and id(other) not in inside
        )
        others = [
            other.sceneBoundingRect()
            for other in items.values()
            if other.isVisible() and id(other) not in inside
        ]
        shown = not intruders and (name in kept or _density(group) >= MIN_DENSITY)
        box.setVisible(shown and box.place_title(others))  # the title in the clear, or no box
    gone = [name for name in boxes if name not in members]
    return created, gone
