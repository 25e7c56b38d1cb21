"""A language switch re-labels the map and routes its lines once, all at once.

One by one (twice per line: the line itself, then its pair again), a switch cost about half
a second of CPU on the example and several seconds on larger maps; each UI test that runs in
English paid it twice. The lines' texts after the switch are those of the map built in that
language (the routes equal the old one-by-one routes: checked when this changed)."""

from __future__ import annotations

from typing import Any

import pytest

from models.example import example_case
from ui.canvas import items
from ui.canvas.item_base import tip_of
from ui.canvas.scene import MapScene


def _texts(scene: MapScene) -> list[tuple[str, str, str]]:
    edges = {**scene.relationship_items, **scene.mandate_items}
    return [(key, e.shown_text(), tip_of(e)) for key, e in sorted(edges.items())]


def test_a_language_switch_routes_all_lines_in_one_go(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    switched = MapScene(example_case(), lang="nl")
    calls: list[int] = []
    route_curves = items.route_curves  # type: ignore[attr-defined]

    def counted(*args: Any) -> Any:
        calls.append(len(args[0]))
        return route_curves(*args)

    monkeypatch.setattr(items, "route_curves", counted)
    switched.set_language("en")
    monkeypatch.undo()
    lines = len(switched.relationship_items) + len(switched.mandate_items)
    assert sum(calls) <= lines  # each line routed at most once
    assert len(calls) <= 2, calls  # in one batch (and the loops apart)
    assert _texts(switched) == _texts(MapScene(example_case(), lang="en"))
    assert all(not edge._path.isEmpty() for edge in switched.relationship_items.values())
