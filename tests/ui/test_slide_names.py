"""The deck's maps (issue 11): every name legible on a 16:9 slide (at least 12 pt; they were
about 8 pt), drawn by the app's own scene with the actors moved apart as a layout makes room
for names on screen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from exports.image import content_rect
from exports.picture import SLIDE_MAP_BOX, SLIDE_NAME_PT, slide_scene
from exports.sessie import _CAUSE_MAP
from models.example import example_case
from ui.canvas.item_base import LABEL_FONT_SIZE
from ui.canvas.scene import MapScene


def _names_pt(scene: MapScene, inch: float) -> dict[str, float]:
    """Each named actor's name size on the slide, in points (hidden names left out)."""
    return {
        actor_id: LABEL_FONT_SIZE * item.scale() * 96.0 * inch
        for actor_id, item in scene.actor_items.items()
        if item.isVisible() and not item.label_hidden
    }


@pytest.mark.parametrize("box", [SLIDE_MAP_BOX, _CAUSE_MAP[2:]], ids=["map", "cause"])
def test_every_name_on_the_example_slide_is_at_least_12_pt(
    qtbot: QtBot, box: tuple[float, float]
) -> None:
    case = example_case()
    scene = MapScene(case, "nl")
    # at its own size, fitted on the slide, a name is too small: the test can fail
    area = content_rect(scene)
    own_inch = min(box[0] / area.width(), box[1] / area.height())
    assert min(_names_pt(scene, own_inch).values()) < 12.0
    shown, inch = slide_scene(scene, box, SLIDE_NAME_PT)
    names = _names_pt(shown, inch)
    assert set(names) == set(case.actors.ids())  # nobody loses a name
    assert min(names.values()) >= 12.0, names
    # the live scene is not touched: the slide draws a copy
    assert all(item.scale() == 1.0 for item in scene.actor_items.values())
