"""Opening a map in the window does each whole-map step once (issue 14: the app's open time).

Counted, not timed: a step done twice costs its whole time again on a 10,000-actor map.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import ui.canvas.items as items_module
import ui.canvas.routing as routing
from benchmarks.generate import generate_case
from models import fileformat
from tests.ui.conftest import small_case
from ui.canvas.filters import MapFilter
from ui.canvas.readable import READABLE_LIMIT
from ui.canvas.view import MapView
from ui.window.main_window import MainWindow


def _count_fits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    fit = MapView.fit_to_window

    def counting(self: MapView) -> None:
        calls.append(1)
        fit(self)

    monkeypatch.setattr(MapView, "fit_to_window", counting)
    return calls


def test_opening_a_map_fits_it_once(
    window: MainWindow, mapfile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_fits(monkeypatch)
    window.controller.open(mapfile)
    assert len(calls) == 1  # the view fits the new map; the window does not fit it again
    assert window.view._fitted


def test_a_filtered_map_is_fitted_again_after_the_filter_is_cleared(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.scene.set_filter(MapFilter(tags=frozenset({"nergens"})))
    calls = _count_fits(monkeypatch)
    window.controller.replace_case(small_case(), None)
    assert window.scene.map_filter == MapFilter()
    assert len(calls) == 2  # the filter was cleared after the view fitted: fit the whole map


def test_opening_a_big_map_routes_each_line_once(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More actors than the readability plan takes (READABLE_LIMIT): every actor is its plate
    at its own size whatever the zoom, so the scene makes them so before it routes the lines
    and the view's first fit routes none again (issue 14: 40,000 lines routed twice at 10,000
    actors, 1.3 s CPU)."""
    path = tmp_path / "groot.kvmap"
    case = generate_case(READABLE_LIMIT + 50, seed=3)
    fileformat.save(case, path)
    routed: list[int] = []
    route = routing.route_curves  # as ui.canvas.items imported it

    def counting(sources: Sequence[tuple[float, float]], *rest: Any) -> Any:
        routed.append(len(sources))
        return route(sources, *rest)

    monkeypatch.setattr(items_module, "route_curves", counting)
    window.controller.open(path)
    scene = window.scene
    lines = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    curves = [e for e in lines if e.source is not e.target and e.isVisible()]
    assert sum(routed) == len(curves)  # each line once (twice before)
    shown = [i for i in scene.actor_items.values() if i.isVisible()]
    assert all(i.outline_rect() == i.plate_rect(0) and i.scale() == 1.0 for i in shown)
    assert all(i.shown_name() for i in shown)
