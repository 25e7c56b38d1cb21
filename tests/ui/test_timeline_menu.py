"""File › Save snapshot… and File › Timeline on the real main window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ui.docks.timeline import SnapshotDialog, TimelineDock
from ui.window.main_window import MainWindow


def _dock(window: MainWindow) -> TimelineDock:
    dock = window.findChild(TimelineDock, "timeline_dock")
    assert dock is not None
    return dock


def test_the_file_menu_holds_both_entries(window: MainWindow) -> None:
    names = [a.objectName() for a in window.menus["file"].actions()]
    assert names.index("file_save_snapshot") > names.index("file_save_as")
    assert names.index("file_timeline") == names.index("file_save_snapshot") + 1


def test_file_timeline_shows_the_dock(window: MainWindow, qtbot: QtBot) -> None:
    dock = _dock(window)
    dock.hide()
    window.actions_["file_timeline"].trigger()
    qtbot.waitUntil(dock.isVisible)


def test_file_save_snapshot_asks_and_saves_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    dock = _dock(window)
    dock.hide()
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SnapshotDialog)
        seen.append(dialog.windowTitle())
        dialog.label.setText("Na het overleg met de corporatie")
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()

    QTimer.singleShot(0, answer)
    window.actions_["file_save_snapshot"].trigger()
    assert seen == ["Save snapshot"]
    assert dock.isVisible()
    snaps = window.controller.case.timeline.snapshots
    assert [s.label for s in snaps] == ["Na het overleg met de corporatie"]
    assert window.controller.undo_stack.count() == 1
    window.controller.undo_stack.undo()
    assert not window.controller.case.timeline.snapshots


def test_cancel_saves_nothing(window: MainWindow) -> None:
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SnapshotDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    window.actions_["file_save_snapshot"].trigger()
    assert not window.controller.case.timeline.snapshots
    assert window.controller.undo_stack.count() == 0
