"""Only the table in front is shown in the Tables dock (new user, tenth round, at 1920 x 1080 in
Dutch: "Besluit toevoegen" covered a second button and "Verwijderen" a third, cut to "en": the
buttons of tables never chosen were drawn behind the chosen one's)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ui.docks.tables_dock import TablesDock
from ui.window.main_window import MainWindow


def _visible_buttons(dock: TablesDock) -> list[tuple[str, QRect]]:
    shown = []
    for button in dock.findChildren(QPushButton):
        if button.isVisible():
            shown.append((button.text(), QRect(button.mapTo(dock, QPoint(0, 0)), button.size())))
    return shown


def test_each_table_chosen_shows_only_its_own_buttons(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1920, 1080)
    dock = window.findChild(TablesDock)
    assert isinstance(dock, TablesDock)
    needs = next(t for t in dock.tables if t.objectName() == "needs_dock")
    dock.show_table(needs)  # chosen first: the tables after it were never in front
    qtbot.waitUntil(needs.isVisible)
    for table in [needs, *dock.tables]:
        dock.show_table(table)
        qtbot.waitUntil(table.isVisible)
        assert [t for t in dock.tables if t.isVisible()] == [table]
        buttons = _visible_buttons(dock)
        assert {text for text, _ in buttons} >= {table.add_button.text()}
        for i, (text, rect) in enumerate(buttons):
            for other, place in buttons[i + 1 :]:
                assert not rect.intersects(place), (text, other)
