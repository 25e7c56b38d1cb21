"""The pieces of the Timeline dock: the trend chart of the scorecard over the snapshots, and the
dialog that asks for a new snapshot's name and date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mapper.findings import BUILDING_BLOCKS, Status
from mapper.timeline import CaseTimeline
from ui.i18n import current_language

__all__ = ["SnapshotDialog", "TrendChart"]

_COLOURS = {
    Status.RED: QColor("#c62828"),
    Status.AMBER: QColor("#f9a825"),
    Status.GREEN: QColor("#2e7d32"),
    Status.GREY: QColor("#bdbdbd"),
}


class TrendChart(QWidget):
    """One column per moment, one row per building block, coloured by its traffic light."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_chart")
        self.line: CaseTimeline | None = None
        self.setFixedHeight(7 * 17 + 22)

    def set_timeline(self, line: CaseTimeline | None) -> None:
        """Show ``line`` (None: empty)."""
        self.line = line
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.line
        if line is None:
            painter.end()
            return
        names = self.row_names()
        metrics = QFontMetrics(self.font())
        widest = max(metrics.horizontalAdvance(n) for n in names) + 8
        label_w, foot = float(min(widest, int(self.width() * 0.45))), 20.0
        cols = len(line.moments)
        cell_w = max(8.0, (self.width() - label_w - 4) / max(cols, 1))
        cell_h = max(8.0, (self.height() - foot) / 7)
        for row, block in enumerate(line.blocks):
            y = row * cell_h
            painter.setPen(self.palette().text().color())
            name = metrics.elidedText(names[row], Qt.TextElideMode.ElideRight, int(label_w) - 6)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(2, y, label_w - 4, cell_h), align, name)
            for col, moment in enumerate(line.moments):
                rect = QRectF(label_w + col * cell_w + 1, y + 1, cell_w - 2, cell_h - 2)
                painter.fillRect(rect, _COLOURS[moment.status[block]])
                count = moment.causes[block]
                if count and cell_w > 18:
                    painter.setPen(QColor("white"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.setPen(self.palette().text().color())
        for col, moment in enumerate(line.moments):
            text = self.tr("now") if moment.id is None else _short(moment.date)
            rect = QRectF(label_w + col * cell_w, 7 * cell_h, cell_w, foot)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def row_names(self) -> list[str]:
        """Each row's label: the building block's number and name."""
        blocks = self.line.blocks if self.line is not None else list(BUILDING_BLOCKS)
        lang = current_language()
        return [f"{b}. {BUILDING_BLOCKS[b](lang)}" for b in blocks]


def _short(day: date) -> str:
    """``15-1-26``: short enough for a chart column."""
    return f"{day.day}-{day.month}-{day.year % 100:02d}"


class SnapshotDialog(QDialog):
    """Asks for a snapshot's name and date (today at the latest)."""

    def __init__(self, last: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshot_dialog")
        self.setWindowTitle(self.tr("Save snapshot"))
        self.label = QLineEdit()
        self.label.setObjectName("snapshot_label")
        self.label.setPlaceholderText(self.tr("e.g. after the mandate was renewed"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("snapshot_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")  # never "3 12 2026"
        self.date.setMaximumDate(QDate.currentDate())
        if last is not None:
            self.date.setMinimumDate(QDate(last.year, last.month, last.day))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.label)
        form.addRow(self.tr("Date:"), self.date)
        note = QLabel(
            self.tr(
                "The snapshot keeps the map as it is now, under this name and date. "
                "Undo takes it away again."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, date]:
        """The name and the date entered."""
        return self.label.text(), self.date.date().toPython()  # type: ignore[return-value]
