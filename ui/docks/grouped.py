"""The Actors table grouped by organisation: each organisation's name once, a rule above it.

Sorted by organisation, the rows of one organisation follow each other; the delegate then
draws the organisation's name only on its first row, with a rule above that row across the
table, so the table reads as groups under their organisation instead of one name repeated.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from ui.docks.delegates import FieldDelegate
from ui.docks.tables import EntityTableModel

__all__ = ["GroupedDelegate"]

AnyIndex = QModelIndex | QPersistentModelIndex


class GroupedDelegate(FieldDelegate):
    """A :class:`FieldDelegate` that, while ``grouped``, shows the rows as organisations."""

    def __init__(self, model: EntityTableModel, column: int, parent: QObject | None = None) -> None:
        super().__init__(model, parent)
        self.column = column  # the organisation column
        self.grouped = False

    def _organisation(self, index: AnyIndex, row: int) -> str:
        text = index.model().index(row, self.column).data(Qt.ItemDataRole.DisplayRole)
        return str(text or "")

    def starts_group(self, index: AnyIndex) -> bool:
        """Whether ``index``'s row is the first of its organisation (in the shown order)."""
        row = index.row()
        return row == 0 or self._organisation(index, row) != self._organisation(index, row - 1)

    def shows_text(self, index: AnyIndex) -> bool:
        """False for the organisation cell of every row but the first of its group."""
        return not (self.grouped and index.column() == self.column and not self.starts_group(index))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if self.grouped and index.column() == self.column and self.starts_group(index):
            heading = QStyleOptionViewItem(option)
            heading.font.setBold(True)  # the group's name, as a heading
            super().paint(painter, heading, index)
        elif self.shows_text(index):
            super().paint(painter, option, index)
        else:  # background and selection as any cell, without the repeated name
            cell = QStyleOptionViewItem(option)
            self.initStyleOption(cell, index)
            cell.text = ""
            widget = cell.widget
            style = widget.style() if widget is not None else QApplication.style()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)
        if self.grouped and index.row() > 0 and self.starts_group(index):
            painter.save()
            colour = option.palette.color(QPalette.ColorRole.Text)
            painter.setPen(QPen(colour, 2))
            rect = option.rect
            painter.drawLine(rect.topLeft(), rect.topRight())
            painter.restore()
