"""An edit that moves nothing on the map places no label again and repaints no whole map
(issue 14: at 200 actors the readability pass after an edit was most of the GUI's work).

Counted, not timed: the labels' placing and the lines painted after one edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import ui.canvas.items as items_module
import ui.canvas.readable as readable
import ui.canvas.routing as routing
from benchmarks.generate import generate_case
from ui.canvas.item_base import tip_of
from ui.canvas.items import EdgeItem
from ui.window.main_window import MainWindow


def _placings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    place = readable._place_edge_labels

    def counting(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        place(*args, **kwargs)

    monkeypatch.setattr(readable, "_place_edge_labels", counting)
    return calls


def _labels(window: MainWindow) -> dict[str, tuple[object, bool]]:
    scene = window.scene
    edges: list[EdgeItem] = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    return {e.entity_id: (e.label_rect().getRect(), e.label_hidden) for e in edges}


def _busiest(window: MainWindow) -> str:
    """The actor with the most lines (its edit touched the most labels before)."""
    scene = window.scene
    return max(scene.actor_items, key=lambda a: (len(scene._edges_of.get(a, ())), a))


def test_an_influence_edit_places_no_label_again(
    qtbot: QtBot, fitted_example: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = fitted_example
    actor = window.controller.case.actors.get(_busiest(window))
    assert actor is not None
    before = _labels(window)
    paths = {e.entity_id: e.line_path() for e in window.scene._edges_of[actor.id]}
    calls = _placings(monkeypatch)
    window.controller.set_field(actor.id, "influence", (actor.influence + 2) % 6)
    qtbot.waitUntil(window.view.settled)
    assert calls == []  # one full placing per edit before
    assert _labels(window) == before
    assert {e.entity_id: e.line_path() for e in window.scene._edges_of[actor.id]} == paths
    window.controller.undo_stack.undo()
    qtbot.waitUntil(window.view.settled)
    assert calls == []
    assert _labels(window) == before


def test_a_rename_routes_and_places_the_labels_again(
    qtbot: QtBot, fitted_example: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = fitted_example
    actor = window.controller.case.actors.get(_busiest(window))
    assert actor is not None
    edges = window.scene._edges_of[actor.id]
    paths = {e.entity_id: e.line_path() for e in edges}
    calls = _placings(monkeypatch)
    window.controller.set_field(actor.id, "name", actor.name + " en een veel langere naam")
    qtbot.waitUntil(window.view.settled)
    assert calls == [1]
    assert {e.entity_id: e.line_path() for e in edges} != paths  # the plate grew: re-routed
    assert all(actor.name in tip_of(e) for e in edges)


@pytest.mark.parametrize("zoom", [1.0, 0.7, 0.45])
def test_placing_from_its_own_result_moves_no_label(
    qtbot: QtBot, fitted_example: MainWindow, zoom: float
) -> None:
    """What the memo rests on: placing the labels again, with nothing changed, leaves every
    label where it is (so not placing them gives the same map)."""
    view = fitted_example.view
    view.scale(zoom, zoom)
    view.refresh_readability()
    placed = _labels(fitted_example)
    assert sum(not hidden for _, hidden in placed.values()) > 5
    fitted_example.scene.labels_placed = None  # forget: place them all again
    view.refresh_readability()
    assert _labels(fitted_example) == placed


def test_an_influence_edit_repaints_no_whole_map(
    qtbot: QtBot, fitted_example: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 200-actor map of the benchmark: the legend did not change, so only the actor's
    own place is drawn again (every line of the map before: the whole view was updated)."""
    window = fitted_example
    window.controller.replace_case(generate_case(200, seed=0), None)
    qtbot.waitUntil(window.view.settled)
    painted: list[str] = []
    paint = EdgeItem._paint

    def counting(self: EdgeItem, *args: Any) -> None:
        painted.append(self.entity_id)
        paint(self, *args)

    monkeypatch.setattr(EdgeItem, "_paint", counting)
    qtbot.wait(200)  # the new map's own first paint
    painted.clear()
    window.view.viewport().repaint()
    every = len(set(painted))
    assert every > 500
    painted.clear()
    actor = window.controller.case.actors.get(_busiest(window))
    assert actor is not None
    window.controller.set_field(actor.id, "notes", "Belt elke week.")
    qtbot.waitUntil(window.view.settled)
    qtbot.wait(50)
    assert 0 < len(set(painted)) < every / 3  # 800 of 800 before, 121 now


def test_a_plate_that_changes_routes_only_its_own_lines(
    qtbot: QtBot, fitted_example: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Selecting a nameless actor of the benchmark's 200-actor map gives it its name (its
    plate) at the same zoom: only the lines of the actors whose plate changed are routed
    again, not every line of the map."""
    window, view = fitted_example, fitted_example.view
    window.controller.replace_case(generate_case(200, seed=0), None)
    qtbot.waitUntil(view.settled)
    scene = window.scene
    nameless = [i for i in scene.actor_items.values() if i.isVisible() and i.label_hidden]
    assert nameless
    item = max(nameless, key=lambda i: (len(scene._edges_of.get(i.entity_id, ())), i.entity_id))
    routed: list[int] = []
    route = routing.route_curves  # as ui.canvas.items imported it

    def counting(sources: Sequence[tuple[float, float]], *rest: Any) -> Any:
        routed.append(len(sources))
        return route(sources, *rest)

    monkeypatch.setattr(items_module, "route_curves", counting)
    item.setSelected(True)
    qtbot.waitUntil(view.settled)
    assert not item.label_hidden  # named now
    lines = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    curves = [e for e in lines if e.isVisible() and e.source is not e.target]
    # its own lines and those of the neighbours whose plate gave way (every line before)
    assert len(scene._edges_of[item.entity_id]) <= sum(routed) < len(curves) / 4
