"""A second member picked for an organisation goes beside the first, so that the box is
drawn at once (issue 12; new user, tenth round N2: "a second organisation picked from the
combo's list draws no box" until the actor was dragged next to the first member)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models import Actor, ActorKind, Case, CaseInfo, Organisation, Position
from tests.ui.test_readable import window_at

__all__ = ["window_at"]


def test_an_actor_joining_a_one_member_organisation_stands_beside_it_in_a_box(
    window_at: object, qtbot: QtBot
) -> None:
    names = ["Wethouder Jeugd", "Directeur Jeugdzorg", "Teamleider Jeugdteam", "Huisarts"]
    actors = [
        Actor(f"a{i}", n, ActorKind.OTHER, position=Position(300.0 * i, 80.0 * (i % 2)))
        for i, n in enumerate(names)
    ]
    actors.append(Actor("h", "Moeder Bakker", ActorKind.CITIZEN, position=Position(450.0, 500.0)))
    actors.append(
        Actor(
            "g",
            "Gezinsvoogd",
            ActorKind.PROFESSIONAL,
            organisation="o1",
            position=Position(0.0, 500.0),
        )
    )
    actors.append(
        Actor(
            "j", "Jurist Jeugdbescherming", ActorKind.PROFESSIONAL, position=Position(900.0, 500.0)
        )
    )
    org = Organisation("o1", "Stichting Jeugdbescherming Kust")
    case = Case.from_parts(CaseInfo("jeugd"), actors, [], [], organisations=[org])
    win = window_at(case, (1366, 768))  # type: ignore[operator]
    assert not any(b.isVisible() for b in win.scene.group_items.values())  # one member
    steps = win.controller.undo_stack.count()
    win.controller.update("j", {"organisation": "o1"})  # as picking it from the list does
    qtbot.waitUntil(win.view.settled)
    boxes = [b for b in win.scene.group_items.values() if b.isVisible()]
    assert [b.org_id for b in boxes] == ["o1"]
    for member in ("g", "j"):
        assert boxes[0].rect().contains(win.scene.actor_items[member].sceneBoundingRect())
    assert win.controller.undo_stack.count() == steps + 1  # the move is part of that step
