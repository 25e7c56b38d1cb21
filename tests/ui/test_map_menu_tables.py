"""Map › Add need and Add agreement (new user, tenth round: "the Map menu has no entries for
needs or agreements, so I found them only in Tables")."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.docks.dialogs import AddNeedDialog
from ui.docks.tables_dock import TablesDock
from ui.window.main_window import MainWindow


def _entry(window: MainWindow, text: str) -> QAction:
    found = [a for a in window.menus["map"].actions() if a.text() == text]
    assert len(found) == 1, [a.text() for a in window.menus["map"].actions()]
    return found[0]


def test_add_need_from_the_map_menu(window: MainWindow, qtbot: QtBot) -> None:
    tables = window.findChild(TablesDock)
    assert isinstance(tables, TablesDock)
    needs = next(t for t in tables.tables if t.objectName() == "needs_dock")
    action = _entry(window, "Add need")
    action.trigger()
    dialog = needs.dialog
    assert isinstance(dialog, AddNeedDialog)
    qtbot.waitExposed(dialog)
    assert tables.current_table() is needs  # the table it lands in is in front
    dialog.decision.setText("Huur bevriezen")
    dialog.accept()
    assert [n.decision for n in window.controller.case.needs][-1] == "Huur bevriezen"
    assert window.controller.undo_stack.count() == 1


def test_add_agreement_from_the_map_menu(window: MainWindow, qtbot: QtBot) -> None:
    tables = window.findChild(TablesDock)
    assert isinstance(tables, TablesDock)
    before = len(window.controller.case.agreements)
    _entry(window, "Add agreement").trigger()
    assert len(window.controller.case.agreements) == before + 1
    current = tables.current_table()
    assert current is not None
    assert current.objectName() == "agreements_dock"
    assert QApplication.activeWindow() is window
