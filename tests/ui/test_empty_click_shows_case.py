"""A click on the empty map always shows the Case in Properties (issue 12; new user, eleventh
round A5: after Map › Add agreement a click on the empty map kept the agreement in
Properties, so the case title the user typed renamed the agreement)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ui.docks.properties import PropertiesDock
from ui.window.main_window import MainWindow


def _empty_spot(window: MainWindow) -> QPoint:
    """A point of the map's viewport with nothing drawn under it."""
    port = window.view.viewport().rect()
    for y in range(10, port.height() - 10, 20):
        for x in range(10, port.width() - 10, 20):
            if window.view.itemAt(QPoint(x, y)) is None:
                return QPoint(x, y)
    raise AssertionError("no empty spot on the map")


def _dock(window: MainWindow) -> PropertiesDock:
    dock = window.findChild(PropertiesDock)
    assert isinstance(dock, PropertiesDock)
    return dock


def test_a_click_on_the_empty_map_after_add_agreement_shows_the_case(
    window: MainWindow, qtbot: QtBot
) -> None:
    ctl = window.controller
    add = next(a for a in window.menus["map"].actions() if a.text() == "Add agreement")
    add.trigger()
    agreement = ctl.case.agreements[len(ctl.case.agreements) - 1]
    assert ctl.selection == (agreement.id,)
    assert _dock(window).heading.text() != "Case"
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=_empty_spot(window))
    assert not ctl.selection  # nothing chosen: the Case
    dock = _dock(window)
    assert dock.heading.text() == "Case"
    assert dock.target_ids == ()
    assert "title" in dock.editors


def test_a_click_on_the_empty_map_after_choosing_a_need_in_tables_shows_the_case(
    window: MainWindow, qtbot: QtBot
) -> None:
    ctl = window.controller
    need = next(iter(ctl.case.needs), None)
    assert need is not None, "small_case has a need"
    ctl.set_selection([need.id])
    assert _dock(window).target_ids == (need.id,)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=_empty_spot(window))
    assert not ctl.selection  # nothing chosen: the Case
    assert _dock(window).heading.text() == "Case"
