"""After a layout and the fit, every shown line and its label is on the screen (new user,
eighth round: after the hierarchy layout the tie between Mevrouw Jansen and Woningcorporatie
Thuisplus bowed around the plates of the bottom row, ui.canvas.routing.clear_offsets, and ran
below it, off the screen at 1920 x 1080): the fit takes the lines' routes and labels in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from models import LayoutMethod
from models.example import example_case
from tests.ui.test_map_names import run_layout
from tests.ui.test_readable import SIZES, window_at
from ui.window.main_window import MainWindow

__all__ = ["window_at"]  # the fixture


def lines_off_screen(win: MainWindow) -> list[str]:
    """The shown lines whose item or label reaches outside the viewport."""
    view = win.view
    port = QRectF(view.viewport().rect()).adjusted(-1, -1, 1, 1)
    scene = win.scene
    off = []
    for edge in [*scene.relationship_items.values(), *scene.mandate_items.values()]:
        if not edge.isVisible():
            continue
        name = f"{edge.source.actor.name} - {edge.target.actor.name}"
        rect = view.mapFromScene(edge.sceneBoundingRect()).boundingRect().toRectF()
        if not port.contains(rect):
            off.append(name)
        label = view.mapFromScene(edge.label_rect()).boundingRect().toRectF()
        if edge.label_shown() and not port.contains(label):
            off.append(f"{name}: label")
    return off


@pytest.mark.parametrize("legend", [False, True], ids=["legend-shut", "legend-open"])
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    "method",
    [LayoutMethod.HIERARCHY, LayoutMethod.FORCE, LayoutMethod.SPHERES, LayoutMethod.CIRCLE],
)
def test_every_line_and_label_is_on_screen_after_the_layout(
    window_at: object, qtbot: QtBot, method: LayoutMethod, size: tuple[int, int], legend: bool
) -> None:
    win = window_at(example_case(), size)  # type: ignore[operator]
    if legend:
        win.view.toggle_legend_collapsed()
        qtbot.waitUntil(win.view.settled)
    run_layout(win, qtbot, method)
    assert lines_off_screen(win) == []
