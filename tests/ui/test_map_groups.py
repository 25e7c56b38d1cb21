"""Organisations on the map: boxes only where an organisation really sits together (not
along the circle layout's arc); a group collapses to one node with counted ties and expands
again, one undo step each, saved in the file."""

from __future__ import annotations

import math

from pytestqt.qtbot import QtBot

from mapper.layout import layout
from models.example import example_case
from tests.ui.test_readable import two_organisations
from ui.canvas.scene import MapScene


def test_the_circle_layout_is_a_circle_without_a_box_over_half_of_it(qtbot: QtBot) -> None:
    case = example_case()
    scene = MapScene(case)
    case.set_positions(layout(case, "circle", sizes=scene.actor_sizes()))
    points = [(i.x(), i.y()) for i in scene.actor_items.values()]
    cx = sum(x for x, _ in points) / len(points)
    cy = sum(y for _, y in points) / len(points)
    radii = [math.hypot(x - cx, y - cy) for x, y in points]
    assert max(radii) - min(radii) < 0.15 * max(radii), "every actor on one circle"
    assert not any(box.isVisible() for box in scene.group_items.values())
    # organisations that do sit together along the circle keep their boxes
    small = two_organisations()
    small_scene = MapScene(small)
    small.set_positions(layout(small, "circle", sizes=small_scene.actor_sizes()))
    assert all(box.isVisible() for box in small_scene.group_items.values())
