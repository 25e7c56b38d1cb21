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
from tests.ui.docks_support import english_ui  # noqa: F401 - fixture
from ui.docks.findings import CAUSE_ROLE, FINDING_ROLE, FindingsDock
from ui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


def _button(example_findings_dock: FindingsDock) -> QPushButton:
    found = example_findings_dock.findChild(QPushButton, "accept_finding")
    assert isinstance(found, QPushButton)
    return found


def test_the_button_accepts_the_chosen_finding(
    example_findings_dock: FindingsDock, qtbot: QtBot
) -> None:
    button = _button(example_findings_dock)
    assert button.isVisible()
    assert not button.isEnabled()  # nothing chosen yet
    assert "Ctrl+Shift+A" in button.toolTip()
    item = example_findings_dock.finding_items()[0]
    finding = item.data(FINDING_ROLE)
    example_findings_dock.view.setCurrentIndex(item.index())
    assert button.isEnabled()
    assert button.text() == "Accept with reason…"
    asked: list[str] = []

    def answer(title: str) -> tuple[str, str, date | None]:
        asked.append(title)
        return "Besproken", "MT", None

    example_findings_dock.acceptance.ask = answer
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [finding.title("en")]
    assert [a.finding for a in example_findings_dock.controller.case.accepted] == [finding.id]
    assert example_findings_dock.controller.undo_stack.count() == 1
    example_findings_dock.set_analysis(analyse(example_findings_dock.controller.case))
    accepted = example_findings_dock.accepted_items()[0]
    example_findings_dock.view.setCurrentIndex(accepted.index())
    assert button.text() == "Withdraw acceptance"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert list(example_findings_dock.controller.case.accepted) == []


def test_ctrl_shift_a_accepts_the_chosen_cause(
    example_findings_dock: FindingsDock, qtbot: QtBot
) -> None:
    cause_item = example_findings_dock.cause_items()[0]
    cause = cause_item.data(CAUSE_ROLE)
    example_findings_dock.view.setCurrentIndex(cause_item.index())
    example_findings_dock.view.setFocus()
    qtbot.waitUntil(example_findings_dock.view.hasFocus)
    example_findings_dock.acceptance.ask = lambda _title: (
        "Loopt via de directie",
        "MT",
        date(2027, 3, 1),
    )
    QTest.keyClick(
        example_findings_dock.view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [a.finding for a in example_findings_dock.controller.case.accepted] == list(
        cause.findings
    )
    assert example_findings_dock.controller.undo_stack.count() == 1


def test_a_building_block_has_nothing_to_accept(example_findings_dock: FindingsDock) -> None:
    block = example_findings_dock.finding_items()[0].parent()
    example_findings_dock.view.setCurrentIndex(block.index())
    assert not _button(example_findings_dock).isEnabled()


def test_help_shortcuts_lists_it(window: MainWindow) -> None:
    from ui.window.menus import shortcuts_html

    shown = shortcuts_html(window)
    assert "Accept the chosen finding with a reason (Findings panel)" in shown
    assert "Ctrl+Shift+A" in shown
