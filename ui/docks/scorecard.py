"""The Scorecard dock: the seven building blocks as red, amber, green or grey, with a summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mapper.findings import BUILDING_BLOCKS, ScoreRow, Status
from ui.docks.lazy_dock import LazyDock
from ui.document.controller import DocumentController
from ui.i18n import current_language, language_manager

if TYPE_CHECKING:
    from mapper.analysis import Analysis

__all__ = ["STATUS_COLORS", "ScorecardDock"]

STATUS_COLORS: dict[Status, str] = {
    Status.RED: "#e53935",
    Status.AMBER: "#fbb024",
    Status.GREEN: "#43a047",
    Status.GREY: "#9e9e9e",
}


class ScorecardDock(LazyDock):
    """Seven rows: building block, traffic light, summary (made when first in view, behind
    the Findings tab: see LazyDock; the rows it is given wait until then)."""

    table: QTableWidget

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scorecard_dock")
        self.controller = controller
        self._rows: tuple[ScoreRow, ...] = ()
        self.retranslate()

    def _build(self) -> None:
        self.table = QTableWidget(len(BUILDING_BLOCKS), 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 140)
        header.resizeSection(1, 64)
        header.sectionResized.connect(self._fit_rows)
        self._viewport = self.table.viewport()
        self._viewport.installEventFilter(self)
        self.table.cellClicked.connect(self._on_table_cell_clicked)
        self.setWidget(self.table)
        language_manager().changed.connect(self._fill)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.table, self._fit_rows)  # once the columns have their width
        return super().eventFilter(watched, event)

    def _fit_rows(self, *_args: object) -> None:
        self.table.resizeRowsToContents()

    def set_analysis(self, analysis: Analysis) -> None:
        """Show the scorecard of ``analysis``."""
        self.set_rows(analysis.scorecard)

    def set_rows(self, rows: Sequence[ScoreRow]) -> None:
        """Show ``rows`` (one per building block)."""
        self._rows = tuple(rows)
        self._fill()

    def status_text(self, status: Status | None) -> str:
        """The translated name of a traffic light."""
        if status is None:
            return "…"
        return {
            Status.RED: self.tr("Red"),
            Status.AMBER: self.tr("Amber"),
            Status.GREEN: self.tr("Green"),
            Status.GREY: self.tr("Grey"),
        }[status]

    def _fill(self, *_args: object) -> None:
        if not self._built:
            return  # filled when made
        lang = current_language()
        by_block = {row.building_block: row for row in self._rows}
        for r, (block, name) in enumerate(BUILDING_BLOCKS.items()):
            row = by_block.get(block)
            name_item = QTableWidgetItem(f"{block}. {name(lang)}")
            name_item.setToolTip(name(lang))
            status_item = QTableWidgetItem(self.status_text(row.status if row else None))
            status_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            summary_item = QTableWidgetItem(row.summary(lang) if row else "")
            if row is not None:
                color = QColor(STATUS_COLORS[row.status])
                status_item.setBackground(QBrush(color))
                status_item.setForeground(
                    QBrush(
                        QColor(
                            "#000000" if row.status in (Status.AMBER, Status.GREY) else "#ffffff"
                        )
                    )
                )
                summary_item.setToolTip(row.summary(lang))
                if row.status is Status.GREY:
                    status_item.setToolTip(self.tr("Not enough to judge"))
            self.table.setItem(r, 0, name_item)
            self.table.setItem(r, 1, status_item)
            self.table.setItem(r, 2, summary_item)
        self.table.resizeRowsToContents()

    def _on_table_cell_clicked(self, row: int, _column: int) -> None:
        block = list(BUILDING_BLOCKS)[row]
        for score in self._rows:
            if score.building_block == block and score.findings:
                ids = [i for f in score.findings for i in f.ids()]
                self.controller.set_selection(ids)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Scorecard"))
        if not self._built:
            return
        self.table.setAccessibleName(self.tr("Scorecard"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Building block"), self.tr("Status"), self.tr("Summary")]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
