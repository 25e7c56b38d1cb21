"""Far out, a click on one actor repaints its plate, not the whole map (issue 14, rev-user15
G2: menus and dialogs were slow to paint at 10,000 actors). Opening a menu recomputes nothing
(File's only aboutToShow fills the recent files); what was ours is the selection: selecting an
actor fanned out its bundles, their lines moved across the map, and the whole map was painted
again, 7,889 lines for one actor of 2,000 at 13 % (0.43 s; about 2 s at 10,000). Under
LOD_ARROWS (0.3) fanned lines a pixel apart cannot be told apart: the selection's bundles stay
closed there and open as the user zooms in. Counted by the region painted, not timed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from tests.ui.test_readable import window_at
from ui.canvas.bundles import pair_key
from ui.canvas.item_base import LOD_ARROWS
from ui.window.main_window import MainWindow

__all__ = ["window_at"]


class Painted(QObject):
    """The regions the viewport paints."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.region().boundingRect())  # type: ignore[attr-defined]
        return False


def test_far_out_a_selection_repaints_the_plate_not_the_map(
    window_at: object, qtbot: QtBot
) -> None:
    win: MainWindow = window_at(generate_case(1000, seed=0), (1366, 768))  # type: ignore[operator]
    view, scene = win.view, win.scene
    view.zoom_by(0.2 / view.zoom())  # far out, as a fitted 2,000-actor map (13 %)
    qtbot.waitUntil(view.settled)
    assert view.zoom() < LOD_ARROWS
    edges = [e for e in scene.relationship_items.values() if e.isVisible()]
    busiest = max(scene.actor_items, key=lambda a: sum(1 for e in edges if a in pair_key(e)))
    pairs = {pair_key(e) for e in edges if busiest in pair_key(e)}
    QApplication.processEvents()
    painted = Painted()
    view.viewport().installEventFilter(painted)

    win.controller.set_selection([busiest])
    qtbot.waitUntil(view.settled)
    QApplication.processEvents()
    assert scene.actor_items[busiest].isSelected()
    area = view.viewport().width() * view.viewport().height()
    biggest = max((r.width() * r.height() for r in painted.rects), default=0)
    assert biggest < 0.01 * area, (painted.rects, area)  # old: 827 x 132 px, the row
    assert not any(scene.bundle_open(*pair) for pair in pairs)
    # closer in, its bundles open as before
    view.zoom_by(1.0 / view.zoom())
    qtbot.waitUntil(view.settled)
    assert all(scene.bundle_open(*pair) for pair in pairs)
    view.zoom_by(0.2 / view.zoom())  # and close again far out
    assert not any(scene.bundle_open(*pair) for pair in pairs)
