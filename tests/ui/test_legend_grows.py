"""When the open legend grows (a new kind of actor adds a row), no actor loses its name under
it (new user, seventh and eighth round 3: "Invorderingsambtenaar van de Belastingsamenwerking",
just under the legend, became a nameless green block): the fitted map fits again, clear of it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from models import Actor, ActorKind, Position
from models.example import example_case
from tests.ui.test_readable import window_at

__all__ = ["window_at"]  # the fixture


@pytest.mark.parametrize("fit_after", [False, True], ids=["as-added", "fit-after"])
def test_a_new_legend_row_takes_no_name(window_at: object, qtbot: QtBot, fit_after: bool) -> None:
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    view, controller = win.view, win.controller
    view.toggle_legend_collapsed()
    qtbot.waitUntil(view.settled)
    assert not any(i.label_hidden for i in win.scene.actor_items.values())
    before = view.legend_viewport_rect()
    assert all(a.kind is not ActorKind.OTHER for a in controller.case.actors)
    spot = view.mapToScene(view.viewport().rect().bottomLeft()) + QPointF(120, -60)
    new = Actor(controller.case.new_id(Actor), "Wijkcoach", ActorKind.OTHER)
    controller.add_actor(replace(new, position=Position(spot.x(), spot.y())))
    qtbot.wait(50)
    qtbot.waitUntil(view.settled)
    if fit_after:
        view.fit_to_window()
        qtbot.waitUntil(view.settled)
    assert view.legend_viewport_rect().height() > before.height()  # an "Other" row
    hidden = [i.actor.name for i in win.scene.actor_items.values() if i.label_hidden]
    assert hidden == []
    legend = view.legend_viewport_rect()
    port = view.viewport().rect()
    for item in win.scene.actor_items.values():
        rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect().toRectF()
        assert not rect.intersects(legend), item.actor.name
        assert port.contains(rect.toAlignedRect()), item.actor.name
