"""The nota's and the deck's map look like the screen (issue 12; new user, seventh round, 6):
the organisation's box is drawn, the ombudsman outside it, and on the deck the actors keep
the order of their places on the map, as the picture export does; the old maps moved the
actors apart for the page, put the ombudsman among the municipality's actors and left the
box out. The nota's upright page holds the example's names at 9 pt (eighth round: 7 to 8 pt
read badly on paper) only with its actors spaced for reading, the box kept."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from exports.legend import legend_for_case
from exports.picture import (
    NOTA_MAP_PAGE,
    PRINT_KEPT_PT,
    SLIDE_KEPT_PT,
    SLIDE_MAP_BOX,
    SLIDE_NAME_PT,
    kept_scene,
    print_page,
)
from mapper.layout.reading import stretched
from models.entities import Position
from models.example import example_case
from ui.canvas.item_base import LABEL_FONT_SIZE
from ui.canvas.scene import MapScene


def _order_kept(before: MapScene, after: MapScene) -> None:
    """Who stands left of, right of, above or below whom is as on the map."""
    was = {a.id: a.position for a in before.case.actors if a.position is not None}
    now = {a.id: a.position for a in after.case.actors if a.position is not None}
    ids = sorted(was)
    assert sorted(now) == ids
    for i in ids:
        for j in ids:
            p, q, r, s = was[i], was[j], now[i], now[j]
            assert (p.x < q.x) == (r.x < s.x), (i, j)
            assert (p.y < q.y) == (r.y < s.y), (i, j)


def _pt(scene: MapScene, inch: float) -> dict[str, float]:
    return {
        k: LABEL_FONT_SIZE * item.scale() * 96.0 * inch
        for k, item in scene.actor_items.items()
        if item.isVisible() and not item.label_hidden
    }


@pytest.mark.parametrize("where", ["nota", "deck"])
def test_the_page_map_keeps_the_places_and_the_organisation_box(qtbot: QtBot, where: str) -> None:
    case = example_case()
    scene = MapScene(case, "nl")
    assert [n for n, box in scene.group_items.items() if box.isVisible()] == ["Gemeente Rivierstad"]
    if where == "nota":
        legend = legend_for_case(case, "nl")
        shown, scale, _below = print_page(scene, NOTA_MAP_PAGE, title=None, legend=legend)
        inch, least = scale / 96.0, PRINT_KEPT_PT
    else:
        kept = kept_scene(scene, SLIDE_MAP_BOX, SLIDE_NAME_PT, SLIDE_KEPT_PT)
        assert kept is not None
        shown, inch = kept
        least = SLIDE_KEPT_PT
    assert isinstance(shown, MapScene)
    if where == "deck":  # the nota's upright page holds the names at 9 pt only spaced apart
        _order_kept(scene, shown)  # (new user, eighth round: 7 to 8 pt were too small)
    assert shown.group_items["Gemeente Rivierstad"].isVisible()
    ombudsman = shown.actor_items["ombudsman"].pos()
    assert not shown.group_items["Gemeente Rivierstad"].rect().contains(ombudsman)
    names = _pt(shown, inch)
    assert set(names) == set(case.actors.ids())  # every name shown
    assert min(names.values()) >= least - 0.05, names


def test_a_wide_slide_spaces_the_map_out_across_only() -> None:
    places = {"a": Position(0, 0), "b": Position(100, 0), "c": Position(50, 200)}
    out = stretched(places, 2.0, most=1.8)
    assert out["b"].x - out["a"].x == pytest.approx(180.0)  # across: 1.8 times
    assert out["c"].y - out["a"].y == pytest.approx(200.0)  # down: as it was
    # a map of the slide's shape is not changed; a wider one gets room down
    shaped = {"a": Position(0, 0), "b": Position(200, 100)}
    assert stretched(shaped, 2.0) == shaped
    wide = stretched({"a": Position(0, 0), "b": Position(300, 100)}, 2.0)
    assert (wide["b"].x, wide["b"].y - wide["a"].y) == (300.0, 150.0)
