"""The status sentence about a finding's actors stays as long as their selection does.

A click on a finding selects what it names and shows its actors; of more than two, the status
bar says how many and whether their names can be read (:mod:`ui.canvas.view_subject`). That
sentence went after six seconds while the selection stayed, so at 10,000 actors the user was
left with 342 selected actors nobody named (rev-user16 U3: "De 342 actoren …" gone at +8 s).
Here it stays until the selection changes or another message takes its place, and after a zoom
it says again what holds at the new zoom (how many of their names can be read).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ui.canvas.view_subject import show_subject, subject_words

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

__all__ = ["SubjectNote"]

REWORD_MS = 200  # after a burst of wheel steps, the sentence is said again once


class SubjectNote(QObject):
    """Shows a finding's subject on ``window``'s map and keeps its sentence in the status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.text = ""  # the sentence shown now ("" when none is kept)
        self.ids: tuple[str, ...] = ()  # the subject's actors
        self.selection: tuple[str, ...] = ()  # the selection the sentence is about
        self._reword = QTimer(self)
        self._reword.setSingleShot(True)
        self._reword.setInterval(REWORD_MS)
        self._reword.timeout.connect(self._say)
        window.controller.selection_changed.connect(self._on_controller_selection_changed)
        window.view.zoom_changed.connect(self._on_view_zoom_changed)
        window.statusBar().messageChanged.connect(self._on_status_message_changed)

    def show(self, actor_ids: tuple[str, ...]) -> None:
        """Show the actors ``actor_ids`` a finding is about and keep what the bar says of them."""
        self.text = ""
        show_subject(self.window.view, actor_ids)  # says it for a few seconds
        self.ids = tuple(actor_ids)
        self.selection = tuple(self.window.controller.selection)
        self._say()

    def words(self) -> str:
        """The sentence about the subject at the view's zoom ("" for two actors or fewer)."""
        view = self.window.view
        items = view.map_scene.actor_items
        shown = [items[a] for a in dict.fromkeys(self.ids) if a in items and items[a].isVisible()]
        if len(shown) <= 2:
            return ""
        named = view.named()
        selected = sum(1 for i in items.values() if i.isSelected() and i.isVisible())
        readable = sum(1 for i in shown if i.entity_id in named)
        return subject_words(len(shown), readable, view.zoom(), selected)

    def _say(self) -> None:
        if not self.ids:
            return
        text = self.words()
        if not text:
            self._forget()
            return
        self.text = text
        self.window.messages.show(text, 0)  # until the selection changes

    def _forget(self) -> None:
        self._reword.stop()
        self.text, self.ids, self.selection = "", (), ()

    def _on_controller_selection_changed(self, ids: tuple[str, ...]) -> None:
        if self.ids and tuple(ids) != self.selection:
            if self.text and self.window.statusBar().currentMessage() == self.text:
                self.window.statusBar().clearMessage()
            self._forget()

    def _on_view_zoom_changed(self, _zoom: float) -> None:
        if self.ids:
            self._reword.start()

    def _on_status_message_changed(self, text: str) -> None:
        if self.text and text != self.text:
            self._forget()  # another message took its place: it is not said again
