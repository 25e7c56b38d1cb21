"""Actors moved together (a layout of a small map, its undo) have their lines routed once,
each with every actor in its new place, and the boxes drawn once (issue 15, the suite's
time: one by one, each actor routed its own lines and redrew the boxes, so every line was
routed twice, and position changes were 0.6 % of the suite's CPU)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGraphicsView
from pytestqt.qtbot import QtBot

from mapper.layout import LayoutMethod, layout
from models import Position
from models.example import example_case
from ui.canvas import scene_items
from ui.canvas.items import EdgeItem, route_edges
from ui.canvas.scene import MapScene
from ui.document.controller import DocumentController


def _routes(scene: MapScene) -> dict[str, tuple[object, ...]]:
    edges: list[EdgeItem] = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    return {e.entity_id: e.placement_state() for e in edges}


def test_a_layout_routes_each_line_once_in_the_new_places(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = DocumentController(example_case())
    scene = MapScene(controller)
    view = QGraphicsView(scene)
    qtbot.addWidget(view)
    case = controller.case
    assert len(case.actors) <= 50  # moved actor by actor before, not as a big layout
    routed: list[str] = []
    boxes: list[int] = []
    refresh = scene_items.SceneItems.refresh_groups

    def counted_routes(edges: list[EdgeItem]) -> None:
        routed.extend(e.entity_id for e in edges)
        route_edges(edges)

    def counted_boxes(self: scene_items.SceneItems, title_scale: float | None = None) -> None:
        boxes.append(1)
        refresh(self, title_scale)

    monkeypatch.setattr(scene_items, "route_edges", counted_routes)
    monkeypatch.setattr(scene_items.SceneItems, "refresh_groups", counted_boxes)
    moved = layout(case, LayoutMethod.CIRCLE, sizes=scene.actor_sizes())
    assert controller.set_positions(moved)
    lines = sorted([*(r.id for r in case.relationships), *(m.id for m in case.mandates)])
    assert sorted(routed) == lines  # each line once
    assert len(boxes) == 1
    after = _routes(scene)
    route_edges([*scene.relationship_items.values(), *scene.mandate_items.values()])
    assert _routes(scene) == after  # as routed anew with every actor where it stands
    # the undo moves them all back, and is routed the same way
    routed.clear()
    boxes.clear()
    controller.undo_stack.undo()
    assert sorted(routed) == lines
    assert len(boxes) == 1
    # a step that puts every actor where it stands but moves two: only their lines
    edges: list[EdgeItem] = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    tie = next(e for e in edges if e.source is not e.target)
    two = (tie.source.entity_id, tie.target.entity_id)
    here = {a: Position(i.x(), i.y()) for a, i in scene.actor_items.items()}
    here.update({a: Position(here[a].x + 40.0, here[a].y + 30.0) for a in two})
    routed.clear()
    assert controller.set_positions(here)
    theirs = {e.entity_id for e in edges if {e.source.entity_id, e.target.entity_id} & set(two)}
    assert sorted(routed) == sorted(theirs)  # each once, the tie between them too
    # one actor moved alone: its own lines, as before
    routed.clear()
    actor = case.actors[0]
    assert controller.set_positions({actor.id: Position(5.0, 7.0)})
    own = [e.entity_id for e in edges if actor.id in (e.source.entity_id, e.target.entity_id)]
    assert own
    assert sorted(routed) == sorted(own)
