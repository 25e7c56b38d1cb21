"""An actor whose organisation changes in Properties moves into that organisation's box, in
the same undo step (issue 12): it used to stay where it stood, outside the box (or inside
another organisation's box, which then was no longer drawn)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.window.main_window import MainWindow


def test_joining_an_organisation_moves_the_actor_into_its_box_in_one_step(
    fitted_example: MainWindow, qtbot: QtBot
) -> None:
    win = fitted_example
    view, controller = win.view, win.controller
    stack = controller.undo_stack
    box = next(b for b in view.map_scene.group_items.values() if b.isVisible())
    outsiders = [
        i
        for i in view.map_scene.actor_items.values()
        if i.isVisible()
        and i.actor.organisation != box.org_id
        and not box.rect().intersects(i.sceneBoundingRect())
    ]
    assert len(outsiders) >= 3
    for item in outsiders[:3]:
        actor_id, before = item.actor.id, controller.case.actors.get(item.actor.id)
        steps = stack.index()
        controller.set_field(actor_id, "organisation", box.org_id)  # what Properties does
        assert stack.index() == steps + 1
        qtbot.waitUntil(view.settled)
        now = controller.case.actors.get(actor_id)
        assert now is not None
        assert now.organisation == box.org_id
        own = next(b for b in view.map_scene.group_items.values() if b.org_id == box.org_id)
        assert own.isVisible()
        assert own.rect().contains(view.map_scene.actor_items[actor_id].sceneBoundingRect())
        stack.undo()  # organisation and place together
        assert controller.case.actors.get(actor_id) == before
        qtbot.waitUntil(view.settled)


def test_leaving_an_organisation_moves_the_actor_out_of_its_box(
    fitted_example: MainWindow, qtbot: QtBot
) -> None:
    win = fitted_example
    view, controller = win.view, win.controller
    box = next(b for b in view.map_scene.group_items.values() if b.isVisible())
    member = next(
        i for i in view.map_scene.actor_items.values() if i.actor.organisation == box.org_id
    )
    controller.set_field(member.actor.id, "organisation", "")
    qtbot.waitUntil(view.settled)
    own = next(b for b in view.map_scene.group_items.values() if b.org_id == box.org_id)
    assert own.isVisible()  # no stranger in the box
    assert not own.rect().intersects(
        view.map_scene.actor_items[member.actor.id].sceneBoundingRect()
    )
