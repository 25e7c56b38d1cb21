"""The power/interest grid and the scorecard, drawn with QPainter from plain data."""

from __future__ import annotations

import math
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from exports.image._output import UNIT_DPI, emit_to
from exports.image._paint import draw_title, title_height
from exports.style import SPHERE_COLOURS, text_colour_on
from models.case import Case
from models.i18n import Lang

__all__ = ["GridPoint", "ScoreLine", "grid_points", "render_grid", "render_scorecard"]


@dataclass(frozen=True, slots=True)
class GridPoint:
    """An actor on the grid: influence and interest 0..5."""

    label: str
    influence: int
    interest: int
    colour: str = "#2E86C1"


@dataclass(frozen=True, slots=True)
class ScoreLine:
    """A scorecard row: building block name, status (red/amber/green/grey), summary."""

    name: str
    status: str
    summary: str


_STATUS = {"red": "#E74C3C", "amber": "#F5B041", "green": "#58D68D", "grey": "#BDBDBD"}
_QUADRANTS = {
    "nl": ("Betrekken", "Consulteren", "Informeren", "Monitoren"),
    "en": ("Manage closely", "Keep satisfied", "Keep informed", "Monitor"),
}


def grid_points(case: Case) -> list[GridPoint]:
    """Every actor of ``case`` as a grid point, coloured by sphere."""
    return [
        GridPoint(a.name, a.influence, a.interest, SPHERE_COLOURS[a.effective_sphere])
        for a in case.actors
    ]


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _dot_offsets(count: int, step: float = 22.0) -> list[tuple[float, float]]:
    """Offsets of ``count`` dots packed around a grid point, four to a row."""
    per_row = min(count, 4)
    rows = math.ceil(count / per_row)
    out = []
    for i in range(count):
        r, c = divmod(i, per_row)
        in_row = min(per_row, count - r * per_row)
        out.append(((c - (in_row - 1) / 2) * step, (r - (rows - 1) / 2) * step))
    return out


def render_grid(
    points: Sequence[GridPoint],
    out_path: str | os.PathLike[str],
    *,
    lang: Lang = "nl",
    title: str | None = None,
    dpi: float = UNIT_DPI,
) -> None:
    """The power/interest grid: interest to the right, influence up, four quadrants.

    Actors are numbered dots (dots at the same spot are packed side by side); the numbers
    are listed with the names beside the grid, so no name overlaps another.
    """
    side, margin, axis, row_h, col_w = 640.0, 40.0, 60.0, 18.0, 230.0
    per_col = int(side // row_h)
    columns = max(1, math.ceil(len(points) / per_col))
    top = margin + title_height(title)
    width = margin + axis + side + 30 + columns * col_w + margin
    height = top + side + axis + margin
    plot = QRectF(margin + axis, top, side, side)
    names = _QUADRANTS["nl" if lang == "nl" else "en"]
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, p in enumerate(points):
        groups[(max(0, min(5, p.interest)), max(0, min(5, p.influence)))].append(i)

    def at(interest: float, influence: float) -> QPointF:
        return QPointF(plot.left() + interest / 5 * side, plot.bottom() - influence / 5 * side)

    def paint(painter: QPainter) -> None:
        if title:
            head = QRectF(margin, margin * 0.5, width - 2 * margin, top - margin * 0.5)
            draw_title(painter, title, head)
        half = side / 2
        shades = ("#FADBD8", "#FCF3CF", "#D6EAF8", "#E5E8E8")
        cells = (
            QRectF(plot.left() + half, plot.top(), half, half),  # high influence, high interest
            QRectF(plot.left(), plot.top(), half, half),  # high influence, low interest
            QRectF(plot.left() + half, plot.top() + half, half, half),
            QRectF(plot.left(), plot.top() + half, half, half),
        )
        painter.setFont(_font(15, True))
        top_left = int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for cell, shade, name in zip(cells, shades, names, strict=True):
            painter.fillRect(cell, QColor(shade))
            painter.setPen(QColor("#7F8C8D"))
            painter.drawText(cell.adjusted(8, 6, -8, -6), top_left, name)
        painter.setPen(QPen(QColor("#34495E"), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        painter.setFont(_font(12))
        centre_flag = int(Qt.AlignmentFlag.AlignCenter)
        for v in range(6):
            painter.drawText(
                QRectF(at(v, 0).x() - 10, plot.bottom() + 4, 20, 16), centre_flag, str(v)
            )
            right = int(Qt.AlignmentFlag.AlignRight)
            painter.drawText(QRectF(plot.left() - 26, at(0, v).y() - 8, 20, 16), right, str(v))
        painter.setFont(_font(14, True))
        x_label = "Belang →" if lang == "nl" else "Interest →"
        y_label = "Invloed →" if lang == "nl" else "Influence →"
        painter.drawText(QRectF(plot.left(), plot.bottom() + 24, side, 24), centre_flag, x_label)
        painter.save()
        painter.translate(margin + 12, plot.bottom())
        painter.rotate(-90)
        painter.drawText(QRectF(0, -12, side, 24), centre_flag, y_label)
        painter.restore()
        painter.setFont(_font(10, True))
        for (interest, influence), members in groups.items():
            centre = at(interest, influence)
            for index, (dx, dy) in zip(members, _dot_offsets(len(members)), strict=True):
                p = points[index]
                dot = QRectF(centre.x() + dx - 10, centre.y() + dy - 10, 20, 20)
                painter.setPen(QPen(QColor("#17202A"), 1))
                painter.setBrush(QBrush(QColor(p.colour)))
                painter.drawEllipse(dot)
                painter.setPen(QColor(text_colour_on(p.colour)))
                painter.drawText(dot, centre_flag, str(index + 1))
        painter.setFont(_font(12))
        metrics = QFontMetricsF(painter.font())
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for index, p in enumerate(points):
            col, row = divmod(index, per_col)
            x = plot.right() + 30 + col * col_w
            y = plot.top() + row * row_h
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(p.colour)))
            painter.drawEllipse(QPointF(x + 5, y + row_h / 2), 5, 5)
            painter.setPen(QColor("#17202A"))
            text = metrics.elidedText(
                f"{index + 1}. {p.label}", Qt.TextElideMode.ElideRight, col_w - 24
            )
            painter.drawText(QRectF(x + 14, y, col_w - 14, row_h), left, text)

    emit_to(out_path, paint, width, height, dpi=dpi, title=title or "")


def render_scorecard(
    lines: Sequence[ScoreLine],
    out_path: str | os.PathLike[str],
    *,
    lang: Lang = "nl",
    title: str | None = None,
    dpi: float = UNIT_DPI,
) -> None:
    """The scorecard: one row per building block with a traffic light and its summary."""
    margin, row_h, name_w, summary_w = 32.0, 54.0, 330.0, 560.0
    wrap = int(
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    )
    name_metrics, text_metrics = QFontMetricsF(_font(13, True)), QFontMetricsF(_font(12))

    def needed(metrics: QFontMetricsF, text: str, width: float) -> float:
        return metrics.boundingRect(QRectF(0, 0, width - 10, 10_000), wrap, text).height() + 18

    heights = [
        max(
            row_h,
            needed(name_metrics, line.name, name_w),
            needed(text_metrics, line.summary, summary_w),
        )
        for line in lines
    ]
    top = margin + title_height(title)
    width = margin * 2 + 40 + name_w + summary_w
    height = top + row_h * 0.7 + sum(heights) + margin
    head = ("Bouwsteen", "Samenvatting") if lang == "nl" else ("Building block", "Summary")

    def paint(painter: QPainter) -> None:
        if title:
            head_rect = QRectF(margin, margin * 0.5, width - 2 * margin, top - margin * 0.5)
            draw_title(painter, title, head_rect)
        header = QRectF(margin, top, width - 2 * margin, row_h * 0.7)
        painter.fillRect(header, QColor("#1F3864"))
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(_font(14, True))
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        painter.drawText(QRectF(margin + 48, top, name_w, row_h * 0.7), flags, head[0])
        painter.drawText(QRectF(margin + 48 + name_w, top, summary_w, row_h * 0.7), flags, head[1])
        y = top + row_h * 0.7
        for i, (line, h) in enumerate(zip(lines, heights, strict=True)):
            band = QRectF(margin, y, width - 2 * margin, h)
            painter.fillRect(band, QColor("#F4F6F6" if i % 2 else "#FFFFFF"))
            colour = _STATUS.get(line.status, "#BDC3C7")
            painter.setPen(QPen(QColor("#17202A"), 1))
            painter.setBrush(QBrush(QColor(colour)))
            painter.drawEllipse(QPointF(margin + 22, y + h / 2), 12, 12)
            painter.setPen(QColor(text_colour_on("#FFFFFF")))
            painter.setFont(_font(13, True))
            painter.drawText(QRectF(margin + 48, y, name_w - 10, h), wrap, line.name)
            painter.setFont(_font(12))
            painter.drawText(QRectF(margin + 48 + name_w, y, summary_w - 10, h), wrap, line.summary)
            y += h

    emit_to(out_path, paint, width, height, dpi=dpi, title=title or "")
