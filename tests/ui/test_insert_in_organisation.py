"""Issue 12, item 6: a new actor added in an organisation's box joins it and stands in free
space inside (or at the edge of) that box, which grows round it; a new actor outside every
box stays out of the boxes (its lines would cross them, and a box with a stranger in it is
no longer drawn). The place is part of the one undo step that adds the actor. Tested on the
items' own bounding rectangles at 1366 x 768."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPointF, QRectF
from pytestqt.qtbot import QtBot

from models import ActorKind
from models.example import example_case
from tests.ui.test_readable import window_at

__all__ = ["window_at"]  # the fixture, shared with test_readable


def _box(win: object) -> tuple[str, QRectF]:
    boxes = [b for b in win.view.map_scene.group_items.values() if b.isVisible()]  # type: ignore[attr-defined]
    assert boxes, "the example shows its organisation's box at 1366 x 768"
    return boxes[0].org_id, boxes[0].rect()


def _overlapping(win: object, new_id: str) -> list[str]:
    items = win.view.map_scene.actor_items  # type: ignore[attr-defined]
    mine = items[new_id].sceneBoundingRect()
    others = [i for k, i in items.items() if k != new_id and i.isVisible()]
    return [i.actor.name for i in others if i.sceneBoundingRect().intersects(mine)]


def test_a_new_actor_added_in_a_box_joins_it_in_free_space_and_undo_takes_it_back(
    window_at: object, qtbot: QtBot
) -> None:
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    view, stack = win.view, win.controller.undo_stack
    org_id, _rect = _box(win)
    members = [i for i in view.map_scene.actor_items.values() if i.actor.organisation == org_id]
    tried = 0
    for member in members:  # right on a member's plate: the most crowded place in the box
        wanted = member.sceneBoundingRect().center()
        steps = stack.index()
        new_id = view.add_actor_at(wanted, rename=False)
        assert new_id is not None
        assert stack.index() == steps + 1  # one undo step, with its place
        qtbot.waitUntil(view.settled)
        tried += 1
        actor = win.controller.case.actors.get(new_id)
        assert actor is not None
        assert actor.organisation == org_id, member.actor.name
        assert _overlapping(win, new_id) == [], member.actor.name
        own = next(b for b in view.map_scene.group_items.values() if b.org_id == org_id)
        assert own.isVisible(), member.actor.name  # no stranger in it
        assert own.rect().contains(view.map_scene.actor_items[new_id].sceneBoundingRect())
        place = actor.position
        stack.undo()
        assert win.controller.case.actors.get(new_id) is None
        stack.redo()
        assert win.controller.case.actors.get(new_id).position == place
        stack.setIndex(steps)
        qtbot.waitUntil(view.settled)
    assert tried >= 2


def test_a_new_actor_added_beside_a_box_stays_out_of_it(window_at: object, qtbot: QtBot) -> None:
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    view = win.view
    _org, box = _box(win)
    gap = 4.0 / view.zoom()  # four pixels outside each edge, half way along it
    for wanted in (
        QPointF(box.right() + gap, box.center().y()),
        QPointF(box.left() - gap, box.center().y()),
        QPointF(box.center().x(), box.bottom() + gap),
    ):
        steps = win.controller.undo_stack.index()
        new_id = view.add_actor_at(wanted, rename=False)
        assert new_id is not None
        qtbot.waitUntil(view.settled)
        assert win.controller.case.actors.get(new_id).organisation == ""
        assert _overlapping(win, new_id) == []
        assert not view.map_scene.actor_items[new_id].sceneBoundingRect().intersects(box), wanted
        win.controller.undo_stack.setIndex(steps)
        qtbot.waitUntil(view.settled)


def test_a_new_actor_in_a_box_takes_its_members_kind_and_sphere_in_the_same_undo_step(
    window_at: object, qtbot: QtBot
) -> None:
    """New user, sixth round 4: not an "Other" in "Society" inside the municipality's box."""
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    view, stack = win.view, win.controller.undo_stack
    org_id, rect = _box(win)
    members = [a for a in win.controller.case.actors if a.organisation == org_id]
    spheres = Counter(a.effective_sphere for a in members).most_common()
    kinds = Counter(a.kind for a in members if a.effective_sphere == spheres[0][0]).most_common()
    assert spheres[0][1] > spheres[1][1]  # one most common sphere, and kind in it, to expect
    assert kinds[0][1] > kinds[1][1]
    assert kinds[0][0] != ActorKind.OTHER
    steps = stack.index()
    new_id = view.add_actor_at(rect.center(), rename=False)
    assert new_id is not None
    assert stack.index() == steps + 1
    qtbot.waitUntil(view.settled)
    actor = win.controller.case.actors.get(new_id)
    assert (actor.kind, actor.effective_sphere) == (kinds[0][0], spheres[0][0])
    stack.undo()
    assert win.controller.case.actors.get(new_id) is None
    stack.redo()
    again = win.controller.case.actors.get(new_id)
    assert (again.kind, again.effective_sphere) == (kinds[0][0], spheres[0][0])
    stack.setIndex(steps)
    qtbot.waitUntil(view.settled)
    outside = view.add_actor_at(QPointF(rect.right() + 40.0 / view.zoom(), rect.center().y()))
    assert win.controller.case.actors.get(outside).kind == ActorKind.OTHER  # no box, no members
