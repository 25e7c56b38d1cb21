"""Adding an actor on a collapsed organisation (issue 12): it becomes a member, inside the
node, whose count goes up; one undo step takes it back and the count down."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.window.main_window import MainWindow


def test_an_actor_added_on_a_collapsed_organisation_joins_it(
    fitted_example: MainWindow, qtbot: QtBot
) -> None:
    win = fitted_example
    view, controller = win.view, win.controller
    scene = view.map_scene
    box = next(b for b in scene.group_items.values() if b.isVisible())
    org_id = box.org_id
    scene.request_collapse(org_id, True)
    qtbot.waitUntil(view.settled)
    node = scene.collapsed_items[org_id]
    members = int(node.count_text.split()[0])  # "12 actors": its own and its parts'
    steps = controller.undo_stack.index()
    new_id = view.add_actor_at(node.sceneBoundingRect().center(), rename=False)
    assert new_id is not None
    assert controller.undo_stack.index() == steps + 1
    qtbot.waitUntil(view.settled)
    added = controller.case.actors.get(new_id)
    assert added is not None
    assert added.organisation == org_id
    assert not scene.actor_items[new_id].isVisible()  # inside the collapsed node
    assert scene.collapsed_items[org_id].count_text.startswith(f"{members + 1} ")
    controller.undo_stack.undo()
    qtbot.waitUntil(view.settled)
    assert controller.case.actors.get(new_id) is None
    assert scene.collapsed_items[org_id].count_text.startswith(f"{members} ")
