"""The canvas on real widgets: drags, connections, undo keeps scene and model in agreement;
zoom, filters, menus and drawing in test_canvas_view."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models import Position, PowerCategory, RelationKind
from tests.ui.canvas_support import assert_agree, drag, vp
from ui.canvas.menus import Choice
from ui.canvas.view import MapView


def test_scene_builds_one_item_per_entity(canvas: Any) -> None:
    ctl, scene, _ = canvas
    assert_agree(ctl, scene)
    assert len(scene.relationship_items) == 4
    assert len(scene.mandate_items) == 2


def test_drag_moves_with_one_undo_step(canvas: Any) -> None:
    ctl, scene, view = canvas
    drag(view, vp(view, 200, 150), vp(view, 320, 260))
    actor = ctl.case.actors.get("a3")
    assert actor is not None
    assert actor.position is not None
    assert abs(actor.position.x - 320) < 2
    assert abs(actor.position.y - 260) < 2
    assert ctl.undo_stack.count() == 1
    assert_agree(ctl, scene)
    ctl.undo_stack.undo()
    assert ctl.case.actors.get("a3").position == Position(200, 150)
    assert_agree(ctl, scene)
    ctl.undo_stack.redo()
    assert_agree(ctl, scene)


def test_multi_move_is_one_step(canvas: Any) -> None:
    ctl, scene, view = canvas
    ctl.set_selection(["a1", "a2"])
    drag(view, vp(view, 0, 0), vp(view, 50, 40), Qt.KeyboardModifier.NoModifier)
    assert ctl.undo_stack.count() == 1
    assert ctl.case.actors.get("a2").position == Position(250, 40)
    ctl.undo_stack.undo()
    assert_agree(ctl, scene)


def test_double_click_empty_canvas_adds_actor(canvas: Any, qtbot: QtBot) -> None:
    ctl, scene, view = canvas
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=vp(view, 400, 300))
    assert len(ctl.case.actors) == 5
    new = ctl.case.actors[-1]
    assert new.position is not None
    assert abs(new.position.x - 400) < 2
    editor = view._editor
    assert editor is not None
    editor.setText("Raadslid")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert ctl.case.actors[-1].name == "Raadslid"
    assert ctl.undo_stack.count() == 1  # adding and naming it: one step (issue 12)
    assert_agree(ctl, scene)
    ctl.undo_stack.undo()
    assert len(ctl.case.actors) == 4
    assert_agree(ctl, scene)


def test_rename_escape_cancels(canvas: Any) -> None:
    ctl, _, view = canvas
    editor = view.start_rename("a1")
    assert editor is not None
    editor.setText("Iets anders")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert ctl.case.actors.get("a1").name == "Wethouder"
    assert ctl.undo_stack.count() == 0


@pytest.mark.parametrize(
    "choice",
    [Choice(relation=RelationKind.ESCALATION), Choice(power=PowerCategory.PUSH_THROUGH)],
)
def test_drag_in_connect_mode_draws_relationship_or_mandate(canvas: Any, choice: Choice) -> None:
    ctl, scene, view = canvas
    asked: list[tuple[str, str]] = []

    def chooser(_view: MapView, _pos: QPoint, source: str, target: str) -> Choice:
        asked.append((source, target))
        return choice

    view.kind_chooser = chooser
    view.set_mode("connect")
    drag(view, vp(view, 0, 150), vp(view, 0, 0))
    assert asked == [("a4", "a1")]
    if choice.relation is not None:
        rel = ctl.case.relationships[-1]
        assert (rel.source, rel.target, rel.kind) == ("a4", "a1", RelationKind.ESCALATION)
    else:
        mandate = ctl.case.mandates[-1]
        assert (mandate.grantor, mandate.holder, mandate.power) == (
            "a4",
            "a1",
            PowerCategory.PUSH_THROUGH,
        )
        assert mandate.in_writing is None  # not recorded until the user says (issue 10)
    assert_agree(ctl, scene)
    ctl.undo_stack.undo()
    assert_agree(ctl, scene)


def test_alt_drag_connects_in_select_mode(canvas: Any) -> None:
    ctl, _, view = canvas
    view.kind_chooser = lambda *_: Choice(relation=RelationKind.TRUST)
    drag(view, vp(view, 0, 0), vp(view, 200, 150), Qt.KeyboardModifier.AltModifier)
    rel = ctl.case.relationships[-1]
    assert (rel.source, rel.target, rel.kind) == ("a1", "a3", RelationKind.TRUST)
    assert ctl.case.actors.get("a1").position == Position(0, 0)


def test_cancelled_kind_menu_adds_nothing(canvas: Any) -> None:
    ctl, _, view = canvas
    view.kind_chooser = lambda *_: None
    view.set_mode("connect")
    drag(view, vp(view, 0, 150), vp(view, 0, 0))
    assert ctl.undo_stack.count() == 0


def test_delete_several_then_undo_restores_order(canvas: Any, qtbot: QtBot) -> None:
    ctl, scene, view = canvas
    before = (ctl.case.actors.ids(), ctl.case.relationships.ids(), ctl.case.mandates.ids())
    ctl.set_selection(["a2", "r4", "a4"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert ctl.case.actors.ids() == ["a1", "a3"]
    assert_agree(ctl, scene)
    ctl.undo_stack.undo()
    assert (ctl.case.actors.ids(), ctl.case.relationships.ids(), ctl.case.mandates.ids()) == before
    assert_agree(ctl, scene)
    ctl.undo_stack.redo()
    assert_agree(ctl, scene)


def test_keyboard_only_editing(canvas: Any) -> None:
    ctl, scene, view = canvas
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert ctl.selection == ("a1",)
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert ctl.selection == ("a2",)
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert ctl.case.actors.get("a2").position == Position(260, 0)
    assert ctl.undo_stack.count() == 1  # nudges merge
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert view._editor is not None
    view._editor.setText("Directeur")
    QTest.keyClick(view._editor, Qt.Key.Key_Return)
    assert ctl.case.actors.get("a2").name == "Directeur"
    QTest.keyClick(view, Qt.Key.Key_Insert)
    assert len(ctl.case.actors) == 5
    assert view._editor is not None
    QTest.keyClick(view._editor, Qt.Key.Key_Escape)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert len(ctl.case.actors) == 4
    assert_agree(ctl, scene)


def test_undo_redo_walk_keeps_scene_in_sync(canvas: Any) -> None:
    ctl, scene, view = canvas
    view.kind_chooser = lambda *_: Choice(relation=RelationKind.SIGNAL)
    view.add_actor_at(QPointF(500, 500), rename=False)
    view.connect_actors("a1", ctl.case.actors[-1].id, QPoint())
    ctl.remove(["a4", "m1"])
    ctl.set_field("a3", "name", "Nieuw")
    ctl.set_field("r3", "target", "a1")
    ctl.move_actors({"a1": Position(-100, -100)}, {"a1": Position(0, 0)})
    steps = ctl.undo_stack.count()
    for _ in range(steps):
        ctl.undo_stack.undo()
        assert_agree(ctl, scene)
    for _ in range(steps):
        ctl.undo_stack.redo()
        assert_agree(ctl, scene)
