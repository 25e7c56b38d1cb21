"""While the kind chooser of a new actor is open (new user, sixth round, 7 and issue 12):
the new actor's named plate stands clear of its neighbours' names (the teamleider lost its
name beside a new "Wijkagent politie Rivierstad Noord"), and the chooser, placed again once
the view has grown the plate, covers no part of it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.insert_support import beside_each_actor, insert_named
from tests.ui.insert_support import named_ids as _named
from ui.window.main_window import MainWindow


def test_while_the_chooser_is_open_every_name_stays_and_the_new_one_is_clear(
    fitted_example: MainWindow, qtbot: QtBot
) -> None:
    win = fitted_example
    view, stack = win.view, win.controller.undo_stack
    before = _named(view)
    lost: dict[str, set[str]] = {}
    covered: list[str] = []
    tried = 0
    for neighbour, click in beside_each_actor(view):
        tried += 1
        steps = stack.index()
        chooser = insert_named(view, "Wijkagent politie Rivierstad Noord", click)
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
