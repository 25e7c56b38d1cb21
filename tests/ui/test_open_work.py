"""Opening a map in the window does each whole-map step once (issue 14: the app's open time).

Counted, not timed: a step done twice costs its whole time again on a 10,000-actor map.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import small_case
from ui.canvas.filters import MapFilter
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
