"""The History dock: the undo stack as a list; clicking a step undoes or redoes up to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QStyle, QUndoView, QWidget

from ui.docks.lazy_dock import LazyDock
from ui.document.controller import DocumentController

__all__ = ["HistoryDock"]


class HistoryDock(LazyDock):
    """A QUndoView on the controller's undo stack (made when first in view: see LazyDock)."""

    view: QUndoView

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dock")
        self.controller = controller
        self.retranslate()

    def _build(self) -> None:
        controller = self.controller
        self.view = QUndoView(controller.undo_stack, self)
        # the step that matches the saved file gets a disk icon
        self.view.setCleanIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.setWidget(self.view)
        controller.case_replaced.connect(self._on_controller_case_replaced)
        self.retranslate()

    def _on_controller_case_replaced(self, *_args: object) -> None:
        if self._built and self.view.stack() is not self.controller.undo_stack:
            self.view.setStack(self.controller.undo_stack)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("History"))
        if not self._built:
            return
        self.view.setEmptyLabel(self.tr("<original>"))
        self.view.setAccessibleName(self.tr("Undo history"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
