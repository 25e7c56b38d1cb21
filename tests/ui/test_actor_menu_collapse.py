"""The actor's context menu collapses its organisation (new-user review 3, finding 2).

In the example the members of Gemeente Rivierstad sit among other actors, so no box is drawn
around them; the actor's own menu is then the way to collapse the organisation.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from models.example import example_case
from tests.ui.test_readable import window_at
from ui.canvas.menus import build_context_menu

__all__ = ["window_at"]  # the fixture, shared with test_readable


def test_an_actor_menu_collapses_its_organisation_in_one_undo_step(
    window_at: object, qtbot: QtBot
) -> None:
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    case = win.controller.case
    member = next(a for a in case.actors if a.organisation)
    org = case.organisations.get(member.organisation)
    assert not org.collapsed
    menu = build_context_menu(win.view, member.id, QPointF(0, 0))
    wanted = f"Collapse {org.name}"
    actions = [a for a in menu.actions() if a.text() == wanted]
    assert len(actions) == 1, [a.text() for a in menu.actions()]
    count = win.controller.undo_stack.count()
    actions[0].trigger()
    assert case.organisations.get(org.id).collapsed
    assert org.id in win.scene.collapsed_items
    assert not win.scene.actor_items[member.id].isVisible()
    assert win.controller.undo_stack.count() == count + 1
    win.controller.undo_stack.undo()
    assert not case.organisations.get(org.id).collapsed
    assert win.scene.actor_items[member.id].isVisible()
    # an actor without an organisation has no such entry
    loner = next((a for a in case.actors if not a.organisation), None)
    if loner is not None:
        texts = [a.text() for a in build_context_menu(win.view, loner.id, QPointF()).actions()]
        assert not any(t.startswith("Collapse ") for t in texts)
