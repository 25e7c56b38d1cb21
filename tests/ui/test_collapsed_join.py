"""An actor joining a collapsed organisation (new user, seventh round 1): choosing the
organisation in Properties segfaulted (the actor hid in the node, the selection changed, and
Properties deleted the combo box whose key press was still running). Now the actor joins the
node ("12 actors") in one undo step, Properties keeps showing it, and undo/redo restore
exactly; the neighbouring paths (delete a member, rename the organisation, drag onto the
node) hold too."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from models import Position
from models.example import example_case
from tests.ui.test_readable import window_at
from ui.docks.properties import PropertiesDock

__all__ = ["window_at"]  # the fixture, shared with test_readable


def _collapsed(window_at: object, qtbot: QtBot) -> tuple[Any, str]:
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    org = next(o for o in win.controller.case.organisations if o.name == "Gemeente Rivierstad")
    win.view.map_scene.request_collapse(org.id, True)
    qtbot.waitUntil(win.view.settled)
    return win, org.id


def _count(win: Any, org_id: str) -> int:
    return int(win.view.map_scene.collapsed_items[org_id].count_text.split()[0])


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose ``text`` with the keyboard, as a user does: Qt's own key handling emits
    ``activated`` and goes on in the combo box afterwards."""
    at = combo.findText(text)
    assert at >= 0, text
    combo.setFocus()
    combo.setCurrentIndex(at - 1 if at > 0 else at + 1)
    QTest.keyClick(combo, Qt.Key.Key_Down if at > 0 else Qt.Key.Key_Up)
    qtbot.wait(20)  # the old form's deferred deletion runs


def test_properties_organisation_to_a_collapsed_one(window_at: object, qtbot: QtBot) -> None:
    win, org_id = _collapsed(window_at, qtbot)
    view, controller = win.view, win.controller
    scene, stack = view.map_scene, controller.undo_stack
    members = _count(win, org_id)
    outsider = next(a for a in controller.case.actors if a.name.startswith("GGZ-team"))
    before = controller.case.actors.get(outsider.id)
    controller.set_selection([outsider.id])
    dock = win.findChild(PropertiesDock)
    combo = dock.editors["organisation"]
    assert isinstance(combo, QComboBox)
    steps = stack.index()
    _choose(qtbot, combo, "Gemeente Rivierstad")
    qtbot.waitUntil(view.settled)
    now = controller.case.actors.get(outsider.id)
    assert now.organisation == org_id
    assert stack.index() == steps + 1
    assert _count(win, org_id) == members + 1  # "12 actors"
    assert not scene.actor_items[outsider.id].isVisible()
    assert dock.target_ids == (outsider.id,)  # Properties still shows the actor
    assert scene.collapsed_items[org_id].highlighted  # and the node shows where it went
    stack.undo()
    qtbot.waitUntil(view.settled)
    assert controller.case.actors.get(outsider.id) == before
    assert _count(win, org_id) == members
    item = scene.actor_items[outsider.id]
    assert item.isVisible()
    assert (item.x(), item.y()) == (before.position.x, before.position.y)
    stack.redo()
    qtbot.waitUntil(view.settled)
    assert controller.case.actors.get(outsider.id) == now
    assert _count(win, org_id) == members + 1
    # expanded, the box holds the newcomer with every other member, and is drawn
    scene.request_collapse(org_id, False)
    qtbot.waitUntil(view.settled)
    box = next(b for b in scene.group_items.values() if b.org_id == org_id)
    assert box.isVisible()
    assert box.rect().contains(scene.actor_items[outsider.id].sceneBoundingRect())


def test_a_filtered_out_kind_chosen_in_properties(window_at: object, qtbot: QtBot) -> None:
    """The same crash by another road: a kind chosen in Properties that the map's filter
    hides takes the actor out of the scene's selection while its combo box still runs."""
    from models import ActorKind
    from ui.canvas.filters import MapFilter

    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    view, controller = win.view, win.controller
    kinds = frozenset(k for k in ActorKind if k is not ActorKind.MEDIA)
    view.map_scene.set_filter(MapFilter(kinds=kinds))
    actor = next(a for a in controller.case.actors if a.kind is ActorKind.PROFESSIONAL)
    controller.set_selection([actor.id])
    view.map_scene.item_for(actor.id).setSelected(True)
    combo = win.findChild(PropertiesDock).editors["kind"]
    assert isinstance(combo, QComboBox)
    _choose(qtbot, combo, "Media")
    assert controller.case.actors.get(actor.id).kind is ActorKind.MEDIA


def test_insert_on_a_collapsed_node_and_the_neighbouring_paths(
    window_at: object, qtbot: QtBot
) -> None:
    win, org_id = _collapsed(window_at, qtbot)
    view, controller = win.view, win.controller
    scene, stack = view.map_scene, controller.undo_stack
    members = _count(win, org_id)
    node = scene.collapsed_items[org_id]
    hidden = {i.actor.id: i.sceneBoundingRect() for i in scene.hidden_members(org_id)}
    new_id = view.add_actor_at(node.pos(), rename=False)
    qtbot.waitUntil(view.settled)
    assert _count(win, org_id) == members + 1
    spot = scene.actor_items[new_id].sceneBoundingRect()
    assert not any(spot.intersects(r) for r in hidden.values())  # on no member's plate
    # a member deleted (chosen in a table: it is hidden on the map) counts one fewer
    member = next(iter(hidden))
    controller.set_selection([member])
    controller.remove([member])
    qtbot.waitUntil(view.settled)
    assert _count(win, org_id) == members
    stack.undo()
    qtbot.waitUntil(view.settled)
    assert _count(win, org_id) == members + 1
    # renamed while collapsed: the node says the new name; undo says the old one
    controller.set_field(org_id, "name", "Gemeente Rivierstad (nieuw)")
    qtbot.waitUntil(view.settled)
    assert scene.collapsed_items[org_id].name == "Gemeente Rivierstad (nieuw)"
    stack.undo()
    qtbot.waitUntil(view.settled)
    assert scene.collapsed_items[org_id].name == "Gemeente Rivierstad"
    # an outsider dragged onto the node stays itself: shown, in no organisation
    outsider = next(a for a in controller.case.actors if a.name.startswith("GGZ-team"))
    old = {outsider.id: outsider.position}
    controller.move_actors({outsider.id: Position(node.pos().x(), node.pos().y())}, old)
    qtbot.waitUntil(view.settled)
    assert scene.actor_items[outsider.id].isVisible()
    assert controller.case.actors.get(outsider.id).organisation != org_id
    assert _count(win, org_id) == members + 1


def test_a_collapsed_nodes_menu_adds_a_member(window_at: object, qtbot: QtBot) -> None:
    """Its context menu offers "Add actor here" (new user, seventh round 1, related): the
    actor gets the organisation, hides in the node, and the node counts it; one undo step."""
    from ui.canvas.menus import group_menu

    win, org_id = _collapsed(window_at, qtbot)
    view, stack = win.view, win.controller.undo_stack
    members = _count(win, org_id)
    point = view.mapFromScene(view.map_scene.collapsed_items[org_id].pos())
    menu = group_menu(view, point)
    assert menu is not None
    adds = [a for a in menu.actions() if a.text() == "Add actor here"]
    assert len(adds) == 1, [a.text() for a in menu.actions()]
    steps = stack.index()
    adds[0].trigger()
    view.cancel_rename()  # the name editor opened on the node
    qtbot.waitUntil(view.settled)
    assert stack.index() == steps + 1
    assert _count(win, org_id) == members + 1
    new = win.controller.case.actors[-1]
    assert new.organisation == org_id
    stack.undo()
    qtbot.waitUntil(view.settled)
    assert _count(win, org_id) == members


def test_insert_after_a_click_on_a_collapsed_node(window_at: object, qtbot: QtBot) -> None:
    win, org_id = _collapsed(window_at, qtbot)
    view = win.view
    members = _count(win, org_id)
    node = view.map_scene.collapsed_items[org_id]
    point = view.mapFromScene(node.pos())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.keyClick(view, Qt.Key.Key_Insert)
    view.cancel_rename()
    qtbot.waitUntil(view.settled)
    assert _count(win, org_id) == members + 1
    assert win.controller.case.actors[-1].organisation == org_id
