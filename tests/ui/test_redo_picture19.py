"""Redo gives back the selection and the picture from before the undo (rev-user18's rest of
R4, ux19): undo gave back the selection an edit started from, but redo kept it, so after
undo + redo of a new tie the actor stayed selected, its lines fanned, and the tie was not."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models import RelationKind
from tests.ui.test_undo_picture18 import bundled_pairs, picture
from ui.canvas.connecting import add_connection
from ui.canvas.menus import Choice
from ui.window.main_window import MainWindow


def test_redo_of_a_tie_and_a_rename_gives_back_the_selection_and_picture(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    win = example_window
    controller = win.controller
    actor, other = bundled_pairs(win)[0]
    third = next(a for a in controller.case.actors if a.id not in (actor, other))
    controller.set_selection([actor])
    controller.set_field(actor, "name", "Consulent Jansen")
    new = add_connection(controller, actor, third.id, Choice(relation=RelationKind.SIGNAL))
    qtbot.wait(50)
    after = picture(win)
    stack = controller.undo_stack
    stack.undo()
    stack.undo()
    qtbot.wait(50)
    assert controller.selection == (actor,)
    stack.redo()
    stack.redo()
    qtbot.wait(50)
    assert controller.selection == (new,)  # old: (actor,), what undo had given back
    assert picture(win) == after  # old: the actor's lines fanned again


def test_redo_through_the_history_selects_what_the_latest_step_ended_with(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    controller = example_window.controller
    first, second, third = (a.id for a in controller.case.actors[:3])
    controller.set_selection([first])
    controller.set_field(first, "name", "Eerste")
    controller.set_selection([second])
    controller.set_field(second, "name", "Tweede")
    controller.set_selection([third])
    stack = controller.undo_stack
    stack.setIndex(stack.index() - 2)  # both at once, as the history view does
    assert controller.selection == (first,)
    stack.setIndex(stack.index() + 1)  # the rename of the first ended with the second selected
    assert controller.selection == (second,)  # old: (first,)
    stack.setIndex(stack.index() + 1)
    assert controller.selection == (third,)
    controller.set_field(first, "name", "Nieuw")  # a new edit keeps its own selection
    assert controller.selection == (third,)
