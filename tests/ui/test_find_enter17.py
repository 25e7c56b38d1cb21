"""Enter in the find bar after typing shows the first match, however fast it comes (issue 14,
new user 17, N1: typed "burgemeester 7", paused, pressed Enter, and the bar went on to
"Burgemeester 70"; the rename meant for the one went to the other)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models import Actor, Case, CaseInfo, Position
from tests.ui.docks_support import english_ui  # noqa: F401
from tests.ui.shared_window import SharedWindow, shared_window
from tests.ui.test_find_bar16 import press_ctrl_f
from ui.window.main_window import MainWindow

__all__ = ["shared_window"]

pytestmark = [
    pytest.mark.usefixtures("english_ui"),
    pytest.mark.xdist_group("find_bar16"),  # one worker (tests/xdist_groups.py)
]


def mayors() -> Case:
    """'Burgemeester 7' and the three names it is the start of, in a row."""
    numbers = (7, 70, 71, 72)
    actors = [
        Actor(f"b{n}", f"Burgemeester {n}", position=Position(500.0 * i, 0.0))
        for i, n in enumerate(numbers)
    ]
    return Case.from_parts(CaseInfo("Burgemeesters"), actors, [])


def typed(shared: SharedWindow, qtbot: QtBot, *, pause: bool) -> MainWindow:
    """The window with 'burgemeester 7' typed in the find bar and, with ``pause``, the view
    moved to the first match once typing paused."""
    win = shared.get(qtbot, "mayors", mayors, (1366, 768))
    press_ctrl_f(qtbot, win)
    QTest.keyClicks(win.find_bar.field, "burgemeester 7")
    assert win.find_bar.count.text() == "1 of 4"
    if pause:
        qtbot.waitUntil(lambda: win.controller.selection == ("b7",))  # the live search showed it
        assert not win.find_bar._settle.isActive()
    else:
        assert win.find_bar._settle.isActive()
    return win


@pytest.mark.parametrize("pause", [True, False], ids=["after-the-pause", "before-the-pause"])
def test_the_first_enter_after_typing_keeps_the_first_match(
    shared_window: SharedWindow, qtbot: QtBot, pause: bool
) -> None:
    win = typed(shared_window, qtbot, pause=pause)
    bar = win.find_bar
    QTest.keyClick(bar.field, Qt.Key.Key_Return)  # fails on old main after the pause: b70
    assert win.controller.selection == ("b7",)
    assert bar.count.text() == "1 of 4"
    QTest.keyClick(bar.field, Qt.Key.Key_Return)  # each further Enter goes on
    assert win.controller.selection == ("b70",)
    assert bar.count.text() == "2 of 4"
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert win.controller.selection == ("b71",)


def test_after_a_new_text_enter_starts_at_its_first_match_again(
    shared_window: SharedWindow, qtbot: QtBot
) -> None:
    win = typed(shared_window, qtbot, pause=True)
    bar = win.find_bar
    QTest.keyClick(bar.field, Qt.Key.Key_F3)  # F3 goes on from the match shown
    assert win.controller.selection == ("b70",)
    QTest.keyClick(bar.field, Qt.Key.Key_Backspace)
    QTest.keyClicks(bar.field, "2")
    qtbot.waitUntil(lambda: win.controller.selection == ("b72",))
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert win.controller.selection == ("b72",)
    assert bar.count.text() == "1 of 1"
