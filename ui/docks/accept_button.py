"""The Findings dock's Accept button and its shortcut.

Accepting a finding with a reason was reachable only through the list's right-click menu (new
user, tenth round: "Accept is reachable only through the right-click menu; the detail pane has
no button for it"). The button under the list does what that menu's first entry does for the
finding or cause chosen in the list: "Accept with reason…", or on an accepted finding "Withdraw
acceptance". Ctrl+Shift+A does the same while the dock has the keyboard; the tooltip says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

__all__ = ["ACCEPT_KEYS", "AcceptButton"]

ACCEPT_KEYS = "Ctrl+Shift+A"


class AcceptButton(QPushButton):
    """Runs the first right-click action of the chosen item; disabled where there is none."""

    def __init__(
        self,
        dock: QWidget,
        view: QAbstractItemView,
        actions_at: Callable[[QModelIndex], list[QAction]],
    ) -> None:
        super().__init__(dock)
        self.setObjectName("accept_finding")
        self._view = view
        self._actions_at = actions_at
        view.selectionModel().currentChanged.connect(self.update_state)
        view.model().modelReset.connect(self.update_state)
        self.accept_action = QAction(dock)
        self.accept_action.setObjectName("accept_finding_shortcut")
        self.accept_action.setShortcut(QKeySequence(ACCEPT_KEYS))
        self.accept_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.accept_action.triggered.connect(self.run)
        dock.addAction(self.accept_action)
        self.clicked.connect(self.run)
        self.update_state()

    def _actions_now(self) -> list[QAction]:
        return self._actions_at(self._view.currentIndex())

    def run(self) -> bool:
        """Accept (or withdraw) what is chosen in the list; whether there was anything."""
        actions = self._actions_now()  # made for this one use, as the right-click menu does
        try:
            if not actions or not actions[0].isEnabled():
                return False
            actions[0].trigger()
            return True
        finally:
            for action in actions:
                action.deleteLater()

    def update_state(self) -> None:
        """Follow the chosen item: the action's own text, enabled only where it applies."""
        actions = self._actions_now()
        usable = bool(actions) and actions[0].isEnabled()
        accept = QCoreApplication.translate("AcceptanceMenu", "Accept with reason…")
        self.setText(actions[0].text() if usable else accept)
        for action in actions:
            action.deleteLater()
        self.setEnabled(usable)
        self.accept_action.setEnabled(usable)
        keys = QKeySequence(ACCEPT_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.setToolTip(
            QCoreApplication.translate(
                "AcceptButton",
                "Accept the chosen finding, or every finding of the chosen cause, with a "
                "reason; on an accepted finding: withdraw the acceptance (%1)",
            ).replace("%1", keys)
        )
