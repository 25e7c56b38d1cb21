"""The deck's maps (issue 11): every name legible on a 16:9 slide (at least 12 pt; they were
about 8 pt), drawn by the app's own scene with the actors moved apart as a layout makes room
for names on screen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from exports.image import content_rect
from exports.picture import SLIDE_MAP_BOX, SLIDE_NAME_PT, slide_scene
from exports.sessie import _CAUSE_MAP
from mapper.findings import Cause
from models import Actor, Case
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


def _actor(case: Case, actor_id: str) -> Actor:
    actor = case.actors.get(actor_id)
    assert actor is not None
    return actor


def _push_through(case: Case) -> Cause:
    from mapper import analyse

    causes = [c for c in analyse(case).first() if c.needs]
    assert causes, "the example has a cause about a need"
    return causes[0]


def test_a_cause_slide_shows_the_other_party_in_screen_shapes_not_blown_up(qtbot: QtBot) -> None:
    """New user, third round 3: point 2's slide showed one giant ellipse (Consulent) and left
    out GGZ; slide 5 put its two actors in opposite corners."""
    from exports.advice import cause_case

    case = example_case()
    cause = _push_through(case)
    part = cause_case(case, cause)
    assert len(part.actors) >= 2  # the other organisation's actor is there too
    assert len({a.organisation for a in part.actors}) >= 2  # GGZ beside the municipality
    shown, inch = slide_scene(MapScene(part, "nl"), _CAUSE_MAP[2:], SLIDE_NAME_PT)
    names = _names_pt(shown, inch)
    assert set(names) == set(part.actors.ids())
    # names the size of the other slides' (not 50 pt), in the screen's name plates
    assert max(names.values()) < 2 * SLIDE_NAME_PT, names
    assert all(item.scale() > 1.0 for item in shown.actor_items.values())


def test_a_cause_picture_draws_far_apart_actors_together(qtbot: QtBot) -> None:
    from exports.advice import cause_case
    from mapper import analyse
    from models import Position

    case = example_case()
    cause = next(c for c in analyse(case).first() if len(c.actors) == 2)
    a, b = cause.actors
    case.set_positions({a: Position(-2000.0, -1500.0), b: Position(2000.0, 1500.0)})
    part = cause_case(case, cause)
    pa, pb = _actor(part, a).position, _actor(part, b).position
    assert pa is not None
    assert pb is not None
    apart = ((pa.x - pb.x) ** 2 + (pa.y - pb.y) ** 2) ** 0.5
    assert 150.0 <= apart <= 400.0, apart
    assert pb.x > pa.x  # the arrangement kept
    assert pb.y > pa.y
    assert _actor(case, a).position == Position(-2000.0, -1500.0)  # the map is not touched


def test_two_actors_far_apart_diagonally_are_drawn_side_by_side(qtbot: QtBot) -> None:
    """New user, fifth round, 6: slide 5 (the corporation's own decision) showed the consulent
    and the corporation as two boxes in opposite corners of an empty field. On the slide the
    two plates are now no further apart than a plate is high."""
    from exports.advice import cause_case
    from exports.sessie import _FEW_PT
    from mapper import analyse

    case = example_case()
    # since the cause joins (e68b6fc) the first cause has three actors: take the first of two
    parts = [cause_case(case, c) for c in analyse(case).causes]
    part = next(p for p in parts if len(p.actors) == 2)
    shown, _inch = slide_scene(MapScene(part, "nl"), _CAUSE_MAP[2:], _FEW_PT)
    a, b = (item.sceneBoundingRect() for item in shown.actor_items.values())
    across = max(b.left() - a.right(), a.left() - b.right())  # < 0: they overlap across
    down = max(b.top() - a.bottom(), a.top() - b.bottom())
    assert max(across, down) > 0  # apart, not on top of each other
    assert max(across, down) <= max(a.height(), b.height()), (across, down)
