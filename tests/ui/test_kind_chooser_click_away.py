"""The kind chooser after naming a new actor keeps what it shows when the user clicks or
double-clicks elsewhere (issue 12; new user, eighth round N4: "my next double-click
elsewhere dismissed it silently"): leaving it is answering it, as leaving a cell in a
spreadsheet; only Escape skips. The double-click still adds the next actor."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models import ActorKind
from tests.ui.test_first_run import _name_a_new_actor
from ui.canvas.kind_chooser import KindSphereChooser
from ui.window.main_window import MainWindow


def _far_from(chooser: KindSphereChooser) -> QPoint:
    """A point of the view's viewport away from the chooser and the new actor."""
    port = chooser.view.viewport().rect()
    spot = chooser.geometry()
    x = port.width() // 6 if spot.center().x() > port.width() // 2 else port.width() * 5 // 6
    y = port.height() // 6 if spot.center().y() > port.height() // 2 else port.height() * 5 // 6
    return QPoint(x, y)


def test_a_double_click_elsewhere_keeps_the_chosen_kind_and_adds_the_next_actor(
    empty_window: MainWindow, qtbot: QtBot
) -> None:
    win = empty_window
    ctl = win.controller
    chooser = _name_a_new_actor(win, "Buurtkracht")
    first = chooser.actor_id
    chooser.kind_box.setCurrentIndex(chooser.kind_box.findData(ActorKind.PARTNER))
    steps = ctl.undo_stack.count()
    QTest.mouseDClick(win.view.viewport(), Qt.MouseButton.LeftButton, pos=_far_from(chooser))
    assert ctl.case.actors.get(first).kind == ActorKind.PARTNER  # type: ignore[union-attr]
    assert not chooser.isVisible()
    assert len(ctl.case.actors) == 2, "the double-click added the next actor"
    assert ctl.undo_stack.count() == steps + 2  # the kind, then the new actor
    ctl.undo_stack.undo()
    ctl.undo_stack.undo()
    assert ctl.case.actors.get(first).kind == ActorKind.OTHER  # type: ignore[union-attr]


def test_a_click_elsewhere_keeps_the_shown_kind_escape_still_skips(
    empty_window: MainWindow, qtbot: QtBot
) -> None:
    win = empty_window
    ctl = win.controller
    chooser = _name_a_new_actor(win, "Buurtkracht")
    chooser.kind_box.setCurrentIndex(chooser.kind_box.findData(ActorKind.MEDIA))
    QTest.mouseClick(win.view.viewport(), Qt.MouseButton.LeftButton, pos=_far_from(chooser))
    assert not chooser.isVisible()
    kind = ctl.case.actors.get(chooser.actor_id).kind  # type: ignore[union-attr]
    assert kind == ActorKind.MEDIA
