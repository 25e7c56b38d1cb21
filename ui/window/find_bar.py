"""Edit › Find (Ctrl+F): a bar above the map that finds actors as you type (new user at scale
15, G5: "Ctrl+F does nothing"; finding 'Consulent 18.6' among 2,000 took a table filter, a
click and Ctrl+G).

The field matches names, ids, roles, organisations and tags without regard to case or
accents (:mod:`ui.window.find_index`) and says "3 of 12"; Enter or F3 goes to the next
match, Shift+Enter or Shift+F3 to the previous one; each is selected, centred and shown at
a zoom where its name reads. The first Enter after the text changed shows the first match
and, when the view already went there, keeps it: what Enter does must not depend on how fast
it comes (new user 17, N1: a late Enter skipped "Burgemeester 7" for "Burgemeester 70").
Escape closes the bar and gives the map the keyboard. No match is said in the bar, never in
a dialog.

Typing scans the index only: the view moves to the first match once typing pauses
(:data:`SETTLE_MS`), so a fast typist on a map of 10,000 actors waits for one move, not one
per key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mapper.wording import number
from ui.canvas.filters import MapFilter
from ui.canvas.item_base import LOD_TEXT
from ui.canvas.view_subject import CLOSEST, clear_of_legend, look_at
from ui.i18n import current_language
from ui.window.find_index import FindIndex
from ui.window.find_mark import FoundMark

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

__all__ = ["SETTLE_MS", "FindBar", "map_area"]

# after this pause in typing the view goes to the first match
SETTLE_MS = 250
FOUND_BOX = (260.0, 120.0)  # pixels kept clear round a found actor: its plate and the ring
_NOT_FOUND = "QLineEdit { background: #FADBD8; }"


class FindBar(QWidget):
    """The find bar of ``window``; see the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("find_bar")
        self.window_ = window
        self._index: FindIndex | None = None
        self.matches: list[str] = []
        self.current = -1  # the match shown (or to be shown), -1 for none
        self.typed = False  # the text changed since the last step: Enter shows the first match
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.show_current)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        self.label = QLabel(self)
        self.field = QLineEdit(self)
        self.field.setObjectName("find_field")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(240)
        self.field.setMaximumWidth(360)
        self.label.setBuddy(self.field)
        self.count = QLabel(self)
        self.count.setObjectName("find_count")
        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("find_previous_button")
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("find_next_button")
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("find_close_button")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        for widget in (self.label, self.field, self.previous_button, self.next_button):
            layout.addWidget(widget)
        layout.addWidget(self.count, 1)
        layout.addWidget(self.close_button)
        self.field.textEdited.connect(self._on_field_edited)
        self.field.installEventFilter(self)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)  # in the field or on a button
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.mark = FoundMark(window.view, window.controller)
        window.controller.case_replaced.connect(self._on_controller_case_replaced)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.label.setText(self.tr("&Find:"))
        self.field.setPlaceholderText(self.tr("Name, role or organisation"))
        self.field.setAccessibleName(self.tr("Find an actor"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setAccessibleName(button.toolTip())
        self._say()

    # ------------------------------------------------------------------ opening and closing
    def open_bar(self) -> None:
        """Show the bar with the keyboard in its field, its text selected to type over."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar; the map gets the keyboard (the match stays selected)."""
        self._settle.stop()
        self.hide()
        self.window_.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def index(self) -> FindIndex:
        """The index of the window's case (made on the first search)."""
        case = self.window_.controller.case
        if self._index is None or self._index.case is not case:
            self._index = FindIndex(case)
        return self._index

    def _on_controller_case_replaced(self, _case: object) -> None:
        self.mark.mark(None)
        self._index = None  # made again on the next search, not while the map opens
        self._settle.stop()
        self.matches, self.current = [], -1
        if self.isVisible():
            self._search(self.field.text())
        else:
            self._say()

    # ------------------------------------------------------------------ searching
    def _on_field_edited(self, text: str) -> None:
        self.typed = True
        self._search(text)
        if self.matches:
            self._settle.start()  # the view follows once typing pauses
        else:
            self._settle.stop()

    def _search(self, text: str) -> None:
        self.matches = self.index().matches(text) if text.strip() else []
        self.current = 0 if self.matches else -1
        self._say()

    def _search_again(self) -> None:
        """Search again after an edit, staying at the match shown where it is still found."""
        shown = self.matches[self.current] if 0 <= self.current < len(self.matches) else None
        self._search(self.field.text())
        if shown in self.matches:
            self.current = self.matches.index(shown)
            self._say()

    def find_next(self) -> None:
        """Show the next match (the first after typing: Enter shows what the bar found)."""
        self._step(1)

    def find_previous(self) -> None:
        """Show the previous match."""
        self._step(-1)

    def enter(self) -> None:
        """Enter in the field: the first match after typing (shown or not), else the next."""
        self._step(0 if self.typed else 1)

    def _step(self, step: int) -> None:
        self.typed = False
        if not self.isVisible():
            self.open_bar()
        if self.field.text().strip() and (not self.matches or self.index().stale):
            self._search_again()  # the map changed since: look again
        if not self.matches:
            return
        if self._settle.isActive():
            self._settle.stop()  # typed, not yet shown: show this one first
        elif self.current >= 0:
            self.current = (self.current + step) % len(self.matches)
        self.show_current()

    def show_current(self) -> None:
        """Select the current match, centre it and zoom so its name reads."""
        self._settle.stop()
        if not 0 <= self.current < len(self.matches):
            return
        window = self.window_
        actor_id = self.matches[self.current]
        scene = window.scene
        item = scene.actor_items.get(actor_id)
        if item is None:
            return
        if not item.isVisible() and scene.map_filter != MapFilter():
            scene.set_filter(MapFilter())  # a filter or focus hid it: show the whole map
            window.statusBar().showMessage(
                self.tr("The filter is cleared to show the match."), 6000
            )
        else:  # what the status said about the zoom no longer holds
            window.statusBar().clearMessage()
        window.controller.set_selection([actor_id])
        # hidden in a collapsed organisation: its node stands for it
        where = item if item.isVisible() else scene.collapsed_items.get(item.actor.organisation)
        if where is not None:
            centre_on(window, where.scenePos())
        self.mark.mark(where, actor_id)
        self._say()

    def ring_chosen_elsewhere(self, ids: tuple[str, ...]) -> None:
        """Ring one actor chosen outside the map (a table row) whose name cannot be read at
        this zoom (see :mod:`ui.window.find_mark`)."""
        item = self.window_.scene.actor_items.get(ids[0]) if len(ids) == 1 else None
        if item is None or not item.isVisible() or self.mark.item is item:
            return
        if not item.label_hidden and self.window_.view.zoom() * item.scale() >= LOD_TEXT:
            return  # its name reads: the selection's edge is enough
        self.mark.mark(item, ids[0])

    # ------------------------------------------------------------------ texts
    def _say(self) -> None:
        """The count beside the field ("3 of 12", or that nothing was found)."""
        lang = current_language()
        if self.matches:
            text = (
                self.tr("%1 of %2")
                .replace("%1", number(self.current + 1, lang))
                .replace("%2", number(len(self.matches), lang))
            )
        elif self.field.text().strip():
            text = self.tr("No actor found")
        else:
            text = ""
        self.count.setText(text)
        self.field.setStyleSheet(_NOT_FOUND if text and not self.matches else "")
        self.previous_button.setEnabled(len(self.matches) > 1)
        self.next_button.setEnabled(len(self.matches) > 1)

    # ------------------------------------------------------------------ keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter and Shift+Enter in the field."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.find_previous() if shift else self.enter()
                return True
        return super().eventFilter(watched, event)


def centre_on(window: MainWindow, point: QPointF) -> None:
    """Centre the map on ``point`` (scene coordinates), at least at the zoom where names read
    at their own size (closer stays closer)."""
    view = window.view
    zoom = max(view.zoom(), CLOSEST)
    room = clear_of_legend(view, (0.0, 0.0), FOUND_BOX)  # not under the open legend
    port = QRectF(view.viewport().rect())
    look_at(view, point + (port.center() - room.center()) / zoom, zoom)


def map_area(window: MainWindow, bar: FindBar) -> QWidget:
    """The window's middle: the find bar above the map."""
    area = QWidget(window)
    area.setObjectName("map_area")
    column = QVBoxLayout(area)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(bar)
    column.addWidget(window.view)
    return area
