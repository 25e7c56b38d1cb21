"""A map far wider than tall (issue 14, rev-user16 U2: the hierarchy of 10,000 actors is about
29 times as wide as it is tall; fitted whole at <1 % it was a thin band across a white window,
and the status bar said "Enkele lijnen lopen buiten de rand van het venster; schuif om ze te
zien"). After a layout the view shows its full height at the left end and says so and what to
do; the whole-map fit says the map is that wide, not that lines run past the edge. On a real
window at 1366 x 768 with 600 actors in three rows (200 times as wide as tall)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from models import Case, Position
from tests.ui.docks_support import english_ui  # noqa: F401
from tests.ui.shared_window import SharedWindow, shared_window
from tests.ui.test_readable import window_at
from ui.canvas.fit_words import map_shape
from ui.window.main_window import MainWindow

__all__ = ["shared_window", "window_at"]

pytestmark = [
    pytest.mark.usefixtures("english_ui"),
    pytest.mark.xdist_group("wide_map17"),  # one worker (ignored on pytest 9.2: README)
]


def _wide() -> Case:
    case = generate_case(600, seed=0)
    ids = list(case.actors.ids())
    case.set_positions({a: Position(i // 3 * 180.0, i % 3 * 90.0) for i, a in enumerate(ids)})
    return case


def _window(shared: SharedWindow, qtbot: QtBot) -> MainWindow:
    return shared.get(qtbot, "wide600", _wide, (1366, 768))


def test_the_whole_map_fit_says_how_wide_it_is(shared_window: SharedWindow, qtbot: QtBot) -> None:
    win = _window(shared_window, qtbot)
    said: list[str] = []
    win.view.message.connect(said.append)
    win.view.fit_to_window()
    qtbot.waitUntil(win.view.settled)
    assert map_shape(win.scene.actor_items.values()) > 100
    assert said, "the fit said nothing"
    assert "the names of the 600 actors are too small to read: the map is" in said[-1], said
    assert "times as wide as it is tall. Find an actor with Ctrl+F" in said[-1]
    assert not any("lines run past" in m for m in said), said  # old: "…; scroll to see them."


def test_after_a_layout_the_full_height_shows_from_the_left(
    shared_window: SharedWindow, qtbot: QtBot
) -> None:
    win = _window(shared_window, qtbot)
    view, items = win.view, win.scene.actor_items
    whole = view.zoom()
    win._on_layout_finished(True)  # as a layout that was applied ends
    qtbot.waitUntil(view.settled)
    assert view.zoom() > 5 * whole  # old: the whole-map fit stayed
    said = win.statusBar().currentMessage()
    assert said.startswith("The map of the 600 actors is "), said
    assert "the window shows its full height at the left. Scroll right" in said
    port = view.viewport().rect()
    legend = view.legend_viewport_rect()
    left = min(items.values(), key=lambda i: (i.x(), i.y()))
    top = min(items.values(), key=lambda i: (i.y(), i.x()))
    bottom = max(items.values(), key=lambda i: (i.y(), -i.x()))
    for item in (left, top, bottom):  # the left end, top to bottom, clear of the legend
        drawn = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        assert port.contains(drawn), (item.actor.id, drawn, port)
        assert not drawn.intersects(legend.toAlignedRect())
    right = max(items.values(), key=lambda i: i.x())
    assert not port.contains(view.mapFromScene(right.pos()))  # the rest lies to the right
    assert not view._fitted  # the user's view now: a resize keeps it, as after a find


def test_a_map_of_ordinary_shape_keeps_the_whole_map_fit(qtbot: QtBot, window_at: object) -> None:
    from models.example import example_case
    from ui.window.wide_map import show_start

    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    zoom = win.view.zoom()
    assert not show_start(win)
    assert win.view.zoom() == zoom
