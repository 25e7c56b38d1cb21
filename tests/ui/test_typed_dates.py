"""Dates are typed as a user writes them, and the calendar opens on today (new user, twelfth
round B2: '31-12-2026' + Tab showed '—31-12-2026' and was dropped, '15 januari 2027' went
back to '—', and the ▾ of a date without a value opened the calendar on januari 1900)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QValidator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionSpinBox, QWidget
from pytestqt.qtbot import QtBot

from ui.docks.editors import NULL_DATE, NullableDateEdit
from ui.docks.properties import PropertiesDock
from ui.document.controller import DocumentController


def _dock(qtbot: QtBot, controller: DocumentController) -> PropertiesDock:
    dock = PropertiesDock(controller)
    qtbot.addWidget(dock)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def _editor(dock: PropertiesDock, name: str) -> QWidget:
    """The editor of ``name`` once the pane has settled (it builds its editors anew)."""
    QApplication.processEvents()
    return dock.editors[name]


def _type(qtbot: QtBot, field: QWidget, text: str, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, text)
    QTest.keyClick(field, key)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("31-12-2026", date(2026, 12, 31)),
        ("31/12/2026", date(2026, 12, 31)),
        ("2026-12-31", date(2026, 12, 31)),
        ("15 januari 2027", date(2027, 1, 15)),
        ("4 december 2026", date(2026, 12, 4)),
        ("4 December 2026", date(2026, 12, 4)),
        ("30-11-26", date(2026, 11, 30)),  # a year of two digits
    ],
)
def test_a_typed_date_is_the_mandates_end_date_and_one_undo_step(
    qtbot: QtBot, controller: DocumentController, typed: str, day: date
) -> None:
    dock = _dock(qtbot, controller)
    controller.set_selection(["m1"])
    until = _editor(dock, "valid_until")
    assert isinstance(until, NullableDateEdit)
    assert until.text() == "—"
    steps = controller.undo_stack.count()
    _type(qtbot, until, typed)
    mandate = controller.case.mandates.get("m1")
    assert mandate is not None
    assert mandate.valid_until == day, until.text()
    assert controller.undo_stack.count() == steps + 1  # a step in History
    assert "—" not in until.text()
    assert not until.hasFocus()  # Tab left the field (it moved between day and month)


def test_the_needs_deadline_and_the_reference_date_take_typed_dates_with_return(
    qtbot: QtBot, controller: DocumentController
) -> None:
    dock = _dock(qtbot, controller)
    controller.set_selection(["n1"])
    deadline = _editor(dock, "deadline")
    _type(qtbot, deadline, "15 januari 2027", Qt.Key.Key_Return)
    need = controller.case.needs.get("n1")
    assert need is not None
    assert need.deadline == date(2027, 1, 15)
    controller.set_selection([])
    as_of = _editor(dock, "as_of")
    _type(qtbot, as_of, "4 december 2026", Qt.Key.Key_Return)
    assert controller.case.info.as_of == date(2026, 12, 4)


def test_digits_on_their_way_to_a_date_are_not_taken_before_the_field_is_left(
    qtbot: QtBot,
) -> None:
    """(new user, review 23, under a real X display) typing 30-11-2026 gave 30-11-2020: at
    "30-11-20" the field took the date of 2020, showed "30 november 2020", and the "26"
    typed next made it "202026". Digits stay as typed until the field is left."""
    field = NullableDateEdit()
    qtbot.addWidget(field)
    for partial in ("30-11-20", "2026-12-3", "30-11-2026"):
        assert field.validate(partial, len(partial))[0] is QValidator.State.Intermediate
    assert field.fixup("30-11-20") == field.fixup("30 november 2020")
    assert field.fixup("30-11-2026").replace("N", "n") == "30 november 2026"
    assert field.fixup("31-02-2026") == "31-02-2026"  # no such day: left as it is


def test_an_unreadable_date_gives_the_field_its_date_back(
    qtbot: QtBot, controller: DocumentController
) -> None:
    dock = _dock(qtbot, controller)
    controller.set_selection(["m1"])
    until = _editor(dock, "valid_until")
    assert isinstance(until, NullableDateEdit)
    steps = controller.undo_stack.count()
    _type(qtbot, until, "31-02-2026")  # no such day
    assert controller.undo_stack.count() == steps
    assert until.text() == "—"


@pytest.mark.qt_log_ignore("grabbing the keyboard")  # the offscreen platform's popup
def test_the_calendar_opens_on_today_also_from_the_arrow(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    field = NullableDateEdit(holder)
    field.clear_date()  # a fresh field: no date ("—")
    QLineEdit(holder).move(0, 40)  # somewhere for the focus to be
    holder.resize(300, 100)
    holder.show()
    qtbot.waitExposed(holder)
    assert field.date() == NULL_DATE
    option = QStyleOptionSpinBox()
    field.initStyleOption(option)
    arrow = field.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxDown, field
    )
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(arrow.center()))
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    calendar.window().hide()
