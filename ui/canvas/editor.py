"""The in-place editor of the map: a line edit over an actor's name or a relationship's label."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

__all__ = ["InlineEditor"]


class InlineEditor(QLineEdit):
    """A line edit over an item: Enter commits, Escape cancels, leaving commits."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, text: str) -> None:
        super().__init__(text, parent)
        self.setObjectName("inline_editor")
        self.setAccessibleName(self.tr("Name"))
        self.selectAll()
        self._done = False
        self.returnPressed.connect(self._commit)
        self.editingFinished.connect(self._commit)

    def _commit(self) -> None:
        if not self._done:
            self._done = True
            self.committed.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._done = True
            self.cancelled.emit()
            event.accept()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # QLineEdit ignores Return after emitting returnPressed (for dialogs' default
            # buttons); passed on, the map view would take it as "rename the selection" and
            # open a new editor. The key ends here.
            event.accept()
