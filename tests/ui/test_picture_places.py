"""The picture export looks like the screen (issue 12): the actors stand where the user put
them on the map, not moved apart for a page (the old export spread them for A4, so the
picture differed from the screen), and the page grows where the names need it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
from pytestqt.qtbot import QtBot

from exports.image import content_rect
from exports.legend import legend_for_case
from exports.picture import A4_LANDSCAPE, PRINT_NAME_PT, print_page, write_page
from models.entities import Position
from models.example import example_case
from ui.canvas.item_base import LABEL_FONT_SIZE
from ui.canvas.scene import MapScene

_SVG = "{http://www.w3.org/2000/svg}"
_MATRIX = re.compile(r"matrix\(([^)]*)\)")


def _texts(path: Path) -> list[tuple[str, float, float]]:
    """Every text of an SVG with its place on the page (the groups' matrices applied)."""
    return [(text, x, y) for text, x, y, _size in _texts_sized(path)]


def _texts_sized(path: Path) -> list[tuple[str, float, float, float]]:
    """Every text of an SVG with its place and its font size on the page."""
    out: list[tuple[str, float, float, float]] = []

    def walk(node: ET.Element, m: np.ndarray) -> None:
        found = _MATRIX.search(node.get("transform", ""))
        if found:
            a, b, c, d, e, f = (float(v) for v in found.group(1).split(","))
            m = m @ np.array([[a, c, e], [b, d, f], [0, 0, 1]])
        text = (node.text or "").strip()
        if node.tag == f"{_SVG}text" and text:
            x, y, _ = m @ np.array([float(node.get("x", 0)), float(node.get("y", 0)), 1.0])
            size = float(node.get("font-size", 12)) * float(np.sqrt(abs(np.linalg.det(m[:2, :2]))))
            out.append((text, float(x), float(y), size))
        for child in node:
            walk(child, m)

    walk(ET.parse(path).getroot(), np.eye(3))
    return out


def test_the_svg_export_keeps_the_actors_where_the_map_has_them(
    qtbot: QtBot, tmp_path: Path
) -> None:
    case = example_case()
    scene = MapScene(case, "nl")
    out = tmp_path / "kaart.svg"
    write_page(scene, out, case, "nl")
    texts = _texts(out)
    # each actor by the first line of its name (its first words), where only that actor's
    # name starts with that line and the line is written once on the page
    placed: dict[str, tuple[float, float]] = {}
    for actor in case.actors:
        hits = [
            (x, y)
            for text, x, y in texts
            if actor.name == text or actor.name.startswith(text + " ")
        ]
        if len(hits) == 1:
            placed[actor.id] = hits[0]
    assert len(placed) >= 12, placed
    ids = sorted(placed)
    where = {i: scene.actor_items[i].pos() for i in ids}  # the places the screen draws
    on_map = np.array([[where[i].x(), where[i].y()] for i in ids])
    on_page = np.array([placed[i] for i in ids])
    # one scale and shift takes the map's places to the page's (a name starts a little left
    # of its actor's centre, by half its own width: a few page units of room)
    for axis in (0, 1):
        slope, shift = np.polyfit(on_map[:, axis], on_page[:, axis], 1)
        assert slope > 0
        misfit = np.abs(on_map[:, axis] * slope + shift - on_page[:, axis])
        spread = np.ptp(on_page[:, axis])
        assert misfit.max() < 0.12 * spread, (axis, dict(zip(ids, misfit.round(1), strict=True)))
        # and who stands left of (above) whom on the map does so on the page
        for i in range(len(ids)):
            for j in range(len(ids)):
                if on_map[i, axis] + 150 < on_map[j, axis]:
                    assert on_page[i, axis] < on_page[j, axis], (ids[i], ids[j], axis)


def test_the_picture_exports_scene_has_the_maps_places_and_legible_names(qtbot: QtBot) -> None:
    case = example_case()
    scene = MapScene(case, "nl")
    legend = legend_for_case(case, "nl")
    shown, scale, _below = print_page(
        scene, A4_LANDSCAPE, title=case.info.title, legend=legend, places=True
    )
    assert shown is not scene
    for actor_id, item in scene.actor_items.items():
        assert shown.actor_items[actor_id].pos() == item.pos(), actor_id
    named = {
        i: LABEL_FONT_SIZE * item.scale() * scale
        for i, item in shown.actor_items.items()
        if not item.label_hidden
    }
    assert set(named) == set(case.actors.ids())
    assert min(named.values()) >= PRINT_NAME_PT - 0.1


def test_a_crowded_map_grows_its_picture_until_every_name_is_legible(qtbot: QtBot) -> None:
    case = example_case()
    # everyone in one long row: fitted on an A4 page, the names cannot all show
    case.set_positions({a.id: Position(k * 260.0, 0.0) for k, a in enumerate(case.actors)})
    scene = MapScene(case, "nl")
    legend = legend_for_case(case, "nl")
    page = (A4_LANDSCAPE[0] * 96, A4_LANDSCAPE[1] * 96)
    shown, scale, _below = print_page(scene, A4_LANDSCAPE, title=None, legend=legend, places=True)
    for actor_id, item in scene.actor_items.items():
        assert shown.actor_items[actor_id].pos() == item.pos()
    assert not any(item.label_hidden for item in shown.actor_items.values())
    assert min(LABEL_FONT_SIZE * i.scale() * scale for i in shown.actor_items.values()) >= 8.4
    # the picture is wider than A4 now (its map alone)
    assert content_rect(shown).width() * scale > page[0]
