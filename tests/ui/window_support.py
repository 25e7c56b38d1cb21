"""Open the main window the way the UI tests do, and let its background work finish."""

from __future__ import annotations

import warnings
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mapper import analyse
from models import Case
from models.example import example_case
from models.i18n import Lang
from ui.background.analysis_cache import ANALYSES
from ui.canvas.scene import MapScene
from ui.document.controller import DocumentController
from ui.present import PresentationWindow
from ui.window.main_window import MainWindow

__all__ = ["drop_file", "open_window", "present", "settle"]


def open_window(
    qtbot: QtBot,
    tmp_path: Path,
    controller: DocumentController,
    size: tuple[int, int] = (1366, 768),
) -> MainWindow:
    """The main window on ``controller``, settings in ``tmp_path``, without the safety hooks,
    shown at ``size``; closing it never asks to save."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(controller, settings=settings, safety=False)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.files.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    return win


def settle(win: MainWindow) -> None:
    """Wait for the window's analysis and layout to finish (at the end of a test)."""
    runner = win.analysis_runner()
    if runner is not None:
        runner.wait()
    win.layouts.wait()


def present(qtbot: QtBot, window: MainWindow) -> PresentationWindow:
    """Start presentation mode the way a user does (F5 on the focused map), without the step
    animation (steps land at once; the animation has its own test)."""
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_F5)
    presentation = window.presenter.presentation
    assert presentation is not None
    presentation.view.animate = False
    qtbot.waitExposed(presentation)
    return presentation


def example_presentation(
    qtbot: QtBot, size: tuple[int, int], lang: Lang
) -> tuple[Case, MapScene, PresentationWindow]:
    """The example case in a presentation window of ``size``, shown, without the step
    animation: the case, its map scene and the window."""
    case = example_case()
    scene = MapScene(case)
    analysis, _seconds = ANALYSES.analysed(case, None, analyse)  # the example's, as the app's
    presentation = PresentationWindow(scene, analysis, lang)
    qtbot.addWidget(presentation)
    presentation.view.animate = False
    presentation.resize(*size)
    presentation.show()
    qtbot.waitExposed(presentation)
    return case, scene, presentation


def drop_file(target: QWidget, path: Path) -> tuple[bool, bool]:
    """Drag ``path`` onto ``target`` and drop it there, as a file manager does: whether the
    drag-enter and the drop were accepted."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # PySide marks the QPoint constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(100, 100), Qt.DropAction.CopyAction, data, buttons, modifiers
        )
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, data, buttons, modifiers)
    if enter.isAccepted():
        QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()
