"""Status-bar messages that are read in full (new user, fourth round, 11: the anonymised
export's message was cut off and ran into the counters).

While a message shows, the counters at the right step aside; a message still too long for
one line is laid over the bar on that one line, elided at the bar's end, and goes when the
message does; its full text is the bar's tooltip. It never wraps: wrapped in the first
frame, before the window had its width, it stood as an 11-line column at the left and made
the bar tall, and the map re-fitted when it went (new user 13, S7). The message itself stays
the bar's message (``currentMessage()``, its timeout).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

__all__ = ["StatusMessages"]

_MARGIN = 4


class StatusMessages(QObject):
    """Watches ``status``'s messages; ``counters`` are the permanent widgets that step aside."""

    def __init__(self, status: QStatusBar, counters: Sequence[QWidget]) -> None:
        super().__init__(status)
        self.status = status
        self.counters = tuple(counters)
        self.note = QLabel(status)  # over the bar, not in its layout
        self.note.setObjectName("status_note")
        self.note.setWordWrap(False)
        self.note.setAutoFillBackground(True)
        self.note.hide()
        status.messageChanged.connect(self._on_message_changed)
        status.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The bar got its width (the first frame) or another: the note fits it again."""
        if watched is self.status and event.type() == QEvent.Type.Resize:
            self._place(self.status.currentMessage())
        return False

    def _on_message_changed(self, text: str) -> None:
        self.status.setToolTip(text)
        for widget in self.counters:
            widget.setVisible(not text)
        self._place(text)

    def _place(self, text: str) -> None:
        self.note.hide()
        if not text:
            return
        width = self.status.width() - 2 * _MARGIN  # over the bar's own line, to its end
        metrics = self.status.fontMetrics()
        if metrics.horizontalAdvance(text) + 8 <= width:
            return  # it fits in the bar now the counters are out of its way
        self.note.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0)))
        self.note.setToolTip(text)
        height = max(self.status.height() - 2 * _MARGIN, metrics.height())
        self.note.setGeometry(_MARGIN, (self.status.height() - height) // 2, width, height)
        self.note.show()
        self.note.raise_()
