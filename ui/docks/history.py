"""The History dock: the undo stack as a list; clicking a step undoes or redoes up to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDockWidget, QStyle, QUndoView, QWidget

from ui.document.controller import DocumentController

__all__ = ["HistoryDock"]


class HistoryDock(QDockWidget):
    """A QUndoView on the controller's undo stack."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dock")
        self.controller = controller
        self.view = QUndoView(controller.undo_stack, self)
        # the step that matches the saved file gets a disk icon
        self.view.setCleanIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.setWidget(self.view)
        controller.case_replaced.connect(self._on_controller_case_replaced)
        self.retranslate()

    def _on_controller_case_replaced(self, *_args: object) -> None:
        if self.view.stack() is not self.controller.undo_stack:
            self.view.setStack(self.controller.undo_stack)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("History"))
        self.view.setEmptyLabel(self.tr("<original>"))
        self.view.setAccessibleName(self.tr("Undo history"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
