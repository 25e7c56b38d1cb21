"""The mouse wheel over a field it was not clicked into scrolls the panel and changes nothing
(new user, tenth round N1: one notch over Properties › Kind made Moeder Bakker a "Bestuurder",
and scrolling past Organisation took the Gezinsvoogd out of its organisation)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from models import Actor
from ui.docks.dialogs import AddMandateDialog
from ui.docks.properties import PropertiesDock
from ui.docks.timeline_parts import SnapshotDialog
from ui.window.main_window import MainWindow


def wheel(widget: QWidget, notches: int = -1) -> bool:
    """One real wheel event (a notch down by default) at the middle of ``widget``; whether
    some widget took it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def _actor_in_panel(window: MainWindow, qtbot: QtBot) -> tuple[PropertiesDock, Actor]:
    controller = window.controller
    actor = next(a for a in controller.case.actors if a.organisation)
    controller.set_selection([actor.id])
    dock = window.findChild(PropertiesDock)
    assert isinstance(dock, PropertiesDock)
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.editors["kind"].isVisible())
    window.view.setFocus()  # the map has the focus, as after a click on a plate
    return dock, actor


@pytest.mark.parametrize("field", ["kind", "sphere", "organisation", "influence"])
def test_the_wheel_over_an_unclicked_field_changes_nothing(
    example_window: MainWindow, qtbot: QtBot, field: str
) -> None:
    dock, actor = _actor_in_panel(example_window, qtbot)
    editor = dock.editors[field]
    assert isinstance(editor, (QComboBox, QAbstractSpinBox))
    assert not editor.hasFocus()
    before = example_window.controller.case.actors.get(actor.id)
    for notches in (-1, -1, 1, -3):
        wheel(editor, notches)
    qtbot.wait(10)
    assert example_window.controller.case.actors.get(actor.id) == before
    assert example_window.controller.undo_stack.count() == 0
    assert not editor.hasFocus()  # the wheel gives no focus either (Qt.StrongFocus)


def test_the_wheel_over_a_field_scrolls_the_panel(example_window: MainWindow, qtbot: QtBot) -> None:
    dock, _actor = _actor_in_panel(example_window, qtbot)
    bar = dock.scroll_area.verticalScrollBar()
    dock.resize(dock.width(), 260)  # short, as on a laptop: the form scrolls
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(0)
    kind = dock.editors["kind"]
    dock.scroll_area.ensureWidgetVisible(kind, 0, 0)
    start = bar.value()
    wheel(kind, -1)
    assert bar.value() > start  # the panel scrolled on


def test_a_clicked_field_still_takes_the_wheel(example_window: MainWindow, qtbot: QtBot) -> None:
    dock, actor = _actor_in_panel(example_window, qtbot)
    influence = dock.editors["influence"]
    assert isinstance(influence, QAbstractSpinBox)
    influence.setFocus()
    qtbot.waitUntil(influence.hasFocus)
    actors = example_window.controller.case.actors
    before = actor.influence
    wheel(influence, -1)
    after = actors.get(actor.id)
    assert after is not None
    assert after.influence == before - 1
    assert example_window.controller.undo_stack.count() == 1


def test_the_wheel_over_a_dialog_field_changes_nothing(
    example_window: MainWindow, qtbot: QtBot
) -> None:
    case = example_window.controller.case
    dialog = AddMandateDialog(case, "en", example_window)
    qtbot.addWidget(dialog)
    dialog.show()
    combos = [c for c in dialog.findChildren(QComboBox) if c.isVisible()]
    assert len(combos) >= 3
    chosen = [c.currentIndex() for c in combos]
    for combo in combos:
        wheel(combo, -1)
    assert [c.currentIndex() for c in combos] == chosen
    snapshot = SnapshotDialog(date(2026, 1, 1), example_window)
    qtbot.addWidget(snapshot)
    snapshot.show()
    day = snapshot.date.date()
    wheel(snapshot.date, 1)
    assert snapshot.date.date() == day
