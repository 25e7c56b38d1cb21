"""Inserting an actor and typing its name is one undo step (issue 12): it used to be two (the
new actor nameless, then named), so one Undo left a "New actor 20" on the map. The kind
chosen after it stays a step of its own (tests/ui/test_first_run.py: undo it and the named
actor is an "Other" again)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from models import ActorKind
from tests.ui.insert_support import emptiest_point, insert_named
from ui.window.main_window import MainWindow


def test_insert_and_type_a_name_is_one_undo_step(fitted_example: MainWindow) -> None:
    win = fitted_example
    view, stack = win.view, win.controller.undo_stack
    before = stack.count()
    chooser = insert_named(view, "Wijkagent Rivierstad Noord", emptiest_point(view))
    assert stack.count() == before + 1  # the name joined the step that added the actor
    new_id = chooser.actor_id
    chooser.kind_box.setCurrentIndex(chooser.kind_box.findData(ActorKind.PARTNER))
    chooser.apply()
    assert stack.count() == before + 2  # the kind: a step of its own
    actor = win.controller.case.actors.get(new_id)
    assert actor is not None
    assert (actor.name, actor.kind) == ("Wijkagent Rivierstad Noord", ActorKind.PARTNER)
    assert "Wijkagent Rivierstad Noord" in stack.text(before)  # the history says who
    stack.undo()
    named = win.controller.case.actors.get(new_id)
    assert named is not None
    assert named.name == "Wijkagent Rivierstad Noord"
    stack.undo()
    assert win.controller.case.actors.get(new_id) is None  # no nameless actor left behind
    stack.redo()
    assert win.controller.case.actors.get(new_id) == named  # named, in one redo
    stack.redo()
    assert win.controller.case.actors.get(new_id) == actor
    stack.setIndex(before)
    assert win.controller.case.actors.get(new_id) is None


def test_renaming_an_actor_that_was_there_stays_its_own_step(fitted_example: MainWindow) -> None:
    win = fitted_example
    view, stack = win.view, win.controller.undo_stack
    new_id = view.add_actor_at(view.mapToScene(emptiest_point(view)), rename=False)
    assert new_id is not None
    before = stack.count()
    editor = view.start_rename(new_id)
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, "Buurtcoach")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert stack.count() == before + 1  # not a new actor's naming: a rename of its own
    stack.undo()
    assert win.controller.case.actors.get(new_id) is not None
