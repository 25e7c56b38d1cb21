"""No tie runs behind a row of plates (issue 12; new user, seventh round 4): after the
hierarchy at 1920 x 1080 the trust ties between Mevrouw Jansen and the corporation ran
horizontally behind four plates of the bottom row and read as arrows between them. A tie
that would pass through three plates or more bows around them, a mandate already through
the middle of one (tenth round; see test_lines_past_plates.py); tested on the items' own
rectangles."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models import LayoutMethod
from models.example import example_case
from tests.ui.test_map_names import run_layout
from tests.ui.test_readable import window_at
from ui.canvas.routing import clear_offsets

__all__ = ["window_at"]


def test_no_tie_runs_behind_three_plates_after_the_hierarchy(
    window_at: object, qtbot: QtBot
) -> None:
    win = window_at(example_case(), (1920, 1080))  # type: ignore[operator]
    run_layout(win, qtbot, LayoutMethod.HIERARCHY)
    scene = win.scene
    actors = [a for a in scene.actor_items.values() if a.isVisible()]
    for edge in [*scene.relationship_items.values(), *scene.mandate_items.values()]:
        if not edge.isVisible():
            continue
        path = edge.line_path()
        points = [path.pointAtPercent(k / 40) for k in range(1, 40)]
        passed = [
            a.actor.name
            for a in actors
            if a not in (edge.source, edge.target)
            and any(a.sceneBoundingRect().contains(p) for p in points)
        ]
        assert len(passed) < 3, (edge.source.actor.name, edge.target.actor.name, passed)


def test_a_tie_behind_a_row_bows_and_a_mandate_under_one_plate_too() -> None:
    """A relationship past a single plate stays; a mandate through the middle of one bows
    (tenth round: under one plate it read as a chain through it)."""
    row = [(x - 10.0, -10.0, x + 10.0, 10.0) for x in (0, 400, 100, 200, 300)]
    behind = clear_offsets([(0.0, 0.0)], [(400.0, 0.0)], [0.0], row, [(0, 1)])
    assert behind[0] != 0.0
    past_one = clear_offsets([(0.0, 0.0)], [(400.0, 0.0)], [0.0], row[:3], [(0, 1)])
    assert past_one == [0.0]
    mandate = clear_offsets([(0.0, 0.0)], [(400.0, 0.0)], [0.0], row[:3], [(0, 1)], [True])
    assert mandate[0] != 0.0
    corner = [*row[:2], (90.0, 6.0, 110.0, 26.0)]  # the line cuts only its top edge
    assert clear_offsets([(0.0, 0.0)], [(400.0, 0.0)], [0.0], corner, [(0, 1)], [True]) == [0.0]
