"""While the kind chooser of a new actor is open (new user, sixth round, 7 and issue 12):
the new actor's named plate stands clear of its neighbours' names (the teamleider lost its
name beside a new "Wijkagent politie Rivierstad Noord"), and the chooser, placed again once
the view has grown the plate, covers no part of it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models.example import example_case
from tests.ui.test_insert_placement import _named
from tests.ui.test_readable import window_at
from ui.canvas.kind_chooser import KindSphereChooser

__all__ = ["window_at"]  # the fixture, shared with test_readable


def test_while_the_chooser_is_open_every_name_stays_and_the_new_one_is_clear(
    window_at: object, qtbot: QtBot
) -> None:
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    view, stack = win.view, win.controller.undo_stack
    before = _named(view)
    lost: dict[str, set[str]] = {}
    covered: list[str] = []
    tried = 0
    for neighbour in sorted(view.map_scene.actor_items):
        item = view.map_scene.actor_items[neighbour]
        rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        click = QPoint(rect.right() + 6, rect.center().y())  # right beside its name
        if not view.viewport().rect().contains(click):
            continue
        tried += 1
        steps = stack.index()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=click)
        view.setFocus()
        QTest.keyClick(view, Qt.Key.Key_Insert)
        editor = view._editor
        assert editor is not None
        editor.selectAll()
        QTest.keyClicks(editor, "Wijkagent politie Rivierstad Noord")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        chooser = view.kind_chooser_widget
        assert isinstance(chooser, KindSphereChooser)
        qtbot.waitUntil(lambda c=chooser: view.settled() and not c._settle.isActive())  # type: ignore[misc]
        if before - _named(view):
            lost[neighbour] = before - _named(view)
        mine = view.mapFromScene(view.map_scene.actor_items[chooser.actor_id].sceneBoundingRect())
        if mine.boundingRect().adjusted(-3, -3, 3, 3).intersects(chooser.geometry()):
            covered.append(neighbour)
        chooser.close_chooser()
        stack.setIndex(steps)
        win.controller.set_selection([])
        qtbot.waitUntil(view.settled)
    assert tried >= 10
    assert lost == {}
    assert covered == []
