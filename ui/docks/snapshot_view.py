"""A snapshot's map in its own read-only window, opened from the Timeline dock.

The editor's own view without a controller: its look, fit and readable names, and nothing to
edit (a bare case makes a read-only scene). Esc and Ctrl+W close it, as any viewer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from mapper.timeline import case_at
from models import Case
from models.i18n import long_date
from ui.i18n import current_language

if TYPE_CHECKING:
    from ui.canvas.view import MapView

__all__ = ["open_snapshot"]


class _CloseKeys(QObject):
    """Closes its parent window on Esc or Ctrl+W (the map view would take Esc itself)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            closing = event.key() == Qt.Key.Key_Escape
            if closing or event.matches(QKeySequence.StandardKey.Close):
                parent = self.parent()
                if isinstance(parent, QWidget):
                    parent.close()
                return True
        return super().eventFilter(watched, event)


def _spread_for_names(case: Case, view: MapView) -> None:
    """Move ``case``'s actors (a snapshot's copy, shown read-only in ``view``) apart as the
    editor's layout does, so every name is readable in the view, then fit it again."""
    from mapper.layout.grouping import organisations_of
    from mapper.layout.reading import spread_for_reading

    positions = {a.id: a.position for a in case.actors if a.position is not None}
    if len(positions) < 2:
        return
    sizes = view.map_scene.actor_sizes()
    plates, room = view.reading()
    case.set_positions(spread_for_reading(positions, sizes, plates, room, *organisations_of(case)))
    view.fit_to_window()


def open_snapshot(parent: QWidget, case: Case, snap_id: str) -> QDialog:
    """Show snapshot ``snap_id`` of ``case`` read-only in a window of its own (shown)."""
    from ui.canvas.scene import MapScene
    from ui.canvas.view import MapView

    snap = case.timeline.snapshot(snap_id)
    assert snap is not None
    then = case_at(case, snap_id)
    lang = current_language()
    window = QDialog(parent)
    window.setObjectName("snapshot_view")
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    title = QCoreApplication.translate("TimelineDock", "The map on %1 (read-only)")
    window.setWindowTitle(title.replace("%1", long_date(snap.date, lang)))
    text = QCoreApplication.translate(
        "TimelineDock", "Snapshot \u201c%1\u201d: the map as it was on %2. Read-only."
    )
    banner = QLabel(text.replace("%1", snap.label).replace("%2", long_date(snap.date, lang)))
    banner.setObjectName("snapshot_banner")
    banner.setWordWrap(True)
    banner.setStyleSheet("background:#fff3cd; color:#5c4400; padding:6px; font-weight:bold")
    scene = MapScene(then, lang, window)
    view = MapView(scene, window)
    view.setObjectName("snapshot_map")
    view.setInteractive(False)  # no selection, no drag: it only shows
    layout = QVBoxLayout(window)
    layout.addWidget(banner)
    layout.addWidget(view, 1)
    top = parent.window()
    room = top.size() if top is not parent else window.size()
    window.resize(max(900, room.width() * 4 // 5), max(600, room.height() * 4 // 5))
    closer = _CloseKeys(window)
    view.installEventFilter(closer)
    window.installEventFilter(closer)
    window.show()
    view.fit_to_window()
    _spread_for_names(then, view)
    return window
