"""Placing the labels asks Qt about a route once (issue 15, the suite's time: a fifth of a
readability pass read every line's arrowheads, flattened route and points along it again,
from routes that had not changed); the facts follow the route as soon as it changes.

Counted, not timed: the routes flattened by a second placing.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

import ui.canvas.route_facts as route_facts
from models import Position
from ui.canvas.items import EdgeItem
from ui.canvas.label_spots import FAN_STEPS
from ui.window.main_window import MainWindow


def _edges(window: MainWindow) -> list[EdgeItem]:
    scene = window.scene
    return [*scene.relationship_items.values(), *scene.mandate_items.values()]


def _placed(window: MainWindow) -> dict[str, tuple[object, bool]]:
    return {e.entity_id: (e.label_rect().getRect(), e.label_hidden) for e in _edges(window)}


def _check_facts(window: MainWindow) -> int:
    """Every shown line's facts are those of its route as it is now; how many were checked."""
    checked = 0
    for edge in _edges(window):
        if not edge.isVisible() or edge.route().isEmpty():
            continue
        facts, path = edge.route_facts(), edge.route()
        assert facts.polygons() == route_facts.flattened(path), edge.entity_id
        for t in (0.5, *FAN_STEPS):
            at = path.pointAtPercent(t)
            assert facts.point(t) == (at.x(), at.y()), edge.entity_id
            assert facts.angle(t) == path.angleAtPercent(t), edge.entity_id
        if facts.marks is not None:
            shapes = [*edge.head_shapes(), edge.tail_shape()]
            assert [box for box, _ in facts.marks] == [s.boundingRect() for s in shapes]
        checked += 1
    return checked


def test_a_second_placing_flattens_no_route_again(
    qtbot: QtBot, fitted_example: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = fitted_example
    before = _placed(window)
    calls: list[int] = []
    flatten = route_facts.flattened

    def counting(path: object) -> object:
        calls.append(1)
        return flatten(path)  # type: ignore[arg-type]

    monkeypatch.setattr(route_facts, "flattened", counting)
    window.scene.labels_placed = None  # every label placed again, on the same routes
    window.view.refresh_readability()
    assert calls == []  # every shown line's route flattened again before
    assert _placed(window) == before  # and placed where it was


def test_the_facts_follow_a_route_that_changed(qtbot: QtBot, fitted_example: MainWindow) -> None:
    window = fitted_example
    assert _check_facts(window) > 10
    busiest = max(window.scene.actor_items, key=lambda a: len(window.scene._edges_of.get(a, ())))
    item = window.scene.actor_items[busiest]
    window.controller.set_positions({busiest: Position(item.x() + 90.0, item.y() + 60.0)})
    qtbot.waitUntil(window.view.settled)
    assert _check_facts(window) > 10  # its lines routed again, their facts made again
    window.view.zoom_by(0.7)  # labels and arrowheads grow: the heads' marks too
    qtbot.waitUntil(window.view.settled)
    assert _check_facts(window) > 10
