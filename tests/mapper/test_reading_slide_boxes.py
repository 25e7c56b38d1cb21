"""A slide's map keeps the organisation boxes where every name still fits (issue 12; new
user, eleventh round, A3): on the reviewer's own case the deck's overview put every name
first, the three actors of 'Gemeente Zeedorp' went apart and its box was not drawn, while
packed in blocks every name fitted the slide at full size. Known answer on that case's
places, plates and the deck's room (exports.picture.SLIDE_MAP_BOX at SLIDE_NAME_PT)."""

from __future__ import annotations

import numpy as np

from mapper.layout.reading import READING_GAP, _fit_zoom, _thin, spread_for_reading
from models import Position

# name: (place, own size, plate on screen, organisation) as the app draws noah.kvmap
ACTORS = {
    "Wethouder Onderwijs": ((-373.3, 249.5), (115.7, 59.9), (93, 38), "o1"),
    "Directeur Passend Onderwijs": ((136.3, -77.7), (124.5, 97.2), (87, 52), "o2"),
    "Leerplichtambtenaar": ((-373.3, 304.5), (174.2, 54.0), (152, 24), "o1"),
    "Consulent Passend Onderwijs": ((136.3, -2.5), (101.4, 80.4), (87, 52), "o2"),
    "Intern begeleider basisschool": ((646.0, 304.5), (111.5, 80.4), (96, 52), ""),
    "Moeder": ((-118.5, 686.8), (86.0, 84.3), (72, 24), ""),
    "Jeugdarts GGD": ((518.6, 750.5), (133.2, 54.0), (116, 24), ""),
    "Teamleider Leerplicht": ((-373.3, 361.9), (103.6, 57.9), (93, 38), "o1"),
}
SLIDE_ROOM = (901.0, 397.0)  # screen pixels: the deck's map box at the slide's name size


def test_slide_keeps_the_boxes_where_every_name_fits() -> None:
    ids = list(ACTORS)
    positions = {k: Position(*v[0]) for k, v in ACTORS.items()}
    shapes = {k: v[1] for k, v in ACTORS.items()}
    plates = {k: (float(v[2][0]), float(v[2][1])) for k, v in ACTORS.items()}
    groups = {k: v[3] for k, v in ACTORS.items() if v[3]}
    out = spread_for_reading(positions, shapes, plates, SLIDE_ROOM, groups, (), names_first=True)
    xy = np.array([[out[i].x, out[i].y] for i in ids])
    own = np.array([shapes[i] for i in ids])
    # before: 'Gemeente Zeedorp' (o1) was spread over the slide, too thin to be drawn
    assert not _thin(xy, own, [groups.get(i, "") for i in ids], ())
    # and every name still fits: no two plates overlap at the zoom that fits the room
    plate = np.array([plates[i] for i in ids])
    zoom = _fit_zoom(xy, plate.max(axis=0) + 2 * READING_GAP, SLIDE_ROOM)
    screen = xy * zoom
    for a in range(len(ids)):
        for b in range(a + 1, len(ids)):
            reach = (plate[a] + plate[b]) / 2
            assert np.any(np.abs(screen[a] - screen[b]) >= reach), (ids[a], ids[b])
