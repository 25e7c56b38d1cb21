"""Status-bar messages that are read in full (new user, fourth round, 11: the anonymised
export's message was cut off and ran into the counters).

While a message shows, the counters at the right step aside; a message still too long for
one line is laid over the bar wrapped, on as many lines as it needs (the bar grows for it),
and goes when the message does. The message itself stays the bar's message
(``currentMessage()``, its timeout); its full text is also the bar's tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

__all__ = ["StatusMessages"]


class StatusMessages:
    """Watches ``status``'s messages; ``counters`` are the permanent widgets that step aside."""

    def __init__(self, status: QStatusBar, counters: Sequence[QWidget]) -> None:
        self.status = status
        self.counters = tuple(counters)
        self.note = QLabel(status)  # over the bar, not in its layout
        self.note.setObjectName("status_note")
        self.note.setWordWrap(True)
        self.note.setAutoFillBackground(True)
        self.note.hide()
        status.messageChanged.connect(self._on_message_changed)

    def _on_message_changed(self, text: str) -> None:
        self.note.hide()
        self.status.setMinimumHeight(0)
        self.status.setToolTip(text)
        for widget in self.counters:
            widget.setVisible(not text)
        if not text:
            return
        margin = 4
        width = self.status.width() - 2 * margin  # over the bar's own line, to its end
        if self.status.fontMetrics().horizontalAdvance(text) + 8 <= width:
            return  # it fits in the bar now the counters are out of its way
        self.note.setText(text)
        height = self.note.heightForWidth(width)
        self.status.setMinimumHeight(height + 2 * margin)
        self.note.setGeometry(margin, margin, width, height)
        self.note.show()
        self.note.raise_()
