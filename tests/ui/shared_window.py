"""One real window per map and test module for the tests that only read it (issue 15, the
suite's time): a window on a 600- or 1,000-actor map costs 0.7-1.5 s of CPU to open and fit,
one on 40 actors 0.2 s, and several tests of one file each opened their own on the same map.

A window is made the first time a test of the module asks for its map, inside that test
(after the test's own fixtures: English, a home of its own, the collector off), and closed
when the module ends. Each later test gets it back as a fresh window shows the map: nothing
selected, no filter, the find bar closed and empty, the whole map fitted. A test that patches
the window patches it with ``monkeypatch`` so that the patch goes when the test ends; a test
that edits the case has a window of its own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from models import Case
from ui.document.controller import DocumentController
from ui.window import map_focus
from ui.window.main_window import MainWindow

__all__ = ["SharedWindow", "shared_window"]


class SharedWindow:
    """The module's windows, one per map, made on first use and given back clean."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.windows: dict[str, MainWindow] = {}

    def get(
        self, qtbot: QtBot, name: str, case: Callable[[], Case], size: tuple[int, int]
    ) -> MainWindow:
        """The window on the map called ``name`` (``case`` makes it the first time)."""
        win = self.windows.get(name)
        if win is None:
            settings = QSettings(str(self.folder / f"{name}.ini"), QSettings.Format.IniFormat)
            controller = DocumentController()
            controller.replace_case(case(), None)
            win = MainWindow(controller, settings=settings, safety=False)
            win.resize(*size)
            win.show()
            qtbot.waitExposed(win)
            # as tests.ui.test_readable.window_at: no "save changes?" box when it closes
            win.files.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
            self.windows[name] = win
        else:
            assert (win.width(), win.height()) == size
            win.controller.set_selection([])
            if win.scene.map_filter.active:
                map_focus.show_everything(win)
            bar = win.find_bar
            if bar.isVisible():
                bar.close_bar()
            bar.field.clear()
            bar.matches, bar.current = [], -1
        win.view.fit_to_window()  # what the app does after showing the window
        qtbot.waitUntil(win.view.settled)
        return win

    def close(self) -> None:
        windows, self.windows = self.windows, {}
        for win in windows.values():
            runner = win.analysis_runner()
            if runner is not None:
                runner.wait()
            win.layouts.wait()
            win.close()
            win.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="module")
def shared_window(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SharedWindow]:
    """The module's windows: ``shared_window.get(qtbot, "m600", make_case, (1366, 768))``."""
    shared = SharedWindow(tmp_path_factory.mktemp("shared_window"))
    yield shared
    shared.close()
