"""The pieces of the Timeline dock: the trend chart of the scorecard over the snapshots, and the
dialog that asks for a new snapshot's name and date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from mapper.findings import BUILDING_BLOCKS, Status
from mapper.timeline import CaseTimeline
from models.i18n import long_date, short_date
from ui.docks.wheel_guard import guard_wheel
from ui.i18n import current_language

__all__ = ["SnapshotDialog", "TrendChart"]

_BAR = 14  # the height of a row's coloured cells

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
        self._fit_height()

    def _fit_height(self) -> None:
        """The dates on top (in two lines where a column is too narrow for one), then per
        block its full name on a line of its own and the coloured cells below it (a narrow
        dock at 1366 x 768 cut the names short beside them)."""
        spacing = QFontMetrics(self.font()).lineSpacing()
        self.setFixedHeight(self._head_height() + 2 + 7 * (spacing + _BAR + 3))

    def set_timeline(self, line: CaseTimeline | None) -> None:
        """Show ``line`` (None: empty)."""
        self.line = line
        self._fit_height()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._fit_height()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()  # narrower: the dates may need a second line

    def _column_width(self) -> float:
        cols = len(self.line.moments) if self.line is not None else 1
        return max(8.0, (float(self.width()) - 4) / max(cols, 1))

    def head_lines(self) -> list[list[str]]:
        """Each column's head as drawn: the date on one line where it fits, else the day and
        month above the year (new user, tenth round: at 1366 x 768 six columns read "1 Dec…
        15 Jan… 1 Oct …"); "now" stays one line."""
        metrics = QFontMetrics(self.font())
        room = self._column_width() - 2
        lines: list[list[str]] = []
        for text in self.column_heads():
            day, _, year = text.rpartition(" ")
            if metrics.horizontalAdvance(text) <= room or not day or not year.isdigit():
                lines.append([text])
            else:
                lines.append([day, year])
        return lines

    def _head_height(self) -> int:
        spacing = QFontMetrics(self.font()).lineSpacing()
        count = max((len(lines) for lines in self.head_lines()), default=1)
        return count * spacing + 2

    def layout_rows(self) -> tuple[list[QRectF], list[list[QRectF]], list[QRectF]]:
        """Where the chart draws: each row's name, each row's cells, each column's date."""
        line = self.line
        cols = len(line.moments) if line is not None else 1
        spacing = float(QFontMetrics(self.font()).lineSpacing())
        width = float(self.width())
        cell_w = self._column_width()
        head_h = float(self._head_height())
        heads = [QRectF(2 + c * cell_w, 0, cell_w, head_h) for c in range(cols)]
        names, cells = [], []
        y = head_h + 2
        for _ in range(7):
            names.append(QRectF(2, y, width - 4, spacing))
            cells.append(
                [QRectF(2 + c * cell_w + 1, y + spacing, cell_w - 2, _BAR) for c in range(cols)]
            )
            y += spacing + _BAR + 3
        return names, cells, heads

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.line
        if line is None:
            painter.end()
            return
        names = self.row_names()
        metrics = QFontMetrics(self.font())
        spacing = metrics.lineSpacing()
        name_rects, cell_rects, heads = self.layout_rows()
        text_colour = self.palette().text().color()
        painter.setPen(text_colour)
        for col, texts in enumerate(self.head_lines()):
            head = heads[col]
            for row, text in enumerate(texts):
                box = QRectF(head.left(), head.top() + 1 + row * spacing, head.width(), spacing)
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(box.width()))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for row, block in enumerate(line.blocks):
            painter.setPen(text_colour)
            box = name_rects[row]
            name = metrics.elidedText(names[row], Qt.TextElideMode.ElideRight, int(box.width()))
            painter.drawText(box, left, name)
            for col, moment in enumerate(line.moments):
                rect = cell_rects[row][col]
                painter.fillRect(rect, _COLOURS[moment.status[block]])
                count = moment.causes[block]
                if count and rect.width() > 16:
                    painter.setPen(QColor("white"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.column_tip(event.pos().x())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def column_tip(self, x: int) -> str:
        """The moment under ``x``: its date in full and the snapshot's name (or "now")."""
        if self.line is None or x < 2:
            return ""
        col = int((x - 2) // self._column_width())
        if col >= len(self.line.moments):
            return ""
        moment = self.line.moments[col]
        when = long_date(moment.date, current_language())
        return (
            f"{self.tr('now')} ({when})" if moment.id is None else f"{when} \u2014 {moment.label}"
        )

    def column_heads(self) -> list[str]:
        """Each column's head: its date in the interface's language (1 dec 2025 / 1 Dec 2025),
        or "now" for the map as it is; a date in figures (1-12-25) reads differently per country."""
        if self.line is None:
            return []
        lang = current_language()
        return [
            self.tr("now") if m.id is None else short_date(m.date, lang) for m in self.line.moments
        ]

    def row_names(self) -> list[str]:
        """Each row's label: the building block's number and name."""
        blocks = self.line.blocks if self.line is not None else list(BUILDING_BLOCKS)
        lang = current_language()
        return [f"{b}. {BUILDING_BLOCKS[b](lang)}" for b in blocks]


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
        # the one date format, in the interface's language: 3 december 2026 / 3 December 2026
        self.date.setDisplayFormat("d MMMM yyyy")
        dutch = current_language() == "nl"
        self.date.setLocale(QLocale(QLocale.Language.Dutch if dutch else QLocale.Language.English))
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
        guard_wheel(self)  # the wheel over the date does not turn it unless it was clicked

    def values(self) -> tuple[str, date]:
        """The name and the date entered."""
        return self.label.text(), self.date.date().toPython()  # type: ignore[return-value]
