"""One dock for every entity table, with a selector instead of a tab per table.

A tab per table made the side panel unreadable on a 1366 x 768 laptop ("Be… S… R…") and
would only get worse with every new table. :class:`TablesDock` holds the table docks
(:class:`ui.docks.table_docks.TableDock`, unchanged: they keep their models, filters and
buttons) in a stack and shows one at a time, each made when first chosen; a combo box at the
top names the table shown and lists the others, however many there are. Each table keeps its
own dock object name, so tests and code that look a table up by class or name still find it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.docks.table_docks import TableDock

__all__ = ["TablesDock"]


class TablesDock(QDockWidget):
    """The tables (actors, relationships, mandates, needs, …) in one dock with a selector."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tables_dock")
        body = QWidget(self)
        self.label = QLabel(body)
        self.selector = QComboBox(body)
        self.selector.setObjectName("table_selector")
        self.selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.selector)
        self.stack = QStackedWidget(body)
        self.tables: list[TableDock] = []
        top = QHBoxLayout()
        top.setContentsMargins(4, 4, 4, 0)
        top.addWidget(self.label)
        top.addWidget(self.selector)
        top.addStretch(1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.setWidget(body)
        self.selector.currentIndexChanged.connect(self._on_selector_current_index_changed)
        self.retranslate()

    def add_table(self, table: TableDock) -> None:
        """Put ``table`` in the dock: its title bar goes, its title names it in the selector."""
        table.setTitleBarWidget(QWidget(table))  # an empty title bar: the selector names it
        table.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.stack.addWidget(table)
        if self.stack.currentWidget() is table:
            table.build()  # the table in front is made now, the others when chosen
        # only the table in front is shown: a table shown behind it drew its buttons through
        # the front one's ("Besluit toevoegen" over a second button, "Verwijderen" over a third
        # cut to "en"; new user, tenth round, at 1920 pixels)
        table.setVisible(self.stack.currentWidget() is table)
        self.tables.append(table)
        self.selector.addItem(table.windowTitle())
        index = len(self.tables) - 1
        table.windowTitleChanged.connect(lambda title: self.selector.setItemText(index, title))

    def _on_selector_current_index_changed(self, index: int) -> None:
        if 0 <= index < len(self.tables):
            self.tables[index].build()  # made before it shows, laid out with the dock
        self.stack.setCurrentIndex(index)

    def current_table(self) -> TableDock | None:
        """The table shown now."""
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, TableDock) else None

    def show_table(self, table: TableDock) -> None:
        """Show ``table`` (and the dock, in front of its tab group)."""
        if table in self.tables:
            self.selector.setCurrentIndex(self.tables.index(table))
        self.show()
        self.raise_()

    def retranslate(self) -> None:
        """Set the dock's own texts in the current language."""
        self.setWindowTitle(self.tr("Tables"))
        self.label.setText(self.tr("&Table:"))
        self.selector.setToolTip(self.tr("Which table to show"))
        self.selector.setAccessibleName(self.tr("Table"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
