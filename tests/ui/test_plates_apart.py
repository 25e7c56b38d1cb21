"""After a layout, no two actors' plates touch on screen (new user, sixth round, 6: in the
grid and circle layouts at 1366 x 768, Gemeentesecretaris and Team Juridische Zaken, and
Manager and Teamleider, stood plate against plate). Tested on the items' own bounding
rectangles as drawn at the view's zoom, with a margin of 3 pixels."""

from __future__ import annotations

import itertools

import pytest
from pytestqt.qtbot import QtBot

from models.example import example_case
from tests.ui.test_readable import window_at

__all__ = ["window_at"]  # the fixture, shared with test_readable

_MARGIN = 3  # screen pixels


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_no_two_plates_touch_after_the_grid_and_circle_layouts(
    window_at: object, qtbot: QtBot, size: tuple[int, int]
) -> None:
    win = window_at(example_case(), size)  # type: ignore[operator]
    view = win.view
    touching: dict[str, list[tuple[str, str]]] = {}
    for method in ("grid", "circle", "spheres"):
        win.run_layout(method)
        win.layouts.wait()
        qtbot.waitUntil(lambda: view.settled() and not win.layouts.busy, timeout=60_000)
        view.fit_to_window()
        qtbot.waitUntil(view.settled)
        items = [i for i in view.map_scene.actor_items.values() if i.isVisible()]
        rects = {
            i.actor.name: view.mapFromScene(i.sceneBoundingRect()).boundingRect() for i in items
        }
        pairs = [
            (a, b)
            for a, b in itertools.combinations(rects, 2)
            if rects[a].adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN).intersects(rects[b])
        ]
        if pairs:
            touching[method] = pairs
        assert not any(i.label_hidden for i in items), method
    assert touching == {}
