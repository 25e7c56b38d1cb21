"""Inserting an actor and typing its name is one undo step (issue 12): it used to be two (the
new actor nameless, then named), so one Undo left a "New actor 20" on the map. The kind
chosen after it stays a step of its own (tests/ui/test_first_run.py: undo it and the named
actor is an "Other" again)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models import ActorKind
from models.example import example_case
from tests.ui.test_insert_placement import _emptiest_point
from tests.ui.test_readable import window_at
from ui.canvas.kind_chooser import KindSphereChooser

__all__ = ["window_at"]  # the fixture, shared with test_readable


def test_insert_and_type_a_name_is_one_undo_step(window_at: object, qtbot: QtBot) -> None:
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    view, stack = win.view, win.controller.undo_stack
    before = stack.count()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_emptiest_point(view))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Insert)
    editor = view._editor
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, "Wijkagent politie Noord")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert stack.count() == before + 1  # the name joined the step that added the actor
    chooser = view.kind_chooser_widget
    assert isinstance(chooser, KindSphereChooser)
    new_id = chooser.actor_id
    chooser.kind_box.setCurrentIndex(chooser.kind_box.findData(ActorKind.PARTNER))
    chooser.apply()
    assert stack.count() == before + 2  # the kind: a step of its own
    actor = win.controller.case.actors.get(new_id)
    assert (actor.name, actor.kind) == ("Wijkagent politie Noord", ActorKind.PARTNER)
    assert "Wijkagent politie Noord" in stack.text(before)  # the history says who
    stack.undo()
    assert win.controller.case.actors.get(new_id).name == "Wijkagent politie Noord"
    named = win.controller.case.actors.get(new_id)
    stack.undo()
    assert win.controller.case.actors.get(new_id) is None  # no nameless actor left behind
    stack.redo()
    assert win.controller.case.actors.get(new_id) == named  # named, in one redo
    stack.redo()
    assert win.controller.case.actors.get(new_id) == actor
    stack.setIndex(before)
    assert win.controller.case.actors.get(new_id) is None


def test_renaming_an_actor_that_was_there_stays_its_own_step(
    window_at: object, qtbot: QtBot
) -> None:
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    view, stack = win.view, win.controller.undo_stack
    new_id = view.add_actor_at(view.mapToScene(_emptiest_point(view)), rename=False)
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
