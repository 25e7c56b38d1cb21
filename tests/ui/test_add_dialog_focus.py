"""The Add need / relationship / mandate dialogs take the keyboard in their first field (new
user, tenth round: after "Besluit toevoegen" the typing went nowhere until the field was
clicked)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.docks.dialogs import AddMandateDialog, AddNeedDialog
from ui.docks.tables_dock import TablesDock
from ui.window.main_window import MainWindow


def test_typing_after_add_need_goes_into_the_decision(window: MainWindow, qtbot: QtBot) -> None:
    dock = window.findChild(TablesDock)
    assert isinstance(dock, TablesDock)
    needs = next(t for t in dock.tables if t.objectName() == "needs_dock")
    dock.show_table(needs)
    QTest.mouseClick(needs.add_button, Qt.MouseButton.LeftButton)
    dialog = needs.dialog
    assert isinstance(dialog, AddNeedDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    typed_into = QApplication.focusWidget()
    assert typed_into is not None
    QTest.keyClicks(typed_into, "Huur bevriezen")
    assert dialog.decision.text() == "Huur bevriezen"
    dialog.reject()


@pytest.mark.parametrize("kind", [AddMandateDialog, AddNeedDialog])
def test_the_first_field_has_the_focus(
    window: MainWindow, qtbot: QtBot, kind: type[AddMandateDialog | AddNeedDialog]
) -> None:
    dialog = kind(window.controller.case, "en", window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    first = dialog.first_field()
    assert first is not None
    qtbot.waitUntil(first.hasFocus)
    dialog.reject()
