"""A window a test closed is deleted before the next test (tests/ui/conftest.py): alive and
hidden, every earlier window went through each later test's language switch and app-wide
events (test_chrome took 118 s CPU instead of 15)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.xdist_group("windows_deleted")  # the two run in order, on one worker

NAME = "test_windows_deleted: left by the test before"
HELD: list[QMainWindow] = []  # as the app's connections and caches hold a main window


def test_a_test_opens_a_window(qtbot: QtBot) -> None:
    window = QMainWindow()
    window.setObjectName(NAME)
    HELD.append(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert NAME in {w.objectName() for w in QApplication.topLevelWidgets()}


def test_the_window_of_the_test_before_is_gone(qtbot: QtBot) -> None:
    assert NAME not in {w.objectName() for w in QApplication.topLevelWidgets()}
