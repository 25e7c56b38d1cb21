"""A new actor never lands under the open legend (issue 12, legend9's open point): the free
spot a double-click, "Add actor here", the kind chooser, a move into an organisation or a
paste asks for (:meth:`MapView.free_spot_for`) keeps clear of the legend painted over the view."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from models.example import example_case
from tests.ui.test_readable import window_at
from ui.canvas.clipboard import PASTE_SHIFT, fragment_text

__all__ = ["window_at"]  # the fixture


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("where", ["middle", "below-left"])
def test_a_new_actor_double_clicked_at_the_legend_stands_clear_of_it(
    window_at: object, qtbot: QtBot, size: tuple[int, int], where: str
) -> None:
    win = window_at(example_case(), size)  # type: ignore[operator]
    view = win.view
    if view.legend_item().collapsed:
        view.toggle_legend_collapsed()
    qtbot.waitUntil(view.settled)
    legend = view.legend_viewport_rect()
    assert not legend.isEmpty()
    point = legend.center() if where == "middle" else legend.bottomLeft() + QPointF(20, 10)
    new_id = view.add_actor_at(view.mapToScene(point.toPoint()), rename=False)
    qtbot.waitUntil(view.settled)
    item = view.map_scene.actor_items[new_id]
    plate = view.mapFromScene(item.sceneBoundingRect()).boundingRect().toRectF()
    assert not plate.intersects(view.legend_viewport_rect()), (plate, legend)


def test_a_pasted_actor_that_would_land_under_the_legend_stands_beside_it(
    window_at: object, qtbot: QtBot
) -> None:
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    view, controller = win.view, win.controller
    if view.legend_item().collapsed:
        view.toggle_legend_collapsed()
    qtbot.waitUntil(view.settled)
    legend = view.legend_viewport_rect()
    under = view.mapToScene(legend.center().toPoint()) - QPointF(PASTE_SHIFT, PASTE_SHIFT)
    first = next(a for a in controller.case.actors if not a.organisation)
    fragment = json.loads(fragment_text(controller.case, [first.id]))
    # the copy of an actor standing where its paste would go under the legend
    fragment["actors"][0]["position"] = {"x": under.x(), "y": under.y()}
    text = json.dumps(fragment)
    QGuiApplication.clipboard().setText(text)
    win.actions_["edit_paste"].trigger()
    qtbot.waitUntil(view.settled)
    (new_id,) = controller.selection
    plate = view.map_scene.actor_items[new_id].sceneBoundingRect()
    assert not view.mapFromScene(plate).boundingRect().toRectF().intersects(legend)
    assert controller.undo_stack.count() >= 1
    controller.undo_stack.undo()  # one step, as before
    assert new_id not in controller.case.actors.ids()
