"""The circle layout reads as one circle (issue 12; new user, tenth round: at 1366 with the
legend open the circle was "still two arcs")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models import LayoutMethod
from models.example import example_case
from tests.ui.test_map_names import run_layout
from tests.ui.test_readable import window_at
from ui.window.main_window import MainWindow

__all__ = ["window_at"]  # the fixture


def test_the_circle_at_1366_with_the_legend_open_leaves_a_round_middle(
    window_at: object, qtbot: QtBot
) -> None:
    win: MainWindow = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    win.view.toggle_legend_collapsed()
    qtbot.waitUntil(win.view.settled)
    run_layout(win, qtbot, LayoutMethod.CIRCLE)
    view = win.view
    rects = [
        view.mapFromScene(i.sceneBoundingRect()).boundingRect().toRectF()
        for i in win.scene.actor_items.values()
    ]
    xs, ys = [r.center().x() for r in rects], [r.center().y() for r in rects]
    # the hole between the plates' inner edges, half its width and half its height
    hole_x = (max(xs) - min(xs)) / 2 - max(r.width() for r in rects) / 2
    hole_y = (max(ys) - min(ys)) / 2 - max(r.height() for r in rects) / 2
    assert hole_x > 100
    assert hole_y <= 1.05 * hole_x, (hole_x, hole_y)  # was 1.5 times as high as wide
