"""Status-bar messages that are read in full (new user, fourth round, 11: the anonymised
export's message was cut off and ran into the counters).

While a message shows, the counters at the right step aside; a message still too long for
one line is laid over the window, its last line on the bar and the lines before it over the
map's bottom edge, wrapped at the bar's width, and goes when the message does. Nothing is
laid out again: the bar keeps its height and the map its size, so the map does not re-fit
when the message comes or goes, and the note is placed again when the bar gets its width (in
the first frame a wrapped note stood as an 11-line column at the left and made the bar tall;
new user 13, S7). The full text is also the bar's tooltip, with the message's ``details`` under
it (every rename of an anonymised export, counted in the message; new user at scale 14, F8);
the message itself stays the bar's message (``currentMessage()``, its timeout).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

__all__ = ["StatusMessages"]

_MARGIN = 4
# what counts as the user being back at the app after a long job (show_until_back)
_BACK = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})
_NARROW = 300  # a bar narrower than this has not got its width yet


class StatusMessages(QObject):
    """Watches ``status``'s messages; ``counters`` are the permanent widgets that step aside."""

    def __init__(self, status: QStatusBar, counters: Sequence[QWidget]) -> None:
        super().__init__(status)
        self.status = status
        self.counters = tuple(counters)
        # over the window (the bar and the map's bottom edge), in no layout
        self.note = QLabel(status.parentWidget() or status)
        self.note.setObjectName("status_note")
        self.note.setWordWrap(True)
        self.note.setMargin(2)
        self.note.setAutoFillBackground(True)
        self.note.hide()
        self.details = ""  # said under the next message, in its tooltip only
        self.waiting = ""  # the message kept until the user is back (show_until_back)
        self._kept = ""  # that message once the user is back, for ``_after`` ms more
        self._after = 0
        self._gone = QTimer(self)  # takes the kept message away once the user is back
        self._gone.setSingleShot(True)
        self._gone.timeout.connect(self._on_gone_timeout)
        status.messageChanged.connect(self._on_message_changed)
        status.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The bar got its width (the first frame) or another: the note fits it again. The
        user pressed a key, clicked or turned the wheel: the kept message's time starts."""
        kind = event.type()
        if watched is self.status and kind in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place(self.status.currentMessage())
        elif kind in _BACK and self.waiting:
            self._kept = self.waiting
            self._stop_waiting()
            self._gone.start(self._after)
        return False

    def show(self, text: str, timeout: int, details: str = "") -> None:
        """Show ``text`` for ``timeout`` ms, with ``details`` in its tooltip only."""
        self.details = details
        self.status.showMessage(text, timeout)

    def show_until_back(self, text: str, after: int, details: str = "") -> None:
        """Show ``text`` until the user is back at the app (a key, a click or the wheel)
        and ``after`` ms more: a long export ends while the user may be away, and the "…
        geëxporteerd" of a nota of 51 s went after 8 s, unseen (rev-user16 U6)."""
        self._gone.stop()
        self.show(text, 0, details)
        self.waiting, self._after = text, after
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _stop_waiting(self) -> None:
        self.waiting = ""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _on_gone_timeout(self) -> None:
        if self._kept and self.status.currentMessage() == self._kept:
            self.status.clearMessage()
        self._kept = ""

    def _on_message_changed(self, text: str) -> None:
        if self.waiting and text != self.waiting:
            self._stop_waiting()  # another message took its place
        if self._kept and text != self._kept:
            self._gone.stop()
            self._kept = ""
        details, self.details = self.details, ""
        self.status.setToolTip(_tip(text, details) if text and details else text)
        for widget in self.counters:
            widget.setVisible(not text)
        self._place(text)

    def _place(self, text: str) -> None:
        self.note.hide()
        width = self.status.width() - 2 * _MARGIN  # over the bar's own line, to its end
        if not text or width < _NARROW:
            return  # nothing to say, or the bar has no width yet (the first frame)
        metrics = self.status.fontMetrics()
        if metrics.horizontalAdvance(text) + 8 <= width:
            return  # it fits in the bar now the counters are out of its way
        self.note.setText(text)
        self.note.setToolTip(text)
        height = max(self.note.heightForWidth(width), metrics.height())
        bar = self.status.geometry()  # in the window's coordinates
        if self.note.parentWidget() is self.status:
            bar.moveTo(0, 0)
        self.note.setGeometry(
            bar.left() + _MARGIN, bar.bottom() - _MARGIN - height + 1, width, height
        )
        self.note.show()
        self.note.raise_()


def _tip(text: str, details: str) -> str:
    """The message and its details as a tooltip that wraps (rich text: Qt wraps it)."""
    return f"<p>{html.escape(text)}</p><p>{html.escape(details)}</p>"
