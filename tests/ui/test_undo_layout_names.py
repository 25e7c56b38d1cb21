"""Undoing layouts gives the map back as it was, every name on its plate (new user, tenth
round N3: after Hierarchy, Force-directed and Circle and Ctrl+Z three times,
"Beleidsadviseur armoede en schulden" became a nameless ellipse, and stayed so after Fit).

Two causes, each tested here: the undo fitted the map anew, a few per cent further out than
the view the user had (now the view last seen in that state comes back); and at such a zoom
a plate that touched its neighbour's by two pixels lost its name (now it may stand a quarter
of its size left or down, as it may beside the legend).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from models import Actor, ActorKind, LayoutMethod, Position
from models.example import example_case
from tests.ui.test_readable import window_at
from ui.canvas import readable
from ui.window.main_window import MainWindow

__all__ = ["window_at"]  # the fixture

LAYOUTS = (LayoutMethod.HIERARCHY, LayoutMethod.FORCE, LayoutMethod.CIRCLE)


def _names(win: MainWindow) -> dict[str, str]:
    """Each actor's name as drawn now ("" where it is hidden)."""
    return {k: i.shown_name() for k, i in win.scene.actor_items.items()}


def _picture(win: MainWindow) -> tuple[dict[str, str], float]:
    return _names(win), round(win.view.zoom(), 4)


def _example_with_two_more(
    window_at: object,
    qtbot: QtBot,
    places: tuple[QPoint, QPoint] = (QPoint(930, 555), QPoint(855, 630)),
) -> MainWindow:
    """The reviewer's start: the example at 1366 x 768 with the legend open and two actors
    added at the bottom right (viewport ``places``; by default where the reviewer put them,
    below the legend's foot)."""
    win: MainWindow = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    view, controller = win.view, win.controller
    view.toggle_legend_collapsed()
    qtbot.waitUntil(view.settled)
    added = (("Stichting Present", ActorKind.OTHER), ("Wijkcoach", ActorKind.ADMINISTRATOR))
    for (name, kind), point in zip(added, places, strict=True):
        spot = view.mapToScene(point)
        actor = Actor(controller.case.new_id(Actor), name, kind)
        controller.add_actor(replace(actor, position=Position(spot.x(), spot.y())))
        qtbot.wait(20)
        qtbot.waitUntil(view.settled)
    return win


def test_undo_and_redo_of_layouts_give_back_every_name(window_at: object, qtbot: QtBot) -> None:
    win = _example_with_two_more(window_at, qtbot)
    view, stack = win.view, win.controller.undo_stack
    model = {a.id: a.name for a in win.controller.case.actors}
    pictures = [_picture(win)]
    assert pictures[0][0] == model  # every name, as the model has it
    for method in LAYOUTS:
        win.run_layout(method)
        win.layouts.wait()
        qtbot.waitUntil(lambda: not win.layouts.busy)
        qtbot.waitUntil(view.settled)
        pictures.append(_picture(win))
    for back in range(1, len(LAYOUTS) + 1):
        stack.undo()
        qtbot.waitUntil(view.settled)
        assert _picture(win) == pictures[-1 - back], f"undo {back}"
    for forth in range(1, len(LAYOUTS) + 1):
        stack.redo()
        qtbot.waitUntil(view.settled)
        assert _picture(win) == pictures[forth], f"redo {forth}"
    assert _names(win) == pictures[-1][0]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366", "1920"])
def test_a_fit_of_that_map_keeps_every_name(
    window_at: object, qtbot: QtBot, size: tuple[int, int]
) -> None:
    """Fitted (F), the example with the two added a little further right and down keeps
    every name at both sizes (at 1366 the fit is 44.7 %, where Beleidsadviseur armoede en
    schulden's plate touched Manager Werk en Inkomen's)."""
    win = _example_with_two_more(window_at, qtbot, (QPoint(960, 560), QPoint(900, 700)))
    win.resize(*size)
    qtbot.wait(50)
    win.view.fit_to_window()
    qtbot.waitUntil(win.view.settled)
    model = {a.id: a.name for a in win.controller.case.actors}
    assert _names(win) == model


def test_a_plate_touching_its_neighbour_stands_aside() -> None:
    """The plan's last pass: a plate that touches a more important neighbour's plate by a
    hair moves a quarter of its size left instead of losing its name."""
    from PySide6.QtCore import QPointF

    from ui.canvas.actor_item import ActorItem

    big = ActorItem(Actor("a", "Manager Werk en Inkomen", ActorKind.MANAGER), pos=QPointF(0, 0))
    small = ActorItem(Actor("b", "Beleidsadviseur armoede en schulden", ActorKind.PROFESSIONAL))
    zoom = 0.45
    scale = readable.label_scale(zoom)
    plate_a = readable.plate_at(big, zoom)
    narrow_b = small.plate_rect(1)
    # b's narrow plate, centred, reaches 3 scene units into a's plate on its left side
    small.setPos(plate_a.left() - narrow_b.width() * scale / 2 - readable.MARGIN_PX / zoom + 3, 0)
    plan = readable.plan([big, small], zoom, {"a": 5.0, "b": 0.0})
    assert plan.grown == {"a", "b"}
    assert plan.variants["b"] in readable.AWAY
