"""Spacing for reading keeps every organisation in a block of its own (new user, seventh
round 2): on a laptop's room the plates went apart one by one when the organisations could
not be pushed together into the room, and other actors stood among an organisation's actors,
so its box was not drawn. Known answers on a crowded map (five organisations of four long
names) at the rooms of 1366 x 768 and 1920 x 1080."""

from __future__ import annotations

import numpy as np
import pytest

from mapper.layout import estimated_size, layout
from mapper.layout.grouping import organisations_of
from mapper.layout.reading import READING_GAP, _fit_zoom, spread_for_reading
from models import LayoutMethod, Position
from tests.ui.test_box_titles import five_organisations

ROOMS = {"laptop": (975.0, 595.0), "meeting room": (1500.0, 880.0)}  # what the view offers


def intruders(
    out: dict[str, Position],
    plates: dict[str, tuple[float, float]],
    groups: dict[str, str],
    room: tuple[float, float],
) -> list[tuple[str, str]]:
    """(organisation, actor) for each actor of another organisation whose centre lies in an
    organisation's box, on screen at the zoom that fits the map in ``room``."""
    ids = list(out)
    xy = np.array([[out[i].x, out[i].y] for i in ids])
    plate = np.array([plates[i] for i in ids])
    zoom = min(1.0, _fit_zoom(xy, plate.max(axis=0) + 2 * READING_GAP, room))
    screen = xy * zoom
    found = []
    for org in {g for g in groups.values() if g}:
        own = [k for k, i in enumerate(ids) if groups[i] == org]
        lo = (screen[own] - plate[own] / 2).min(axis=0) - [12.0, 32.0]  # pad, title
        hi = (screen[own] + plate[own] / 2).max(axis=0) + 12.0
        for k, i in enumerate(ids):
            if groups[i] != org and (screen[k] > lo).all() and (screen[k] < hi).all():
                found.append((org, i))
    return found


@pytest.mark.parametrize("room", ROOMS)
@pytest.mark.parametrize(
    "method", [LayoutMethod.FORCE, LayoutMethod.HIERARCHY, LayoutMethod.SPHERES]
)
def test_every_organisation_keeps_its_block_at_both_screen_sizes(
    method: LayoutMethod, room: str
) -> None:
    case = five_organisations()
    sizes = {a.id: estimated_size(a.name, a.kind) for a in case.actors}
    plates = {k: (w * 0.9, 52.0) for k, (w, h) in sizes.items()}  # as the view measures them
    groups, collapsed = organisations_of(case)
    out = spread_for_reading(
        layout(case, method, sizes=sizes), sizes, plates, ROOMS[room], groups, collapsed
    )
    assert intruders(out, plates, groups, ROOMS[room]) == []
