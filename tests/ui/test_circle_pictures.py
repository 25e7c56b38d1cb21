"""After the circle layout the pictures of the map keep the ring (issue 12, stops-p7 open
item): where a page or slide could not hold every name at the map's own places, the copy
for it was spaced for reading in rows, so the nota's, the deck's and the report's map no
longer showed what the screen showed. Tested on the copies' own positions."""

from __future__ import annotations

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from exports.picture import (
    NOTA_MAP_PAGE,
    PRINT_NAME_PT,
    SLIDE_MAP_BOX,
    SLIDE_NAME_PT,
    kept_scene,
    slide_scene,
)
from mapper.layout.reading_ring import on_a_ring
from models import LayoutMethod
from models.example import example_case
from tests.ui.test_map_names import run_layout
from tests.ui.test_readable import window_at
from ui.canvas.scene import MapScene

__all__ = ["window_at"]


def _ring(scene: MapScene) -> bool:
    places = [i.pos() for i in scene.actor_items.values() if i.isVisible()]
    return on_a_ring(np.array([[p.x(), p.y()] for p in places]))


# Before: for_slide's copy after the circle stood in rows at both sizes and in every box
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_pictures_of_a_circle_are_a_ring(
    window_at: object, qtbot: QtBot, size: tuple[int, int]
) -> None:
    win = window_at(example_case(), size)  # type: ignore[operator]
    run_layout(win, qtbot, LayoutMethod.CIRCLE)
    scene = win.scene
    assert _ring(scene)  # the screen shows a ring
    for box, pt in ((SLIDE_MAP_BOX, SLIDE_NAME_PT), (NOTA_MAP_PAGE, PRINT_NAME_PT)):
        # the copy a page or slide gets where the places on the map do not hold the names
        assert _ring(scene.for_slide(box, pt)), box
        # what the deck's map and the nota's map draw
        kept = kept_scene(scene, box, pt, pt - 1.5)
        shown = kept[0] if kept is not None else slide_scene(scene, box, pt)[0]
        assert _ring(shown), box
