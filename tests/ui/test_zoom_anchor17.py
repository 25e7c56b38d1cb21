"""Where a zoom keeps the map: a zoom from the keyboard, the menu or the toolbar keeps the
window's middle; the wheel keeps the point under the mouse (issue 15, the flaky
test_find_bar16 ring test). Qt's AnchorUnderMouse zoomed around the scene point of the last
mouse move over the map: after the find bar had centred an actor, Ctrl+- with the mouse
resting over the map jumped back to where the mouse had last moved, and the ring lost the
actor. Whether the mouse rested over the map depended on the tests a worker ran before."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.shared_window import SharedWindow, shared_window
from tests.ui.test_find_bar16 import press_ctrl_f, row_case
from tests.ui.test_wheel_zoom19 import wheel_event
from ui.window.main_window import MainWindow

__all__ = ["shared_window"]


def row_window(shared: SharedWindow, qtbot: QtBot) -> MainWindow:
    return shared.get(qtbot, "row", row_case, (1366, 768))


def mouse_rests_at(qtbot: QtBot, win: MainWindow, where: QPoint) -> None:
    """The mouse moved over the map to ``where`` (viewport pixels) and rests there."""
    port = win.view.viewport()
    QCursor.setPos(port.mapToGlobal(where))
    QTest.mouseMove(port, where)
    qtbot.waitUntil(win.view.underMouse)


def off_middle(win: MainWindow, where: QPointF) -> int:
    """How many pixels the scene point ``where`` is drawn from the map's middle."""
    return (win.view.mapFromScene(where) - win.view.viewport().rect().center()).manhattanLength()


def test_ctrl_minus_after_a_find_keeps_the_found_actor_with_the_mouse_over_the_map(
    shared_window: SharedWindow, qtbot: QtBot
) -> None:
    win = row_window(shared_window, qtbot)
    mouse_rests_at(qtbot, win, QPoint(60, 200))  # over the row's start, a0
    press_ctrl_f(qtbot, win)
    QTest.keyClicks(win.find_bar.field, "emile 20")
    QTest.keyClick(win.find_bar.field, Qt.Key.Key_Return)
    item = win.scene.actor_items["a20"]
    assert off_middle(win, item.pos()) <= 2
    zoom = win.view.zoom()
    win.view.zoom_out()
    assert win.view.zoom() < zoom
    assert off_middle(win, item.pos()) <= 2  # was the row's start
    ring = win.find_bar.mark

    def ringed() -> bool:  # the ring follows the zoom and the plate's size after it
        drawn = win.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return ring.isVisible() and ring.geometry().contains(drawn)

    qtbot.waitUntil(ringed)
    win.view.zoom_in()
    assert off_middle(win, item.pos()) <= 2


def test_the_wheel_keeps_the_point_under_the_mouse(
    shared_window: SharedWindow, qtbot: QtBot
) -> None:
    win = row_window(shared_window, qtbot)
    view = win.view
    port = view.viewport()
    at = QPoint(port.width() // 4, port.height() // 3)
    mouse_rests_at(qtbot, win, QPoint(port.width() - 40, port.height() - 40))
    under = view.mapToScene(at)
    for notches in (1, 1, -1):
        zoom = view.zoom()
        QApplication.sendEvent(port, wheel_event(view, notches, at))
        QApplication.processEvents()  # the wheel's zoom comes once the waiting events are
        port.repaint()  # handled; painted, the next step zooms at once (ui.canvas.wheel_zoom)
        assert view.zoom() != zoom
        assert (view.mapToScene(at) - under).manhattanLength() < 2 / view.zoom()
