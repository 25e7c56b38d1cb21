"""Accept where a user looks (new user, tenth round: "Accept is reachable only through the
right-click menu; the detail pane has no button for it"): a button under the Findings list and
Ctrl+Shift+A, both doing what the right-click menu does for the chosen finding or cause."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from mapper import analyse
from models.example import example_case
from tests.ui.docks_support import english_ui  # noqa: F401 - fixture
from ui.docks.findings import CAUSE_ROLE, FINDING_ROLE, FindingsDock
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def dock(qtbot: QtBot) -> FindingsDock:
    controller = DocumentController(example_case())
    widget = FindingsDock(controller)
    qtbot.addWidget(widget)
    widget.resize(460, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_analysis(analyse(controller.case))
    return widget


def _button(dock: FindingsDock) -> QPushButton:
    found = dock.findChild(QPushButton, "accept_finding")
    assert isinstance(found, QPushButton)
    return found


def test_the_button_accepts_the_chosen_finding(dock: FindingsDock, qtbot: QtBot) -> None:
    button = _button(dock)
    assert button.isVisible()
    assert not button.isEnabled()  # nothing chosen yet
    assert "Ctrl+Shift+A" in button.toolTip()
    item = dock.finding_items()[0]
    finding = item.data(FINDING_ROLE)
    dock.view.setCurrentIndex(item.index())
    assert button.isEnabled()
    assert button.text() == "Accept with reason…"
    asked: list[str] = []

    def answer(title: str) -> tuple[str, str, date | None]:
        asked.append(title)
        return "Besproken", "MT", None

    dock.acceptance.ask = answer
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [finding.title("en")]
    assert [a.finding for a in dock.controller.case.accepted] == [finding.id]
    assert dock.controller.undo_stack.count() == 1
    dock.set_analysis(analyse(dock.controller.case))
    accepted = dock.accepted_items()[0]
    dock.view.setCurrentIndex(accepted.index())
    assert button.text() == "Withdraw acceptance"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert list(dock.controller.case.accepted) == []


def test_ctrl_shift_a_accepts_the_chosen_cause(dock: FindingsDock, qtbot: QtBot) -> None:
    cause_item = dock.cause_items()[0]
    cause = cause_item.data(CAUSE_ROLE)
    dock.view.setCurrentIndex(cause_item.index())
    dock.view.setFocus()
    qtbot.waitUntil(dock.view.hasFocus)
    dock.acceptance.ask = lambda _title: ("Loopt via de directie", "MT", date(2027, 3, 1))
    QTest.keyClick(
        dock.view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [a.finding for a in dock.controller.case.accepted] == list(cause.findings)
    assert dock.controller.undo_stack.count() == 1


def test_a_building_block_has_nothing_to_accept(dock: FindingsDock) -> None:
    block = dock.finding_items()[0].parent()
    dock.view.setCurrentIndex(block.index())
    assert not _button(dock).isEnabled()


def test_help_shortcuts_lists_it(window: MainWindow) -> None:
    from ui.window.menus import shortcuts_html

    shown = shortcuts_html(window)
    assert "Accept the chosen finding with a reason (Findings panel)" in shown
    assert "Ctrl+Shift+A" in shown
