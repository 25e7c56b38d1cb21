"""The legend: spheres (colours), actor kinds (shapes), relationship kinds (lines), mandates.

:class:`LegendItem` is an ordinary QGraphicsItem, so it can be added to any scene (an export
adds it beside the map) or painted on top of a view (the canvas overlay). Given a case it
lists only what the case uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from exports.style import (
    ACTOR_SHAPES,
    MANDATE_STYLE,
    SPHERE_COLOURS,
    TRUST_COLOURS,
    EdgeStyle,
    edge_style,
)
from models import ActorKind, Case, RelationKind, Sphere
from models.i18n import Lang
from models.labels import label
from ui.canvas.geometry import arrow_head, outline
from ui.canvas.item_base import DASHES, INTENT_OWNER_OUTLINE

__all__ = ["LegendItem", "legend_entries"]

ROW = 15.0  # an entry's row: 17 hid a name under the open legend at 1366 x 768 (issue 12)
HEADER = 17.0  # the header row ("Legend ▸"), also all of the collapsed legend
MAX_COLUMN = 240.0
PAD = 10.0
SAMPLE = 34.0


@dataclass(frozen=True, slots=True)
class _Entries:
    spheres: tuple[Sphere, ...]
    kinds: tuple[ActorKind, ...]
    relations: tuple[RelationKind, ...]
    mandates: bool


def legend_entries(case: Case | None) -> _Entries:
    """What the legend lists: everything, or only what ``case`` uses."""
    if case is None:
        return _Entries(tuple(Sphere), tuple(ActorKind), tuple(RelationKind), True)
    spheres = {a.effective_sphere for a in case.actors}
    kinds = {a.kind for a in case.actors}
    relations = {r.kind for r in case.relationships}
    return _Entries(
        tuple(s for s in Sphere if s in spheres),
        tuple(k for k in ActorKind if k in kinds),
        tuple(k for k in RelationKind if k in relations),
        len(case.mandates) > 0,
    )


class LegendItem(QGraphicsItem):
    """A two-column legend box; ``case=None`` lists every style."""

    def __init__(self, case: Case | None = None, lang: Lang = "en") -> None:
        super().__init__()
        self.lang: Lang = lang
        self.case = case
        self.show_edges = True  # False in the power/interest grid, which draws no edges
        self._font = QFont()
        self._font.setPointSizeF(8.5)
        self._title_font = QFont(self._font)
        self._title_font.setBold(True)
        self._title_font.setPointSizeF(9.0)
        self.setZValue(1000)
        self.collapsed = False  # only the header "Legend ▸" shows; a click opens it
        self._full = QRectF()
        self._rect = QRectF()
        self._widths = (0.0, 0.0)
        self._cols: tuple[list[tuple[str, object]], list[tuple[str, object]]] = ([], [])
        self.one_column = False  # a narrow, tall legend: beside a map that needs the height
        self.refresh()

    def refresh(self, case: Case | None = None, lang: Lang | None = None) -> bool:
        """Recompute the entries (after the case or the language changed); returns whether
        the legend drawn changed (most edits change no row: the view repaints none then)."""
        before = (self.lang, self._cols, QRectF(self._full), QRectF(self._rect))
        if case is not None:
            self.case = case
        if lang is not None:
            self.lang = lang
        self.prepareGeometryChange()
        left, right = self._columns()
        if self.one_column:
            left, right = [*left, *right], []
        self._cols = (left, right)  # kept: paint runs on every scroll
        rows = max(len(left), len(right))
        self._widths = (self._column_width(left), self._column_width(right))
        width = self._widths[0] + (self._widths[1] + PAD if right else 0.0)
        width = max(width, self._header_width())
        self._full = QRectF(0, 0, width + 2 * PAD, HEADER + rows * ROW + 2 * PAD)
        self._set_rect()
        return (self.lang, self._cols, self._full, self._rect) != before

    def _header_width(self) -> float:
        return QFontMetricsF(self._title_font).horizontalAdvance(self.header_text()) + 24.0

    def header_text(self) -> str:
        """ "Legend ▾" when open, "Legend ▸" when collapsed."""
        title = QCoreApplication.translate("LegendItem", "Legend")
        return f"{title} {'▸' if self.collapsed else '▾'}"

    def set_collapsed(self, collapsed: bool) -> None:
        """Show only the header (True) or the whole legend."""
        if collapsed != self.collapsed:
            self.collapsed = collapsed
            self._set_rect()

    def set_one_column(self, one: bool) -> None:
        """Lay the entries out in one column (True) or two."""
        if one != self.one_column:
            self.one_column = one
            self.refresh()

    def header_rect(self) -> QRectF:
        """The clickable header row (item coordinates)."""
        return QRectF(0, 0, self._rect.width(), HEADER + PAD)

    def _set_rect(self) -> None:
        self.prepareGeometryChange()
        if self.collapsed:
            self._rect = QRectF(0, 0, self._header_width() + 2 * PAD, HEADER + PAD + 4)
        else:
            self._rect = QRectF(self._full)
        self.update()

    def _column_width(self, entries: list[tuple[str, object]]) -> float:
        """Wide enough for the longest text of a column (at most MAX_COLUMN)."""
        if not entries:
            return 0.0
        metrics = QFontMetricsF(self._title_font)
        widest = 0.0
        for kind, value in entries:
            text = self._text(kind, value)
            extra = 0.0 if kind == "title" else SAMPLE + 8
            widest = max(widest, metrics.horizontalAdvance(text) + extra + 4)
        return min(widest, MAX_COLUMN)

    def _text(self, kind: str, value: object) -> str:
        if kind == "title":
            return str(value)
        if kind in ("sphere", "kind", "relation") and isinstance(value, StrEnum):
            return label(value, self.lang)
        if kind == "trust":
            return QCoreApplication.translate("LegendItem", "trust −2 … +2")
        if kind == "mandate":
            return QCoreApplication.translate("LegendItem", "mandate, with its power")
        if kind == "owner":
            return QCoreApplication.translate("LegendItem", "owner of the intent")
        return ""

    def _columns(self) -> tuple[list[tuple[str, object]], list[tuple[str, object]]]:
        e = legend_entries(self.case)
        left: list[tuple[str, object]] = []
        right: list[tuple[str, object]] = []
        if e.spheres:
            left.append(("title", QCoreApplication.translate("LegendItem", "Spheres")))
            left.extend(("sphere", s) for s in e.spheres)
        if e.kinds:
            left.append(("title", QCoreApplication.translate("LegendItem", "Actors")))
            left.extend(("kind", k) for k in e.kinds)
            if self.case is not None and self.case.info.intent_owner:
                left.append(("owner", None))  # the yellow outline
        if e.relations and self.show_edges:
            right.append(("title", QCoreApplication.translate("LegendItem", "Relationships")))
            right.extend(("relation", k) for k in e.relations)
            if RelationKind.TRUST in e.relations:
                right.append(("trust", None))
        if e.mandates and self.show_edges:
            right.append(("title", QCoreApplication.translate("LegendItem", "Mandates")))
            right.append(("mandate", None))
        return left, right

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem | None = None,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#BFC9CA"), 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(self._rect, 6, 6)
        painter.setFont(self._title_font)
        painter.setPen(QColor("#1C2833"))
        header = QRectF(PAD, PAD / 2 + 2, self._rect.width() - 2 * PAD, HEADER)
        painter.drawText(header, Qt.AlignmentFlag.AlignVCenter, self.header_text())
        if self.collapsed:
            return
        left, right = self._cols
        for col, entries in enumerate((left, right)):
            x = PAD + (self._widths[0] + PAD if col else 0.0)
            for row, (kind, value) in enumerate(entries):
                y = PAD + HEADER + row * ROW
                self._paint_entry(painter, x, y, kind, value)

    def _paint_entry(self, painter: QPainter, x: float, y: float, kind: str, value: object) -> None:
        column = MAX_COLUMN
        text_rect = QRectF(x + SAMPLE + 8, y, column - SAMPLE - 12, ROW)
        mid = y + ROW / 2
        painter.setFont(self._font)
        text = ""
        if kind == "title":
            painter.setFont(self._title_font)
            painter.setPen(QColor("#1C2833"))
            painter.drawText(QRectF(x, y, column, ROW), Qt.AlignmentFlag.AlignVCenter, str(value))
            return
        if kind == "sphere" and isinstance(value, Sphere):
            colour = QColor(SPHERE_COLOURS[value])
            painter.setPen(QPen(colour.darker(150), 1))
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x + 4, mid - 6, SAMPLE - 8, 12), 3, 3)
            text = label(value, self.lang)
        elif kind == "kind" and isinstance(value, ActorKind):
            glyph = outline(ACTOR_SHAPES[value], QRectF(x + 7, mid - 7.5, SAMPLE - 14, 15))
            painter.setPen(QPen(QColor("#566573"), 1.2))
            painter.setBrush(QColor("#EAEDED"))
            painter.drawPath(glyph)
            text = label(value, self.lang)
        elif kind == "relation" and isinstance(value, RelationKind):
            self._line(painter, x, mid, edge_style(value))
            text = label(value, self.lang)
        elif kind == "trust":
            step = (SAMPLE - 4) / len(TRUST_COLOURS)
            for i, level in enumerate(sorted(TRUST_COLOURS)):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(TRUST_COLOURS[level]))
                painter.drawRect(QRectF(x + 2 + i * step, mid - 4, step, 8))
            text = QCoreApplication.translate("LegendItem", "trust −2 … +2")
        elif kind == "mandate":
            self._line(painter, x, mid, MANDATE_STYLE)
            text = QCoreApplication.translate("LegendItem", "mandate, with its power")
        elif kind == "owner":
            painter.setPen(QPen(QColor(INTENT_OWNER_OUTLINE), 2.4))
            painter.setBrush(QColor("#EAEDED"))
            painter.drawRoundedRect(QRectF(x + 5, mid - 7, SAMPLE - 10, 14), 4, 4)
            text = QCoreApplication.translate("LegendItem", "owner of the intent")
        painter.setPen(QColor("#1C2833"))
        painter.setFont(self._font)
        metrics = QFontMetricsF(self._font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)

    @staticmethod
    def _line(painter: QPainter, x: float, mid: float, style: EdgeStyle) -> None:
        colour = QColor(style.colour)
        painter.setPen(QPen(colour, style.width, DASHES[style.dash]))
        start, end = QPointF(x + 2, mid), QPointF(x + SAMPLE - 2, mid)
        painter.drawLine(start, end)
        if style.arrow != "none":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPolygon(arrow_head(end, QPointF(1, 0), 7 + style.width))
